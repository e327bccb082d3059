"""A list of problems found in a file (a plan to import): each with where it is (file, line,
field) and what is wrong, scrollable, closed with Esc. Dismisses nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Static

from groupguide.domain.problems import Problem
from groupguide.i18n import t

from .base import DIALOG_CSS, Dialog


def where(problem: Problem, shown_file: str | None) -> Content:
    """'linje 12 · gatherings[1].blocks[0].minutes', with the file when it is not the one the
    dialog's heading names."""
    parts = []
    if problem.file and problem.file != shown_file:
        parts.append(problem.file)
    if problem.line:
        parts.append(t("problem.line", line=problem.line))
    if problem.field:
        parts.append(problem.field)
    label = t(f"problem.{problem.severity}")
    return Content.assemble(
        (label, "bold $text-error" if problem.is_error else "bold"),
        ("  " + " · ".join(parts)) if parts else "",
    )


class ProblemsDialog(Dialog[None]):
    CSS_PATH = [*DIALOG_CSS, "problems.tcss"]

    def __init__(self, title: str, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.title_text = title
        # in file order, as the user reads and corrects the file
        self.problems = sorted(problems, key=lambda p: (p.file or "", p.line or 0))
        files = {p.file for p in self.problems if p.file}
        self.file = files.pop() if len(files) == 1 else None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(self.title_text), classes="dialog-title")
            count = t("tui.problems.count", count=len(self.problems))
            heading = (
                t("tui.problems.in_file", count=count, file=Path(self.file).name)
                if self.file
                else count
            )
            yield Static(Content(heading), classes="dialog-text")
            if self.file:
                yield Static(Content(self.file), id="problems-path")
            with VerticalScroll(id="problems", can_focus=True):
                for problem in self.problems:
                    yield Static(
                        Content.assemble(where(problem, self.file), "\n", problem.message),
                        classes="problem",
                    )
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.close"), variant="primary", id="close")
            yield Static(Content(t("tui.problems.keys")), classes="dialog-keys")

    def on_mount(self) -> None:
        self.query_one("#problems", VerticalScroll).focus()

    @on(Button.Pressed, "#close")
    def _close(self) -> None:
        self.dismiss(None)
