"""F1: the keys of the screen the user came from, and its help text."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from groupguide.i18n import t

from .base import DIALOG_CSS, Dialog


class HelpDialog(Dialog[None]):
    CSS_PATH = [*DIALOG_CSS, "help.tcss"]
    BINDINGS = [Binding("f1,q", "cancel", t("tui.close"), id="help.close")]

    def __init__(self, for_screen: Screen) -> None:
        super().__init__()
        self.for_screen = for_screen

    def compose(self) -> ComposeResult:
        rows: list[Content] = [Content.styled(t("tui.help.title"), "bold"), Content("")]
        # what the screen shows now first, e.g. run mode's phase with its tips and its activity
        about_now = getattr(self.for_screen, "help_rows", None)
        extra = about_now() if callable(about_now) else []
        if extra:
            rows += [*extra, Content("")]
        help_key = getattr(self.for_screen, "HELP_KEY", None)
        if help_key:
            rows += [Content(t(help_key)), Content("")]
        # Our own commands all carry an id; widget navigation keys (arrows, page up…) do not.
        # One line per command, with every key bound to it and its id (for the user's keymap).
        # A command greyed out in the footer (Undo with nothing to undo) is listed, marked so.
        commands: dict[str, tuple[list[str], list[str], list[bool]]] = {}
        for _, binding, enabled, _ in self.for_screen.active_bindings.values():
            if not (binding.id and binding.description):
                continue
            keys, ids, states = commands.setdefault(binding.description, ([], [], []))
            key = self.app.get_key_display(binding)
            if key not in keys:
                keys.append(key)
            if binding.id not in ids:
                ids.append(binding.id)
            states.append(enabled)
        for description, (keys, ids, states) in commands.items():
            now = any(states)
            rows.append(
                Content.assemble(
                    (f"{'/'.join(keys):>12}", "bold $accent" if now else "dim bold"),
                    "  ",
                    (description, "" if now else "dim"),
                    "  ",
                    (" ".join(ids), "dim"),
                    "" if now else ("  " + t("tui.help.not_now"), "dim italic"),
                )
            )
        rows += [Content(""), Content(t("tui.help.palette"))]
        with VerticalScroll(classes="dialog help"):
            yield Static(Content("\n").join(rows))
