"""The base of every dialog with fields: what is wrong is said under the fields, and only for as
long as it is wrong; Esc or Avbryt on a form with changes asks before throwing them away."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.content import Content
from textual.widget import Widget
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    RadioButton,
    Select,
    SelectionList,
    Static,
    Switch,
    TextArea,
)

from groupguide.i18n import t

from .base import Dialog, ResultType

Refusal = tuple[str, str]  # (the field's id, the message)


class FormDialog(Dialog[ResultType]):
    """``check()`` names the first thing wrong, as (field id, message), or ``None``. Saving
    with something wrong shows the message in the ``#error`` line and puts the cursor in that
    field; after that, every change checks the form again, so the line always says what is
    still wrong and empties once it is fixed (it used to keep a fixed error until the next
    save)."""

    ERROR_ID = "error"  # the Static under the fields that says what is wrong
    _refused = False
    _as_opened: tuple[Any, ...] | None = None

    # -- Esc on a form with changes ------------------------------------------------------------

    def form_state(self) -> tuple[Any, ...]:
        """What the user can change here: every field's value (a dialog with more, such as a
        list it keeps itself, adds it)."""
        return tuple(_value(widget) for widget in self.query(_FIELDS))

    def changed(self) -> bool:
        return self._as_opened is not None and self.form_state() != self._as_opened

    def _on_mount(self) -> None:
        # after the dialog's own on_mount, which may still fill in fields
        self._as_opened = self.form_state()

    def action_cancel(self) -> None:
        """Close at once when nothing was changed; otherwise ask first (Avbryt, the default
        button, goes back to the form)."""
        if not self.is_active:  # a second Esc already on its way, or a question on top
            return
        if not self.changed():
            self.dismiss(self.CANCEL_RESULT)
            return
        from .confirm import ConfirmDialog

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(self.CANCEL_RESULT)

        self.app.push_screen(
            ConfirmDialog(
                t("tui.discard.question"),
                t("tui.discard.action"),
                cancel_label=t("tui.discard.keep"),
            ),
            answered,
        )

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_cancel()

    def check(self) -> Refusal | None:
        raise NotImplementedError

    def refuse(self, refusal: Refusal) -> None:
        field_id, message = refusal
        self._refused = True
        self.query_one(f"#{self.ERROR_ID}", Static).update(Content(message))
        self.query_one(f"#{field_id}").focus()

    def refused(self) -> bool:
        """Check before saving: True (and the refusal shown) when something is wrong."""
        refusal = self.check()
        if refusal is not None:
            self.refuse(refusal)
        return refusal is not None

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    def _check_again(self) -> None:
        if not self._refused:
            return
        refusal = self.check()
        error = self.query_one(f"#{self.ERROR_ID}", Static)
        error.update(Content(refusal[1]) if refusal else "")
        self._refused = refusal is not None


_FIELDS = "Input, TextArea, Select, Checkbox, RadioButton, Switch, SelectionList"


def _value(widget: Widget) -> Any:
    if isinstance(widget, TextArea):
        return widget.text
    if isinstance(widget, SelectionList):
        return tuple(widget.selected)
    if isinstance(widget, Input | Select | Checkbox | RadioButton | Switch):
        return widget.value
    return None
