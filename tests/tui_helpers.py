"""Build the app for Pilot tests: a real Store on a temp folder, a fixed clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from groupguide.library import Library
from groupguide.services.workspace import Workspace
from groupguide.tui.app import make_app

FIXED_NOW = datetime(2026, 11, 23, 9, 0)

_LIBRARY: Library | None = None


def library() -> Library:
    global _LIBRARY
    if _LIBRARY is None:
        _LIBRARY = Library.load(None)
    return _LIBRARY


def open_store(data_dir: Path, plan: Path | None = None):
    from groupguide.store import Store

    store = Store(data_dir)
    store.open()
    if plan is not None:
        from groupguide.services.plans import import_plan

        import_plan(Workspace.over(store, library=library()), plan)
    return store


def build_app(data_dir: Path, plan: Path | None = None, demo: bool = False):
    store = open_store(data_dir, plan)
    services = Workspace.over(store, library=library(), clock=lambda: FIXED_NOW, demo=demo)
    return make_app(services)


async def keys_handled(pilot, timeout: float = 15.0) -> None:
    """Wait until every key posted to the app has been handled and the screen on top is
    mounted (a burst of keys takes a while on a busy machine: they are read one at a time)."""
    import time

    app = pilot.app
    end = time.monotonic() + timeout
    while app.keys_waiting or not app.screen.is_mounted:
        assert time.monotonic() < end, f"{app.keys_waiting} keys still waiting"
        await pilot.pause(0.05)
    await pilot.pause()
