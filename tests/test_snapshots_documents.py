"""Snapshots of the documents screen at 80×24 and 120×40: the certificates as PDF and HTML (18
files in 9 lines), the close-out with its CSV, the preview, and F1 help.

The example plan, the fixed clock of ``tui_helpers``; the folder is set to one path that reads
the same on every machine (nothing is written). Review the report before
``--snapshot-update``.
"""

from __future__ import annotations

import pytest

from groupguide.tui.screens.export import ExportScreen
from tests.tui_helpers import build_app

SIZES = [(80, 24), (120, 40)]
IDS = lambda s: f"{s[0]}x{s[1]}"  # noqa: E731
FOLDER = "/srv/lis1/dokumenter"


@pytest.fixture
def make_app(data_dir, example_plan):
    apps = []

    def make():
        app = build_app(data_dir, example_plan)
        app.services.store.save_settings({"export_dir": FOLDER})
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.services.store.close()


def documents(*steps):
    """Open the documents screen, apply ``steps`` (callables on the screen that change what is
    built, or keys), and wait until the files of each change are known. No animations: the
    tab underline would be caught halfway when the files tab's label changes."""

    async def run_before(pilot) -> None:
        pilot.app.animation_level = "none"
        group = pilot.app.services.store.groups()[0]
        screen = ExportScreen(group.id)
        await pilot.app.push_screen(screen)
        await built(pilot, screen, None)
        for step in steps:
            if callable(step):
                before = screen.export
                step(screen)
                await built(pilot, screen, before)
            else:
                await pilot.press(step)
                await pilot.pause(0.1)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


async def built(pilot, screen, before) -> None:
    """Wait until an export other than ``before`` is built and shown."""
    for _ in range(200):
        await pilot.pause(0.05)
        if screen.ready and screen.export is not None and screen.export is not before:
            await pilot.pause(0.1)
            return
    raise AssertionError("the files never became known")


def both_formats(screen) -> None:
    from textual.widgets import Select

    screen.query_one("#export-format", Select).value = "both"


def closeout(screen) -> None:
    from textual.widgets import OptionList

    screen.query_one("#export-kinds", OptionList).highlighted = 3


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_documents_certificates_both_formats(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=documents(both_formats))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_documents_closeout(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=documents(closeout))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_documents_closeout_preview(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=documents(closeout, "v"))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_documents_help(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=documents("f1"))
