"""Choose one of the group's gatherings; dismisses its id or ``None``."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from groupguide.domain.model import Gathering
from groupguide.i18n import format_date, t

from .base import DIALOG_CSS, Dialog


class GatheringChooserDialog(Dialog[str | None]):
    CSS_PATH = [*DIALOG_CSS, "gathering_chooser.tcss"]

    def __init__(
        self,
        title: Content | str,
        gatherings: list[Gathering],
        highlight: str | None = None,
        taken: set[str] | None = None,
        taken_note: str = "",
        note: str = "",
    ) -> None:
        """``taken``: ids of gatherings that cannot be chosen again (they have it already),
        shown greyed with ``taken_note``; ``note``: a line under the title (what is offered)."""
        super().__init__()
        self.note = note
        self.title_content = title if isinstance(title, Content) else Content(title)
        self.gatherings = gatherings
        self.highlight = highlight
        self.taken = taken or set()
        self.taken_note = taken_note

    def _option(self, gathering: Gathering) -> Option:
        label = Content.assemble(
            (f"{format_date(gathering.day) or '–':<10}  ", "dim"), gathering.title
        )
        if gathering.id in self.taken:
            label = Content.assemble(label, (f"  ({self.taken_note})", "italic"))
        return Option(label, id=gathering.id, disabled=gathering.id in self.taken)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog chooser"):
            yield Static(self.title_content, classes="dialog-title")
            if self.note:
                yield Static(Content(self.note), classes="chooser-about")
            yield OptionList(*[self._option(g) for g in self.gatherings], id="choices")
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.ok"), variant="primary", id="ok", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        choices = self.query_one("#choices", OptionList)
        ids = [g.id for g in self.gatherings]
        free = [i for i, g in enumerate(ids) if g not in self.taken]
        if free:
            choices.highlighted = (
                ids.index(self.highlight)
                if self.highlight in ids and self.highlight not in self.taken
                else free[0]
            )
        choices.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        choices = self.query_one("#choices", OptionList)
        if choices.highlighted is not None and self.gatherings:
            option = choices.get_option_at_index(choices.highlighted)
            if not option.disabled:
                self.dismiss(option.id)

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)
