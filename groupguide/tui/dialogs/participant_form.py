"""Add or edit a participant (with their individual supervisor's name and e-mail); dismisses
the typed values or ``None``.

``validate`` (from the screen) runs the domain's rules on the values and returns the refusal's
message, so a duplicate name is refused inside the dialog, with the text still there to fix.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Input, Label, Select, Static

from groupguide.domain.participants import check_email
from groupguide.domain.people import TRACKS
from groupguide.domain.problems import DomainError
from groupguide.i18n import t
from groupguide.tui.dialogs.dialog_select import DialogSelect

from .base import DIALOG_CSS
from .form import FormDialog, Refusal


@dataclass(frozen=True)
class ParticipantFields:
    name: str
    email: str = ""
    workplace: str = ""
    track: str = "LIS1"
    supervisor: str = ""
    municipality: str = ""
    supervisor_email: str = ""


class ParticipantFormDialog(FormDialog[ParticipantFields | None]):
    CSS_PATH = [*DIALOG_CSS, "participant_form.tcss"]

    def __init__(
        self,
        title: str,
        initial: ParticipantFields | None = None,
        validate: Callable[[ParticipantFields], str | None] | None = None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.initial = initial or ParticipantFields("")
        self.validate = validate

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog form"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Label(t("planui.participant.name"))
            yield Input(self.initial.name, id="name", compact=True)
            yield Label(t("planui.participant.email"))
            yield Input(
                self.initial.email,
                id="email",
                compact=True,
                placeholder=t("planui.participant.email_placeholder"),
            )
            with Horizontal(classes="form-row"):
                with Vertical(classes="form-cell"):
                    yield Label(t("planui.participant.workplace"))
                    yield Input(self.initial.workplace, id="workplace", compact=True)
                with Vertical(classes="form-cell"):
                    yield Label(t("planui.participant.municipality"))
                    yield Input(
                        self.initial.municipality,
                        id="municipality",
                        compact=True,
                        placeholder=t("planui.participant.municipality_placeholder"),
                    )
            yield Label(t("planui.participant.track"))
            yield DialogSelect(
                [(Content(track), track) for track in TRACKS],
                id="track",
                compact=True,
                value=self.initial.track if self.initial.track in TRACKS else "LIS1",
                allow_blank=False,
            )
            # the individual supervisor's name and e-mail side by side: one person
            with Horizontal(classes="form-row"):
                with Vertical(classes="form-cell"):
                    yield Label(t("planui.participant.supervisor"))
                    yield Input(self.initial.supervisor, id="supervisor", compact=True)
                with Vertical(classes="form-cell"):
                    yield Label(t("supervision.form.supervisor_email"))
                    yield Input(
                        self.initial.supervisor_email,
                        id="supervisor_email",
                        compact=True,
                        placeholder=t("planui.participant.email_placeholder"),
                    )
            yield Static("", id="error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.save"), variant="primary", id="save", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def fields(self) -> ParticipantFields:
        track = self.query_one("#track", Select).value
        return ParticipantFields(
            name=self.query_one("#name", Input).value.strip(),
            email=self.query_one("#email", Input).value.strip(),
            workplace=self.query_one("#workplace", Input).value.strip(),
            track=track if isinstance(track, str) else "LIS1",
            supervisor=self.query_one("#supervisor", Input).value.strip(),
            municipality=self.query_one("#municipality", Input).value.strip(),
            supervisor_email=self.query_one("#supervisor_email", Input).value.strip(),
        )

    def check(self) -> Refusal | None:
        fields = self.fields()
        error = t("domain.participants.name_empty") if not fields.name else None
        if error is None and self.validate is not None:
            error = self.validate(fields)
        if error:
            return ("name", error)
        for field_id, value, whose in (
            ("email", fields.email, "participant"),
            ("supervisor_email", fields.supervisor_email, "supervisor"),
        ):
            try:
                check_email(value, whose)
            except DomainError as exc:
                return (field_id, str(exc))
        return None

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def save(self) -> None:
        if not self.refused():
            self.dismiss(self.fields())
