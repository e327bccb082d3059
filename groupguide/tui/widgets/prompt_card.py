"""The prompt card: the current phase's heading and description, the questions the leader can
put to the group, and the tips for the leader (how to ask, what to avoid). The whole card is
hidden in the projector layout; on a short screen (``-short``, run.tcss) the heading and the
description give way to the questions and tips (the phase line above and F1 say the same)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from groupguide.domain.activities import Phase
from groupguide.i18n import t


class PromptCard(Vertical):
    DEFAULT_CSS = """
    PromptCard { height: auto; padding: 0 1; border: round $primary; }
    PromptCard > Static { height: auto; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", classes="phase-about", markup=False)
        yield Static("", classes="phase-prompts", markup=False)
        yield Static("", classes="phase-tips", markup=False)

    def show(self, phase: Phase | None, fallback: str = "") -> None:
        about, prompts, tips = self.query(Static).results(Static)
        if phase is None:  # no phases: the activity's description (always shown)
            about.update("")
            prompts.update(Content(fallback))
            prompts.display, tips.display = True, False
            return
        lines = [Content.styled(phase.title, "bold")]
        # a phase without questions or tips shows its description where the questions go, so
        # that the card is never an empty box on a short screen
        bare = not (phase.prompts or phase.guidance)
        if phase.description and not bare:
            lines.append(Content.styled(phase.description, "italic"))
        about.update(Content("\n").join(lines))
        if bare:
            prompts.update(Content.styled(phase.description, "italic"))
        else:
            prompts.update(Content("\n").join(Content.assemble("• ", q) for q in phase.prompts))
        prompts.display = bool(phase.prompts) or bool(bare and phase.description)
        rows = [Content.styled(t("run.guidance"), "bold $text-warning")] if phase.guidance else []
        rows += [
            Content.assemble(("› ", "bold $text-warning"), (tip, "$text-muted"))
            for tip in phase.guidance
        ]
        tips.update(Content("\n").join(rows))
        tips.display = bool(phase.guidance)

    @property
    def text(self) -> str:
        """Everything the card shows, as plain text (for tests and the terminal reader)."""
        return "\n".join(str(s.render()) for s in self.query(Static).results(Static) if s.display)
