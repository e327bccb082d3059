"""Faults seen from the app: a full or read-only disk gives a clear message, earlier data stays
intact, and the app keeps running."""

import errno
import os

import pytest
from textual.widgets import Input

from groupguide.store import Store
from tests.tui_helpers import build_app


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "full"), (errno.EROFS, "skrive")])
async def test_write_failure_in_the_app_keeps_data_and_running(
    data_dir, example_plan, monkeypatch, code, words
):
    app = build_app(data_dir, example_plan)
    real_replace = os.replace

    def failing_replace(src, dst, *args, **kwargs):
        if str(dst).endswith(".json"):
            raise OSError(code, os.strerror(code))
        return real_replace(src, dst, *args, **kwargs)

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        if app.screen.__class__.__name__ != "HomeScreen":
            from groupguide.tui.screens.home import HomeScreen

            await app.push_screen(HomeScreen())
            await pilot.pause()
        monkeypatch.setattr(os, "replace", failing_replace)
        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one("#name", Input).value = "Nytt navn"
        await pilot.press("enter")
        await pilot.pause()
        monkeypatch.setattr(os, "replace", real_replace)
        assert app.is_running
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "Ikke lagret" in " ".join(str(n.title) for n in app._notifications)
        assert words in messages.lower()
    app.services.store.close()
    with Store(data_dir, read_only=True) as store:
        assert [g.name for g in store.groups()] == ["LIS1 Vestland høst 2026"]
    assert not list((data_dir / "groups").glob(".*.tmp"))  # no half-written leftovers
