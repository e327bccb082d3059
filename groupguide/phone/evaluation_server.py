"""The evaluation form server: aiohttp in the caller's running asyncio loop, only while an
evaluation is open.

A plain object (no Textual): ``start()``/``stop()`` from the screen or the CLI, and a callback
``on_change(status)`` after a visit or a stored answer. Every rule about participant input is
enforced here, in the HTTP handler, so nothing a participant sends can raise in the UI. The
shared rules for a shared Wi-Fi (token, limits, nonce, origin check, headers) live in
``phone.PhoneServer``; this adds the evaluation's form, ballots and group commit.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from groupguide.evaluation import tokens
from groupguide.evaluation.answers import MAX_ANSWERS, AnswerStore, Evaluation, EvaluationError
from groupguide.phone import forms
from groupguide.phone.base import BODY_LIMIT, PhoneServer, ServerStartError

__all__ = ["BODY_LIMIT", "EvaluationServer", "ServerStartError", "ServerStatus"]

DONE_COOKIE = "gg_svart"


@dataclass(frozen=True)
class ServerStatus:
    answers: int  # answers stored for this evaluation (all sessions)
    visits: int  # form loads since this server started (a count only)
    closed: bool = False


class EvaluationServer(PhoneServer):
    PREFIX = "e"

    def __init__(
        self,
        answers: AnswerStore,
        evaluation: Evaluation,
        host: str,
        port: int = 0,
        on_change: Callable[[ServerStatus], None] | None = None,
        token: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(host, port, token, clock, on_change)
        self.answers = answers
        self.evaluation = evaluation
        self.visits = 0
        self._pending: list[tuple[dict, str | None, asyncio.Future[None]]] = []
        self._flusher: asyncio.Future[None] | None = None

    # -- lifetime ------------------------------------------------------------------------------

    @property
    def done_cookie(self) -> str:
        """Per evaluation (a reopened evaluation keeps refusing a phone that answered); its value
        is always "1" and is never stored."""
        return f"{DONE_COOKIE}_{tokens.digest(self.evaluation.id)[:10]}"

    def ballot_url(self, code: str) -> str:
        return f"{self.url}/{code}"

    async def stop(self) -> None:
        await super().stop()
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

    # -- HTTP ----------------------------------------------------------------------------------

    async def _route(self, request: web.Request, rest: str, lang: str) -> web.StreamResponse:
        action = self.path + (f"/{rest}" if rest else "")
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
            action = f"{self.path}/{code}"
        if not self.evaluation.is_open:
            return self._page("closed", lang, status=410)
        if request.cookies.get(self.done_cookie) == "1":
            return self._page(
                "already", lang, status=200 if request.method == "GET" else 409, switch=action
            )
        if ballot and tokens.digest(ballot) not in self.evaluation.ballots:
            return self._page("ballot_used", lang, status=403 if request.method == "POST" else 200)
        if self.evaluation.mode == "ballot" and not ballot:
            return self._page("ballot_needed", lang, switch=action)
        if request.method in ("GET", "HEAD"):
            return self._form(lang, action, ballot)
        if request.method == "POST":
            return await self._post(request, action, ballot)
        return self._page("bad", lang, status=405)

    def _form(
        self,
        lang: str,
        action: str,
        ballot: str,
        values: dict[str, str] | None = None,
        error: str = "",
        status: int = 200,
    ) -> web.Response:
        if self.evaluation.count >= MAX_ANSWERS:
            return self._page("full", lang, status=409)
        first_visit = self.visits == 0
        self.visits += 1
        html = forms.render_form(
            self.evaluation, lang, self._new_nonce(), action, values, error, ballot
        )
        if first_visit:
            self._notify()
        return self._html(html, status)

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
        data = await self._read_post(request, self._lang(request))
        if isinstance(data, web.StreamResponse):
            return data
        lang = forms.pick_lang(data.get("lang"))
        nonce = data.get("nonce")
        if not self._nonce_valid(nonce):
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
        response = web.Response(status=303, headers={"Location": f"{self.path}/takk?lang={lang}"})
        response.set_cookie(
            self.done_cookie, "1", max_age=12 * 3600, path="/e/", httponly=True, samesite="Strict"
        )
        return response
