"""``pepqa history`` and ``pepqa trends``: the store as a QA officer reads it (registered by pepqa.cli)."""
from __future__ import annotations

import sys

import click

history_option = click.option(
    "--history", "history_path", type=click.Path(dir_okay=False),
    help="History store file (default: history.store beside the policy file; none without a policy file).")


def _open(policy_path, history_path, *, create: bool = False):
    from ..cli import _policy
    from .hook import store_path
    from .store import Store

    policy = _policy(policy_path)
    path = store_path(policy, history_path)
    if path is None:
        raise click.UsageError("no history store: set history.store in your pepqa.toml or pass --history FILE")
    if not create and not path.exists():
        raise click.UsageError(f"{path}: no history store there yet (a batch creates it)")
    return policy, Store(path, timeout=float(policy.get("history.busy_timeout_seconds")))


@click.command("history")
@click.argument("child_id", required=False)
@click.option("--forget", "forget", is_flag=True, help="Delete every record of CHILD_ID (all terms and versions).")
@click.option("--prune", is_flag=True, help="Delete records older than history.retention_terms terms.")
@click.option("--check", "check_store", is_flag=True, help="Check the store is consistent (exit 1 if not).")
@history_option
@click.option("--policy", "policy_path", type=click.Path(dir_okay=False), help="Authority policy file.")
def history_cmd(child_id, forget, prune, check_store, history_path, policy_path):
    """Show a child's PEPs term by term: grade, how much was read, targets and outcomes, PP+ requested and allowed.

    The store holds what the PEPs hold (names, PEP text): see SECURITY.md for where it is and how long to keep it.
    """
    policy, store = _open(policy_path, history_path)
    with store:
        if check_store:
            probs = store.check_integrity()
            for p in probs:
                click.echo(f"pepqa: {store.path}: {p}", err=True)
            click.echo(f"{store.path}: {'consistent' if not probs else f'{len(probs)} problem(s)'}")
            sys.exit(1 if probs else 0)
        if prune:
            keep = int(policy.get("history.retention_terms"))
            n = store.prune(keep)
            click.echo(f"deleted {n} record{'s' if n != 1 else ''} more than {keep} terms old from {store.path}")
            return
        if not child_id:
            raise click.UsageError("give a CHILD_ID (or --prune / --check)")
        if forget:
            n = store.forget(child_id)
            click.echo(f"deleted {n} record{'s' if n != 1 else ''} of {child_id} from {store.path}")
            return
        from .views import child_report

        click.echo(child_report(store, child_id))


@click.command("trends")
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False), help="Workbook to write (.xlsx).")
@history_option
@click.option("--policy", "policy_path", type=click.Path(dir_okay=False), help="Authority policy file.")
def trends_cmd(out_file, history_path, policy_path):
    """Write the authority's terms side by side (grades, commonest findings, PEPs on time, per school) to a workbook."""
    from pathlib import Path

    from .views import write_trends

    _, store = _open(policy_path, history_path)
    with store:
        sheets = write_trends(store, Path(out_file))
    click.echo(f"wrote {out_file} (sheets: {', '.join(sheets)})")
