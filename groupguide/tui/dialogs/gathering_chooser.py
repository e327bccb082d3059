"""Choose one of the group's gatherings; dismisses its id or ``None``."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from groupguide.domain.model import Gathering
from groupguide.i18n import format_date, t

from .base import Dialog


class GatheringChooserDialog(Dialog[str | None]):
    CSS_PATH = "../screens/planning_dialogs.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", t("tui.cancel"), id="dialog.cancel")]

    def __init__(self, title: Content | str, gatherings: list[Gathering],
                 highlight: str | None = None) -> None:
        super().__init__(classes="dialog-screen")
        self.title_content = title if isinstance(title, Content) else Content(title)
        self.gatherings = gatherings
        self.highlight = highlight

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog chooser"):
            yield Static(self.title_content, classes="dialog-title")
            yield OptionList(*[
                Option(Content.assemble((f"{format_date(g.date) or '–':<10}  ", "dim"), g.title),
                       id=g.id) for g in self.gatherings], id="choices")
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.ok"), variant="primary", id="ok", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        choices = self.query_one("#choices", OptionList)
        ids = [g.id for g in self.gatherings]
        if ids:
            choices.highlighted = ids.index(self.highlight) if self.highlight in ids else 0
        choices.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        choices = self.query_one("#choices", OptionList)
        if choices.highlighted is not None and self.gatherings:
            self.dismiss(choices.get_option_at_index(choices.highlighted).id)

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)
