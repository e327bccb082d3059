"""Choose an activity from the library; dismisses its id or ``None``."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from groupguide.domain.activities import Activity, ActivityLibrary
from groupguide.i18n import get_language, t

from .base import DIALOG_CSS, Dialog


def activity_title(activity: Activity | None, fallback: str = "") -> str:
    if activity is None:
        return fallback
    return activity.localised(get_language()).title


class ActivityChooserDialog(Dialog[str | None]):
    CSS_PATH = [*DIALOG_CSS, "activity_chooser.tcss"]

    def __init__(self, activities: ActivityLibrary) -> None:
        super().__init__()
        self.activities = list(activities)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog chooser"):
            yield Static(t("planui.activity.title"), classes="dialog-title")
            yield OptionList(
                *[
                    Option(
                        Content.assemble(
                            (activity_title(a), "bold"),
                            (f"  {t('planui.minutes_short', minutes=a.minutes)}", "dim"),
                        ),
                        id=a.id,
                    )
                    for a in self.activities
                ],
                id="choices",
            )
            # filled here, not only on the first highlight: text arriving while the dialog's
            # stylesheet loads was laid out one line high
            yield Static(
                self._about(self.activities[0].id) if self.activities else "",
                id="about",
                classes="chooser-about",
            )
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("planui.activity.add"), variant="primary", id="ok", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        choices = self.query_one("#choices", OptionList)
        choices.highlighted = 0
        choices.focus()

    def _about(self, activity_id: str | None) -> Content:
        activity = next((a for a in self.activities if a.id == activity_id), None)
        if activity is None:
            return Content("")
        shown = activity.localised(get_language())
        lines = [Content(shown.description)] if shown.description else []
        if shown.suggested_goals:
            goals = ", ".join(shown.suggested_goals)
            lines.append(Content(t("planui.activity.goals", goals=goals)))
        if shown.source:
            lines.append(Content.styled(t("run.help.source", source=shown.source), "dim"))
        return Content("\n").join(lines)

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.query_one("#about", Static).update(self._about(event.option.id))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        choices = self.query_one("#choices", OptionList)
        if choices.highlighted is not None:
            self.dismiss(choices.get_option_at_index(choices.highlighted).id)

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)
