"""The "record one block afterwards" dialog (trial of issue 11): the cursor starts in the first
field, a clock time typed as minutes is refused with a message naming the field (it used to
become 920 minutes), and Ctrl+S saves as the footer says."""

from __future__ import annotations

from datetime import time

from textual.widgets import Input, Static

from groupguide.tui.dialogs.held_block import HeldBlockDialog
from tests.tui_helpers import build_app


async def test_the_held_block_dialog_starts_in_began_refuses_a_clock_time_and_saves_on_ctrl_s(
    data_dir,
):
    app = build_app(data_dir)
    results: list = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(HeldBlockDialog("Kasuistikk", None, 60, 60), results.append)
        await pilot.pause()
        dialog = app.screen
        assert dialog.focused.id == "start"
        await pilot.press("1", "3", ":", "5", "8", "tab")
        dialog.query_one("#minutes", Input).value = ""
        await pilot.press(*"09:20")
        await pilot.pause()
        assert dialog.query_one("#minutes", Input).value == "09:20"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog and results == []
        error = str(dialog.query_one("#error", Static).render())
        assert "Minutter holdt" in error and "«09:20» er et klokkeslett" in error
        assert dialog.focused.id == "minutes"
        dialog.query_one("#minutes", Input).value = "920x"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Minutter holdt må være et helt tall" in str(
            dialog.query_one("#error", Static).render()
        )
        dialog.query_one("#minutes", Input).value = "53"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert results == [(time(13, 58), 53)]
    app.services.store.close()
