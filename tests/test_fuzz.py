"""Property tests: whatever the bytes or the text, readers give a PEP or a ReadError, checks give findings.

Bounded for CI (about a minute on two cores): each property has a fixed number of examples and no
deadline; hypothesis keeps no example database in the work tree. With CI set, runs are derandomised
so a red build is reproducible; locally each run explores new inputs. PEPQA_FUZZ_SCALE=20 runs twenty
times as many examples.
"""
from __future__ import annotations

import io
import json
import os
import random
import types
import typing
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from pepqa.checks import run_checks
from pepqa.checks.baseline import BASELINE, apply_patch
from pepqa.errors import ReadError
from pepqa.model import PEP
from pepqa.pipeline import Result
from pepqa.policy import load_policy
from pepqa.readers import clean_text, read_pep
from pepqa.report import json_report, text_report
from pepqa.verdict import decide

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TODAY = date(2025, 10, 20)
POLICY = load_policy(None)


SCALE = int(os.environ.get("PEPQA_FUZZ_SCALE", "1"))  # e.g. 20 for a long local hunt


def fuzz_settings(n: int):
    return settings(max_examples=n * SCALE, deadline=None, database=None, derandomize=bool(os.environ.get("CI")),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much])


DOCX = {n: (SAMPLES / n).read_bytes() for n in ("01-word-early-years-good.docx", "18-narrative-primary-good.docx")}
PDF = (SAMPLES / "14-epep-primary-good.pdf").read_bytes()
JSON_SAMPLE = json.loads((SAMPLES / "25-json-primary-good.json").read_text(encoding="utf-8"))


def _read(tmp: Path, name: str, data: bytes):
    p = tmp / name
    p.write_bytes(data)
    try:
        pep = read_pep(p)
    except ReadError as e:
        assert e.reason and "\n" not in str(e), repr(e)
        return None
    assert isinstance(pep, PEP)
    return pep


# -- byte mutations --------------------------------------------------------------------------------

mutation = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(0, 7)),
    st.tuples(st.just("cut"), st.floats(0, 1), st.just(0)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 4096)),
    st.tuples(st.just("repeat"), st.floats(0, 1), st.integers(1, 2048)),
)


def mutate(data: bytes, ops) -> bytes:
    b = bytearray(data)
    for op, where, arg in ops:
        if not b:
            break
        i = min(int(where * len(b)), len(b) - 1)
        if op == "flip":
            b[i] ^= 1 << arg
        elif op == "cut":
            del b[i:]
        elif op == "insert":
            b[i:i] = arg
        elif op == "delete":
            del b[i:i + arg]
        elif op == "repeat":
            b[i:i] = b[i:i + arg]
    return bytes(b)


@fuzz_settings(120)
@given(name=st.sampled_from(sorted(DOCX)), ops=st.lists(mutation, min_size=1, max_size=6))
def test_docx_byte_mutations(tmp_path_factory, name, ops):
    _read(tmp_path_factory.mktemp("docx"), "m.docx", mutate(DOCX[name], ops))


@fuzz_settings(30)
@given(ops=st.lists(mutation, min_size=1, max_size=4))
def test_pdf_byte_mutations(tmp_path_factory, ops):
    _read(tmp_path_factory.mktemp("pdf"), "m.pdf", mutate(PDF, ops))


# Structure-aware: mutate the body XML (not the zip), so the XML parser, the walker and the interpreter
# see the damage instead of the zip's checksum refusing it.
SNIPPETS = [b"<w:tbl>", b"</w:tbl>", b"<w:tr><w:tc><w:p/></w:tc></w:tr>", b"<w:sdt><w:sdtContent>", b"</w:p>",
            b"<w:p><w:r><w:t>Pupil voice</w:t></w:r></w:p>", b"<w:gridSpan w:val=\"9999999\"/>",
            b"<w:vMerge/>", b"<w:tc>", b"&amp;", b"&#0;", b"<w:t xml:space=\"preserve\">  </w:t>",
            b"<w:fldChar w:fldCharType=\"begin\"/>", b"<w:checkBox/>", b"<w:gridBefore w:val=\"-3\"/>"]


def _document_parts(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


PARTS = {n: _document_parts(d) for n, d in DOCX.items()}


@fuzz_settings(150)
@given(name=st.sampled_from(sorted(DOCX)), seed=st.integers(0, 2**32 - 1), n=st.integers(1, 12))
def test_docx_xml_mutations(tmp_path_factory, name, seed, n):
    rng = random.Random(seed)
    parts = PARTS[name]
    xml = bytearray(dict(parts)["word/document.xml"])
    for _ in range(n):
        i = rng.randrange(len(xml))
        op = rng.randrange(4)
        if op == 0:
            xml[i:i] = rng.choice(SNIPPETS)
        elif op == 1:
            del xml[i:i + rng.randrange(1, 400)]
        elif op == 2:
            j = rng.randrange(len(xml))
            xml[i:i] = xml[j:j + rng.randrange(1, 2000)]
        else:
            xml[i] = rng.randrange(256)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            z.writestr(part, bytes(xml) if part == "word/document.xml" else data)
    _read(tmp_path_factory.mktemp("xml"), "x.docx", buf.getvalue())


# -- random JSON through the JSON reader -----------------------------------------------------------

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                    st.text(max_size=40), st.sampled_from(["2025-10-08", "autumn", "secondary", "achieved", ""]))
json_values = st.recursive(scalars, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                            st.dictionaries(st.text(max_size=12), kids, max_size=4)),
                           max_leaves=25)
TOP_KEYS = sorted(k for k in BASELINE if k != "schema_version") + ["provenance", "parts"]


@fuzz_settings(200)
@given(patch=st.dictionaries(st.sampled_from(TOP_KEYS), json_values, max_size=4), whole=st.booleans(),
       raw=json_values)
def test_random_json(tmp_path_factory, patch, whole, raw):
    data = raw if whole else {**JSON_SAMPLE, **patch}
    if isinstance(data, dict) and whole:
        data = {"schema_version": "1.0", **data}
    pep = _read(tmp_path_factory.mktemp("json"), "r.json", json.dumps(data).encode())
    if pep is not None:
        findings = run_checks(pep, POLICY, today=TODAY)
        decide(pep, findings, POLICY)


# -- any text in every text field through the checks and the verdict --------------------------------


def _text_paths() -> list[str]:
    """Dotted paths (apply_patch syntax) of every str field of the baseline PEP, set or not."""
    out: list[str] = []

    def is_text(ann) -> bool:
        return ann is str or (typing.get_origin(ann) in (typing.Union, types.UnionType) and str in typing.get_args(ann))

    def walk(model: BaseModel, prefix: str) -> None:
        for name, field in type(model).model_fields.items():
            if name in ("provenance", "source_file", "schema_version", "layout"):
                continue
            value = getattr(model, name)
            path = f"{prefix}{name}"
            if isinstance(value, BaseModel):
                walk(value, path + ".")
            elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
                for i, item in enumerate(value[:2]):
                    walk(item, f"{path}[{i}].")
            elif isinstance(value, dict) and value and isinstance(next(iter(value.values())), BaseModel):
                for k, item in list(value.items())[:2]:
                    walk(item, f"{path}.{k}.")
            elif is_text(field.annotation):
                out.append(path)

    walk(PEP.model_validate(BASELINE), "")
    return out


TEXT_PATHS = _text_paths()
MARKUP = ["<script>alert(1)</script>", "{{ 7*7 }}", "{% for x in y %}", "=HYPERLINK(\"http://x\")", "\x1b[2J\x1b[31m",
          "&lol9;", "<w:p>", "%PDF-1.4", "'; DROP TABLE peps;--", "\u202eevil", "\ufeff", "a\u0301\u0301\u0301",
          "🙂" * 50, "N/A", "TBC", "-", "0", "£1,000,000,000.00", "100%", "31/02/2025", "Year -3", "\t\t", "\r\n" * 20]
texts = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x3FF, exclude_categories=["Cs"]), max_size=60),
    st.sampled_from(MARKUP),
    st.builds(lambda s, k: s * k, st.text(min_size=1, max_size=8), st.integers(200, 1500)),
    st.builds(lambda s, k: s * k, st.sampled_from(["_", "=", "$", ")}", '"', "*"]), st.integers(1000, 20000)),
    st.builds(" ".join, st.lists(st.sampled_from(["improve", "maths", "reading", "by", "July", "£", "tutor",
                                                  "with", "support", "will", "40", "%", "he", "she", "LAC",
                                                  "placement", "contact", "?", ".", "\n"]), max_size=80)),
)


def test_text_paths_cover_the_model():
    assert len(TEXT_PATHS) > 30 and "pupil_voice.text" in TEXT_PATHS and "targets[0].text" in TEXT_PATHS


@fuzz_settings(200)
@given(edits=st.lists(st.tuples(st.sampled_from(TEXT_PATHS), texts), min_size=1, max_size=5))
def test_any_text_in_any_field_gives_findings(edits):
    # Checks get text from a reader, which passes every value through clean_text (no control characters,
    # no lone surrogates, long punctuation runs broken up: the tokenizer is quadratic on those).
    data = apply_patch(BASELINE, {path: clean_text(text) for path, text in edits})
    pep = PEP.model_validate(data)
    findings = run_checks(pep, POLICY, today=TODAY)
    verdict = decide(pep, findings, POLICY)
    assert verdict.grade
    for f in findings:
        f.model_dump(mode="json")
    r = Result(file="fuzz.json", pep=pep, findings=findings, verdict=verdict)
    text_report(r)
    json.dumps(json_report(r), ensure_ascii=False)


LINEAR_BUDGET = 3.0  # CPU seconds for every check over one long field (linear checks take < 0.5 s)


@pytest.mark.parametrize("path,text", [
    pytest.param("wellbeing", "Maya sees the counsellor and says it helps. " * 300, id="prose"),
    pytest.param("wellbeing", "THE CHILD IS HAPPY AT SCHOOL AND LIKES PE " * 300, id="capitals-no-full-stop"),
    pytest.param("targets[1].by_when", "4\u00e2n!lH" * 5000, id="one-long-token"),
    # ST001's rewrite once compiled a regex from each attainment subject (a 15 MB JSON took 141 s)
    pytest.param("attainment[0].subject", "english reading and writing " * 6000, id="long-attainment-subject"),
])
def test_a_long_field_is_checked_in_linear_time(path, text):
    import time

    pep = PEP.model_validate(apply_patch(BASELINE, {path: clean_text(text)}))
    start = time.process_time()
    decide(pep, run_checks(pep, POLICY, today=TODAY), POLICY)
    assert time.process_time() - start < LINEAR_BUDGET
