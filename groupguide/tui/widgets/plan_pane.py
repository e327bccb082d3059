"""The Plan tab: the term's gatherings on a timeline, with the planned days against 2–3 days.

Add, open, edit, duplicate, move and delete gatherings; start one from a template.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from groupguide.domain.model import Gathering
from groupguide.domain.planning import (
    add_gathering,
    delete_gathering,
    duplicate_gathering,
    gathering_from_template,
    is_held,
    move_gathering,
    suggest_next,
    summarise,
)
from groupguide.domain.rules import days_meter
from groupguide.domain.schedule import planned_end_minute
from groupguide.domain.timeline import held_intervals, span_text
from groupguide.domain.values import time_of
from groupguide.i18n import format_date, t
from groupguide.tui.keys import in_typed_order
from groupguide.tui.text import fill, hours_text, literal
from groupguide.tui.widgets.days_meter import DaysMeter
from groupguide.tui.widgets.fit_table import FitTable
from groupguide.tui.widgets.group_pane import GroupPane, OpenGathering

# Start-up time: the group screen opens on this tab, so the dialogs (and the templates, which
# read YAML) are imported where they are first used, not before the first paint.
if TYPE_CHECKING:
    from groupguide.tui.dialogs.gathering_form import GatheringFields

MOVE = Binding.Group(t("planui.move"))


def time_span(gathering: Gathering) -> str:
    """The planned start and end ("09:00–16:00")."""
    start = gathering.start.strftime("%H:%M")
    return f"{start}–{gathering.end.strftime('%H:%M')}" if gathering.end else start


def held_or_planned_span(gathering: Gathering) -> str:
    """The clock times a gathering was held ("13:41–15:10"), else the planned ones."""
    rows = held_intervals(gathering)
    if not rows:
        return time_span(gathering)
    return span_text(min(r.start for r in rows), max(r.end for r in rows))


class PlanPane(GroupPane):
    BINDINGS = [
        Binding("n", "add", t("planui.plan.add"), id="plan.add"),
        Binding("enter", "open", t("planui.open"), id="plan.open", priority=True),
        Binding("e", "edit", t("planui.edit"), id="plan.edit"),
        Binding("c", "duplicate", t("planui.plan.duplicate"), id="plan.duplicate"),
        Binding(
            "t",
            "template",
            t("planui.plan.template"),
            id="plan.template",
            tooltip=t("planui.plan.template_tip"),
        ),
        Binding(
            "shift+up,k",
            "move(-1)",
            t("planui.move_up"),
            key_display="⇧↑",
            id="plan.move_up",
            group=MOVE,
        ),
        Binding(
            "shift+down,j",
            "move(1)",
            t("planui.move_down"),
            key_display="⇧↓",
            id="plan.move_down",
            group=MOVE,
        ),
        Binding("delete,d", "delete", t("planui.delete"), id="plan.delete"),
    ]

    def compose(self) -> ComposeResult:
        yield DaysMeter(id="days-meter")
        yield FitTable(
            id="gatherings",
            cursor_type="row",
            zebra_stripes=True,
            flex=("place", "title"),
            drop=(("place", 100),),
        )
        yield Static(t("planui.plan.empty"), id="gatherings-empty", classes="hint")

    def on_mount(self) -> None:
        self.refresh_view()

    def focus_main(self) -> None:
        self.query_one("#gatherings", DataTable).focus()

    # -- view --------------------------------------------------------------------------------

    def refresh_view(self, select: str | None = None) -> None:
        table = self.query_one("#gatherings", FitTable)
        current = select or self.selected_id()
        rows = []
        for number, gathering in enumerate(self.group.gatherings, start=1):
            summary = summarise(gathering)
            rows.append(
                (
                    gathering.id,
                    [
                        Text(str(number), justify="right"),
                        Text(format_date(gathering.day) or "–"),
                        Text(held_or_planned_span(gathering)),
                        literal(gathering.title),
                        Text(hours_text(summary.programme_minutes), justify="right"),
                        self._status(gathering),
                        literal(gathering.location),
                    ],
                )
            )
        ids = [g.id for g in self.group.gatherings]
        columns = [
            (key, t(f"planui.plan.col.{key}"))
            for key in ("no", "date", "time", "title", "programme", "status", "place")
        ]
        table.set_rows(columns, rows, ids.index(current) if current in ids else None)
        self.query_one("#days-meter", DaysMeter).show(
            days_meter(self.group, self.app.services.rules)
        )
        self.query_one("#gatherings-empty").display = not ids
        self.screen.refresh_bindings()

    def _status(self, gathering: Gathering) -> Text:
        summary = summarise(gathering)
        parts: list[tuple[str, str]] = []
        state = self.app.services.progress(gathering)
        parts.append((t(f"planui.plan.{state}"), "bold" if state == "held" else ""))
        if summary.overrun_minutes:
            parts.append((t("planui.overrun_short", minutes=summary.overrun_minutes), "reverse"))
        if summary.clash_count:
            parts.append((t("planui.clash_short", count=summary.clash_count), "reverse"))
        text = Text()
        for i, (part, style) in enumerate(parts):
            if i:
                text.append(" ")
            text.append(part, style=style)
        return text

    def selected_id(self) -> str | None:
        table = self.query_one("#gatherings", DataTable)
        row = table.cursor_row
        if not table.row_count or row is None or not 0 <= row < len(self.group.gatherings):
            return None
        return self.group.gatherings[row].id

    def selected_gathering(self) -> Gathering | None:
        found = self.selected_id()
        return self.group.gathering(found) if found else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("open", "edit", "duplicate", "delete", "move"):
            return True if self.group.gatherings else None
        return True

    @on(DataTable.RowSelected, "#gatherings")
    def _clicked(self) -> None:
        self.action_open()

    # -- actions -----------------------------------------------------------------------------

    @in_typed_order  # a priority binding: only for the screen on top
    def action_open(self) -> None:
        found = self.selected_id()
        if found:
            self.post_message(OpenGathering(found))

    def _defaults(self, title: str) -> GatheringFields:
        from groupguide.tui.dialogs.gathering_form import GatheringFields

        today = self.app.services.clock().date()
        nxt = suggest_next(self.group, today)
        return GatheringFields(title, nxt.date, nxt.start, nxt.end, nxt.location)

    def _next_title(self) -> str:
        return t("planui.plan.default_title", number=len(self.group.gatherings) + 1)

    @work(exclusive=True, group="plan-dialog")
    async def action_add(self) -> None:
        from groupguide.tui.dialogs.gathering_form import GatheringFormDialog

        fields = await self.app.push_screen_wait(
            GatheringFormDialog(t("planui.plan.add_title"), self._defaults(self._next_title()))
        )
        if fields is None:
            return
        gathering = Gathering(
            title=fields.title,
            date=fields.date,
            start=fields.start,
            end=fields.end,
            location=fields.location,
        )
        add_gathering(self.group, gathering)
        if self.commit():
            self.refresh_view(select=gathering.id)

    @work(exclusive=True, group="plan-dialog")
    async def action_template(self) -> None:
        from groupguide.services.templates import templates
        from groupguide.tui.dialogs.gathering_form import GatheringFormDialog
        from groupguide.tui.dialogs.template_chooser import TemplateChooserDialog

        template = await self.app.push_screen_wait(
            TemplateChooserDialog(templates(self.app.services))
        )
        if template is None:
            return
        # the next free date, with the template's own hours (its programme was made for them)
        source = template.gathering
        defaults = replace(
            self._defaults(source.title),
            start=source.start,
            end=source.end or time_of(planned_end_minute(source)),
        )
        fields = await self.app.push_screen_wait(
            GatheringFormDialog(t("planui.plan.template_form_title"), defaults)
        )
        if fields is None:
            return
        gathering = gathering_from_template(template.gathering, fields.title)
        gathering.date, gathering.start, gathering.end = fields.date, fields.start, fields.end
        gathering.location = fields.location
        add_gathering(self.group, gathering)
        if self.commit():
            self.app.notify(
                t("planui.plan.from_template", blocks=len(gathering.blocks)), markup=False
            )
            self.refresh_view(select=gathering.id)

    @work(exclusive=True, group="plan-dialog")
    async def action_edit(self) -> None:
        from groupguide.tui.dialogs.gathering_form import edit_gathering_fields

        gathering = self.selected_gathering()
        if gathering is None:
            return
        if await edit_gathering_fields(self.app, self.group, gathering) and self.commit():
            self.refresh_view(select=gathering.id)

    def action_duplicate(self) -> None:
        gathering = self.selected_gathering()
        if gathering is None:
            return
        copy = duplicate_gathering(
            self.group, gathering.id, t("planui.plan.copy_title", title=gathering.title)
        )
        if self.commit():
            self.app.notify(t("planui.plan.duplicated"), markup=False)
            self.refresh_view(select=copy.id)

    def action_move(self, offset: int) -> None:
        gathering = self.selected_gathering()
        if gathering is None or not move_gathering(self.group, gathering.id, offset):
            return
        if self.commit():
            self.refresh_view(select=gathering.id)

    @work(exclusive=True, group="plan-dialog")
    async def action_delete(self) -> None:
        from groupguide.tui.dialogs.confirm import confirm

        gathering = self.selected_gathering()
        if gathering is None:
            return
        key = (
            "planui.plan.delete_held_question"
            if is_held(gathering)
            else "planui.plan.delete_question"
        )
        if not await confirm(
            self.app,
            fill(t(key), title=gathering.title),
            t("planui.delete"),
            undoable=True,
            cancelled=t("planui.not_deleted", name=gathering.title),
        ):
            return
        removal = delete_gathering(self.group, gathering.id)
        if self.commit(removal):
            self.app.notify(t("planui.removed", name=gathering.title), markup=False)
            self.refresh_view()
