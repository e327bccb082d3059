"""The home screen, driven with Pilot."""

from textual.widgets import DataTable, Input

from groupguide.tui.screens.home import HomeScreen
from tests.tui_helpers import build_app

TRICKY = ["[/]", "[@click=app.quit]x", "<b>x</b>"]


async def test_home_lists_demo_group(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#groups", DataTable)
        assert table.row_count == 1
        row = [str(c) for c in table.get_row_at(0)]
        assert row[0] == "LIS1 Vestland høst 2026"
        assert row[2] == "8/12"
        assert row[3] == "02.12.2026"  # the next gathering after the fixed clock
        assert row[4] == "100 %"
    app.services.store.close()


async def test_home_shows_a_past_gathering_not_held_as_such(data_dir, example_plan):
    """8 days after Samling 3's planned day, with nothing recorded for it: not "–" (the old
    column showed only dates from today on), but the day and that it was not held."""
    from datetime import datetime

    from groupguide.services.workspace import Workspace
    from groupguide.tui.app import make_app
    from tests.tui_helpers import library, open_store

    store = open_store(data_dir, example_plan)
    clock = lambda: datetime(2026, 12, 10, 9, 0)  # noqa: E731
    app = make_app(Workspace.over(store, library=library(), clock=clock))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        row = [str(c) for c in app.screen.query_one("#groups", DataTable).get_row_at(0)]
        assert row[3] == "02.12.2026 ikke holdt"
    store.close()


async def test_demo_opens_its_group_and_home_lists_it_on_the_way_back(data_dir, example_plan):
    # --demo opens the group from home's on_mount and leaves home's list to be filled when home
    # is first shown (start-up time): going back must find it filled, with its keys live.
    from groupguide.tui.screens.group import GroupScreen

    app = build_app(data_dir, example_plan, demo=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, GroupScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        table = app.screen.query_one("#groups", DataTable)
        assert [str(c) for c in table.get_row_at(0)][:3] == [
            "LIS1 Vestland høst 2026",
            "2026 høst",
            "8/12",
        ]
        assert not app.screen.query_one("#home-empty").display
        keys = _footer_keys(app)
        assert keys["open_group"] and keys["delete_group"]
        await pilot.press("enter")  # and the group opens again
        await pilot.pause()
        assert isinstance(app.screen, GroupScreen)
    app.services.store.close()


async def test_demo_run_stays_in_run_mode(data_dir, example_plan):
    # `groupguide --demo run --group … --gathering 3`: the run screen is the first screen and
    # stays on top; the demo group does not open over it (check-in used to end on the group).
    from groupguide.tui.app import make_run_app
    from groupguide.tui.screens.run import RunScreen

    built = build_app(data_dir, example_plan, demo=True)
    group = built.services.store.groups()[0]
    app = make_run_app(built.services, group.id, group.gatherings[2].id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert [type(s).__name__ for s in app.screen_stack][:2] == ["HomeScreen", "RunScreen"]
        assert not any(type(s).__name__ == "GroupScreen" for s in app.screen_stack)
        assert any(isinstance(s, RunScreen) for s in app.screen_stack)
    app.services.store.close()


def _footer_keys(app) -> dict[str, bool]:
    """The footer's keys as painted: action → enabled."""
    from textual.widgets._footer import FooterKey

    return {key.action: not key.has_class("-disabled") for key in app.screen.query(FooterKey)}


async def test_the_first_footer_knows_whether_a_group_is_selected(data_dir, example_plan):
    # The first fill sets the key state without a bindings refresh (start-up time): the footer
    # must still be drawn with it, with a group and without one.
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        keys = _footer_keys(app)
        assert keys["open_group"] and keys["delete_group"] and keys["archive_group(True)"]
    app.services.store.close()
    empty = build_app(data_dir.parent / "empty")
    async with empty.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        keys = _footer_keys(empty)
        assert not keys["open_group"] and not keys["delete_group"]
        assert keys["new_group"]
    empty.services.store.close()


async def test_create_rename_archive_delete_undo(data_dir):
    app = build_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#name", Input).value = "Gruppe A"
        app.screen.query_one("#term", Input).value = "2027 vår"
        await pilot.press("enter")
        await pilot.pause()
        store = app.services.store
        assert [g.name for g in store.groups()] == ["Gruppe A"]
        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one("#name", Input).value = "Gruppe B"
        await pilot.press("enter")
        await pilot.pause()
        assert [g.name for g in store.groups()] == ["Gruppe B"]
        await pilot.press("a")
        await pilot.pause()
        assert store.groups()[0].archived
        table = app.screen.query_one("#groups", DataTable)
        assert table.row_count == 0  # archived groups hidden by default
        await pilot.press("h")
        await pilot.pause()
        assert table.row_count == 1
        # the footer offers to bring it back, and A does that
        assert app.screen.check_action("archive_group", (False,))
        assert not app.screen.check_action("archive_group", (True,))
        await pilot.press("a")
        await pilot.pause()
        assert not store.groups()[0].archived
        assert app.screen.check_action("archive_group", (True,))
        await pilot.press("a")
        await pilot.pause()
        assert store.groups()[0].archived
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert store.groups() == []
        await pilot.press("u")
        await pilot.pause()
        assert [g.name for g in store.groups()] == ["Gruppe B"]
    app.services.store.close()


async def test_two_deletes_are_both_undone_newest_first(data_dir):
    """The confirmation promises undo "as long as the app is open": not only the last one."""
    from groupguide.domain.model import Group

    app = build_app(data_dir)
    store = app.services.store
    for name in ("A", "B"):
        store.save_group(Group(name=name))
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(2):
            await pilot.press("d")
            await pilot.pause()
            await pilot.press("y")
            await pilot.pause()
        assert store.groups() == []
        await pilot.press("u")
        await pilot.pause()
        assert len(store.groups()) == 1
        await pilot.press("u")
        await pilot.pause()
        assert sorted(g.name for g in store.groups()) == ["A", "B"]
        assert app.screen.check_action("undo_delete", ()) is None  # nothing left to undo
    store.close()


async def test_a_taken_name_is_refused_in_the_dialog_and_the_organiser_is_kept(data_dir):
    from groupguide.domain.model import Group

    app = build_app(data_dir)
    store = app.services.store
    store.save_group(Group(name="Gruppe A"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        for field, value in (
            ("name", "gruppe a"),
            ("term", "2027 vår"),
            ("organiser", "Os kommune"),
        ):
            app.screen.query_one(f"#{field}", Input).value = value
        await pilot.press("enter")
        await pilot.pause()
        # still in the dialog, with what was typed and the reason
        assert app.screen.query_one("#term", Input).value == "2027 vår"
        assert "allerede" in str(app.screen.query_one("#error").render())
        app.screen.query_one("#name", Input).value = "Gruppe B"
        await pilot.press("enter")
        await pilot.pause()
        created = store.find_group("Gruppe B")
        assert created is not None and created.organiser == "Os kommune"
        assert created.term == "2027 vår"
    store.close()


async def test_empty_name_refused_in_dialog(data_dir):
    app = build_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.services.store.groups() == []
        assert "navn" in str(app.screen.query_one("#error").render()).lower()
    app.services.store.close()


async def test_a_second_enter_queued_in_a_dialog_leaves_home_in_place(data_dir):
    """Two Enters that both reach the dialog before it closes (fast typing, a busy machine):
    the group is created once, and the second Enter does not dismiss home, which is the bottom
    of the screen stack."""
    app = build_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        name = app.screen.query_one("#name", Input)
        name.value = "Gruppe A"
        name.post_message(Input.Submitted(name, name.value))
        name.post_message(Input.Submitted(name, name.value))
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert [g.name for g in app.services.store.groups()] == ["Gruppe A"]
    app.services.store.close()


async def test_markup_like_names_show_literally(data_dir):
    app = build_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        for name in TRICKY:
            await pilot.press("n")
            await pilot.pause()
            app.screen.query_one("#name", Input).value = name
            await pilot.press("enter")
            await pilot.pause()
        table = app.screen.query_one("#groups", DataTable)
        shown = sorted(str(table.get_row_at(i)[0]) for i in range(table.row_count))
        assert shown == sorted(TRICKY)
        assert app.is_running  # [@click=app.quit] did not quit
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.is_running
    app.services.store.close()


async def test_help_lists_keys(data_dir):
    app = build_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        text = str(app.screen.query_one("Static").render())
        assert "Ny gruppe" in text and "Importer plan" in text
        await pilot.press("escape")
    app.services.store.close()


async def test_import_bad_plan_shows_message_and_keeps_running(data_dir, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("group: {name: G}\nparticipants: [\n", encoding="utf-8")
    app = build_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(bad)
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and app.services.store.groups() == []
    app.services.store.close()


def test_an_unexpected_error_shows_no_data_and_leaves_a_report(data_dir, example_plan):
    """A bug that ends the app: the terminal gets a short message naming the report file, not
    Textual's traceback with its variables (the group, notes and assessments on a projected
    screen); the report names where in the code, never a value or the error's message."""
    from groupguide.paths import CRASH_REPORT

    secret = "Pasient Ola Pasient ringte"
    app = build_app(data_dir, example_plan)

    def explode() -> None:
        local_secret = secret  # noqa: F841 - Textual's own traceback would show it
        raise KeyError(secret)

    try:
        explode()
    except KeyError:
        app._fatal_error()  # what Textual calls for an unhandled error
    shown = " ".join(str(r) for r in app._exit_renderables)
    path = data_dir / CRASH_REPORT
    report = path.read_text(encoding="utf-8")
    assert secret not in report and "KeyError" in report and "in explode" in report
    assert path.stat().st_mode & 0o077 == 0
    assert secret not in shown and str(path) in shown and "feil i programmet" in shown
    app.services.store.close()
