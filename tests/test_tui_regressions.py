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
        await app.push_screen(
            GatheringScreen(store.group(group.id), group.gatherings[0].id, UndoSlot(group.id))
        )
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press("escape")  # the goal picker offering the activity's goals: none
        await pilot.pause(0.3)
        table = app.screen.query_one("AgendaTable")
        widths = {c.label.plain: c.width for c in table.columns.values()}
        assert widths["Tid"] >= len("09:00–10:00")
        assert store.group(group.id).gatherings[0].blocks  # and the block was saved
    store.close()


async def test_a_second_enter_in_the_participant_form_adds_once_and_keeps_the_group_screen(
    data_dir,
):
    """Two Submitted messages that both reach the form before it closes: one participant, and
    the second does not dismiss the group screen underneath (Textual's dismiss pops the top)."""
    from textual.widgets import Input

    from groupguide.tui.screens.group import GroupScreen

    app = build_app(data_dir)
    store = app.services.store
    group = Group(name="G")
    store.save_group(group)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("1", "n")
        await pilot.pause()
        name = app.screen.query_one("#name", Input)
        name.value = "Kari"
        name.post_message(Input.Submitted(name, name.value))
        name.post_message(Input.Submitted(name, name.value))
        await pilot.pause()
        assert isinstance(app.screen, GroupScreen)
        assert [p.name for p in store.group(group.id).participants] == ["Kari"]
    store.close()


async def test_a_dialog_dismissed_twice_calls_back_once_and_leaves_the_screen_below():
    from textual.app import App
    from textual.screen import Screen
    from textual.widgets import Static

    from groupguide.tui.dialogs.base import Dialog

    class Below(Screen):
        def compose(self):
            yield Static("below")

    class Asked(Dialog[str]):
        def compose(self):
            yield Static("dialog")

    results: list[str | None] = []
    app = App()
    async with app.run_test() as pilot:
        below = Below()
        await app.push_screen(below)
        dialog = Asked()
        await app.push_screen(dialog, results.append)
        dialog.dismiss("first")
        dialog.dismiss("second")
        await pilot.pause()
        assert app.screen is below
        assert results == ["first"]


def test_every_screen_that_dismisses_itself_is_guarded():
    """Dialogs derive from Dialog, and full screens that call dismiss mix in TopOnlyDismiss."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "groupguide" / "tui"
    unguarded = []
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = [ast.unparse(b) for b in node.bases]
            dismisses = any(
                isinstance(n, ast.Attribute) and n.attr == "dismiss" for n in ast.walk(node)
            )
            modal = any(b.startswith("ModalScreen") for b in bases)
            guarded = any(b.startswith(("Dialog", "FormDialog", "TopOnlyDismiss")) for b in bases)
            if path.name != "base.py" and (modal or dismisses) and not guarded:
                unguarded.append(f"{path.name}:{node.name}")
    assert unguarded == []


async def test_goal_filter_typed_in_a_burst_does_not_crash(data_dir):
    """Letters that arrive faster than the list repaints: a highlight message for an option of
    the previous filter reached the emptied list, and Textual raised (the app exited)."""
    from textual.widgets import Input, SelectionList

    from groupguide.domain.model import Block
    from groupguide.tui.dialogs.goal_picker import GoalPickerDialog

    app = build_app(data_dir)
    store = app.services.store
    block = Block("case_reflection", "B", minutes=30)
    group = Group(name="G", gatherings=[Gathering(title="S1", blocks=[block])])
    store.save_group(group)
    async with app.run_test(size=(110, 32)) as pilot:
        await app.push_screen(
            GatheringScreen(store.group(group.id), group.gatherings[0].id, UndoSlot(group.id))
        )
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalPickerDialog)
        # the dialog handles two filter changes before the list handles its highlight message
        app.screen._fill("samvalg")
        app.screen._fill("samvalgxyz")
        await pilot.pause()
        await pilot.press(*"q")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, GoalPickerDialog)
        assert app.screen.query_one("#filter", Input).value == "q"
        app.screen._fill("samvalgxyz")
        await pilot.pause()
        assert app.screen.query_one("#goals", SelectionList).option_count == 0
        filter_input = app.screen.query_one("#filter", Input)
        filter_input.value = "samvalg"
        await pilot.pause()
        assert app.screen.query_one("#goals", SelectionList).option_count >= 1
    store.close()
