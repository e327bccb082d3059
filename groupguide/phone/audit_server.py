"""Audit figures from the participants' phones: a form server for one audit block in run mode.

A plain object like the evaluation server, and in the same loop: the run screen starts it for the
current audit block, closes it (no more figures) when the leader ends the collection or the block
changes, and stops it when run mode closes; phones' own pages work until then. Figures reach the
run screen through ``submit(figures, previous, forget, keep)`` (which replaces this phone's
previous figures, if any, in the run state, sorted, and saves it with the proofs, or raises
``AuditNotSaved``); pages read the group's figures through ``figures``. The server itself keeps
no figure and nothing about a phone. A phone that sent its figures gets them back in a cookie (on
that phone only), so that it can see where they stand once the collection has ended; the coarse
distribution is shown from three figures, as on the shared screen.

A change replaces exactly what that phone sent. The phone holds, in a second cookie, a random key
of its own; the server keeps only a *proof* per phone, the hash of that key together with the
figures the phone sent (``proof``), and the run state keeps the proofs beside the figures while
the collection is going on. So a phone can change its figures after the app was restarted (the
run state is read back, and a new server is given the proofs), while a forged "my figures"
cookie, or an old key replayed after a change, matches no proof and withdraws nothing. A proof
names no phone and no figure: without the phone's key it cannot be tested against any figure.
Like the evaluation, the collection trusts the phone: one send per network address
(``AddressBook``, in memory only) and no more sends than participants present, unless the leader
allows a shared phone or one more.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from aiohttp import web

from groupguide.domain.blockrun import PROOF
from groupguide.evaluation import tokens
from groupguide.phone import audit_form, forms
from groupguide.phone.addresses import AddressBook, Receipt
from groupguide.phone.audit_form import Measure
from groupguide.phone.base import PhoneServer

OWN_COOKIE = "gg_tall"
KEY_COOKIE = "gg_nokkel"
COOKIE_HOURS = 12
MAX_PHONES = 60  # more is a flood, not a group


# submit(figures, previous, forget, keep): the phone's new figures, those they replace, the proof
# that goes ("" on a first send) and the one that comes ("" when every figure is withdrawn)
Submit = Callable[[dict[str, float], dict[str, float], str, str], None]


def proof(key: str, measures: Sequence[Measure], figures: dict[str, float]) -> str:
    """What the server keeps for a phone that sent ``figures``: a hash of the phone's secret key
    with those figures, as its cookie writes them. Only the phone's own two cookies match it."""
    return tokens.digest_text(f"{key}|{audit_form.own_cookie(measures, figures)}")


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
        submit: Submit,
        host: str,
        port: int = 0,
        *,
        cookie_id: str = "",
        on_change: Callable[[AuditStatus], None] | None = None,
        token: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        cap: int = MAX_PHONES,
        proofs: Iterable[str] = (),
        nonce_key: bytes | None = None,
    ) -> None:
        """``proofs``: those of phones that sent into this collection before (read back from
        the run state after a restart): they can still change what they sent. ``token`` and
        ``nonce_key``: those it was served with before a restart (``phone.resume``), so that the
        QR code and the forms already open on phones keep working."""
        super().__init__(host, port, token, clock, on_change, nonce_key)
        self.title = title
        self.measures = tuple(measures)
        self.figures = figures
        self.submit = submit
        self.cookie_id = cookie_id or self.token
        self.is_open = True
        self._proofs: set[str] = {p for p in proofs if PROOF.fullmatch(p)}
        self.phones = len(self._proofs)  # phones whose figures are in this collection
        self.cap = max(1, min(cap, MAX_PHONES))
        self.addresses = AddressBook()
        # a proof → how that phone's address was counted (memory only; none after a restart)
        self._receipts: dict[str, Receipt] = {}

    @property
    def own_cookie(self) -> str:
        """Per audit block (a restarted collection still knows a phone that sent figures)."""
        return f"{OWN_COOKIE}_{tokens.digest(self.cookie_id)[:10]}"

    @property
    def key_cookie(self) -> str:
        return f"{KEY_COOKIE}_{tokens.digest(self.cookie_id)[:10]}"

    @property
    def proofs(self) -> list[str]:
        """The proofs of the phones that can change their figures (sorted: no order of sending)."""
        return sorted(self._proofs)

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

    def _proof(self, request: web.Request) -> tuple[str, dict[str, float]] | None:
        """(proof, figures) when this phone's two cookies match a proof this collection holds:
        the figures it sent, exactly; else None (it sent nothing here, or the cookies are not
        its own)."""
        key = request.cookies.get(self.key_cookie)
        if not isinstance(key, str) or not 16 <= len(key) <= 64:
            return None
        own = self._own(request)
        if not own:
            return None
        digest = proof(key, self.measures, own)
        return (digest, own) if digest in self._proofs else None

    def _to_mine(self, lang: str) -> web.Response:
        return web.Response(status=303, headers={"Location": f"{self.path}/din?lang={lang}"})

    async def _route(self, request: web.Request, rest: str, lang: str) -> web.StreamResponse:
        if rest.lower() == "din":
            if request.method not in ("GET", "HEAD"):
                return self._page("not_found", lang, status=405)
            figures = {m.key: self.figures(m.key) for m in self.measures}
            # while open, the figures this collection holds for the phone (which it may change);
            # once ended, those its cookie remembers, to show where they stand
            sent = self._proof(request)
            own = sent[1] if sent is not None else {} if self.is_open else self._own(request)
            return self._html(
                audit_form.render_mine(
                    self.title, self.measures, figures, own, lang, self.path, self.is_open
                )
            )
        if rest.lower() == "endre":
            return await self._change(request, lang)
        if rest:
            return self._page("not_found", lang, status=404)
        if request.method in ("GET", "HEAD"):
            # figures in the cookie from an earlier collection of this block (ended, and
            # replaced after a restart) do not stop the phone from sending to this one
            if self._proof(request) is not None or (self._own(request) and not self.is_open):
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
        sent = self._proof(request)
        if sent is None:
            return self._to_mine(lang)
        key, own = sent
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
        proof it sent them with). Everything after the body is read happens without an await,
        so the checks and the submit are one step on the loop's thread."""
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
        if first and self._proof(request) is not None:
            return self._page("audit_already", lang, status=409, switch=self.path)
        if not first and key not in self._proofs:  # changed meanwhile (another tab): stale
            return self._to_mine(lang)
        if first and figures and self.phones >= self.cap:
            return self._page("audit_full", lang, status=409)
        self._use_nonce(nonce)  # single use, whatever happens next
        if figures is None:
            return self._form(lang, values, error, status=422, change=not first)
        receipt = self.addresses.take(request.remote or "") if first else None
        if first and receipt is None:
            return self._page("audit_already", lang, status=409, switch=self.path)
        # a fresh key with every send, so that a key seen before matches no proof afterwards
        new_key = secrets.token_urlsafe(24) if figures else ""
        keep = proof(new_key, self.measures, figures) if figures else ""
        try:
            self.submit(figures, previous or {}, key or "", keep)
        except Exception:  # noqa: BLE001 - AuditNotSaved or worse: a page, nothing confirmed
            if receipt is not None:
                self.addresses.give_back(receipt)
            return self._page("not_saved", lang, status=503)
        counted = receipt if first else self._receipts.pop(key or "", None)
        self._proofs.discard(key or "")
        if keep:
            self._proofs.add(keep)
            if counted is not None:
                self._receipts[keep] = counted
        elif counted is not None:  # withdrawn: the phone may send again as if it never had
            self.addresses.give_back(counted)
        if first:
            self.phones += 1
        elif not figures:
            self.phones = max(0, self.phones - 1)
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
        return response
