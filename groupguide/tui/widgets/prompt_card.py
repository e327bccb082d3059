"""The prompt card: the current phase's questions from the activity library."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from groupguide.domain.activities import Phase


class PromptCard(Static):
    DEFAULT_CSS = """
    PromptCard { height: auto; padding: 0 1; border: round $primary; }
    """

    def show(self, phase: Phase | None, fallback: str = "") -> None:
        if phase is None:
            self.update(Content(fallback))
            return
        lines = [Content.styled(phase.title, "bold")]
        if phase.description:
            lines.append(Content.styled(phase.description, "italic"))
        lines += [Content.assemble("• ", prompt) for prompt in phase.prompts]
        self.update(Content("\n").join(lines))
