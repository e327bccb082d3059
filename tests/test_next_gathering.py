"""Home's "next gathering": the first gathering not yet held, with its date, told truthfully on
the days that did not go as planned (held early, held late on another day, skipped, no
gatherings, no dates, a run finished today)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.upcoming import next_gathering, next_gathering_text
from groupguide.i18n import set_language

TODAY = date(2026, 11, 23)


def _gathering(title: str, day: date | None) -> Gathering:
    return Gathering(
        title=title,
        date=day,
        blocks=[Block(activity="buzz", minutes=30), Block(activity="break", minutes=15)],
    )


def _held(gathering: Gathering, on: date | None = None, afterwards: bool = True) -> Gathering:
    """Recorded as held (afterwards, as the record screen does), on ``on`` when not as planned."""
    gathering.held_date = on
    gathering.attendance = {"p1": Attendance("present")}
    for block in gathering.blocks:
        block.held_minutes = block.minutes
        block.recorded_afterwards = afterwards
    return gathering


def _group(*gatherings: Gathering) -> Group:
    return Group(name="G", gatherings=list(gatherings))


def test_the_next_planned_day_after_the_held_ones():
    group = _group(
        _held(_gathering("S1", date(2026, 9, 16))),
        _gathering("S2", date(2026, 12, 2)),
        _gathering("S3", date(2027, 1, 20)),
    )
    found = next_gathering(group, TODAY)
    assert (found.state, found.number, found.day) == ("upcoming", 2, date(2026, 12, 2))
    assert next_gathering_text(found) == "02.12.2026"


def test_a_gathering_held_early_is_not_next_any_more():
    # S2 planned for 2 December, held on 20 November: the next one is S3
    group = _group(
        _gathering("S1", date(2026, 9, 16)),
        _gathering("S2", date(2026, 12, 2)),
        _gathering("S3", date(2027, 1, 20)),
    )
    _held(group.gatherings[0])
    _held(group.gatherings[1], on=date(2026, 11, 20))
    found = next_gathering(group, TODAY)
    assert (found.state, found.gathering.title) == ("upcoming", "S3")
    assert next_gathering_text(found) == "20.01.2027"


def test_a_gathering_held_late_on_another_day_counts_as_held():
    # S2 planned for 21 October, held on 4 November instead (recorded): not overdue
    group = _group(_gathering("S2", date(2026, 10, 21)), _gathering("S3", date(2026, 12, 2)))
    _held(group.gatherings[0], on=date(2026, 11, 4))
    found = next_gathering(group, TODAY)
    assert (found.state, found.gathering.title) == ("upcoming", "S3")


def test_a_past_planned_day_not_held_is_shown_as_overdue_before_the_next():
    # S2's day (21 October) passed with nothing recorded: the leader must see it, not S3
    group = _group(
        _held(_gathering("S1", date(2026, 9, 16))),
        _gathering("S2", date(2026, 10, 21)),
        _gathering("S3", date(2026, 12, 2)),
    )
    found = next_gathering(group, TODAY)
    assert (found.state, found.number) == ("overdue", 2)
    assert next_gathering_text(found) == "21.10.2026 ikke holdt"
    set_language("en")
    assert next_gathering_text(found) == "2026-10-21 not held"


def test_a_held_day_with_blocks_skipped_is_held():
    gathering = _held(_gathering("S1", date(2026, 11, 20)))
    gathering.blocks[1].clear_held()  # the break was skipped
    found = next_gathering(_group(gathering, _gathering("S2", date(2027, 1, 5))), TODAY)
    assert found.gathering.title == "S2"


def test_today_started_and_finished_in_run_mode():
    today = _gathering("S2", TODAY)
    today.blocks.append(Block(activity="case-reflection", minutes=45))
    group = _group(today, _gathering("S3", date(2027, 1, 5)))
    found = next_gathering(group, TODAY)
    assert found.state == "today" and next_gathering_text(found) == "23.11.2026 (i dag)"
    # checked in and the first block held: under way, still today's
    today.attendance = {"p1": Attendance("present")}
    today.blocks[0].held_minutes = 30
    assert next_gathering(group, TODAY).state == "today"
    # run mode went through every block (the rest were skipped): held, S3 is next
    found = next_gathering(group, TODAY, finished={today.id})
    assert (found.state, found.gathering.title) == ("upcoming", "S3")


def test_every_gathering_held_says_so():
    group = _group(_held(_gathering("S1", date(2026, 9, 16))), _held(_gathering("S2", None)))
    found = next_gathering(group, TODAY)
    assert found.state == "all_held" and found.gathering is None
    assert next_gathering_text(found) == "Alle gjennomført"


def test_no_gatherings():
    found = next_gathering(_group(), TODAY)
    assert found.state == "none" and next_gathering_text(found) == "Ingen samlinger"


@pytest.mark.parametrize("dated", [False, True])
def test_no_dates(dated):
    # undated gatherings come after every dated one; with none dated, the first in plan order
    group = _group(_held(_gathering("S1", None)), _gathering("S2", None), _gathering("S3", None))
    if dated:
        group.gatherings.append(_gathering("S4", date(2027, 2, 1)))
        assert next_gathering(group, TODAY).gathering.title == "S4"
        return
    found = next_gathering(group, TODAY)
    assert (found.state, found.number) == ("undated", 2)
    assert next_gathering_text(found) == "Samling 2 uten dato"


def test_the_plan_order_does_not_matter_the_day_does():
    group = _group(_gathering("late", date(2027, 3, 1)), _gathering("early", date(2026, 12, 1)))
    assert next_gathering(group, TODAY).gathering.title == "early"


def test_the_workspace_reads_a_finished_run_and_home_shows_it(data_dir, example_plan):
    """Through the service: a gathering run to its end today in run mode is held."""
    from groupguide.domain.runstate import RunState
    from groupguide.services.workspace import Workspace
    from tests.tui_helpers import library, open_store

    store = open_store(data_dir, example_plan)
    group = store.groups()[0]
    third = group.gatherings[2]  # Samling 3, 2 December: started and run to its end that day
    third.attendance = {p.id: Attendance("present") for p in group.participants}
    third.held_start = time(9, 0)
    third.blocks[0].held_minutes = third.blocks[0].minutes
    store.save_group(group)
    workspace = Workspace.over(store, library=library(), clock=lambda: datetime(2026, 12, 2, 15))
    assert workspace.next_gathering(group).state == "today"
    state = RunState(group_id=group.id, gathering_id=third.id, index=len(third.blocks))
    workspace.runs.save(state)
    assert workspace.next_gathering(group).state == "all_held"
    store.close()
