"""A VerticalScroll that leaves ← and → to the screen.

Textual's scroll containers bind ←/→ to scrolling sideways; with nothing to scroll the key
falls through to the screen, so → still moved run mode to the next phase, but the container's
binding came first in the list of active keys and hid the screen's ←/→ from the footer, F1 help
and the command palette. This pane never scrolls sideways and binds only the vertical keys.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll


class VerticalPane(VerticalScroll, inherit_bindings=False):
    BINDINGS = [
        Binding("up", "scroll_up", show=False),
        Binding("down", "scroll_down", show=False),
        Binding("home", "scroll_home", show=False),
        Binding("end", "scroll_end", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
    ]
