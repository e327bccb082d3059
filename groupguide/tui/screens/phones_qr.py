"""Audit figures from phones, for run mode: the screen with the collection's QR code (the
collection itself is ``services.audit_phones.RunPhones``). Loaded only when the leader presses Q
(``run_phones``), because the form server (aiohttp) takes a noticeable moment to import.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Static

from groupguide.i18n import t
from groupguide.services.audit_phones import RunPhones
from groupguide.tui.text import content
from groupguide.tui.widgets.footer import Footer
from groupguide.tui.widgets.qr import QRCode

from ..dialogs.base import TopOnlyDismiss


class PhonesScreen(TopOnlyDismiss, Screen[str | None]):
    """The QR code for the phones, large enough to scan from the room. Dismisses "stop" when the
    leader stops the collection, None when the leader only goes back to the run."""

    CSS_PATH = "phones_qr.tcss"
    HELP_KEY = "run.help"
    BINDINGS = [
        Binding(
            "escape",
            "hide",
            t("audit.qr.hide"),
            id="run.phones.hide",
            tooltip=t("audit.qr.hide_tip"),
        ),
        Binding("q", "hide", t("audit.qr.hide"), id="run.phones.hide_q", show=False),
        Binding(
            "s", "stop", t("audit.qr.stop"), id="run.phones.stop", tooltip=t("audit.qr.stop_tip")
        ),
        Binding("plus", "raise_limit", t("audit.qr.raise"), id="run.phones.raise"),
        Binding("d", "allow_shared", t("audit.qr.shared"), id="run.phones.shared"),
    ]

    count: reactive[int] = reactive(0)
    cap: reactive[int] = reactive(0)
    shared: reactive[int] = reactive(0)

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
                yield Static(content(t("audit.qr.code", code=self.phones.code)), id="phones-code")
                notice = Static(content(self.phones.notice), id="phones-notice")
                notice.display = bool(self.phones.notice)  # the port was busy: another one
                yield notice
                yield Static("", id="phones-count")
                yield Static(content(t("audit.qr.trust")), id="phones-trust")
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
        self.cap = self.phones.cap
        self.shared = self.phones.shared

    def _show_count(self) -> None:
        text = t("audit.qr.count", count=self.count, cap=self.cap)
        if self.shared:
            text += "\n" + t("audit.qr.shared_left", count=self.shared)
        for widget in self.query("#phones-count").results(Static):  # none before compose
            widget.update(content(text))

    def watch_count(self, count: int) -> None:
        self._show_count()

    def watch_cap(self, cap: int) -> None:
        self._show_count()

    def watch_shared(self, shared: int) -> None:
        self._show_count()

    def action_raise_limit(self) -> None:
        self.cap = self.phones.raise_limit()

    def action_allow_shared(self) -> None:
        self.phones.allow_shared()
        self.shared = self.phones.shared

    def action_hide(self) -> None:
        self.dismiss(None)

    def action_stop(self) -> None:
        self.dismiss("stop")
