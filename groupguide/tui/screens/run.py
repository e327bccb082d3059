"""Run mode: facilitate one gathering live.

What is now, what is next, how much time is left, who speaks and who sits with whom, on one
screen. The runner's keys act from the screen; notes are typed in a field of their own which Esc
leaves, and while it has focus the runner's keys are greyed out, so none lands in a note.

The state (``domain.runstate.RunState``) is saved to ``runs/<gathering_id>.json`` on every
transition; elapsed time is computed from the stored start of the running segment, so a killed
app resumes at the same block with the time kept. Held minutes, attendance, notes and pair history
go to the group in the store.
"""

from __future__ import annotations

import importlib.util
import random

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Static

from groupguide.domain.activities import Activity
from groupguide.domain.audit import DEFAULT_AUDIT_MEASURES, parse_figure
from groupguide.domain.model import Block, Gathering, Group, time_of
from groupguide.domain.runstate import (
    ROUND_ACTIVITIES,
    RunState,
    phase_plan,
    present_now,
    speaking_order,
)
from groupguide.domain.schedule import schedule
from groupguide.i18n import t
from groupguide.store.errors import STORE_FAILURES
from groupguide.store.runstate import RunStateStore
from groupguide.tui.screens.checkin import CheckinScreen
from groupguide.tui.screens.run_input import RunInputDialog
from groupguide.tui.screens.run_phones import PhonesMixin
from groupguide.tui.widgets.audit_view import AuditView
from groupguide.tui.widgets.footer import Footer
from groupguide.tui.widgets.notes_editor import NoteArea, NotesEditor
from groupguide.tui.widgets.pairs_view import PairsView
from groupguide.tui.widgets.prompt_card import PromptCard
from groupguide.tui.widgets.round_timer import RoundTimer, clock_text
from groupguide.tui.widgets.speaking_order import SpeakingOrder

TICK_SECONDS = 0.5
NOTES_SAVE_SECONDS = 5.0
EVALUATION_MODULE = "groupguide.tui.screens.evaluation"
RUNNER_ACTIONS = frozenset({
    "toggle", "next_block", "back", "next_phase", "prev_phase", "speaker", "unspeaker",
    "pairs", "figure", "phones", "evaluation", "attendance", "projector", "notes", "close"})


def parse_entry(raw: str) -> tuple[bool, float] | None:
    """The leader's entry: "4,2" → (add, 4.2); "-4,2" → (remove, 4.2)."""
    text = raw.strip()
    remove = text.startswith("-")
    value = parse_figure(text[1:] if remove else text)
    return None if value is None else (not remove, value)


class RunScreen(PhonesMixin, Screen[None]):
    CSS_PATH = "run.tcss"
    HELP_KEY = "run.help"
    BINDINGS = [
        Binding("space", "toggle", t("run.key.toggle"), id="run.toggle"),
        Binding("n", "next_block", t("run.key.next"), id="run.next"),
        Binding("b", "back", t("run.key.back"), id="run.back"),
        Binding("right", "next_phase", t("run.key.next_phase"), id="run.next_phase"),
        Binding("left", "prev_phase", t("run.key.prev_phase"), id="run.prev_phase",
                show=False),
        Binding("s", "speaker", t("run.key.speaker"), id="run.speaker"),
        Binding("u", "unspeaker", t("run.key.unspeaker"), id="run.unspeaker", show=False),
        Binding("p", "pairs", t("run.key.pairs"), id="run.pairs"),
        Binding("q", "phones", t("run.key.phones"), id="run.phones"),
        Binding("1", "figure(0)", t("run.key.figure1"), id="run.figure1"),
        Binding("2", "figure(1)", t("run.key.figure2"), id="run.figure2", show=False),
        Binding("m", "notes", t("run.key.notes"), id="run.notes"),
        Binding("a", "attendance", t("run.key.attendance"), id="run.attendance"),
        Binding("e", "evaluation", t("run.key.evaluation"), id="run.evaluation"),
        Binding("f2", "projector", t("run.key.projector"), id="run.projector"),
        Binding("escape", "close", t("run.key.close"), id="run.close"),
    ]

    projector: reactive[bool] = reactive(False, bindings=True)
    editing: reactive[bool] = reactive(False, bindings=True)
    version: reactive[int] = reactive(0, bindings=True)  # bumped on every transition

    def __init__(self, group_id: str, gathering_id: str) -> None:
        super().__init__()
        self.group_id = group_id
        self.gathering_id = gathering_id
        self.group: Group | None = None
        self.gathering: Gathering | None = None
        self.state: RunState | None = None
        self.runs: RunStateStore | None = None
        self.rng = random.Random()
        self._notes_dirty = False
        self._state_dirty = False
        self._since_save = 0.0
        self._drift_shown: str | None = None
        self._phase_shown: tuple | None = None
        self._minute_ticked = -1  # the time of day at the last repaint while paused
        self._has_evaluation = False

    # -- layout ------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="run-body"):
            yield Static("", id="run-now", markup=False)
            with Horizontal(id="run-clock-row"):
                yield RoundTimer(id="run-timer")
                with Vertical(id="run-side"):
                    yield Static("", id="run-status")
                    yield Static("", id="run-phase")
            with VerticalScroll(id="run-main"):
                yield PairsView(id="run-pairs")
                yield Static("", id="run-audit-phones", markup=False)
                yield AuditView(id="run-audit")
                with Horizontal(id="run-round"):
                    yield PromptCard(id="run-prompts")
                    yield SpeakingOrder(id="run-speakers")
                yield Static("", id="run-plain", markup=False)
            yield Static("", id="run-next")
            yield NotesEditor(id="run-notes")
        yield Footer()

    def on_mount(self) -> None:
        services = self.app.services
        try:
            self._has_evaluation = importlib.util.find_spec(EVALUATION_MODULE) is not None
        except (ImportError, ValueError):
            self._has_evaluation = False
        self.runs = RunStateStore(services.data_dir)
        self.group = services.store.group(self.group_id)
        self.gathering = self.group.gathering(self.gathering_id) if self.group else None
        if self.group is None or self.gathering is None:
            self.notify(t("run.not_found"), severity="error")
            self.app.call_later(self._leave)
            return
        self.title = self.gathering.title
        self.sub_title = t("run.subtitle")
        saved = self.runs.load(self.gathering_id)
        if saved is not None and saved.group_id == self.group_id:
            self.state = saved
            self.state.reconcile(self.gathering)
            block = self.state.current_block(self.gathering)
            if block is not None:
                self.notify(t("run.resumed", title=block.title or block.activity,
                              elapsed=clock_text(self.state.elapsed(self.gathering, self._now()))),
                            markup=False)
        else:
            self.state = RunState.begin(self.group, self.gathering)
            self._save_state()
        self.set_interval(TICK_SECONDS, self._tick)
        self._render_all()
        if self.gathering.attendance is None:
            self.call_after_refresh(self.action_attendance)

    def _leave(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit(1)

    # -- time --------------------------------------------------------------------------------

    def _now(self) -> float:
        return self.app.services.clock().timestamp()

    def _minute_of_day(self) -> int:
        now = self.app.services.clock()
        return now.hour * 60 + now.minute

    def _tick(self) -> None:
        """Twice a second: repaint only what changed (a second on the clock, a minute of
        drift), save notes every few seconds when they changed."""
        if self.state is None or self.gathering is None:
            return
        self._since_save += TICK_SECONDS
        if self._since_save >= NOTES_SAVE_SECONDS:
            self._since_save = 0.0
            if self._notes_dirty:
                self._save_notes()
            if self._state_dirty:
                self._save_state(quiet=True)
        if self.state.running:
            self._render_clock()
        elif self._minute_of_day() != self._minute_ticked:
            # paused, only the expected end can move, with the time of day: once a minute
            self._minute_ticked = self._minute_of_day()
            self._render_clock()

    # -- persistence ----------------------------------------------------------------------------

    def _save_state(self, quiet: bool = False) -> None:
        if self.state is None or self.runs is None:
            return
        try:
            self.runs.save(self.state)
        except STORE_FAILURES as exc:  # shown, and retried on the next tick
            self._state_dirty = True
            if not quiet:
                self.app.show_store_error(exc)
            return
        self._state_dirty = False

    def _save_group(self) -> bool:
        assert self.group is not None
        return self.app.save_group(self.group)

    def _save_notes(self) -> None:
        if self._notes_dirty and self._save_group():
            self._notes_dirty = False

    def _transition(self) -> None:
        """After every change of state: save it and repaint."""
        self._save_state()
        self.version += 1
        self._render_all()
        block = self._block()
        if self.phones is not None and (block is None or block.id != self.phones.block_id):
            self.close_phones()  # leaving the block ends its collection

    # -- what is shown ----------------------------------------------------------------------------

    def _block(self) -> Block | None:
        if self.state is None or self.gathering is None:
            return None
        return self.state.current_block(self.gathering)

    def _activity(self, block: Block | None) -> Activity | None:
        return self.app.services.library.activities.get(block.activity) if block else None

    def _kind(self, block: Block | None) -> str:
        activity = self._activity(block)
        if block is None:
            return "finished"
        kind = activity.behaves_like if activity else block.activity
        if kind == "buzz":
            return "buzz"
        if kind == "audit":
            return "audit"
        if kind in ROUND_ACTIVITIES:
            return "round"
        return "plain"

    def _person(self, participant_id: str) -> str:
        assert self.group is not None
        participant = self.group.participant(participant_id)
        return participant.name if participant else "?"

    def _present(self) -> list[str]:
        assert self.group is not None and self.gathering is not None
        return present_now(self.group, self.gathering, self._minute_of_day())

    def _order(self) -> list[str]:
        block = self._block()
        if block is None or self.state is None:
            return []
        return speaking_order(self._present(), block, self.state.index)

    def _phases(self):
        block = self._block()
        return phase_plan(self._activity(block), block) if block is not None else []

    def _render_all(self) -> None:
        if self.state is None or self.gathering is None:
            return
        block = self._block()
        kind = self._kind(block)
        for name in ("round", "buzz", "audit", "plain", "finished"):
            self.set_class(kind == name, f"-kind-{name}")
        self.set_class(self.state.running, "-running")
        total = len(self.gathering.blocks)
        now_line = self.query_one("#run-now", Static)
        if block is None:
            now_line.update(t("run.finished", count=total))
        else:
            activity = self._activity(block)
            label = activity.title if activity else block.activity
            parts = [t("run.now", number=self.state.index + 1, total=total),
                     block.title or label]
            if block.title and label != block.title:
                parts.append(f"({label})")
            if block.presenter:
                parts.append("· " + t("run.presenter", name=self._person(block.presenter)))
            now_line.update(Content(" ".join(parts)))
        self._render_status()
        self._render_clock(force=True)
        self._render_body(block, kind)
        self._render_next()
        if block is not None:
            self.query_one(NotesEditor).load(block.notes)

    def _render_status(self) -> None:
        assert self.state is not None and self.gathering is not None
        status = self.query_one("#run-status", Static)
        if self.state.finished(self.gathering):
            status.update(t("run.status.finished"))
        elif self.state.running:
            status.update(Content.styled(t("run.status.running"), "bold $text-success"))
        else:
            status.update(Content.styled(t("run.status.paused"), "bold $text-warning"))

    def _render_clock(self, force: bool = False) -> None:
        assert self.state is not None and self.gathering is not None
        now = self._now()
        block = self._block()
        if block is not None:
            self.query_one(RoundTimer).show(self.state.elapsed(self.gathering, now), block.minutes)
        phases = self._phases()
        phase_widget = self.query_one("#run-phase", Static)
        if phases:
            index = self.state.phase_index(self.gathering)
            seconds = int(self.state.phase_elapsed(self.gathering, now))
            key = (index, seconds, len(phases))
            if force or key != self._phase_shown:
                self._phase_shown = key
                phase, minutes = phases[min(index, len(phases) - 1)]
                over = seconds > minutes * 60
                line = Content.assemble(
                    (t("run.phase", number=index + 1, total=len(phases)), "bold"), " ",
                    phase.title, "  ",
                    (f"{clock_text(seconds)} / {minutes} min",
                     "bold $text-error" if over else "$text-muted"))
                if index + 1 < len(phases):
                    after, after_minutes = phases[index + 1]
                    strip = Content.styled(t("run.phase.next", title=after.title,
                                             minutes=after_minutes), "$text-muted")
                else:
                    strip = Content.styled(t("run.phase.last"), "$text-muted")
                phase_widget.update(Content("\n").join([line, strip]))
        elif force:
            self._phase_shown = None
            phase_widget.update("")
        drift = self.state.drift_minutes(self.gathering, now)
        expected = time_of(self.state.expected_end_minute(
            self.gathering, now, self._minute_of_day())).strftime("%H:%M")
        if drift > 0:
            text = t("run.drift.behind", minutes=drift, end=expected)
        elif drift < 0:
            text = t("run.drift.ahead", minutes=-drift, end=expected)
        else:
            text = t("run.drift.on_time", end=expected)
        if force or text != self._drift_shown:
            self._drift_shown = text
            self._render_next(drift_text=text)

    def _render_next(self, drift_text: str | None = None) -> None:
        assert self.state is not None and self.gathering is not None
        drift_text = drift_text or self._drift_shown or ""
        upcoming = self.state.next_block_planned(self.gathering)
        if self.state.finished(self.gathering):
            line = t("run.next.none_finished")
        elif upcoming is None:
            line = t("run.next.last")
        else:
            rows = {row.block.id: row for row in schedule(self.gathering)}
            row = rows.get(upcoming.id)
            activity = self._activity(upcoming)
            line = t("run.next.block", time=row.start.strftime("%H:%M") if row else "",
                     title=upcoming.title or (activity.title if activity else upcoming.activity),
                     minutes=upcoming.minutes)
        self.query_one("#run-next", Static).update(Content(f"{line}  ·  {drift_text}"))

    def _render_body(self, block: Block | None, kind: str) -> None:
        assert self.state is not None and self.gathering is not None
        if kind in ("round", "buzz", "audit"):
            phases = self._phases()
            index = self.state.phase_index(self.gathering)
            activity = self._activity(block)
            phase = phases[min(index, len(phases) - 1)][0] if phases else None
            self.query_one(PromptCard).show(
                phase, (activity.description if activity else "") or t("run.prompts.none"))
        if kind == "round":
            order = self._order()
            self.query_one(SpeakingOrder).show(
                [(p, self._person(p)) for p in order], set(self.state.spoken(self.gathering)),
                self.state.next_speaker(self.gathering, order))
        elif kind == "buzz":
            pairs = self.state.pairs(self.gathering)
            if not pairs and len(self._present()) >= 2:
                self.state.roll_pairs(self.group, self.gathering, self._present(), self.rng)
                self._save_state()
                pairs = self.state.pairs(self.gathering)
            self.query_one(PairsView).show([[self._person(p) for p in unit] for unit in pairs])
        elif kind == "audit":
            self._render_audit()
        elif kind == "plain":
            activity = self._activity(block)
            self.query_one("#run-plain", Static).update(
                (activity.description if activity else "") or "")
        else:
            self.query_one("#run-plain", Static).update(t("run.finished_hint"))

    def _render_audit(self) -> None:
        assert self.state is not None and self.gathering is not None
        self.query_one(AuditView).show([
            (str(i + 1), t(f"run.audit.measure.{m}"), self.state.figures(self.gathering, m))
            for i, m in enumerate(DEFAULT_AUDIT_MEASURES)], hidden=self.phones_open_here())
        self.render_phones()

    # -- keys ---------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in RUNNER_ACTIONS:
            return True
        if self.editing:
            return False  # typing a note: runner keys stay out of it
        if self.state is None or self.gathering is None:
            return None if action != "close" else True
        block = self._block()
        kind = self._kind(block)
        if action in ("toggle", "next_block", "notes"):
            return True if block is not None else None
        if action == "back":
            return True if self.state.index > 0 else None
        # keys that belong to another kind of block are hidden, not just greyed out
        if action in ("next_phase", "prev_phase"):
            return bool(self._phases())
        if action in ("speaker", "unspeaker"):
            return kind == "round"
        if action == "pairs":
            return kind == "buzz"
        if action in ("figure", "phones"):
            return kind == "audit"
        if action == "evaluation":
            return True if self._has_evaluation else None
        return True

    def action_toggle(self) -> None:
        if self.state is None or self.gathering is None:
            return
        self.state.toggle(self.gathering, self._now())
        self._transition()

    def action_next_block(self) -> None:
        if self.state is None or self.gathering is None or self.group is None:
            return
        self._capture_notes()
        ended = self.state.end_block(self.group, self.gathering, self._now())
        if ended is None:
            return
        self._save_group()
        self._notes_dirty = False
        title = ended.title or ended.activity
        if ended.held:
            self.notify(t("run.ended", title=title, minutes=ended.held_minutes), markup=False)
        else:
            self.notify(t("run.skipped", title=title), severity="warning", markup=False)
        self._transition()

    def action_back(self) -> None:
        if self.state is None or self.gathering is None:
            return
        self._capture_notes()
        if self.state.back(self.gathering, self._now()) is not None:
            self._save_group()
            self._notes_dirty = False
            self._transition()

    def _set_phase(self, step: int) -> None:
        if self.state is None or self.gathering is None:
            return
        phases = self._phases()
        index = self.state.phase_index(self.gathering) + step
        if self.state.set_phase(self.gathering, index, len(phases), self._now()):
            self._transition()

    def action_next_phase(self) -> None:
        self._set_phase(1)

    def action_prev_phase(self) -> None:
        self._set_phase(-1)

    def action_speaker(self) -> None:
        if self.state is None or self.gathering is None:
            return
        if self.state.mark_spoken(self.gathering, self._order()) is None:
            self.notify(t("run.speakers.all_done"))
            return
        self._transition()

    def action_unspeaker(self) -> None:
        if self.state and self.gathering and self.state.unmark_spoken(self.gathering):
            self._transition()

    def action_pairs(self) -> None:
        if self.state is None or self.gathering is None or self.group is None:
            return
        present = self._present()
        if len(present) < 2:
            self.notify(t("run.pairs.too_few"), severity="warning")
            return
        self.state.roll_pairs(self.group, self.gathering, present, self.rng)
        self._transition()

    @work
    async def action_figure(self, measure_index: int) -> None:
        if self.state is None or self.gathering is None:
            return
        measure = DEFAULT_AUDIT_MEASURES[measure_index]
        label = t(f"run.audit.measure.{measure}")
        result = await self.app.push_screen_wait(RunInputDialog(
            label, t("run.audit.prompt"), parse_entry, t("run.audit.error")))
        if result is None or self.state is None:
            return
        add, value = result
        if add:
            self.state.add_figure(self.gathering, measure, value)
        elif not self.state.remove_figure(self.gathering, measure, value):
            self.notify(t("run.audit.not_found"), severity="warning")
            return
        self._transition()

    @work
    async def action_attendance(self) -> None:
        if self.group is None or self.gathering is None:
            return
        self._capture_notes()
        self._save_notes()
        records = await self.app.push_screen_wait(
            CheckinScreen(self.group_id, self.gathering_id))
        if records is None:
            if self.gathering.attendance is None:
                self.notify(t("run.checkin.skipped"), severity="warning")
            return
        self.gathering.attendance = records
        if self._save_group():
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

    def action_notes(self) -> None:
        if self._block() is not None:
            self.query_one(NotesEditor).focus_note()

    def action_close(self) -> None:
        self._capture_notes()
        self._save_notes()
        self._save_state(quiet=True)
        self._leave()

    # -- notes ----------------------------------------------------------------------------------------

    def _capture_notes(self) -> None:
        block = self._block()
        if block is None:
            return
        text = self.query_one(NotesEditor).text
        if text != block.notes:
            block.notes = text
            self._notes_dirty = True

    @on(NotesEditor.Changed)
    def _notes_changed(self, event: NotesEditor.Changed) -> None:
        block = self._block()
        if block is not None and event.text != block.notes:
            block.notes = event.text
            self._notes_dirty = True

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.editing = isinstance(event.widget, NoteArea)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if isinstance(event.widget, NoteArea):
            self.editing = False
            self._save_notes()

    async def on_unmount(self) -> None:
        await self.stop_phones()
        try:
            self._capture_notes()
        except NoMatches:  # the notes editor is already gone
            pass
        if self._notes_dirty and self.group is not None:
            try:
                self.app.services.store.save_group(self.group)
            except STORE_FAILURES:  # nothing left to show it on; the run state is saved below
                pass
        self._save_state(quiet=True)
