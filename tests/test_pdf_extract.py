"""PDF extraction (pepqa.readers.pdf_extract) against the ePEP Online sample layout (samplegen.epep_pdf)."""
from __future__ import annotations

import hashlib
import io
import re
import time
from datetime import date
from pathlib import Path

import pytest

from pepqa.errors import ReadError
from pepqa.labels import load_labels
from pepqa.model import (PEP, PART_KEYS, AttainmentRow, Attendee, Child, Exclusion, OutcomeStatus, PreviousTarget,
                         PupilVoice, Role, School, SchoolType, Section, SENStatus, SpendLine, Target, TargetTerm, Term)
from pepqa.readers.blocks import Para, Table
from pepqa.readers.pdf_extract import extract_pdf
from samplegen import epep_pdf

_LONG = ("{n}: working with a named adult in a small group three times a week, using the school's agreed "
         "scheme and checking progress every fortnight with the class teacher and the carers at home")


def full_pep(n_targets: int = 6) -> PEP:
    """A complete PEP built by hand (no generator), long enough to span 8+ pages."""
    d = date
    targets = [
        Target(number=i, area=area, text=f"{area} target {i}: " + _LONG.format(n=f"T{i}"),
               actions=f"Actions for target {i}: " + _LONG.format(n=f"A{i}"),
               success_criteria=f"Success criteria {i}: reading age from 7.8 to 8.6 years by February half-term, "
                                f"measured on the school's standardised test",
               who="Class teacher and TA", by_when="February half-term 2026",
               term=TargetTerm.short if i % 2 else TargetTerm.long)
        for i, area in enumerate(["English", "Maths", "Wellbeing", "Reading", "Writing", "Attendance",
                                  "Science", "Phonics"][:n_targets], 1)
    ]
    return PEP(
        child=Child(name="Jamie Rivers", identifier="LCS123456", date_of_birth=d(2013, 4, 2), year_group=7,
                    key_stage="KS3", phase="secondary", legal_status="Full Care Order (s31)",
                    date_entered_care=d(2021, 9, 14), gender="Male", ethnicity="White British"),
        school=School(name="Northfield Academy", type=SchoolType.mainstream, type_text="Mainstream academy",
                      urn="140123"),
        term=Term.autumn, academic_year="2025-26", meeting_date=d(2025, 10, 8), completed_date=d(2025, 10, 20),
        next_pep_date=d(2026, 2, 4),
        attendees=[Attendee(name="Sam Patel", role=Role.social_worker, role_text="Social worker", attended=True),
                   Attendee(name="Ms Holt", role=Role.designated_teacher, role_text="Designated teacher",
                            attended=True),
                   Attendee(name="Jo Rivers", role=Role.carer, role_text="Foster carer", attended=True),
                   Attendee(name="Ali Khan", role=Role.virtual_school, role_text="Virtual school adviser",
                            attended=False)],
        sections={k: Section(completed=True, signed_by="Ms Holt", signed_date=d(2025, 10, 20))
                  for k in ("social_worker", "designated_teacher", "pupil_voice", "virtual_school", "qa")},
        attainment=[AttainmentRow(subject="English", current="Working towards", expected="Expected",
                                  progress="On track"),
                    AttainmentRow(subject="Maths", current="Expected", expected="Expected", progress="On track")],
        attendance_percent=93.4,
        exclusions=[Exclusion(kind="suspension", date=d(2025, 9, 22), days=1.5, reason="Fighting at lunchtime",
                              support="Lunchtime club and a check-in with the learning mentor")],
        part_time_timetable=False, sen_status=SENStatus.sen_support, sen_details="Speech, language and communication",
        sdq_score=17, wellbeing="Jamie is settled and sees the school counsellor every Tuesday.",
        pupil_voice=PupilVoice(
            text="I like science because we do experiments and Mr Dee lets me help.\n"
                 "Maths is hard when there are lots of words. I want help with times tables.",
            captured_by="Ms Holt", captured_how="In a one-to-one chat before the meeting", child_attended=False),
        previous_targets=[PreviousTarget(number=1, area="English", text="Read for 10 minutes each night",
                                         outcome="Reading log shows 5 nights a week", status=OutcomeStatus.achieved)],
        targets=targets,
        pp_spend=[SpendLine(description="Maths tutoring with a qualified tutor", cost=180.0,
                            cost_text="£30/hr x 6 = £180", target_ref="Target 2",
                            intended_impact="Recall of times tables up to 12x12")],
        pp_requested=600.0, pp_impact_review="Last term's reading tuition moved the reading age on by 6 months.",
        aspirations="Jamie wants to be a vet.", transition="Moving to Year 8 in September; no change of school.",
        roni="Low",
    )


# ----------------------------------------------------------------------------------------------
# helpers

HEADINGS = [epep_pdf.HEADINGS[k] for k in ("child", "meeting", "attendees", "social_worker", "designated_teacher",
                                           "attainment", "attendance", "sen", "pupil_voice", "previous_targets",
                                           "targets", "pp_plus", "aspirations", "virtual_school", "qa")]


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """A full PEP with 8 long targets (so the targets table must cross a page), written and extracted."""
    path = tmp_path_factory.mktemp("pdf") / "pep.pdf"
    pep = full_pep(8)
    expected = epep_pdf.write(pep, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    doc = extract_pdf(path)
    return pep, expected, path, doc, before


def all_texts(doc) -> list[str]:
    out = []
    for b in doc.blocks:
        if isinstance(b, Para):
            out.append(b.text)
        else:
            out += [c.text for row in b.rows for c in row]
    return out


def targets_table(doc) -> Table:
    found = [b for b in doc.blocks if isinstance(b, Table) and b.rows and "Success criteria" in
             [c.text for c in b.rows[0]]]
    assert len(found) == 1, "the targets table must be emitted once"
    return found[0]


# ----------------------------------------------------------------------------------------------
# the sample layout


def test_layout_wording_maps_back_through_labels():
    labels = load_labels()
    for key, heading in epep_pdf.HEADINGS.items():
        assert labels.match_part(heading) == key, heading
    assert labels.match_part(epep_pdf.SCHOOL_SUBHEADING) == "school"
    for key, variants in epep_pdf.FIELD_LABELS.items():
        for v in variants:
            assert labels.match_field(v, prefix="section." if key.startswith("section.") else None) == key, v
    for key, variants in epep_pdf.COLUMN_LABELS.items():
        table, col = key.split(".")
        for v in variants:
            assert labels.match_column(v, table) == col, v


def test_full_pep_is_8_to_15_pages_with_parts(written):
    _, expected, _, doc, _ = written
    assert 8 <= doc.pages <= 15
    assert set(expected.parts) == set(PART_KEYS) and all(expected.parts.values())


def test_writer_is_deterministic_and_fast(tmp_path):
    pep = full_pep(5)
    t0 = time.perf_counter()
    e1 = epep_pdf.write(pep, tmp_path / "a.pdf")
    elapsed = time.perf_counter() - t0
    e2 = epep_pdf.write(pep, tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert e1 == e2
    assert elapsed < 1.0  # ~0.04 s on a developer machine; generous for CI


def test_expected_drops_what_is_not_written(tmp_path):
    pep = full_pep(2)
    pep.sections["bogus"] = Section(completed=True)
    pep.pp_spend[0].number = 7  # the layout has no number column
    pep.child.name = "Zoë Łukasz\tRivers"  # Ł is outside the PDF base fonts: transliterated
    exp = epep_pdf.write(pep, tmp_path / "x.pdf")
    assert "bogus" not in exp.sections
    assert exp.pp_spend[0].number is None
    assert exp.child.name == "Zoë Lukasz Rivers"
    assert exp.provenance == {} and exp.source_file is None
    assert any("Zoë Lukasz Rivers" in t for t in all_texts(extract_pdf(tmp_path / "x.pdf")))


# ----------------------------------------------------------------------------------------------
# extraction


def test_headings_in_order(written):
    _, _, _, doc, _ = written
    heads = [b.text for b in doc.blocks if isinstance(b, Para) and b.heading_level == 1]
    numbered = [h for h in heads if re.match(r"\d+\. ", h)]
    assert numbered == HEADINGS
    assert "School details" in heads
    assert all(b.bold for b in doc.blocks if isinstance(b, Para) and b.heading_level)


def test_label_value_lines_and_voice(written):
    pep, _, _, doc, _ = written
    paras = [b.text for b in doc.blocks if isinstance(b, Para)]
    assert any(re.fullmatch(r"(Did the child attend|Did the child attend the meeting|Did the young person attend): "
                            r"\[ \] Yes \[X\] No", t) for t in paras)
    assert any(re.fullmatch(r"(Captured by|Views gathered by|Views recorded by): Ms Holt", t) for t in paras)
    assert sum(t == "Section completed: Yes" or t == "Section completed: [X] Yes [ ] No" for t in paras) == 5
    # each voice paragraph is one Para (wrapped lines joined), separate from its neighbours
    for line in pep.pupil_voice.text.split("\n"):
        assert line in paras
    # a long wrapped narrative paragraph is one block, not one block per line
    assert max(len(t) for t in paras) > 400


def test_targets_table_is_one_table_across_pages(written):
    pep, _, _, doc, _ = written
    t = targets_table(doc)
    header = [c.text for c in t.rows[0]]
    assert header == ["No.", "Area", "Target", "Actions", "Success criteria", "Who", "By when", "Term"]
    assert len(t.rows) == 1 + len(pep.targets)
    assert [r[0].text for r in t.rows[1:]] == [str(i) for i in range(1, len(pep.targets) + 1)]
    assert sum([c.text for c in r] == header for r in t.rows) == 1, "repeated header row must be dropped"
    pages = [r[0].prov.page for r in t.rows]
    assert len(set(pages)) >= 2, "the sample should make the targets table cross a page break"
    assert [r[0].prov.row for r in t.rows] == list(range(len(t.rows)))
    assert {c.prov.table for r in t.rows for c in r} == {t.prov.table}
    cell = t.rows[3][2]
    assert cell.text.replace("\n", " ") == re.sub(r"\s+", " ", pep.targets[2].text)


def test_no_running_header_or_footer(written):
    _, _, _, doc, _ = written
    for text in all_texts(doc):
        assert "ePEP Online — Personal Education Plan" not in text
        assert "OFFICIAL-SENSITIVE" not in text
        assert not re.search(r"Page \d+ of \d+", text)
        assert "Child ID LCS123456" not in text


def test_provenance(written):
    _, _, path, doc, _ = written
    assert doc.format == "pdf" and doc.path == str(path)
    first = doc.blocks[0]
    assert isinstance(first, Para) and first.prov.page == 1 and first.prov.paragraph == 0
    assert first.prov.file == str(path)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [t.prov.table for t in tables] == list(range(len(tables)))
    pages = [b.prov.page for b in doc.blocks]
    assert pages == sorted(pages)


def test_input_unchanged(written):
    _, _, path, _, before = written
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_round_trip_through_the_interpreter(written):
    from pepqa.readers.interpret import interpret

    _, expected, _, doc, _ = written
    got = interpret(doc, load_labels())

    def norm(x):
        if isinstance(x, dict):
            return {k: norm(v) for k, v in x.items()}
        if isinstance(x, list):
            return [norm(v) for v in x]
        return re.sub(r"\s+", " ", x).strip() if isinstance(x, str) else x

    assert norm(got.comparable()) == norm(expected.comparable())


def test_extraction_speed(written):
    _, _, path, doc, _ = written
    t0 = time.perf_counter()
    extract_pdf(path)
    elapsed = time.perf_counter() - t0
    assert elapsed < 0.6 * doc.pages  # ~0.025 s a page on a developer machine; generous for CI


# ----------------------------------------------------------------------------------------------
# paragraphs built from lines (hand-made PDFs)


def _canvas_pdf(path: Path, pages: list[list[tuple[float, str, str]]]) -> None:
    """Each page is a list of (y from top, font, text) lines drawn at x=72 in 10 pt."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        for y, font, text in lines:
            x = 72
            for part_font, part in ((font, text),) if "|" not in text else zip(font.split("|"), text.split("|")):
                c.setFont(part_font, 10)
                c.drawString(x, A4[1] - y, part)
                x += c.stringWidth(part, part_font, 10)
        c.showPage()
    c.save()


def _fill(words: str, width: float = 451) -> str:
    """The longest prefix of ``words`` that fits in ``width`` points of 10 pt Helvetica."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out = ""
    for w in words.split():
        cand = (out + " " + w).strip()
        if stringWidth(cand, "Helvetica", 10) > width:
            break
        out = cand
    return out


WORDS = ("Jamie enjoys science and says that the best part of school is helping in the lab with Mr Dee "
         "and the worst part is the long wait for the bus home at the end of a busy day in school")


def test_wrapped_lines_join_and_short_lines_do_not(tmp_path):
    full = _fill(WORDS)
    rest = WORDS[len(full) + 1:]
    p = tmp_path / "wrap.pdf"
    _canvas_pdf(p, [[
        (100, "Helvetica", full), (112, "Helvetica", rest),  # one wrapped paragraph
        (124, "Helvetica", "Short line one."), (136, "Helvetica", "Short line two."),  # two lines, not wrapped
        (160, "Helvetica", "Another paragraph after a gap."),
        (172, "Helvetica-Bold|Helvetica", "Captured by: |Ms Holt"),
    ]])
    doc = extract_pdf(p)
    assert [b.text for b in doc.blocks] == [WORDS, "Short line one.", "Short line two.",
                                            "Another paragraph after a gap.", "Captured by: Ms Holt"]
    assert [b.prov.paragraph for b in doc.blocks] == [0, 2, 3, 4, 5]
    assert all(b.heading_level is None for b in doc.blocks)


def test_paragraph_continued_on_next_page_is_joined(tmp_path):
    full = _fill(WORDS)
    rest = WORDS[len(full) + 1:]
    p = tmp_path / "cont.pdf"
    _canvas_pdf(p, [[(700, "Helvetica", "A first paragraph."), (760, "Helvetica", full)],
                    [(80, "Helvetica", rest), (110, "Helvetica", "Next paragraph.")]])
    doc = extract_pdf(p)
    assert [b.text for b in doc.blocks] == ["A first paragraph.", WORDS, "Next paragraph."]
    assert (doc.blocks[1].prov.page, doc.blocks[1].prov.paragraph) == (1, 1)


def test_heading_needs_bold_and_larger(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    p = tmp_path / "h.pdf"
    c = Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 700, "9. My views")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, 670, "Bold body text")
    c.setFont("Helvetica", 10)
    for i in range(5):
        c.drawString(72, 640 - 30 * i, f"Body line {i}")
    c.showPage()
    c.save()
    doc = extract_pdf(p)
    assert [(b.text, b.heading_level, b.bold) for b in doc.blocks[:2]] == [("9. My views", 1, True),
                                                                           ("Bold body text", None, True)]


# ----------------------------------------------------------------------------------------------
# files pepqa cannot read


def _image_only_pdf(path: Path, pages: int = 2, text_on_first: bool = False) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    img = ImageReader(Image.new("RGB", (120, 60), "white"))
    c = Canvas(str(path))
    for i in range(pages):
        if text_on_first and i == 0:
            c.drawString(72, 700, "Name: Jamie Rivers")
        else:
            c.drawImage(img, 72, 400, 400, 200)
        c.showPage()
    c.save()


def test_scanned_pdf_is_refused(tmp_path):
    p = tmp_path / "scan.pdf"
    _image_only_pdf(p)
    with pytest.raises(ReadError, match="scanned"):
        extract_pdf(p)


def test_scanned_page_is_noted(tmp_path):
    p = tmp_path / "mixed.pdf"
    _image_only_pdf(p, pages=2, text_on_first=True)
    doc = extract_pdf(p)
    assert doc.notes == ["page 2 has no text layer (scanned image?)"]
    assert [b.text for b in doc.blocks] == ["Name: Jamie Rivers"]


def test_encrypted_pdf_is_refused(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    p = tmp_path / "locked.pdf"
    c = Canvas(str(p), encrypt=pdfencrypt.StandardEncryption("user-pw", "owner-pw"))
    c.drawString(72, 700, "Name: Jamie Rivers")
    c.showPage()
    c.save()
    before = p.read_bytes()
    with pytest.raises(ReadError, match="encrypted PDF: remove the password"):
        extract_pdf(p)
    assert p.read_bytes() == before


@pytest.mark.parametrize("make, reason", [
    (lambda good: good[: len(good) // 2], "truncated"),
    (lambda good: good[:-40], "truncated"),
    (lambda good: bytes(range(256)) * 40, "not a PDF"),
    (lambda good: b"", "empty"),
    (lambda good: b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n", "damaged"),
])
def test_broken_files_are_one_line_errors(tmp_path, written, make, reason):
    _, _, good_path, _, _ = written
    p = tmp_path / "bad.pdf"
    p.write_bytes(make(good_path.read_bytes()))
    before = p.read_bytes()
    with pytest.raises(ReadError) as e:
        extract_pdf(p)
    assert reason in e.value.reason and "\n" not in str(e.value)
    assert p.read_bytes() == before


def test_too_many_pages(tmp_path, monkeypatch):
    from pepqa.readers import pdf_extract

    monkeypatch.setattr(pdf_extract, "MAX_PAGES", 3)
    p = tmp_path / "long.pdf"
    _canvas_pdf(p, [[(100, "Helvetica", f"Page body {i}")] for i in range(4)])
    with pytest.raises(ReadError, match="too many pages"):
        extract_pdf(p)
