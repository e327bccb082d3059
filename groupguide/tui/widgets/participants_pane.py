"""The Deltakere tab: the group's participants; add, edit, remove. Max 12 (domain rule).

A column says what each participant presents over the half-year; the presentations view (P)
shows it gathering by gathering, like the coverage tab, and the line above the table names who
is not down to present anything yet. O opens the leader's notes about the participant (shared
with the individual supervisor one by one), A the leader's assessment per learning goal (§2.3),
K the assessment criteria per goal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from groupguide.domain.participants import (
    check_participant_name,
    check_track,
    remove_participant,
    update_participant,
)
from groupguide.domain.people import Participant
from groupguide.domain.presenters import presentations
from groupguide.domain.problems import DomainError
from groupguide.domain.rules import add_participant, check_can_add_participant, size_hints
from groupguide.i18n import t
from groupguide.tui.keys import in_typed_order
from groupguide.tui.text import content, fill, literal
from groupguide.tui.widgets.fit_table import FitTable
from groupguide.tui.widgets.group_pane import GroupPane
from groupguide.tui.widgets.presentations import (
    presentation_rows,
    presenting_hint,
    presents_cell,
)

# Start-up time: the dialogs are imported where they are first used, not before the first paint.
if TYPE_CHECKING:
    from groupguide.tui.dialogs.participant_form import ParticipantFields

COLUMNS = ("name", "email", "workplace", "municipality", "track", "supervisor", "presents")


class ParticipantsPane(GroupPane):
    BINDINGS = [
        Binding(
            "n",
            "add",
            t("planui.participants.add"),
            id="participants.add",
            tooltip=t("planui.participants.add_tip"),
        ),
        Binding("e", "edit", t("planui.edit"), id="participants.edit"),
        Binding(
            "enter", "edit", t("planui.edit"), id="participants.open", show=False, priority=True
        ),
        Binding("delete,d", "remove", t("planui.participants.remove"), id="participants.remove"),
        Binding(
            "p",
            "toggle_presentations",
            t("planui.participants.presentations"),
            id="participants.presentations",
            tooltip=t("planui.participants.presentations_tip"),
        ),
        Binding(
            "o",
            "notes",
            t("supervision.key.notes"),
            id="participants.notes",
            tooltip=t("supervision.key.notes_tip"),
        ),
        Binding(
            "a",
            "assess",
            t("supervision.key.assess"),
            id="participants.assess",
            tooltip=t("supervision.key.assess_tip"),
        ),
        Binding(
            "k",
            "criteria",
            t("supervision.key.criteria"),
            id="participants.criteria",
            tooltip=t("supervision.key.criteria_tip"),
        ),
    ]

    show_presentations = False

    def compose(self) -> ComposeResult:
        yield Static("", id="participants-info", classes="pane-info")
        yield FitTable(
            id="participants-table",
            cursor_type="row",
            zebra_stripes=True,
            flex=("workplace", "presents", "supervisor", "email", "municipality", "name"),
            # below 100 columns the e-mail gives way: the documents print the municipality
            drop=(("supervisor", 100), ("email", 100), ("track", 90)),
        )
        yield Static(t("planui.participants.empty"), id="participants-empty", classes="hint")

    def on_mount(self) -> None:
        self.refresh_view()

    def focus_main(self) -> None:
        self.query_one("#participants-table", DataTable).focus()

    # -- view --------------------------------------------------------------------------------

    def refresh_view(self, select: str | None = None) -> None:
        table = self.query_one("#participants-table", FitTable)
        current = select or self.selected_id()
        activities = self.app.services.library.activities
        ids = [p.id for p in self.group.participants]
        if self.show_presentations:
            columns, rows = presentation_rows(self.group, activities)
        else:
            found = presentations(self.group, activities)
            rows = [
                (
                    person.id,
                    [
                        literal(person.name),
                        literal(person.email),
                        literal(person.workplace),
                        literal(person.municipality),
                        literal(person.track),
                        literal(person.supervisor),
                        presents_cell(found[person.id], activities),
                    ],
                )
                for person in self.group.participants
            ]
            columns = [(key, t(f"planui.participants.col.{key}")) for key in COLUMNS]
        table.set_rows(columns, rows, ids.index(current) if current in ids else None)
        cap = self.app.services.rules.max_participants
        info = t("planui.participants.count", count=len(ids), cap=cap)
        hints = [h.message for h in size_hints(self.group, self.app.services.rules)]
        presenting = presenting_hint(self.group, activities)
        if self.show_presentations:
            info += "  " + t("planui.presents.legend")
        widget = self.query_one("#participants-info", Static)
        widget.update(content(" · ".join([info, *hints, *([presenting] if presenting else [])])))
        widget.set_class(bool(hints or presenting), "-hint")
        self.query_one("#participants-empty").display = not ids
        self.screen.refresh_bindings()

    def selected_id(self) -> str | None:
        table = self.query_one("#participants-table", DataTable)
        if not table.row_count:
            return None
        row = table.cursor_row
        if row is None or not 0 <= row < len(self.group.participants):
            return None
        return self.group.participants[row].id

    def selected(self) -> Participant | None:
        found = self.selected_id()
        return self.group.participant(found) if found else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "remove", "notes", "assess"):
            return True if self.group.participants else None
        return True

    @on(DataTable.RowSelected, "#participants-table")
    def _clicked(self) -> None:
        self.action_edit()

    def action_toggle_presentations(self) -> None:
        self.show_presentations = not self.show_presentations
        self.refresh_view()

    # -- the individual supervisor and §2.3 ---------------------------------------------------

    def _today(self):
        return self.app.services.clock().date()

    def action_notes(self) -> None:
        from groupguide.tui.dialogs.participant_notes import ParticipantNotesDialog

        person = self.selected()
        if person is not None:
            self.app.push_screen(
                ParticipantNotesDialog(self.group, person.id, self.commit, self._today),
                lambda _: self.refresh_view(select=person.id),
            )

    def action_assess(self) -> None:
        from groupguide.tui.dialogs.assessments import AssessmentsDialog

        person = self.selected()
        if person is not None:
            self.app.push_screen(
                AssessmentsDialog(
                    self.group, person.id, self.app.services.library.goals, self.commit, self._today
                ),
                lambda _: self.refresh_view(select=person.id),
            )

    def action_criteria(self) -> None:
        from groupguide.tui.dialogs.criteria import CriteriaDialog

        self.app.push_screen(
            CriteriaDialog(self.group, self.app.services.library.goals, self.commit),
            lambda _: self.refresh_view(),
        )

    # -- actions -----------------------------------------------------------------------------

    def _validate(self, exclude_id: str | None):
        def validate(fields: ParticipantFields) -> str | None:
            try:
                check_participant_name(self.group, fields.name, exclude_id)
                check_track(fields.track)
            except DomainError as exc:
                return str(exc)
            return None

        return validate

    @work(exclusive=True, group="participants-dialog")
    async def action_add(self) -> None:
        from groupguide.tui.dialogs.participant_form import ParticipantFormDialog

        rules = self.app.services.rules
        try:
            check_can_add_participant(self.group, rules)
        except DomainError as exc:
            self.app.notify(
                str(exc), title=t("planui.participants.refused"), severity="error", markup=False
            )
            return
        fields = await self.app.push_screen_wait(
            ParticipantFormDialog(t("planui.participants.add_title"), validate=self._validate(None))
        )
        if fields is None:
            return
        person = Participant(
            name=fields.name,
            email=fields.email,
            workplace=fields.workplace,
            track=fields.track,
            supervisor=fields.supervisor,
            municipality=fields.municipality,
            supervisor_email=fields.supervisor_email,
        )
        try:
            hints = add_participant(self.group, person, rules)
        except DomainError as exc:
            self.app.notify(
                str(exc), title=t("planui.participants.refused"), severity="error", markup=False
            )
            return
        if self.commit():
            for hint in hints:
                self.app.notify(hint.message, markup=False)
            self.refresh_view(select=person.id)

    @in_typed_order  # a priority binding: only for the screen on top
    def action_edit(self) -> None:
        person = self.selected()
        if person is None:
            return
        self._edit(person.id)

    @work(exclusive=True, group="participants-dialog")
    async def _edit(self, participant_id: str) -> None:
        from groupguide.tui.dialogs.participant_form import (
            ParticipantFields,
            ParticipantFormDialog,
        )

        person = self.group.participant(participant_id)
        if person is None:
            return
        initial = ParticipantFields(
            person.name,
            person.email,
            person.workplace,
            person.track,
            person.supervisor,
            person.municipality,
            person.supervisor_email,
        )
        fields = await self.app.push_screen_wait(
            ParticipantFormDialog(
                t("planui.participants.edit_title"), initial, validate=self._validate(person.id)
            )
        )
        if fields is None:
            return
        try:
            update_participant(
                self.group,
                person.id,
                name=fields.name,
                email=fields.email,
                workplace=fields.workplace,
                track=fields.track,
                supervisor=fields.supervisor,
                municipality=fields.municipality,
                supervisor_email=fields.supervisor_email,
            )
        except DomainError as exc:
            self.app.notify(str(exc), severity="error", markup=False)
            return
        if self.commit():
            self.refresh_view(select=person.id)

    @work(exclusive=True, group="participants-dialog")
    async def action_remove(self) -> None:
        from groupguide.tui.dialogs.confirm import confirm

        person = self.selected()
        if person is None:
            return
        question = fill(t("planui.participants.remove_question"), name=person.name)
        if not await confirm(
            self.app,
            question,
            t("planui.participants.remove"),
            undoable=True,
            cancelled=t("planui.participants.not_removed", name=person.name),
        ):
            return
        removal = remove_participant(self.group, person.id)
        if self.commit(removal):
            self.app.notify(t("planui.removed", name=person.name), markup=False)
            self.refresh_view()
