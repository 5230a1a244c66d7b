"""Rendering never fetches anything but template files and the logo; PEP text is always text; templates are strict."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from jinja2 import UndefinedError

from pepqa.checks.baseline import baseline_pep
from pepqa.render.engine import BUILTIN_TEMPLATES, Engine, SafeFetcher
from pepqa.render.pepdoc import render_pep

EVIL = '<img src="http://example.invalid/track.png"> <link rel="stylesheet" href="file:///etc/passwd"> <b>bold</b>'


def test_fetcher_serves_only_templates_and_logo(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG fake")
    f = SafeFetcher([BUILTIN_TEMPLATES], [logo])
    assert f.allowed_path((BUILTIN_TEMPLATES / "fonts" / "DejaVuSans.ttf").as_uri())
    assert f.allowed_path(logo.as_uri())
    for url in ("file:///etc/passwd", "http://example.invalid/x.png", "https://example.invalid/x.css",
                "data:text/css,body{}", "ftp://example.invalid/x", (BUILTIN_TEMPLATES / ".." / "pyproject.toml").as_uri(),
                (tmp_path / "other.png").as_uri(), "file://remotehost/share/x.png"):
        assert f.allowed_path(url) is None, url
        with pytest.raises(ValueError):
            f.fetch(url)
    # a symlink inside an allowed folder that points outside is refused too
    user = tmp_path / "tpl"
    user.mkdir()
    (user / "sneaky.css").symlink_to("/etc/passwd")
    g = SafeFetcher([user])
    assert g.allowed_path((user / "sneaky.css").as_uri()) is None


def test_pep_text_with_markup_renders_as_literal_text(tmp_path):
    pep = baseline_pep({"pupil_voice.text": EVIL, "aspirations": EVIL})
    eng = Engine()
    html = eng.html("pep.html.j2", for_pdf=True, inline_css="", **__import__(
        "pepqa.render.pepdoc", fromlist=["pep_context"]).pep_context(pep))
    assert "&lt;img src=&#34;http://example.invalid/track.png&#34;&gt;" in html
    assert '<img src="http://' not in html and '<link rel="stylesheet" href="file:' not in html
    pdf = render_pep(pep, tmp_path, "evil", formats=("pdf",))[0]
    with pdfplumber.open(pdf) as doc:
        text = " ".join((p.extract_text() or "") for p in doc.pages)
    assert '<img src="http://example.invalid/track.png">' in " ".join(text.split())
    assert '<link rel="stylesheet" href="file:///etc/passwd">' in " ".join(text.split())


def test_template_level_fetches_are_refused(tmp_path):
    user = tmp_path / "tpl"
    user.mkdir()
    (user / "evil.html.j2").write_text(
        '<!DOCTYPE html><html lang="en-GB"><head><title>t</title>'
        '<link rel="stylesheet" href="file:///etc/passwd">'
        '<link rel="stylesheet" href="http://example.invalid/x.css"></head>'
        '<body><h1>Hello</h1><img src="http://example.invalid/track.png" alt="x">'
        '<img src="file:///etc/hostname" alt="y"><img src="../../../etc/passwd" alt="z">'
        '<p style="background: url(https://example.invalid/bg.png)">text</p></body></html>', encoding="utf-8")
    eng = Engine(user_templates=user)
    data = eng.pdf_bytes(eng.html("evil.html.j2"))
    assert data.startswith(b"%PDF")
    refused = " ".join(eng.fetcher.refused)
    for url in ("file:///etc/passwd", "http://example.invalid/x.css", "http://example.invalid/track.png",
                "file:///etc/hostname", "https://example.invalid/bg.png"):
        assert url in refused, url
    assert "/etc/passwd" in refused  # the relative path resolved outside the templates folder


def test_jinja_is_strict_and_escapes():
    eng = Engine()
    assert eng.env.autoescape is True or eng.env.autoescape("x.html.j2")
    with pytest.raises(UndefinedError):
        eng.html("letter.html.j2", title="x", for_pdf=True, inline_css="")  # 'letter' missing


def test_fonts_are_bundled_with_licence():
    fonts = BUILTIN_TEMPLATES / "fonts"
    assert (fonts / "DejaVuSans.ttf").stat().st_size > 100_000
    assert (fonts / "DejaVuSans-Bold.ttf").stat().st_size > 100_000
    lic = (fonts / "LICENSE").read_text(encoding="utf-8")
    assert "Bitstream" in lic and "Permission is hereby granted" in lic
    css = (BUILTIN_TEMPLATES / "fonts.css").read_text(encoding="utf-8")
    assert 'url("fonts/DejaVuSans.ttf")' in css and 'url("fonts/DejaVuSans-Bold.ttf")' in css
