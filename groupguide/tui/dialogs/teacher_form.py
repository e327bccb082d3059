"""A gathering's co-leaders and guest teachers (§2.1 "Kursledere"), each with their own evaluation
of the gathering (§2.4 point 3), kept beside the group leader's.

One dialog for the whole list: "Hvem" picks one of them or a new one; Save keeps what is typed
for that one, Delete removes it. It dismisses the new list, or ``None`` when nothing changed.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from groupguide.domain.confidentiality import find_identifiers
from groupguide.domain.people import TEACHER_ROLES, Teacher
from groupguide.i18n import t
from groupguide.tui.dialogs.dialog_select import DialogSelect

from .base import DIALOG_CSS
from .form import FormDialog, Refusal

NEW = -1  # "Hvem": a new co-leader or guest teacher


def teacher_label(teacher: Teacher) -> str:
    """ "Anne Berg (medveileder)"."""
    return f"{teacher.name} ({t(f'evaluation.teachers.role.{teacher.role}')})"


class TeacherFormDialog(FormDialog[list[Teacher] | None]):
    CSS_PATH = [*DIALOG_CSS, "teacher_form.tcss"]
    BINDINGS = [
        Binding("ctrl+s", "save", t("tui.save"), id="dialog.save"),
    ]

    def __init__(self, title: str, teachers: list[Teacher]) -> None:
        super().__init__()
        self.title_text = title
        self.teachers = list(teachers)

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog form"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(t("evaluation.teachers.intro"), classes="dialog-text", markup=False)
            yield Label(t("evaluation.teachers.who"))
            yield DialogSelect(
                [(Content(teacher_label(x)), i) for i, x in enumerate(self.teachers)]
                + [(Content(t("evaluation.teachers.new")), NEW)],
                id="who",
                compact=True,
                value=NEW,
                allow_blank=False,
            )
            with Horizontal(classes="form-row"):
                yield Input(id="name", compact=True, placeholder=t("evaluation.teachers.name"))
                yield DialogSelect(
                    [(Content(t(f"evaluation.teachers.role.{r}")), r) for r in TEACHER_ROLES],
                    id="role",
                    compact=True,
                    value=TEACHER_ROLES[0],
                    allow_blank=False,
                )
            yield Label(t("evaluation.teachers.evaluation"))
            yield TextArea(id="evaluation", soft_wrap=True)
            yield Static("", id="error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.save"), variant="primary", id="save", compact=True)
                yield Button(t("evaluation.teachers.delete"), id="delete", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#delete", Button).display = False
        self.query_one("#name", Input).focus()

    def _chosen(self) -> int:
        value = self.query_one("#who", Select).value
        return value if isinstance(value, int) else NEW

    @on(Select.Changed, "#who")
    def _load(self) -> None:
        index = self._chosen()
        teacher = self.teachers[index] if index != NEW else Teacher("")
        self.query_one("#name", Input).value = teacher.name
        self.query_one("#role", Select).value = teacher.role
        self.query_one("#evaluation", TextArea).text = teacher.evaluation
        self.query_one("#delete", Button).display = index != NEW

    def typed(self) -> Teacher:
        role = self.query_one("#role", Select).value
        return Teacher(
            self.query_one("#name", Input).value.strip(),
            role if isinstance(role, str) else TEACHER_ROLES[0],
            self.query_one("#evaluation", TextArea).text.strip(),
        )

    def check(self) -> Refusal | None:
        teacher = self.typed()
        if not teacher.name:
            return "name", t("evaluation.teachers.name_empty")
        others = [x for i, x in enumerate(self.teachers) if i != self._chosen()]
        if teacher.name.casefold() in {x.name.casefold() for x in others}:
            return "name", t("evaluation.teachers.name_twice", name=teacher.name)
        if find_identifiers(teacher.evaluation):
            return "evaluation", t("evaluation.teachers.identifier")
        return None

    def action_save(self) -> None:
        self.save()

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def save(self) -> None:
        if self.refused():
            return
        index = self._chosen()
        if index == NEW:
            self.teachers.append(self.typed())
        else:
            self.teachers[index] = self.typed()
        self.dismiss(self.teachers)

    @on(Button.Pressed, "#delete")
    def delete(self) -> None:
        index = self._chosen()
        if index != NEW:
            del self.teachers[index]
            self.dismiss(self.teachers)
