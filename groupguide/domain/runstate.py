"""The run of one gathering (run mode) as a state machine.

Pure: the time comes in as ``now``, seconds on the wall clock (``datetime.timestamp()``), so that a
run saved to disk and loaded after a crash goes on counting from the stored start of the running
segment: a killed app loses no elapsed time. Elapsed time is never counted by ticking.

One ``BlockRun`` (``blockrun``) per block holds that block's own record (seconds, when its clock
first ran, phase, who has spoken, pairs, audit figures), so going back to a block restores it.
Ending a block writes ``held_minutes`` and its real start and end (``held_start``/``held_end``) on
the ``Block``; a block ended with under half a minute on the clock is skipped (not recorded as
held, keeping the documentation truthful). The first start of the clock records the day and time
the gathering actually began (``Gathering.held_date``/``held_start``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from groupguide.domain.blockrun import BlockRun
from groupguide.domain.model import Block, Gathering, Group
from groupguide.domain.pairing import make_pairs
from groupguide.domain.schedule import planned_end_minute
from groupguide.domain.values import minutes_of

FORMAT_VERSION = 1
EARLY_START_MINUTES = 30  # a day begun earlier than this before its plan ends by the clock
HELD_MIN_SECONDS = 30  # a block ended with less on the clock was skipped, not held


def moment(now: float) -> datetime:
    """Wall-clock seconds as a local moment to the minute (what the record keeps)."""
    return datetime.fromtimestamp(now).replace(second=0, microsecond=0)


@dataclass
class RunState:
    group_id: str
    gathering_id: str
    index: int = 0  # the current block; == len(blocks) when the gathering is finished
    block_id: str = ""  # the current block's id (finds it again if the plan changed)
    running_since: float | None = None  # wall-clock seconds when the running segment began
    blocks: dict[str, BlockRun] = field(default_factory=dict)
    started_at: float | None = None  # the first start of the run

    # -- creation and persistence ------------------------------------------------------------

    @classmethod
    def begin(cls, group: Group, gathering: Gathering) -> RunState:
        """A new run at the first block not yet held."""
        index = next(
            (i for i, b in enumerate(gathering.blocks) if not b.held), len(gathering.blocks)
        )
        state = cls(group.id, gathering.id, index)
        state._sync_block_id(gathering)
        return state

    def reconcile(self, gathering: Gathering) -> None:
        """After loading: point at the same block even if blocks were added or moved."""
        ids = [b.id for b in gathering.blocks]
        if self.block_id in ids:
            self.index = ids.index(self.block_id)
        self.index = max(0, min(self.index, len(ids)))
        if self.index >= len(ids):
            self.running_since = None
        self._sync_block_id(gathering)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "group_id": self.group_id,
            "gathering_id": self.gathering_id,
            "index": self.index,
            "block_id": self.block_id,
            "running_since": self.running_since,
            "started_at": self.started_at,
            "blocks": {k: v.to_dict() for k, v in self.blocks.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunState:
        running = data.get("running_since")
        started = data.get("started_at")
        return cls(
            group_id=str(data["group_id"]),
            gathering_id=str(data["gathering_id"]),
            index=max(0, int(data.get("index", 0))),
            block_id=str(data.get("block_id", "")),
            running_since=None if running is None else float(running),
            started_at=None if started is None else float(started),
            blocks={str(k): BlockRun.from_dict(v) for k, v in dict(data.get("blocks", {})).items()},
        )

    # -- where we are ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def finished(self, gathering: Gathering) -> bool:
        return self.index >= len(gathering.blocks)

    def current_block(self, gathering: Gathering) -> Block | None:
        if 0 <= self.index < len(gathering.blocks):
            return gathering.blocks[self.index]
        return None

    def next_block_planned(self, gathering: Gathering) -> Block | None:
        if self.index + 1 < len(gathering.blocks):
            return gathering.blocks[self.index + 1]
        return None

    def block_run(self, block: Block) -> BlockRun:
        run = self.blocks.get(block.id)
        if run is None:
            run = BlockRun(
                seconds=float(block.held_minutes or 0) * 60,
                started_at=block.held_start.timestamp() if block.held_start else None,
            )
            self.blocks[block.id] = run
        return run

    def _mark_start(self, gathering: Gathering, now: float) -> None:
        """The current block's clock runs from ``now``: its start, if it had none."""
        run = self._current_run(gathering)
        if run is not None and run.started_at is None:
            run.started_at = now

    def _current_run(self, gathering: Gathering) -> BlockRun | None:
        block = self.current_block(gathering)
        return self.block_run(block) if block is not None else None

    def _sync_block_id(self, gathering: Gathering) -> None:
        block = self.current_block(gathering)
        self.block_id = block.id if block is not None else ""

    def _segment(self, now: float) -> float:
        return max(0.0, now - self.running_since) if self.running_since is not None else 0.0

    def elapsed(self, gathering: Gathering, now: float) -> float:
        """Seconds spent on the current block so far."""
        run = self._current_run(gathering)
        return 0.0 if run is None else run.seconds + self._segment(now)

    def phase_elapsed(self, gathering: Gathering, now: float) -> float:
        run = self._current_run(gathering)
        if run is None:
            return 0.0
        return run.phase_seconds.get(run.phase, 0.0) + self._segment(now)

    def _fold(self, gathering: Gathering, now: float) -> None:
        """Add the running segment to the current block and phase; start a new segment."""
        if self.running_since is None:
            return
        run = self._current_run(gathering)
        delta = self._segment(now)
        if run is not None:
            run.seconds += delta
            run.phase_seconds[run.phase] = run.phase_seconds.get(run.phase, 0.0) + delta
        self.running_since = now

    # -- the timer -----------------------------------------------------------------------------

    def start(self, gathering: Gathering, now: float) -> bool:
        if self.running or self.finished(gathering):
            return False
        self.running_since = now
        if self.started_at is None:
            self.started_at = now
        if gathering.held_start is None:  # the day begins now
            begun = moment(now)
            gathering.held_date = gathering.held_date or begun.date()
            gathering.held_start = begun.time()
        self._mark_start(gathering, now)
        return True

    def pause(self, gathering: Gathering, now: float) -> bool:
        if not self.running:
            return False
        self._fold(gathering, now)
        self.running_since = None
        return True

    def toggle(self, gathering: Gathering, now: float) -> bool:
        """Start or pause; True when running afterwards."""
        if self.running:
            self.pause(gathering, now)
        else:
            self.start(gathering, now)
        return self.running

    # -- moving between blocks -----------------------------------------------------------------

    def end_block(self, group: Group, gathering: Gathering, now: float) -> Block | None:
        """End the current block and go to the next; the timer keeps its state (running goes on
        into the next block). Returns the ended block: ``held_minutes`` set when time was spent,
        left unset (skipped) when not. Pairs used in it go into the group's pair history."""
        block = self.current_block(gathering)
        if block is None:
            return None
        self._fold(gathering, now)
        run = self.block_run(block)
        if run.seconds >= HELD_MIN_SECONDS:
            block.held_minutes = max(1, round(run.seconds / 60))
            began = run.started_at if run.started_at is not None else now - run.seconds
            block.held_start, block.held_end = moment(began), moment(now)
            block.recorded_afterwards = False
        else:
            block.clear_held()
        if run.pairs and not run.pairs_recorded and block.held:
            group.pair_history.extend([list(p) for p in run.pairs])
            run.pairs_recorded = True
        self.index += 1
        if self.finished(gathering):
            self.running_since = None
        elif self.running:
            self._mark_start(gathering, now)
        self._sync_block_id(gathering)
        return block

    def back(self, gathering: Gathering, now: float) -> Block | None:
        """Go back to the previous block and go on timing it (it is no longer recorded as held
        until it is ended again). Returns that block, or None at the first block."""
        if self.index == 0 or not gathering.blocks:
            return None
        self._fold(gathering, now)
        left = self.current_block(gathering)
        if left is not None and left.id in self.blocks:  # it begins again when it runs again
            self.blocks[left.id].started_at = None
        self.index = min(self.index, len(gathering.blocks)) - 1
        block = gathering.blocks[self.index]
        self.block_run(block)
        block.clear_held()
        if self.running:
            self._mark_start(gathering, now)
        self._sync_block_id(gathering)
        return block

    # -- phases ----------------------------------------------------------------------------------

    def phase_index(self, gathering: Gathering) -> int:
        run = self._current_run(gathering)
        return run.phase if run is not None else 0

    def set_phase(self, gathering: Gathering, phase: int, phase_count: int, now: float) -> bool:
        run = self._current_run(gathering)
        if run is None or phase_count <= 0 or not 0 <= phase < phase_count or phase == run.phase:
            return False
        self._fold(gathering, now)
        run.phase = phase
        run.spoken = []  # every phase is its own round
        return True

    # -- the speaking order ------------------------------------------------------------------------

    def spoken(self, gathering: Gathering) -> list[str]:
        run = self._current_run(gathering)
        return list(run.spoken) if run is not None else []

    def next_speaker(self, gathering: Gathering, order: list[str]) -> str | None:
        spoken = set(self.spoken(gathering))
        return next((p for p in order if p not in spoken), None)

    def mark_spoken(self, gathering: Gathering, order: list[str]) -> str | None:
        """The next speaker has had their turn; returns who that was (None when all have)."""
        run = self._current_run(gathering)
        speaker = self.next_speaker(gathering, order)
        if run is None or speaker is None:
            return None
        run.spoken.append(speaker)
        return speaker

    def unmark_spoken(self, gathering: Gathering) -> str | None:
        run = self._current_run(gathering)
        if run is None or not run.spoken:
            return None
        return run.spoken.pop()

    # -- buzz pairs --------------------------------------------------------------------------------

    def pairs(self, gathering: Gathering) -> list[list[str]]:
        run = self._current_run(gathering)
        return [list(p) for p in run.pairs] if run is not None else []

    def roll_pairs(
        self,
        group: Group,
        gathering: Gathering,
        present: list[str],
        rng: random.Random | None = None,
    ) -> list[list[str]]:
        """New pairs (one trio if odd) of the present participants: as few pairs as possible
        that were used earlier in the half-year (the group's pair history) and, among those
        pairings, as few as possible of the pairs on screen (a re-roll)."""
        run = self._current_run(gathering)
        if run is None:
            return []
        history = [list(p) for p in group.pair_history]
        if run.pairs_recorded:  # already in the history; re-rolling starts a new record
            run.pairs_recorded = False
        pairing = make_pairs(present, history, rng or random.Random(), also_avoid=run.pairs)
        run.pairs = [list(unit) for unit in pairing]
        return self.pairs(gathering)

    # -- audit ---------------------------------------------------------------------------------------

    def add_figure(self, gathering: Gathering, measure: str, value: float) -> bool:
        run = self._current_run(gathering)
        if run is None:
            return False
        values = run.audit.setdefault(measure, [])
        values.append(float(value))
        values.sort()  # the order must not tell who entered what
        return True

    def remove_figure(self, gathering: Gathering, measure: str, value: float) -> bool:
        run = self._current_run(gathering)
        if run is None or float(value) not in run.audit.get(measure, []):
            return False
        run.audit[measure].remove(float(value))
        return True

    def block_figures(self, block_id: str, measure: str) -> list[float]:
        """One block's figures, whether or not it is the current block."""
        run = self.blocks.get(block_id)
        return list(run.audit.get(measure, [])) if run is not None else []

    def figures(self, gathering: Gathering, measure: str) -> list[float]:
        run = self._current_run(gathering)
        return list(run.audit.get(measure, [])) if run is not None else []

    def take_figures(self, block_id: str) -> dict[str, list[float]]:
        """A block's figures, removed from the state (the saved run keeps none of them)."""
        run = self.blocks.get(block_id)
        if run is None:
            return {}
        taken = {m: list(v) for m, v in run.audit.items() if v}
        run.audit = {}
        return taken

    def put_figures(self, block_id: str, figures: dict[str, list[float]]) -> None:
        """Figures back into a block's record (sorted: the order tells nothing)."""
        run = self.blocks.setdefault(block_id, BlockRun())
        for measure, values in figures.items():
            run.audit.setdefault(measure, []).extend(float(v) for v in values)
            run.audit[measure].sort()

    # -- the day against the plan --------------------------------------------------------------------

    def drift_minutes(self, gathering: Gathering, now: float) -> int:
        """How far behind (+) or ahead (−) of the plan the day is: the ended blocks' actual
        minutes against their planned ones, plus any overrun of the current block."""
        drift = 0.0
        for block in gathering.blocks[: self.index]:
            run = self.blocks.get(block.id)
            actual = run.seconds / 60 if run is not None else float(block.held_minutes or 0)
            drift += actual - block.minutes
        current = self.current_block(gathering)
        if current is not None:
            drift += max(0.0, self.elapsed(gathering, now) / 60 - current.minutes)
        return round(drift)

    def expected_end_minute(
        self, gathering: Gathering, now: float, minute_of_day: int | None = None
    ) -> int:
        """The planned end moved by the drift; never earlier than the clock (``minute_of_day``)
        plus what is left of the programme, for a gathering that started later than planned."""
        end = planned_end_minute(gathering) + self.drift_minutes(gathering, now)
        if minute_of_day is None:
            return end
        left = sum(block.minutes for block in gathering.blocks[self.index + 1 :])
        current = self.current_block(gathering)
        if current is not None:
            left += max(0.0, current.minutes - self.elapsed(gathering, now) / 60)
        by_clock = round(minute_of_day + left)
        began = gathering.held_start
        if began is not None and gathering.start is not None:
            early = minutes_of(gathering.start) - (began.hour * 60 + began.minute)
            if early > EARLY_START_MINUTES:  # begun well before the plan: the clock decides
                return by_clock
        return max(end, by_clock)
