"""Keys typed quickly act in the order they were typed, on every screen and in every dialog.

Textual hands a key to the focused widget's queue and reads the next key at once. A key the
widget does not use (Tab, Enter, an arrow on a form) travels on from parent to parent, one
queue after the other, back up to the app, which only then runs the binding it names (Tab:
focus the next field). The letters typed after it have long since gone to the field that still
has the focus: "Gruppe 2⇥vår⇥Åse" typed at once all landed in the name field, and a bare
Textual app does the same. A key that opens a dialog from a worker let the next letters reach
the screen under it, and an Enter typed twice opened the same screen twice.

``KeysInTypedOrder`` (mixed into the App) reads the next key only when the one before it has
been handled: it follows each key's way (the focused widget, its parents, the app) with a
callback queued behind it, waits for a screen just pushed to be mounted (its first field then
has the focus), and gives a worker the key started the moment it needs to put its dialog on
screen. If something never answers (a widget removed with the callback in its queue), the
next key goes after ``KEY_TIMEOUT`` seconds all the same: late, but never lost.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from typing import Any, ClassVar

from textual import events
from textual.dom import DOMNode
from textual.timer import Timer
from textual.worker import Worker, WorkerState

_STARTING = (WorkerState.PENDING, WorkerState.RUNNING)
_TICK = 0.01
_Before = tuple[set[Worker], DOMNode]  # the workers and the screen before a key


class KeysInTypedOrder:
    """Mix into the App (before ``App``): the next key typed is read only once the key before
    it has been handled, including the dialog it opened."""

    KEY_TIMEOUT: ClassVar[float] = 1.0  # seconds to wait for a key's way before going on
    WORKER_WAIT: ClassVar[float] = 0.3  # seconds a worker a key started has to show its dialog

    _typed: deque[events.Key]
    _trail: object | None = None  # the key under way (a token), or None
    _trail_timer: Timer | None = None
    _ready_screen: DOMNode | None = None  # the screen known to be mounted with its focus set

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if not hasattr(self, "_typed"):
                self._typed = deque()
            self._typed.append(event)
            await self._next_key()
            return
        await super().on_event(event)  # type: ignore[misc]

    @property
    def keys_waiting(self) -> int:
        """How many keys typed are not handled yet: waiting, or the one under way (for tests
        and benchmarks, which wait for a burst of keys to be handled)."""
        return len(getattr(self, "_typed", ())) + (self._trail is not None)

    async def _next_key(self) -> None:
        app: Any = self
        while self._trail is None and self._typed:
            screen = app.screen
            if screen is not self._ready_screen:
                # just pushed: its first field gets the focus once it is mounted, from a
                # callback queued at the app (``Widget.focus``): the next key goes behind it
                if screen.is_mounted:
                    self._ready_screen = screen
                self._follow([screen, app] if not screen.is_mounted else [app])
                return
            event = self._typed.popleft()
            target = app.focused or screen
            workers = set(app.workers)
            await super().on_event(event)  # type: ignore[misc]
            # also a key a priority binding took: its action may have posted a message that
            # travels the same way (the plan's Enter asks the group screen to open a gathering)
            self._follow(list(target.ancestors_with_self), (workers, screen))

    def _follow(self, nodes: Sequence[DOMNode], before: _Before | None = None) -> None:
        """Queue a callback behind the key at each node of its way in turn; at the app, let the
        next key go."""
        app: Any = self
        token = object()
        self._trail = token
        self._trail_timer = app.set_timer(self.KEY_TIMEOUT, lambda: self._arrived(token))

        def step(index: int) -> None:
            if self._trail is not token:
                return
            while index < len(nodes) - 1:
                node = nodes[index]
                index += 1
                if node.call_later(step, index):  # False: the node has closed, go on
                    return
            app.call_later(self._settle, token, before, 0.0)

        step(0)

    async def _settle(self, token: object, before: _Before | None, waited: float) -> None:
        """At the app, behind the key: give a worker the key started a moment to push its
        dialog (or to finish), then let the next key go."""
        if self._trail is not token:
            return
        app: Any = self
        if before is not None and waited < self.WORKER_WAIT and app.screen is before[1]:
            workers = before[0]
            if any(w not in workers and w.state in _STARTING for w in app.workers):
                app.set_timer(
                    _TICK, lambda: app.call_later(self._settle, token, before, waited + _TICK)
                )
                return
        await self._arrived(token)

    async def _arrived(self, token: object) -> None:
        if self._trail is not token:
            return
        self._trail = None
        if self._trail_timer is not None:
            self._trail_timer.stop()
            self._trail_timer = None
        await self._next_key()
