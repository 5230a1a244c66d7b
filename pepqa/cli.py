"""The ``pepqa`` command. Thin: it parses options and hands work to pipeline, checks and renderers."""
from __future__ import annotations

import functools
import json
import math
import sys
import textwrap
import time
from datetime import date

import click

from . import __version__
from .errors import PepqaError
from .outdir import EXIT_OUTPUT, OutputError
from .safe import shown

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
SEVERITIES = ["must-fix", "should-fix", "advice", "never"]
EXIT_HELP = ("Exit status (every command): 0 clean; 1 findings at or above --fail-on, or a file could not be "
             "read; 2 usage or policy error, nothing readable, or an internal error; 3 the output folder cannot "
             "be written (read-only, not a folder, disk full, busy); 130 interrupted.")


def _exit_for_pepqa_error(e: Exception) -> None:
    """A pepqa error as one line and its exit code: an output folder fault 3, any other (policy, data file) 2."""
    if isinstance(e, OutputError):
        click.echo(f"pepqa: output folder {e}", err=True)
        sys.exit(EXIT_OUTPUT)
    click.echo(f"pepqa: {e}", err=True)
    sys.exit(EXIT_ERROR)


def _handled(fn):
    """Every command's faults as one line and a documented exit code, never a traceback: an output fault 3,
    a pepqa error (policy, data file) 2, Ctrl-C 130, anything unexpected 2 with the traceback in a log."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (OutputError, PepqaError) as e:
            _exit_for_pepqa_error(e)
        except KeyboardInterrupt:
            click.echo("\npepqa: interrupted; finished work is kept and the next run resumes from here", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except Exception as e:  # noqa: BLE001 - a pepqa bug: one line and a log, no PEP text on the terminal
            from .crashlog import write_crash_log

            where = write_crash_log(e, fn.__name__, kwargs.get("out_dir"))
            click.echo(f"pepqa: internal error ({type(e).__name__}); please report it with the log {where}", err=True)
            sys.exit(EXIT_ERROR)
    return wrapper


def _finite(obj):
    """JSON output is always valid JSON: a NaN or infinity that reached a report becomes null."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_finite(v) for v in obj]
    return obj


def _exit_for(readable: int, unreadable: int, at_or_above: bool, fail_on: str) -> int:
    """The one exit scheme (README, --help): nothing readable 2; findings or unreadable files 1 (unless
    --fail-on never); else 0."""
    if not readable:
        return EXIT_ERROR
    if fail_on != "never" and (unreadable or at_or_above):
        return EXIT_FINDINGS
    return EXIT_OK


def _rank(fail_on: str) -> int:
    return {"must-fix": 3, "should-fix": 2, "advice": 1}.get(fail_on, 99)


def _policy(path):
    from .checks import validate_policy_checks
    from .policy import load_policy

    policy = load_policy(path)  # a ConfigError is one line naming the file and the key (exit 2)
    validate_policy_checks(policy)
    return policy


def _today(value):
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("use YYYY-MM-DD", param_hint="--today") from None


def _inputs(paths, verbose: bool = False, collected: bool = False):
    """The PEP files named by folders, globs and file names. An input that matches nothing is named (the
    person typed it); paths passed over are counted (named with --verbose); none at all is a usage error."""
    from .batch import collect_all

    col = collect_all(paths)
    for u in col.unmatched:
        click.echo(f"pepqa: {shown(u)}: no such file, folder or matching files", err=True)
    if col.skipped:
        if verbose:
            for path, why in col.skipped:
                click.echo(f"pepqa: {shown(path)}: {why}", err=True)
        else:
            n = len(col.skipped)
            click.echo(f"pepqa: {n} path{'s' if n != 1 else ''} skipped (not PEP exports, links to folders or "
                       "folders that could not be opened); each is listed with its reason"
                       + (" in summary.csv" if collected else " with --verbose"), err=True)
    if not col.files:
        shown_paths = ", ".join(shown(p) for p in list(paths)[:3]) + (" ..." if len(paths) > 3 else "")
        raise click.UsageError(f"no PEP files (.docx, .pdf, .json) found in {shown_paths}")
    return col if collected else col.files


policy_option = click.option("--policy", "policy_path", type=click.Path(dir_okay=False),
                             help="Authority policy file (default: ./pepqa.toml if present, else built-in defaults).")
from .history.commands import history_option  # noqa: E402

today_option = click.option("--today", help="Judge timeliness as of this date (YYYY-MM-DD; default: today).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_HELP)
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
@_handled
def check(files, fmt, fail_on, record, history_path, policy_path, today):
    """Check PEP files and print what was read, the findings, the grade and the PP+ decision.

    Each file gets the batch's limits (60 s, 4096 MB). Exit status: 0 no finding at or above --fail-on;
    1 some, or a file could not be read; 2 no file could be read, or bad usage.
    """
    from .guard import guarded
    from .pipeline import Result, check_file
    from .report import json_report, text_report

    from .history.hook import History

    policy = _policy(policy_path)
    when = _today(today)
    hist = History.for_run(policy, history_path, record=record)
    if record and hist is None:
        raise click.UsageError("--record needs a history store: set history.store in pepqa.toml or pass --history FILE")
    results = []
    for f in files:
        r, why = guarded(lambda: check_file(f, policy, when, hist))
        results.append(r if r is not None else Result(file=str(f), error=why))
    if fmt == "json":
        payload = [json_report(r) for r in results]
        click.echo(json.dumps(_finite(payload[0] if len(payload) == 1 else payload), indent=2, ensure_ascii=False,
                              allow_nan=False))
    else:
        click.echo("\n\n".join(text_report(r) for r in results))
    for r in results:
        if r.error:
            click.echo(f"pepqa: {shown(r.file)}: {r.error}", err=True)
        elif (r.history or {}).get("status") == "busy":
            click.echo(f"pepqa: {hist.path}: the history store is busy (another pepqa run is writing to it); "
                       f"{'not recorded' if record else 'not compared with the previous PEP'}", err=True)
    readable = [r for r in results if not r.error]
    above = any(f.severity.rank >= _rank(fail_on) for r in readable for f in r.findings)
    sys.exit(_exit_for(len(readable), len(results) - len(readable), above, fail_on))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(), help="Folder for the reports.")
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
@_handled
def batch(paths, out_dir, fail_on, workers, force, anonymise, max_size, timeout, max_memory, progress, letters,
          verbose, history_path, policy_path, today):
    """Check every PEP in folders (recursively), globs or file lists, and write summary.xlsx, summary.csv,
    findings.jsonl and run.json into --out.

    Re-running skips files whose content, policy and data files are unchanged (--force to redo); an
    interrupted run resumes, letters included. Every path passed over (not a PEP export, a link to a
    folder, a folder that cannot be opened) is a row with its reason. Exit status: 0 nothing at or above
    --fail-on; 1 something, or a file could not be read; 2 usage error or no file readable; 3 the output
    folder cannot be written; 130 interrupted.
    """
    from pathlib import Path

    from .batch import Limits, Progress, run_batch, run_settings
    from .outdir import clean_stale_parts, locked, reason
    from .outputs import write_outputs
    from .policy import deadline_warning

    started = time.perf_counter()
    policy = _policy(policy_path)
    when = _today(today)
    col = _inputs(paths, verbose, collected=True)
    limits = Limits(max_bytes=max_size * 1024 * 1024, seconds=timeout, memory_mb=max_memory)
    bar = Progress(force=bool(progress)) if progress is not False else None
    from .history import hook

    hist = hook.History.for_run(policy, history_path)
    with locked(Path(out_dir), what="batch") as out:
        clean_stale_parts(out)
        try:
            summary = run_batch(col.files, out, policy, today=when, limits=limits, workers=workers, force=force,
                                anonymise=anonymise, progress=bar, history=hist, skipped=col.skipped,
                                notice=lambda m: click.echo(f"pepqa: {m}", err=True))
            settings = run_settings(policy, col.files, {"fail_on": fail_on, "anonymise": anonymise, "today": today,
                                                        "limits": limits.__dict__, "force": force})
            extra, hist_line, hist_warning = hook.batch_extras(hist, summary.records, settings)
            if bar:
                bar.start("outputs")
            write_outputs(out, summary.records, settings, Path.cwd(), extra, progress=bar, file_key=summary.file_key)
            n_letters = None
            if letters:
                from .render.letters import letters_for_records

                if bar:
                    bar.start("letters")
                letter_errors: list = []
                written = letters_for_records(summary.records, out / "letters", policy, anonymise=anonymise,
                                              today=when, progress=bar, resume=not force, errors=letter_errors)
                n_letters = sum(1 for p in written if p.suffix == ".pdf")
                for stem, why in letter_errors:
                    click.echo(f"pepqa: letter {shown(stem)}: {why}" if verbose else f"pepqa: a letter could not be "
                               f"written: {why} (run with --verbose to name it)", err=True)
        except (OSError, MemoryError) as e:
            raise OutputError(out, reason(e)) from None
    summary.elapsed = time.perf_counter() - started
    years = set()
    for rec in summary.records:
        years.add(rec.get("academic_year"))
        if not rec["ok"] and not rec.get("skipped"):
            click.echo(f"pepqa: {shown(rec['file'])}: {rec['error']}" if verbose else
                       f"pepqa: a file could not be read: {rec['error']} (see summary.csv)", err=True)
    warning = deadline_warning(policy, years)  # once per run, not once per PEP
    if warning:
        click.echo(warning, err=True)
    click.echo(summary.line())
    click.echo(hist_line)
    if hist_warning:
        click.echo(hist_warning, err=True)
    click.echo(f"reports written to {shown(out)}/ (summary.xlsx, summary.csv, findings.jsonl, run.json"
               + (f"; {n_letters} letter{'s' if n_letters != 1 else ''} in letters/" if n_letters is not None else "")
               + ")")
    from .outputs import count_unread_labels

    n_left = count_unread_labels(summary.records)
    if n_left:  # wording the officer may teach pepqa: a count, no label shown (a label can hold PEP text)
        click.echo(f"{n_left} label{'s' if n_left != 1 else ''} read with a value but not placed: see "
                   f"{shown(out)}/unread-labels.csv; `pepqa labels accept` adds the ones you accept to your labels file")
    rank = _rank(fail_on)
    above = any(f["severity"] in SEVERITIES[: 4 - rank] for r in summary.records if r["ok"] for f in r["findings"]) \
        if fail_on != "never" else False
    sys.exit(_exit_for(summary.checked, summary.failed, above, fail_on))


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
    if c.needs:
        click.echo(wrap("Runs only when pepqa read these parts completely (otherwise the officer is told what "
                        f"could not be read): {', '.join(p.replace('_', ' ') for p in c.needs)}.") + "\n")
    if c.vocab:
        files: dict[str, list[str]] = {}
        for ref in c.vocab:
            file, _, lst = ref.partition(".")
            files.setdefault(file, []).append(lst)
        click.echo("Wording it looks for (lists an authority can extend, see pepqa/data/vocab/README.md):\n" + "\n".join(
            wrap(f"{file}.toml: {', '.join(lists)}") for file, lists in files.items()) + "\n")
    if c.audience == "officer":
        click.echo(wrap("For the QA officer only: never sent to the school and never part of the grade.") + "\n")
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
    from .errors import ConfigError, ReadError
    from .inspection import format_inspection, inspect_file

    try:
        lines, parts = inspect_file(file, labels_file)
    except (ReadError, ConfigError) as e:
        click.echo(f"pepqa: {e}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(format_inspection(lines, parts))


@main.group("labels")
def labels_group():
    """Teach pepqa an authority's wording: the labels a batch could not place (unread-labels.csv), accepted by
    the officer into the authority's labels file (policy data.labels_file). pepqa's own labels are never changed."""


@labels_group.command("accept")
@click.argument("csv_file", metavar="UNREAD_LABELS_CSV", type=click.Path(dir_okay=False))
@click.option("--labels-file", "labels_file", type=click.Path(dir_okay=False),
              help="The authority's labels file to add to (created if absent; default: data.labels_file of the policy).")
@policy_option
@click.option("--dry-run", is_flag=True, help="Show what would be added; write nothing.")
@click.option("--try/--no-try", "try_examples", default=True, show_default=True,
              help="Re-read each accepted label's example file with the new labels and say whether it is read now.")
@_handled
def labels_accept(csv_file, labels_file, policy_path, dry_run, try_examples):
    """Add the lines of UNREAD_LABELS_CSV the officer accepted to the authority's labels file.

    \b
    In the CSV's accept column write, for each label you accept:
      yes                   the field shown in 'nearest field'
      FIELD                 a field's name, e.g. child.ethnicity (`pepqa labels fields` lists them)
      column:TABLE.FIELD    a table header, e.g. column:targets.text
      part:PART             a heading that starts a part, e.g. part:pupil_voice
      ignore                something pepqa does not hold (its value never makes a part partial)
      empty or no           not accepted

    Every line is checked first: a wrong line is one error naming the CSV and the line, and nothing is
    written. Labels already there are reported, not added twice. Each label's example file is re-read with
    the new labels to say whether pepqa reads it now (a label teaches wording, not layout). The file is
    written atomically, its comments and entries kept."""
    from .labels_accept import plan_accept, report_lines, resolve_labels_file, try_examples as tried, write_plan

    target, note = resolve_labels_file(labels_file, policy_path)
    plan = plan_accept(csv_file, target)
    outcome = tried(plan) if try_examples and plan.added else None
    if plan.added and not dry_run:
        write_plan(plan)
    for line in report_lines(plan, dry_run, outcome):
        click.echo(line)
    if note and plan.added:
        click.echo(note)


@labels_group.command("fields")
def labels_fields():
    """List the names the accept column can hold: fields, table columns and parts, with labels pepqa knows."""
    from .labels_accept import fields_listing

    click.echo("\n".join(fields_listing()))


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
@click.option("--out", "out_dir", required=True, type=click.Path(), help="Folder for the letters.")
@click.option("--anonymise", is_flag=True,
              help="Initials instead of names and 'Dear Designated Teacher'; files named by pseudonymous ID.")
@templates_option
@policy_option
@today_option
@_handled
def letters(paths, out_dir, anonymise, templates_dir, policy_path, today):
    """Write a feedback letter to the designated teacher for each PEP: an editable Word file and a PDF.

    The letter says what is working well, what needs to change and what would make the plan stronger
    (quoting the PEP), then the grade, the PP+ decision and the date to resubmit by. Letterhead and
    signatory come from the policy's [authority] table. Exit status: 0 letters written; 1 some files could
    not be read; 2 none written; 3 the output folder cannot be written; 130 interrupted.
    """
    from pathlib import Path

    from .outdir import locked, reason
    from .render.letters import letters_for_files

    policy = _policy(policy_path)
    start = time.perf_counter()
    with locked(Path(out_dir), what="letters") as out:
        try:
            written, errors = letters_for_files(paths, out, policy, today=_today(today), anonymise=anonymise,
                                                templates=Path(templates_dir) if templates_dir else None)
        except (OSError, MemoryError) as e:
            raise OutputError(out, reason(e)) from None
    for f, why in errors:
        click.echo(f"pepqa: {shown(f)}: {why}", err=True)
    n = sum(1 for p in written if p.suffix == ".pdf")
    secs = time.perf_counter() - start
    click.echo(f"{n} letter{'s' if n != 1 else ''} (Word and PDF) written to {shown(out_dir)}/ in {secs:.1f} s"
               + (f"; {len(errors)} file{'s' if len(errors) != 1 else ''} could not be read" if errors else ""))
    sys.exit(EXIT_ERROR if not n else EXIT_FINDINGS if errors else EXIT_OK)


@main.command()
@click.argument("peps", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(), help="Folder for the documents.")
@click.option("--redact", is_flag=True, help="Remove names (child -> initials, adults -> role) and identifiers "
                                              "(child ID -> pseudonym, date of birth -> year).")
@templates_option
@policy_option
@_handled
def render(peps, out_dir, redact, templates_dir, policy_path):
    """Lay out each PEP as read, in one clear format (PDF and Word), sections in the guidance's order.

    Missing values read 'Not recorded'. Files are named after the PEP file (two inputs with the same name get
    -2, -3...: one never overwrites another), or by pseudonymous ID with --redact. Each file gets the batch's
    limits (60 s, 4096 MB). Exit status: 0 all written; 1 some could not be read; 2 none; 3 output folder fault.
    """
    from pathlib import Path

    from .anonymise import pseudonym
    from .batch import CACHE_DIR, _pseudonym_key
    from .errors import ReadError
    from .guard import guarded
    from .outdir import locked, reason
    from .readers import read_pep
    from .render.engine import safe_stem
    from .render.letters import _unique
    from .render.pepdoc import render_pep

    policy = _policy(policy_path)
    failed = 0
    used: set[str] = set()
    with locked(Path(out_dir), what="render") as out:
        try:
            key = _pseudonym_key(out / CACHE_DIR) if redact else None
            for f in peps:
                def one():
                    try:
                        pep = read_pep(f, policy.get("data.labels_file") or None)
                    except ReadError as e:
                        return e.reason
                    base = f"{pseudonym(pep, key)}-redacted" if redact else f"{safe_stem(Path(f).stem)}-clean"
                    return render_pep(pep, out, _unique(base, used), policy, redact=redact, key=key,
                                      templates=Path(templates_dir) if templates_dir else None)

                got, why = guarded(one, doing="reading and laying out")
                if isinstance(got, str) or why:
                    click.echo(f"pepqa: {shown(f)}: {why or got}", err=True)
                    failed += 1
                    continue
                click.echo("wrote " + ", ".join(shown(p) for p in got))
        except (OSError, MemoryError) as e:
            raise OutputError(out, reason(e)) from None
    sys.exit(EXIT_ERROR if failed == len(peps) else EXIT_FINDINGS if failed else EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(), help="Folder for the pack.")
@click.option("--per-check", type=click.IntRange(1, 50), default=3, show_default=True,
              help="Examples shown per check.")
@click.option("--seed", type=int, default=0, show_default=True, help="Sample seed: the same seed gives the same pack.")
@templates_option
@policy_option
@today_option
@_handled
def moderate(paths, out_dir, per_check, seed, templates_dir, policy_path, today):
    """Write an anonymised moderation pack: flagged examples grouped by check (moderation.html, moderation.pdf)
    and a decisions sheet (decisions.xlsx) for the session to mark agree/disagree.

    The sample spreads across schools and grades and is the same for the same files, policy, date and seed.
    """
    from pathlib import Path

    from .batch import CACHE_DIR, _pseudonym_key
    from .guard import guarded
    from .outdir import locked, reason
    from .pipeline import Result, check_file
    from .render.moderation import build_pack, write_pack

    policy = _policy(policy_path)
    when = _today(today)
    files = _inputs(paths)
    results = []
    for f in files:
        r, why = guarded(lambda: check_file(str(f), policy, when))
        results.append(r if r is not None else Result(file=str(f), error=why))
    with locked(Path(out_dir), what="moderate") as out:
        try:
            pack = build_pack(results, policy, per_check=per_check, seed=seed, key=_pseudonym_key(out / CACHE_DIR),
                              today=when)
            written = write_pack(pack, out, Path(templates_dir) if templates_dir else None)
        except (OSError, MemoryError) as e:
            raise OutputError(out, reason(e)) from None
    click.echo(f"{len(pack['rows'])} examples from {pack['readable']} PEPs across {len(pack['checks'])} checks; "
               f"wrote " + ", ".join(shown(p) for p in written))
    if pack["unreadable"]:
        n = pack["unreadable"]
        click.echo(f"pepqa: {n} file{'s' if n != 1 else ''} could not be read and {'are' if n != 1 else 'is'} "
                   "not in the pack", err=True)
    sys.exit(EXIT_ERROR if not pack["readable"] else EXIT_OK)


@main.command()
@click.argument("decisions", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_handled
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
    """Entry point: any pepqa error is one line (exit 2; an output folder fault 3) and Ctrl-C exits 130,
    never click's "Aborted!" and 1."""
    try:
        main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("\npepqa: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except KeyboardInterrupt:
        click.echo("\npepqa: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.exceptions.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except (OutputError, PepqaError) as e:
        _exit_for_pepqa_error(e)


if __name__ == "__main__":
    run()
