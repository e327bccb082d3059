"""Check-in: everyone present by default, Enter confirms. Mark absent, arrived late or left early
(with the time), which gives the minutes attended. Opened again from the runner to correct it,
and from recording afterwards (on the record being entered, not yet saved: ``draft``).

A time is accepted anywhere within the day as it was actually held (``domain.timeline``): a day
that began at 22:40 takes a departure at 00:30; an arrival after a finished day's end, or a
departure before its start, is refused with the day's span.

Dismisses the attendance (participant id → ``Attendance``) or ``None`` when cancelled; the screen
that asked saves it.
"""

from __future__ import annotations

import copy
from datetime import time

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from groupguide.domain.attendance import attended_minutes, default_attendance
from groupguide.domain.model import Attendance, Gathering, Group
from groupguide.domain.timeline import outside_day, place, span_text
from groupguide.domain.values import format_time, parse_time
from groupguide.i18n import t
from groupguide.tui.dialogs.run_input import RunInputDialog
from groupguide.tui.keys import FooterOrder, in_typed_order
from groupguide.tui.text import fill, literal
from groupguide.tui.widgets.footer import Footer

from ..dialogs.base import TopOnlyDismiss


def parse_clock(raw: str) -> time | None:
    value = parse_time(raw.strip())
    if value is None:
        raise ValueError(raw)
    return value


NAME_WIDTH = 36


class CheckinScreen(FooterOrder, TopOnlyDismiss, Screen[dict[str, Attendance] | None]):
    FOOTER_FIRST = (
        "checkin.confirm",
        "checkin.absent",
        "checkin.arrived",
        "checkin.left",
        "checkin.reset",
    )
    HELP_KEY = "run.checkin.help"
    BINDINGS = [
        Binding("enter", "confirm", t("run.checkin.confirm"), id="checkin.confirm", priority=True),
        Binding("space,f", "toggle_absent", t("run.checkin.absent"), id="checkin.absent"),
        Binding("s", "arrived", t("run.checkin.arrived"), id="checkin.arrived"),
        Binding("g", "left", t("run.checkin.left"), id="checkin.left"),
        Binding("t", "reset", t("run.checkin.reset"), id="checkin.reset"),
        Binding("escape", "cancel", t("tui.cancel"), id="checkin.cancel"),
    ]

    def __init__(
        self,
        group_id: str,
        gathering_id: str,
        *,
        draft: tuple[Group, Gathering] | None = None,
        finished: bool = False,
    ) -> None:
        """``draft``: the group and the gathering as being recorded (instead of the stored
        ones); ``finished``: the day is over, so its end is known."""
        super().__init__()
        self.group_id = group_id
        self.gathering_id = gathering_id
        self.draft = draft
        self.finished = finished
        self.group: Group | None = None
        self.gathering: Gathering | None = None
        self.records: dict[str, Attendance] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="checkin-heading", classes="heading")
        yield Static(t("run.checkin.intro"), id="checkin-intro", classes="hint")
        yield DataTable(id="checkin-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="checkin-summary", classes="hint", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        found = self.draft or self.app.services.gathering(self.group_id, self.gathering_id)
        self.group, self.gathering = found if found is not None else (None, None)
        if self.group is None or self.gathering is None:
            self.notify(t("run.not_found"), severity="error")
            self.dismiss(None)
            return
        self.sub_title = t("run.checkin.title")
        self.query_one("#checkin-heading", Static).update(
            fill(t("run.checkin.heading"), title=self.gathering.title)
        )
        if self.gathering.attendance is None:
            self.records = default_attendance(self.group)
        else:
            self.query_one("#checkin-intro", Static).update(t("run.checkin.intro_again"))
            self.records = {
                p.id: copy.deepcopy(self.gathering.attendance.get(p.id)) or Attendance("absent")
                for p in self.group.participants
            }
        table = self.query_one(DataTable)
        # a very long name must not push the status off the screen
        longest = max((len(p.name) for p in self.group.participants), default=0)
        table.add_column(
            t("run.checkin.col.name"),
            key="name",
            width=max(len(t("run.checkin.col.name")), min(longest, NAME_WIDTH)),
        )
        # wide enough for the longest status ("kom 23:10, gikk 00:10"), so that a time is never
        # cut short as the rows change
        both = [t(f"run.checkin.status.{k}", time="00:00") for k in ("arrived", "left")]
        table.add_column(
            t("run.checkin.col.status"),
            key="status",
            width=max(len(t("run.checkin.col.status")), len(", ".join(both))),
        )
        table.add_column(t("run.checkin.col.minutes"), key="minutes")
        for participant in self.group.participants:
            table.add_row(literal(participant.name), "", "", key=participant.id)
        self._refresh_rows()
        table.focus()

    # -- view ------------------------------------------------------------------------------

    def _status_text(self, record: Attendance) -> Text:
        if record.status == "absent":
            return Text(t("run.checkin.status.absent"), style="bold red")
        parts = []
        if record.arrived is not None:
            parts.append(t("run.checkin.status.arrived", time=format_time(record.arrived)))
        if record.left is not None:
            parts.append(t("run.checkin.status.left", time=format_time(record.left)))
        if parts:
            return Text(", ".join(parts), style="yellow")
        return Text(t("run.checkin.status.present"), style="green")

    def _refresh_rows(self) -> None:
        table = self.query_one(DataTable)
        assert self.gathering is not None
        present = 0
        now = self.app.services.clock()
        for participant_id, record in self.records.items():
            minutes = attended_minutes(self.gathering, record, now)
            table.update_cell(
                participant_id, "status", self._status_text(record), update_width=True
            )
            table.update_cell(participant_id, "minutes", Text(str(minutes), justify="right"))
            present += record.status != "absent"
        self.query_one("#checkin-summary", Static).update(
            t("run.checkin.summary", present=present, total=len(self.records))
        )

    def _selected(self) -> str | None:
        table = self.query_one(DataTable)
        if not self.records or table.cursor_row is None:
            return None
        keys = list(self.records)
        return keys[table.cursor_row] if table.cursor_row < len(keys) else None

    # -- actions ---------------------------------------------------------------------------

    @in_typed_order  # a priority binding: only for the screen on top
    def action_confirm(self) -> None:
        self.dismiss(self.records)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_toggle_absent(self) -> None:
        participant_id = self._selected()
        if participant_id is None:
            return
        record = self.records[participant_id]
        self.records[participant_id] = Attendance(
            "present" if record.status == "absent" else "absent"
        )
        self._refresh_rows()

    def action_reset(self) -> None:
        participant_id = self._selected()
        if participant_id is not None:
            self.records[participant_id] = Attendance("present")
            self._refresh_rows()

    async def _ask_time(self, title_key: str, current: time | None) -> time | None:
        now = self.app.services.clock().time()
        initial = format_time(current) or f"{now.hour:02d}:{now.minute:02d}"
        return await self.app.push_screen_wait(
            RunInputDialog(
                t(title_key),
                t("run.checkin.time_prompt"),
                parse_clock,
                t("run.checkin.time_error"),
                initial,
            )
        )

    @work
    async def action_arrived(self) -> None:
        await self._set_time("arrived")

    @work
    async def action_left(self) -> None:
        await self._set_time("left")

    async def _set_time(self, which: str) -> None:
        participant_id = self._selected()
        if participant_id is None:
            return
        record = self.records[participant_id]
        title = "run.checkin.arrived_title" if which == "arrived" else "run.checkin.left_title"
        value = await self._ask_time(title, getattr(record, which))
        if value is None:
            return
        arrived = value if which == "arrived" else record.arrived
        left = value if which == "left" else record.left
        assert self.gathering is not None
        now = self.app.services.clock()
        gathering = self.gathering
        if (
            arrived is not None
            and left is not None
            and place(gathering, left, now) <= place(gathering, arrived, now)
        ):
            self.notify(t("run.checkin.order_error"), severity="error")
            return
        outside = outside_day(gathering, which, value, now, self.finished)
        if outside is not None:
            self.notify(
                t("run.checkin.outside_error", time=format_time(value), span=span_text(*outside)),
                severity="error",
                markup=False,
            )
            return
        self.records[participant_id] = Attendance("partial", None, arrived, left)
        self._refresh_rows()
