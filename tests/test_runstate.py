"""The run state machine: timing from stored timestamps, held minutes, drift, rounds, audit,
persistence; and property tests for buzz pairs as run mode uses them."""

from __future__ import annotations

import json
import random
from datetime import time

from hypothesis import given, settings
from hypothesis import strategies as st

from groupguide.domain.activities import Activity, Phase
from groupguide.domain.audit import audit_summary
from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.pairing import used_pairs
from groupguide.domain.people import Participant
from groupguide.domain.rounds import phase_plan, present_now, speaking_order
from groupguide.domain.runstate import RunState
from groupguide.store.runstate import RunStateStore

T0 = 1_800_000_000.0


def make_group(n=6, blocks=None):
    people = [Participant(f"P{i}", id=f"p{i}") for i in range(n)]
    gathering = Gathering(
        "S1",
        blocks=blocks
        or [
            Block("open-topic", "Intro", 30, id="b1"),
            Block("case-reflection", "Case", 60, presenters=["p0"], id="b2"),
            Block("buzz", "Buzz", 20, id="b3"),
        ],
        id="g1",
    )
    return Group("G", participants=people, gatherings=[gathering], id="grp"), gathering


def test_elapsed_counts_running_segments_only():
    group, gathering = make_group()
    state = RunState.begin(group, gathering)
    assert state.elapsed(gathering, T0) == 0
    state.start(gathering, T0)
    assert state.elapsed(gathering, T0 + 90) == 90
    state.pause(gathering, T0 + 100)
    assert state.elapsed(gathering, T0 + 5000) == 100
    state.start(gathering, T0 + 5000)
    assert state.elapsed(gathering, T0 + 5010) == 110
    assert state.elapsed(gathering, T0 - 999) == 100  # a clock set back never goes negative


def test_end_block_records_held_minutes_and_goes_on_running():
    group, gathering = make_group()
    state = RunState.begin(group, gathering)
    state.start(gathering, T0)
    ended = state.end_block(group, gathering, T0 + 34 * 60 + 20)
    assert ended is gathering.blocks[0] and ended.held_minutes == 34
    assert state.index == 1 and state.running and state.block_id == "b2"
    assert state.elapsed(gathering, T0 + 34 * 60 + 80) == 60
    assert state.drift_minutes(gathering, T0 + 34 * 60 + 80) == 4


def test_expected_end_is_never_before_the_clock_plus_what_is_left():
    """A gathering planned 09:00–10:50 that starts at 13:41: short blocks put it "ahead" of
    the plan, but it cannot end before 13:41 plus the programme still to come."""
    group, gathering = make_group()
    gathering.start = time(9, 0)
    state = RunState.begin(group, gathering)
    state.start(gathering, T0)
    state.end_block(group, gathering, T0 + 60)  # a 30-minute block ended after 1 minute
    assert state.drift_minutes(gathering, T0 + 120) == -29
    planned_end = 9 * 60 + 110
    assert state.expected_end_minute(gathering, T0 + 120) == planned_end - 29
    # 13:43, one minute into the 60-minute case: 59 + 20 minutes are left
    assert state.expected_end_minute(gathering, T0 + 120, 13 * 60 + 43) == 13 * 60 + 43 + 79
    # on time in the morning, the plan (with its drift) is what counts
    assert state.expected_end_minute(gathering, T0 + 120, 9 * 60 + 2) == planned_end - 29


def test_a_day_begun_hours_before_its_plan_ends_by_the_clock():
    """Planned 09:00, begun 04:37 (another day, an early start): the expected end is the clock
    plus what is left, not the planned end, so it agrees with the next block's real time."""
    group, gathering = make_group()
    gathering.start = time(9, 0)
    gathering.held_start = time(4, 37)
    state = RunState.begin(group, gathering)
    state.start(gathering, T0)
    # 04:38, one minute into the 30-minute first block: 29 + 60 + 20 minutes are left
    assert state.expected_end_minute(gathering, T0 + 60, 4 * 60 + 38) == 4 * 60 + 38 + 109
    # begun ten minutes early: the plan (with its drift) still counts
    gathering.held_start = time(8, 50)
    assert state.expected_end_minute(gathering, T0 + 60, 8 * 60 + 51) == 9 * 60 + 110


def test_skipped_block_is_not_held_and_back_resumes():
    group, gathering = make_group()
    state = RunState.begin(group, gathering)
    ended = state.end_block(group, gathering, T0)
    assert ended.held_minutes is None
    state.start(gathering, T0)
    state.end_block(group, gathering, T0 + 600)
    assert gathering.blocks[1].held_minutes == 10
    back = state.back(gathering, T0 + 660)
    assert back is gathering.blocks[1] and back.held_minutes is None
    assert state.elapsed(gathering, T0 + 660) == 600  # the minute in block 3 stays there
    assert state.blocks["b3"].seconds == 60


def test_finished_and_begin_skips_held_blocks():
    group, gathering = make_group()
    gathering.blocks[0].held_minutes = 30
    state = RunState.begin(group, gathering)
    assert state.index == 1
    state.start(gathering, T0)
    for _ in range(2):
        state.end_block(group, gathering, T0 + 1200)
    assert state.finished(gathering) and not state.running
    assert state.current_block(gathering) is None
    assert not state.start(gathering, T0)


def test_phases_have_their_own_time_and_rounds():
    group, gathering = make_group()
    state = RunState.begin(group, gathering)
    state.end_block(group, gathering, T0)
    state.start(gathering, T0)
    order = speaking_order([p.id for p in group.participants], gathering.blocks[1], 1)
    assert "p0" not in order and order[0] == "p2"  # presenter out, start rotates
    assert state.mark_spoken(gathering, order) == "p2"
    assert state.set_phase(gathering, 1, 6, T0 + 300)
    assert state.spoken(gathering) == []
    assert state.phase_elapsed(gathering, T0 + 360) == 60
    assert state.set_phase(gathering, 0, 6, T0 + 400)
    assert state.phase_elapsed(gathering, T0 + 400) == 300
    assert not state.set_phase(gathering, 6, 6, T0 + 400)


def test_phase_plan_scales_to_block():
    activity = Activity(
        "case-reflection", "K", 60, phases=(Phase("a", "A", 10), Phase("b", "B", 50))
    )
    plan = phase_plan(activity, Block("case-reflection", minutes=30))
    assert [m for _, m in plan] == [5, 25]


def test_present_now_respects_arrival_and_departure():
    group, gathering = make_group(4)
    gathering.attendance = {
        "p0": Attendance("absent"),
        "p1": Attendance("partial", arrived=time(10, 0)),
        "p2": Attendance("partial", left=time(11, 0)),
        "p3": Attendance("present"),
    }
    assert present_now(group, gathering, 9 * 60) == ["p2", "p3"]
    assert present_now(group, gathering, 10 * 60 + 30) == ["p1", "p2", "p3"]
    assert present_now(group, gathering, 11 * 60) == ["p1", "p3"]


def test_pairs_go_into_history_only_when_the_block_was_held():
    group, gathering = make_group()
    state = RunState.begin(group, gathering)
    state.index = 2
    state.block_id = "b3"
    pairs = state.roll_pairs(group, gathering, [p.id for p in group.participants], random.Random(1))
    state.start(gathering, T0)
    state.end_block(group, gathering, T0 + 900)
    assert group.pair_history == pairs


def test_audit_summary_is_anonymous_and_waits_for_three():
    assert not audit_summary([4.0, 5.0]).shown
    assert audit_summary([4.0, 5.0]).median_range is None
    summary = audit_summary([6.0, 2.0, 4.0, 10.0])
    # below five figures: coarse bins on a round grid (0–10 and 10–20 would leave 10 alone),
    # the median as its bin, no minimum or maximum
    assert summary.shown and summary.count == 4
    assert summary.median_range == (0.0, 20.0)
    assert summary.bins == ((0.0, 20.0, 4),)
    same = audit_summary([3.0, 3.0, 3.0])
    assert same.bins == ((0.0, 10.0, 3),) and same.median_range == (0.0, 10.0)
    five = audit_summary([6.0, 2.0, 4.0, 10.0, 5.0])
    # the exact median (5, one person's figure) is kept nowhere: only its bin
    assert "median" not in {f for f in vars(five) if f != "median_range"}
    assert five.median_range == (4.0, 6.0)
    step = five.bins[0][1] - five.bins[0][0]
    assert all(low / step == int(low / step) for low, _, _ in five.bins)  # a round grid


def test_figures_are_stored_sorted():
    group, gathering = make_group()
    state = RunState.begin(group, gathering)
    for value in (5.0, 1.0, 3.0):
        state.add_figure(gathering, "sick_leave", value)
    assert state.figures(gathering, "sick_leave") == [1.0, 3.0, 5.0]
    assert state.remove_figure(gathering, "sick_leave", 3.0)
    assert not state.remove_figure(gathering, "sick_leave", 3.0)


def test_round_trip_and_store(tmp_path):
    group, gathering = make_group()
    state = RunState.begin(group, gathering)
    state.start(gathering, T0)
    state.end_block(group, gathering, T0 + 700)
    state.set_phase(gathering, 2, 6, T0 + 800)
    state.add_figure(gathering, "referrals", 2.5)
    again = RunState.from_dict(json.loads(json.dumps(state.to_dict())))
    assert again == state
    runs = RunStateStore(tmp_path)
    runs.save(state)
    assert runs.load("g1") == state
    assert not list((tmp_path / "runs").glob(".*"))  # no temp file left
    (tmp_path / "runs" / "g1.json").write_text("{not json", encoding="utf-8")
    assert runs.load("g1") is None
    assert runs.load("missing") is None
    runs.delete("g1")
    runs.delete("g1")


def test_reconcile_follows_the_block_id():
    group, gathering = make_group()
    state = RunState.begin(group, gathering)
    state.end_block(group, gathering, T0)
    gathering.blocks.insert(0, Block("open-topic", "New", 10, id="b0"))
    state.reconcile(gathering)
    assert state.index == 2 and state.block_id == "b2"


# -- property tests: pairs as run mode makes them -------------------------------------------------


def all_pairings(people):
    """Every partition into pairs (one trio if odd) — brute force for small groups."""
    if not people:
        yield []
        return
    if len(people) == 3:
        yield [tuple(people)]
    first, rest = people[0], people[1:]
    for i, other in enumerate(rest):
        remaining = rest[:i] + rest[i + 1 :]
        if len(remaining) % 2 == 1 and len(remaining) < 3:
            continue
        for tail in all_pairings(remaining):
            yield [(first, other)] + tail
    if len(people) % 2 == 1 and len(people) > 3:
        for i, a in enumerate(rest):
            for b in rest[i + 1 :]:
                remaining = [p for p in rest if p not in (a, b)]
                for tail in all_pairings(remaining):
                    if all(len(u) == 2 for u in tail):
                        yield [(first, a, b)] + tail


@st.composite
def runs(draw):
    n = draw(st.integers(2, 9))
    group, gathering = make_group(n, blocks=[Block("buzz", "Buzz", 20, id="bz")])
    ids = [p.id for p in group.participants]
    absent = draw(st.lists(st.sampled_from(ids), unique=True, max_size=max(0, n - 2)))
    gathering.attendance = {
        pid: Attendance("absent" if pid in absent else "present") for pid in ids
    }
    history = draw(
        st.lists(st.lists(st.sampled_from(ids), min_size=2, max_size=3, unique=True), max_size=8)
    )
    group.pair_history = history
    return group, gathering, draw(st.integers(0, 10_000)), draw(st.integers(0, 3))


@given(runs())
@settings(max_examples=120, deadline=None)
def test_pairs_cover_present_exactly_once_and_never_absent(run):
    group, gathering, seed, rerolls = run
    present = present_now(group, gathering)
    state = RunState.begin(group, gathering)
    rng = random.Random(seed)
    for _ in range(rerolls + 1):
        pairs = state.roll_pairs(group, gathering, present, rng)
        members = [m for unit in pairs for m in unit]
        assert sorted(members) == sorted(present)
        absent = {pid for pid, a in gathering.attendance.items() if a.status == "absent"}
        assert not absent & set(members)
        if len(present) >= 2:
            assert all(len(u) in (2, 3) for u in pairs)
            assert sum(1 for u in pairs if len(u) == 3) == len(present) % 2 or len(present) == 3


@given(runs())
@settings(max_examples=80, deadline=None)
def test_no_repeated_pair_while_an_unused_pairing_exists(run):
    group, gathering, seed, rerolls = run
    present = present_now(group, gathering)
    used = used_pairs(group.pair_history)
    state = RunState.begin(group, gathering)
    rng = random.Random(seed)
    for _ in range(rerolls + 1):  # re-rolls too: never at the cost of the term's history
        pairs = state.roll_pairs(group, gathering, present, rng)
        repeated = [p for p in used_pairs(pairs) if p in used]
        if repeated:
            fresh_exists = any(
                not [p for p in used_pairs(option) if p in used] for option in all_pairings(present)
            )
            assert not fresh_exists, (present, group.pair_history, pairs)


def _costs(pairing, half_year, on_screen):
    pairs = used_pairs(pairing)
    return len(pairs & half_year), len(pairs & on_screen)


@given(runs())
@settings(max_examples=80, deadline=None)
def test_reroll_avoids_the_half_year_first_then_the_screen(run):
    """Every re-roll in one block is optimal against brute force: the fewest pairs already used
    in the half-year (the group's pair history), and among such pairings the fewest of the pairs
    on screen. A pair on screen is never avoided at the cost of a half-year repeat."""
    group, gathering, seed, rerolls = run
    present = present_now(group, gathering)
    half_year = used_pairs(group.pair_history)
    state = RunState.begin(group, gathering)
    rng = random.Random(seed)
    on_screen: set = set()
    for _ in range(rerolls + 2):
        pairs = state.roll_pairs(group, gathering, present, rng)
        best = min(_costs(option, half_year, on_screen) for option in all_pairings(present))
        assert _costs(pairs, half_year, on_screen) == best, (present, group.pair_history, pairs)
        on_screen = used_pairs(pairs)


def test_reroll_keeps_clear_of_the_half_year_when_the_screen_cannot_be_avoided():
    """Six people whose history leaves exactly one fresh pairing: re-rolling shows it again
    (as the fewest half-year repeats) rather than trading a half-year pair for a new face."""
    group, gathering = make_group(6, blocks=[Block("buzz", "Buzz", 20, id="bz")])
    fresh = [["p0", "p1"], ["p2", "p3"], ["p4", "p5"]]
    everyone = [p.id for p in group.participants]
    group.pair_history = [
        [a, b]
        for i, a in enumerate(everyone)
        for b in everyone[i + 1 :]
        if sorted([a, b]) not in [sorted(u) for u in fresh]
    ]
    state = RunState.begin(group, gathering)
    first = state.roll_pairs(group, gathering, everyone, random.Random(1))
    again = state.roll_pairs(group, gathering, everyone, random.Random(2))
    assert used_pairs(first) == used_pairs(again) == used_pairs(fresh)


def test_reroll_changes_the_screen_within_the_fewest_half_year_repeats():
    """Eight people who have met in every pair but one pairing's worth: when no fresh pairing
    is left, the re-roll still keeps the half-year repeats at their minimum and moves away
    from the pairs just shown."""
    group, gathering = make_group(8, blocks=[Block("buzz", "Buzz", 20, id="bz")])
    everyone = [p.id for p in group.participants]
    group.pair_history = [[a, b] for i, a in enumerate(everyone) for b in everyone[i + 1 :]]
    half_year = used_pairs(group.pair_history)
    state = RunState.begin(group, gathering)
    for seed in range(5):
        shown = used_pairs(state.pairs(gathering))
        pairs = state.roll_pairs(group, gathering, everyone, random.Random(seed))
        assert len(used_pairs(pairs) & half_year) == 4  # everyone has met: 4 repeats at best
        assert not used_pairs(pairs) & shown


def test_brute_force_enumerator_is_complete():
    assert len(list(all_pairings(list("abcd")))) == 3
    assert len(list(all_pairings(list("abcdef")))) == 15
    assert len(list(all_pairings(list("abcde")))) == 10  # choose the trio's partner pair


def test_reroll_changes_pairs_when_possible():
    group, gathering = make_group(8, blocks=[Block("buzz", "Buzz", 20, id="bz")])
    state = RunState.begin(group, gathering)
    present = [p.id for p in group.participants]
    first = state.roll_pairs(group, gathering, present, random.Random(3))
    second = state.roll_pairs(group, gathering, present, random.Random(4))
    assert not used_pairs(first) & used_pairs(second)
