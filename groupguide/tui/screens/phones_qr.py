"""Audit figures from phones, for run mode: one collection (a form server bound to one block) and
the screen with its QR code. Loaded only when the leader presses Q (``run_phones``), because the
form server (aiohttp) takes a noticeable moment to import.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Static

from groupguide.domain.audit import DEFAULT_AUDIT_MEASURES
from groupguide.evaluation import tokens
from groupguide.evaluation.audit_form import Measure
from groupguide.evaluation.audit_server import AuditServer, AuditStatus
from groupguide.evaluation.lan import Candidate, configured
from groupguide.evaluation.phone import start_on
from groupguide.i18n import t
from groupguide.tui.text import content
from groupguide.tui.widgets.footer import Footer
from groupguide.tui.widgets.qr import QRCode

from ..dialogs.base import TopOnlyDismiss

MEASURES = tuple(Measure(key, f"run.audit.measure.{key}") for key in DEFAULT_AUDIT_MEASURES)


class RunPhones:
    """One collection of audit figures from phones, bound to one block."""

    def __init__(self, block_id: str, title: str, settings: dict,
                 add: Callable[[dict[str, float], dict[str, float]], None],
                 figures: Callable[[str], list[float]],
                 on_change: Callable[[AuditStatus], None]) -> None:
        self.block_id = block_id
        self.candidates, port = configured(settings)
        self.candidate: Candidate = self.candidates[0]
        self.server = AuditServer(title, MEASURES, figures, add, self.candidate.address, port,
                                  cookie_id=block_id, on_change=on_change)

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def phones(self) -> int:
        return self.server.phones

    @property
    def is_open(self) -> bool:
        return self.server.is_open

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


class PhonesScreen(TopOnlyDismiss, Screen[str | None]):
    """The QR code for the phones, large enough to scan from the room. Dismisses "stop" when the
    leader stops the collection, None when the leader only goes back to the run."""

    CSS_PATH = "phones_qr.tcss"
    HELP_KEY = "run.help"
    BINDINGS = [
        Binding("escape", "hide", t("audit.qr.hide"), id="run.phones.hide",
                tooltip=t("audit.qr.hide_tip")),
        Binding("q", "hide", t("audit.qr.hide"), id="run.phones.hide_q", show=False),
        Binding("s", "stop", t("audit.qr.stop"), id="run.phones.stop",
                tooltip=t("audit.qr.stop_tip")),
    ]

    count: reactive[int] = reactive(0)

    def __init__(self, phones: RunPhones, title: str) -> None:
        super().__init__()
        self.phones = phones
        self.block_title = title

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="phones-body"):
            yield QRCode(self.phones.url, id="phones-qr")
            with Vertical(id="phones-info"):
                yield Static(content(t("audit.qr.scan")), id="phones-scan")
                yield Static(content(self.phones.url), id="phones-url")
                yield Static(content(t("audit.qr.code",
                                       code=tokens.pretty(self.phones.server.token))),
                             id="phones-code")
                yield Static("", id="phones-count")
                yield Static(content(self._address_text()), id="phones-address")
        yield Footer()

    def _address_text(self) -> str:
        candidate = self.phones.candidate
        if candidate.loopback:
            return t("audit.qr.loopback")
        if candidate.interface == "settings":
            return t("audit.qr.address_settings")
        return t("audit.qr.address", interface=candidate.interface)

    def on_mount(self) -> None:
        self.title = t("audit.qr.title")
        self.sub_title = self.block_title
        self.count = self.phones.phones

    def watch_count(self, count: int) -> None:
        for widget in self.query("#phones-count").results(Static):  # none before compose
            widget.update(content(t("audit.qr.count", count=count)))

    def action_hide(self) -> None:
        self.dismiss(None)

    def action_stop(self) -> None:
        self.dismiss("stop")
