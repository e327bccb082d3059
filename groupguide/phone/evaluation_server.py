"""The evaluation form server: aiohttp in the caller's running asyncio loop, only while an
evaluation is open.

A plain object (no Textual): ``start()``/``stop()`` from the screen or the CLI, and a callback
``on_change(status)`` after a visit or a stored answer. Every rule about participant input is
enforced here, in the HTTP handler, so nothing a participant sends can raise in the UI. The
shared rules for a shared Wi-Fi (token, limits, nonce, origin check, headers) live in
``phone.PhoneServer``; this adds the evaluation's form, ballots and group commit.

Whether an answer is taken is decided in one step on the event loop's thread, when the group
commit stages it: the evaluation is open, not full (its limit: the participants present), the
ballot code is still unused (and is used by this answer), and in open mode the phone's network
address has not answered (``AddressBook``, in memory only). What a request checks before that
only picks a friendly page; however many posts arrive together, a code carries one answer and
the limit holds. A write that fails takes back exactly what its batch staged. A free text that
looks like a patient identifier comes back masked with a warning before anything is stored, and
whatever still looks like one when it is sent again is masked before it is stored.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from groupguide.domain.confidentiality import find_identifiers, mask
from groupguide.evaluation import tokens
from groupguide.evaluation.answers import AnswerStore, EvaluationError
from groupguide.evaluation.model import MAX_ANSWERS, TEXT_FIELDS, Evaluation
from groupguide.phone import forms
from groupguide.phone.addresses import AddressBook, Receipt
from groupguide.phone.base import BODY_LIMIT, PhoneServer, ServerStartError

__all__ = ["BODY_LIMIT", "EvaluationServer", "Refused", "ServerStartError", "ServerStatus"]

DONE_COOKIE = "gg_svart"


@dataclass(frozen=True)
class ServerStatus:
    answers: int  # answers stored for this evaluation (all sessions)
    visits: int  # form loads since this server started (a count only)
    closed: bool = False
    cap: int = 0  # the most answers taken
    shared: int = 0  # extra answers the leader allowed from phones that have answered


class Refused(Exception):
    """The answer is not taken: ``key`` names the page that says why."""

    def __init__(self, key: str, status: int) -> None:
        super().__init__(key)
        self.key, self.status = key, status


@dataclass
class _Pending:
    answer: dict[str, Any]
    ballot_digest: str | None
    address: str
    future: asyncio.Future[None]
    staged: tuple[dict[str, Any], str | None] | None = None
    receipt: Receipt | None = field(default=None)


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
        addresses: AddressBook | None = None,
        nonce_key: bytes | None = None,
    ) -> None:
        super().__init__(host, port, token, clock, on_change, nonce_key)
        self.answers = answers
        self.evaluation = evaluation
        self.addresses = addresses if addresses is not None else AddressBook()
        self.visits = 0
        self._pending: list[_Pending] = []
        self._flusher: asyncio.Future[None] | None = None

    # -- lifetime ------------------------------------------------------------------------------

    @property
    def done_cookie(self) -> str:
        """Per evaluation and round (a reopened evaluation keeps refusing a phone that answered;
        clearing test answers starts a new round); its value is always "1", never stored."""
        key = f"{self.evaluation.id}:{self.evaluation.round}"
        return f"{DONE_COOKIE}_{tokens.digest_text(key)[:10]}"

    @property
    def one_per_address(self) -> bool:
        """Open mode trusts the phone: one answer per network address. Ballot mode's slips are
        the stronger limit (a shared phone with two slips gives two answers)."""
        return self.evaluation.mode == "open"

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
        """Mark the evaluation closed (pages say so from now on) and forget which addresses
        answered. Raises EvaluationError."""
        await self.drain()  # no answer write may land after (and over) the closed state
        self.answers.close(self.evaluation)
        self._forget_nonces()
        self.addresses.clear()
        self._notify()

    async def raise_limit(self, more: int = 1) -> int:
        """Take ``more`` answers beyond the limit (the leader's deliberate choice); the new
        limit. Raises EvaluationError (then nothing changed)."""
        await self.drain()
        evaluation = self.evaluation
        before = evaluation.limit
        evaluation.limit = min(evaluation.cap + max(1, more), MAX_ANSWERS)
        try:
            self.answers.save(evaluation)
        except EvaluationError:
            evaluation.limit = before
            raise
        self._notify()
        return evaluation.cap

    def allow_shared(self, count: int = 1) -> None:
        """Let ``count`` more answers come from phones (addresses) that have answered."""
        self.addresses.allow_shared(count)
        self._notify()

    async def clear_answers(self) -> None:
        """Forget every answer (a test round) and which phones answered. EvaluationError."""
        await self.drain()
        self.answers.clear(self.evaluation)
        self.addresses.clear()
        self._notify()

    def status(self) -> ServerStatus:
        return ServerStatus(
            self.evaluation.count,
            self.visits,
            not self.evaluation.is_open,
            self.evaluation.cap,
            self.addresses.shared,
        )

    # -- HTTP ----------------------------------------------------------------------------------

    async def _route(self, request: web.Request, rest: str, lang: str) -> web.StreamResponse:
        action = self.path + (f"/{rest}" if rest else "")
        if rest.lower() == "takk":
            if request.method not in ("GET", "HEAD"):
                return self._page("not_found", lang, status=405)
            return self._page("thanks", lang, switch=action)
        evaluation = self.evaluation
        ballot = ""
        if rest:
            code = tokens.normalise(rest)
            if evaluation.mode != "ballot" or code is None:
                return self._page("not_found", lang, status=404)
            ballot = code
            action = f"{self.path}/{code}"
        if not evaluation.is_open:
            return self._page("closed", lang, status=410)
        if evaluation.mode == "ballot" and not ballot:
            return self._code_page(request, lang)
        refused = self._refusal(request, ballot)
        if refused is not None:
            key, status = refused
            if request.method in ("GET", "HEAD") and key != "full":
                status = 200
            return self._page(key, lang, status=status, switch=action)
        if request.method in ("GET", "HEAD"):
            return self._form(lang, action, ballot)
        if request.method == "POST":
            return await self._post(request, action, ballot)
        return self._page("bad", lang, status=405)

    def _refusal(self, request: web.Request, ballot: str) -> tuple[str, int] | None:
        """Why this phone cannot answer now (a page key and status), judged before the form is
        shown; the final word is ``_stage``'s."""
        evaluation = self.evaluation
        if ballot and tokens.digest(ballot) not in evaluation.ballots:
            return "ballot_used", 403
        if evaluation.full:
            return "full", 409
        if self.one_per_address:
            if not self.addresses.may_answer(request.remote or ""):
                return "already", 409
            if self.addresses.shared == 0 and request.cookies.get(self.done_cookie) == "1":
                return "already", 409
        return None

    def _code_page(self, request: web.Request, lang: str) -> web.StreamResponse:
        """Ballot mode's shared address: type the code from your slip (a plain GET form)."""
        if request.method not in ("GET", "HEAD"):
            return self._page("ballot_needed", lang, status=403)
        typed = request.query.get("kode")
        error = ""
        if typed is not None:
            code = tokens.normalise(typed, (tokens.SLIP_LENGTH, tokens.CODE_LENGTH))
            if code is not None:
                location = f"{self.path}/{code}?lang={lang}"
                return web.Response(status=303, headers={"Location": location})
            error = forms.tr("evaluation.form.code_wrong", lang)
        html = forms.render_code_form(lang, self.path, error, typed or "")
        return self._html(html, 200 if not error else 422)

    def _form(
        self,
        lang: str,
        action: str,
        ballot: str,
        values: dict[str, str] | None = None,
        error: str = "",
        status: int = 200,
        warned: bool = False,
    ) -> web.Response:
        if self.evaluation.full:
            return self._page("full", lang, status=409)
        first_visit = self.visits == 0
        self.visits += 1
        html = forms.render_form(
            self.evaluation, lang, self._new_nonce(), action, values, error, ballot, warned
        )
        if first_visit:
            self._notify()
        return self._html(html, status)

    async def _store(self, answer: dict, ballot_digest: str | None, address: str) -> None:
        """Group commit: answers arriving together are staged one by one on the loop's thread
        (``_stage`` decides, atomically, whether each is taken), written in one atomic write off
        the loop thread, and each post is confirmed only once its answer is on disk. Raises
        ``Refused`` or ``EvaluationError``."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append(_Pending(answer, ballot_digest, address, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.ensure_future(self._flush())
        await asyncio.shield(future)

    def _stage(self, item: _Pending) -> None:
        """Check and take in one step (no await in between): open, not full, the code unused,
        the address not yet answered. Raises Refused, leaving everything as it was."""
        evaluation = self.evaluation
        if not evaluation.is_open:
            raise Refused("closed", 410)
        if evaluation.full:
            raise Refused("full", 409)
        if evaluation.mode == "ballot":
            if item.ballot_digest is None or item.ballot_digest not in evaluation.ballots:
                raise Refused("ballot_used", 403)
        elif item.ballot_digest is not None:
            raise Refused("bad", 400)
        if self.one_per_address:
            item.receipt = self.addresses.take(item.address)
            if item.receipt is None:
                raise Refused("already", 409)
        item.staged = self.answers.stage(evaluation, item.answer, item.ballot_digest)

    def _take_back(self, item: _Pending) -> None:
        if item.staged is not None:
            self.answers.unstage(self.evaluation, item.staged)
            item.staged = None
        if item.receipt is not None:
            self.addresses.give_back(item.receipt)
            item.receipt = None

    async def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            taken: list[_Pending] = []
            for item in batch:
                try:
                    self._stage(item)
                except Refused as exc:
                    if not item.future.done():
                        item.future.set_exception(exc)
                else:
                    taken.append(item)
            if not taken:
                continue
            evaluation = self.evaluation
            data = self.answers.snapshot(evaluation)  # taken on the loop thread
            try:
                await asyncio.to_thread(self.answers.write, evaluation.id, data, evaluation.day)
            except EvaluationError as exc:
                for item in reversed(taken):
                    self._take_back(item)
                    if not item.future.done():
                        item.future.set_exception(exc)
            else:
                for item in taken:
                    if not item.future.done():
                        item.future.set_result(None)

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
        if self.evaluation.full:
            return self._page("full", lang, status=409)
        self._use_nonce(nonce)  # single use, whatever happens next
        if answer is None:
            return self._form(lang, action, ballot, values, error, status=422)
        if data.get("warned") != "1" and any(find_identifiers(answer[n]) for n in TEXT_FIELDS):
            for name in TEXT_FIELDS:
                values[name] = mask(answer[name])
            warning = forms.tr("evaluation.form.identifier", lang)
            return self._form(lang, action, ballot, values, warning, status=422, warned=True)
        for name in TEXT_FIELDS:  # sent again anyway: what still looks like one is masked
            answer[name] = mask(answer[name])
        digest = tokens.digest(ballot) if ballot else None
        try:
            await self._store(answer, digest, request.remote or "")
        except Refused as refused:
            return self._page(refused.key, lang, status=refused.status, switch=action)
        except EvaluationError:
            return self._page("not_saved", lang, status=503)
        self._notify()
        response = web.Response(status=303, headers={"Location": f"{self.path}/takk?lang={lang}"})
        response.set_cookie(
            self.done_cookie, "1", max_age=12 * 3600, path="/e/", httponly=True, samesite="Strict"
        )
        return response
