"""The top of the run screen: the block now, the round timer, running or paused, the phase with
its time. Repaints only what changed on a tick (a second on the clock, a phase, the drift)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from groupguide.services.run_session import RunSession
from groupguide.tui.widgets.round_timer import RoundTimer
from groupguide.tui.widgets.run_lines import (
    drift_text,
    now_line,
    phase_key,
    phase_lines,
    status_line,
)


class RunHeader(Vertical):
    DEFAULT_CSS = "RunHeader { height: auto; }"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.drift = ""  # behind/ahead of plan, as last shown (the screen's next line has it)
        self._phase_shown: tuple | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="run-now", markup=False)
        with Horizontal(id="run-clock-row"):
            yield RoundTimer(id="run-timer")
            with Vertical(id="run-side"):
                yield Static("", id="run-status")
                yield Static("", id="run-phase")

    def show(self, session: RunSession) -> None:
        """After a transition: everything."""
        self.query_one("#run-now", Static).update(now_line(session))
        self.query_one("#run-status", Static).update(status_line(session))
        self.tick(session, force=True)

    def tick(self, session: RunSession, force: bool = False) -> bool:
        """The clock, the phase and the drift; True when the drift text changed."""
        now = session.now()
        block = session.block()
        if block is not None:
            self.query_one(RoundTimer).show(
                session.state.elapsed(session.gathering, now), block.minutes
            )
        key = phase_key(session, now)
        if key is not None and (force or key != self._phase_shown):
            self._phase_shown = key
            self.query_one("#run-phase", Static).update(phase_lines(session, key))
        elif key is None and force:
            self._phase_shown = None
            self.query_one("#run-phase", Static).update("")
        text = drift_text(session, now)
        if force or text != self.drift:
            self.drift = text
            return True
        return False
