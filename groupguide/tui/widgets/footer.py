"""Textual's Footer, rebuilt at most once per refresh.

Textual's Footer (8.2.8) recomposes, building every key anew, each time its screen's bindings
are refreshed, and a screen refreshes them whenever focus moves or a reactive declared with
``bindings=True`` changes. Opening a group recomposed it 43 times before its first paint (over
half of a ``--demo`` start). Here a refresh only marks the footer stale: it is recomposed once,
after the next screen refresh (and the other callbacks waiting for it), from the bindings as they
are then; not at all while a full screen covers it. A compact footer's keys are made compact
before they are first styled, not restyled one by one once mounted.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey


class Footer(TextualFooter):
    _recompose_pending = False

    def compose(self) -> ComposeResult:
        # Textual's keys, made compact before they are styled: a key takes the class itself
        # once mounted and is then styled a second time (54 keys restyled before a group
        # screen's first complete paint).
        for widget in super().compose():
            if self.compact and isinstance(widget, FooterKey):
                widget.add_class("-compact", update=False)
            yield widget

    def bindings_changed(self, screen: Screen) -> None:
        # Textual's own version, with the recompose coalesced.
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._recompose_pending:
            self._recompose_pending = True
            self.call_after_refresh(self._recompose_soon)

    def _recompose_soon(self) -> None:
        # Behind the other callbacks that waited for the same refresh: Textual refreshes the
        # bindings once more after every change of focus, from such a callback, and that refresh
        # is then taken in by this rebuild instead of asking for a second one.
        self.call_next(self._recompose_once)

    async def _recompose_once(self) -> None:
        self._recompose_pending = False  # a change from here on schedules the next one
        if self.is_attached and not self._covered():
            await self.recompose()

    def _covered(self) -> bool:
        """Is the footer's screen under a screen that is not a dialog? Nobody sees its keys
        then (--demo opens a group on top of home at once); the screen refreshes its bindings
        when it is shown again, which rebuilds them."""
        stack = self.app.screen_stack
        if self.screen not in stack:
            return False
        above = stack[stack.index(self.screen) + 1 :]
        return any(not isinstance(screen, ModalScreen) for screen in above)
