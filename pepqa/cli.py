"""The ``pepqa`` command. Thin: it parses options and hands work to pipeline, checks and renderers."""
from __future__ import annotations

import json
import sys
import textwrap
from datetime import date

import click

from . import __version__
from .errors import ConfigError, PepqaError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITIES = ["must-fix", "should-fix", "advice", "never"]


def _policy(path):
    from .checks import validate_policy_checks
    from .policy import load_policy

    try:
        policy = load_policy(path)
        validate_policy_checks(policy)
        return policy
    except ConfigError as e:
        raise click.UsageError(str(e)) from None


def _today(value):
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("use YYYY-MM-DD", param_hint="--today") from None


policy_option = click.option("--policy", "policy_path", type=click.Path(dir_okay=False),
                             help="Authority policy file (default: ./pepqa.toml if present, else built-in defaults).")
today_option = click.option("--today", help="Judge timeliness as of this date (YYYY-MM-DD; default: today).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pepqa")
def main():
    """pepqa: a first read of Personal Education Plans for Virtual School QA officers.

    Reads PEP exports (Word .docx, PDF, pepqa JSON), checks them against the guidance, and
    explains each finding with the evidence and a concrete fix.
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="must-fix", show_default=True,
              help="Exit 1 when a finding at or above this severity is found ('never' to always exit 0).")
@policy_option
@today_option
def check(files, fmt, fail_on, policy_path, today):
    """Check PEP files and print what was read, the findings, the grade and the PP+ decision.

    Exit status: 0 no finding at or above --fail-on; 1 some; 2 a file could not be read or bad usage.
    """
    from .pipeline import check_file
    from .report import json_report, text_report

    policy = _policy(policy_path)
    when = _today(today)
    results = [check_file(f, policy, when) for f in files]
    if fmt == "json":
        payload = [json_report(r) for r in results]
        click.echo(json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False))
    else:
        click.echo("\n\n".join(text_report(r) for r in results))
    for r in results:
        if r.error:
            click.echo(f"pepqa: {r.file}: {r.error}", err=True)
    if any(r.error for r in results):
        sys.exit(EXIT_ERROR)
    if fail_on != "never":
        rank = {"must-fix": 3, "should-fix": 2, "advice": 1}[fail_on]
        if any(f.severity.rank >= rank for r in results for f in r.findings):
            sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for the reports.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="must-fix", show_default=True,
              help="Exit 1 when a finding at or above this severity (or an unreadable file) is found.")
@click.option("--workers", type=click.IntRange(1, 64), help="Worker processes (default: all cores).")
@click.option("--force", is_flag=True, help="Re-check files even if unchanged since the last run into --out.")
@click.option("--anonymise", is_flag=True, help="Initials and a stable pseudonymous ID instead of names in every output.")
@click.option("--max-size", type=click.IntRange(1), default=50, show_default=True, help="Per-file size limit (MB).")
@click.option("--timeout", type=click.IntRange(1), default=60, show_default=True, help="Per-file time limit (seconds).")
@click.option("--max-memory", type=click.IntRange(256), default=4096, show_default=True,
              help="Per-worker memory limit (MB).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--letters", is_flag=True, help="Also write a feedback letter (DOCX and PDF) per PEP into OUT/letters.")
@click.option("-v", "--verbose", is_flag=True, help="Name each unreadable file's reason as it happens (may show file names).")
@policy_option
@today_option
def batch(paths, out_dir, fail_on, workers, force, anonymise, max_size, timeout, max_memory, progress, letters,
          verbose, policy_path, today):
    """Check every PEP in folders (recursively), globs or file lists, and write summary.xlsx, summary.csv,
    findings.jsonl and run.json into --out.

    Re-running skips files whose content and policy are unchanged (--force to redo); an interrupted run
    resumes. Exit status: 0 nothing at or above --fail-on; 1 something; 2 usage error or no file readable.
    """
    from pathlib import Path

    from .batch import Limits, Progress, collect, run_batch, run_settings
    from .outputs import write_outputs

    policy = _policy(policy_path)
    when = _today(today)
    files, unmatched = collect(paths)
    for u in unmatched:
        click.echo(f"pepqa: {u}: no such file, folder or matching files", err=True)
    if not files:
        raise click.UsageError("no PEP files (.docx, .pdf, .json) found in the paths given")
    out = Path(out_dir)
    limits = Limits(max_bytes=max_size * 1024 * 1024, seconds=timeout, memory_mb=max_memory)
    bar = Progress(force=bool(progress)) if progress is not False else None
    try:
        summary = run_batch(files, out, policy, today=when, limits=limits, workers=workers, force=force,
                            anonymise=anonymise, progress=bar)
    except KeyboardInterrupt:
        click.echo("\npepqa: interrupted; finished files are kept and the next run resumes from here", err=True)
        sys.exit(130)
    settings = run_settings(policy, files, {"fail_on": fail_on, "anonymise": anonymise, "today": today,
                                            "limits": limits.__dict__, "force": force})
    write_outputs(out, summary.records, settings, Path.cwd())
    if letters:
        from .render.letters import letters_for_records

        letters_for_records(summary.records, out / "letters", policy, anonymise=anonymise)
    for rec in summary.records:
        if not rec["ok"]:
            click.echo(f"pepqa: {rec['file']}: {rec['error']}" if verbose else
                       f"pepqa: a file could not be read: {rec['error']} (see summary.csv)", err=True)
    click.echo(summary.line())
    click.echo(f"reports written to {out}/ (summary.xlsx, summary.csv, findings.jsonl, run.json)")
    if summary.checked == 0:
        sys.exit(EXIT_ERROR)
    if fail_on != "never":
        rank = {"must-fix": 3, "should-fix": 2, "advice": 1}[fail_on]
        if summary.failed or any(f["severity"] in SEVERITIES[: 4 - rank] for r in summary.records if r["ok"]
                                 for f in r["findings"]):
            sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(fmt):
    """List every check: code, name, default severity and title."""
    from .checks.registry import all_checks

    checks = all_checks()
    if fmt == "json":
        click.echo(json.dumps([{"code": c.code, "name": c.name, "severity": c.severity.value, "title": c.title,
                                "source": c.source} for c in checks], indent=2))
        return
    for c in checks:
        click.echo(f"{c.code:6} {c.severity.value:10} {c.name:34} {c.title}")


@main.command()
@click.argument("code")
def explain(code):
    """Explain one check (by code or name): why, its source in the guidance, what good looks like, examples."""
    from .checks.registry import all_checks, find_check

    all_checks()
    c = find_check(code)
    if c is None:
        raise click.UsageError(f"no check '{code}' (see `pepqa rules`)")
    wrap = lambda t, ind="  ": "\n".join(textwrap.wrap(" ".join(t.split()), 96, initial_indent=ind, subsequent_indent=ind))  # noqa: E731
    click.echo(f"{c.code} {c.name} ({c.severity.value})\n{c.title}\n")
    click.echo("Why it matters:\n" + wrap(c.rationale))
    click.echo(f"\nSource: {c.source}\n")
    click.echo("What good looks like:\n" + wrap(c.good))
    for label, exs in (("Fires on", c.bad_examples), ("Does not fire on", c.good_examples)):
        click.echo(f"\n{label}:")
        for ex in exs:
            shown = "; ".join(f"{k} = {json.dumps(v, ensure_ascii=False, default=str)}" for k, v in ex.patch.items())
            click.echo(wrap(f"- {ex.note + ': ' if ex.note else ''}{shown or '(the complete good example PEP)'}"))


@main.command()
def schema():
    """Print the JSON Schema of the PEP model (the documented JSON input form)."""
    from .readers.json_reader import schema as pep_schema

    click.echo(json.dumps(pep_schema(), indent=2))


def run() -> None:
    """Entry point that turns any pepqa error into one line and exit 2."""
    try:
        main(standalone_mode=True)
    except PepqaError as e:
        click.echo(f"pepqa: {e}", err=True)
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    run()
