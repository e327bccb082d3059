"""What a new user found in the dialogs, each pinned by a test that failed before the fix."""

from __future__ import annotations

from textual.widgets import Button, DataTable, Static

from groupguide.tui.dialogs.confirm import ConfirmDialog
from tests.tui_helpers import build_app


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


async def _participants_tab(pilot) -> DataTable:
    await pilot.pause()
    await pilot.press("enter", "1")
    await pilot.pause()
    return pilot.app.screen.query_one("#participants-table", DataTable)


# -- confirm dialogs -------------------------------------------------------------------------------


async def test_delete_with_the_keyboard_enter_confirms_an_undoable_delete(data_dir, example_plan):
    """Delete, then Enter: the participant is removed (Enter used to press Avbryt, silently)."""
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _participants_tab(pilot)
        before = table.row_count
        await pilot.press("down", "delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert app.screen.focused.id == "yes"
        assert str(app.screen.query_one("#yes", Button).label) == "Fjern"
        keys = str(app.screen.query_one("#keys", Static).render())
        assert "Enter: Fjern" in keys and "Esc: avbryt" in keys
        await pilot.press("enter")
        await pilot.pause()
        assert table.row_count == before - 1
        assert any("Ola Hansen" in n and "slettet" in n for n in notifications(app))
    app.services.store.close()


async def test_arrows_and_tab_move_between_the_buttons_and_the_hint_follows(data_dir,
                                                                            example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _participants_tab(pilot)
        before = table.row_count
        await pilot.press("down", "delete")
        await pilot.pause()
        dialog = app.screen
        await pilot.press("right")
        assert dialog.focused.id == "no"
        await pilot.pause()
        assert "Enter: Avbryt" in str(dialog.query_one("#keys", Static).render())
        await pilot.press("left")
        assert dialog.focused.id == "yes"
        await pilot.press("tab")
        assert dialog.focused.id == "no"
        await pilot.press("enter")  # Avbryt, chosen on purpose: nothing removed, and it says so
        await pilot.pause()
        assert table.row_count == before
        assert "Avbrutt: «Ola Hansen» er ikke fjernet." in notifications(app)
    app.services.store.close()


async def test_escape_cancels_a_delete_and_says_so(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.services.store.groups()) == 1
        assert any(n.startswith("Avbrutt:") and "ikke slettet" in n for n in notifications(app))
    app.services.store.close()


async def test_an_action_that_cannot_be_undone_keeps_the_focus_on_cancel(data_dir):
    """Overwriting files or closing an evaluation early: Enter cancels, and the dialog says so."""
    app = build_app(data_dir)
    results: list[bool] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ConfirmDialog("Overskrive 3 filer?", "Overskriv"), results.append)
        await pilot.pause()
        assert app.screen.focused.id == "no"
        assert "Enter: Avbryt" in str(app.screen.query_one("#keys", Static).render())
        await pilot.press("enter")
        await pilot.pause()
        app.push_screen(ConfirmDialog("Overskrive 3 filer?", "Overskriv"), results.append)
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
    assert results == [False, True]
    app.services.store.close()
