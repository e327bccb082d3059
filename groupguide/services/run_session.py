"""Running one gathering live: the run state, the policy for saving it, and the audit figures
that phones send.

The state (``domain.runstate.RunState``) is saved to ``runs/<gathering id>.json`` after every
transition and retried every few seconds while it could not be; notes typed into a block are
saved with the group every few seconds and at every change of block. Held minutes, attendance,
notes and pair history go to the group; elapsed time is computed from the stored start of the
running segment, so a killed app resumes at the same block with the time kept.

The screen (``tui.screens.run``) only shows this and turns keys into the calls below. Each call
that changes the state leaves saving it to ``save_state()``, so that the screen decides how loudly
a refused write is reported.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from groupguide.domain.activities import Activity
from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.rounds import ROUND_ACTIVITIES, phase_plan, present_now, speaking_order
from groupguide.domain.runstate import RunState
from groupguide.i18n import get_language, t
from groupguide.services.audit_phones import RunPhones
from groupguide.services.errors import NotFound, ServiceError, StorageFailed
from groupguide.services.run_audit import AuditMixin
from groupguide.services.workspace import Workspace
from groupguide.store import StoreError

SAVE_EVERY_SECONDS = 5.0


@dataclass(frozen=True)
class Tally:
    """How the day went, for the end screen: ``held`` of ``total`` blocks, ``skipped`` not."""

    held: int
    skipped: int
    total: int


class RunSession(AuditMixin):
    def __init__(
        self,
        workspace: Workspace,
        group: Group,
        gathering: Gathering,
        state: RunState,
        resumed: bool = False,
        rng: random.Random | None = None,
    ) -> None:
        self.workspace = workspace
        self.group = group
        self.gathering = gathering
        self.state = state
        self.resumed = resumed  # a saved run was picked up where it was
        self.rng = rng or random.Random()
        self.notes_dirty = False
        self.state_dirty = False
        self._since_save = 0.0
        self.phones: RunPhones | None = None  # the audit collection (server alive), open or ended
        self.sealed: dict[str, dict[str, list[float]]] = {}  # see services.run_audit
        self.ended: dict[str, dict[str, list[float]]] = {}  # as the collection last ended

    @classmethod
    def open(cls, workspace: Workspace, group_id: str, gathering_id: str) -> RunSession:
        """Resume the saved run of the gathering, or begin one (saved at once). ``NotFound``."""
        found = workspace.gathering(group_id, gathering_id)
        if found is None:
            raise NotFound(t("run.not_found"))
        group, gathering = found
        saved = workspace.runs.load(gathering_id)
        if saved is not None and saved.group_id == group_id:
            saved.reconcile(gathering)
            return cls(workspace, group, gathering, saved, resumed=True)
        session = cls(workspace, group, gathering, RunState.begin(group, gathering))
        try:
            session.save_state()
        except ServiceError:
            pass  # state_dirty: retried on the next tick
        return session

    # -- time ----------------------------------------------------------------------------------

    def now(self) -> float:
        return self.workspace.clock().timestamp()

    def minute_of_day(self) -> int:
        now = self.workspace.clock()
        return now.hour * 60 + now.minute

    def today(self) -> date:
        return self.workspace.clock().date()

    # -- the day it is held ------------------------------------------------------------------

    def other_day(self) -> date | None:
        """The date the gathering is planned for (or was begun on), when that is not today and
        nothing has been run or recorded yet: run mode asks before anything is recorded."""
        gathering = self.gathering
        day = gathering.day
        untouched = (
            self.state.started_at is None
            and gathering.held_start is None
            and not any(b.held for b in gathering.blocks)
        )
        if day is None or day == self.today() or not untouched:
            return None
        return day

    def hold_today(self) -> None:
        """Record the gathering as held today (its planned date stays in the plan); the group
        is saved. ``StorageFailed``."""
        self.gathering.held_date = self.today()
        self.save_group()

    def tally(self) -> Tally:
        blocks = self.gathering.blocks
        held = sum(1 for b in blocks if b.held)
        return Tally(held, len(blocks) - held, len(blocks))

    # -- what is now ---------------------------------------------------------------------------

    def block(self) -> Block | None:
        return self.state.current_block(self.gathering)

    def activity(self, block: Block | None) -> Activity | None:
        """The block's activity, its texts in the app's language."""
        activity = self.workspace.library.activities.get(block.activity) if block else None
        return activity.localised(get_language()) if activity else None

    def kind(self, block: Block | None) -> str:
        """ "round", "buzz", "audit", "plain", or "finished" when no block is left."""
        if block is None:
            return "finished"
        activity = self.activity(block)
        kind = activity.behaves_like if activity else block.activity
        if kind in ("buzz", "audit"):
            return kind
        return "round" if kind in ROUND_ACTIVITIES else "plain"

    def person(self, participant_id: str) -> str:
        participant = self.group.participant(participant_id)
        return participant.name if participant else "?"

    def present(self) -> list[str]:
        return present_now(self.group, self.gathering, self.minute_of_day())

    def order(self) -> list[str]:
        block = self.block()
        if block is None:
            return []
        return speaking_order(self.present(), block, self.state.index)

    def phases(self) -> list:
        block = self.block()
        return phase_plan(self.activity(block), block) if block is not None else []

    # -- saving --------------------------------------------------------------------------------

    def save_state(self) -> None:
        """``StorageFailed`` when the disk refuses; the state stays dirty and is retried."""
        try:
            self.workspace.runs.save(self.state)
        except StoreError as exc:
            self.state_dirty = True
            raise StorageFailed(exc.message) from exc
        self.state_dirty = False

    def save_group(self) -> None:
        """Held minutes, attendance, notes, pair history. ``StorageFailed``."""
        self.workspace.save_group(self.group)

    def save_notes(self) -> None:
        """Save the group when a note changed since the last save. ``StorageFailed``."""
        if self.notes_dirty:
            self.save_group()
            self.notes_dirty = False

    def set_note(self, text: str) -> bool:
        """The current block's note as typed; True when it changed."""
        block = self.block()
        if block is None or text == block.notes:
            return False
        block.notes = text
        self.notes_dirty = True
        return True

    def tick(self, seconds: float) -> ServiceError | None:
        """Time passes: every few seconds save what is dirty. Returns the error saving notes
        met (to show); a refused state save stays quiet here and is retried."""
        self._since_save += seconds
        if self._since_save < SAVE_EVERY_SECONDS:
            return None
        self._since_save = 0.0
        error = None
        try:
            self.save_notes()
        except ServiceError as exc:
            error = exc
        if self.state_dirty:
            try:
                self.save_state()
            except ServiceError:
                pass
        return error

    def finish(self) -> None:
        """Leaving run mode for good (the screen is gone): save what can be, quietly."""
        for save in (self.save_notes, self.save_state):
            try:
                save()
            except ServiceError:
                pass

    # -- transitions (the caller saves the state after each) ------------------------------------

    def toggle(self) -> None:
        """Start or pause; the first start records when the day began (the group is saved,
        a refusal is retried with the notes)."""
        begun = self.gathering.held_start
        self.state.toggle(self.gathering, self.now())
        if begun is None and self.gathering.held_start is not None:
            self.notes_dirty = True
            try:
                self.save_notes()
            except ServiceError:
                pass

    def end_block(self) -> Block | None:
        """End the current block (held minutes recorded, or skipped); the group is saved.
        ``StorageFailed`` only after the state moved on (the group is retried with the notes)."""
        current = self.block()
        if current is not None and self.kind(current) == "audit":
            self.seal(current)  # its distribution is kept, its figures leave the disk
        ended = self.state.end_block(self.group, self.gathering, self.now())
        if ended is not None:
            self.notes_dirty = True
            self.save_notes()
        return ended

    def back(self) -> bool:
        if self.state.back(self.gathering, self.now()) is None:
            return False
        self.notes_dirty = True
        self.save_notes()
        return True

    def step_phase(self, step: int) -> bool:
        index = self.state.phase_index(self.gathering) + step
        return self.state.set_phase(self.gathering, index, len(self.phases()), self.now())

    def mark_spoken(self) -> bool:
        return self.state.mark_spoken(self.gathering, self.order()) is not None

    def unmark_spoken(self) -> bool:
        return self.state.unmark_spoken(self.gathering) is not None

    def roll_pairs(self) -> bool:
        """New buzz pairs among those present; False when fewer than two are."""
        present = self.present()
        if len(present) < 2:
            return False
        self.state.roll_pairs(self.group, self.gathering, present, self.rng)
        return True

    def pairs_shown(self) -> bool:
        """Whether the current block shows its buzz pairs now: from its pairs phase on
        (``Activity.pairs_from``); before it, while a case is presented, none are drawn yet."""
        block = self.block()
        activity = self.activity(block)
        if activity is None:
            return True
        return self.state.phase_index(self.gathering) >= activity.pairs_from()

    def pairs(self) -> list[list[str]]:
        """The current buzz pairs, drawn (and saved) the first time a buzz block shows them."""
        if not self.state.pairs(self.gathering) and self.roll_pairs():
            try:
                self.save_state()
            except ServiceError:
                pass
        return self.state.pairs(self.gathering)

    def set_attendance(self, records: dict[str, Attendance]) -> None:
        """The check-in's records; the group is saved (``StorageFailed``)."""
        self.gathering.attendance = records
        self.save_group()
