"""Keys typed quickly act in the order they were typed.

Enter on a table's row is a priority binding (so that the footer names it), and Textual runs a
priority binding as soon as the app reads its key, while an arrow key typed just before it is
still on its way through the focused table: ↓↓⏎ typed at once opened the first row, not the
third (``tui.keys.in_typed_order``). Here the keys are posted to the app at once, as a fast
typist's terminal delivers them, with no pause between them.
"""

from __future__ import annotations

from textual import events
from textual.widgets import DataTable, Input

from groupguide.domain.model import Group
from groupguide.tui.dialogs.block_form import BlockFormDialog
from groupguide.tui.dialogs.participant_form import ParticipantFormDialog
from groupguide.tui.screens.gathering import GatheringScreen
from groupguide.tui.screens.group import GroupScreen
from tests.test_tui_planning import open_group
from tests.tui_helpers import build_app, keys_handled


def type_at_once(app, *keys: str) -> None:
    for key in keys:
        app.post_message(events.Key(key, None))


async def test_down_down_enter_opens_the_third_gathering(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group(pilot)
        await pilot.pause()
        type_at_once(app, "down", "down", "enter")
        await keys_handled(pilot)
        assert isinstance(app.screen, GatheringScreen)
        assert app.screen.gathering_id == app.services.groups()[0].gatherings[2].id
    app.services.store.close()


async def test_down_down_enter_edits_the_third_block(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group(pilot)
        await pilot.press("enter")  # the first gathering
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GatheringScreen)
        type_at_once(app, "down", "down", "enter")
        await keys_handled(pilot)
        assert isinstance(app.screen, BlockFormDialog)
        third = screen.gathering.blocks[2]
        assert app.screen.query_one("#title", Input).value == third.title
        await pilot.press("escape")  # the form closed before the app ends (its Select too)
        await pilot.pause()
    app.services.store.close()


async def test_down_enter_edits_the_second_participant(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group(pilot, "participants")
        pane = app.screen.query_one("#participants-pane")
        type_at_once(app, "down", "enter")
        await keys_handled(pilot)
        assert isinstance(app.screen, ParticipantFormDialog)
        assert pane.query_one(DataTable).cursor_row == 1
        second = pane.selected()
        assert app.screen.query_one("#name", Input).value == second.name
        await pilot.press("escape")  # the form closed before the app ends (its Select too)
        await pilot.pause()
    app.services.store.close()


async def test_down_enter_opens_the_second_group(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    app.services.save_group(Group(name="Andre gruppe", term="2027 vår"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        home = app.screen
        type_at_once(app, "down", "enter")
        await keys_handled(pilot)
        assert isinstance(app.screen, GroupScreen)
        assert app.screen.group_id == home.selected_group().id
        assert home.query_one("#groups", DataTable).cursor_row == 1
    app.services.store.close()
