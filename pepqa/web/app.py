"""The web application behind ``pepqa serve`` (Starlette, served by uvicorn).

Routes: ``GET /`` the page with the upload form; ``POST /check`` one PEP file in, its results out
(the same page); ``POST /download`` a feedback letter or the clean PEP, Word or PDF, for a PEP the
result page carries (signed, see :mod:`.security`); ``GET /static/web.css`` and ``/static/web.js``.
The page works without JavaScript: the script only adds drag-and-drop and a "checking" message.

Nothing is stored: an upload goes into a private temporary folder that is removed before the
response leaves (also on error); downloads are rendered from the signed payload into another
temporary folder, removed the same way. Nothing about a PEP or its file name is logged.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Optional

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..batch import Limits
from ..render.engine import authority, templates_dir
from .jobs import DOWNLOADS, JobFailed, Workers, check_job, render_job
from .security import CSRF_COOKIE, HostGuard, SecurityHeaders, Signer, Tokens, allowed_hosts, origins
from .uploads import UploadError, receive_form

STATIC = {"web.css": "text/css; charset=utf-8", "web.js": "text/javascript; charset=utf-8"}
_COOKIE_RE = re.compile(r"^[0-9a-f]{48}$")


def _display_name(raw: Optional[str]) -> str:
    """The upload's file name as the teacher knows it: no folders, no control characters, not too long."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:120] or "the file"


class WebApp:
    """Holds the settings, the workers and the secrets of one server run."""

    def __init__(self, policy, today=None, limits: Limits = Limits(), workers: int = 2, host: str = "127.0.0.1",
                 port: int = 8765, tmp_root: Optional[Path] = None):
        self.policy = policy
        self.limits = limits
        self.tmp_root = Path(tmp_root) if tmp_root else None
        secret = os.urandom(32)
        self.hosts = allowed_hosts(host, port)
        self.tokens = Tokens(secret, origins(self.hosts))
        self.signer = Signer(secret)
        self.workers = Workers(policy, today, limits, workers)
        folder = templates_dir() / "web"
        self.static = folder
        self.env = Environment(loader=FileSystemLoader(str(folder)), autoescape=select_autoescape(default=True),
                               undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        self.authority = authority(policy)["name"]

    # -- pages ------------------------------------------------------------------------------------
    def page(self, request: Request, status: int = 200, **context: Any) -> HTMLResponse:
        cookie = request.cookies.get(CSRF_COOKIE) or ""
        fresh = not _COOKIE_RE.match(cookie)
        if fresh:
            cookie = self.tokens.new_cookie()
        ctx = {"token": self.tokens.form_token(cookie), "result": None, "error": None, "file_name": None,
               "payload": None, "sig": None, "seconds": None, "authority": self.authority,
               "max_mb": self.limits.max_bytes // (1024 * 1024), "downloads": DOWNLOAD_LABELS}
        ctx.update(context)
        html = self.env.get_template("page.html.j2").render(**ctx)
        resp = HTMLResponse(html, status_code=status)
        if fresh:
            resp.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/")
        return resp

    async def index(self, request: Request) -> Response:
        return self.page(request)

    def _refuse(self, request: Request) -> Optional[Response]:
        why = self.tokens.headers_ok(request.headers)
        if why:
            return self.page(request, 403, error=f"This request was refused: {why}.")
        if not _COOKIE_RE.match(request.cookies.get(CSRF_COOKIE) or ""):
            return self.page(request, 403, error="This page has expired. Please choose the file again.")
        return None

    async def check(self, request: Request) -> Response:
        refused = self._refuse(request)
        if refused:
            return refused
        folder = Path(tempfile.mkdtemp(prefix="pepqa-web-", dir=self.tmp_root))
        try:
            try:
                up = await receive_form(request, folder, self.limits.max_bytes)
            except UploadError as e:
                return self.page(request, e.status, error=f"The file could not be checked: {e.reason}.")
            if not self.tokens.token_ok(request.cookies.get(CSRF_COOKIE), up.fields.get("token")):
                return self.page(request, 403, error="This page has expired. Please choose the file again.")
            name = _display_name(up.file_name)
            if up.file_path is None or (up.file_size == 0 and not up.file_name):
                return self.page(request, 400, error="Please choose a PEP file (Word, PDF or JSON) first.")
            start = time.perf_counter()
            try:
                out = await self.workers.run(check_job, str(up.file_path), name)
            except JobFailed as e:
                return self.page(request, e.status, error=f"{name}: {e.reason}", file_name=name)
            if "error" in out:
                return self.page(request, 422, error=f"{name}: {out['error']}", file_name=name)
            payload, sig = self.signer.dumps(out["payload"])
            return self.page(request, 200, result=out["view"], file_name=name, payload=payload, sig=sig,
                             seconds=time.perf_counter() - start)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    async def download(self, request: Request) -> Response:
        refused = self._refuse(request)
        if refused:
            return refused
        try:
            up = await receive_form(request, Path(os.devnull), 0, file_field="")
        except UploadError as e:
            return self.page(request, e.status, error=f"The download could not be made: {e.reason}.")
        if up.file_path is not None:  # pragma: no cover - max_bytes 0 refuses any file first
            return self.page(request, 400, error="The download could not be made.")
        if not self.tokens.token_ok(request.cookies.get(CSRF_COOKIE), up.fields.get("token")):
            return self.page(request, 403, error="This page has expired. Please choose the file again.")
        kind = up.fields.get("kind", "")
        if kind not in DOWNLOADS:
            return self.page(request, 400, error="There is no such download.")
        data = self.signer.loads(up.fields.get("payload"), up.fields.get("sig"))
        if data is None:
            return self.page(request, 400, error="These results are from an earlier session. Please choose the "
                                                   "file again to download its feedback.")
        try:
            body, stem = await self.workers.run(render_job, kind, data)
        except JobFailed as e:
            return self.page(request, e.status, error=f"The download could not be made: {e.reason}.")
        ext = kind.rsplit(".", 1)[1]
        return Response(body, media_type=DOWNLOADS[kind][2],
                        headers={"Content-Disposition": f'attachment; filename="{stem}.{ext}"'})

    async def static_file(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            raise HTTPException(404)
        return Response((self.static / name).read_bytes(), media_type=STATIC[name],
                        headers={"Cache-Control": "no-cache"})

    async def not_found(self, request: Request, exc: HTTPException) -> Response:
        code = getattr(exc, "status_code", 404)
        text = {404: "There is nothing at this address.", 405: "This address does not accept that request."}.get(
            code, "This request could not be handled.")
        return PlainTextResponse(text + " Open the address pepqa serve printed.\n", status_code=code)

    async def server_error(self, request: Request, exc: Exception) -> Response:
        return PlainTextResponse("Something went wrong while handling this request (an internal error; please "
                                 "report it). Nothing was kept.\n", status_code=500)

    def _safe(self, handler):
        """A route that turns any unexpected error into the one-line 500 page: nothing reaches the server log."""
        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except Exception as e:  # noqa: BLE001
                return await self.server_error(request, e)
        return route

    def asgi(self):
        @asynccontextmanager
        async def lifespan(app):
            import asyncio

            self.workers.start()
            warming = asyncio.ensure_future(self.workers.warm())  # in the background: the page is up at once
            try:
                yield
            finally:
                warming.cancel()
                self.workers.close()

        app = Starlette(routes=[
            Route("/", self._safe(self.index), methods=["GET"]),
            Route("/check", self._safe(self.check), methods=["POST"]),
            Route("/download", self._safe(self.download), methods=["POST"]),
            Route("/static/{name}", self.static_file, methods=["GET"]),
        ], exception_handlers={HTTPException: self.not_found, 500: self.server_error, Exception: self.server_error},
            lifespan=lifespan)
        return HostGuard(SecurityHeaders(app), self.hosts)


DOWNLOAD_LABELS = [
    ("feedback.docx", "Feedback (Word)"),
    ("feedback.pdf", "Feedback (PDF)"),
    ("clean-pep.docx", "Clean PEP (Word)"),
    ("clean-pep.pdf", "Clean PEP (PDF)"),
]


def create_app(policy, **kwargs):
    """The ASGI application; ``kwargs`` as :class:`WebApp` (today, limits, workers, host, port, tmp_root)."""
    return WebApp(policy, **kwargs).asgi()
