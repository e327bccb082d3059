"""Undo (U) is listed in F1 help on home and in the gathering editor, and in the gathering
editor's footer, also while there is nothing to undo (then greyed out, "(ikke nå)"): Textual
hides a command whose check_action says False, and help listed only the enabled ones."""

from __future__ import annotations

import re

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from groupguide.tui.dialogs.help import HelpDialog
from groupguide.tui.screens.gathering import GatheringScreen
from tests.tui_helpers import build_app


async def _help_text(pilot) -> str:
    await pilot.press("f1")
    await pilot.pause()
    assert isinstance(pilot.app.screen, HelpDialog)
    text = str(pilot.app.screen.query_one("Static").render())
    await pilot.press("f1")
    await pilot.pause()
    return text


def _footer_key(app, action: str) -> FooterKey:
    (key,) = [k for k in app.screen.query_one(Footer).query(FooterKey) if k.action == action]
    return key


async def test_undo_is_in_help_on_home(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = await _help_text(pilot)
        assert re.search(r"u/\^z\s+Angre sletting\s+home\.undo\s+\(ikke nå\)", text), text
    app.services.store.close()


async def test_undo_is_in_the_gathering_editors_footer_and_help(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ["enter", "2", "enter"]:
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, GatheringScreen)
        undo = _footer_key(app, "undo")
        assert undo.region.width and undo.region.right <= 72  # left of the palette key
        assert undo.has_class("-disabled")  # nothing to undo yet: greyed out, not hidden
        text = await _help_text(pilot)
        assert re.search(r"u/\^z\s+Angre\s+gathering\.undo\s+\(ikke nå\)", text), text
        blocks = len(app.screen.gathering.blocks)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert len(app.screen.gathering.blocks) == blocks - 1
        assert not _footer_key(app, "undo").has_class("-disabled")
        text = await _help_text(pilot)
        assert re.search(r"u/\^z\s+Angre\s+gathering\.undo\s*$", text, re.M), text
        await pilot.press("u")
        await pilot.pause()
        assert len(app.screen.gathering.blocks) == blocks
    app.services.store.close()
