"""The form server: aiohttp in the caller's running asyncio loop, only while an evaluation is open.

A plain object (no Textual): ``start()``/``stop()`` from the screen or the CLI, and a callback
``on_change(status)`` after a visit or a stored answer. Every rule about participant input is
enforced here, in the HTTP handler, so nothing a participant sends can raise in the UI.

Security on a shared Wi-Fi (tech-notes): an 80-bit token in the path (404 for anything else), a
body limit (413), a per-client rate limit held in memory only (429), a single-use nonce per form
load, an Origin/Referer host check, strict validation with nothing stored from a rejected post,
escaped output and strict headers. Nothing about a client (IP, user agent, cookie, time) is stored.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from aiohttp import web

from groupguide.evaluation import forms, tokens
from groupguide.evaluation.answers import MAX_ANSWERS, AnswerStore, Evaluation, EvaluationError

BODY_LIMIT = 32 * 1024
NONCE_TTL = 3 * 3600.0
MAX_NONCES = 5000
RATE_CAPACITY = 120.0  # requests in a burst per client address
RATE_REFILL = 2.0  # requests per second
MAX_CLIENTS = 4096
DONE_COOKIE = "gg_svart"
HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; style-src 'self'; img-src 'self'; "
                                "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on a form
    # post, which would defeat the Origin check. Our pages link to no other site.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}


@dataclass(frozen=True)
class ServerStatus:
    answers: int  # answers stored for this evaluation (all sessions)
    visits: int  # form loads since this server started (a count only)
    closed: bool = False


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


class EvaluationServer:
    def __init__(self, answers: AnswerStore, evaluation: Evaluation, host: str, port: int = 0,
                 on_change: Callable[[ServerStatus], None] | None = None,
                 token: str | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.answers = answers
        self.evaluation = evaluation
        self.host = host
        self.port = port
        self.on_change = on_change
        self.token = token or tokens.new_code()
        self.clock = clock
        self.visits = 0
        self._nonces: OrderedDict[str, float] = OrderedDict()
        self._limiter = _RateLimiter(RATE_CAPACITY, RATE_REFILL, clock)
        self._pending: list[tuple[dict, str | None, asyncio.Future[None]]] = []
        self._flusher: asyncio.Future[None] | None = None
        self._runner: web.AppRunner | None = None
        self._css = resources.files("groupguide.evaluation").joinpath(
            "assets/form.css").read_bytes()

    # -- lifetime ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._runner is not None

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.base}/e/{self.token}"

    @property
    def done_cookie(self) -> str:
        """Per evaluation (a reopened evaluation keeps refusing a phone that answered); its value
        is always "1" and is never stored."""
        return f"{DONE_COOKIE}_{tokens.digest(self.evaluation.id)[:10]}"

    def ballot_url(self, code: str) -> str:
        return f"{self.url}/{code}"

    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=BODY_LIMIT, middlewares=[self._middleware])
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        return app

    async def start(self) -> str:
        """Bind and serve; the URL. Raises ServerStartError (port busy, address gone)."""
        runner = web.AppRunner(self.make_app(), access_log=None, shutdown_timeout=1.0,
                               handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port, reuse_address=True)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise ServerStartError(exc.strerror or str(exc), self.host, self.port) from None
        sockets = [s for server in [site._server] if server is not None  # noqa: SLF001
                   for s in getattr(server, "sockets", ())]
        if sockets:
            self.port = sockets[0].getsockname()[1]
        self._runner = runner
        return self.url

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        await self.drain()

    async def drain(self) -> None:
        """Wait until every accepted answer is on disk."""
        while self._flusher is not None and not self._flusher.done():
            await asyncio.shield(self._flusher)

    async def close_evaluation(self) -> None:
        """Mark the evaluation closed (pages say so from now on). Raises EvaluationError."""
        await self.drain()  # no answer write may land after (and over) the closed state
        self.answers.close(self.evaluation)
        self._nonces.clear()
        self._notify()

    def status(self) -> ServerStatus:
        return ServerStatus(self.evaluation.count, self.visits, not self.evaluation.is_open)

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
        for name, value in HEADERS.items():
            response.headers[name] = value
        return response

    @staticmethod
    def _lang(request: web.Request) -> str:
        return forms.pick_lang(request.query.get("lang"))

    def _page(self, key: str, lang: str, status: int = 200,
              switch: str | None = None) -> web.Response:
        return web.Response(text=forms.message_page(key, lang, switch), status=status,
                            content_type="text/html", charset="utf-8")

    def _html(self, html: str, status: int = 200) -> web.Response:
        return web.Response(text=html, status=status, content_type="text/html",
                            charset="utf-8")

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        lang = self._lang(request)
        parts = [p for p in request.path.split("/") if p]
        if request.method in ("GET", "HEAD") and parts == ["assets", "form.css"]:
            return web.Response(body=self._css, content_type="text/css", charset="utf-8")
        if len(parts) < 2 or parts[0] not in ("e", "E") or len(parts) > 3:
            return self._page("not_found", lang, status=404)
        token = tokens.normalise(parts[1])
        if token is None or not tokens.same(token, self.token):
            return self._page("not_found", lang, status=404)
        rest = parts[2] if len(parts) == 3 else ""
        action = f"/e/{self.token}" + (f"/{rest}" if rest else "")
        if rest.lower() == "takk":
            if request.method not in ("GET", "HEAD"):
                return self._page("not_found", lang, status=405)
            return self._page("thanks", lang, switch=action)
        ballot = ""
        if rest:
            code = tokens.normalise(rest)
            if self.evaluation.mode != "ballot" or code is None:
                return self._page("not_found", lang, status=404)
            ballot = code
            action = f"/e/{self.token}/{code}"
        if not self.evaluation.is_open:
            return self._page("closed", lang, status=410)
        if request.cookies.get(self.done_cookie) == "1":
            return self._page("already", lang, status=200 if request.method == "GET" else 409,
                              switch=action)
        if ballot and tokens.digest(ballot) not in self.evaluation.ballots:
            return self._page("ballot_used", lang, status=403 if request.method == "POST"
                              else 200)
        if self.evaluation.mode == "ballot" and not ballot:
            return self._page("ballot_needed", lang, switch=action)
        if request.method in ("GET", "HEAD"):
            return self._form(lang, action, ballot)
        if request.method == "POST":
            return await self._post(request, action, ballot)
        return self._page("bad", lang, status=405)

    def _form(self, lang: str, action: str, ballot: str, values: dict[str, str] | None = None,
              error: str = "", status: int = 200) -> web.Response:
        if self.evaluation.count >= MAX_ANSWERS:
            return self._page("full", lang, status=409)
        first_visit = self.visits == 0
        self.visits += 1
        html = forms.render_form(self.evaluation, lang, self._new_nonce(), action, values,
                                 error, ballot)
        if first_visit:
            self._notify()
        return self._html(html, status)

    def _new_nonce(self) -> str:
        now = self.clock()
        while self._nonces:
            oldest, expiry = next(iter(self._nonces.items()))
            if expiry > now and len(self._nonces) < MAX_NONCES:
                break
            self._nonces.pop(oldest)
        nonce = secrets.token_urlsafe(18)
        self._nonces[nonce] = now + NONCE_TTL
        return nonce

    def _same_origin(self, request: web.Request) -> bool:
        host = (request.headers.get("Host") or "").lower()
        if not host:
            return False
        for header in ("Origin", "Referer"):
            value = request.headers.get(header)
            if value is None:
                continue
            try:
                parsed = urlsplit(value)
            except ValueError:
                return False
            return parsed.scheme == "http" and parsed.netloc.lower() == host
        return False

    async def _store(self, answer: dict, ballot_digest: str | None) -> None:
        """Group commit: answers arriving together are written in one atomic write, off the
        loop thread, and each post is confirmed only once its answer is on disk."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((answer, ballot_digest, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.ensure_future(self._flush())
        await asyncio.shield(future)

    async def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            staged = [self.answers.stage(self.evaluation, a, d) for a, d, _ in batch]
            data = self.answers.snapshot(self.evaluation)  # taken on the loop thread
            try:
                await asyncio.to_thread(self.answers.write, self.evaluation.id, data)
            except EvaluationError as exc:
                for item in reversed(staged):
                    self.answers.unstage(self.evaluation, item)
                for *_, future in batch:
                    if not future.done():
                        future.set_exception(exc)
            else:
                for *_, future in batch:
                    if not future.done():
                        future.set_result(None)

    async def _post(self, request: web.Request, action: str, ballot: str) -> web.Response:
        lang = self._lang(request)
        if request.content_length is not None and request.content_length > BODY_LIMIT:
            return self._page("too_large", lang, status=413)
        if request.content_type != "application/x-www-form-urlencoded":
            return self._page("bad", lang, status=400)
        if not self._same_origin(request):
            return self._page("forbidden", lang, status=403)
        try:
            data = await request.post()
        except web.HTTPRequestEntityTooLarge:
            return self._page("too_large", lang, status=413)
        except (ValueError, UnicodeDecodeError):
            return self._page("bad", lang, status=400)
        lang = forms.pick_lang(data.get("lang"))
        nonce = data.get("nonce")
        if not isinstance(nonce, str) or nonce not in self._nonces \
                or self._nonces[nonce] < self.clock():
            return self._page("expired", lang, status=409, switch=action)
        if ballot and data.get("ballot") != ballot:
            return self._page("bad", lang, status=400)
        try:
            answer, values, error = forms.validate(self.evaluation, data.items(), lang)
        except forms.BadForm:
            return self._page("bad", lang, status=400)
        if self.evaluation.count >= MAX_ANSWERS:
            return self._page("full", lang, status=409)
        self._nonces.pop(nonce, None)  # single use, whatever happens next
        if answer is None:
            return self._form(lang, action, ballot, values, error, status=422)
        try:
            await self._store(answer, tokens.digest(ballot) if ballot else None)
        except EvaluationError:
            return self._page("not_saved", lang, status=503)
        self._notify()
        response = web.Response(status=303,
                                headers={"Location": f"/e/{self.token}/takk?lang={lang}"})
        response.set_cookie(self.done_cookie, "1", max_age=12 * 3600, path="/e/",
                            httponly=True, samesite="Strict")
        return response
