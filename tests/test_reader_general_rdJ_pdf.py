"""General reading rules found on zoo J's PDF layouts (branch rdJ-pdf), each in one small document worded unlike
the zoo files. Each test fails if the rule is not applied (the reader before this round reads it the old way)."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _grid

from pepqa.readers import read_pep


def _bold(d, text):
    d.add_paragraph().add_run(text).bold = True


def _read(tmp_path, build):
    return read_pep(_docx(tmp_path, build))


def _head(d):
    _grid(d, [["Name", "Ruby Achterberg"], ["Date of PEP meeting", "10/03/2026"]])


def _pdf(tmp_path, body):
    from weasyprint import HTML

    path = tmp_path / "form.pdf"
    HTML(string="<html><head><style>body { font-family: sans-serif; font-size: 9pt; } b { font-weight: bold; }"
                "td { border: 1px solid black; padding: 2px; } table { border-collapse: collapse; width: 100%; }"
                ".band { background: #ccc; font-weight: bold; }"
                f"</style></head><body>{body}</body></html>").write_pdf(str(path))
    return path


def _row(*cells, band=False):
    if band:
        return f"<tr><td class='band' colspan='4'>{cells[0]}</td></tr>"
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def test_rdJ_pdf_a_log_of_meetings_is_read_for_the_latest_dated_one(tmp_path):
    # a record of two reviews, newest first: the later date's meeting is the PEP, its targets and figures only
    def block(title, when, att, target):
        return (f"<table>{_row(title, band=True)}{_row('Date of meeting', when, 'Attendance this term', att)}"
                f"{_row('Chair', 'Ms Okafor', 'Venue', 'School library')}</table><p></p>"
                f"<table>{_row('Target', 'Who', 'By when')}{_row(target, 'Class teacher', 'End of term')}</table>"
                "<p></p>")
    body = ("<table>" + _row("Name", "Ruby Achterberg", "School", "Ferndale Primary School") + "</table><p></p>"
            + block("Summer review meeting", "12/06/2026", "96.5%", "Ruby will write a four-paragraph story with a clear ending by July")
            + block("Spring review meeting", "10/03/2026", "88.0%", "Ruby will learn her 6 and 7 times tables to 100% accuracy by April"))
    pep = read_pep(_pdf(tmp_path, body))
    assert pep.meeting_date == date(2026, 6, 12)
    assert pep.attendance_percent == 96.5
    assert [t.text[:20] for t in pep.targets] == ["Ruby will write a fo"]


def test_rdJ_pdf_a_grid_cut_by_title_bands_is_read_section_by_section(tmp_path):
    # one long grid: a band naming each part heads the rows below it (a header and its items)
    body = ("<table>" + _row("Name", "Ruby Achterberg", "Date of PEP meeting", "10/03/2026")
            + _row("School", "Ferndale Primary School", "Year group", "Year 5")
            + _row("Agreed SMART targets", band=True)
            + _row("No.", "Target", "Who", "By when")
            + _row("1", "Ruby will read two chapter books and talk about the characters with her TA", "TA", "May 2026")
            + _row("2", "Ruby will add and subtract fractions with the same denominator in 8 of 10 questions", "Teacher", "June 2026")
            + _row("Pupil Premium Plus request", band=True)
            + _row("Item", "Linked target", "Cost", "")
            + _row("Reading buddy sessions with a Year 6 mentor", "1", "£60", "")
            + _row("Fraction wall kit and practice books", "2", "£35", "")
            + "</table>")
    pep = read_pep(_pdf(tmp_path, body))
    assert [t.text[:14] for t in pep.targets] == ["Ruby will read", "Ruby will add "]
    assert sorted(s.cost for s in pep.pp_spend) == [35.0, 60.0]


def test_rdJ_pdf_a_numbers_column_named_for_the_items_beside_an_unnamed_column_of_sentences(tmp_path):
    # 'Target | Subject | Agreed plan' over '1 | Science | Ruby will ...': the numbers number the targets
    def build(d):
        _head(d)
        _bold(d, "Targets")
        _grid(d, [["Target", "Subject", "Agreed plan"],
                  ["1", "Science", "Ruby will label the parts of a flowering plant and explain pollination by Easter"],
                  ["2", "History", "Ruby will put six Tudor events on a timeline in the right order by May half term"]])
    pep = _read(tmp_path, build)
    assert [(t.number, t.text[:16]) for t in pep.targets] == [(1, "Ruby will label "), (2, "Ruby will put si")]


def test_rdJ_pdf_priced_sentences_in_a_pp_paragraph_are_spend_lines(tmp_path):
    # several sentences, each a thing and its price joined by a link word or a dash, in one paragraph under PP+
    def build(d):
        _head(d)
        _bold(d, "Pupil Premium Plus")
        d.add_paragraph("Swimming lessons with a qualified instructor, costing £90 (target 1). A set of decodable "
                        "readers to take home - £45 for the spring (target 2).")
    pep = _read(tmp_path, build)
    assert sorted((s.cost, s.target_ref) for s in pep.pp_spend) == [(45.0, "2"), (90.0, "1")]
    assert any(s.description == "Swimming lessons with a qualified instructor" for s in pep.pp_spend)


def test_rdJ_pdf_the_school_after_release_from_custody_is_not_the_current_one(tmp_path):
    # beside the provider attended, the one the young person goes on to when released is a label the model does not
    # hold ([ignored], as 'previous school' is), so its value neither rivals the school nor shifts the row's pairs
    def build(d):
        _grid(d, [["Name", "Ruby Achterberg", "Date of PEP meeting", "10/03/2026"],
                  ["Current education provider", "Ferndale Secure Unit - Education", "School or college on release",
                   "Moorview Academy (from September)"],
                  ["Designated teacher", "Mr Bell", "Year group", "Year 11"]])
    assert _read(tmp_path, build).school.name == "Ferndale Secure Unit - Education"


def test_rdJ_pdf_a_topic_with_its_questions_in_brackets_is_not_the_voice(tmp_path):
    # under the voice heading, 'Talk at the meeting (what is going well / what is hard / what could change)' is the
    # box's printed heading; with nothing else in the box no voice was read
    def build(d):
        _head(d)
        _bold(d, "Pupil voice")
        d.add_paragraph("Talk at the meeting (what is going well / what is hard / what could change)")
        _bold(d, "Attendance")
        d.add_paragraph("Attendance this year: 95%")
    assert not (_read(tmp_path, build).pupil_voice.text or "").strip()


def test_rdJ_pdf_a_rating_on_word_options_under_the_targets_heading_is_not_targets(tmp_path):
    # 'Area | Beginning / Secure' over 'Reading | Secure (ahead)': a rating on the words its header prints is where
    # the child is now (attainment), and leaves the targets part it stood under fully read
    def build(d):
        _head(d)
        _bold(d, "Targets")
        _grid(d, [["No.", "Target", "By when"],
                  ["1", "Ruby will join in a group game and wait for her turn at least four times", "July 2026"]])
        _grid(d, [["Area", "Beginning / Secure"], ["Reading", "Secure (ahead)"], ["Writing", "Beginning"],
                  ["Number", "Beginning"]])
    pep = _read(tmp_path, build)
    assert [t.text[:14] for t in pep.targets] == ["Ruby will join"]
    assert pep.parts["targets"].value == "read"


def test_rdJ_pdf_a_pp_sentence_naming_what_the_money_will_buy_without_a_price(tmp_path):
    # under PP+, 'Part of the PP+ will be used for ...' with no amount is a spend line whose cost is not given
    def build(d):
        _head(d)
        _bold(d, "Pupil Premium Plus")
        d.add_paragraph("Part of the PP+ will be used for a lunchtime Lego club.")
        d.add_paragraph("Chess set for the library, costing £25 (target 1).")
    pep = _read(tmp_path, build)
    assert sorted((s.cost or 0.0) for s in pep.pp_spend) == [0.0, 25.0]
    assert any("Lego club" in s.description and s.cost is None for s in pep.pp_spend)

