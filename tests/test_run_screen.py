"""Pilot tests for run mode: check-in, the timer, ending blocks, phases, speaking order, pairs,
audit figures, notes and the guard, and resuming from the saved state."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from groupguide.domain.model import Attendance
from groupguide.services.workspace import Workspace
from groupguide.store.runstate import RunStateStore
from groupguide.tui.app import make_run_app
from groupguide.tui.screens.checkin import CheckinScreen
from groupguide.tui.screens.run import RunScreen
from tests.tui_helpers import library, open_store

SIZE = (100, 30)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += timedelta(**kwargs)


def plan_copy(example_plan, folder):
    """The example plan (with a known quoting slip in an early version made harmless)."""
    text = example_plan.read_text(encoding="utf-8").replace(
        "title: Velkommen, forventninger og rammer for gruppen,",
        'title: "Velkommen, forventninger og rammer for gruppen",',
    )
    target = folder / "example-plan.yaml"
    target.write_text(text, encoding="utf-8")
    return target


def _app(data_dir, example_plan, gathering_number=3, clock=None, store=None):
    store = store or open_store(data_dir, plan_copy(example_plan, data_dir.parent))
    group = store.groups()[0]
    gathering = group.gatherings[gathering_number - 1]
    clock = clock or Clock(datetime(2026, 12, 2, 9, 0))
    services = Workspace.over(store, library=library(), clock=clock)
    return make_run_app(services, group.id, gathering.id), store, group, gathering, clock


async def _checkin_all(pilot):
    await pilot.pause()
    assert isinstance(pilot.app.screen, CheckinScreen)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, RunScreen)


async def test_checkin_opens_first_and_records_attendance(data_dir, example_plan):
    app, store, group, gathering, clock = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CheckinScreen)
        # first participant absent, second left early at 11:00
        await pilot.press("space")
        await pilot.press("down", "g")
        await pilot.pause()
        await pilot.press(*"11:00", "enter")  # the proposed time is selected: typing replaces
        await pilot.pause()
        assert isinstance(app.screen, CheckinScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)
    saved = store.group(group.id).gathering(gathering.id)
    first, second = group.participants[0].id, group.participants[1].id
    assert saved.attendance[first].status == "absent"
    assert saved.attendance[second].status == "partial"
    assert saved.attendance[second].left.strftime("%H:%M") == "11:00"
    assert all(saved.attendance[p.id].status == "present" for p in group.participants[2:])


async def test_bad_time_keeps_dialog_open_with_message(data_dir, example_plan):
    app, store, group, gathering, clock = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        await pilot.press(*"kl 25", "enter")
        await pilot.pause()
        error = app.screen.query_one("#run-input-error")
        assert "10:30" in str(error.render())
        await pilot.press("escape", "j")  # j: discard what was typed
        await pilot.pause()
        assert isinstance(app.screen, CheckinScreen)


async def test_an_arrival_after_the_end_is_refused_and_changes_nothing(data_dir, example_plan):
    """Arriving at 23:45 would count as present in one place, partial with 0 minutes in
    another and absent in a third: refused, with the gathering's times and the way out."""
    app, store, group, gathering, clock = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        await pilot.press(*"23:45", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CheckinScreen)
        messages = [n.message for n in app._notifications]
        assert any(
            "23:45 er utenfor samlingen" in m and "fraværende (Mellomrom)" in m for m in messages
        )
        first = group.participants[0].id
        assert app.screen.records[first].status == "present"
        await pilot.press("g")
        await pilot.pause()
        await pilot.press(*"06:00", "enter")  # left before it began
        await pilot.pause()
        assert app.screen.records[first].status == "present"


async def test_start_pause_and_end_block_records_held_minutes(data_dir, example_plan):
    app, store, group, gathering, clock = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        screen = app.screen
        await pilot.press("space")
        clock.advance(minutes=12)
        await pilot.press("space")  # pause
        clock.advance(minutes=30)  # paused time does not count
        await pilot.press("space")
        clock.advance(minutes=10, seconds=20)
        await pilot.pause(0.6)
        digits = screen.query_one("RoundTimer Digits")
        assert digits.value == "22:20"
        await pilot.press("n")
        await pilot.pause()
        assert screen.state.index == 1
        assert screen.state.running  # the clock goes on into the next block
    first = store.group(group.id).gathering(gathering.id).blocks[0]
    assert first.held_minutes == 22


async def test_ending_an_unstarted_block_skips_it(data_dir, example_plan):
    app, store, group, gathering, clock = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.state.index == 1
    assert store.group(group.id).gathering(gathering.id).blocks[0].held_minutes is None


async def test_time_gained_by_skipping_is_said_as_such(data_dir, example_plan):
    """A skipped block puts the day ahead of the plan: the line says why, rather than reading
    as a quick pace; a block ended quickly but held says only how far ahead."""
    from groupguide.tui.widgets.run_lines import drift_text

    app, store, group, gathering, clock = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        await pilot.press("n")  # the first block skipped, never started
        await pilot.pause()
        line = drift_text(app.screen.session, clock().timestamp())
        assert "foran planen (1 programpost hoppet over)" in line, line
        await pilot.press("space")
        clock.advance(minutes=1)
        await pilot.press("n")  # the second held for a minute, well under its plan
        await pilot.pause()
        line = drift_text(app.screen.session, clock().timestamp())
        assert "(1 programpost hoppet over)" in line, line
    store.close()


async def test_back_reopens_previous_block(data_dir, example_plan):
    app, store, group, gathering, clock = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        await pilot.press("space")
        clock.advance(minutes=5)
        await pilot.press("n")
        clock.advance(minutes=1)
        await pilot.press("b")
        await pilot.pause()
        screen = app.screen
        assert screen.state.index == 0
        assert screen.state.elapsed(screen.gathering, clock().timestamp()) == 5 * 60
        assert screen.gathering.blocks[0].held_minutes is None


async def test_phases_and_speaking_order_in_case_reflection(data_dir, example_plan):
    app, store, group, gathering, clock = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        await pilot.press("n")  # skip the intro: block 2 is a case reflection
        await pilot.pause()
        screen = app.screen
        assert screen.has_class("-kind-round")
        block = screen._block()
        order = screen._order()
        assert block.presenter not in order and len(order) == len(group.participants) - 1
        await pilot.press("space")
        clock.advance(minutes=3)
        await pilot.press("s", "s")
        await pilot.pause()
        assert screen.state.spoken(screen.gathering) == order[:2]
        await pilot.press("u")
        assert screen.state.spoken(screen.gathering) == order[:1]
        await pilot.press("right")
        await pilot.pause()
        assert screen.state.phase_index(screen.gathering) == 1
        assert screen.state.spoken(screen.gathering) == []  # a new round per phase
        clock.advance(minutes=2)
        assert screen.state.phase_elapsed(screen.gathering, clock().timestamp()) == 120
        prompts = screen.query_one("#run-prompts").text
        phase = screen._phases()[1][0]
        assert phase.prompts[0][:20] in prompts
        await pilot.press("left")
        assert screen.state.phase_index(screen.gathering) == 0


async def test_buzz_pairs_reroll_and_history(data_dir, example_plan):
    app, store, group, gathering, clock = _app(data_dir, example_plan)
    before = len(group.pair_history)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("space")  # Emil Strand absent
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        for _ in range(4):  # to the buzz block
            await pilot.press("n")
        await pilot.pause()
        assert screen.has_class("-kind-buzz") and screen.has_class("-pairs-waiting")
        # the case is presented to the group first (§2.2): no pairs yet, and none to re-roll
        assert screen.state.pairs(screen.gathering) == []
        assert not screen.query_one("#run-pairs").display
        assert screen.check_action("pairs", ()) is False
        await pilot.press("p")
        assert screen.state.pairs(screen.gathering) == []
        await pilot.press("right")  # "To og to": the pairs are drawn among those present
        await pilot.pause()
        assert not screen.has_class("-pairs-waiting") and screen.query_one("#run-pairs").display
        pairs = screen.state.pairs(screen.gathering)
        absent = group.participants[0].id
        members = [m for unit in pairs for m in unit]
        assert absent not in members and len(members) == len(group.participants) - 1
        boxes = screen.query(".pair")
        assert len(boxes) == len(pairs)
        await pilot.press("p")
        await pilot.pause()
        rerolled = screen.state.pairs(screen.gathering)
        assert sorted(m for u in rerolled for m in u) == sorted(members)
        await pilot.press("space")
        clock.advance(minutes=15)
        await pilot.press("n")
        await pilot.pause()
    history = store.group(group.id).pair_history
    assert len(history) == before + len(rerolled)
    assert history[before:] == rerolled


async def _type_figures(pilot, *values: str) -> None:
    for value in values:
        await pilot.press("1")
        await pilot.pause()
        await pilot.press(*value, "enter")
        await pilot.pause()


async def test_audit_figures_show_median_only(data_dir, example_plan):
    app, store, group, gathering, clock = _app(data_dir, example_plan, gathering_number=1)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        screen = app.screen  # gathering 1 is held: go back to its audit block (index 6)
        while screen.state.index > 6:
            await pilot.press("b")
        await pilot.pause()
        assert screen.has_class("-kind-audit")
        await _type_figures(pilot, "4,2", "6", "5,5")
        assert screen.state.figures(screen.gathering, "sick_leave") == [4.2, 5.5, 6.0]
        # typed by hand, like from phones: only how many until the collection ends
        text = str(screen.query_one("#run-audit").render())
        assert "3 tall mottatt" in text and "Median" not in text and "█" not in text
        notices = [str(n.message) for n in app._notifications]
        assert notices and all("5,5" not in n and "6" not in n for n in notices)
        assert any("Tallet er tatt imot (3 tall)" in n for n in notices)
        await pilot.press("s")  # end the collection
        await pilot.pause()
        text = str(screen.query_one("#run-audit").render())
        assert "Median mellom 0 og 10" in text and "6,0" not in text  # three: coarse only
        await _type_figures(pilot, "3", "8")
        assert "Median" not in str(screen.query_one("#run-audit").render())  # hidden again
        await pilot.press("s")
        await pilot.pause()
        # five: finer bins, but the median (5,5: one person's figure) still as its bin
        text = str(screen.query_one("#run-audit").render())
        assert "Median mellom 4 og 6 (5 tall)" in text and "5,5" not in text
        await _type_figures(pilot, "-3", "-8", "-6")
        assert screen.session.figures("sick_leave") == [4.2, 5.5]
        await pilot.press("s")
        await pilot.pause()
        shown = str(screen.query_one("#run-audit").render())
        sick_leave = shown.split("[2]")[0]  # referrals show what the block kept from before
        assert "Median" not in sick_leave and "2 tall lagt inn" in sick_leave


async def test_notes_take_keys_and_guard_masks(data_dir, example_plan):
    app, store, group, gathering, clock = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        screen = app.screen
        await pilot.press("m")
        await pilot.pause()
        assert screen.editing
        await pilot.press(*"n b p ring 912 34 567")  # runner keys typed into the note
        await pilot.pause()
        assert screen.state.index == 0 and not screen.state.running
        editor = screen.query_one("NotesEditor")
        assert editor.has_class("-warning")
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "912 34 567" not in editor.text
        assert not editor.has_class("-warning")
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.editing
        await pilot.press("n")
        await pilot.pause()
        assert screen.state.index == 1
    notes = store.group(group.id).gathering(gathering.id).blocks[0].notes
    assert notes.startswith("n b p ring [telefonnummer fjernet]")


async def test_markup_like_names_are_shown_literally(data_dir, example_plan):
    store = open_store(data_dir, plan_copy(example_plan, data_dir.parent))
    group = store.groups()[0]
    group.participants[1].name = "[/]Ola [@click=app.quit]x"
    store.save_group(group)
    app, store, group, gathering, clock = _app(data_dir, example_plan, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert "[/]Ola" in str(app.screen.query_one("#run-speakers").render())
        assert app.is_running


async def test_resume_from_saved_state(data_dir, example_plan):
    clock = Clock(datetime(2026, 12, 2, 9, 0))
    app, store, group, gathering, _ = _app(data_dir, example_plan, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        await pilot.press("space")
        clock.advance(minutes=21)
        await pilot.press("n")  # block 1 held 21 min, block 2 running
        clock.advance(minutes=7)
        await pilot.pause()
    # the app is gone (as if killed): the saved state has the running segment's start
    state = RunStateStore(data_dir).load(gathering.id)
    assert state.index == 1 and state.running
    clock.advance(minutes=3)
    app2, *_ = _app(data_dir, example_plan, clock=clock, store=store)
    async with app2.run_test(size=SIZE) as pilot:
        await pilot.pause(0.6)
        screen = app2.screen
        assert isinstance(screen, RunScreen)  # attendance already taken: no check-in
        assert screen.state.index == 1
        assert screen.query_one("RoundTimer Digits").value == "10:00"


async def test_attendance_correction_from_runner(data_dir, example_plan):
    app, store, group, gathering, clock = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, CheckinScreen)
        await pilot.press("down", "down", "space", "enter")
        await pilot.pause()
    saved = store.group(group.id).gathering(gathering.id).attendance
    assert saved[group.participants[2].id] == Attendance("absent")


async def test_evaluation_key_greyed_without_feature(data_dir, example_plan, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name.endswith(".evaluation") else real(name, *a),
    )
    app, *_ = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        assert app.screen.check_action("evaluation", ()) is None


@pytest.mark.parametrize("lang", ["nb", "en"])
async def test_projector_toggle(data_dir, example_plan, lang):
    from groupguide.i18n import set_language

    set_language(lang)
    app, *_ = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        await pilot.press("f2")
        await pilot.pause()
        assert app.screen.has_class("-projector")
        assert (
            not app.screen.query_one("#run-notes").display
            or app.screen.query_one("#run-notes").styles.display == "none"
        )


async def test_help_lists_runner_keys_and_escape_closes(data_dir, example_plan):
    from groupguide.tui.dialogs.help import HelpDialog

    app, *_ = _app(data_dir, example_plan)
    async with app.run_test(size=SIZE) as pilot:
        await _checkin_all(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        text = str(app.screen.query_one("Static").render())
        assert "Neste" in text and "Projektor" in text
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")  # close run mode: back to the home screen
        await pilot.pause()
        assert not isinstance(app.screen, RunScreen)
