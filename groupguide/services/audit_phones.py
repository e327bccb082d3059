"""Audit figures from phones: one collection, a form server bound to one audit block.

Created and driven by ``RunSession`` (``open_phones``, ``close_phones``); the figures a phone
sends are saved by the run session before the phone hears they arrived. Nothing here imports
Textual: a phone's request goes from the server to the session and to disk, and the screen only
hears about it through ``on_change`` (a count) and ``on_failure`` (a message).

A collection opened again after a restart is served where it was (``previous``, kept in the run
state while it is open): the same address, port and code, by the evaluation's rule
(``phone.resume``), so that the QR code and the pages already open on the phones keep working.
A busy port falls back to a free one with the same code, said in ``notice``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from groupguide.domain.audit import AuditMeasure
from groupguide.evaluation import tokens
from groupguide.i18n import t
from groupguide.phone.audit_server import AuditServer, AuditStatus, Submit
from groupguide.phone.lan import Candidate, configured
from groupguide.phone.resume import resume, serving, start_at
from groupguide.settings import Settings


class RunPhones:
    """One collection of audit figures from phones, bound to one block."""

    def __init__(
        self,
        block_id: str,
        title: str,
        measures: Sequence[AuditMeasure],
        settings: Settings,
        add: Submit,
        figures: Callable[[str], list[float]],
        on_change: Callable[[AuditStatus], None] | None = None,
        cap: int = 60,
        proofs: Iterable[str] = (),
        previous: dict[str, Any] | None = None,
    ) -> None:
        """``proofs`` and ``previous``: what the run state kept for this block's collection
        (after a restart): the phones that sent into it can still change their figures, and it
        is served where it was (``domain.serving``)."""
        self.block_id = block_id
        self.title = title
        self.candidates, self.asked = configured(settings)
        where = resume(previous, self.candidates, 0, self.asked)
        self.candidate: Candidate = self.candidates[where.address]
        self.notice = ""  # e.g. the port was busy and another was taken
        self.server = AuditServer(
            title,
            measures,
            figures,
            add,
            self.candidate.address,
            where.port,
            cookie_id=block_id,
            on_change=on_change,
            cap=cap,
            proofs=proofs,
            token=where.token,
            nonce_key=where.key,
        )

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def code(self) -> str:
        """The server's token, grouped for reading aloud."""
        return tokens.pretty(self.server.token)

    @property
    def serving(self) -> dict[str, Any]:
        """Where it is served, as the run state keeps it while the collection is open."""
        return serving(self.server, self.asked)

    @property
    def phones(self) -> int:
        return self.server.phones

    @property
    def is_open(self) -> bool:
        return self.server.is_open

    @property
    def proofs(self) -> list[str]:
        return self.server.proofs

    @property
    def cap(self) -> int:
        return self.server.cap

    @property
    def shared(self) -> int:
        return self.server.addresses.shared

    def raise_limit(self) -> int:
        """One phone more than the participants present (the leader's choice)."""
        return self.server.raise_limit()

    def allow_shared(self) -> None:
        """One more send from a phone (a network address) that has sent."""
        self.server.allow_shared()

    async def start(self) -> str:
        """Serve; the URL. A busy port falls back to a free one (said in ``notice``). Raises
        ServerStartError."""
        busy = await start_at(self.server)
        self.notice = (
            "" if busy is None else t("audit.qr.port_busy", port=busy, chosen=self.server.port)
        )
        return self.url

    def close(self) -> None:
        self.server.close()

    def reopen(self) -> None:
        self.server.reopen()

    async def stop(self) -> None:
        self.server.close()
        await self.server.stop()
