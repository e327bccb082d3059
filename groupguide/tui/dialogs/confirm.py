"""Ask a yes/no question; dismisses ``True`` when the action is confirmed.

The confirm button names the action ("Slett", "Overskriv"), ←/→ and Tab move between the two
buttons, and a line under them says what Enter does now, so that Enter never cancels silently.
``confirm()`` is the ask-then-act helper: it also says so when a destructive action was cancelled.
"""

from __future__ import annotations

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from groupguide.i18n import t
from groupguide.tui.keys import KEY_NAMES, key_label

from .base import DIALOG_CSS, Dialog


class ConfirmDialog(Dialog[bool]):
    CSS_PATH = [*DIALOG_CSS, "confirm.tcss"]
    CANCEL_RESULT = False
    BINDINGS = [
        Binding("y,j", "confirm", t("tui.yes"), show=False, id="dialog.yes"),
        Binding(
            "left", "app.focus_previous", t("tui.confirm.other"), show=False, id="dialog.previous"
        ),
        Binding("right", "app.focus_next", t("tui.confirm.other"), show=False, id="dialog.next"),
    ]

    def __init__(
        self,
        question: Content | str,
        confirm_label: str | None = None,
        *,
        focus_confirm: bool = False,
        cancel_label: str | None = None,
        variant: str = "error",
    ) -> None:
        """``focus_confirm``: Enter confirms at once. For actions that can be undone (U undoes
        every delete); an action that cannot be undone keeps the focus on Avbryt.
        ``cancel_label`` names the other way out ("Tilbake"); ``variant`` the confirm button's
        colour ("primary" for a question that destroys nothing)."""
        super().__init__()
        self.question = question if isinstance(question, Content) else Content(question)
        self.confirm_label = confirm_label or t("tui.yes")
        self.cancel_label = cancel_label or t("tui.cancel")
        self.variant = variant
        self.focus_confirm = focus_confirm

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="dialog-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.confirm_label, variant=self.variant, id="yes")
                yield Button(self.cancel_label, id="no")
            yield Static("", id="keys", classes="dialog-keys", markup=False)

    def on_mount(self) -> None:
        self.query_one("#yes" if self.focus_confirm else "#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_confirm(self) -> None:
        self.dismiss(True)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """What Enter does now, and how to change it: "Enter: Slett · ←/→: bytt knapp · Esc:
        avbryt"."""
        if isinstance(event.widget, Button):
            self.query_one("#keys", Static).update(
                t(
                    "tui.confirm.keys",
                    enter=key_label("enter"),
                    action=str(event.widget.label),
                    left=KEY_NAMES["dialog.previous"],
                    right=KEY_NAMES["dialog.next"],
                )
            )


async def confirm(
    app: App,
    question: Content | str,
    action: str,
    *,
    undoable: bool = False,
    cancelled: str | None = None,
) -> bool:
    """Ask, from a worker, whether to do ``action`` (the button's label). An undoable action is
    confirmed with Enter; ``cancelled`` is the notice shown when the user says no."""
    ok = await app.push_screen_wait(ConfirmDialog(question, action, focus_confirm=undoable))
    if not ok and cancelled:
        app.notify(cancelled, markup=False)
    return bool(ok)
