"""Run mode: facilitate one gathering live.

What is now, what is next, how much time is left, who speaks and who sits with whom, on one
screen. The runner's keys act from the screen; notes are typed in a field of their own which Esc
leaves, and while it has focus the runner's keys are greyed out, so none lands in a note.

Presentation only: the run itself (state, saving, the phones' audit figures) is a
``services.run_session.RunSession``; this screen shows it and turns keys into its calls, and
reports a write the disk refused.
Its parts: ``run_view`` (what is shown), ``run_notes``, ``run_phones`` (audit figures) and
``run_day`` (the day it is held).
"""

from __future__ import annotations

import importlib.util

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.css.query import NoMatches
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Static

from groupguide.domain.model import Gathering
from groupguide.domain.runstate import RunState
from groupguide.i18n import t
from groupguide.services.errors import ServiceError
from groupguide.services.run_session import RunSession
from groupguide.tui.keys import FooterOrder
from groupguide.tui.screens.checkin import CheckinScreen
from groupguide.tui.screens.run_day import DayMixin
from groupguide.tui.screens.run_notes import NotesMixin
from groupguide.tui.screens.run_phones import PhonesMixin
from groupguide.tui.screens.run_view import RunViewMixin
from groupguide.tui.widgets.footer import Footer
from groupguide.tui.widgets.notes_editor import NotesEditor
from groupguide.tui.widgets.round_timer import RoundTimer, clock_text
from groupguide.tui.widgets.run_body import RunBody
from groupguide.tui.widgets.run_header import RunHeader

TICK_SECONDS = 0.5
EVALUATION_MODULE = "groupguide.tui.screens.evaluation"
RUNNER_ACTIONS = frozenset(
    {
        "toggle",
        "next_block",
        "back",
        "next_phase",
        "prev_phase",
        "speaker",
        "unspeaker",
        "pairs",
        "figure",
        "end_figures",
        "phones",
        "evaluation",
        "attendance",
        "projector",
        "notes",
        "record",
        "close",
    }
)
FIGURES = Binding.Group(t("run.key.figure1"))


class RunScreen(FooterOrder, PhonesMixin, DayMixin, NotesMixin, RunViewMixin, Screen[None]):
    # what the block in front of the group needs first (its kind's keys show only for it)
    FOOTER_FIRST = (
        "run.toggle",
        "run.next",
        "run.record",  # shown only once the day is over
        "run.speaker",
        "run.pairs",
        "run.phones",
        "run.end_figures",
        "run.figure1",
        "run.figure2",
        "run.figure3",
        "run.figure4",
        "run.next_phase",
        "run.notes",
        "run.evaluation",
        "run.projector",
        "run.back",
        "run.attendance",
    )
    CSS_PATH = "run.tcss"
    HELP_KEY = "run.help"
    BINDINGS = [
        Binding("space", "toggle", t("run.key.toggle"), id="run.toggle"),
        Binding("n", "next_block", t("run.key.next"), id="run.next"),
        Binding("b", "back", t("run.key.back"), id="run.back"),
        Binding("right", "next_phase", t("run.key.next_phase"), id="run.next_phase"),
        Binding("left", "prev_phase", t("run.key.prev_phase"), id="run.prev_phase", show=False),
        Binding("s", "speaker", t("run.key.speaker"), id="run.speaker"),
        # the same key as on the QR screen: S ends an audit's collection (rounds: has spoken)
        Binding("s", "end_figures", t("run.key.end_figures"), id="run.end_figures"),
        Binding("u", "unspeaker", t("run.key.unspeaker"), id="run.unspeaker", show=False),
        Binding("p", "pairs", t("run.key.pairs"), id="run.pairs"),
        Binding("q", "phones", t("run.key.phones"), id="run.phones"),
        # one footer entry, "1 2 Tall for hånd", with a key for each of the audit's measures
        *[
            Binding(
                str(i + 1),
                f"figure({i})",
                t(f"run.key.figure{i + 1}"),
                id=f"run.figure{i + 1}",
                group=FIGURES,
            )
            for i in range(4)
        ],
        Binding("m", "notes", t("run.key.notes"), id="run.notes"),
        Binding("a", "attendance", t("run.key.attendance"), id="run.attendance"),
        Binding("e", "evaluation", t("run.key.evaluation"), id="run.evaluation"),
        Binding("f2", "projector", t("run.key.projector"), id="run.projector"),
        Binding("r", "record", t("run.key.record"), id="run.record"),
        Binding("escape", "close", t("run.key.close"), id="run.close"),
    ]

    projector: reactive[bool] = reactive(False, bindings=True)
    editing: reactive[bool] = reactive(False, bindings=True)
    version: reactive[int] = reactive(0, bindings=True)  # bumped on every transition

    def __init__(self, group_id: str, gathering_id: str) -> None:
        super().__init__()
        self.group_id = group_id
        self.gathering_id = gathering_id
        self.session: RunSession | None = None
        self._minute_ticked = -1  # the time of day at the last repaint while paused
        self._has_evaluation = False

    # -- layout ------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="run-body"):
            yield RunHeader(id="run-header")
            yield RunBody(id="run-main")
            yield Static("", id="run-next")
            yield NotesEditor(id="run-notes")
        yield Footer()

    # -- the session's parts, for reading ------------------------------------------------------

    @property
    def gathering(self) -> Gathering | None:
        return self.session.gathering if self.session else None

    @property
    def state(self) -> RunState | None:
        return self.session.state if self.session else None

    @property
    def runs(self):
        return self.app.services.runs

    def on_mount(self) -> None:
        try:
            self._has_evaluation = importlib.util.find_spec(EVALUATION_MODULE) is not None
        except (ImportError, ValueError):
            self._has_evaluation = False
        try:
            self.session = RunSession.open(self.app.services, self.group_id, self.gathering_id)
        except ServiceError as exc:
            self.notify(exc.message, severity="error")
            self.app.call_later(self._leave)
            return
        session = self.session
        self.title = session.gathering.title
        self.sub_title = t("run.subtitle")
        block = session.block()
        if session.resumed and block is not None:
            self.notify(
                t(
                    "run.resumed",
                    title=block.title or block.activity,
                    elapsed=clock_text(session.state.elapsed(session.gathering, session.now())),
                ),
                markup=False,
            )
        if session.state_dirty:  # the first save was refused: try once more, and say so
            self._save_state()
        self.set_interval(TICK_SECONDS, self._tick)
        self._render_all()
        self._begin()

    def _leave(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit(1)

    # -- time --------------------------------------------------------------------------------

    def _tick(self) -> None:
        """Twice a second: repaint only what changed (a second on the clock, a minute of
        drift); the session saves what is dirty every few seconds."""
        if self.session is None:
            return
        error = self.session.tick(TICK_SECONDS)
        if error is not None:
            self.app.show_store_error(error)
        if self.state.running:
            self._render_clock()
        elif self.session.minute_of_day() != self._minute_ticked:
            # paused, only the expected end can move, with the time of day: once a minute
            self._minute_ticked = self.session.minute_of_day()
            self._render_clock()

    # -- saving ---------------------------------------------------------------------------------

    def _save_state(self, quiet: bool = False) -> None:
        if self.session is None:
            return
        try:
            self.session.save_state()
        except ServiceError as exc:  # retried on the next tick
            if not quiet:
                self.app.show_store_error(exc)

    def _saving(self, save) -> bool:
        """Run a save of the session; a refusal is shown, and False."""
        try:
            save()
        except ServiceError as exc:
            self.app.show_store_error(exc)
            return False
        return True

    def _transition(self) -> None:
        """After every change of state: save it and repaint."""
        self._save_state()
        self.version += 1
        self._render_all()
        try:
            left = self.session.left_block()  # leaving the block ends its collection
        except ServiceError as exc:
            self.notify(t("audit.not_kept", reason=exc.message), severity="error", markup=False)
            left = True
        if left:
            self.phones_closed()

    # -- keys ---------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in RUNNER_ACTIONS:
            return True
        if self.editing:
            return False  # typing a note: runner keys stay out of it
        if self.session is None:
            return None if action != "close" else True
        block = self._block()
        kind = self.session.kind(block)
        if action in ("toggle", "next_block", "notes"):
            return True if block is not None else False  # the day is over: out of the way
        if action == "record":  # the end screen's way to correct what was recorded
            return block is None
        if action == "back":
            return True if self.state.index > 0 else None
        # keys that belong to another kind of block are hidden, not just greyed out
        if action in ("next_phase", "prev_phase"):
            return bool(self._phases())
        if action in ("speaker", "unspeaker"):
            return kind == "round"
        if action == "pairs":
            return kind == "buzz" and self.session.pairs_shown()
        if action == "figure":
            return kind == "audit" and parameters[0] < len(self.session.measures())
        if action == "phones":
            return kind == "audit"
        if action == "end_figures":
            return kind == "audit" and self.figures_hidden()
        if action == "evaluation":
            return True if self._has_evaluation else None
        return True

    def action_toggle(self) -> None:
        if self.session is None:
            return
        self.session.toggle()
        self._transition()

    def action_next_block(self) -> None:
        if self.session is None:
            return
        self._capture_notes()
        ended = self.session.block()
        if ended is None:
            return
        self._saving(self.session.end_block)
        title = ended.title or ended.activity
        if ended.held:
            self.notify(t("run.ended", title=title, minutes=ended.held_minutes), markup=False)
        else:
            self.notify(t("run.skipped", title=title), severity="warning", markup=False)
        self._transition()

    def action_back(self) -> None:
        if self.session is None:
            return
        self._capture_notes()
        moved = [False]

        def back() -> None:
            moved[0] = self.session.back()

        self._saving(back)
        if moved[0]:
            self._transition()

    def _set_phase(self, step: int) -> None:
        if self.session is not None and self.session.step_phase(step):
            self._transition()

    def action_next_phase(self) -> None:
        self._set_phase(1)

    def action_prev_phase(self) -> None:
        self._set_phase(-1)

    def action_speaker(self) -> None:
        if self.session is None:
            return
        if not self.session.mark_spoken():
            self.notify(t("run.speakers.all_done"))
            return
        self._transition()

    def action_unspeaker(self) -> None:
        if self.session is not None and self.session.unmark_spoken():
            self._transition()

    def action_pairs(self) -> None:
        if self.session is None:
            return
        if not self.session.roll_pairs():
            self.notify(t("run.pairs.too_few"), severity="warning")
            return
        self._transition()

    @work
    async def action_attendance(self) -> None:
        if self.session is None:
            return
        self._capture_notes()
        self._save_notes()
        records = await self.app.push_screen_wait(
            CheckinScreen(
                self.group_id,
                self.gathering_id,
                finished=self.state.finished(self.gathering),
            )
        )
        if records is None:
            if self.gathering.attendance is None:
                self.notify(t("run.checkin.skipped"), severity="warning")
            return
        if self._saving(lambda: self.session.set_attendance(records)):
            present = sum(1 for r in records.values() if r.status != "absent")
            self.notify(t("run.checkin.saved", present=present, total=len(records)))
        self._transition()

    def action_evaluation(self) -> None:
        try:
            module = importlib.import_module(EVALUATION_MODULE)
            screen = module.EvaluationScreen(self.group_id, self.gathering_id)
        except ImportError:  # a copy without the evaluation feature: a message, not the end
            self.notify(t("run.evaluation.missing"), severity="warning")
            return
        self._capture_notes()
        self._save_notes()
        self.app.push_screen(screen)

    def action_projector(self) -> None:
        self.projector = not self.projector

    def watch_projector(self, value: bool) -> None:
        self.set_class(value, "-projector")
        self.query_one(RoundTimer).set_class(value, "-big")

    def action_close(self) -> None:
        self._capture_notes()
        self._save_notes()
        self._save_state(quiet=True)
        self._leave()

    async def on_unmount(self) -> None:
        if self.session is None:
            return
        await self.session.stop_phones()
        try:
            self._capture_notes()
        except NoMatches:  # the notes editor is already gone
            pass
        self.session.finish()
