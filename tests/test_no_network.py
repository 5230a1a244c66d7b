"""Nothing leaves the machine: every command runs with the network refused and makes no attempt to use it.

Two instruments. (1) A sitecustomize on PYTHONPATH (tests/corpus.py NETBLOCK) guards socket.socket's
connect/sendto, create_connection and the name look-ups in every pepqa process, batch workers included,
with functions that record the attempt and raise. (2) Where strace works, the same commands run under it
without the guard, and no process may connect or send to an internet address at the system-call level,
so C libraries (libxml2, WeasyPrint's fetchers) are covered too. The inputs include a PEP whose text is HTML that points at remote and local URLs, since
letters and renders go through HTML and PDF engines. Inputs are hashed before and after each command.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corpus import PASSWD_MARK, SAMPLES, attempts, fingerprint, netblock_env, output_text
from pepqa.checks.baseline import BASELINE, apply_patch
from pepqa.cli import main

TODAY = "2025-10-20"
SUBSET = ["19-narrative-secondary-poor.docx", "10-epep-primary-mixed.pdf"]  # with markup.json: Word, PDF, JSON
REMOTE = "http://pepqa-xxe.invalid"
MARKUP = {
    "school.name": f'Riverside <img src="{REMOTE}/logo.png"> Academy',
    "pupil_voice.text": (f'I like English. <link rel="stylesheet" href="{REMOTE}/s.css"><iframe src="file:///etc/passwd">'
                         f'</iframe><object data="file:///etc/passwd"></object> {{{{ config }}}} '
                         f"{{% include '/etc/passwd' %}} <style>@import url({REMOTE}/i.css);</style>"),
    "targets[0].text": f'<a href="{REMOTE}/t">Read</a> <img src="file:///etc/passwd"> two class novels by July.',
    "wellbeing": f'<svg><image href="{REMOTE}/w.svg"/></svg> Sees the counsellor; background: url({REMOTE}/b.png)',
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("net-in")
    for name in SUBSET:
        shutil.copy(SAMPLES / name, d / name)
    (d / "markup.json").write_text(json.dumps(apply_patch(BASELINE, MARKUP)), encoding="utf-8")
    return d


def _commands(inputs: Path, out: Path) -> dict[str, list[str]]:
    files = [str(p) for p in sorted(inputs.iterdir())]
    cmds = {
        "check": ["check", *files, "--today", TODAY],
        "batch": ["batch", str(inputs), "--out", str(out / "batch"), "--today", TODAY, "--workers", "2",
                  "--no-progress"],
    }
    for name in ("letters", "render", "moderate"):  # commands other issues add; tested once they exist
        cmd = main.commands.get(name)
        if cmd is None:
            continue
        params = {p.name for p in cmd.params}
        args = [name, *files, "--out", str(out / name)]
        if "today" in params:
            args += ["--today", TODAY]
        cmds[name] = args
    return cmds


def _run(args, env, cwd, timeout=600, prefix=()):
    return subprocess.run([*prefix, sys.executable, "-m", "pepqa.cli", *args], env=env, cwd=cwd, capture_output=True,
                          text=True, errors="replace", timeout=timeout)


def test_the_guard_catches_an_attempt(tmp_path):
    env, log = netblock_env(tmp_path / "nb")
    code = ("import urllib.request\ntry:\n    urllib.request.urlopen('http://pepqa-xxe.invalid/')\n"
            "except OSError as e:\n    print('refused', e)")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert "refused" in r.stdout
    assert len(attempts(log)) == 1


def test_no_command_reaches_the_network(inputs, tmp_path):
    env, log = netblock_env(tmp_path / "nb")
    out = tmp_path / "out"
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    ran = []
    for name, args in _commands(inputs, out).items():
        before = fingerprint([inputs, SAMPLES])
        r = _run(args, env, cwd)
        assert "Traceback" not in r.stderr, (name, r.stderr[-3000:])
        assert r.returncode in (0, 1), (name, r.returncode, r.stderr[-2000:])
        assert fingerprint([inputs, SAMPLES]) == before, f"{name} changed an input"
        assert not attempts(log), (name, attempts(log))
        ran.append(name)
    written = output_text(out)
    assert PASSWD_MARK not in written, "a local file was pulled into an output"
    assert not list(out.rglob("*.part"))
    print(f"\nno network: {', '.join(ran)} ran with the network refused; {len(attempts(log))} attempts; inputs unchanged")


def _strace_works() -> bool:
    if not shutil.which("strace"):
        return False
    try:
        r = subprocess.run(["strace", "-f", "-e", "trace=socket", "-o", "/dev/null", sys.executable, "-c", "0"],
                           capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return r.returncode == 0


# A connection or datagram to an internet address. (Creating a socket is not one: urllib3 binds one to ::1
# at import to learn whether IPv6 exists.)
_INET_CALL = re.compile(r"\b(connect\(\d+, \{sa_family=AF_INET6?\b|sendto\(.*sa_family=AF_INET6?\b|"
                        r"sendmsg\(.*sa_family=AF_INET6?\b)")


@pytest.mark.skipif(not _strace_works(), reason="strace is not available (or ptrace is not allowed)")
def test_no_internet_socket_at_the_system_call_level(inputs, tmp_path):
    env, _ = netblock_env(tmp_path / "nb")
    env["PYTHONPATH"] = env["PYTHONPATH"].split(os.pathsep, 1)[1]  # without the Python-level guard: measure, don't block
    out = tmp_path / "out"
    seen = {}
    for name, args in _commands(inputs, out).items():
        trace = tmp_path / f"{name}.strace"
        r = _run(args, env, tmp_path, prefix=("strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o",
                                              str(trace)))
        assert r.returncode in (0, 1), (name, r.stderr[-2000:])
        hits = [ln for ln in trace.read_text(errors="replace").splitlines() if _INET_CALL.search(ln)]
        seen[name] = hits
    assert not any(seen.values()), seen
