"""`pepqa labels accept`: the officer accepts lines of a batch's unread-labels.csv into the authority's labels
file, and the next run reads what was accepted (issue 11, part 3). Nothing is applied that was not accepted."""
from __future__ import annotations

import csv
import json
import os
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document as new_document

from pepqa.cli import main
from pepqa.labels import DEFAULT_LABELS, load_labels

ROWS = [("Student name", "Jordan Pike"), ("Date of this PEP", "18/11/2025"),
        ("Attendance figure from the school office this term", "93.5%"), ("Heritage", "White British")]


def _docx(path: Path, rows=ROWS) -> Path:
    d = new_document()
    d.add_paragraph().add_run("Personal details").bold = True
    t = d.add_table(rows=len(rows), cols=2)
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    d.save(str(path))
    return path


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _batch(inbox: Path, out: Path, *extra):
    r = _run("batch", inbox, "--out", out, "--today", "2026-01-10", "--workers", "1", "--no-progress", *extra)
    assert r.exit_code in (0, 1), r.output
    return list(csv.DictReader(open(out / "unread-labels.csv", encoding="utf-8"))), r.output


def _write_csv(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["label", "times", "nearest field", "accept", "example file"])
        w.writeheader()
        w.writerows(rows)
    return path


def _line(label, accept="", near=""):
    return {"label": label, "times": "1", "nearest field": near, "accept": accept, "example file": "x.docx"}


def _read(pep_file: Path, *extra) -> dict:
    r = _run("check", pep_file, "--format", "json", "--today", "2026-01-10", *extra)
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.output)["pep"]


def test_round_trip_batch_accept_rerun_reads_the_accepted_fields(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inbox = tmp_path / "in"
    inbox.mkdir()
    pep_file = _docx(inbox / "a.docx")
    rows, said = _batch(inbox, tmp_path / "out1")
    assert "2 labels read with a value but not placed: see " in said and "`pepqa labels accept`" in said
    by = {r["label"]: r for r in rows}
    assert by["Attendance figure from the school office this term"]["nearest field"] == "attendance_percent"
    assert "Heritage" in by and all(r["accept"] == "" for r in rows)  # the accept column is there, empty
    before = _read(pep_file)
    assert before["attendance_percent"] is None and before["child"]["ethnicity"] is None

    # The officer accepts two lines: one with the nearest field (yes), one naming the field.
    by["Attendance figure from the school office this term"]["accept"] = "yes"
    by["Heritage"]["accept"] = "child.ethnicity"
    accepted = tmp_path / "accepted.csv"
    with open(accepted, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    policy = tmp_path / "pepqa.toml"
    policy.write_text('[data]\nlabels_file = "authority-labels.toml"\n', encoding="utf-8")
    r = _run("labels", "accept", accepted, "--policy", policy)
    assert r.exit_code == 0, r.output
    assert "added: 'Heritage' as field child.ethnicity (line 3); its example file now reads it as child.ethnicity" \
        in r.output  # tried on the example file before anything was written
    assert "example file now reads it as attendance_percent" in r.output and "a.docx" not in r.output
    assert "added 2 labels to authority-labels.toml (new file)" in r.output
    written = tomllib.loads((tmp_path / "authority-labels.toml").read_text(encoding="utf-8"))
    assert written["fields"]["attendance_percent"] == ["Attendance figure from the school office this term"]
    assert written["fields"]["child.ethnicity"] == ["Heritage"]

    after = _read(pep_file, "--policy", policy)
    assert after["attendance_percent"] == 93.5
    assert after["child"]["ethnicity"] == "White British"
    rows2, said = _batch(inbox, tmp_path / "out2", "--policy", policy)
    assert rows2 == [] and "not placed" not in said


def test_lines_not_accepted_are_not_applied(tmp_path):
    labels = tmp_path / "L.toml"
    f = _write_csv(tmp_path / "u.csv", [_line("Heritage"), _line("Colour", "no", "child.name"), _line("Shoe", "N")])
    r = _run("labels", "accept", f, "--labels-file", labels)
    assert r.exit_code == 0, r.output
    assert not labels.exists() and "nothing to add" in r.output and "3 line(s) not accepted" in r.output


def test_existing_file_keeps_its_comments_and_entries(tmp_path):
    labels = tmp_path / "L.toml"
    original = ('# Our authority\'s wording (kept by hand)\n[fields]\n# the child\n"child.name" = ["learner"]  # ePEP\n'
                '\n[columns]\n"targets.text" = ["our aim"]\n\n[concepts."meeting_date"]\nkeywords = { gathering = 1.0 }\n')
    labels.write_text(original, encoding="utf-8")
    f = _write_csv(tmp_path / "u.csv", [_line("Known to us as", "child.name"), _line("Heritage", "child.ethnicity"),
                                        _line("What we aim for", "column:targets.text"),
                                        _line("Our thoughts", "part:pupil_voice"), _line("Favourite colour", "ignore")])
    r = _run("labels", "accept", f, "--labels-file", labels)
    assert r.exit_code == 0, r.output
    text = labels.read_text(encoding="utf-8")
    assert text.startswith(original.split("\n[columns]")[0].replace('"child.name" = ["learner"]',
                                                                   '"child.name" = ["learner", "Known to us as"]'))
    assert "# the child" in text and "# ePEP" in text and "# Our authority's wording" in text
    data = tomllib.loads(text)
    assert data["fields"]["child.name"] == ["learner", "Known to us as"]
    assert data["columns"]["targets.text"] == ["our aim", "What we aim for"]
    assert data["concepts"]["meeting_date"]["keywords"] == {"gathering": 1.0}
    assert data["ignored"]["labels"] == ["Favourite colour"]
    L = load_labels(str(labels))  # what the reader sees: each accepted label where it was put
    assert L.match_field("Known to us as") == "child.name"
    assert L.match_column("What we aim for", "targets") == "text"
    assert L.match_part("Our thoughts") == "pupil_voice"
    assert L.is_ignored("Favourite colour") and not load_labels(None).is_ignored("Favourite colour")


def test_duplicates_are_reported_not_added_twice(tmp_path):
    labels = tmp_path / "L.toml"
    labels.write_text('[fields]\n"child.ethnicity" = ["heritage"]\n', encoding="utf-8")
    f = _write_csv(tmp_path / "u.csv", [_line("Heritage", "child.ethnicity"),  # in the file (other case)
                                        _line("Ethnic background", "child.ethnicity"),  # one of pepqa's own
                                        _line("Birth country", "child.ethnicity"),
                                        _line("BIRTH COUNTRY", "child.ethnicity")])  # repeats line 4
    r = _run("labels", "accept", f, "--labels-file", labels)
    assert r.exit_code == 0, r.output
    assert "line 2): already in" in r.output and "line 3): already one of pepqa's own labels" in r.output
    assert "line 5): repeats line 4" in r.output and "added 1 label to" in r.output
    assert tomllib.loads(labels.read_text())["fields"]["child.ethnicity"] == ["heritage", "Birth country"]
    again = _run("labels", "accept", f, "--labels-file", labels)
    assert again.exit_code == 0 and "nothing to add" in again.output
    assert tomllib.loads(labels.read_text())["fields"]["child.ethnicity"] == ["heritage", "Birth country"]


def test_dry_run_writes_nothing(tmp_path):
    labels = tmp_path / "L.toml"
    labels.write_text("[fields]\n", encoding="utf-8")
    f = _write_csv(tmp_path / "u.csv", [_line("Heritage", "child.ethnicity")])
    r = _run("labels", "accept", f, "--labels-file", labels, "--dry-run")
    assert r.exit_code == 0 and "would add: 'Heritage' as field child.ethnicity (line 2)" in r.output
    assert "nothing written (--dry-run)" in r.output and labels.read_text() == "[fields]\n"


@pytest.mark.parametrize("rows, expect", [
    ([_line("Heritage", "child.ethnicty")], "line 2: 'child.ethnicty' is not a field, column or part pepqa reads "
                                             "(did you mean child.ethnicity?"),
    ([_line("Heritage"), _line("Known as", "yes")], "line 3: accept says 'yes' but the line has no nearest field"),
    ([_line("Known as", "yes", "none")], "line 2: accept says 'yes' but the line has no nearest field"),
    ([_line("Given name", "yes", "child.forename")], "line 2: child.forename is read only from the words of a label"),
    ([_line("Heritage", "colum:targets.text")], "line 2: 'colum:targets.text': write field:NAME"),
    ([_line("Heritage", "part:pupil_vioce")], "line 2: 'pupil_vioce' is not a field, column or part"),
    ([_line("", "child.ethnicity")], "line 2: the accept column is filled but the label is empty"),
    ([_line("***", "child.ethnicity")], "line 2: the label '***' has no words pepqa can match"),
    ([_line("Date of birth", "meeting_date")], "line 2: 'Date of birth' already names field child.date_of_birth in "
                                               "pepqa's own labels"),
    ([_line("Heritage", "child.ethnicity"), _line("heritage", "child.gender")],
     "line 3: 'heritage' is accepted as field child.gender here and as field child.ethnicity on line 2"),
    ([_line("Date of birth", "ignore")], "line 2: 'Date of birth' is a label of field child.date_of_birth"),
])
def test_a_wrong_line_is_one_error_naming_the_file_and_line_and_nothing_is_written(tmp_path, rows, expect):
    labels = tmp_path / "L.toml"
    labels.write_text("# ours\n[fields]\n", encoding="utf-8")
    f = _write_csv(tmp_path / "u.csv", rows)
    r = _run("labels", "accept", f, "--labels-file", labels)
    assert r.exit_code == 2, r.output
    assert r.output.strip().count("\n") == 0 and "Traceback" not in r.output, r.output
    assert f"{f}: {expect}" in r.output, r.output
    assert labels.read_text() == "# ours\n[fields]\n"


def test_a_good_line_before_a_bad_one_is_not_applied_either(tmp_path):
    labels = tmp_path / "L.toml"
    f = _write_csv(tmp_path / "u.csv", [_line("Heritage", "child.ethnicity"), _line("Shoe size", "child.shoe")])
    r = _run("labels", "accept", f, "--labels-file", labels)
    assert r.exit_code == 2 and f"{f}: line 3:" in r.output and not labels.exists()


@pytest.mark.parametrize("content, expect", [
    (b'label,times,nearest field,accept\n"Heritage,1,,child.ethnicity\n', "line 2: not valid CSV"),
    (b'label,times,nearest field,accept\nHeritage,1,,child.ethnicity,x,y\n', "line 2: 6 cells but the header has 4"),
    (b'label,times,nearest field,example file\nHeritage,1,,a.docx\n', "line 1: no 'accept' column"),
    (b'name,value\nHeritage,x\n', "line 1: no 'label' column"),
    (b'', "is empty"),
    (b'PK\x03\x04' + b'\x00' * 40, "is a spreadsheet workbook, not CSV"),
    (b'label,accept\x00\n', "is not a CSV file"),
])
def test_malformed_csv_is_one_line_and_nothing_is_written(tmp_path, content, expect):
    labels = tmp_path / "L.toml"
    f = tmp_path / "u.csv"
    f.write_bytes(content)
    r = _run("labels", "accept", f, "--labels-file", labels)
    assert r.exit_code == 2 and r.output.strip().count("\n") == 0, r.output
    assert f"{f}: {expect}" in r.output, r.output
    assert not labels.exists()


def test_missing_csv_and_broken_labels_file_are_one_line(tmp_path):
    labels = tmp_path / "L.toml"
    r = _run("labels", "accept", tmp_path / "nope.csv", "--labels-file", labels)
    assert r.exit_code == 2 and "nope.csv: cannot read CSV file" in r.output
    labels.write_text("[fields\n", encoding="utf-8")
    f = _write_csv(tmp_path / "u.csv", [_line("Heritage", "child.ethnicity")])
    r = _run("labels", "accept", f, "--labels-file", labels)
    assert r.exit_code == 2 and f"{labels}: labels file is not valid TOML" in r.output
    assert labels.read_text() == "[fields\n"
    labels.write_text('[fields]\n"child.name" = [3]\n', encoding="utf-8")
    r = _run("labels", "accept", f, "--labels-file", labels)
    assert r.exit_code == 2 and "must be a list of words" in r.output


def test_pepqa_own_labels_file_is_never_touched(tmp_path):
    before = DEFAULT_LABELS.read_bytes()
    f = _write_csv(tmp_path / "u.csv", [_line("Heritage", "child.ethnicity")])
    r = _run("labels", "accept", f, "--labels-file", DEFAULT_LABELS)
    assert r.exit_code == 2 and "is pepqa's own labels file" in r.output
    policy = tmp_path / "p.toml"
    policy.write_text(f'[data]\nlabels_file = "{DEFAULT_LABELS}"\n', encoding="utf-8")
    r = _run("labels", "accept", f, "--policy", policy)
    assert r.exit_code == 2 and "is pepqa's own labels file" in r.output
    assert DEFAULT_LABELS.read_bytes() == before


def test_which_labels_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    f = _write_csv(tmp_path / "u.csv", [_line("Heritage", "child.ethnicity")])
    r = _run("labels", "accept", f)  # no policy file, no --labels-file
    assert r.exit_code == 2 and "no labels file: give --labels-file FILE" in r.output
    Path("pepqa.toml").write_text('[authority]\nname = "X"\n', encoding="utf-8")
    r = _run("labels", "accept", f)
    assert r.exit_code == 2 and "pepqa.toml: sets no data.labels_file" in r.output
    r = _run("labels", "accept", f, "--labels-file", "mine.toml")  # written, with a note: the policy names none
    assert r.exit_code == 0 and Path("mine.toml").is_file()
    assert 'note: pepqa.toml does not name this file: set [data] labels_file = "mine.toml"' in r.output
    Path("pepqa.toml").write_text('[data]\nlabels_file = "mine.toml"\n', encoding="utf-8")
    f2 = _write_csv(tmp_path / "u2.csv", [_line("Birth country", "child.ethnicity")])
    r = _run("labels", "accept", f2)  # ./pepqa.toml names it
    assert r.exit_code == 0 and "note:" not in r.output
    assert tomllib.loads(Path("mine.toml").read_text())["fields"]["child.ethnicity"] == ["Heritage", "Birth country"]
    from pepqa.policy import load_policy

    assert load_policy("pepqa.toml").get("data.labels_file") == "mine.toml"  # the policy is valid with it


@pytest.mark.parametrize("encoding, delim", [("utf-8-sig", ";"), ("cp1252", ","), ("utf-8", "\t")])
def test_a_csv_saved_by_a_spreadsheet_reads_back(tmp_path, encoding, delim):
    """Excel adds a byte-order mark, may save in Windows-1252 or with ';' (other locales), and batch's CSV keeps a
    label that starts like a formula as text behind a "'"."""
    labels = tmp_path / "L.toml"
    f = tmp_path / "u.csv"
    lines = [["label", "times", "nearest field", "accept", "example file"],
             ["Heritage – origin", "1", "", "child.ethnicity", "a.docx"],
             ["'=Cost total", "1", "pp_requested", "YES ", "b.docx"]]
    f.write_bytes("".join(delim.join(x) + "\r\n" for x in lines).encode(encoding))
    r = _run("labels", "accept", f, "--labels-file", labels)
    assert r.exit_code == 0, r.output
    data = tomllib.loads(labels.read_text(encoding="utf-8"))
    assert data["fields"]["child.ethnicity"] == ["Heritage – origin"]
    assert data["fields"]["pp_requested"] == ["=Cost total"]


def test_a_link_to_the_labels_file_keeps_the_link_and_the_mode(tmp_path):
    real = tmp_path / "real.toml"
    real.write_text("[fields]\n", encoding="utf-8")
    os.chmod(real, 0o640)
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    f = _write_csv(tmp_path / "u.csv", [_line("Heritage", "child.ethnicity")])
    r = _run("labels", "accept", f, "--labels-file", link)
    assert r.exit_code == 0, r.output
    assert link.is_symlink() and "Heritage" in real.read_text() and (real.stat().st_mode & 0o777) == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_fields_lists_every_name_the_accept_column_takes():
    r = _run("labels", "fields")
    assert r.exit_code == 0
    data = tomllib.loads(DEFAULT_LABELS.read_text(encoding="utf-8"))
    for k in data["fields"]:
        assert f"\n  {k} " in r.output
    for k in data["columns"]:
        assert f"\n  column:{k} " in r.output
    for k in data["parts"]:
        assert f"\n  part:{k} " in r.output


@pytest.mark.parametrize("layout, key", [
    ('fields."child.name" = ["pupil"]\n', "fields"),  # dotted keys at the top
    ('fields = { "child.name" = ["pupil"] }\n', "fields"),  # an inline table
    ('# c\r\n[fields]\r\n"child.name" = [\r\n  "pupil",  # ours\r\n]\r\n', "fields"),  # Windows line ends, multi-line
])
def test_other_toml_layouts_keep_every_entry(tmp_path, layout, key):
    labels = tmp_path / "L.toml"
    labels.write_text(layout, encoding="utf-8", newline="")
    f = _write_csv(tmp_path / "u.csv", [_line("Known as", "child.name"), _line("Shoe", "ignore")])
    r = _run("labels", "accept", f, "--labels-file", labels)
    assert r.exit_code == 0, r.output
    data = tomllib.loads(labels.read_text(encoding="utf-8"))
    assert data[key]["child.name"] == ["pupil", "Known as"] and data["ignored"]["labels"] == ["Shoe"]
    assert load_labels(str(labels)).match_field("Known as") == "child.name"


def test_an_unquoted_dotted_name_is_named_not_a_crash(tmp_path):
    """`child.name = [...]` under [fields] is a table 'child': load_labels failed with no file named; now the
    labels file and the fix are named, by accept and by every reader of the file."""
    labels = tmp_path / "L.toml"
    labels.write_text('[fields]\nchild.name = ["pupil"]\n', encoding="utf-8")
    f = _write_csv(tmp_path / "u.csv", [_line("Known as", "child.name")])
    r = _run("labels", "accept", f, "--labels-file", labels)
    assert r.exit_code == 2 and f"{labels}: 'fields.child' must be a list" in r.output and '"child.name"' in r.output
    from pepqa.errors import ConfigError

    with pytest.raises(ConfigError, match="fields.child"):
        load_labels(str(labels))


def test_a_label_its_example_file_still_cannot_read_is_said_so(tmp_path, monkeypatch):
    """A label teaches wording, not layout or values: 'see printout' is no attendance figure however the label
    is listed, and the officer hears it when accepting, not after the next batch."""
    monkeypatch.chdir(tmp_path)
    inbox = tmp_path / "in"
    inbox.mkdir()
    _docx(inbox / "a.docx", ROWS[:2] + [("Attendance figure from the school office this term", "see printout")])
    rows, _ = _batch(inbox, tmp_path / "out")
    (row,) = [r for r in rows if r["label"].startswith("Attendance figure")]
    assert row["nearest field"] == "attendance_percent"
    row["accept"] = "yes"
    f = _write_csv(tmp_path / "u.csv", [row])
    r = _run("labels", "accept", f, "--labels-file", "L.toml", "--dry-run")
    assert r.exit_code == 0, r.output
    assert "still not read in its example file: what stops it there is its value or its layout" in r.output
    assert not Path("L.toml").exists()
    r = _run("labels", "accept", f, "--labels-file", "L.toml", "--no-try")
    assert r.exit_code == 0 and "example file" not in r.output and Path("L.toml").is_file()


def test_an_example_file_that_is_not_there_is_not_tried(tmp_path):
    f = _write_csv(tmp_path / "u.csv", [_line("Heritage", "child.ethnicity")])  # example file x.docx: nowhere
    r = _run("labels", "accept", f, "--labels-file", tmp_path / "L.toml")
    assert r.exit_code == 0 and "its example file is not there, so it was not tried" in r.output


def test_a_labels_file_changed_while_being_read_is_not_overwritten(tmp_path):
    from pepqa.errors import ConfigError
    from pepqa.labels_accept import plan_accept, write_plan

    labels = tmp_path / "L.toml"
    labels.write_text("[fields]\n", encoding="utf-8")
    f = _write_csv(tmp_path / "u.csv", [_line("Heritage", "child.ethnicity")])
    plan = plan_accept(f, labels)
    labels.write_text('[fields]\n"child.gender" = ["sex at birth"]\n', encoding="utf-8")  # someone else's edit
    with pytest.raises(ConfigError, match="changed while pepqa was reading it"):
        write_plan(plan)
    assert "sex at birth" in labels.read_text() and "Heritage" not in labels.read_text()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
