"""Audit figures from the participants' phones: a form server for one audit block in run mode.

A plain object like the evaluation server, and in the same loop: the run screen starts it for the
current audit block, closes it (no more figures) when the leader ends the collection or the block
changes, and stops it when run mode closes; phones' own pages work until then. Figures reach the
run screen through ``submit(figures, previous)`` (which replaces this phone's previous figures,
if any, in the run state, sorted, and saves it, or raises ``AuditNotSaved``); pages read the
group's figures through ``figures``. The server itself keeps no figure and nothing about a phone.
A phone that sent its figures gets them back in a cookie (on that phone only), so that it can
see where they stand once the collection has ended; the coarse distribution is shown from three
figures, as on the shared screen. A change replaces exactly what that phone sent: the server
remembers, in memory only, each send under a random key held in a second cookie, so a forged
cookie cannot withdraw someone else's figures. Like the evaluation, the collection trusts the
phone: one send per network address (``AddressBook``) and no more sends than participants
present, unless the leader allows a shared phone or one more.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from aiohttp import web

from groupguide.evaluation import tokens
from groupguide.phone import audit_form, forms
from groupguide.phone.addresses import AddressBook, Receipt
from groupguide.phone.audit_form import Measure
from groupguide.phone.base import PhoneServer

OWN_COOKIE = "gg_tall"
KEY_COOKIE = "gg_nokkel"
COOKIE_HOURS = 12
MAX_PHONES = 60  # more is a flood, not a group


class AuditNotSaved(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class AuditStatus:
    phones: int  # phones whose figures were stored since this server started (a count only)
    open: bool
    cap: int = 0  # the most phones taken
    shared: int = 0  # extra sends the leader allowed from phones that have sent


class AuditServer(PhoneServer):
    PREFIX = "a"

    def __init__(
        self,
        title: str,
        measures: Sequence[Measure],
        figures: Callable[[str], list[float]],
        submit: Callable[[dict[str, float], dict[str, float]], None],
        host: str,
        port: int = 0,
        *,
        cookie_id: str = "",
        on_change: Callable[[AuditStatus], None] | None = None,
        token: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        cap: int = MAX_PHONES,
    ) -> None:
        super().__init__(host, port, token, clock, on_change)
        self.title = title
        self.measures = tuple(measures)
        self.figures = figures
        self.submit = submit
        self.cookie_id = cookie_id or self.token
        self.is_open = True
        self.phones = 0
        self.cap = max(1, min(cap, MAX_PHONES))
        self.addresses = AddressBook()
        # hash of a phone's key → what it sent, and how its address was counted (memory only)
        self._sent: dict[str, tuple[dict[str, float], Receipt | None]] = {}

    @property
    def own_cookie(self) -> str:
        """Per audit block (a restarted collection still knows a phone that sent figures)."""
        return f"{OWN_COOKIE}_{tokens.digest(self.cookie_id)[:10]}"

    @property
    def key_cookie(self) -> str:
        return f"{KEY_COOKIE}_{tokens.digest(self.cookie_id)[:10]}"

    def status(self) -> AuditStatus:
        return AuditStatus(self.phones, self.is_open, self.cap, self.addresses.shared)

    def raise_limit(self, more: int = 1) -> int:
        self.cap = min(self.cap + max(1, more), MAX_PHONES)
        self._notify()
        return self.cap

    def allow_shared(self, count: int = 1) -> None:
        self.addresses.allow_shared(count)
        self._notify()

    def close(self) -> None:
        """Take no more figures and show the distribution; phones' own pages keep working until
        the server stops."""
        self.is_open = False
        self._forget_nonces()
        self._notify()

    def reopen(self) -> None:
        self.is_open = True
        self._notify()

    # -- HTTP ----------------------------------------------------------------------------------

    def _own(self, request: web.Request) -> dict[str, float]:
        return audit_form.read_own_cookie(self.measures, request.cookies.get(self.own_cookie))

    def _sent_key(self, request: web.Request) -> str | None:
        """The hash of this phone's key when this server holds what it sent, else None."""
        key = request.cookies.get(self.key_cookie)
        if not isinstance(key, str) or not 16 <= len(key) <= 64:
            return None
        digest = tokens.digest_text(key)
        return digest if digest in self._sent else None

    def _to_mine(self, lang: str) -> web.Response:
        return web.Response(status=303, headers={"Location": f"{self.path}/din?lang={lang}"})

    async def _route(self, request: web.Request, rest: str, lang: str) -> web.StreamResponse:
        if rest.lower() == "din":
            if request.method not in ("GET", "HEAD"):
                return self._page("not_found", lang, status=405)
            figures = {m.key: self.figures(m.key) for m in self.measures}
            return self._html(
                audit_form.render_mine(
                    self.title,
                    self.measures,
                    figures,
                    self._own(request),
                    lang,
                    self.path,
                    self.is_open,
                )
            )
        if rest.lower() == "endre":
            return await self._change(request, lang)
        if rest:
            return self._page("not_found", lang, status=404)
        if request.method in ("GET", "HEAD"):
            if self._own(request):
                return self._to_mine(lang)
            if not self.is_open:
                return self._page("audit_closed", lang, status=410)
            return self._form(lang)
        if request.method == "POST":
            return await self._post(request)
        return self._page("bad", lang, status=405)

    def _form(
        self,
        lang: str,
        values: dict[str, str] | None = None,
        error: str = "",
        status: int = 200,
        change: bool = False,
    ) -> web.Response:
        action = f"{self.path}/endre" if change else self.path
        html = audit_form.render_form(
            self.title, self.measures, lang, self._new_nonce(), action, values, error, change
        )
        return self._html(html, status)

    async def _change(self, request: web.Request, lang: str) -> web.StreamResponse:
        """Replace this phone's figures while the collection is open: exactly what it sent, as
        this server remembers it (the cookie's figures are only for showing)."""
        key = self._sent_key(request)
        own = self._sent[key][0] if key is not None else {}
        if not own:
            return self._to_mine(lang)
        if not self.is_open:
            return self._page("audit_closed", lang, status=410)
        if request.method in ("GET", "HEAD"):
            return self._form(lang, audit_form.own_values(self.measures, own, lang), change=True)
        if request.method == "POST":
            return await self._post(request, previous=own, key=key)
        return self._page("bad", lang, status=405)

    async def _post(
        self,
        request: web.Request,
        previous: dict[str, float] | None = None,
        key: str | None = None,
    ) -> web.Response:
        """A first send (``previous`` None) or a change of this phone's figures (``key``: the
        hash under which the server remembers them). Everything after the body is read happens
        without an await, so the checks and the submit are one step on the loop's thread."""
        data = await self._read_post(request, self._lang(request))
        if isinstance(data, web.StreamResponse):
            return data
        lang = forms.pick_lang(data.get("lang"))
        if not self.is_open:
            return self._page("audit_closed", lang, status=410)
        nonce = data.get("nonce")
        if not self._nonce_valid(nonce):
            return self._page("expired", lang, status=409, switch=self.path)
        try:
            figures, values, error = audit_form.validate(
                self.measures, data.items(), lang, allow_none=previous is not None
            )
        except forms.BadForm:
            return self._page("bad", lang, status=400)
        first = previous is None
        if first and (self._own(request) or self._sent_key(request)):
            return self._page("audit_already", lang, status=409, switch=self.path)
        if first and figures and self.phones >= self.cap:
            return self._page("audit_full", lang, status=409)
        self._use_nonce(nonce)  # single use, whatever happens next
        if figures is None:
            return self._form(lang, values, error, status=422, change=not first)
        receipt = self.addresses.take(request.remote or "") if first else None
        if first and receipt is None:
            return self._page("audit_already", lang, status=409, switch=self.path)
        try:
            self.submit(figures, previous or {})
        except Exception:  # noqa: BLE001 - AuditNotSaved or worse: a page, nothing confirmed
            if receipt is not None:
                self.addresses.give_back(receipt)
            return self._page("not_saved", lang, status=503)
        new_key = ""
        if first:
            self.phones += 1
            new_key = secrets.token_urlsafe(24)
            key = tokens.digest_text(new_key)
        if key is not None:
            counted = receipt if first else self._sent.get(key, ({}, None))[1]
            if figures:
                self._sent[key] = (dict(figures), counted)
            else:  # withdrawn: the phone may send again as if it never had
                self._sent.pop(key, None)
                if counted is not None:
                    self.addresses.give_back(counted)
        self._notify()
        response = self._to_mine(lang)
        if new_key:
            response.set_cookie(
                self.key_cookie,
                new_key,
                max_age=COOKIE_HOURS * 3600,
                path=f"/{self.PREFIX}/",
                httponly=True,
                samesite="Strict",
            )
        if figures:
            response.set_cookie(
                self.own_cookie,
                audit_form.own_cookie(self.measures, figures),
                max_age=COOKIE_HOURS * 3600,
                path=f"/{self.PREFIX}/",
                httponly=True,
                samesite="Strict",
            )
        else:  # every figure withdrawn: this phone has sent nothing
            response.del_cookie(self.own_cookie, path=f"/{self.PREFIX}/")
            response.del_cookie(self.key_cookie, path=f"/{self.PREFIX}/")
            self.phones = max(0, self.phones - 1)
        return response
