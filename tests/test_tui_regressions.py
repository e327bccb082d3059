"""Regressions found by using the app in a real terminal."""

from groupguide.domain.model import Gathering, Group
from groupguide.domain.planning import UndoSlot
from groupguide.tui.screens.gathering import GatheringScreen
from tests.tui_helpers import build_app


async def test_agenda_columns_fit_rows_added_to_an_empty_gathering(data_dir):
    """Columns stayed at their header's width ("09…") after the first block was added."""
    app = build_app(data_dir)
    store = app.services.store
    group = Group(name="G", gatherings=[Gathering(title="S1")])
    store.save_group(group)
    async with app.run_test(size=(110, 32)) as pilot:
        await app.push_screen(GatheringScreen(store.group(group.id), group.gatherings[0].id,
                                              UndoSlot(group.id)))
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause(0.3)
        table = app.screen.query_one("AgendaTable")
        widths = {c.label.plain: c.width for c in table.columns.values()}
        assert widths["Tid"] >= len("09:00–10:00")
        assert store.group(group.id).gatherings[0].blocks  # and the block was saved
    store.close()
