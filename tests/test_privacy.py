"""No names or PEP text in what pepqa prints by default: error lines, progress, summaries, logs.

The names come from the samples' expected parses (the child and every adult named in the PEP). They are
put where a careless error message would echo them: inside damaged files, in wrongly-typed JSON values,
and in the file names themselves (officers name files after the child). `pepqa check` names the file it
could not read (that is its job); `pepqa batch` names no file on stderr unless --verbose.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from corpus import SAMPLES, netblock_env

TODAY = "2025-10-20"
SAMPLE = "02-word-primary-poor"  # a Word form; its expected parse names the child and five adults
PDF_SAMPLE = "13-epep-early-years-mixed"


def _names(stem: str) -> list[str]:
    exp = json.loads((SAMPLES / f"{stem}.expected.json").read_text(encoding="utf-8"))
    names = {exp["child"]["name"]}
    names |= {a["name"] for a in exp.get("attendees") or [] if a.get("name")}
    names |= {s["signed_by"] for s in (exp.get("sections") or {}).values() if s and s.get("signed_by")}
    if (exp.get("pupil_voice") or {}).get("captured_by"):
        names.add(exp["pupil_voice"]["captured_by"])
    words = {part for n in names for part in n.split() if len(part) > 2 and part[0].isupper()
             and part not in ("Miss", "Mrs", "Mr", "Ms", "Dr")}
    return sorted(names | words)


def _voice_words(stem: str) -> list[str]:
    """Distinctive phrases of the PEP's own text (pupil voice, wellbeing): must not be echoed either."""
    exp = json.loads((SAMPLES / f"{stem}.expected.json").read_text(encoding="utf-8"))
    texts = [(exp.get("pupil_voice") or {}).get("text") or "", exp.get("wellbeing") or ""]
    return [t[:40] for t in texts if len(t) > 40]


def _pepqa(args, env, cwd):
    return subprocess.run([sys.executable, "-m", "pepqa.cli", *args], env=env, cwd=cwd, capture_output=True,
                          text=True, errors="replace", timeout=300)


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    base = tmp_path_factory.mktemp("privacy")
    env, log = netblock_env(base / "nb")
    names = _names(SAMPLE) + _names(PDF_SAMPLE)
    exp = json.loads((SAMPLES / f"{SAMPLE}.expected.json").read_text(encoding="utf-8"))
    child = exp["child"]["name"]
    inbox = base / "inbox"
    inbox.mkdir()
    docx = (SAMPLES / f"{SAMPLE}.docx").read_bytes()
    pdf = (SAMPLES / f"{PDF_SAMPLE}.pdf").read_bytes()
    stem = child.replace(" ", "-")
    # unreadable files that carry the names inside them and in their file names
    (inbox / f"{stem}-PEP-autumn.docx").write_bytes(docx[: len(docx) // 2])
    (inbox / f"{stem}-PEP-spring.pdf").write_bytes(pdf[: len(pdf) // 2])
    bad_json = {"schema_version": "1.0", "child": {"name": child, "year_group": child}, "meeting_date": child,
                "attendance_percent": child, "term": child, "targets": f"{child} will read daily",
                "pupil_voice": {"text": 42}}
    (inbox / f"{stem}.json").write_text(json.dumps(bad_json), encoding="utf-8")
    (inbox / f"{stem} (copy).docx").write_bytes(_damage_body(docx, child))
    # and readable ones, so the batch has findings to summarise
    readable = base / "readable"
    readable.mkdir()
    shutil.copy(SAMPLES / f"{SAMPLE}.docx", readable / f"{stem}.docx")
    shutil.copy(SAMPLES / f"{PDF_SAMPLE}.pdf", readable / "pep-13.pdf")
    return base, env, names + _voice_words(SAMPLE) + _voice_words(PDF_SAMPLE), inbox, readable


def _damage_body(docx: bytes, child: str) -> bytes:
    """The sample with its body XML cut off mid-element right after the child's name."""
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                at = data.find(child.encode())
                data = data[: at + len(child) + 3] if at >= 0 else data[: len(data) // 2]
            z.writestr(info.filename, data)
    return out.getvalue()


def _leaks(text: str, names: list[str]) -> list[str]:
    return [n for n in names if n in text]


def test_check_error_lines_carry_no_pep_content(setting):
    base, env, names, inbox, _ = setting
    for f in sorted(inbox.iterdir()):
        neutral = base / f"file{f.suffix}"  # a neutral name: what is left in the line is the reason
        shutil.copy(f, neutral)
        r = _pepqa(["check", str(neutral), "--today", TODAY], env, base)
        assert r.returncode == 2, (f.name, r.stdout[-500:], r.stderr)
        lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith(f"pepqa: {neutral}: "), lines
        assert not _leaks(r.stderr + r.stdout, names), (f.name, _leaks(r.stderr + r.stdout, names), r.stderr)


def test_batch_default_stderr_names_no_file_and_no_person(setting, tmp_path):
    base, env, names, inbox, readable = setting
    r = _pepqa(["batch", str(inbox), str(readable), "--out", str(tmp_path / "out"), "--today", TODAY,
                "--no-progress"], env, base)
    assert r.returncode == 1, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 4 and all(ln.startswith("pepqa: a file could not be read: ") for ln in lines), lines
    assert not _leaks(r.stderr, names), _leaks(r.stderr, names)
    assert not _leaks(r.stdout, names), _leaks(r.stdout, names)  # the summary line and where reports went
    for f in inbox.iterdir():
        assert f.name not in r.stderr and f.stem not in r.stderr
    # With --verbose the officer asked for file names: each unreadable file is named once.
    v = _pepqa(["batch", str(inbox), "--out", str(tmp_path / "out-v"), "--today", TODAY, "--no-progress",
                "--verbose"], env, base)
    for f in inbox.iterdir():
        assert sum(str(f) in ln for ln in v.stderr.splitlines()) == 1, (f.name, v.stderr)


def test_progress_and_logs_are_silent_about_people(setting, tmp_path):
    base, env, names, _, readable = setting
    c = _pepqa(["check", *[str(p) for p in sorted(readable.iterdir())], "--today", TODAY], env, base)
    assert c.returncode in (0, 1) and c.stderr == "", c.stderr  # no log lines, no warnings
    b = _pepqa(["batch", str(readable), "--out", str(tmp_path / "o"), "--today", TODAY, "--progress"], env, base)
    assert b.returncode in (0, 1)
    assert "/s" in b.stderr, "the progress bar was shown"
    assert not _leaks(b.stderr, names) and not _leaks(b.stdout, names)


def test_anonymised_outputs_hold_no_recorded_name(setting, tmp_path):
    """--anonymise over the samples: no name the PEP records (child, attendees, signatories) in any output."""
    base, env, _, _, _ = setting
    out = tmp_path / "anon"
    r = _pepqa(["batch", str(SAMPLES), "--out", str(out), "--today", TODAY, "--no-progress", "--anonymise"], env, base)
    assert r.returncode in (0, 1), r.stderr
    from corpus import output_text

    written = output_text(out).replace(str(SAMPLES), "")  # file paths name the sample, not a person
    leaks = {}
    for exp in sorted(SAMPLES.glob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        found = [n for n in _names(stem) if " " in n and n in written]
        if found:
            leaks[stem] = found
    assert not leaks, leaks


def test_anonymised_record_when_the_reader_missed_the_name():
    """The child's name not read: first names in the evidence are still removed from the batch record (the
    cache and findings.jsonl are written from it)."""
    from pepqa.batch import make_record
    from pepqa.checks import run_checks
    from pepqa.checks.baseline import baseline_pep
    from pepqa.pipeline import Result
    from pepqa.policy import load_policy
    from pepqa.verdict import decide

    pol = load_policy()
    pep = baseline_pep({"child.name": None, "pupil_voice.text": "Maya says she is fine. My friend Zephyrine and Ellie "
                                                                "sit with me.",
                        "pupil_voice.child_attended": False, "attendees[0].attended": False,
                        "pupil_voice.captured_how": None})
    findings = run_checks(pep, pol)
    rec = make_record(Result(file="x.json", pep=pep, findings=findings, verdict=decide(pep, findings, pol)),
                      b"k" * 32, pol)
    blob = json.dumps(rec)
    for name in ("Maya", "Zephyrine", "Ellie"):
        assert name not in blob, name


def test_anonymised_outputs_name_files_by_pseudonym_not_path(tmp_path):
    """A PEP file is often named after the child: with --anonymise no report, and not the cache, holds its
    path; each file has a stable pseudonymous id instead (the same across runs into the same folder)."""
    import subprocess
    import sys

    inbox = tmp_path / "in"
    inbox.mkdir()
    sample = sorted(SAMPLES.glob("*-word-*.docx"))[0]
    (inbox / "Jasmine Ali autumn PEP.docx").write_bytes(sample.read_bytes())
    (inbox / "Kofi Mensah broken.pdf").write_bytes(b"%PDF-1.4 not really")
    out = tmp_path / "out"
    ids = []
    for _ in range(2):
        subprocess.run([sys.executable, "-m", "pepqa.cli", "batch", str(inbox), "--out", str(out), "--anonymise",
                        "--no-progress", "--today", "2026-07-01", "--force"], capture_output=True, check=False)
        for f in out.rglob("*"):
            if f.is_file() and f.suffix in (".csv", ".json", ".jsonl", ".xlsx"):
                data = f.read_bytes()
                if f.suffix == ".xlsx":
                    import zipfile

                    with zipfile.ZipFile(f) as z:
                        data = b"".join(z.read(n) for n in z.namelist())
                for word in (b"Jasmine", b"Kofi", b"Mensah", b"Ali autumn"):
                    assert word not in data, (f.name, word)
        ids.append((out / "summary.csv").read_text(encoding="utf-8").splitlines()[1].split(",")[0])
    assert ids[0].startswith("F-") and ids[0] == ids[1]
