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


def _inputs(paths):
    """The PEP files named by folders, globs and file names; inputs that match nothing are said, none at all is usage."""
    from .batch import collect

    files, unmatched = collect(paths)
    for u in unmatched:
        click.echo(f"pepqa: {u}: no such file, folder or matching files", err=True)
    if not files:
        raise click.UsageError("no PEP files (.docx, .pdf, .json) found in the paths given")
    return files


policy_option = click.option("--policy", "policy_path", type=click.Path(dir_okay=False),
                             help="Authority policy file (default: ./pepqa.toml if present, else built-in defaults).")
from .history.commands import history_option  # noqa: E402

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
@click.option("--record", is_flag=True, help="Also record each PEP in the history store (it is compared with the "
                                            "child's previous PEP there whenever the store exists).")
@history_option
@policy_option
@today_option
def check(files, fmt, fail_on, record, history_path, policy_path, today):
    """Check PEP files and print what was read, the findings, the grade and the PP+ decision.

    Exit status: 0 no finding at or above --fail-on; 1 some; 2 a file could not be read or bad usage.
    """
    from .pipeline import check_file
    from .report import json_report, text_report

    from .history.hook import History

    policy = _policy(policy_path)
    when = _today(today)
    hist = History.for_run(policy, history_path, record=record)
    if record and hist is None:
        raise click.UsageError("--record needs a history store: set history.store in pepqa.toml or pass --history FILE")
    results = [check_file(f, policy, when, hist) for f in files]
    if fmt == "json":
        payload = [json_report(r) for r in results]
        click.echo(json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False))
    else:
        click.echo("\n\n".join(text_report(r) for r in results))
    for r in results:
        if r.error:
            click.echo(f"pepqa: {r.file}: {r.error}", err=True)
        elif (r.history or {}).get("status") == "busy":
            click.echo(f"pepqa: {hist.path}: the history store is busy (another pepqa run is writing to it); "
                       f"{'not recorded' if record else 'not compared with the previous PEP'}", err=True)
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
@history_option
@policy_option
@today_option
def batch(paths, out_dir, fail_on, workers, force, anonymise, max_size, timeout, max_memory, progress, letters,
          verbose, history_path, policy_path, today):
    """Check every PEP in folders (recursively), globs or file lists, and write summary.xlsx, summary.csv,
    findings.jsonl and run.json into --out.

    Re-running skips files whose content and policy are unchanged (--force to redo); an interrupted run
    resumes. Exit status: 0 nothing at or above --fail-on; 1 something; 2 usage error or no file readable.
    """
    from pathlib import Path

    from .batch import Limits, Progress, run_batch, run_settings
    from .outputs import write_outputs
    from .policy import deadline_warning

    policy = _policy(policy_path)
    when = _today(today)
    files = _inputs(paths)
    out = Path(out_dir)
    limits = Limits(max_bytes=max_size * 1024 * 1024, seconds=timeout, memory_mb=max_memory)
    bar = Progress(force=bool(progress)) if progress is not False else None
    from .history import hook

    hist = hook.History.for_run(policy, history_path)
    try:
        summary = run_batch(files, out, policy, today=when, limits=limits, workers=workers, force=force,
                            anonymise=anonymise, progress=bar, history=hist)
    except KeyboardInterrupt:
        click.echo("\npepqa: interrupted; finished files are kept and the next run resumes from here", err=True)
        sys.exit(130)
    settings = run_settings(policy, files, {"fail_on": fail_on, "anonymise": anonymise, "today": today,
                                            "limits": limits.__dict__, "force": force})
    extra, hist_line, hist_warning = hook.batch_extras(hist, summary.records, settings)
    write_outputs(out, summary.records, settings, Path.cwd(), extra)
    if letters:
        from .render.letters import letters_for_records

        letters_for_records(summary.records, out / "letters", policy, anonymise=anonymise, today=when)
    years = set()
    for rec in summary.records:
        years.add(rec.get("academic_year"))
        if not rec["ok"]:
            click.echo(f"pepqa: {rec['file']}: {rec['error']}" if verbose else
                       f"pepqa: a file could not be read: {rec['error']} (see summary.csv)", err=True)
    warning = deadline_warning(policy, years)  # once per run, not once per PEP
    if warning:
        click.echo(warning, err=True)
    click.echo(summary.line())
    click.echo(hist_line)
    if hist_warning:
        click.echo(hist_warning, err=True)
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
            if ex.previous is not None:  # history checks: the example is read beside a previous-term PEP
                last = "; ".join(f"{k} = {json.dumps(v, ensure_ascii=False, default=str)}" for k, v in ex.previous.items())
                shown = f"{shown or '(the complete good example PEP)'}, beside the previous term's PEP" + (
                    f" with {last}" if last else "")
            click.echo(wrap(f"- {ex.note + ': ' if ex.note else ''}{shown or '(the complete good example PEP)'}"))


@main.command()
@click.argument("file", type=click.Path())
@click.option("--labels", "labels_file", type=click.Path(dir_okay=False), help="An authority labels file to read with.")
def inspect(file, labels_file):
    """Show each block of a DOCX/PDF PEP, what it was read as and why, and what was left unread (with the
    field each unread label most resembles). Prints the file's text: for the officer's own screen."""
    from .errors import ReadError
    from .inspection import format_inspection, inspect_file

    try:
        lines, parts = inspect_file(file, labels_file)
    except (ReadError, ConfigError) as e:
        click.echo(f"pepqa: {e}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(format_inspection(lines, parts))


@main.command()
def schema():
    """Print the JSON Schema of the PEP model (the documented JSON input form)."""
    from .readers.json_reader import schema as pep_schema

    click.echo(json.dumps(pep_schema(), indent=2))


templates_option = click.option("--templates", "templates_dir", type=click.Path(file_okay=False, exists=True),
                                help="Folder with your own versions of the templates (letter.docx, letter.html.j2, "
                                     "style.css...); files not in it come from pepqa's templates/.")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for the letters.")
@click.option("--anonymise", is_flag=True,
              help="Initials instead of names and 'Dear Designated Teacher'; files named by pseudonymous ID.")
@templates_option
@policy_option
@today_option
def letters(paths, out_dir, anonymise, templates_dir, policy_path, today):
    """Write a feedback letter to the designated teacher for each PEP: an editable Word file and a PDF.

    The letter says what is working well, what needs to change and what would make the plan stronger
    (quoting the PEP), then the grade, the PP+ decision and the date to resubmit by. Letterhead and
    signatory come from the policy's [authority] table. Exit status: 0 letters written; 2 none written.
    """
    import time
    from pathlib import Path

    from .render.letters import letters_for_files

    policy = _policy(policy_path)
    start = time.perf_counter()
    written, errors = letters_for_files(paths, Path(out_dir), policy, today=_today(today), anonymise=anonymise,
                                        templates=Path(templates_dir) if templates_dir else None)
    for f, reason in errors:
        click.echo(f"pepqa: {f}: {reason}", err=True)
    n = sum(1 for p in written if p.suffix == ".pdf")
    secs = time.perf_counter() - start
    click.echo(f"{n} letter{'s' if n != 1 else ''} (Word and PDF) written to {out_dir}/ in {secs:.1f} s"
               + (f"; {len(errors)} file{'s' if len(errors) != 1 else ''} could not be read" if errors else ""))
    sys.exit(EXIT_OK if n else EXIT_ERROR)


@main.command()
@click.argument("peps", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for the documents.")
@click.option("--redact", is_flag=True, help="Remove names (child -> initials, adults -> role) and identifiers "
                                              "(child ID -> pseudonym, date of birth -> year).")
@templates_option
@policy_option
def render(peps, out_dir, redact, templates_dir, policy_path):
    """Lay out each PEP as read, in one clear format (PDF and Word), sections in the guidance's order.

    Missing values read 'Not recorded'. Files are named after the PEP file, or by pseudonymous ID with --redact.
    """
    from pathlib import Path

    from .anonymise import pseudonym
    from .batch import CACHE_DIR, _pseudonym_key
    from .errors import ReadError
    from .readers import read_pep
    from .render.engine import safe_stem
    from .render.pepdoc import render_pep

    policy = _policy(policy_path)
    out = Path(out_dir)
    key = _pseudonym_key(out / CACHE_DIR) if redact else None
    failed = 0
    for f in peps:
        try:
            pep = read_pep(f, policy.get("data.labels_file") or None)
        except ReadError as e:
            click.echo(f"pepqa: {f}: {e.reason}", err=True)
            failed += 1
            continue
        stem = f"{pseudonym(pep, key)}-redacted" if redact else f"{safe_stem(Path(f).stem)}-clean"
        paths = render_pep(pep, out, stem, policy, redact=redact, key=key,
                           templates=Path(templates_dir) if templates_dir else None)
        click.echo("wrote " + ", ".join(str(p) for p in paths))
    sys.exit(EXIT_ERROR if failed == len(peps) else EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for the pack.")
@click.option("--per-check", type=click.IntRange(1, 50), default=3, show_default=True,
              help="Examples shown per check.")
@click.option("--seed", type=int, default=0, show_default=True, help="Sample seed: the same seed gives the same pack.")
@templates_option
@policy_option
@today_option
def moderate(paths, out_dir, per_check, seed, templates_dir, policy_path, today):
    """Write an anonymised moderation pack: flagged examples grouped by check (moderation.html, moderation.pdf)
    and a decisions sheet (decisions.xlsx) for the session to mark agree/disagree.

    The sample spreads across schools and grades and is the same for the same files, policy, date and seed.
    """
    from pathlib import Path

    from .batch import CACHE_DIR, _pseudonym_key
    from .pipeline import check_file
    from .render.moderation import build_pack, write_pack

    policy = _policy(policy_path)
    when = _today(today)
    files = _inputs(paths)
    out = Path(out_dir)
    results = [check_file(str(f), policy, when) for f in files]
    pack = build_pack(results, policy, per_check=per_check, seed=seed, key=_pseudonym_key(out / CACHE_DIR), today=when)
    written = write_pack(pack, out, Path(templates_dir) if templates_dir else None)
    click.echo(f"{len(pack['rows'])} examples from {pack['readable']} PEPs across {len(pack['checks'])} checks; "
               f"wrote " + ", ".join(str(p) for p in written))
    if pack["unreadable"]:
        click.echo(f"pepqa: {pack['unreadable']} file(s) could not be read and are not in the pack", err=True)


@main.command()
@click.argument("decisions", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def calibrate(decisions, fmt):
    """Read a filled moderation decisions sheet and report, per check, the examples shown, decided and agreed
    and the agreement rate (agreed / decided)."""
    from .render.moderation import calibrate as read_decisions, calibration_table

    report = read_decisions(decisions)
    if fmt == "json":
        click.echo(json.dumps(report, indent=2))
    else:
        click.echo(calibration_table(report))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but 127.0.0.1 lets other machines reach the PEPs you check.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--workers", type=click.IntRange(1, 16), default=2, show_default=True,
              help="Worker processes that read and check uploads (several teachers at once).")
@click.option("--max-size", type=click.IntRange(1), default=50, show_default=True, help="Per-file size limit (MB).")
@click.option("--timeout", type=click.IntRange(1), default=60, show_default=True, help="Per-file time limit (seconds).")
@click.option("--max-memory", type=click.IntRange(256), default=4096, show_default=True,
              help="Per-worker memory limit (MB).")
@policy_option
@today_option
def serve(host, port, workers, max_size, timeout, max_memory, policy_path, today):
    """Start the self-check web page for schools on this computer and print the address to open.

    A designated teacher chooses a PEP file and sees what was read, the grade and PP+ decision the policy
    would give, what is good and what to change, and downloads the feedback (Word, PDF) and the clean PEP.
    Nothing is stored; Ctrl-C stops the server.
    """
    import socket

    from .batch import Limits
    from .web.server import serve as run_server

    policy = _policy(policy_path)
    when = _today(today)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"pepqa: warning: listening on {host}: other machines on the network can reach this page and the "
                   "PEPs checked through it. Use the default (127.0.0.1) unless you know you need this.", err=True)
    if port == 0:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
            s.bind((host, 0))
            port = s.getsockname()[1]
    limits = Limits(max_bytes=max_size * 1024 * 1024, seconds=timeout, memory_mb=max_memory)
    run_server(policy, host=host, port=port, today=when, limits=limits, workers=workers)


from .history.commands import history_cmd, trends_cmd  # noqa: E402

main.add_command(history_cmd)
main.add_command(trends_cmd)


def run() -> None:
    """Entry point that turns any pepqa error into one line and exit 2."""
    try:
        main(standalone_mode=True)
    except PepqaError as e:
        click.echo(f"pepqa: {e}", err=True)
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    run()
