"""`pepqa serve` as a teacher uses it: a real server process and Debian's Chromium driven by Playwright.

The server is started on a free port in a subprocess (bounded time, killed at the end); Chromium runs
headless with no network features (no sync, no component updates, a fresh profile that Playwright makes).
Samples go in through the file input; the page must show the grade and a finding quoting the PEP, the
downloads must open, and axe-core (shipped inside the pinned axe-playwright-python wheel, loaded from
its local file) must find no serious or critical accessibility violation. In CI these tests must run:
a missing Chromium fails them instead of skipping.
"""
from __future__ import annotations

import http.cookiejar
import io
import os
import re
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from corpus import SAMPLES, _operator_flood

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
POOR = SAMPLES / "02-word-primary-poor.docx"
GOOD_PDF = SAMPLES / "11-epep-secondary-good.pdf"
GOOD_DOCX = SAMPLES / "07-word-secondary-good.docx"
TIMEOUT = 5


def _require_chromium():
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium before the tests")
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")


class Server:
    """``pepqa serve --port 0`` in a subprocess; its output is collected to check it names no one."""

    def __init__(self, folder: Path):
        cmd = [sys.executable, "-m", "pepqa.cli", "serve", "--port", "0", "--today", "2025-12-01", "--workers", "2",
               "--timeout", str(TIMEOUT)]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(cmd, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, env=env, text=True)
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.url = self._wait_for_url(60)

    def _read(self):
        for line in self.proc.stdout:
            self.lines.append(line)

    def _wait_for_url(self, seconds: float) -> str:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            m = re.search(r"Open (http://\S+/) in your browser", "".join(self.lines))
            if m:
                url = m[1]
                while time.monotonic() < end:
                    try:
                        urllib.request.urlopen(url, timeout=2).read()
                        return url
                    except OSError:
                        time.sleep(0.1)
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        raise AssertionError("pepqa serve did not start: " + "".join(self.lines)[-2000:])

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    _require_chromium()
    s = Server(tmp_path_factory.mktemp("serve-cwd"))
    yield s
    s.stop()
    assert s.proc.returncode is not None


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def axe_violations(page) -> list[dict]:
    import axe_playwright_python

    script = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    page.evaluate(script)  # evaluated by the test driver, so the page's CSP (no inline script) still holds for the page
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def check_sample(page, url: str, sample: Path) -> float:
    page.goto(url)
    page.set_input_files("#pep", str(sample))
    start = time.perf_counter()
    page.get_by_role("button", name="Check the PEP").click()
    page.wait_for_selector("#grade", timeout=60_000)
    return time.perf_counter() - start


def test_upload_results_and_downloads(browser, server, tmp_path):
    from docx import Document
    from pypdf import PdfReader

    ctx = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    csp_errors: list[str] = []
    page.on("console", lambda m: csp_errors.append(m.text) if "Content Security Policy" in m.text else None)
    times = {}
    times["docx (first, workers warming)"] = check_sample(page, server.url, POOR)
    times["docx"] = check_sample(page, server.url, POOR)
    assert page.inner_text("#grade") == "Red"
    assert page.get_by_role("heading", name="What is already good").is_visible()
    assert page.get_by_role("heading", name="Target 1", exact=True).is_visible()
    marked = page.locator(".quote mark").all_inner_texts()
    assert "Continue to" in marked, marked  # the PEP's own words, marked
    assert page.get_by_text("Suggested rewrite:").first.is_visible()
    for label, kind in (("Feedback (Word)", "docx"), ("Feedback (PDF)", "pdf"), ("Clean PEP (Word)", "docx"),
                        ("Clean PEP (PDF)", "pdf")):
        with page.expect_download(timeout=60_000) as dl:
            page.get_by_role("button", name=label).click()
        target = tmp_path / dl.value.suggested_filename
        dl.value.save_as(target)
        assert target.suffix == f".{kind}" and target.name.startswith("02-word-primary-poor-")
        if kind == "docx":
            doc = Document(str(target))
            text = " ".join(p.text for p in doc.paragraphs) + " ".join(
                c.text for t in doc.tables for row in t.rows for c in row.cells)
        else:
            text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
        assert "Jasmine" in text, label
    times["pdf"] = check_sample(page, server.url, GOOD_PDF)
    assert page.inner_text("#grade") == "Green"
    times["docx good"] = check_sample(page, server.url, GOOD_DOCX)
    assert page.inner_text("#grade") == "Green"
    assert csp_errors == [], "our own stylesheet and script are allowed by the CSP"
    print("\nupload -> results (s): " + ", ".join(f"{k} {v:.2f}" for k, v in times.items()))
    assert times["docx"] < 10 and times["pdf"] < 10
    ctx.close()


def test_accessibility_keyboard_and_narrow_screen(browser, server):
    for width in (1280, 360):
        ctx = browser.new_context(viewport={"width": width, "height": 800})
        page = ctx.new_page()
        page.goto(server.url)
        assert axe_violations(page) == []
        # Keyboard: the skip link first, then the file input and the button, in that order.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        order = []
        for _ in range(6):
            page.keyboard.press("Tab")
            order.append(page.evaluate("document.activeElement.id || document.activeElement.tagName"))
        assert order.index("pep") < order.index("check-button"), order
        for sample, grade in ((POOR, "Red"), (GOOD_PDF, "Green")):
            check_sample(page, server.url, sample)
            assert page.inner_text("#grade") == grade
            assert axe_violations(page) == [], sample.name
            wide = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert wide <= 1, f"{width}px: the page scrolls sideways by {wide}px"
            # Headings in order (no level skipped) for screen reader navigation.
            levels = page.evaluate("[...document.querySelectorAll('h1,h2,h3,h4')].map(h => +h.tagName[1])")
            assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels
            # Grade and levels are written in words, not colour alone.
            assert page.locator(".tag").first.inner_text() in ("Must change", "Should change", "Worth considering")
        ctx.close()


def test_works_without_javascript(browser, server):
    ctx = browser.new_context(java_script_enabled=False)
    page = ctx.new_page()
    check_sample(page, server.url, POOR)
    assert page.inner_text("#grade") == "Red"
    ctx.close()


# -- the server under load, and its output ------------------------------------------------------------------
def _session(url: str):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(url, timeout=10).read().decode()
    return opener, re.search(r'name="token" value="([0-9a-f]+)"', page)[1]


def _post_file(opener, url: str, token: str, name: str, data: bytes) -> tuple[int, str]:
    b = uuid.uuid4().hex
    body = (f"--{b}\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n{token}\r\n"
            f"--{b}\r\nContent-Disposition: form-data; name=\"pep\"; filename=\"{name}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{b}--\r\n".encode()
    req = urllib.request.Request(url + "check", data=body, method="POST",
                                 headers={"Content-Type": f"multipart/form-data; boundary={b}"})
    try:
        with opener.open(req, timeout=60) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_several_uploads_at_once_do_not_block(server):
    """A file that takes the whole time limit occupies one worker; the page and other uploads go on."""
    opener, token = _session(server.url)
    slow: dict = {}

    def run_slow():
        t = time.perf_counter()
        slow["status"], slow["page"] = _post_file(opener, server.url, token, "flood.pdf", _operator_flood())
        slow["end"] = time.perf_counter()
        slow["secs"] = slow["end"] - t

    th = threading.Thread(target=run_slow)
    th.start()
    time.sleep(1.0)
    t = time.perf_counter()
    opener.open(server.url, timeout=10).read()
    assert time.perf_counter() - t < 1.0, "the page answers while a file is being read"
    status, page = _post_file(opener, server.url, token, POOR.name, POOR.read_bytes())
    done = time.perf_counter()
    th.join(TIMEOUT + 40)
    assert status == 200 and 'id="grade">Red<' in page
    assert slow["status"] == 422 and f"took longer than the {TIMEOUT} s limit per file" in slow["page"]
    assert done < slow["end"], "the second upload finished while the slow one was still running"


def test_server_output_names_no_one(server):
    from pepqa.pipeline import check_file
    from pepqa.policy import load_policy

    child = check_file(str(POOR), load_policy(None)).pep.child.name
    assert child
    opener, token = _session(server.url)
    name = f"{child} PEP autumn.docx"
    status, page = _post_file(opener, server.url, token, name, POOR.read_bytes())
    assert status == 200 and child.split()[0] in page
    _post_file(opener, server.url, token, f"{child} broken.docx", b"PK\x03\x04 not really")
    out = server.output
    assert "Open http://127.0.0.1:" in out
    for word in (*child.split(), "PEP autumn", "broken.docx", "Traceback"):
        assert word not in out, word


def test_axe_check_can_fail(browser):
    """The accessibility check is real: a page with an unlabelled input and an image without alt text fails it."""
    page = browser.new_page()
    page.set_content('<html lang="en"><title>t</title><main><img src="data:,"><input type="text"></main></html>')
    ids = {v["id"] for v in axe_violations(page)}
    assert {"image-alt", "label"} <= ids, ids
    page.close()
