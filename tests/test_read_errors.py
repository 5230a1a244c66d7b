"""Bad input gets one clear line naming the file and the reason, exit code 2, no traceback."""
import hashlib
import json

import pytest
from click.testing import CliRunner

from pepqa.checks.baseline import BASELINE
from pepqa.cli import main
from pepqa.errors import ReadError
from pepqa.readers import read_pep

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

BAD = {
    "empty.docx": (b"", "empty file"),
    "old.doc": (OLE + b"\x00" * 600, "legacy Word 97-2003"),
    "locked.docx": (OLE + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100, "password-protected"),
    "virus.pdf": (b"MZ\x90\x00" + b"\x00" * 200, "program"),
    "photo.docx": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG image"),
    "notes.txt": (b"Just some notes about a meeting", "unrecognised file type"),
    "latin1.json": ('{"schema_version": "1.0", "child": {"name": "Zo\xeb"}}'.encode("latin-1"), "not UTF-8"),
    "broken.json": (b'{"schema_version": "1.0", ', "not valid JSON"),
    "list.json": (b"[1, 2]", "unrecognised file type"),
    "noversion.json": (b'{"child": {}}', "no schema_version"),
    "future.json": (b'{"schema_version": "9.0"}', "not supported"),
    "wrongtype.json": (json.dumps({"schema_version": "1.0", "attendance_percent": "lots"}).encode(), "attendance_percent"),
    "unknownkey.json": (json.dumps({"schema_version": "1.0", "favourite_colour": "red"}).encode(), "favourite_colour"),
    "deep.json": (b'{"schema_version": "1.0", "child": ' + b"[" * 100000 + b"]" * 100000 + b"}", "JSON"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_one_clear_line(tmp_path, name):
    data, reason = BAD[name]
    p = tmp_path / name
    p.write_bytes(data)
    before = hashlib.sha256(p.read_bytes()).hexdigest()
    with pytest.raises(ReadError) as e:
        read_pep(p)
    assert reason.lower() in e.value.reason.lower(), e.value.reason
    assert "\n" not in str(e.value) and str(p) in str(e.value)
    assert hashlib.sha256(p.read_bytes()).hexdigest() == before


def test_missing_and_directory(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_pep(tmp_path / "nope.pdf")
    with pytest.raises(ReadError, match="not a file"):
        read_pep(tmp_path)


def test_cli_exit_2_and_one_line(tmp_path):
    p = tmp_path / "old.doc"
    p.write_bytes(OLE + b"\x00" * 600)
    r = CliRunner().invoke(main, ["check", str(p)])
    assert r.exit_code == 2
    assert "Traceback" not in r.output
    err_lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert err_lines == [f"pepqa: {p}: legacy Word 97-2003 (.doc) file: open it in Word and save as .docx"]


def test_json_round_trip_and_parts(tmp_path):
    p = tmp_path / "pep.json"
    data = {k: v for k, v in BASELINE.items() if k not in ("parts", "targets")}
    data["schema_version"] = "1.0"
    p.write_text(json.dumps(data), encoding="utf-8")
    pep = read_pep(p)
    assert pep.child.name == "Maya Thompson"
    assert pep.pp_spend[0].cost == 180.0
    assert pep.parts["pupil_voice"] == "read"
    assert pep.parts["targets"] == "not_found", "an export without targets must not look like a PEP with no targets"
    assert not pep.part_ok("targets")


def test_sniff_by_content_not_extension(tmp_path):
    p = tmp_path / "really-json.pdf"
    p.write_text(json.dumps({"schema_version": "1.0", "child": {"name": "A B"}}), encoding="utf-8")
    assert read_pep(p).child.name == "A B"
