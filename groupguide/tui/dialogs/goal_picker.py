"""Pick a block's learning goals: filter by code or by words of the goal's text, see the full text.

Dismisses the chosen codes (catalogue order; codes the catalogue does not know are kept) or
``None``. The filter has the focus first: typing narrows the list, Down or Enter goes to the list,
where Space or Enter ticks a goal and typing a letter goes back to the filter. Ctrl+S saves.
"""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, OptionList, SelectionList, Static
from textual.widgets.selection_list import Selection

from groupguide.domain.goals import Goal, GoalCatalogue
from groupguide.i18n import t
from groupguide.tui.text import fill

from .base import DIALOG_CSS, Dialog

PROMPT_WIDTH = 60


def short_code(code: str) -> str:
    """ "FKM LM-02" → "LM-02": the FKM prefix is implied in tables where room is scarce."""
    return code[4:] if code.startswith("FKM ") else code


def _prompt(goal: Goal) -> Content:
    text = goal.text if len(goal.text) <= PROMPT_WIDTH else goal.text[: PROMPT_WIDTH - 1] + "…"
    marker = "" if goal.recommended else f" ({t('planui.goals.optional')})"
    return Content.assemble((f"{short_code(goal.code):<8} ", "bold"), text, (marker, "italic"))


class GoalList(SelectionList[str]):
    """A SelectionList that drops a highlight message gone stale because the options were
    replaced before it arrived (fast typing in the filter); Textual would raise on it."""

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # Textual calls this handler on every class of the MRO; prevent_default skips the base's
        if not 0 <= event.option_index < self.option_count:
            event.stop()
            event.prevent_default()


class GoalPickerDialog(Dialog[list[str] | None]):
    CSS_PATH = [*DIALOG_CSS, "goal_picker.tcss"]
    BINDINGS = [
        Binding("ctrl+s", "save", t("tui.save"), id="dialog.save"),
        Binding("ctrl+f", "focus_filter", t("planui.goals.filter_key"), id="goals.filter"),
    ]

    def __init__(
        self, goals: GoalCatalogue, chosen: list[str], block_title: str, suggested: bool = False
    ) -> None:
        """``suggested``: ``chosen`` are the activity's suggested goals for a new block, offered
        ticked; nothing is attached until the leader saves."""
        super().__init__()
        self.goals = goals
        self.block_title = block_title
        self.suggested = suggested
        self.chosen: set[str] = {goals.canonical(c) or c for c in chosen}
        self.unknown = [c for c in chosen if goals.canonical(c) is None]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(
                fill(t("planui.goals.title"), title=self.block_title), classes="dialog-title"
            )
            if self.suggested:
                yield Static(t("planui.goals.suggested"), id="goal-suggested", classes="hint")
            yield Input(id="filter", placeholder=t("planui.goals.filter"), compact=True)
            yield GoalList(id="goals")
            yield Static("", id="goal-text", classes="goal-text")
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Static("", id="goal-count", classes="goal-count")
                yield Button(t("tui.save"), variant="primary", id="save", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#filter", Input).focus()

    def on_key(self, event: events.Key) -> None:
        """Down from the filter goes to the list; a letter typed in the list goes to the filter."""
        focused = self.focused
        filter_input = self.query_one("#filter", Input)
        if focused is filter_input and event.key == "down":
            self.query_one("#goals", SelectionList).focus()
            event.stop()
        elif (
            isinstance(focused, SelectionList)
            and event.is_printable
            and event.character
            and event.character != " "
        ):
            filter_input.focus()
            filter_input.insert_text_at_cursor(event.character)
            event.stop()

    def _fill(self, query: str) -> None:
        selection_list = self.query_one("#goals", SelectionList)
        selection_list.clear_options()
        found = self.goals.search(query)
        selection_list.add_options(
            [Selection(_prompt(g), g.code, g.code in self.chosen) for g in found]
        )
        if found:
            selection_list.highlighted = 0
        self._show(found[0] if found else None)
        self._count()

    def _show(self, goal: Goal | None) -> None:
        detail = self.query_one("#goal-text", Static)
        if goal is None:
            detail.update(Content(t("planui.goals.none_found")))
            return
        kind = t("planui.goals.recommended" if goal.recommended else "planui.goals.optional")
        detail.update(
            Content.assemble((goal.code, "bold"), f"  ·  {goal.theme}  ·  {kind}\n", goal.text)
        )

    def _count(self) -> None:
        self.query_one("#goal-count", Static).update(
            Content(t("planui.goals.count", count=len(self.chosen)))
        )

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#filter")
    def _to_list(self) -> None:
        self.query_one("#goals", SelectionList).focus()

    @on(SelectionList.SelectionHighlighted)
    def _highlighted(self, event: SelectionList.SelectionHighlighted) -> None:
        self._show(self.goals.get(event.selection.value))

    @on(SelectionList.SelectionToggled)
    def _toggled(self, event: SelectionList.SelectionToggled) -> None:
        selection_list = event.selection_list
        shown = {
            selection_list.get_option_at_index(i).value for i in range(selection_list.option_count)
        }
        self.chosen = (self.chosen - shown) | set(selection_list.selected)
        self._count()

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def result(self) -> list[str]:
        return [g.code for g in self.goals if g.code in self.chosen] + self.unknown

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        self.dismiss(self.result())

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)
