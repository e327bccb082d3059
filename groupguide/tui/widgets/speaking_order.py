"""The speaking order of a round: who has spoken, who is next, who is waiting."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from groupguide.i18n import t


class SpeakingOrder(Static):
    DEFAULT_CSS = """
    SpeakingOrder { height: auto; padding: 0 1; border: round $secondary; }
    """

    def show(self, names: list[tuple[str, str]], spoken: set[str], next_id: str | None) -> None:
        """``names``: (participant id, name) in speaking order."""
        if not names:
            self.update(Content(t("run.speakers.none")))
            return
        lines = []
        for participant_id, name in names:
            if participant_id in spoken:
                lines.append(Content.assemble(("✓ ", "$text-success"), (name, "dim strike")))
            elif participant_id == next_id:
                lines.append(Content.assemble(("▶ ", "bold $accent"), (name, "bold reverse")))
            else:
                lines.append(Content.assemble("  ", name))
        done = sum(1 for pid, _ in names if pid in spoken)
        lines.append(Content.styled(t("run.speakers.count", done=done, total=len(names)), "dim"))
        self.update(Content("\n").join(lines))
