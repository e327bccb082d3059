"""F1: the keys of the screen the user came from, and its help text."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from groupguide.i18n import t

from ..dialogs.base import Dialog


def _key_label(app, binding: Binding) -> str:
    return app.get_key_display(binding)


class HelpScreen(Dialog[None]):
    BINDINGS = [
        Binding("escape,f1,q", "dismiss(None)", t("tui.close"), id="help.close"),
    ]

    def __init__(self, for_screen: Screen) -> None:
        super().__init__(classes="dialog-screen")
        self.for_screen = for_screen

    def compose(self) -> ComposeResult:
        rows: list[Content] = [Content.styled(t("tui.help.title"), "bold"), Content("")]
        help_key = getattr(self.for_screen, "HELP_KEY", None)
        if help_key:
            rows += [Content(t(help_key)), Content("")]
        seen: set[str] = set()
        # Our own commands all carry an id; widget navigation keys (arrows, page up…) do not.
        bindings = [b for (_, b, enabled, _) in self.for_screen.active_bindings.values()
                    if enabled and b.id]
        for binding in bindings:
            if not binding.description or binding.description in seen:
                continue
            seen.add(binding.description)
            key = _key_label(self.app, binding)
            rows.append(Content.assemble((f"{key:>12}", "bold $accent"), "  ",
                                         binding.description))
        rows += [Content(""), Content(t("tui.help.palette"))]
        with VerticalScroll(classes="dialog help"):
            yield Static(Content("\n").join(rows))
