"""The open-evaluation screen: QR code, the URL as text, the short code and a live count
("7 av 8 har svart").

The evaluation and its form server are an ``EvaluationSession`` (``groupguide.services
.evaluations``), started here and stopped when the screen goes (the evaluation stays open and is
served again at the same address next time); it reports through a callback that becomes a
message. Participants' answers never reach this screen: only the count. Before serving, the
screen asks when the gathering has not been held, and refuses a closed evaluation. The leader
can take one answer more than the limit, allow one more answer from a shared phone, and delete
test answers before the real round (confirmed): ``evaluation_limits``.
"""

from __future__ import annotations

import asyncio
import webbrowser
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Static

from groupguide.i18n import t
from groupguide.phone.evaluation_server import EvaluationServer, ServerStatus
from groupguide.services import evaluations
from groupguide.services.errors import ServiceError
from groupguide.services.evaluations import EvaluationSession, threshold
from groupguide.tui.dialogs.confirm import ConfirmDialog
from groupguide.tui.keys import FooterOrder
from groupguide.tui.screens.evaluation_limits import LimitsMixin
from groupguide.tui.screens.evaluation_results import close_question
from groupguide.tui.text import content, fill
from groupguide.tui.widgets.footer import Footer
from groupguide.tui.widgets.qr import QRCode

NOBODY_AFTER_SECONDS = 60.0


class EvaluationScreen(FooterOrder, LimitsMixin, Screen):
    # close when all have answered or go back leaving it open, one more in, another address,
    # the mode (and its slips); answering here is the last resort (the tips name its key) and
    # deleting test answers a one-off before the round
    FOOTER_FIRST = (
        "evaluation.close",
        "evaluation.back",
        "evaluation.raise",
        "evaluation.shared",
        "evaluation.address",
        "evaluation.mode",
        "evaluation.slips",
        "app.help",
        "evaluation.open_here",
        "evaluation.clear",
    )
    CSS_PATH = "evaluation.tcss"
    HELP_KEY = "evaluation.tui.help"
    BINDINGS = [
        Binding(
            "c",
            "close_evaluation",
            t("evaluation.tui.close"),
            id="evaluation.close",
            tooltip=t("evaluation.tui.close_tip"),
        ),
        Binding(
            "escape",
            "back",
            t("evaluation.tui.back"),
            id="evaluation.back",
            tooltip=t("evaluation.tui.back_tip"),
        ),
        Binding(
            "a",
            "next_address",
            t("evaluation.tui.address"),
            id="evaluation.address",
            tooltip=t("evaluation.tui.address_tip"),
        ),
        Binding(
            "m",
            "toggle_mode",
            t("evaluation.tui.mode"),
            id="evaluation.mode",
            tooltip=t("evaluation.tui.mode_tip"),
        ),
        Binding(
            "o",
            "open_here",
            t("evaluation.tui.open_here"),
            id="evaluation.open_here",
            tooltip=t("evaluation.tui.open_here_tip"),
        ),
        Binding("p", "open_slips", t("evaluation.tui.slips"), id="evaluation.slips"),
        Binding(
            "plus",
            "raise_limit",
            t("evaluation.tui.raise"),
            id="evaluation.raise",
            tooltip=t("evaluation.tui.raise_tip"),
        ),
        Binding(
            "d",
            "allow_shared",
            t("evaluation.tui.shared"),
            id="evaluation.shared",
            tooltip=t("evaluation.tui.shared_tip"),
        ),
        Binding(
            "t",
            "clear_answers",
            t("evaluation.tui.clear"),
            id="evaluation.clear",
            tooltip=t("evaluation.tui.clear_tip"),
        ),
    ]

    answers: reactive[int] = reactive(0)
    cap: reactive[int] = reactive(0)
    shared: reactive[int] = reactive(0)
    running: reactive[bool] = reactive(False, bindings=True)
    has_slips: reactive[bool] = reactive(False, bindings=True)
    nobody: reactive[bool] = reactive(False)

    @dataclass
    class Changed(Message):
        """The server counted a visit or stored an answer (posted from its callback)."""

        status: ServerStatus

    def __init__(self, group_id: str, gathering_id: str, mode: str | None = None) -> None:
        super().__init__()
        self.group_id = group_id
        self.gathering_id = gathering_id
        self.mode = mode if mode in ("open", "ballot") else None  # None: as the file says
        self.session: EvaluationSession | None = None
        self.visits = 0
        self.slips_path: Path | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="evaluation-body"):
            yield QRCode(id="evaluation-qr")
            with Vertical(id="evaluation-info"):
                yield Static("", id="evaluation-title", classes="heading", markup=False)
                yield Static(t("evaluation.tui.scan"), id="evaluation-scan", markup=False)
                yield Static("", id="evaluation-url", markup=False)
                yield Static("", id="evaluation-code", markup=False)
                yield Static("", id="evaluation-count", markup=False)
                yield Static("", id="evaluation-trust", markup=False)
                yield Static("", id="evaluation-notice", markup=False)
                yield Static("", id="evaluation-address", markup=False)
                yield Static("", id="evaluation-slips", markup=False)
                yield Static(t("evaluation.tui.tips"), id="evaluation-tips", markup=False)
                yield Static("", id="evaluation-error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        found = self.app.services.gathering(self.group_id, self.gathering_id)
        if found is None:
            self.notify(t("evaluation.tui.not_found"), severity="error")
            self.app.pop_screen()
            return
        group, gathering = found
        self.title = t("evaluation.tui.title")
        self.sub_title = group.name
        self.query_one("#evaluation-title", Static).update(content(gathering.title))
        self.session = EvaluationSession(
            self.app.services, self.group_id, self.gathering_id, self.mode, self._on_server_change
        )
        self._ask_then_start(gathering.title)
        self.set_interval(NOBODY_AFTER_SECONDS, self._check_nobody)

    @work(exclusive=True, group="evaluation-ask")
    async def _ask_then_start(self, title: str) -> None:
        """A closed evaluation is not reopened; a gathering not yet held is asked about."""
        try:
            found = evaluations.state(self.app.services, self.group_id, self.gathering_id)
        except ServiceError as exc:
            self._show_error(exc.message)
            return
        if found.status == "closed" and found.count:
            self.notify(t("evaluation.tui.closed_already"), severity="warning", markup=False)
            self.app.pop_screen()
            return
        if found.not_held and found.status in ("none", "ready"):
            question = t("evaluation.not_held_question", title=title)
            if not await self.app.push_screen_wait(
                ConfirmDialog(question, t("evaluation.tui.open_anyway"))
            ):
                self.app.pop_screen()
                return
        self.start_server()

    async def on_unmount(self) -> None:
        if self.session is not None:
            await self.session.stop()

    # -- the server ----------------------------------------------------------------------------

    @property
    def server(self) -> EvaluationServer | None:
        return self.session.server if self.session is not None else None

    def _on_server_change(self, status: ServerStatus) -> None:
        """Called by the server in this loop: turn it into a message, nothing else."""
        self.post_message(self.Changed(status))

    @work(exclusive=True, group="evaluation-server")
    async def start_server(self) -> None:
        session = self.session
        self.running = False
        if session is None:
            return
        session.mode = self.mode
        try:
            url = await session.start()
        except ServiceError as exc:
            hint = "\n" + t("evaluation.tui.bind_hint") if len(session.candidates) > 1 else ""
            self._show_error(exc.message + hint)
            return
        self.mode = session.mode
        self.answers = session.evaluation.count
        self.cap = session.evaluation.cap
        self.running = True
        self._show_error("")
        self.query_one("#evaluation-qr", QRCode).data = url
        self.query_one("#evaluation-url", Static).update(content(url))
        self.query_one("#evaluation-code", Static).update(
            content(t("evaluation.tui.code", code=session.code))
        )
        self._show_address()
        self._write_slips()
        self.query_one("#evaluation-scan", Static).update(
            content(
                t("evaluation.tui.scan_ballot" if self.mode == "ballot" else "evaluation.tui.scan")
            )
        )
        self.query_one("#evaluation-url", Static).set_class(self.app.no_color, "no-qr")
        self.query_one("#evaluation-trust", Static).update(
            content(
                t(
                    "evaluation.mode_trust_ballot"
                    if self.mode == "ballot"
                    else "evaluation.mode_trust_open"
                )
            )
        )
        notice = self.query_one("#evaluation-notice", Static)
        notice.update(content(session.notice))
        notice.display = bool(session.notice)

    def _write_slips(self) -> None:
        slips = self.query_one("#evaluation-slips", Static)
        self.slips_path = None
        self.has_slips = False
        try:
            path = self.session.write_slips() if self.session is not None else None
        except OSError as exc:
            slips.update(content(t("evaluation.tui.slips_failed", reason=exc.strerror or str(exc))))
            return
        if path is None:
            slips.update("")
            return
        self.slips_path = path
        self.has_slips = True
        slips.update(content(t("evaluation.tui.slips_written", path=str(path))))

    def _show_address(self) -> None:
        candidate = self.session.candidate
        others = len(self.session.candidates) - 1
        if candidate.loopback:
            text = t("evaluation.tui.loopback")
        else:
            text = t("evaluation.tui.address_on", interface=candidate.interface, others=others)
        self.query_one("#evaluation-address", Static).update(content(text))

    def _show_error(self, message: str) -> None:
        error = self.query_one("#evaluation-error", Static)
        error.update(content(message))
        error.display = bool(message)

    def _check_nobody(self) -> None:
        self.nobody = self.running and self.visits == 0

    def watch_nobody(self, nobody: bool) -> None:
        self.query_one("#evaluation-tips", Static).display = nobody

    def _show_count(self) -> None:
        if not self.cap:  # not serving yet: no count to show
            self.query_one("#evaluation-count", Static).update("")
            return
        text = t("evaluation.tui.count", count=self.answers, cap=self.cap)
        if self.shared:
            text += "\n" + t("evaluation.tui.shared_left", count=self.shared)
        self.query_one("#evaluation-count", Static).update(content(text))

    def watch_answers(self, count: int) -> None:
        self._show_count()

    def watch_cap(self, cap: int) -> None:
        self._show_count()

    def watch_shared(self, shared: int) -> None:
        self._show_count()

    @on(Changed)
    def _changed(self, event: Changed) -> None:
        self.answers = event.status.answers
        self.cap = event.status.cap or self.cap
        self.shared = event.status.shared
        self.visits = max(self.visits, event.status.visits)
        if self.visits:
            self.nobody = False

    # -- actions -------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_here":
            return True if self.running else None
        if action == "open_slips":  # the slips' key only in ballot mode (hidden, not grey)
            return True if self.has_slips else (None if self.mode == "ballot" else False)
        if action == "next_address":
            return True if self.session is not None and len(self.session.candidates) > 1 else None
        if action == "allow_shared":  # a slip is one answer whatever the phone: not in ballot
            if self.mode == "ballot":
                return False
            return True if self.running else None
        if action in ("raise_limit", "clear_answers"):
            return True if self.running else None
        return True

    def action_next_address(self) -> None:
        if self.session is None or len(self.session.candidates) < 2:
            return
        self.session.next_address()
        self.start_server()

    @work
    async def action_toggle_mode(self) -> None:
        new_mode = "open" if self.mode == "ballot" else "ballot"
        question = (
            t("evaluation.tui.mode_question_ballot")
            if new_mode == "ballot"
            else t("evaluation.tui.mode_question_open")
        )
        if not await self.app.push_screen_wait(
            ConfirmDialog(question, t("evaluation.tui.mode_confirm"))
        ):
            return
        self.mode = new_mode
        self.start_server()

    def action_open_here(self) -> None:
        if self.server is not None:
            self._open_in_browser(self.server.url)

    def action_open_slips(self) -> None:
        if self.slips_path is not None:
            self._open_in_browser(self.slips_path.as_uri())

    @work
    async def _open_in_browser(self, target: str) -> None:
        try:
            opened = await asyncio.to_thread(webbrowser.open, target)
        except (webbrowser.Error, OSError):  # no browser is a message, not a crash
            opened = False
        if not opened:
            self.notify(fill(t("evaluation.tui.no_browser"), target=target), severity="warning")

    def action_back(self) -> None:
        """Leave the evaluation open: the form is taken down with the screen (stopping is not
        closing) and served again, at the same address and code, when it is opened next."""
        if self.running:
            self.app.notify(t("evaluation.tui.left_open"), timeout=8, markup=False)
        self.app.pop_screen()

    @work
    async def action_close_evaluation(self) -> None:
        if self.server is None or self.session is None:
            self.app.pop_screen()
            return
        question = close_question(
            "evaluation.tui.close_question", self.answers, threshold(self.app.services)
        )
        if not await self.app.push_screen_wait(ConfirmDialog(question, t("evaluation.tui.close"))):
            return
        self.running = False
        try:
            await self.session.close()
        except ServiceError as exc:
            self.notify(exc.message, severity="error", markup=False)
        from groupguide.tui.screens.evaluation_results import EvaluationResultsScreen

        self.app.switch_screen(EvaluationResultsScreen(self.group_id, self.gathering_id))
