"""Create or edit a gathering's title, date, times and place; dismisses the values or ``None``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, Static

from groupguide.domain.model import Gathering, Group
from groupguide.domain.planning import parse_date, sort_by_date
from groupguide.domain.values import format_time, minutes_of, parse_time
from groupguide.i18n import format_date, t

from .base import DIALOG_CSS
from .form import FormDialog, Refusal


@dataclass(frozen=True)
class GatheringFields:
    title: str
    date: date | None
    start: time
    end: time | None
    location: str


class GatheringFormDialog(FormDialog[GatheringFields | None]):
    CSS_PATH = [*DIALOG_CSS, "gathering_form.tcss"]

    def __init__(self, title: str, initial: GatheringFields) -> None:
        super().__init__()
        self.title_text = title
        self.initial = initial

    def compose(self) -> ComposeResult:
        initial = self.initial
        with VerticalScroll(classes="dialog form"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Label(t("planui.gathering.title"))
            yield Input(initial.title, id="title", compact=True)
            with Horizontal(classes="form-row"):
                with Vertical(classes="form-cell", id="date-cell"):
                    yield Label(t("planui.gathering.date"))
                    yield Input(
                        format_date(initial.date),
                        id="date",
                        compact=True,
                        placeholder=t("planui.gathering.date_placeholder"),
                    )
                with Vertical(classes="form-cell"):
                    yield Label(t("planui.gathering.start"))
                    yield Input(
                        format_time(initial.start) or "",
                        id="start",
                        compact=True,
                        placeholder="09:00",
                    )
                with Vertical(classes="form-cell"):
                    yield Label(t("planui.gathering.end"))
                    yield Input(
                        format_time(initial.end) or "", id="end", compact=True, placeholder="15:30"
                    )
            yield Label(t("planui.gathering.location"))
            yield Input(initial.location, id="location", compact=True)
            yield Static("", id="error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.save"), variant="primary", id="save", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    def _value(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value.strip()

    def _read(self) -> GatheringFields | Refusal:
        title = self._value("title")
        if not title:
            return "title", t("planui.gathering.title_empty")
        try:
            when = parse_date(self._value("date"))
        except ValueError:
            return "date", t("planui.gathering.bad_date", value=self._value("date"))
        try:
            start = parse_time(self._value("start")) or time(9, 0)
        except ValueError:
            return "start", t("planui.bad_time", value=self._value("start"))
        try:
            end = parse_time(self._value("end"))
        except ValueError:
            return "end", t("planui.bad_time", value=self._value("end"))
        if end is not None and minutes_of(end) <= minutes_of(start):
            return "end", t("planui.gathering.end_before_start")
        return GatheringFields(title, when, start, end, self._value("location"))

    def check(self) -> Refusal | None:
        read = self._read()
        return read if isinstance(read, tuple) else None

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def save(self) -> None:
        read = self._read()
        if isinstance(read, tuple):
            self.refuse(read)
        else:
            self.dismiss(read)


async def edit_gathering_fields(app, group: Group, gathering: Gathering) -> bool:
    """Ask for the gathering's title, date, times and place and apply them (the plan is re-sorted
    when the date moves). False when the user cancelled; the caller saves."""
    initial = GatheringFields(
        gathering.title, gathering.date, gathering.start, gathering.end, gathering.location
    )
    fields = await app.push_screen_wait(GatheringFormDialog(t("planui.plan.edit_title"), initial))
    if fields is None:
        return False
    date_changed = fields.date != gathering.date
    gathering.title, gathering.date, gathering.start = fields.title, fields.date, fields.start
    gathering.end, gathering.location = fields.end, fields.location
    if date_changed:
        sort_by_date(group)
    return True
