"""Audit figures from phones: one collection, a form server bound to one audit block.

Created and driven by ``RunSession`` (``open_phones``, ``close_phones``); the figures a phone
sends are saved by the run session before the phone hears they arrived. Nothing here imports
Textual: a phone's request goes from the server to the session and to disk, and the screen only
hears about it through ``on_change`` (a count) and ``on_failure`` (a message).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from groupguide.domain.audit import AuditMeasure
from groupguide.evaluation import tokens
from groupguide.phone.audit_server import AuditServer, AuditStatus, Submit
from groupguide.phone.base import start_on
from groupguide.phone.lan import Candidate, configured
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
    ) -> None:
        """``proofs``: those the run state kept for this block's collection (after a restart),
        so that the phones that sent into it can still change their figures."""
        self.block_id = block_id
        self.title = title
        self.candidates, port = configured(settings)
        self.candidate: Candidate = self.candidates[0]
        self.server = AuditServer(
            title,
            measures,
            figures,
            add,
            self.candidate.address,
            port,
            cookie_id=block_id,
            on_change=on_change,
            cap=cap,
            proofs=proofs,
        )

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def code(self) -> str:
        """The server's token, grouped for reading aloud."""
        return tokens.pretty(self.server.token)

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
        """Raises ServerStartError."""
        return await start_on(self.server)

    def close(self) -> None:
        self.server.close()

    def reopen(self) -> None:
        self.server.reopen()

    async def stop(self) -> None:
        self.server.close()
        await self.server.stop()
