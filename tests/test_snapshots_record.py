"""Snapshots of the record of a gathering as held: recording afterwards, the question when run
mode starts on another day than planned, and run mode's end with blocks skipped; at 80×24 and
120×40, with a fixed clock and no toasts."""

from __future__ import annotations

from datetime import datetime

import pytest
from textual.widgets import DataTable, Input

from groupguide.services.workspace import Workspace
from groupguide.tui.app import make_app, make_run_app
from groupguide.tui.screens.record import RecordScreen
from tests.test_run_screen import Clock, plan_copy
from tests.tui_helpers import library, open_store

SIZES = [(80, 24), (120, 40)]


def _store(tmp_path, example_plan):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    store = open_store(data_dir, plan_copy(example_plan, tmp_path))
    return store, store.groups()[0]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_record_afterwards(snap_compare, tmp_path, example_plan, size):
    store, group = _store(tmp_path, example_plan)
    clock = Clock(datetime(2026, 12, 5, 10, 0))
    app = make_app(Workspace.over(store, library=library(), clock=clock))

    async def run_before(pilot):
        await pilot.pause()
        app.push_screen(RecordScreen(group.id, group.gatherings[2].id))
        await pilot.pause()
        screen = app.screen
        screen.query_one("#record-date", Input).value = "03.12.2026"
        screen.query_one("#record-start", Input).value = "13:41"
        table = screen.query_one(DataTable)
        table.focus()
        table.move_cursor(row=2)
        await pilot.press("space")  # the break: skipped
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_another_day_than_planned(snap_compare, tmp_path, example_plan, size):
    store, group = _store(tmp_path, example_plan)
    clock = Clock(datetime(2026, 12, 3, 22, 40))
    app = make_run_app(
        Workspace.over(store, library=library(), clock=clock), group.id, group.gatherings[2].id
    )
    assert snap_compare(app, terminal_size=size, run_before=lambda pilot: pilot.pause())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_end_with_blocks_skipped(snap_compare, tmp_path, example_plan, size):
    store, group = _store(tmp_path, example_plan)
    gathering = group.gatherings[2]
    clock = Clock(datetime(2026, 12, 2, 9, 0))
    app = make_run_app(
        Workspace.over(store, library=library(), clock=clock), group.id, gathering.id
    )

    async def run_before(pilot):
        await pilot.pause()
        await pilot.press("enter")  # check-in: everyone present
        await pilot.pause()
        await pilot.press("space")
        for number in range(len(gathering.blocks)):
            if number not in (2, 4):  # the break and the buzz exercise ended at once
                clock.advance(minutes=10)
            await pilot.press("n")
            await pilot.pause()
        app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)
