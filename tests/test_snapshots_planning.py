"""Snapshots of the planning screens and their dialogs at 80×24 and 120×40.

The example plan, the fixed clock of ``tui_helpers``, no cursor blink, no toasts. Ids appear
nowhere on screen. Review the snapshot report before updating (``--snapshot-update``).
"""

from __future__ import annotations

import shutil
from datetime import time

import pytest
from textual.widgets import Input, TextArea

from tests.tui_helpers import build_app

SIZES = [(80, 24), (120, 40)]
IDS = lambda s: f"{s[0]}x{s[1]}"  # noqa: E731


@pytest.fixture
def make_app(data_dir, example_plan):
    apps = []

    def make(plan_edit=None):
        app = build_app(data_dir, example_plan)
        if plan_edit is not None:
            group = app.services.store.groups()[0]
            plan_edit(group)
            app.services.store.save_group(group)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.services.store.close()


def steps(*keys: str):
    """A ``run_before`` that presses ``keys`` one by one, then stills the screen."""

    async def run_before(pilot) -> None:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        for widget in pilot.app.screen.query("Input, TextArea"):
            if isinstance(widget, Input | TextArea):
                widget.cursor_blink = False
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


def _clash_and_overrun(group) -> None:
    """Samling 3 with the break pinned too early (a clash) and a longer intro (an overrun)."""
    blocks = group.gatherings[2].blocks
    blocks[0].minutes = 45
    blocks[2].pinned = time(10, 15)
    blocks[-1].minutes = 45


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_home(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=steps())


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("tab", ["1", "2", "3"], ids=["participants", "plan", "coverage"])
def test_group_tabs(snap_compare, make_app, size, tab):
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("enter", tab))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_presentations(snap_compare, make_app, size):
    """Who presents what, gathering by gathering (P on the participants tab)."""
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("enter", "1", "p"))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_group_wishes(snap_compare, make_app, size, monkeypatch):
    from groupguide.evaluation import wishes as module

    def fake(_data_dir, group, threshold=3):
        first, second = group.gatherings[:2]
        return [
            module.TopicWish(first.id, first.title, "Mer om sykmelding ved psykiske lidelser"),
            module.TopicWish(first.id, first.title, "Vanskelige samtaler om [/] rus"),
            module.TopicWish(second.id, second.title, "Legevakt: når skal vi ringe bakvakt?"),
        ]

    monkeypatch.setattr("groupguide.services.wishes.topic_wishes", fake)
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("enter", "4"))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_gathering_editor(snap_compare, make_app, size):
    app = make_app(_clash_and_overrun)
    assert snap_compare(
        app,
        terminal_size=size,
        run_before=steps("enter", "2", "down", "down", "enter", "down", "down"),
    )


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_participant_form(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("enter", "1", "down", "e"))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_gathering_form(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("enter", "2", "n"))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_block_form(snap_compare, make_app, size):
    assert snap_compare(
        make_app(),
        terminal_size=size,
        run_before=steps("enter", "2", "enter", "down", "down", "enter"),
    )


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_audit_block_form(snap_compare, make_app, size):
    """An audit block: two presenters, the measures it collects, the leader's own."""
    assert snap_compare(
        make_app(),
        terminal_size=size,
        run_before=steps("enter", "2", "enter", *["down"] * 6, "enter"),
    )


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_goal_picker(snap_compare, make_app, size):
    assert snap_compare(
        make_app(), terminal_size=size, run_before=steps("enter", "2", "enter", "down", "down", "g")
    )


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_activity_chooser(snap_compare, make_app, size):
    assert snap_compare(
        make_app(), terminal_size=size, run_before=steps("enter", "2", "enter", "a")
    )


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_template_chooser(snap_compare, make_app, size, tmp_path, example_plan, monkeypatch):
    shipped = tmp_path / "shipped-sessions"
    shipped.mkdir()
    shutil.copy(example_plan, shipped / example_plan.name)  # the list does not grow with sessions/
    monkeypatch.setattr("groupguide.services.templates.builtin_dir", lambda name: shipped)
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("enter", "2", "t"))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_group_help(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("enter", "2", "f1"))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_group_form(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("n"))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_confirm_delete(snap_compare, make_app, size):
    """The action's button has the focus (deletes can be undone), and the line under the
    buttons says what Enter does."""
    assert snap_compare(
        make_app(), terminal_size=size, run_before=steps("enter", "1", "down", "delete")
    )


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_import_problems(snap_compare, make_app, size, tmp_path, monkeypatch):
    from tests.test_tui_dialogs import BROKEN_PLAN

    (tmp_path / "broken.yaml").write_text(BROKEN_PLAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the dialog names the file as typed: no temporary path

    async def run_before(pilot) -> None:
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        pilot.app.screen.query_one("#path", Input).value = "broken.yaml"
        await steps("enter")(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_wish_chooser(snap_compare, make_app, size, monkeypatch):
    """Only the gathering not yet held is offered; the first wish is already in it."""
    from groupguide.domain.planning import add_block, wish_block
    from groupguide.evaluation import wishes as module

    def fake(_data_dir, group, threshold=3):
        first = group.gatherings[0]
        return [
            module.TopicWish(first.id, first.title, "Mer om sykmelding"),
            module.TopicWish(first.id, first.title, "Vanskelige samtaler om rus"),
        ]

    def carried(group) -> None:
        add_block(group.gatherings[2], wish_block("Mer om sykmelding"))

    monkeypatch.setattr("groupguide.services.wishes.topic_wishes", fake)
    assert snap_compare(
        make_app(carried), terminal_size=size, run_before=steps("enter", "4", "down", "enter")
    )
