"""Start a gathering from a template: any gathering of a plan file in the shipped ``sessions/``
folder or the user's sessions folder. Dismisses the chosen ``Template`` or ``None``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from groupguide.domain.model import Gathering
from groupguide.domain.schedule import programme_minutes
from groupguide.i18n import t
from groupguide.library import Library

from .base import DIALOG_CSS, Dialog


@dataclass(frozen=True)
class Template:
    file: str  # the file's name, shown to the user
    gathering: Gathering

    @property
    def label(self) -> str:
        return f"{self.file} – {self.gathering.title}"


def find_templates(folders: list[Path], library: Library) -> list[Template]:
    """Every gathering with blocks in every valid plan file of ``folders`` (in that order, files
    by name). Files that are not valid plans (the activity library, a broken file) are skipped."""
    from groupguide.plans import read_plan

    found: list[Template] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            result = read_plan(path, library.goals, library.activities)
            if not result.ok or result.group is None:
                continue
            found += [Template(path.name, g) for g in result.group.gatherings if g.blocks]
    return found


def hours_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return t("planui.minutes_short", minutes=rest)
    if not rest:
        return t("planui.hours_short", hours=hours)
    return t("planui.hours_minutes_short", hours=hours, minutes=rest)


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
            yield OptionList(*[
                Option(Content.assemble(
                    template.label,
                    (f"  {t('planui.template.size', blocks=len(template.gathering.blocks))}"
                     f", {hours_text(programme_minutes(template.gathering))}", "dim")),
                    id=str(i))
                for i, template in enumerate(self.templates)], id="choices")
            # filled here, not only on the first highlight: text arriving while the dialog's
            # stylesheet loads was laid out one line high
            yield Static(self._about(0) if self.templates else "", id="about",
                         classes="chooser-about")
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
