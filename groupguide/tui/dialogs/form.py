"""The base of every dialog with fields: what is wrong is said under the fields, and only for as
long as it is wrong."""

from __future__ import annotations

from textual import on
from textual.content import Content
from textual.widgets import Input, Select, Static, TextArea

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
