"""Forms typed quickly fill the fields typed into, and an Enter typed twice opens one screen.

The keys are posted to the app at once, as a fast typist's terminal (or a paste of keystrokes)
delivers them, with no pause between them (``tui.typed_order``). Before, Textual moved the focus
for a Tab only when the Tab had travelled back up to the app, long after the letters typed
after it had gone to the field that still had the focus: "Gruppe 2⇥2027 vår⇥…" all landed in
the name field.
"""

from __future__ import annotations

from datetime import datetime

from textual import events
from textual.widgets import Button, DataTable, Input, TextArea

from groupguide.i18n import t
from groupguide.tui.dialogs.block_form import BlockFormDialog
from groupguide.tui.dialogs.confirm import ConfirmDialog
from groupguide.tui.dialogs.form import FormDialog
from groupguide.tui.dialogs.gathering_form import GatheringFormDialog
from groupguide.tui.dialogs.group_form import GroupFormDialog
from groupguide.tui.dialogs.held_block import HeldBlockDialog
from groupguide.tui.dialogs.participant_form import ParticipantFormDialog
from groupguide.tui.screens.evaluation_results import EvaluationResultsScreen
from groupguide.tui.screens.gathering import GatheringScreen
from groupguide.tui.screens.group import GroupScreen
from groupguide.tui.screens.home import HomeScreen
from groupguide.tui.screens.record import RecordScreen
from tests.test_record_tui import _app, _open_group_plan
from tests.test_tui_planning import open_group
from tests.tui_helpers import build_app, keys_handled

SIZE = (100, 30)


def type_at_once(app, *parts: str) -> None:
    """Post every key at once: a part that names a key ("tab", "enter") is that key, any other
    part is typed character by character."""
    for part in parts:
        if part in (
            "tab",
            "shift+tab",
            "enter",
            "escape",
            "down",
            "up",
            "left",
            "end",
            "backspace",
        ):
            app.post_message(events.Key(part, None))
            continue
        for char in part:
            app.post_message(events.Key("space" if char == " " else char, char))


def values(screen, *ids: str) -> list[str]:
    return [screen.query_one(f"#{field_id}", Input).value for field_id in ids]


def count(app, kind: type) -> int:
    return sum(isinstance(screen, kind) for screen in app.screen_stack)


# -- 1. fast typing fills each field --------------------------------------------------------------


async def test_a_new_group_typed_at_once_lands_field_by_field(data_dir):
    app = build_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # N opens the form from a worker: the letters right after it still reach the form
        type_at_once(
            app, "n", "Gruppe 2", "tab", "2027 vår", "tab", "Åse Økland", "tab", "Bergen kommune"
        )
        await keys_handled(pilot)
        assert isinstance(app.screen, GroupFormDialog)
        assert values(app.screen, "name", "term", "facilitator", "organiser") == [
            "Gruppe 2",
            "2027 vår",
            "Åse Økland",
            "Bergen kommune",
        ]
        type_at_once(app, "enter")
        await keys_handled(pilot)
        assert isinstance(app.screen, HomeScreen)
    group = app.services.groups()[0]
    assert (group.name, group.term, group.facilitator, group.organiser) == (
        "Gruppe 2",
        "2027 vår",
        "Åse Økland",
        "Bergen kommune",
    )
    app.services.store.close()


async def test_shift_tab_typed_at_once_goes_back_a_field(data_dir):
    app = build_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        type_at_once(app, "n", "Gruppe 3", "tab", "tab", "Kari", "shift+tab", "2027 høst")
        await keys_handled(pilot)
        assert values(app.screen, "name", "term", "facilitator") == [
            "Gruppe 3",
            "2027 høst",
            "Kari",
        ]
    app.services.store.close()


async def test_a_new_participant_typed_at_once_lands_field_by_field(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await open_group(pilot, "participants")
        type_at_once(
            app, "n", "Nora Berg", "tab", "nora@example.no", "tab", "Os legekontor", "tab", "Os"
        )
        await keys_handled(pilot)
        assert isinstance(app.screen, ParticipantFormDialog)
        assert values(app.screen, "name", "email", "workplace", "municipality") == [
            "Nora Berg",
            "nora@example.no",
            "Os legekontor",
            "Os",
        ]
    app.services.store.close()


async def test_a_new_gathering_typed_at_once_lands_field_by_field(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await open_group(pilot, "plan")
        type_at_once(app, "n", "Vårsamling", "tab", "12.01.2027", "tab", "09:30", "tab", "14:00")
        await keys_handled(pilot)
        assert isinstance(app.screen, GatheringFormDialog)
        # the fields come with proposals; a field reached with Tab has its text selected
        assert values(app.screen, "date", "start", "end") == ["12.01.2027", "09:30", "14:00"]
        assert app.screen.query_one("#title", Input).value.endswith("Vårsamling")
    app.services.store.close()


async def test_a_block_typed_at_once_lands_field_by_field(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await open_group(pilot)
        # the first gathering, its first block; the title is selected: typing replaces it
        type_at_once(app, "enter", "enter", " og etikk", "tab", "50")
        await keys_handled(pilot)
        assert isinstance(app.screen, BlockFormDialog)
        assert values(app.screen, "title", "minutes") == [" og etikk", "50"]
    app.services.store.close()


async def test_a_held_block_typed_at_once_lands_field_by_field(data_dir, example_plan):
    app, store, _group, _clock = _app(data_dir, example_plan, datetime(2026, 12, 5, 10, 0))
    async with app.run_test(size=SIZE) as pilot:
        await _open_group_plan(pilot, 2)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, RecordScreen)
        app.screen.query_one(DataTable).focus()
        await pilot.pause()
        type_at_once(app, "enter", "13:41", "tab", "40")
        await keys_handled(pilot)
        assert isinstance(app.screen, HeldBlockDialog)
        assert values(app.screen, "start", "minutes") == ["13:41", "40"]
    store.close()


# -- 2. an Enter typed twice opens one screen ------------------------------------------------------


async def test_enter_enter_on_home_opens_the_group_once(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        type_at_once(app, "enter", "enter")
        await keys_handled(pilot)
        # the second Enter reached the group screen: its plan opened the first gathering
        assert [type(s) for s in app.screen_stack] == [HomeScreen, GroupScreen, GatheringScreen]
        type_at_once(app, "escape", "escape")
        await keys_handled(pilot)
        assert isinstance(app.screen, HomeScreen)
    app.services.store.close()


async def test_enter_enter_on_the_plan_opens_the_gathering_once(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await open_group(pilot, "plan")
        type_at_once(app, "enter", "enter", "escape")
        await keys_handled(pilot)
        # the second Enter reached the gathering screen (its first block), Esc closed that form
        assert count(app, GatheringScreen) == 1
        assert isinstance(app.screen, GatheringScreen)
        type_at_once(app, "escape")  # the first Esc on the gathering screen goes back
        await keys_handled(pilot)
        assert isinstance(app.screen, GroupScreen)
    app.services.store.close()


async def test_enter_enter_on_a_gathering_opens_one_block_form(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await open_group(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GatheringScreen)
        type_at_once(app, "down", "enter", "enter")
        await keys_handled(pilot)
        assert count(app, BlockFormDialog) <= 1
        assert isinstance(app.screen, GatheringScreen | BlockFormDialog)
    app.services.store.close()


async def test_enter_enter_on_the_record_opens_one_held_block_dialog(data_dir, example_plan):
    app, store, _group, _clock = _app(data_dir, example_plan, datetime(2026, 12, 5, 10, 0))
    async with app.run_test(size=SIZE) as pilot:
        await _open_group_plan(pilot, 2)
        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one(DataTable).focus()
        await pilot.pause()
        type_at_once(app, "enter", "enter")
        await keys_handled(pilot)
        assert count(app, HeldBlockDialog) <= 1
    store.close()


async def test_an_open_action_for_a_screen_no_longer_on_top_does_nothing(data_dir, example_plan):
    """A second click on the row (its RowSelected message) that was on its way when the first
    one opened the group finds home no longer on top."""
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = app.screen
        home.action_open_group()
        home.action_open_group()
        await keys_handled(pilot)
        assert count(app, GroupScreen) == 1
    app.services.store.close()


# -- 3. Esc on a filled form asks first -----------------------------------------------------------


async def test_esc_on_a_filled_form_asks_before_throwing_it_away(data_dir):
    app = build_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        type_at_once(app, "n", "Gruppe 2", "tab", "2027 vår", "escape")
        await keys_handled(pilot)
        question = app.screen
        assert isinstance(question, ConfirmDialog)
        assert str(question.question) == t("tui.discard.question")
        assert str(question.query_one("#yes", Button).label) == t("tui.discard.action")
        # Enter is on "Fortsett å skrive": back to the form, nothing lost
        type_at_once(app, "enter")
        await keys_handled(pilot)
        assert isinstance(app.screen, GroupFormDialog)
        assert values(app.screen, "name", "term") == ["Gruppe 2", "2027 vår"]
        # Esc Esc typed at once: the second Esc answers the question (keep editing)
        type_at_once(app, "escape", "escape")
        await keys_handled(pilot)
        assert isinstance(app.screen, GroupFormDialog)
        # Avbryt asks too; the named action throws the form away
        type_at_once(app, "escape", "left", "enter")
        await keys_handled(pilot)
        assert isinstance(app.screen, HomeScreen)
    assert app.services.groups() == []
    app.services.store.close()


async def test_the_cancel_button_on_a_filled_form_asks_too(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await open_group(pilot, "participants")
        type_at_once(app, "n", "Nora Berg")
        await keys_handled(pilot)
        await pilot.click("#cancel")
        await keys_handled(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        type_at_once(app, "j")  # yes: discard
        await keys_handled(pilot)
        assert not isinstance(app.screen, ParticipantFormDialog | ConfirmDialog)
    app.services.store.close()


async def test_esc_on_an_unchanged_form_closes_it_at_once(data_dir, example_plan):
    """Every form, opened and left as it was (its proposals and the values it was opened
    with count as unchanged); and a change typed back to what it was."""
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await open_group(pilot, "participants")
        for keys, form in [
            (["n"], ParticipantFormDialog),
            (["e"], ParticipantFormDialog),
            (["2", "n"], GatheringFormDialog),
            (["enter", "enter"], BlockFormDialog),
            (["r"], GatheringFormDialog),  # the gathering's details, on its screen
        ]:
            type_at_once(app, *keys)
            await keys_handled(pilot)
            assert isinstance(app.screen, form), keys
            type_at_once(app, "escape")
            await keys_handled(pilot)
            assert not isinstance(app.screen, FormDialog | ConfirmDialog), keys
        # the block form again: a letter typed and rubbed out is no change
        type_at_once(app, "enter", "end", "x", "backspace", "escape")
        await keys_handled(pilot)
        assert isinstance(app.screen, GatheringScreen)
    app.services.store.close()


async def test_esc_on_a_question_without_typed_input_stays_instant(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        type_at_once(app, "d", "escape")  # delete the group? no
        await keys_handled(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert len(app.services.groups()) == 1
    app.services.store.close()


# -- 4. the results screen opens in the leader's own evaluation ----------------------------------


async def test_a_sentence_typed_on_the_results_screen_lands_in_the_leaders_evaluation(
    data_dir, example_plan
):
    """ "Godt opplegg, kort pause" holds k (co-leaders), p (slips), t (clear) and c (close):
    typed at once, it is text in the first field, not four commands."""
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(120, 40)) as pilot:
        group = app.services.groups()[0]
        screen = EvaluationResultsScreen(group.id, group.gatherings[0].id)
        app.push_screen(screen)
        type_at_once(app, "Godt opplegg, kort pause")
        await keys_handled(pilot)
        assert app.screen is screen
        assert screen.query_one("#results-leader", TextArea).text == "Godt opplegg, kort pause"
    app.services.store.close()
