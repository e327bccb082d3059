"""What run mode shows: the header with the clock, the body for the block's kind (round, buzz,
audit, plain, the day's end), the line about what comes next and the block's notes, repainted
after every change of state and, for the clock, on every tick; F1's rows for the current
activity; a short terminal leaves out the phase heading.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.widgets import Static

from groupguide.domain.model import Block
from groupguide.tui.widgets.notes_editor import NotesEditor
from groupguide.tui.widgets.run_body import RunBody
from groupguide.tui.widgets.run_header import RunHeader
from groupguide.tui.widgets.run_lines import help_rows, next_line

SHORT_ROWS = 32  # below this the prompt card leaves out the phase heading and description


class RunViewMixin:
    """For ``RunScreen``: painting the session into its widgets."""

    def _block(self) -> Block | None:
        return self.session.block() if self.session is not None else None

    def _order(self) -> list[str]:
        return self.session.order()

    def _phases(self):
        return self.session.phases()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.height < SHORT_ROWS, "-short")

    def help_rows(self) -> list[Content]:
        """F1: the current activity, and the tips and source of its phase."""
        return help_rows(self.session) if self.session is not None else []

    def _render_all(self) -> None:
        session = self.session
        if session is None:
            return
        block = session.block()
        kind = session.kind(block)
        for name in ("round", "buzz", "audit", "plain", "finished"):
            self.set_class(kind == name, f"-kind-{name}")
        self.set_class(kind == "buzz" and not session.pairs_shown(), "-pairs-waiting")
        self.set_class(session.state.running, "-running")
        self.query_one(RunHeader).show(session)
        self._render_body(block, kind)
        self._render_next()
        if block is not None:
            self.query_one(NotesEditor).load(block.notes)

    def _render_clock(self) -> None:
        if self.query_one(RunHeader).tick(self.session):
            self._render_next()

    def _render_next(self) -> None:
        self.query_one("#run-next", Static).update(
            next_line(self.session, self.query_one(RunHeader).drift)
        )

    def _render_body(self, block: Block | None, kind: str) -> None:
        self.query_one(RunBody).show(self.session, block, kind, self.figures_hidden())
        if kind == "audit":
            self.render_phones()

    def _render_audit(self) -> None:
        self.query_one(RunBody).show_audit(self.session, self.figures_hidden())
        self.render_phones()
