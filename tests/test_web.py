"""`pepqa serve` through Starlette's test client: every route, bad upload and header rule.

The app runs with its real worker processes (one here), so reading, checking and rendering happen as they
do for a teacher; only the browser is missing (tests/test_web_browser.py drives Chromium).
"""
from __future__ import annotations

import asyncio
import html
import io
import os
import re
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():  # Starlette would rather have httpx2; httpx (pinned) works the same here
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

from corpus import SAMPLES, build_corpus  # noqa: E402
from pepqa.batch import Limits  # noqa: E402
from pepqa.pipeline import check_file  # noqa: E402
from pepqa.policy import load_policy  # noqa: E402
from pepqa.web.app import WebApp  # noqa: E402
from pepqa.web.security import CSRF_COOKIE, Signer  # noqa: E402

BASE = "http://127.0.0.1:8765"
TODAY = "2025-12-01"
POOR = SAMPLES / "02-word-primary-poor.docx"
GOOD_PDF = SAMPLES / "11-epep-secondary-good.pdf"
GOOD_DOCX = SAMPLES / "07-word-secondary-good.docx"
JSON_SAMPLE = SAMPLES / "26-json-secondary-poor.json"
LIMITS = Limits(max_bytes=2 * 1024 * 1024, seconds=5, memory_mb=4096)


@pytest.fixture(scope="module")
def tmp_root(tmp_path_factory):
    return tmp_path_factory.mktemp("web-tmp")


@pytest.fixture(scope="module")
def client(tmp_root):
    from datetime import date

    web = WebApp(load_policy(None), today=date.fromisoformat(TODAY), limits=LIMITS, workers=1, port=8765,
                 tmp_root=tmp_root)
    with TestClient(web.asgi(), base_url=BASE) as c:
        c.web = web
        yield c


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("web-corpus")
    build_corpus(d)
    return d


@pytest.fixture(autouse=True)
def nothing_left(request, tmp_root):
    """After every test the private upload folders are gone: nothing is stored, also after errors."""
    yield
    assert list(tmp_root.iterdir()) == []


def token(client) -> str:
    r = client.get("/")
    m = re.search(r'name="token" value="([0-9a-f]+)"', r.text)
    assert m, "the page carries a form token"
    return m[1]


def upload(client, path: Path, name: str | None = None, data: bytes | None = None, tok: str | None = None, **kw):
    tok = token(client) if tok is None else tok
    body = path.read_bytes() if data is None else data
    return client.post("/check", data={"token": tok}, files={"pep": (name or path.name, body)}, **kw)


def main_text(page: str) -> str:
    """What a teacher reads: the page's text without the "Details" disclosures, tags and hidden fields."""
    page = re.sub(r"<details.*?</details>", " ", page, flags=re.S)
    page = re.sub(r"<(script|style|head)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<input[^>]*>", " ", page)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def payload_of(page: str) -> dict[str, str]:
    return {k: html.unescape(re.search(rf'name="{k}" value="([^"]*)"', page)[1]) for k in ("token", "payload", "sig")}


# -- the page and its headers ---------------------------------------------------------------------------------
def test_index_form_works_without_script(client):
    r = client.get("/")
    assert r.status_code == 200
    page = r.text
    form = re.search(r'<form method="post" action="/check" enctype="multipart/form-data"[^>]*>(.*?)</form>', page, re.S)
    assert form, "a plain multipart form posts the file: no script needed"
    assert re.search(r'<label for="pep">', form[1]) and re.search(r'<input type="file" id="pep" name="pep"', form[1])
    assert '<button type="submit"' in form[1]
    assert "<h1>" in page and 'lang="en-GB"' in page
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(CSRF_COOKIE + "=") and "HttpOnly" in cookie and "SameSite=strict" in cookie


def test_security_headers_on_every_response(client):
    for r in (client.get("/"), client.get("/static/web.css"), client.get("/nowhere"),
              client.post("/check", headers={"Origin": "http://evil.example"})):
        h = r.headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "style-src 'self'" in csp and "default-src 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp
        assert h["referrer-policy"] == "no-referrer"
        assert h["x-content-type-options"] == "nosniff"
        assert not any(k.lower().startswith("access-control-") for k in h)
    assert client.get("/").headers["cache-control"] == "no-store"


def test_no_inline_script_or_style(client):
    page = upload(client, POOR).text
    assert not re.search(r"<script(?![^>]*\bsrc=)", page), "every script is a file (CSP)"
    assert "<style" not in page and not re.search(r"\sstyle=", page) and not re.search(r"\son[a-z]+=", page)


def test_host_header_must_name_this_server(client):
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400  # DNS rebinding
    assert client.get("/", headers={"Host": "evil.example:8765"}).status_code == 400
    assert client.get("/", headers={"Host": "127.0.0.1:9999"}).status_code == 400
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200
    r = client.post("/check", headers={"Host": "attacker.test:8765"})
    assert r.status_code == 400 and "pepqa" in r.text and "Traceback" not in r.text


def test_no_cross_origin_access(client):
    r = client.options("/check", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert r.status_code == 405
    assert not any(k.lower().startswith("access-control-") for k in r.headers)
    r = client.get("/", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_post_needs_same_origin_token(client):
    tok = token(client)
    files = {"pep": (POOR.name, POOR.read_bytes())}
    # Another site's form: its Origin, or the browser's Sec-Fetch-Site, gives it away before the body is read.
    r = client.post("/check", data={"token": tok}, files=files, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and 'id="grade"' not in r.text
    r = client.post("/check", data={"token": tok}, files=files, headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    # A wrong or missing token.
    assert client.post("/check", data={"token": "0" * 64}, files=files).status_code == 403
    assert client.post("/check", files=files).status_code == 403
    # Without the cookie the token means nothing (SameSite=Strict: another site's request carries no cookie).
    cookies = dict(client.cookies)
    client.cookies.clear()
    try:
        r = client.post("/check", data={"token": tok}, files=files)
        assert r.status_code == 403 and "expired" in r.text
    finally:
        client.cookies.update(cookies)
    # Our own page under Referrer-Policy: no-referrer sends Origin: null, and passes with its token.
    r = client.post("/check", data={"token": tok}, files=files,
                    headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 200 and 'id="grade"' in r.text
    r = client.post("/check", data={"token": tok}, files=files, headers={"Origin": BASE})
    assert r.status_code == 200


def test_routes_that_do_not_exist(client):
    assert client.get("/check").status_code == 405
    assert client.get("/download").status_code == 405
    assert client.get("/static/page.html.j2").status_code == 404  # only the two static files are served
    assert client.get("/static/..%2F..%2Fpyproject.toml").status_code == 404
    r = client.get("/static/web.js")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/javascript")
    assert client.get("/static/web.css").headers["content-type"].startswith("text/css")


# -- results ---------------------------------------------------------------------------------------------------
def test_poor_word_pep_results(client):
    r = upload(client, POOR)
    assert r.status_code == 200
    page = r.text
    assert r.headers["cache-control"] == "no-store"
    assert re.search(r'id="grade">Red<', page)
    text = main_text(page)
    # The order a letter has: what is good before what to change; findings grouped as the PEP is written.
    assert re.findall(r'<h2 id="([a-z-]+)"', page) == ["outlook-h", "good-h", "change-h", "read-h", "downloads-h",
                                                       "upload-h"]
    groups = [m for m in re.findall(r'<h3 id="([a-z-]+)">', page)]
    assert groups[:4] == ["pupil-voice", "targets", "pp-plus", "wellbeing"] and groups[-1] == "dates"
    # Targets one by one, in order, each quoting the PEP with the evidence marked.
    targets = re.findall(r'<h4 id="targets-\d+">([^<]+)</h4>', page)
    assert targets == ["The targets as a whole", "Target 1", "Target 2", "Target 3", "Target 4"]
    assert "<mark>Continue to</mark> work hard in maths" in page
    assert "Must change" in text and "Why it matters:" in text and "Suggested rewrite:" in text
    # PP+ outlook as policy gives it: requested £620 on hold, £600 allowed.
    assert "£620 requested would be on hold" in text and "£600 could be released" in text


def test_page_speaks_to_a_school(client):
    """No check codes, severity names, settings or pepqa in the main text; the codes are in the details only."""
    for sample in (POOR, GOOD_PDF, JSON_SAMPLE, SAMPLES / "08-word-post16-poor.docx",
                   SAMPLES / "16-epep-post16-mixed.pdf", SAMPLES / "17-narrative-early-years-mixed.docx"):
        page = upload(client, sample).text
        assert 'id="grade"' in page, sample.name
        text = main_text(page)
        assert not re.search(r"\b[A-Z]{2}\d{3}\b", text), (sample.name, re.search(r".{60}\b[A-Z]{2}\d{3}\b.{20}", text))
        assert "must-fix" not in text and "should-fix" not in text
        assert not re.search(r"\bpepqa\b(?! JSON)", text.replace("pepqa serve", "")), sample.name
        assert not re.search(r"\(policy |[a-z]+\.[a-z_]+ = ", text), sample.name
        details = re.findall(r"<details.*?</details>", page, re.S)
        if "poor" in sample.name:
            assert details and any(re.search(r"\b[A-Z]{2}\d{3}\b", d) for d in details)


def test_reading_findings_are_not_advice(client):
    """A part that could not be found is said plainly under 'what we could not read', not as a thing to fix."""
    sample = SAMPLES / "17-narrative-early-years-mixed.docx"
    result = check_file(str(sample), load_policy(None))
    missing = [k for k, v in result.pep.parts.items() if v == "not_found"]
    assert "social_worker" in missing
    page = upload(client, sample).text
    block = re.search(r'<div class="warn" id="not-read">(.*?)</div>', page, re.S)
    assert block and "could not find" in block[1] and "the social worker section" in block[1]
    assert "Part of the file could not be read" in page
    assert "labels file" not in page and "RD00" not in main_text(page)


def test_pep_that_needs_reading_by_hand(client, tmp_path):
    """An essential part not read: no grade, PP+ left to the Virtual School, no feedback letter offered."""
    import json

    data = json.loads((SAMPLES / "25-json-primary-good.json").read_text())
    data.pop("targets", None)
    if isinstance(data.get("parts"), dict):
        data["parts"]["targets"] = "not_found"
    path = tmp_path / "no-targets.json"
    path.write_text(json.dumps(data))
    result = check_file(str(path), load_policy(None))
    assert result.verdict.state == "manual", result.verdict.rule
    r = upload(client, path)
    assert r.status_code == 200
    assert re.search(r'id="grade">Not graded<', r.text)
    text = main_text(r.text)
    assert "read it by hand" in text and "the new targets" in text
    assert "PP+ decision would be made by the Virtual School" in text
    kinds = re.findall(r'name="kind" value="([a-z.-]+)"', r.text)
    assert kinds == ["clean-pep.docx", "clean-pep.pdf"]
    r2 = client.post("/download", data={**payload_of(r.text), "kind": "feedback.pdf"})
    assert r2.status_code == 409 and "read it by hand" in r2.text
    assert client.post("/download", data={**payload_of(r.text), "kind": "clean-pep.pdf"}).status_code == 200


def test_good_pdf_and_word_results(client):
    for sample in (GOOD_PDF, GOOD_DOCX):
        r = upload(client, sample)
        assert r.status_code == 200
        assert re.search(r'id="grade">Green<', r.text), sample.name
        good = re.search(r'<ul class="strengths">(.*?)</ul>', r.text, re.S)
        assert good and good[1].count("<li>") >= 3
        assert "The Virtual School would release £" in main_text(r.text)


def test_json_upload(client):
    r = upload(client, JSON_SAMPLE)
    assert r.status_code == 200 and re.search(r'id="grade">(Red|Amber|Green)<', r.text)


def test_upload_name_is_escaped(client):
    r = upload(client, POOR, name='<img src=x onerror=alert(1)>.docx')
    assert r.status_code == 200
    assert "<img src=x" not in r.text and "&lt;img src=x onerror=alert(1)&gt;.docx" in r.text


# -- bad uploads -----------------------------------------------------------------------------------------------
BAD = ["setup.exe.docx", "truncated-word-60pc.docx", "bitflip-epep-64.pdf", "encrypted-rc4.pdf", "scanned.pdf",
       "zip-bomb-ratio.docx", "zip-bomb-overlap.docx", "billion-laughs-document.docx", "legacy.doc",
       "password-protected.docx", "flate-bomb-stream.pdf", "empty.docx", "utf16.json", "wrong-types-targets-string.json",
       "deep.json", "many-pages.pdf", "zip-bomb-300mb.docx"]


@pytest.mark.parametrize("name", BAD)
def test_bad_upload_gets_the_cli_reason(client, corpus_dir, name):
    path = corpus_dir / name
    if not path.exists():
        pytest.fail(f"corpus file {name} missing")
    reason = check_file(str(path), load_policy(None)).error
    if reason is None:  # some corpus files read, just badly: then they must get results, not an error
        r = upload(client, path)
        assert r.status_code == 200 and 'id="grade"' in r.text
        return
    r = upload(client, path)
    assert 400 <= r.status_code < 500, (name, r.status_code)
    assert "Traceback" not in r.text and 'id="grade"' not in r.text
    alert = re.search(r'<div class="error" role="alert" id="error">(.*?)</div>', r.text, re.S)
    assert alert and f"{name}: {reason}" in html.unescape(alert[1])


def test_too_large_upload(client):
    big = b"PK\x03\x04" + b"\0" * (LIMITS.max_bytes + 10)
    r = upload(client, POOR, name="big.docx", data=big)
    assert r.status_code == 413
    assert "file too large (2.0 MB; limit 2 MB)" in r.text


def test_too_large_upload_without_length(client):
    """A chunked upload (no Content-Length) is stopped once it passes the limit, with the same reason."""
    tok = token(client)
    boundary = "xyzzy"

    def body():
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n{tok}\r\n"
               f"--{boundary}\r\nContent-Disposition: form-data; name=\"pep\"; filename=\"big.pdf\"\r\n"
               "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").encode()
        for _ in range(40):  # 40 x 64 KB: 2.5 MB
            yield b"0" * 65536
        yield f"\r\n--{boundary}--\r\n".encode()

    r = client.post("/check", content=body(), headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert r.status_code == 413 and "file too large" in r.text and "limit 2 MB" in r.text


def test_no_file_chosen_and_malformed_forms(client):
    tok = token(client)
    r = client.post("/check", data={"token": tok}, files={"pep": ("", b"")})
    assert r.status_code == 400 and "Please choose a PEP file" in r.text
    r = client.post("/check", data={"token": tok})
    assert r.status_code in (400, 403)
    r = client.post("/check", content=b"--b\r\nbroken", headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert 400 <= r.status_code < 500 and "Traceback" not in r.text
    two = [("pep", ("a.docx", POOR.read_bytes())), ("pep", ("b.docx", POOR.read_bytes()))]
    r = client.post("/check", data={"token": tok}, files=two)
    assert r.status_code == 400 and "one PEP file" in r.text


def test_slow_file_hits_the_time_limit(client, corpus_dir):
    r = upload(client, corpus_dir / "operator-flood.pdf")
    assert r.status_code == 422
    assert f"took longer than the {LIMITS.seconds} s limit per file" in r.text
    assert re.search(r'id="grade">Red<', upload(client, POOR).text), "the worker is usable again"


# -- downloads -------------------------------------------------------------------------------------------------
def test_downloads_open(client):
    from docx import Document
    from pypdf import PdfReader

    page = upload(client, POOR).text
    form = payload_of(page)
    kinds = re.findall(r'<button type="submit" name="kind" value="([a-z.-]+)">', page)
    assert kinds == ["feedback.docx", "feedback.pdf", "clean-pep.docx", "clean-pep.pdf"]
    for kind in kinds:
        r = client.post("/download", data={**form, "kind": kind})
        assert r.status_code == 200, (kind, r.text[:300])
        disp = r.headers["content-disposition"]
        assert disp.startswith("attachment;") and f'02-word-primary-poor-{kind.split("-")[0].split(".")[0]}' in disp
        if kind.endswith(".docx"):
            doc = Document(io.BytesIO(r.content))
            words = " ".join(p.text for p in doc.paragraphs) + " ".join(
                c.text for t in doc.tables for row in t.rows for c in row.cells)
        else:
            assert r.headers["content-type"] == "application/pdf"
            words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(r.content)).pages)
        words = " ".join(words.split())  # a quote may wrap inside a table cell of the PDF
        assert "Jasmine" in words, kind
        if kind.startswith("feedback"):
            assert "Continue to work hard in maths" in words
            assert not re.search(r"\bRD00\d\b", words)


def test_download_refuses_what_this_server_did_not_sign(client):
    form = payload_of(upload(client, POOR).text)
    ok = {**form, "kind": "feedback.docx"}
    assert client.post("/download", data={**ok, "sig": "0" * 64}).status_code == 400
    other = Signer(os.urandom(32))  # a payload signed by another server run (or forged)
    pl, sig = other.dumps({"pep": {}, "today": TODAY, "name": "x.docx"})
    assert client.post("/download", data={**ok, "payload": pl, "sig": sig}).status_code == 400
    assert client.post("/download", data={**ok, "kind": "../../etc/passwd"}).status_code == 400
    assert client.post("/download", data={**ok, "token": "f" * 64}).status_code == 403
    r = client.post("/download", data=ok, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and not r.headers["content-type"].startswith("application/")


def test_internal_error_is_one_line(client):
    """A payload this server signed but that does not hold a PEP (a bug's stand-in): a 500 page, no traceback."""
    pl, sig = client.web.signer.dumps({"pep": {"child": 42}, "today": TODAY, "name": "x.docx"})
    r = client.post("/download", data={"token": token(client), "payload": pl, "sig": sig, "kind": "clean-pep.pdf"})
    assert r.status_code == 500 and "internal error (ValidationError); please report it" in r.text
    assert "Traceback" not in r.text


# -- workers ---------------------------------------------------------------------------------------------------
def test_a_worker_that_dies_is_replaced():
    from pepqa.web.jobs import JobFailed, Workers

    async def go():
        w = Workers(load_policy(None), None, Limits(seconds=5), workers=1)
        w.start()
        try:
            with pytest.raises(JobFailed, match="worker process died"):
                await w.run(os._exit, 3)
            assert await w.run(os.getpid) > 0
        finally:
            w.close()

    asyncio.run(go())


# -- the command -----------------------------------------------------------------------------------------------
def test_serve_command_defaults_and_host_warning(monkeypatch):
    from click.testing import CliRunner

    import pepqa.web.server as server
    from pepqa.cli import main

    calls = []
    monkeypatch.setattr(server, "serve", lambda policy, **kw: calls.append(kw))
    r = CliRunner().invoke(main, ["serve"])
    assert r.exit_code == 0, r.output
    kw = calls[-1]
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8765 and kw["limits"] == Limits()  # batch's limits
    assert "warning" not in r.output
    r = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--port", "0", "--max-size", "5"])
    assert r.exit_code == 0
    assert "warning: listening on 0.0.0.0" in r.output
    assert calls[-1]["port"] > 0 and calls[-1]["limits"].max_bytes == 5 * 1024 * 1024
