"""Record a gathering afterwards (etterregistrering): the day it was held, when it began, each
block held (minutes, start) or skipped, and the attendance with arrivals and departures.

For a day run on paper, or to correct what run mode recorded. A gathering not held yet starts
with every block held as planned; one already held shows what was recorded. Nothing is saved
until Ctrl+S; the blocks whose record then changes are marked recorded afterwards, and the
report says so. The rules are ``domain.record``; this screen edits a ``RecordDraft``.

Dismisses True when the record was saved.
"""

from __future__ import annotations

import copy

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Label, Static

from groupguide.domain.model import Attendance
from groupguide.domain.planning import parse_date
from groupguide.domain.problems import DomainError
from groupguide.domain.record import HeldEntry, lay_out
from groupguide.domain.values import format_time, parse_time
from groupguide.i18n import format_date, t
from groupguide.services.errors import ServiceError
from groupguide.services.record import RecordDraft, open_record, save_record
from groupguide.tui.dialogs.confirm import confirm
from groupguide.tui.dialogs.held_block import HeldBlockDialog
from groupguide.tui.keys import FooterOrder, in_typed_order
from groupguide.tui.screens.checkin import CheckinScreen
from groupguide.tui.text import fill
from groupguide.tui.widgets.footer import Footer

from ..dialogs.base import TopOnlyDismiss

TITLE_WIDTH = (16, 60)  # the block column: as wide as the screen leaves, within these
TIME_WIDTH, PLANNED_WIDTH = 11, 4  # "22:40–00:35", minutes
FRAME = 14  # the cells' padding, the table's margins and its scroll bar


class RecordScreen(FooterOrder, TopOnlyDismiss, Screen[bool]):
    FOOTER_FIRST = (
        "record.edit",
        "record.toggle",
        "record.attendance",
        "record.save",
        "record.cancel",
    )
    CSS_PATH = "record.tcss"
    HELP_KEY = "record.help"
    BINDINGS = [
        # priority: the table's own Enter would hide it from the footer; in the date and time
        # fields Enter stays theirs (check_action)
        Binding("enter", "edit", t("record.key.edit"), id="record.edit", priority=True),
        Binding("space", "toggle", t("record.key.toggle"), id="record.toggle"),
        Binding("a", "attendance", t("record.key.attendance"), id="record.attendance"),
        Binding("ctrl+s", "save", t("record.key.save"), id="record.save"),
        Binding("escape", "cancel", t("tui.cancel"), id="record.cancel"),
    ]

    def __init__(self, group_id: str, gathering_id: str) -> None:
        super().__init__()
        self.group_id = group_id
        self.gathering_id = gathering_id
        self.draft: RecordDraft | None = None
        self.attendance: dict[str, Attendance] | None = None
        self.problem = ""  # what keeps the record from being saved now
        self.dirty = False  # changed since the screen opened

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="record-heading", classes="heading")
        yield Static("", id="record-intro", classes="hint")
        with Horizontal(id="record-day"):
            yield Label(t("record.day"), classes="record-label")
            yield Input(id="record-date", compact=True, placeholder="22.10.2026")
            yield Label(t("record.start"), classes="record-label")
            yield Input(id="record-start", compact=True, placeholder="09:00")
        yield DataTable(id="record-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="record-summary", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        try:
            self.draft = open_record(self.app.services, self.group_id, self.gathering_id)
        except ServiceError as exc:
            self.notify(exc.message, severity="error", markup=False)
            self.dismiss(False)
            return
        draft = self.draft
        self.sub_title = t("record.subtitle")
        self.attendance = copy.deepcopy(draft.gathering.attendance)
        self.query_one("#record-heading", Static).update(
            fill(t("record.heading"), title=draft.gathering.title)
        )
        held = any(b.held for b in draft.gathering.blocks)
        self.query_one("#record-intro", Static).update(
            t("record.intro.held" if held else "record.intro.new")
        )
        self.query_one("#record-date", Input).value = format_date(draft.record.day)
        self.query_one("#record-start", Input).value = format_time(draft.record.start) or ""
        table = self.query_one(DataTable)
        # fixed widths: the columns must not move as blocks are marked, and at 80 columns the
        # note must still show whole
        held = max(len(t("record.skipped")), len(t("record.held_minutes", minutes=999)))
        mark = max(len(t("record.mark")), len(t("record.col.mark")))
        low, high = TITLE_WIDTH
        rest = TIME_WIDTH + PLANNED_WIDTH + held + mark + FRAME
        width = max(low, min(high, self.app.size.width - rest))
        table.add_column(t("record.col.time"), key="time", width=TIME_WIDTH)
        table.add_column(t("record.col.block"), key="block", width=width)
        table.add_column(t("record.col.planned"), key="planned", width=PLANNED_WIDTH)
        table.add_column(t("record.col.held"), key="held", width=held)
        table.add_column(t("record.col.mark"), key="mark", width=mark)
        for block in draft.gathering.blocks:
            title = Text(block.title or block.activity, overflow="ellipsis", no_wrap=True)
            table.add_row("", title, "", "", "", key=block.id)
        self._refresh()
        table.focus()

    # -- view ----------------------------------------------------------------------------------

    def _entry(self, block_id: str) -> HeldEntry:
        assert self.draft is not None
        return next(e for e in self.draft.record.entries if e.block_id == block_id)

    def _selected(self) -> str | None:
        table = self.query_one(DataTable)
        blocks = self.draft.gathering.blocks if self.draft else []
        row = table.cursor_row
        return blocks[row].id if blocks and row is not None and row < len(blocks) else None

    def _refresh(self) -> None:
        draft = self.draft
        if draft is None:
            return
        table = self.query_one(DataTable)
        try:
            laid = {row.entry.block_id: row for row in lay_out(draft.gathering, draft.record)}
            self.problem = ""
        except DomainError as exc:
            laid, self.problem = {}, str(exc)
        marked = self._marked()
        for block in draft.gathering.blocks:
            entry = self._entry(block.id)
            row = laid.get(block.id)
            span = f"{row.start.strftime('%H:%M')}–{row.end.strftime('%H:%M')}" if row else "–"
            held = (
                Text(t("record.held_minutes", minutes=entry.minutes))
                if entry.held
                else Text(t("record.skipped"), style="italic")
            )
            mark = t("record.mark") if block.id in marked else ""
            table.update_cell(block.id, "time", span)
            table.update_cell(block.id, "planned", Text(str(block.minutes), justify="right"))
            table.update_cell(block.id, "held", held)
            table.update_cell(block.id, "mark", mark)
        self._summary(laid)

    def _marked(self) -> set[str]:
        """The blocks that will be (or stay) marked recorded afterwards."""
        try:
            preview = self.draft.preview()
        except ServiceError:
            return set()
        return {b.id for b in preview.blocks if b.held and b.recorded_afterwards}

    def _summary(self, laid: dict) -> None:
        widget = self.query_one("#record-summary", Static)
        widget.set_class(bool(self.problem), "-problem")
        if self.problem:
            widget.update(self.problem)
            return
        entries = self.draft.record.entries
        held = sum(1 for e in entries if e.held)
        parts = [
            t("record.summary.blocks", held=held, total=len(entries), skipped=len(entries) - held)
        ]
        if laid:
            rows = list(laid.values())
            parts.append(
                t(
                    "record.summary.span",
                    start=rows[0].start.strftime("%H:%M"),
                    end=max(r.end for r in rows).strftime("%H:%M"),
                )
            )
        if self.attendance is None:
            parts.append(t("record.summary.no_attendance"))
        else:
            present = sum(1 for r in self.attendance.values() if r.status != "absent")
            parts.append(
                t("record.summary.attendance", present=present, total=len(self.attendance))
            )
        widget.update(" · ".join(parts))

    # -- the day -------------------------------------------------------------------------------

    @on(Input.Changed, "#record-date")
    def _date_changed(self, event: Input.Changed) -> None:
        try:
            day = parse_date(event.value)
        except ValueError:
            day = None
        event.input.set_class(day is None, "-invalid")
        if day is not None and self.draft is not None and day != self.draft.record.day:
            self.draft.record.day = day
            self.dirty = True
            self._refresh()

    @on(Input.Changed, "#record-start")
    def _start_changed(self, event: Input.Changed) -> None:
        try:
            start = parse_time(event.value.strip())
        except ValueError:
            start = None
        event.input.set_class(start is None, "-invalid")
        if start is not None and self.draft is not None and start != self.draft.record.start:
            self.draft.record.start = start
            self.dirty = True
            self._refresh()

    @on(Input.Submitted)
    def _to_table(self) -> None:
        self.query_one(DataTable).focus()

    def _day_problem(self) -> str | None:
        for widget_id, key in (
            ("record-date", "record.bad_date"),
            ("record-start", "record.bad_start"),
        ):
            widget = self.query_one(f"#{widget_id}", Input)
            if widget.has_class("-invalid") or not widget.value.strip():
                widget.focus()
                return t(key, value=widget.value.strip())
        return None

    # -- actions ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "edit" and isinstance(self.focused, Input):
            return False  # Enter in the date or time field: on to the blocks
        if action in ("edit", "toggle"):
            return True if self.draft is not None and self.draft.gathering.blocks else None
        return True

    @on(DataTable.RowSelected)
    def _selected_row(self) -> None:  # a click on a row
        self.action_edit()

    def action_toggle(self) -> None:
        block_id = self._selected()
        if block_id is None:
            return
        entry = self._entry(block_id)
        block = self.draft.gathering.block(block_id)
        if entry.held:
            entry.minutes, entry.start, entry.end = None, None, None
        else:
            entry.minutes, entry.start, entry.end = block.minutes, None, None
        self.dirty = True
        self._refresh()

    @in_typed_order  # a priority binding: only for the screen on top
    @work(exclusive=True, group="record-dialog")
    async def action_edit(self) -> None:
        block_id = self._selected()
        if block_id is None:
            return
        entry = self._entry(block_id)
        block = self.draft.gathering.block(block_id)
        result = await self.app.push_screen_wait(
            HeldBlockDialog(
                block.title or block.activity,
                entry.start,
                entry.minutes or block.minutes,
                block.minutes,
            )
        )
        if result is None:
            return
        entry.start, entry.minutes = result
        entry.end = None  # the minutes decide the end now
        self.dirty = True
        self._refresh()

    @work(exclusive=True, group="record-dialog")
    async def action_attendance(self) -> None:
        await self._take_attendance()

    async def _take_attendance(self) -> bool:
        """The check-in on the record as entered; False when it was cancelled or the record
        cannot stand yet."""
        draft = self.draft
        if draft is None:
            return False
        try:
            preview = draft.preview()
        except ServiceError as exc:
            self.notify(exc.message, severity="error", markup=False)
            return False
        preview.attendance = copy.deepcopy(self.attendance)
        records = await self.app.push_screen_wait(
            CheckinScreen(
                self.group_id, self.gathering_id, draft=(draft.group, preview), finished=True
            )
        )
        if records is None:
            return False
        self.attendance = records
        self.dirty = True
        self._refresh()
        return True

    @work(exclusive=True, group="record-dialog")
    async def action_save(self) -> None:
        if self.draft is None:
            return
        problem = self._day_problem() or self.problem
        if problem:
            self.notify(problem, severity="error", markup=False)
            return
        if self.attendance is None and not await self._take_attendance():
            self.notify(t("record.not_saved_no_attendance"), severity="warning")
            return
        try:
            changed = save_record(self.app.services, self.draft, self.attendance)
        except ServiceError as exc:
            self.notify(exc.message, title=t("tui.not_saved"), severity="error", markup=False)
            return
        held = sum(1 for b in self.draft.gathering.blocks if b.held)
        afterwards = sum(1 for b in self.draft.gathering.blocks if b.held and b.recorded_afterwards)
        self.notify(
            t(
                "record.saved",
                title=self.draft.gathering.title,
                day=format_date(self.draft.record.day),
                held=held,
                afterwards=afterwards,
                changed=len(changed),
            ),
            markup=False,
        )
        self.dismiss(True)

    @work(exclusive=True, group="record-dialog")
    async def action_cancel(self) -> None:
        if self.dirty and not await confirm(
            self.app,
            t("record.discard_question"),
            t("record.discard"),
            undoable=False,
        ):
            return
        self.dismiss(False)
