"""The footer is rebuilt once per refresh, not once per bindings refresh, and still shows the
keys as they are now (tui/widgets/footer.py)."""

from __future__ import annotations

import pytest
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

from groupguide.tui.widgets.footer import Footer
from tests.tui_helpers import build_app


@pytest.fixture
def composed(monkeypatch):
    """Counts the footer's composes (every key built anew each time)."""
    count = []

    def compose(self):
        count.append(type(self.screen).__name__)
        return TextualFooter.compose(self)

    monkeypatch.setattr(Footer, "compose", compose)
    return count


def _keys(app) -> dict[str, bool]:
    return {key.action: not key.has_class("-disabled") for key in app.screen.query(FooterKey)}


async def test_many_bindings_refreshes_rebuild_the_footer_once(data_dir, example_plan, composed):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        composed.clear()
        for _ in range(20):
            app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert composed == ["HomeScreen"]
    app.services.store.close()


async def test_opening_a_group_builds_its_footer_a_few_times_not_dozens(
    data_dir, example_plan, composed
):
    # Textual's own footer was rebuilt 43 times here before the group screen's first paint.
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        composed.clear()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert type(app.screen).__name__ == "GroupScreen"
        assert 1 <= composed.count("GroupScreen") <= 4, composed
        assert _keys(app)  # the group screen's keys are there
    app.services.store.close()


async def test_the_footer_follows_what_can_be_done(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert _keys(app)["delete_group"] and not _keys(app)["undo_delete"]
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        await pilot.pause()
        keys = _keys(app)
        assert not keys["delete_group"] and not keys["open_group"] and keys["undo_delete"]
        await pilot.press("u")
        await pilot.pause()
        await pilot.pause()
        keys = _keys(app)
        assert keys["delete_group"] and keys["open_group"] and not keys["undo_delete"]
    app.services.store.close()
