"""Honest coverage: a part counts as read only when content was read from it; what pepqa could not read is
the officer's to know, never an absence the school is blamed for, and never a grade or a PP+ decision."""
from pathlib import Path

import pytest
from docx import Document

from pepqa.checks import run_checks
from pepqa.checks.baseline import baseline_pep, previous_for
from pepqa.checks.registry import all_checks
from pepqa.model import CONTENT_PARTS, PartStatus
from pepqa.pipeline import check_file
from pepqa.policy import load_policy
from pepqa.readers import read_pep
from pepqa.render.letters import letter_context
from pepqa.verdict import decide

POLICY = load_policy(None)


def _gated_examples():
    for c in all_checks():
        for ex in c.bad_examples:
            for part in c.needs:
                yield pytest.param(c, ex, part, id=f"{c.code}-{part}")


@pytest.mark.parametrize("check,example,part", list(_gated_examples()))
def test_absence_checks_do_not_run_on_a_part_not_read(check, example, part):
    """Every check that declares the parts it judges absences in stays silent when one could not be read."""
    from pepqa.checks.registry import Context

    from test_registry import TODAY

    ctx = Context(policy=POLICY, today=TODAY, previous=previous_for(example.previous))
    for status in ("unread", "partial", "not_found"):
        pep = baseline_pep({**example.patch, f"parts.{part}": status})
        assert not list(check.run(pep, ctx)), f"{check.code} fired with {part} {status}"
    assert list(check.run(baseline_pep(example.patch), ctx)), f"{check.code}'s bad example must fire when read"


def test_absence_checks_declare_their_parts():
    """The checks that say something is missing name the parts they judge (a new one must too)."""
    must_gate = {"PV001", "PV005", "PV008", "ST007", "EM001", "EM002", "EM003", "PP005", "PP010", "CP004", "CP005",
                 "CP006", "TL002", "TL006", "AS001", "RD003"}
    gated = {c.code for c in all_checks() if c.needs}
    assert must_gate <= gated, must_gate - gated


def test_reading_findings_are_for_the_officer_and_do_not_grade():
    pep = baseline_pep({"parts.attainment": "not_found", "parts.attendance": "partial"})
    findings = run_checks(pep, POLICY)
    rd = [f for f in findings if f.code.startswith("RD")]
    assert {f.code for f in rd} == {"RD001", "RD004"}
    assert all(f.audience == "officer" for f in rd)
    v = decide(pep, findings, POLICY)
    assert v.state == "graded" and v.grade == "Green", v.rule
    assert v.officer_notes == 2 and v.not_read == ["attainment", "attendance"]
    assert "not judged" in v.rule
    letter = letter_context(pep, findings, v, POLICY)
    text = repr(letter)
    assert "RD00" not in text and "pepqa" not in text.lower()


@pytest.mark.parametrize("part", ["targets", "pupil_voice", "meeting", "child", "pp_plus"])
def test_an_essential_part_not_read_means_reading_by_hand(part):
    pep = baseline_pep({f"parts.{part}": "unread", "targets": [] if part == "targets" else None}
                       if part == "targets" else {f"parts.{part}": "unread"})
    findings = run_checks(pep, POLICY)
    v = decide(pep, findings, POLICY)
    assert v.state == "manual" and v.grade == "needs reading by hand", v.rule
    assert v.pp_plus.recommendation == "officer"
    assert v.provisional in ("Red", "Amber", "Green")
    assert "left to the officer" in v.summary()
    assert letter_context(pep, findings, v, POLICY) is None, "no letter judges a PEP pepqa could not read"
    if part == "targets":
        assert not {"EM001", "EM002", "ST007"} & {f.code for f in findings}, "no 'no targets' for unread targets"


def test_post16_without_a_pp_section_is_not_left_to_the_officer():
    pep = baseline_pep({"child.year_group": 12, "child.phase": "post16", "child.key_stage": "KS5", "pp_spend": [],
                        "pp_requested": None, "parts.pp_plus": "not_found"})
    v = decide(pep, run_checks(pep, POLICY), POLICY)
    assert v.state == "graded"


def _docx(tmp_path: Path, body) -> Path:
    d = Document()
    d.add_heading("Personal Education Plan", 0)
    d.add_heading("Personal details", 1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Name", "Jayden Griffiths"
    t.cell(1, 0).text, t.cell(1, 1).text = "Date of meeting", "14/10/2025"
    d.add_heading("Pupil voice", 1)
    d.add_paragraph("I like maths when we use the cubes.")
    d.add_heading("New targets", 1)
    body(d)
    p = tmp_path / "pep.docx"
    d.save(p)
    return p


def test_targets_laid_out_unknown_are_unread_not_absent(tmp_path):
    def body(d):
        for n, (what, how) in enumerate((("Read 40 common exception words by February half-term", "Phonics group"),
                                         ("Recall the 3, 4 and 8 times tables by Easter", "TTRS three times a week")),
                                        1):
            t = d.add_table(rows=3, cols=2)
            t.cell(0, 0).text, t.cell(0, 1).text = "Goal:", what
            t.cell(1, 0).text, t.cell(1, 1).text = "Interventions:", how
            t.cell(2, 0).text, t.cell(2, 1).text = "Pupil premium:", f"£{n * 100}"

    pep = read_pep(_docx(tmp_path, body))
    assert pep.parts["targets"] in (PartStatus.unread, PartStatus.partial, PartStatus.read)
    if pep.parts["targets"] is not PartStatus.read:
        r = check_file(str(tmp_path / "pep.docx"), POLICY)
        codes = {f.code for f in r.findings if f.audience == "school"}
        assert not {"EM001", "EM002", "ST007"} & codes, codes
        assert any(f.code == "RD004" and f.location.section == "targets" for f in r.findings)
    else:
        assert len(pep.targets) == 2


def test_an_empty_targets_box_is_a_real_absence(tmp_path):
    pep = read_pep(_docx(tmp_path, lambda d: d.add_paragraph("Click here to enter text.")))
    assert pep.parts["targets"] is PartStatus.empty
    r = check_file(str(tmp_path / "pep.docx"), POLICY)
    assert {"EM001", "EM002"} <= {f.code for f in r.findings if f.audience == "school"}


def test_samples_are_read_in_full():
    samples = Path(__file__).resolve().parent.parent / "samples"
    for p in sorted(samples.glob("*")):
        if p.suffix in (".docx", ".pdf") or (p.suffix == ".json" and not p.name.endswith((".expected.json",
                                                                                           ".findings.json"))):
            cov = read_pep(p).coverage()
            assert cov["status"] == "full" and cov["expected"] == len(CONTENT_PARTS), (p.name, cov)


def test_child_not_on_a_partly_read_attendance_list_is_not_absent():
    """'Not on the attendance list' is an inference: from a list pepqa read only in part it says nothing."""
    patch = {"pupil_voice.child_attended": None, "pupil_voice.captured_how": None,
             "attendees": [{"name": "Sam Okafor", "role": "social_worker", "role_text": "Social worker", "attended": True}]}
    read = {f.code for f in run_checks(baseline_pep(patch), POLICY)}
    partial = {f.code for f in run_checks(baseline_pep({**patch, "parts.attendees": "partial"}), POLICY)}
    assert "PV005" in read and "PV005" not in partial


def test_explain_says_which_parts_a_check_needs_and_who_reads_it():
    from click.testing import CliRunner

    from pepqa.cli import main

    out = CliRunner().invoke(main, ["explain", "EM001"]).output
    assert "Runs only when pepqa read these parts completely" in out and "targets" in out
    assert "officer only" not in out
    assert "officer only" in CliRunner().invoke(main, ["explain", "RD004"]).output
