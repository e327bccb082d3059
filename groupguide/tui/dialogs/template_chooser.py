"""Start a gathering from a template: any gathering of a plan file in the shipped ``sessions/``
folder or the user's sessions folder (found by ``services.templates``). Dismisses the chosen
``Template`` or ``None``."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from groupguide.domain.schedule import programme_minutes
from groupguide.i18n import t
from groupguide.services.templates import Template
from groupguide.tui.text import hours_text

from .base import DIALOG_CSS, Dialog


class TemplateChooserDialog(Dialog[Template | None]):
    CSS_PATH = [*DIALOG_CSS, "template_chooser.tcss"]

    def __init__(self, templates: list[Template]) -> None:
        super().__init__()
        self.templates = templates

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog chooser"):
            yield Static(t("planui.template.title"), classes="dialog-title")
            if not self.templates:
                yield Static(t("planui.template.none"), classes="dialog-text")
            yield OptionList(
                *[
                    Option(
                        Content.assemble(
                            template.label,
                            (
                                f"  {t('planui.template.size', blocks=len(template.gathering.blocks))}"
                                f", {hours_text(programme_minutes(template.gathering))}",
                                "dim",
                            ),
                        ),
                        id=str(i),
                    )
                    for i, template in enumerate(self.templates)
                ],
                id="choices",
            )
            # filled here, not only on the first highlight: text arriving while the dialog's
            # stylesheet loads was laid out one line high
            yield Static(
                self._about(0) if self.templates else "", id="about", classes="chooser-about"
            )
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("planui.template.use"), variant="primary", id="ok", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        choices = self.query_one("#choices", OptionList)
        if self.templates:
            choices.highlighted = 0
        choices.focus()

    def _about(self, index: int) -> Content:
        template = self.templates[index]
        lines = [f"{b.minutes:>3} min  {b.title or b.activity}" for b in template.gathering.blocks]
        return Content("\n".join(lines))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.query_one("#about", Static).update(self._about(int(event.option.id or 0)))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.templates[int(event.option.id or 0)])

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        choices = self.query_one("#choices", OptionList)
        if choices.highlighted is not None and self.templates:
            self.dismiss(self.templates[choices.highlighted])

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)
