"""DOCX extraction: each python-docx trap, hostile packages, and the two Word sample layouts."""
from __future__ import annotations

import hashlib
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document as new_document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

from pepqa.errors import ReadError
from pepqa.labels import load_labels, normalise
from pepqa.model import (
    PART_KEYS, PEP, Attendee, AttainmentRow, Child, Exclusion, PreviousTarget, PupilVoice, School, Section,
    SpendLine, Target,
)
from pepqa.readers.blocks import Para, Table
from pepqa.readers.docx_extract import _parser, extract_docx
from samplegen import narrative, wordform

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')


def make_docx(tmp_path: Path, body_xml: str = "", build=None, name: str = "t.docx") -> Path:
    """A real python-docx document, with raw body XML appended before the section properties."""
    doc = new_document()
    if build:
        build(doc)
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    for el in list(parse_xml(f"<w:body {NS}>{body_xml}</w:body>")):
        sect.addprevious(el)
    p = tmp_path / name
    doc.save(str(p))
    return p


def texts(doc) -> list:
    out = []
    for b in doc.blocks:
        out.append(b.text if isinstance(b, Para) else b.texts())
    return out


def p(inner: str) -> str:
    return f"<w:p>{inner}</w:p>"


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def sdt(content: str, placeholder: bool = False, extra: str = "") -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return f'<w:sdt><w:sdtPr><w:id w:val="1"/>{shown}{extra}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'


def formtext(result: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:textInput/>'
            '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def formcheck(state: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/>'
            f'<w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def w14box(on: bool, glyph: str = "X") -> str:
    return sdt(r(glyph), extra=f'<w14:checkbox><w14:checked w14:val="{int(on)}"/></w14:checkbox>')


# ---------------------------------------------------------------------------------------------
# The traps


def test_content_controls_at_run_block_row_and_cell_level(tmp_path):
    row_sdt = sdt("<w:tr><w:tc>" + p(r("Row label")) + "</w:tc><w:tc>" + p(r("row value")) + "</w:tc></w:tr>")
    cell_sdt = sdt("<w:tc>" + p(r("Cell in control")) + "</w:tc>")
    xml = (p(r("Child's name: ") + sdt(r("Maya ") + r("Thompson")))
           + sdt(p(r("Block control text")))
           + f"<w:tbl><w:tr><w:tc>{p(r('A'))}</w:tc>{cell_sdt}</w:tr>{row_sdt}</w:tbl>")
    doc = extract_docx(make_docx(tmp_path, xml))
    assert texts(doc) == ["Child's name: Maya Thompson", "Block control text",
                          [["A", "Cell in control"], ["Row label", "row value"]]]


def test_placeholders_read_as_empty(tmp_path):
    xml = (p(r("Date of birth: ") + sdt(r("Click here to enter a date."), placeholder=True))
           + p(r("School: ") + sdt('<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Pick one</w:t></w:r>'))
           + p(r("Choose an item."))
           + p(r("Term: ") + formtext("Click here to enter text."))
           + p(r("Year: ") + formtext("\u2002\u2002\u2002\u2002\u2002"))
           + p(r("Legal status: Click or tap here to enter text."))
           + sdt(p(r("Whole block placeholder")), placeholder=True))
    assert texts(extract_docx(make_docx(tmp_path, xml))) == [
        "Date of birth:", "School:", "Term:", "Year:", "Legal status:"]


def test_legacy_form_fields(tmp_path):
    xml = (p(r("Name: ") + formtext("Maya Thompson"))
           + p(formcheck('<w:default w:val="1"/>') + r(" Yes ") + formcheck('<w:default w:val="0"/>') + r(" No"))
           + p(formcheck('<w:default w:val="0"/><w:checked/>') + r(" Yes ")
               + formcheck('<w:default w:val="1"/><w:checked w:val="0"/>') + r(" No"))
           + p(r("Gender: ") + '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Drop1"/><w:ddList>'
               '<w:result w:val="1"/><w:listEntry w:val="Male"/><w:listEntry w:val="Female"/></w:ddList></w:ffData>'
               '</w:fldChar></w:r><w:r><w:instrText> FORMDROPDOWN </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    assert texts(extract_docx(make_docx(tmp_path, xml))) == [
        "Name: Maya Thompson", "☒ Yes ☐ No", "☒ Yes ☐ No", "Gender: Female"]


def test_w14_checkboxes_use_the_state_not_the_glyph(tmp_path):
    xml = p(w14box(False, "☐") + r(" None ") + w14box(True, "\u00fe") + r(" SEN support ") + w14box(False) + r(" EHCP"))
    assert texts(extract_docx(make_docx(tmp_path, xml))) == ["☐ None ☒ SEN support ☐ EHCP"]


def test_merged_cells_once_per_row_with_grid_positions(tmp_path):
    def build(doc):
        t = doc.add_table(rows=3, cols=3)
        t.cell(0, 0).merge(t.cell(0, 2)).text = "Full-width band"
        t.cell(1, 0).merge(t.cell(2, 0)).text = "Tall label"
        for (i, j, v) in ((1, 1, "b1"), (1, 2, "c1"), (2, 1, "b2"), (2, 2, "c2")):
            t.cell(i, j).text = v

    doc = extract_docx(make_docx(tmp_path, build=build))
    (table,) = doc.blocks
    assert table.texts() == [["Full-width band"], ["Tall label", "b1", "c1"], ["Tall label", "b2", "c2"]]
    assert [[c.prov.cell for c in row] for row in table.rows] == [[0], [0, 1, 2], [0, 1, 2]]
    assert table.rows[2][1].prov.row == 2 and table.rows[2][1].prov.table == 0


def test_nested_table_kept_in_cell_not_duplicated(tmp_path):
    def build(doc):
        outer = doc.add_table(rows=1, cols=2)
        outer.cell(0, 0).text = "Sign-off block"
        inner = outer.cell(0, 1).add_table(rows=1, cols=2)
        inner.cell(0, 0).text = "Signed by"
        inner.cell(0, 1).text = "Sarah Khan"
        doc.add_table(rows=1, cols=1).cell(0, 0).text = "after"

    doc = extract_docx(make_docx(tmp_path, build=build))
    outer, after = doc.blocks
    cell = outer.rows[0][1]
    assert cell.text == "" and len(cell.tables) == 1
    assert cell.tables[0].texts() == [["Signed by", "Sarah Khan"]]
    assert (outer.prov.table, cell.tables[0].prov.table, after.prov.table) == (0, 1, 2)
    assert after.prov.paragraph == 1


def test_document_order_headings_bold_and_no_headers(tmp_path):
    def build(doc):
        doc.sections[0].header.paragraphs[0].text = "OFFICIAL SENSITIVE header"
        doc.sections[0].footer.paragraphs[0].text = "footer text"
        doc.add_heading("Personal Education Plan", 0)
        doc.add_heading("Section A", 1)
        doc.add_paragraph("first\tparagraph   with  spaces")
        doc.add_table(rows=1, cols=1).cell(0, 0).text = "T1"
        doc.add_heading("Targets", 2)
        doc.add_paragraph().add_run("Bold label").bold = True
        doc.add_table(rows=1, cols=1).cell(0, 0).text = "T2"

    doc = extract_docx(make_docx(tmp_path, p('<w:pPr><w:outlineLvl w:val="2"/></w:pPr>' + r("Outline heading")),
                                 build=build))
    assert texts(doc) == ["Personal Education Plan", "Section A", "first paragraph with spaces", [["T1"]], "Targets",
                          "Bold label", [["T2"]], "Outline heading"]
    assert [getattr(b, "heading_level", "t") for b in doc.blocks] == [1, 1, None, "t", 2, None, "t", 3]
    assert [getattr(b, "bold", None) for b in doc.blocks][5] is True
    assert [b.prov.paragraph for b in doc.blocks] == list(range(8))
    assert [b.prov.table for b in doc.blocks if isinstance(b, Table)] == [0, 1]


def test_tracked_changes_and_line_breaks(tmp_path):
    xml = p(r("kept ") + '<w:del w:id="1" w:author="x"><w:r><w:delText>deleted</w:delText></w:r></w:del>'
            + '<w:ins w:id="2" w:author="x">' + r("inserted") + "</w:ins>"
            + '<w:r><w:br/><w:t>next line</w:t></w:r>')
    doc = extract_docx(make_docx(tmp_path, xml))
    assert texts(doc) == ["kept inserted\nnext line"]
    assert any("tracked changes" in n for n in doc.notes)


def test_input_not_modified(tmp_path):
    path = make_docx(tmp_path, p(r("hello")))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    extract_docx(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


# ---------------------------------------------------------------------------------------------
# Hostile and broken packages


def _minimal_parts(document_xml: bytes) -> dict[str, bytes]:
    return {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               b'content-types"/>',
        "word/document.xml": document_xml,
    }


def _zip(path: Path, parts: dict[str, bytes], tweak=None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        if tweak:
            tweak(zf)
    return path


LOL = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "lollollollollollollollollollol">'
       + b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
       + b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">'
       + b'<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">'
       + b'<!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>'
       + b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
       + b"<w:t>&i;</w:t></w:r></w:p></w:body></w:document>")
XXE = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
       b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
       b"<w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
GOOD_XML = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
            b"<w:t>ok</w:t></w:r></w:p></w:body></w:document>")


def _bomb_ratio(tmp):
    return _zip(tmp / "bomb.docx", {**_minimal_parts(GOOD_XML), "word/media/zeros.bin": b"\0" * 3_000_000})


def _bomb_declared(tmp):
    def tweak(zf):
        zf.filelist[-1].file_size = 300 * 1024 * 1024  # the central directory lies about the size
    return _zip(tmp / "declared.docx", {**_minimal_parts(GOOD_XML), "word/media/x.bin": b"x" * 100}, tweak)


def _many(tmp):
    parts = _minimal_parts(GOOD_XML)
    parts.update({f"word/media/e{i}.bin": b"" for i in range(5000)})
    return _zip(tmp / "many.docx", parts)


def _encrypted_entry(tmp):
    def tweak(zf):
        zf.filelist[-1].flag_bits |= 0x1
    return _zip(tmp / "enc.docx", _minimal_parts(GOOD_XML), tweak)


def _truncated(tmp):
    good = make_docx(tmp, p(r("some text")), name="whole.docx").read_bytes()
    (tmp / "cut.docx").write_bytes(good[: len(good) // 2])
    return tmp / "cut.docx"


def _write(name, data):
    def f(tmp):
        (tmp / name).write_bytes(data)
        return tmp / name
    return f


HOSTILE = {
    "zip bomb (ratio)": (_bomb_ratio, "zip bomb"),
    "zip bomb (declared size)": (_bomb_declared, "zip bomb"),
    "5000 entries": (_many, "entries"),
    "billion laughs": (lambda t: _zip(t / "lol.docx", _minimal_parts(LOL)), "DTD"),
    "external entity": (lambda t: _zip(t / "xxe.docx", _minimal_parts(XXE)), "DTD"),
    "no document.xml": (lambda t: _zip(t / "nodoc.docx", {"[Content_Types].xml": b"<Types/>"}), "word/document.xml"),
    "encrypted zip entry": (_encrypted_entry, "encrypted"),
    "truncated": (_truncated, "damaged or truncated"),
    "not a zip": (_write("plain.docx", b"This is not a Word document at all"), "not a zip"),
    "empty": (_write("empty.docx", b""), "empty"),
    "password-protected": (_write("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64
                                  + "EncryptionInfo".encode("utf-16-le")), "password-protected"),
    "bad xml": (lambda t: _zip(t / "bad.docx", _minimal_parts(b"<w:document><w:body>")), "not well-formed"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_is_refused_quickly(tmp_path, case):
    build, reason = HOSTILE[case]
    path = build(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    t0 = time.perf_counter()
    with pytest.raises(ReadError) as e:
        extract_docx(path)
    assert time.perf_counter() - t0 < 2.0
    assert reason.lower() in e.value.reason.lower(), e.value.reason
    assert "\n" not in str(e.value) and "root:" not in str(e.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_parser_itself_never_expands_entities():
    """Defence in depth: even without the DTD pre-check the parser neither expands nor fetches."""
    try:
        root = etree.fromstring(LOL, _parser())
    except etree.XMLSyntaxError:
        pass  # libxml2 refuses the amplification outright
    else:
        assert len(etree.tostring(root)) < 2000
    root = etree.fromstring(XXE, _parser())
    assert "root:" not in "".join(t for t in root.itertext() if isinstance(t, str))
    assert b"root:" not in etree.tostring(root)


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="not found"):
        extract_docx(tmp_path / "nope.docx")


# ---------------------------------------------------------------------------------------------
# The sample layouts


def hand_pep() -> PEP:
    return PEP(
        child=Child(name="Maya Thompson", identifier="LCS-4471", date_of_birth=date(2016, 3, 9), year_group=4,
                    key_stage="KS2", phase="primary", legal_status="Full Care Order (s31)",
                    date_entered_care=date(2021, 6, 1), gender="Female", ethnicity="White British"),
        school=School(name="Oakfield Primary School", type="mainstream", type_text="Mainstream primary",
                      urn="123456"),
        term="autumn", academic_year="2025-26", meeting_date=date(2025, 10, 14), completed_date=date(2025, 10, 20),
        next_pep_date=date(2026, 2, 3),
        attendees=[Attendee(name="Sarah Khan", role="designated_teacher", role_text="Designated teacher", attended=True),
                   Attendee(name="Tom Lewis", role="social_worker", attended=True),
                   Attendee(name="Grace Doyle", role="carer", role_text="Foster carer", attended=False)],
        sections={k: Section(completed=True, signed_by="Sarah Khan", signed_date=date(2025, 10, 20))
                  for k in ("social_worker", "designated_teacher", "pupil_voice", "virtual_school", "qa")},
        attainment=[AttainmentRow(subject="Reading", current="WTS", expected="EXS", progress="On track"),
                    AttainmentRow(subject="Maths", current="PKF", expected="WTS", progress="Below")],
        attendance_percent=93.5,
        exclusions=[Exclusion(kind="suspension", date=date(2025, 9, 22), days=1.0, reason="Hit a peer",
                              support="Daily check-in with learning mentor")],
        part_time_timetable=False, sen_status="sen_support", sen_details="Speech, language and communication",
        sdq_score=17, wellbeing="Settled at home; enjoys swimming.",
        pupil_voice=PupilVoice(text="I like reading with Mrs Khan.\nMaths is hard when it is noisy.",
                               captured_by="Sarah Khan", captured_how="Talked with Maya before the meeting",
                               child_attended=True, previous_text="I want more friends."),
        previous_targets=[PreviousTarget(text="To read 20 tricky words", outcome="Reads 18 of 20", status="partly_achieved")],
        targets=[Target(area="English", text="To read 40 Year 4 words by February half-term",
                        actions="Daily 10-minute practice with TA", success_criteria="Reads 40/40 on the check",
                        who="Mrs Khan", by_when="13/02/2026", term="short"),
                 Target(area="Maths", text="To recall 6x and 8x tables", actions="Times Tables Rock Stars 3x a week",
                        success_criteria="Scores 20/25 on the MTC practice", who="Class teacher",
                        by_when="July 2026", term="long")],
        pp_spend=[SpendLine(description="1:1 reading tuition", target_ref="Target 1", cost=180.0,
                            cost_text="£30/hr x 6 = £180", intended_impact="Reads 40/40 words")],
        pp_requested=180.0, pp_impact_review="Last term's tutoring moved reading age on 6 months.",
        aspirations="To be a vet.", transition="Visits to the junior site in summer term.",
        roni="Not applicable (primary)",
    )


@pytest.mark.parametrize("writer", [wordform, narrative], ids=["wordform", "narrative"])
def test_sample_layout_reads_back(tmp_path, writer):
    pep = hand_pep()
    path = tmp_path / f"{writer.__name__.split('.')[-1]}.docx"
    exp = writer.write(pep, path)
    doc = extract_docx(path)
    flat = []

    def walk(blocks):
        for b in blocks:
            if isinstance(b, Para):
                flat.append(b.text)
            else:
                for row in b.rows:
                    for c in row:
                        flat.append(c.text)
                        walk(c.tables)

    walk(doc.blocks)
    alltext = "\n".join(flat)
    for needle in ("Maya Thompson", "Oakfield Primary School", "I like reading with Mrs Khan.",
                   "To read 40 Year 4 words by February half-term", "£30/hr x 6 = £180", "Times Tables Rock Stars"):
        assert needle in alltext, needle
    for placeholder in ("Click here to enter text.", "Choose an item.", "Click here to enter a date."):
        assert placeholder not in alltext
    assert "OFFICIAL" not in alltext
    assert set(exp.parts) == set(PART_KEYS)
    assert exp.pupil_voice.text == pep.pupil_voice.text
    assert [t.text for t in exp.targets] == [t.text for t in pep.targets]
    if writer is wordform:
        assert "☐ None ☒ SEN support ☐ EHCP" in flat
        assert any(c.tables for b in doc.blocks if isinstance(b, Table) for row in b.rows for c in row)
        assert any(len(row) == 1 for b in doc.blocks if isinstance(b, Table) for row in b.rows
                   if len(b.rows[-1]) == 4)  # the full-width band row
        assert all(v in ("read", "empty") for v in exp.parts.values())
        assert exp.sections["qa"].signed_by == "Sarah Khan"
    else:
        assert "Target 1 (English): To read 40 Year 4 words by February half-term" in flat
        assert "Apologies: Grace Doyle – Foster carer" in flat
        assert exp.sections == {} and exp.sdq_score is None and exp.child.identifier is None
        assert exp.parts["qa"] == "not_found" and exp.parts["targets"] == "read"


def test_unfilled_wordform_values_are_placeholders(tmp_path):
    pep = PEP(child=Child(name="Ali Khan"))
    path = tmp_path / "blank.docx"
    exp = wordform.write(pep, path)
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml").decode()
    assert "Click here to enter text." in xml and "Choose an item." in xml and "showingPlcHdr" in xml
    cells = [c.text for b in extract_docx(path).blocks if isinstance(b, Table) for row in b.rows for c in row]
    assert "Ali Khan" in cells and not any("Click here" in c or "Choose an" in c for c in cells)
    assert exp.child.date_of_birth is None and exp.sections["qa"].signed_by is None


def test_wordform_and_narrative_round_trip_through_the_reader(tmp_path):
    from pepqa.compare import compare
    from pepqa.readers import read_pep

    for writer in (wordform, narrative):
        path = tmp_path / f"rt-{writer.__name__.split('.')[-1]}.docx"
        exp = writer.write(hand_pep(), path)
        right, total, diffs = compare(exp.comparable(), read_pep(path).comparable())
        assert not diffs, f"{path.name}: {right}/{total}\n" + "\n".join(diffs)


def test_wordform_labels_and_headings_match_labels_toml():
    labels = load_labels()
    for key, options in wordform.LABELS.items():
        for label in options:
            assert key in [k for k, syns in labels.fields.items() if normalise(label) in syns], (key, label)
    for key, heading in wordform.HEADINGS.items():
        assert labels.match_part(heading) == key, heading
    for key, heading in narrative.HEADINGS.items():
        assert labels.match_part(heading) == key, heading
    assert labels.match_part(narrative.TITLE) == "meeting"


def test_extraction_is_fast(tmp_path):
    path = tmp_path / "speed.docx"
    wordform.write(hand_pep(), path)
    extract_docx(path)
    best = min(_timed(extract_docx, path) for _ in range(5))
    assert best < 0.05, f"{best * 1000:.0f} ms"


def _timed(f, *a) -> float:
    t = time.perf_counter()
    f(*a)
    return time.perf_counter() - t
