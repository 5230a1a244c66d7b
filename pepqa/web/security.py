"""What keeps a local PEP server safe from the other pages a teacher has open.

A server on 127.0.0.1 is reachable from every web page the browser shows, so:

- **DNS rebinding**: a hostile page can point its own host name at 127.0.0.1 and then read our
  pages as "same origin". The Host header then names *their* host, so every request whose Host is
  not the address we serve is refused (:class:`HostGuard`), before any route runs.
- **Cross-site requests** (a hostile page posting a form to us): every state-changing request
  (POST) needs a same-origin token. The page sets a random cookie (HttpOnly, SameSite=Strict) and
  puts ``HMAC(secret, cookie)`` in each form; a POST must carry both, and, when the browser says
  where it comes from (``Origin``, ``Sec-Fetch-Site``), that must be us. Cross-site POSTs are
  refused on their headers, before the body is read.
- **No cross-origin reading**: no CORS header is ever sent; ``OPTIONS`` is not a route.
- **Headers** on every response (:class:`SecurityHeaders`): a Content-Security-Policy with no inline
  script or style and nothing from elsewhere, no referrer, no framing, no MIME sniffing, and
  ``Cache-Control: no-store`` so a PEP's results never land in the browser's disk cache.
- **Signed payloads** (:class:`Signer`): the result page carries the PEP as read, so downloads can
  be made later without the server keeping anything; the payload is signed with the server's
  secret (new each start), so a download only ever renders what this server itself read.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import zlib
from typing import Any, Iterable, Optional

CSRF_COOKIE = "pepqa_token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]
NO_STORE = (b"cache-control", b"no-store")


def allowed_hosts(host: str, port: int) -> set[str]:
    """The Host header values that name this server: the bound address and, for loopback, localhost."""
    names = {host}
    if host in ("127.0.0.1", "localhost", "::1"):
        names |= {"127.0.0.1", "localhost", "[::1]"}
    if host in ("0.0.0.0", "::"):  # bound everywhere (--host): the machine's own names only
        names |= {"127.0.0.1", "localhost", "[::1]"}
        try:
            import socket

            names.add(socket.gethostname().lower())
        except OSError:  # pragma: no cover
            pass
    if ":" in host and not host.startswith("["):
        names.add(f"[{host}]")
    out = {f"{n}:{port}" for n in names}
    if port == 80:
        out |= names
    return {h.lower() for h in out}


def origins(hosts: Iterable[str]) -> set[str]:
    return {f"http://{h}" for h in hosts}


class HostGuard:
    """ASGI middleware: 400 for any request whose Host header is not one of ``hosts`` (DNS rebinding)."""

    def __init__(self, app, hosts: set[str]):
        self.app = app
        self.hosts = {h.lower() for h in hosts}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        host = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), "")
        if host.lower() not in self.hosts:
            body = b"This address is not served here. Open the address pepqa serve printed.\n"
            await send({"type": "http.response.start", "status": 400,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                    (b"content-length", str(len(body)).encode()), *HEADERS, NO_STORE]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """ASGI middleware: the security headers on every response; no-store unless a route set its own caching."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in {h for h, _ in HEADERS} and not k.lower().startswith(b"access-control-")]
                headers += HEADERS
                if not any(k.lower() == b"cache-control" for k, _ in headers):
                    headers.append(NO_STORE)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Tokens:
    """Same-origin tokens: ``HMAC(secret, cookie)`` in the form, the random cookie in the browser."""

    def __init__(self, secret: bytes, allowed_origins: set[str]):
        self.secret = secret
        self.origins = allowed_origins

    @staticmethod
    def new_cookie() -> str:
        return os.urandom(24).hex()

    def form_token(self, cookie: str) -> str:
        return hmac.new(self.secret, b"form|" + cookie.encode(), hashlib.sha256).hexdigest()

    def headers_ok(self, headers) -> Optional[str]:
        """None when the request's own headers allow a POST; else why not (checked before the body is read)."""
        origin = headers.get("origin")
        # "null": what a browser sends for our own forms under Referrer-Policy: no-referrer; the cookie (SameSite=Strict),
        # Sec-Fetch-Site and the token still tell our own page from another site's.
        if origin is not None and origin != "null" and origin.lower() not in self.origins:
            return "the request came from another web site"
        site = headers.get("sec-fetch-site")
        if site is not None and site not in ("same-origin", "none"):
            return "the request came from another web site"
        return None

    def token_ok(self, cookie: Optional[str], token: Optional[str]) -> bool:
        if not cookie or not token or len(cookie) > 200:
            return False
        return hmac.compare_digest(self.form_token(cookie), token)


class Signer:
    """Signs and checks the compact payload a result page carries for its downloads."""

    MAX_INFLATED = 8 * 1024 * 1024

    def __init__(self, secret: bytes):
        self.secret = secret

    def dumps(self, data: dict[str, Any]) -> tuple[str, str]:
        raw = zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(), 6)
        payload = base64.urlsafe_b64encode(raw).decode()
        return payload, self._sig(payload)

    def loads(self, payload: Optional[str], sig: Optional[str]) -> Optional[dict[str, Any]]:
        """The data, or None when the payload was not signed by this server (or is damaged)."""
        if not payload or not sig or not hmac.compare_digest(self._sig(payload), sig):
            return None
        try:
            d = zlib.decompressobj()
            raw = d.decompress(base64.urlsafe_b64decode(payload.encode()), self.MAX_INFLATED)
            return json.loads(raw)
        except (ValueError, zlib.error):
            return None

    def _sig(self, payload: str) -> str:
        return hmac.new(self.secret, b"payload|" + payload.encode(), hashlib.sha256).hexdigest()
