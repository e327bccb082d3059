"""Planning in the TUI, driven with Pilot: the group screen, its tabs and the gathering editor."""

from __future__ import annotations

from datetime import time

from textual.widgets import DataTable, Input, OptionList, SelectionList, Static, TabbedContent

from groupguide.domain.coverage import coverage
from groupguide.tui.dialogs.goal_picker import GoalPickerDialog
from groupguide.tui.screens.gathering import GatheringScreen
from groupguide.tui.screens.group import GroupScreen
from tests.tui_helpers import build_app, library

NAMES = [
    "Kari",
    "Ola",
    "Ingrid",
    "Ahmed",
    "Sofie",
    "Jonas",
    "Maria",
    "Emil",
    "Nora",
    "Jakob",
    "Sara",
    "Henrik",
]


def cells(table: DataTable, column: int | str) -> list[str]:
    """A column's texts, by index or (for tables that leave columns out when narrow) by key."""
    if isinstance(column, str):
        return [str(cell) for cell in table.get_column(column)]
    return [str(table.get_row_at(i)[column]) for i in range(table.row_count)]


def rendered(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render()).replace("\u00a0", " ")


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


async def open_group(pilot, tab: str | None = None) -> None:
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, GroupScreen)
    if tab:
        await pilot.press({"participants": "1", "plan": "2", "coverage": "3", "wishes": "4"}[tab])
        await pilot.pause()


async def fill_form(pilot, **values: str) -> None:
    for field, value in values.items():
        pilot.app.screen.query_one(f"#{field}", Input).value = value
    await pilot.press("enter")
    await pilot.pause()


async def add_participant(pilot, name: str) -> None:
    await pilot.press("n")
    await pilot.pause()
    await fill_form(pilot, name=name, email=f"{name.lower()}@example.no")


async def choose_activity(pilot, activity_id: str, answer: str = "ctrl+s") -> None:
    """Add a block of the activity; when its suggested goals are offered (the goal picker with
    them ticked), ``answer`` them: Ctrl+S attaches them, Esc attaches none."""
    await pilot.press("a")
    await pilot.pause()
    choices = pilot.app.screen.query_one("#choices", OptionList)
    ids = [choices.get_option_at_index(i).id for i in range(choices.option_count)]
    choices.highlighted = ids.index(activity_id)
    await pilot.press("enter")
    await pilot.pause()
    if isinstance(pilot.app.screen, GoalPickerDialog):
        await pilot.press(answer)
        await pilot.pause()


async def tick_goals(pilot, codes: list[str]) -> None:
    """Open the goal picker on the current block and tick ``codes`` by filtering for each."""
    await pilot.press("g")
    await pilot.pause()
    screen = pilot.app.screen
    for code in codes:
        screen.query_one("#filter", Input).value = code
        await pilot.pause()
        goals = screen.query_one("#goals", SelectionList)
        assert goals.option_count >= 1, code
        if code not in goals.selected:
            goals.focus()
            goals.highlighted = [
                goals.get_option_at_index(i).value for i in range(goals.option_count)
            ].index(code)
            await pilot.press("space")
            await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()


# -- the main flow of the issue ------------------------------------------------------------------


async def test_create_group_participants_plan_three_gatherings_full_coverage(data_dir):
    app = build_app(data_dir)
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        # create a group on the home screen and open it
        await pilot.press("n")
        await pilot.pause()
        await fill_form(pilot, name="LIS1 Test vår 2027", term="2027 vår")
        await open_group(pilot, "participants")
        # 8 participants, then on to 12, and the 13th is refused on screen
        for name in NAMES[:8]:
            await add_participant(pilot, name)
        group = store.find_group("LIS1 Test vår 2027")
        assert [p.name for p in group.participants] == NAMES[:8]
        assert "8 av maks 12" in rendered(app, "#participants-info")
        await add_participant(pilot, NAMES[8])
        assert "8 er ideelt" in rendered(app, "#participants-info")  # the hint above 8
        for name in NAMES[9:]:
            await add_participant(pilot, name)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, GroupScreen)  # no form opened
        assert any("høyst 12 deltakere" in m for m in notifications(app))
        assert len(store.group(group.id).participants) == 12
        tab_label = str(app.screen.query_one("#tabs", TabbedContent).get_tab("participants").label)
        assert tab_label == "Deltakere 12/12"

        # plan 3 gatherings from the activity library and cover every recommended goal
        await pilot.press("2")
        await pilot.pause()
        recommended = [g.code for g in library().goals.recommended]
        shares = [recommended[0:9], recommended[9:17], recommended[17:]]
        for number, codes in enumerate(shares, start=1):
            await pilot.press("n")
            await pilot.pause()
            assert app.screen.query_one("#title", Input).value == f"Samling {number}"
            await pilot.press("enter")  # the suggested date, times and place
            await pilot.pause()
            await pilot.press("enter")  # open the new gathering
            await pilot.pause()
            assert isinstance(app.screen, GatheringScreen)
            await choose_activity(pilot, "case-reflection")
            await choose_activity(pilot, "buzz")
            await choose_activity(pilot, "break")
            await choose_activity(pilot, "av-intro")
            await tick_goals(pilot, codes)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, GroupScreen)
        saved = store.group(group.id)
        assert len(saved.gatherings) == 3
        assert [b.activity for b in saved.gatherings[0].blocks] == [
            "case-reflection",
            "buzz",
            "break",
            "av-intro",
        ]
        assert coverage(saved, library().goals).planned_share == 1.0
        await pilot.press("3")
        await pilot.pause()
        assert "25/25 (100 %)" in rendered(app, "#coverage-summary")
        assert "mangler" not in cells(app.screen.query_one("#coverage-table", DataTable), 4)
        # and home shows it too
        await pilot.press("escape")
        await pilot.pause()
        row = [str(c) for c in app.screen.query_one("#groups", DataTable).get_row_at(0)]
        assert row[2] == "12/12" and row[4] == "100 %"
    store.close()


# -- participants --------------------------------------------------------------------------------


async def test_edit_refuses_duplicate_in_dialog_and_remove_undo(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group(pilot, "participants")
        group_id = app.screen.group.id
        await pilot.press("down", "e")
        await pilot.pause()
        await fill_form(pilot, name="kari nordmann")  # Kari Nordmann exists
        assert "allerede" in rendered(app, "#error")
        await fill_form(pilot, name="Ola H.", workplace="Os", municipality=" Bjørnafjorden ")
        assert store.group(group_id).participants[1].name == "Ola H."
        assert store.group(group_id).participants[1].municipality == "Bjørnafjorden"
        await pilot.press("e")  # the dialog shows it again, as saved
        await pilot.pause()
        assert app.screen.query_one("#municipality", Input).value == "Bjørnafjorden"
        await pilot.press("escape")
        await pilot.pause()
        # remove Kari (presenter and attendance at gathering 1), then undo
        await pilot.press("up", "d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        saved = store.group(group_id)
        assert [p.name for p in saved.participants][0] == "Ola H."
        assert all(
            b.presenter != "" or b.activity != "case-reflection"
            for b in saved.gatherings[0].blocks[3:4]
        )
        await pilot.press("u")
        await pilot.pause()
        restored = store.group(group_id)
        assert restored.participants[0].name == "Kari Nordmann"
        kari = restored.participants[0]
        assert restored.gatherings[0].blocks[2].presenter == kari.id
        assert restored.gatherings[0].attendance[kari.id].status == "present"
    store.close()


# -- the plan ------------------------------------------------------------------------------------


async def test_plan_duplicate_move_delete_undo_and_template(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "plan")
        group_id = app.screen.group.id
        titles = lambda: [g.title for g in store.group(group_id).gatherings]  # noqa: E731
        assert "2,5 dager" in str(app.screen.query_one("#days-meter").render())
        await pilot.press("c")  # duplicate gathering 1: right after it, no date
        await pilot.pause()
        saved = store.group(group_id)
        assert saved.gatherings[1].title.endswith("(kopi)") and saved.gatherings[1].date is None
        assert not any(b.held or b.presenter for b in saved.gatherings[1].blocks)
        await pilot.press("shift+down")  # the cursor is on the copy: move it down
        await pilot.pause()
        assert titles()[2].endswith("(kopi)")
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert len(titles()) == 3
        await pilot.press("u")
        await pilot.pause()
        assert len(titles()) == 4 and titles()[2].endswith("(kopi)")
        # a gathering from a template in sessions/
        await pilot.press("t")
        await pilot.pause()
        options = app.screen.query_one("#choices", OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any(label.startswith("example-plan.yaml – Samling 3") for label in labels)
        options.highlighted = 2
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#title", Input).value.startswith("Samling 3")
        # the template's own hours, not the default day
        assert app.screen.query_one("#start", Input).value == "09:00"
        assert app.screen.query_one("#end", Input).value == "12:30"
        await fill_form(pilot, title="Samling 4 – fra mal", date="13.01.2027")
        saved = store.group(group_id)
        new = next(g for g in saved.gatherings if g.title == "Samling 4 – fra mal")
        assert len(new.blocks) == 7 and not any(b.presenter for b in new.blocks)
        assert (
            saved.gatherings[-1] is not None and saved.gatherings[-2].id == new.id
        ) or saved.gatherings[-1].id == new.id
        # editing a date keeps the timeline in time order
        await pilot.press("e")
        await pilot.pause()
        await fill_form(pilot, date="01.09.2026")
        assert store.group(group_id).gatherings[0].title == "Samling 4 – fra mal"
    store.close()


async def test_gathering_form_refuses_bad_values(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group(pilot, "plan")
        await pilot.press("n")
        await pilot.pause()
        await fill_form(pilot, date="31.02.2027")
        assert "ikke en dato" in rendered(app, "#error")
        await fill_form(pilot, date="03.03.2027", start="25:00")
        assert "klokkeslett" in rendered(app, "#error")
        await fill_form(pilot, start="10:00", end="09:00")
        assert "etter start" in rendered(app, "#error")
        await pilot.press("escape", "j")  # j: discard what was typed
        await pilot.pause()
        assert len(app.screen.group.gatherings) == 3
    app.services.store.close()


# -- the gathering editor ------------------------------------------------------------------------


async def test_editor_times_pins_clashes_overrun_reorder_delete_undo(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "plan")
        group_id = app.screen.group.id
        await pilot.press("down", "down", "enter")  # Samling 3, 09:00–12:30
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GatheringScreen)
        agenda = screen.query_one("#agenda", DataTable)
        assert cells(agenda, 0)[:2] == ["09:00–09:20", "09:20–10:20"]
        assert "slutter 12:15" in rendered(app, "#gathering-summary")
        # lengthen the first block: the agenda runs past the end
        await pilot.press("enter")
        await pilot.pause()
        await fill_form(pilot, minutes="50")
        assert "15 min over sluttid" in rendered(app, "#gathering-summary")
        # pin the break at 10:30 from the form: it clashes with the case before it
        await pilot.press("down", "down", "e")
        await pilot.pause()
        await fill_form(pilot, pinned="10:30")
        assert "1 overlapp" in rendered(app, "#gathering-summary")
        assert "overlapper 20 min" in cells(agenda, "remark")[2]
        assert screen.query_one("#gathering-summary").has_class("-problem")
        # P unpins; P again pins it at the time it has now
        await pilot.press("p")
        await pilot.pause()
        gathering = store.group(group_id).gatherings[2]
        assert gathering.blocks[2].pinned is None
        await pilot.press("p")
        await pilot.pause()
        assert store.group(group_id).gatherings[2].blocks[2].pinned == time(10, 50)
        # move the break up, delete it, undo
        await pilot.press("shift+up")
        await pilot.pause()
        blocks = store.group(group_id).gatherings[2].blocks
        assert blocks[1].activity == "break"
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert all(b.activity != "break" for b in store.group(group_id).gatherings[2].blocks)
        await pilot.press("u")
        await pilot.pause()
        assert store.group(group_id).gatherings[2].blocks[1].activity == "break"
        # the goal picker filters by words of the text and shows the full text
        await pilot.press("g")
        await pilot.pause()
        picker = app.screen
        picker.query_one("#filter", Input).value = "lindrende behandling"
        await pilot.pause()
        goals = picker.query_one("#goals", SelectionList)
        assert [goals.get_option_at_index(i).value for i in range(goals.option_count)] == [
            "KLK-029"
        ]
        assert "livets sluttfase" in rendered(app, "#goal-text") or "lindrende" in rendered(
            app, "#goal-text"
        )
        await pilot.press("escape")
        await pilot.pause()
        # R edits the gathering itself
        await pilot.press("r")
        await pilot.pause()
        await fill_form(pilot, end="14:00")  # the pinned break left a gap: ends 13:45
        assert "over sluttid" not in rendered(app, "#gathering-summary")
    store.close()


async def test_presenter_is_chosen_among_participants(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "plan")
        group = app.screen.group
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        await pilot.press("down", "enter")  # the first case reflection (Emil Strand)
        await pilot.pause()
        from textual.widgets import Select

        select = app.screen.query_one("#presenter-0", Select)
        assert select.value == group.participant_by_name("Emil Strand").id
        select.value = group.participant_by_name("Kari Nordmann").id
        await fill_form(pilot)
        block = store.group(group.id).gatherings[2].blocks[1]
        assert block.presenter == group.participant_by_name("Kari Nordmann").id
        assert "Kari Nordmann" in cells(app.screen.query_one("#agenda", DataTable), "presenter")[1]
    store.close()


# -- coverage ------------------------------------------------------------------------------------


async def test_coverage_missing_goal_stands_out_and_cell_shows_blocks(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    group = store.groups()[0]
    for gathering in group.gatherings:  # take KLK-032 out of the plan
        for block in gathering.blocks:
            block.goals = [c for c in block.goals if c != "KLK-032"]
    store.save_group(group)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "coverage")
        assert "24/25 (96 %)" in rendered(app, "#coverage-summary")
        table = app.screen.query_one("#coverage-table", DataTable)
        codes = cells(table, 0)
        row = next(i for i, c in enumerate(codes) if "KLK-032" in c)
        assert codes[row].startswith("! ")
        assert str(table.get_row_at(row)[-1]) == "mangler"
        # a held cell lists the held blocks; a planned one the planned blocks
        first = next(i for i, c in enumerate(codes) if "LM-02" in c)
        table.cursor_coordinate = (first, 1)
        await pilot.pause()
        detail = rendered(app, "#coverage-detail")
        assert "Gjennomført:" in detail and "pasienten som ville ha antibiotika" in detail
        klk027 = next(i for i, c in enumerate(codes) if "KLK-027" in c)
        table.cursor_coordinate = (klk027, 3)
        await pilot.pause()
        assert "Planlagt:" in rendered(app, "#coverage-detail")
        assert app.screen.selected_gathering().title.startswith("Samling 3")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GatheringScreen)
        assert app.screen.selected_gathering().title.startswith("Samling 3")
    store.close()


# -- wishes --------------------------------------------------------------------------------------


async def test_wishes_tab_empty_without_the_evaluation_feature(data_dir, example_plan, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "groupguide.evaluation.wishes", None)  # ImportError
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group(pilot, "wishes")
        assert "Ingen ønsker ennå" in rendered(app, "#wishes-empty")
        assert app.screen.query_one("#wishes-empty").display
    app.services.store.close()


async def test_wish_is_carried_into_a_gathering(data_dir, example_plan, monkeypatch):
    from groupguide.evaluation import wishes as wishes_module

    def fake(_data_dir, group, threshold=3):
        first = group.gatherings[0]
        return [
            wishes_module.TopicWish(first.id, first.title, "Mer om [/] sykmelding"),
            wishes_module.TopicWish(first.id, first.title, "[@click=app.quit]x"),
        ]

    monkeypatch.setattr("groupguide.services.wishes.topic_wishes", fake)
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group(pilot, "wishes")
        table = app.screen.query_one("#wishes-table", DataTable)
        assert cells(table, 1) == ["Mer om [/] sykmelding", "[@click=app.quit]x"]
        assert "Ønsker (2)" in str(
            app.screen.query_one("#tabs", TabbedContent).get_tab("wishes").label
        )
        await pilot.press("enter")
        await pilot.pause()
        choices = app.screen.query_one("#choices", OptionList)
        assert choices.option_count == 1  # only the gathering not yet held
        assert choices.highlighted == 0
        await pilot.press("enter")
        await pilot.pause()
        last = store.groups()[0].gatherings[2].blocks[-1]
        assert (last.activity, last.title) == ("open-topic", "Mer om [/] sykmelding")
        assert app.is_running
    store.close()


# -- everywhere ----------------------------------------------------------------------------------

TRICKY = ["[/]", "[@click=app.quit]x", "<b>x</b>"]


async def test_markup_like_text_shows_literally_everywhere(data_dir):
    app = build_app(data_dir)
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await fill_form(pilot, name=TRICKY[0], term=TRICKY[1])
        await open_group(pilot, "participants")
        assert TRICKY[0] in rendered(app, "#group-info")
        for name in TRICKY:
            await pilot.press("n")
            await pilot.pause()
            await fill_form(pilot, name=name, workplace=name, supervisor=name)
        assert cells(app.screen.query_one("#participants-table", DataTable), 0) == TRICKY
        await pilot.press("2", "n")
        await pilot.pause()
        await fill_form(pilot, title=TRICKY[1], location=TRICKY[2])
        plan = app.screen.query_one("#gatherings", DataTable)
        assert TRICKY[1] in cells(plan, "title")
        await pilot.press("enter")
        await pilot.pause()
        assert TRICKY[1] in rendered(app, "#gathering-info")
        await choose_activity(pilot, "case-reflection")
        group = app.screen.group
        await pilot.press("enter")
        await pilot.pause()
        from textual.widgets import Select, TextArea

        app.screen.query_one("#presenter-0", Select).value = group.participants[1].id
        app.screen.query_one("#notes", TextArea).text = "[/] **x** [@click=app.quit]y"
        await fill_form(pilot, title=TRICKY[2])
        agenda = app.screen.query_one("#agenda", DataTable)
        assert cells(agenda, "title") == [TRICKY[2]]
        assert cells(agenda, "presenter") == [TRICKY[1]]
        assert "[/] **x** [@click=app.quit]y" in rendered(app, "#block-detail")
        await pilot.press("g")
        await pilot.pause()
        assert TRICKY[2] in str(app.screen.query_one(".dialog-title", Static).render())
        await pilot.press("escape", "d")
        await pilot.pause()
        assert TRICKY[2] in str(app.screen.query_one(".dialog-text", Static).render())
        await pilot.press("escape", "escape")
        await pilot.pause()
        for tab in "34":
            await pilot.press(tab)
            await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
    store.close()


async def test_help_and_palette_list_the_screen_keys(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "plan")
        await pilot.press("f1")
        await pilot.pause()
        text = str(app.screen.query_one("Static").render())
        assert all(
            word in text
            for word in (
                "Ny samling",
                "Kopier",
                "Fra mal",
                "Flytt opp",
                "Flytt ned",
                "Slett",
                "Dekning",
            )
        )
        await pilot.press("escape")
        await pilot.pause()
        # the palette runs a screen key by its name
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Ny samling")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.screen.query_one("#title", Input).value == "Samling 4"
    app.services.store.close()


async def test_demo_opens_on_the_demo_group(data_dir, example_plan):
    app = build_app(data_dir, example_plan, demo=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, GroupScreen)
        assert app.screen.group.name == "LIS1 Vestland høst 2026"
        assert app.screen.selected_gathering().title.startswith("Samling 1")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#groups", DataTable).row_count == 1
    app.services.store.close()


async def test_a_refused_save_shows_the_error_and_what_is_stored(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group(pilot, "plan")

        def refuse(group):
            raise OSError("disk full")

        original = store.save_group
        store.save_group = refuse
        await pilot.press("c")
        await pilot.pause()
        assert any("disk full" in m for m in notifications(app))
        assert len(app.screen.group.gatherings) == 3  # the view shows the stored plan
        assert app.screen.query_one("#gatherings", DataTable).row_count == 3
        store.save_group = original
    store.close()


async def test_goal_picker_types_into_the_filter_and_down_goes_to_the_list(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group(pilot, "plan")
        group_id = app.screen.group.id
        await pilot.press("down", "down", "enter")  # Samling 3
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        await pilot.press(*"samvalg")
        await pilot.pause()
        goals = app.screen.query_one("#goals", SelectionList)
        shown = [goals.get_option_at_index(i).value for i in range(goals.option_count)]
        assert shown == ["FKM LM-26", "FKM LM-27", "FKM LM-28"]
        await pilot.press("down", "space")  # to the list, tick LM-26
        await pilot.pause()
        await pilot.press("x")  # a letter goes back to the filter
        await pilot.pause()
        assert app.screen.query_one("#filter", Input).value == "samvalgx"
        assert rendered(app, "#goal-count").startswith("3 valgt")  # KLK-027, LM-06 and LM-26
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "FKM LM-26" in store.group(group_id).gatherings[2].blocks[0].goals
    store.close()


async def test_a_key_typed_right_after_a_tab_switch_lands_on_the_new_tab(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group(pilot)
        await pilot.press("4", "2", "enter")  # no pause between the keys
        await pilot.pause()
        assert isinstance(app.screen, GatheringScreen)
    app.services.store.close()


async def test_a_new_block_offers_its_suggested_goals_and_attaches_only_what_is_confirmed(
    data_dir, example_plan
):
    """Goals are the leader's decision: a block added from the library gets no goal until the
    leader confirms the offered ones (ticked in the goal picker); Esc attaches none."""
    app = build_app(data_dir, example_plan)
    store = app.services.store
    suggested = [
        library().goals.canonical(c) for c in library().activities.get("buzz").suggested_goals
    ]
    assert suggested  # the buzz exercise suggests goals
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group(pilot, "plan")
        group_id = app.screen.group.id
        await pilot.press("down", "down", "enter")  # Samling 3
        await pilot.pause()
        before = {b.id for b in store.group(group_id).gatherings[2].blocks}
        await pilot.press("a")
        await pilot.pause()
        choices = app.screen.query_one("#choices", OptionList)
        ids = [choices.get_option_at_index(i).id for i in range(choices.option_count)]
        choices.highlighted = ids.index("buzz")
        await pilot.press("enter")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, GoalPickerDialog)
        assert sorted(picker.result()) == sorted(suggested)  # offered, ticked
        assert "Ingenting knyttes" in rendered(app, "#goal-suggested")
        # the block is there, with no goal yet
        added = [b for b in store.group(group_id).gatherings[2].blocks if b.id not in before]
        assert [(b.activity, b.goals) for b in added] == [("buzz", [])]
        await pilot.press("escape")  # declined: still nothing attached
        await pilot.pause()
        assert isinstance(app.screen, GatheringScreen)
        assert any("Ingen læringsmål knyttet" in m for m in notifications(app))
        new_id = app.screen.selected_block().id
        assert store.group(group_id).gatherings[2].block(new_id).goals == []
        # a second one, confirmed with one goal unticked
        await pilot.press("a")
        await pilot.pause()
        choices = app.screen.query_one("#choices", OptionList)
        choices.highlighted = ids.index("buzz")
        await pilot.press("enter")
        await pilot.pause()
        goals = app.screen.query_one("#goals", SelectionList)
        assert goals.get_option_at_index(0).value == suggested[0] == "FKM LM-02"
        await pilot.press("down", "space")  # to the list: untick the first, FKM LM-02
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        second = app.screen.selected_block().id
        assert store.group(group_id).gatherings[2].block(second).goals == suggested[1:]
    store.close()


async def test_a_screen_is_styled_for_its_size_once_as_it_opens(data_dir, example_plan):
    """The size classes (``-narrow``/``-wide``, ``-short``/``-tall``) are set when a screen or a
    dialog is made, so Textual's first Resize finds them right and does not restyle the whole
    screen a second time (~10 ms of opening a group); a later change of the terminal's size
    still switches them."""
    from textual.app import App
    from textual.screen import Screen

    from groupguide.tui.dialogs.gathering_form import GatheringFormDialog

    restyled: list[str] = []
    original = App.update_styles

    def update_styles(self, node, animate=True):
        if isinstance(node, Screen):
            restyled.append(type(node).__name__)
        return original(self, node, animate)

    app = build_app(data_dir, example_plan)
    App.update_styles = update_styles
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await open_group(pilot)
            screen = app.screen
            assert screen.has_class("-wide") and not screen.has_class("-narrow")
            assert restyled.count("GroupScreen") == 1  # as Textual resumes a pushed screen
            await pilot.press("e")  # the gathering's form: a dialog, 40 rows ≥ 30
            await pilot.pause()
            assert isinstance(app.screen, GatheringFormDialog)
            assert app.screen.has_class("-tall") and not app.screen.has_class("-short")
            assert restyled.count("GatheringFormDialog") == 1
            await pilot.press("escape")
            await pilot.resize_terminal(90, 40)
            await pilot.pause()
            assert screen.has_class("-narrow") and not screen.has_class("-wide")
            await pilot.press("enter")  # the gathering, narrower than its breakpoint (140)
            await pilot.pause()
            assert isinstance(app.screen, GatheringScreen)
            assert app.screen.has_class("-narrow") and app.screen.has_class("-tall")
            assert restyled.count("GatheringScreen") == 1
    finally:
        App.update_styles = original
    app.services.store.close()
