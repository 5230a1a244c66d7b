"""The shared machinery of every renderer: Jinja2 templates, the safe URL fetcher, PDF and DOCX output.

Why one engine: letters, clean PEPs and moderation packs must look alike, and rendering many PDFs
must be fast, so the Jinja2 environment, the parsed stylesheets and the font configuration are built
once per process and reused (see :func:`engine`).

Safety, because PEP text is untrusted:
- Jinja2 runs with ``autoescape=True`` and ``StrictUndefined``: a PEP containing
  ``<img src="http://...">`` is printed as those characters, and a template typo is an error
  rather than an empty gap in a letter.
- WeasyPrint gets a :class:`SafeFetcher` that serves only files under the templates folder(s) and the
  policy's logo file, and refuses everything else: http(s), data: and any ``file://`` path outside
  those (symlinks and ``..`` are resolved first). Nothing is ever fetched from the network.

Accessibility: PDFs are PDF/UA-1 (tagged, with /StructTreeRoot), ``<html lang="en-GB">`` sets /Lang,
``<title>`` sets the document title, templates use real headings and ``<th scope>`` table headers.
Fonts are the DejaVu Sans files bundled in ``templates/fonts`` under a private family name, so output
is the same on every machine whatever fonts are installed.
"""
from __future__ import annotations

import mimetypes
import os
import re
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Optional
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..atomic import write_with

BUILTIN_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
PDF_VARIANT = "pdf/ua-1"


def templates_dir() -> Path:
    """The built-in templates folder: ``templates/`` in the repository, else ``<prefix>/share/pepqa/templates``
    (installed from a wheel); the PEPQA_TEMPLATES environment variable overrides both."""
    env = os.environ.get("PEPQA_TEMPLATES")
    if env:
        return Path(env).resolve()
    if BUILTIN_TEMPLATES.is_dir():
        return BUILTIN_TEMPLATES
    installed = Path(sys.prefix) / "share" / "pepqa" / "templates"
    return installed if installed.is_dir() else BUILTIN_TEMPLATES


class RefusedURL(ValueError):
    pass


_SAFE_FETCHER: list = []


def _fetcher_class():
    """:class:`SafeFetcher`, defined on first use. Why lazily: it subclasses WeasyPrint's URLFetcher, and
    importing WeasyPrint (~0.5 s) is not needed by what imports this module for formatting only (a batch
    worker builds each PEP's letter context from :mod:`.letters` without rendering anything)."""
    if _SAFE_FETCHER:
        return _SAFE_FETCHER[0]
    try:
        from weasyprint.urls import URLFetcher, URLFetcherResponse
    except ImportError:  # pragma: no cover - DOCX only
        URLFetcher, URLFetcherResponse = object, None  # type: ignore

    class SafeFetcher(URLFetcher):  # type: ignore[misc]
        """Serves only files under ``roots`` and the exact ``files`` given; refuses every other URL.

        Refused URLs are recorded in :attr:`refused` (the text of the URL only) so tests and callers
        can see what a template or document tried to load.
        """

        def __init__(self, roots: Iterable[Path], files: Iterable[Path] = ()):
            super().__init__(allowed_protocols={"file"}, fail_on_errors=False)
            self.roots = [Path(r).resolve() for r in roots]
            self.files = {Path(f).resolve() for f in files}
            self.refused: list[str] = []
            self._lock = threading.Lock()

        def allowed_path(self, url: str) -> Optional[Path]:
            try:
                parts = urlsplit(url)
            except ValueError:
                return None
            if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
                return None
            try:
                path = Path(url2pathname(unquote(parts.path))).resolve(strict=True)
            except (OSError, RuntimeError, ValueError):
                return None
            if not path.is_file():
                return None
            if path in self.files or any(path.is_relative_to(r) for r in self.roots):
                return path
            return None

        def fetch(self, url, headers=None):  # noqa: D401  (WeasyPrint API)
            path = self.allowed_path(url)
            if path is None:
                with self._lock:
                    self.refused.append(url)
                raise RefusedURL(f"pepqa does not fetch {url[:200]!r}: only template files and the policy's logo are used")
            ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(path.as_uri(), body=path.read_bytes(), headers={"Content-Type": ctype})

    _SAFE_FETCHER.append(SafeFetcher)
    return SafeFetcher


def __getattr__(name: str):
    if name == "SafeFetcher":
        return _fetcher_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- formatting helpers shared by templates and DOCX builders -----------------------------------
NOT_RECORDED = "Not recorded"


def long_date(d: Any, weekday: bool = False) -> str:
    """'8 October 2025' (or 'Wednesday 8 October 2025'); text is returned as it is; None -> 'Not recorded'."""
    if d is None or d == "":
        return NOT_RECORDED
    if isinstance(d, str):
        try:
            d = date.fromisoformat(d)
        except ValueError:
            return d
    s = f"{d.day} {d.strftime('%B %Y')}"
    return f"{d.strftime('%A')} {s}" if weekday else s


def money(x: Any) -> str:
    """£430 for whole pounds, £666.66 otherwise; None -> 'Not recorded'."""
    if x is None:
        return NOT_RECORDED
    x = float(x)
    return f"£{x:,.0f}" if abs(x - round(x)) < 0.005 else f"£{x:,.2f}"


def shown(value: Any) -> str:
    """A value for display: None/empty -> 'Not recorded'; booleans -> Yes/No."""
    if value is None or value == "" or value == []:
        return NOT_RECORDED
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, date):
        return long_date(value)
    if hasattr(value, "value"):  # enums
        return str(value.value).replace("_", " ")
    return str(value)


def shorten(text: Optional[str], limit: int = 300) -> str:
    """Cut long text at a word boundary with an ellipsis."""
    if not text:
        return ""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def safe_stem(text: str, fallback: str = "pep") -> str:
    """A file-name-safe stem (letters, digits, - and _)."""
    s = re.sub(r"[^A-Za-z0-9_\-]+", "-", text).strip("-")
    return s[:80] or fallback


# -- the engine ----------------------------------------------------------------------------------
class Engine:
    """One Jinja2 environment, one font configuration and the parsed stylesheets, reused for every document."""

    def __init__(self, user_templates: Optional[Path] = None, logo: Optional[Path] = None):
        builtin = templates_dir()
        self.dirs = [Path(user_templates).resolve()] if user_templates else []
        self.dirs.append(builtin)
        self.logo = Path(logo).resolve() if logo else None
        self.env = Environment(
            loader=ChoiceLoader([FileSystemLoader(str(d)) for d in self.dirs]),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(long_date=long_date, money=money, shown=shown, shorten=shorten)
        self.fetcher = _fetcher_class()(self.dirs, [self.logo] if self.logo else [])
        self._pdf_ready = False
        self._lock = threading.Lock()

    # Files the templates may name are looked up user-folder first.
    def find(self, name: str) -> Path:
        for d in self.dirs:
            if (d / name).is_file():
                return d / name
        raise FileNotFoundError(f"template file {name!r} not found in {', '.join(str(d) for d in self.dirs)}")

    def css_text(self, name: str = "style.css") -> str:
        return self.find(name).read_text(encoding="utf-8")

    def _prepare_pdf(self) -> None:
        if self._pdf_ready:
            return
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        self.font_config = FontConfiguration()
        self.stylesheets = [
            CSS(filename=str(self.find(n)), url_fetcher=self.fetcher, font_config=self.font_config)
            for n in ("fonts.css", "style.css")
        ]
        self._pdf_ready = True

    def html(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)

    def pdf_bytes(self, html: str) -> bytes:
        """Render HTML (already made from a template) to a tagged PDF/UA-1 document."""
        from weasyprint import HTML

        with self._lock:  # WeasyPrint's font configuration is not thread-safe
            self._prepare_pdf()
            doc = HTML(string=html, base_url=self.dirs[-1].as_uri() + "/", url_fetcher=self.fetcher)
            return doc.write_pdf(stylesheets=self.stylesheets, font_config=self.font_config,
                                 pdf_variant=PDF_VARIANT, pdf_tags=True)

    def write_pdf(self, target: Path, template: str, **context: Any) -> None:
        data = self.pdf_bytes(self.html(template, for_pdf=True, inline_css="", **context))
        write_with(target, lambda p: p.write_bytes(data))

    def write_html(self, target: Path, template: str, **context: Any) -> None:
        """A standalone HTML page: the stylesheet inlined, no external requests, system fonts."""
        text = self.html(template, for_pdf=False, inline_css=self.css_text(), **context)
        write_with(target, lambda p: p.write_text(text, encoding="utf-8"))

    def write_documents(self, out_dir: Path, stem: str, template: str, context: dict[str, Any],
                        docx_writer, formats: Iterable[str]) -> list[Path]:
        """``STEM.pdf`` from an HTML template and/or ``STEM.docx`` from ``docx_writer``; the paths written."""
        out_dir = Path(out_dir)
        written = []
        try:
            if "docx" in formats:
                p = out_dir / f"{stem}.docx"
                docx_writer(p, context, self)
                written.append(p)
            if "pdf" in formats:
                p = out_dir / f"{stem}.pdf"
                self.write_pdf(p, template, **context)
                written.append(p)
        except BaseException:
            for p in written:  # both formats or neither: never a PDF without its Word file
                p.unlink(missing_ok=True)
            raise
        return [p for ext in ("pdf", "docx") for p in written if p.suffix == f".{ext}"]

    def logo_url(self) -> Optional[str]:
        return self.logo.as_uri() if self.logo and self.logo.is_file() else None


_ENGINES: dict[tuple, Engine] = {}


def engine(user_templates: Optional[Path] = None, logo: Optional[Path] = None) -> Engine:
    """The process-wide engine for these templates and logo (built once, then reused)."""
    key = (str(user_templates or ""), str(logo or ""), str(templates_dir()))
    if key not in _ENGINES:
        _ENGINES[key] = Engine(user_templates, logo)
    return _ENGINES[key]


def policy_logo(policy) -> Optional[Path]:
    """The policy's logo file, relative to the policy file's folder (or the current folder); None if unset/missing."""
    raw = (policy.get("authority.logo") or "").strip() if policy is not None else ""
    if not raw:
        return None
    p = Path(raw).expanduser()
    if not p.is_absolute():
        base = Path(policy.source).parent if getattr(policy, "source", None) else Path.cwd()
        p = base / p
    return p.resolve() if p.is_file() else None


def authority(policy) -> dict[str, Any]:
    """The letterhead from the policy's [authority] table, JSON-ready."""
    get = (lambda k, d="": policy.get(f"authority.{k}") or d) if policy is not None else (lambda k, d="": d)
    address = [ln.strip() for ln in str(get("address")).replace("\\n", "\n").splitlines() if ln.strip()]
    return {
        "name": get("name", "Virtual School"),
        "address": address,
        "contact": get("contact"),
        "signatory": get("signatory", "Virtual School Headteacher"),
    }
