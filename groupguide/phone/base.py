"""What every page served to the participants' phones shares: aiohttp in the caller's running
asyncio loop, and the rules for input from a shared Wi-Fi (tech-notes).

An 80-bit token in the path (404 for anything else), a body limit (413), read deadlines and a cap
on connections per address (``phone.guard``), a per-client rate limit held in memory only (429), a
single-use nonce per form load, an Origin/Referer check against the address this server serves,
friendly pages instead of tracebacks (a 4xx for anything malformed), strict headers and a generic
``Server`` header, and no log that names a client. Nothing about a client (IP, user agent, cookie,
time) is stored. Subclasses (the evaluation form, the audit form) route below their token.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from multidict import MultiDictProxy

from groupguide.evaluation import tokens
from groupguide.phone import forms
from groupguide.phone.guard import (
    BODY_TIMEOUT,
    HEADER_TIMEOUT,
    ConnectionGuard,
    GuardedSite,
    secure,
)

BODY_LIMIT = 32 * 1024
NONCE_TTL = 3 * 3600.0
MAX_NONCES = 5000
RATE_CAPACITY = 120.0  # requests in a burst per client address
RATE_REFILL = 2.0  # requests per second
MAX_CLIENTS = 4096
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on a form
    # post, which would defeat the Origin check. Our pages link to no other site.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class ServerStartError(Exception):
    def __init__(self, message: str, host: str, port: int) -> None:
        super().__init__(message)
        self.message, self.host, self.port = message, host, port


class _RateLimiter:
    """A token bucket per client address, in memory only, forgotten oldest-first."""

    def __init__(self, capacity: float, refill: float, clock: Callable[[], float]) -> None:
        self.capacity, self.refill, self.clock = capacity, refill, clock
        self.buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def allow(self, client: str) -> bool:
        now = self.clock()
        tokens_left, then = self.buckets.pop(client, (self.capacity, now))
        tokens_left = min(self.capacity, tokens_left + (now - then) * self.refill)
        allowed = tokens_left >= 1.0
        self.buckets[client] = (tokens_left - 1.0 if allowed else tokens_left, now)
        while len(self.buckets) > MAX_CLIENTS:
            self.buckets.popitem(last=False)
        return allowed


class PhoneServer:
    """Serves ``/<PREFIX>/<token>[/<rest>]`` and the stylesheet; subclasses answer ``_route``."""

    PREFIX = "e"

    def __init__(
        self,
        host: str,
        port: int = 0,
        token: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        on_change: Callable[[Any], None] | None = None,
        nonce_key: bytes | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.on_change = on_change
        self.host = host
        self.port = port
        self.token = token or tokens.new_code()
        self.clock = clock
        self.wall = wall
        # Nonces are signed, not stored: a form loaded before a restart (with the same key)
        # still posts. Used ones are remembered until they expire, in memory only.
        self.nonce_key = nonce_key or secrets.token_bytes(32)
        self._used_nonces: OrderedDict[str, float] = OrderedDict()
        self._limiter = _RateLimiter(RATE_CAPACITY, RATE_REFILL, clock)
        self._runner: web.AppRunner | None = None
        self.guard = ConnectionGuard()
        self.header_timeout = HEADER_TIMEOUT
        self.body_timeout = BODY_TIMEOUT
        self._css = resources.files("groupguide.phone").joinpath("assets/form.css").read_bytes()

    # -- lifetime ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._runner is not None

    @property
    def base(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def path(self) -> str:
        return f"/{self.PREFIX}/{self.token}"

    @property
    def url(self) -> str:
        return f"{self.base}{self.path}"

    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=BODY_LIMIT, middlewares=[self._middleware])
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        return app

    async def start(self) -> str:
        """Bind and serve; the URL. Raises ServerStartError (port busy, address gone)."""
        runner = web.AppRunner(
            self.make_app(), access_log=None, shutdown_timeout=1.0, handle_signals=False
        )
        await runner.setup()
        site = GuardedSite(runner, self.host, self.port, self.guard, HEADERS, self.header_timeout)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise ServerStartError(exc.strerror or str(exc), self.host, self.port) from None
        self.port = site.bound_port
        self._runner = runner
        return self.url

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    def status(self) -> Any:
        """What ``on_change`` is called with (a count, never a participant's input)."""
        raise NotImplementedError

    def _notify(self) -> None:
        if self.on_change is None:
            return
        try:
            self.on_change(self.status())
        except Exception:  # noqa: BLE001 - the UI's trouble must never break the form
            pass

    # -- HTTP ----------------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler) -> web.StreamResponse:
        client = request.remote or "?"
        if not self._limiter.allow(client):
            response = self._page("too_many", self._lang(request), status=429)
            response.headers["Retry-After"] = "30"
        else:
            try:
                response = await handler(request)
            except web.HTTPRequestEntityTooLarge:
                response = self._page("too_large", self._lang(request), status=413)
            except web.HTTPException as exc:
                key = "not_found" if exc.status == 404 else "bad"
                response = self._page(key, self._lang(request), status=max(exc.status, 400))
            except (asyncio.CancelledError, ConnectionError):
                raise  # the phone went away: nobody to answer
            except Exception:  # noqa: BLE001 - a bug must never show a traceback (or be logged)
                response = self._page("not_saved", self._lang(request), status=500)
        secure(response, HEADERS)
        return response

    @staticmethod
    def _lang(request: web.Request) -> str:
        return forms.pick_lang(request.query.get("lang"))

    def _page(
        self, key: str, lang: str, status: int = 200, switch: str | None = None
    ) -> web.Response:
        return web.Response(
            text=forms.message_page(key, lang, switch),
            status=status,
            content_type="text/html",
            charset="utf-8",
        )

    def _html(self, html: str, status: int = 200) -> web.Response:
        return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        lang = self._lang(request)
        parts = [p for p in request.path.split("/") if p]
        if request.method in ("GET", "HEAD") and parts == ["assets", "form.css"]:
            return web.Response(body=self._css, content_type="text/css", charset="utf-8")
        if len(parts) < 2 or parts[0].lower() != self.PREFIX or len(parts) > 3:
            return self._page("not_found", lang, status=404)
        token = tokens.normalise(parts[1])
        if token is None or not tokens.same(token, self.token):
            return self._page("not_found", lang, status=404)
        return await self._route(request, parts[2] if len(parts) == 3 else "", lang)

    async def _route(self, request: web.Request, rest: str, lang: str) -> web.StreamResponse:
        raise NotImplementedError

    # -- form posts ----------------------------------------------------------------------------

    def _sign(self, body: str) -> str:
        mac = hmac.new(self.nonce_key, body.encode(), hashlib.sha256).digest()[:16]
        return base64.urlsafe_b64encode(mac).decode().rstrip("=")

    def _new_nonce(self) -> str:
        body = f"{int(self.wall()):x}.{secrets.token_urlsafe(12)}"
        return f"{body}.{self._sign(body)}"

    def _nonce_issued(self, nonce: object) -> int | None:
        """When a nonce of ours was issued, or None for anything else."""
        if not isinstance(nonce, str) or len(nonce) > 80 or nonce.count(".") != 2:
            return None
        issued, rand, signature = nonce.split(".")
        if not hmac.compare_digest(signature.encode(), self._sign(f"{issued}.{rand}").encode()):
            return None
        try:
            return int(issued, 16)
        except ValueError:
            return None

    def _nonce_valid(self, nonce: object) -> bool:
        issued = self._nonce_issued(nonce)
        if issued is None or nonce in self._used_nonces:
            return False
        return 0 <= self.wall() - issued <= NONCE_TTL

    def _use_nonce(self, nonce: object) -> None:
        """Single use, whatever happens next."""
        issued = self._nonce_issued(nonce)
        if issued is None:
            return
        now = self.wall()
        while self._used_nonces:
            oldest, expiry = next(iter(self._used_nonces.items()))
            if expiry > now and len(self._used_nonces) < MAX_NONCES:
                break
            self._used_nonces.pop(oldest)
        self._used_nonces[str(nonce)] = issued + NONCE_TTL

    def _forget_nonces(self) -> None:
        """No form loaded so far posts any more (a new key)."""
        self.nonce_key = secrets.token_bytes(32)
        self._used_nonces.clear()

    def _same_origin(self, request: web.Request) -> bool:
        """The post comes from a page of this server: its Origin (else its Referer) names the
        address this server serves, not merely the Host header the request itself carries."""
        served = urlsplit(self.base).netloc.lower()
        for header in ("Origin", "Referer"):
            value = request.headers.get(header)
            if value is None:
                continue
            try:
                parsed = urlsplit(value)
            except ValueError:
                return False
            return parsed.scheme == "http" and parsed.netloc.lower() == served
        return False

    async def _read_post(self, request: web.Request, lang: str) -> MultiDictProxy | web.Response:
        """The posted fields, or the friendly page that refuses them (nothing is stored)."""
        if request.content_length is not None and request.content_length > BODY_LIMIT:
            return self._page("too_large", lang, status=413)
        if request.content_type != "application/x-www-form-urlencoded":
            return self._page("bad", lang, status=400)
        if not self._same_origin(request):
            return self._page("forbidden", lang, status=403)
        try:
            async with asyncio.timeout(self.body_timeout):
                return await request.post()
        except TimeoutError:
            response = self._page("slow", lang, status=408)
            response.force_close()
            return response
        except web.HTTPRequestEntityTooLarge:
            return self._page("too_large", lang, status=413)
        except (ValueError, UnicodeDecodeError, LookupError):  # LookupError: unknown charset
            return self._page("bad", lang, status=400)


async def start_on(server: PhoneServer) -> str:
    """Start on the server's port, or on any free port when that one is busy (a second form
    open at the same time). Raises ServerStartError when neither works."""
    try:
        return await server.start()
    except ServerStartError:
        if server.port == 0:
            raise
        server.port = 0
        return await server.start()
