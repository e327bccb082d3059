"""The gathering editor: the agenda with computed clock times, blocks from the activity library,
goals, presenters, notes, reordering, pins, clashes and overrun against the end time.

Every edit is saved at once. The gathering being edited is ``selected_gathering()``; the block
under the cursor is ``selected_block()``.
What its summary and detail lines say: ``widgets.gathering_lines``.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from groupguide.domain.activities import add_own_measure, known_measures, measures_of
from groupguide.domain.model import Block, Gathering, Group
from groupguide.domain.planning import (
    UndoSlot,
    add_block,
    block_from_activity,
    delete_block,
    move_block,
    set_goals,
    suggested_goals,
    toggle_pin,
)
from groupguide.i18n import format_date, t
from groupguide.tui.breakpoints import SizeClassesFirst
from groupguide.tui.dialogs.activity_chooser import ActivityChooserDialog, activity_title
from groupguide.tui.dialogs.block_form import BlockFields, BlockFormDialog
from groupguide.tui.dialogs.confirm import confirm
from groupguide.tui.dialogs.gathering_form import edit_gathering_fields
from groupguide.tui.dialogs.goal_picker import GoalPickerDialog
from groupguide.tui.keys import FooterOrder, in_typed_order
from groupguide.tui.text import fill
from groupguide.tui.widgets.agenda_table import AgendaTable
from groupguide.tui.widgets.footer import Footer
from groupguide.tui.widgets.gathering_lines import block_detail, summary_line
from groupguide.tui.widgets.key_commands import KeyCommands
from groupguide.tui.widgets.plan_pane import time_span

from ..dialogs.base import TopOnlyDismiss

MOVE = Binding.Group(t("planui.move"))
BLOCK_ACTIONS = frozenset({"edit_block", "goals", "pin", "move", "delete_block"})


class GatheringScreen(SizeClassesFirst, FooterOrder, TopOnlyDismiss, Screen[None]):
    FOOTER_FIRST = (
        "gathering.edit",
        "gathering.add",
        "gathering.goals",
        "gathering.pin",
        "gathering.delete",
        "gathering.undo",
        "app.help",
        "gathering.details",
        "gathering.back",
    )
    CSS_PATH = "gathering.tcss"
    HELP_KEY = "planui.gathering.help"
    COMMANDS = {KeyCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (140, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (36, "-tall")]
    BINDINGS = [
        Binding("escape", "back", t("planui.back"), id="gathering.back"),
        Binding(
            "a",
            "add_block",
            t("planui.agenda.add"),
            id="gathering.add",
            tooltip=t("planui.agenda.add_tip"),
        ),
        Binding("enter", "edit_block", t("planui.edit"), id="gathering.edit", priority=True),
        Binding("e", "edit_block", t("planui.edit"), id="gathering.edit_e", show=False),
        Binding("g", "goals", t("planui.agenda.goals"), id="gathering.goals"),
        Binding(
            "p",
            "pin",
            t("planui.agenda.pin"),
            id="gathering.pin",
            tooltip=t("planui.agenda.pin_tip"),
        ),
        Binding(
            "shift+up,k",
            "move(-1)",
            t("planui.move_up"),
            key_display="⇧↑",
            id="gathering.move_up",
            group=MOVE,
        ),
        Binding(
            "shift+down,j",
            "move(1)",
            t("planui.move_down"),
            key_display="⇧↓",
            id="gathering.move_down",
            group=MOVE,
        ),
        Binding("delete,d", "delete_block", t("planui.delete"), id="gathering.delete"),
        Binding("r", "edit_gathering", t("planui.agenda.edit_gathering"), id="gathering.details"),
        Binding("u,ctrl+z", "undo", t("planui.undo"), id="gathering.undo"),
    ]

    def __init__(self, group: Group, gathering_id: str, undo: UndoSlot | None = None) -> None:
        super().__init__()
        self.group = group
        self.gathering_id = gathering_id
        self.undo = undo or UndoSlot(group.id)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="gathering-info", classes="heading")
        yield Static("", id="gathering-summary", classes="summary")
        with Vertical(id="agenda-body"):
            yield AgendaTable(id="agenda")
            with VerticalScroll(id="block-detail-box"):
                yield Static("", id="block-detail")
            yield Static(t("planui.agenda.empty"), id="agenda-empty", classes="hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("planui.gathering.subtitle")
        self.refresh_view()
        self.query_one(AgendaTable).focus()

    # -- what other features use -------------------------------------------------------------

    def selected_gathering(self) -> Gathering | None:
        return self.group.gathering(self.gathering_id)

    @property
    def gathering(self) -> Gathering:
        found = self.group.gathering(self.gathering_id)
        if found is None:  # deleted elsewhere: show an empty agenda rather than crash
            return Gathering(title="–", id=self.gathering_id)
        return found

    def selected_block(self) -> Block | None:
        block_id = self.query_one(AgendaTable).selected_block_id(self.gathering)
        return self.gathering.block(block_id) if block_id else None

    # -- view --------------------------------------------------------------------------------

    @property
    def library(self):
        return self.app.services.library

    def refresh_view(self, select: str | None = None) -> None:
        gathering = self.gathering
        parts = [(gathering.title, "bold")]
        for extra in (format_date(gathering.date), time_span(gathering), gathering.location):
            if extra:
                parts += ["  ·  ", extra]
        self.query_one("#gathering-info", Static).update(Content.assemble(*parts))
        self._show_summary()
        table = self.query_one(AgendaTable)
        table.show(self.group, gathering, self.library.activities, select)
        self.query_one("#agenda-empty").display = not gathering.blocks
        self._show_detail()
        self.refresh_bindings()

    def _show_summary(self) -> None:
        content, problem = summary_line(self.gathering)
        widget = self.query_one("#gathering-summary", Static)
        widget.update(content)
        widget.set_class(problem, "-problem")

    def _show_detail(self) -> None:
        detail = self.query_one("#block-detail", Static)
        block = self.selected_block()
        self.query_one("#block-detail-box").display = block is not None
        detail.update(
            ""
            if block is None
            else block_detail(self.group, block, self.library.activities, self.library.goals)
        )

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_detail()
        self.refresh_bindings()

    @on(DataTable.RowSelected)
    def _clicked(self) -> None:
        self.action_edit_block()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo":  # greyed out, never hidden: the footer and F1 name it
            return True if self.undo.ready else None
        if action in BLOCK_ACTIONS:
            return True if self.gathering.blocks else None
        return True

    # -- saving ------------------------------------------------------------------------------

    def commit(self, select: str | None = None, removal=None) -> bool:
        """Save at once. When the store refuses, show what it holds instead."""
        if self.app.save_group(self.group):
            if removal is not None:
                self.undo.push(removal)
            self.refresh_view(select)
            return True
        fresh = self.app.services.group(self.group.id)
        if fresh is not None:
            self.group = fresh
        self.refresh_view()
        return False

    # -- actions -----------------------------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss()

    @work(exclusive=True, group="gathering-dialog")
    async def action_add_block(self) -> None:
        activity_id = await self.app.push_screen_wait(
            ActivityChooserDialog(self.library.activities)
        )
        activity = self.library.activities.get(activity_id) if activity_id else None
        if activity is None:
            return
        title = activity_title(activity)
        block = block_from_activity(activity, title)
        current = self.selected_block()
        add_block(self.gathering, block, after_id=current.id if current else None)
        if not self.commit(select=block.id):
            return
        suggested = suggested_goals(activity, self.library.goals)
        if not suggested:
            return
        # the activity's goals are offered, ticked; nothing is attached until confirmed
        codes = await self.app.push_screen_wait(
            GoalPickerDialog(self.library.goals, suggested, title, suggested=True)
        )
        block = self.gathering.block(block.id)
        if block is None:
            return
        if codes is None:
            self.notify(t("planui.goals.none_attached", title=title), markup=False)
            return
        set_goals(block, codes, self.library.goals)
        self.commit(select=block.id)

    @in_typed_order  # a priority binding: only for the screen on top
    def action_edit_block(self) -> None:
        block = self.selected_block()
        if block is not None:
            self._edit_block(block.id)

    @work(exclusive=True, group="gathering-dialog")
    async def _edit_block(self, block_id: str) -> None:
        block = self.gathering.block(block_id)
        if block is None:
            return
        activities = self.library.activities
        activity = activities.get(block.activity)
        slots = activity.presenter_slots if activity else len(block.presenters)
        audit = activity is not None and activity.behaves_like == "audit"
        offered = list(known_measures(self.group, activities).values()) if audit else None
        chosen = tuple(m.id for m in measures_of(block, self.group, activities))
        fields = await self.app.push_screen_wait(
            BlockFormDialog(
                t("planui.block.edit_title"),
                activity_title(activity, block.activity),
                BlockFields(
                    block.title,
                    block.minutes,
                    block.pinned,
                    tuple(block.presenters),
                    block.notes,
                    chosen,
                ),
                self.group.participants,
                slots,
                offered,
            )
        )
        if fields is None:
            return
        block.title, block.minutes, block.pinned = fields.title, fields.minutes, fields.pinned
        block.notes = fields.notes
        if slots:
            block.presenters = list(fields.presenters)
        if audit:
            block.measures = list(fields.measures)
            if fields.new_measure is not None:
                block.measures.append(add_own_measure(self.group, *fields.new_measure).id)
        self.commit(select=block.id)

    @work(exclusive=True, group="gathering-dialog")
    async def action_goals(self) -> None:
        block = self.selected_block()
        if block is None:
            return
        title = block.title or activity_title(
            self.library.activities.get(block.activity), block.activity
        )
        codes = await self.app.push_screen_wait(
            GoalPickerDialog(self.library.goals, list(block.goals), title)
        )
        if codes is None:
            return
        set_goals(block, codes, self.library.goals)
        self.commit(select=block.id)

    def action_pin(self) -> None:
        block = self.selected_block()
        if block is None:
            return
        pinned = toggle_pin(self.gathering, block.id)
        if self.commit(select=block.id):
            message = (
                t("planui.pinned", time=pinned.strftime("%H:%M"))
                if pinned
                else t("planui.unpinned")
            )
            self.notify(message, markup=False)

    def action_move(self, offset: int) -> None:
        block = self.selected_block()
        if block is not None and move_block(self.gathering, block.id, offset):
            self.commit(select=block.id)

    @work(exclusive=True, group="gathering-dialog")
    async def action_delete_block(self) -> None:
        block = self.selected_block()
        if block is None:
            return
        title = block.title or block.activity
        if not await confirm(
            self.app,
            fill(t("planui.agenda.delete_question"), title=title),
            t("planui.delete"),
            undoable=True,
            cancelled=t("planui.not_deleted", name=title),
        ):
            return
        removal = delete_block(self.gathering, block.id)
        if self.commit(removal=removal):
            self.notify(t("planui.agenda.removed", name=title), markup=False)

    @work(exclusive=True, group="gathering-dialog")
    async def action_edit_gathering(self) -> None:
        if await edit_gathering_fields(self.app, self.group, self.gathering):
            self.commit()

    def action_undo(self) -> None:
        removal = self.undo.undo(self.group)
        if removal is None:
            self.notify(t("planui.undo_nothing"), markup=False)
            self.refresh_bindings()
            return
        select = getattr(removal, "block", None)
        if self.commit(select=select.id if select is not None else None):
            self.notify(t("planui.restored", name=removal.label), markup=False)
