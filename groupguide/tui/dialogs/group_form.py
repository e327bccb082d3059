"""Create or edit a group's name, term, leader and organiser; dismisses the values or ``None``.

A name another group has is refused in the dialog, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from groupguide.i18n import t

from .base import DIALOG_CSS
from .form import FormDialog, Refusal


@dataclass(frozen=True)
class GroupFields:
    name: str
    term: str
    facilitator: str
    organiser: str = ""


class GroupFormDialog(FormDialog[GroupFields | None]):
    CSS_PATH = [*DIALOG_CSS, "group_form.tcss"]

    def __init__(
        self,
        title: str,
        initial: GroupFields | None = None,
        taken: Callable[[str], bool] = lambda name: False,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.initial = initial or GroupFields("", "", "")
        self.taken = taken

    def compose(self) -> ComposeResult:
        initial = self.initial
        with Vertical(classes="dialog form"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Label(t("tui.group.name"))
            yield Input(
                initial.name, id="name", compact=True, placeholder=t("tui.group.name_placeholder")
            )
            with Horizontal(classes="form-row"):
                with Vertical(classes="form-cell"):
                    yield Label(t("tui.group.term"))
                    yield Input(
                        initial.term,
                        id="term",
                        compact=True,
                        placeholder=t("tui.group.term_placeholder"),
                    )
                with Vertical(classes="form-cell"):
                    yield Label(t("tui.group.facilitator"))
                    yield Input(initial.facilitator, id="facilitator", compact=True)
            yield Label(t("tui.group.organiser"))
            yield Input(
                initial.organiser,
                id="organiser",
                compact=True,
                placeholder=t("tui.group.organiser_placeholder"),
            )
            yield Static("", id="error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.save"), variant="primary", id="save", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def check(self) -> Refusal | None:
        name = self.query_one("#name", Input).value.strip()
        if not name:
            return "name", t("domain.group.name_empty")
        if self.taken(name):
            return "name", t("tui.home.name_taken", name=name)
        return None

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def save(self) -> None:
        if self.refused():
            return
        name = self.query_one("#name", Input).value.strip()
        self.dismiss(
            GroupFields(
                name,
                *(
                    self.query_one(f"#{field}", Input).value.strip()
                    for field in ("term", "facilitator", "organiser")
                ),
            )
        )
