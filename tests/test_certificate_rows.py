"""A certificate's rows are the participant's own time in each block (trial of issue 11): clipped
to arrival and departure, summing to the credited total, no block missed entirely listed, no
"presented" for a block the presenter came to late."""

from __future__ import annotations

from datetime import date, time

from groupguide.domain.attendance import apportion, attended_minutes
from groupguide.domain.credit import participant_record
from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.people import Participant
from groupguide.domain.timeline import span_text


def _goals():
    from tests.tui_helpers import library

    return library().goals


def _trial() -> tuple[Group, Gathering]:
    """Samling 2 as the trial ran it: 13:43, the introduction skipped, Bjørn presenting."""
    people = [Participant("Bjørn", id="bjorn"), Participant("Cecilie", id="cecilie")]
    gathering = Gathering(
        "Samling 2",
        date=date(2026, 11, 30),
        start=time(9, 0),
        held_date=date(2026, 12, 1),
        held_start=time(13, 43),
        blocks=[
            Block("open-topic", minutes=15, held_minutes=15),
            Block(
                "case-reflection",
                minutes=60,
                held_minutes=65,
                goals=["FKM LM-08", "FKM LM-09"],
                presenters=["bjorn"],
            ),
            Block("av-intro", minutes=30, goals=["FKM LM-06"]),  # skipped
            Block("buzz", minutes=30, held_minutes=28, goals=["FKM LM-05"]),
            Block("evaluation-round", minutes=15, held_minutes=14),
        ],
    )
    gathering.attendance = {
        "bjorn": Attendance("partial", arrived=time(14, 10)),
        "cecilie": Attendance("partial", left=time(15, 20)),
    }
    return Group("G", participants=people, gatherings=[gathering]), gathering


def _rows(group: Group, pid: str):
    record = participant_record(group, group.participant(pid), _goals())
    (item,) = record.attended
    rows = [(span_text(h.start, h.end), h.block.activity, h.minutes) for h in item.blocks]
    return record, item, rows


def test_a_late_arrival_gets_their_own_part_of_each_block_and_the_rows_sum_to_the_total():
    group, gathering = _trial()
    record, item, rows = _rows(group, "bjorn")
    assert rows == [
        ("14:10–15:03", "case-reflection", 53),
        ("15:03–15:31", "buzz", 28),
        ("15:31–15:45", "evaluation-round", 14),
    ]
    assert item.minutes == 95 == sum(m for *_, m in rows)
    assert item.minutes == attended_minutes(gathering, gathering.attendance["bjorn"])
    # he came 12 minutes into the case he was to present: not "presented"
    assert [h.presented for h in item.blocks] == [False, False, False]


def test_an_early_departure_lists_no_block_missed_and_claims_no_goal_under_half():
    group, gathering = _trial()
    record, item, rows = _rows(group, "cecilie")
    assert rows == [
        ("13:43–13:58", "open-topic", 15),
        ("13:58–15:03", "case-reflection", 65),
        ("15:03–15:20", "buzz", 17),
    ]
    assert item.minutes == 97 == sum(m for *_, m in rows)
    # 17 of the buzz exercise's 28 minutes: over half, its goal counts; the round missed entirely
    assert [g.code for g in record.goals] == ["FKM LM-05", "FKM LM-08", "FKM LM-09"]
    gathering.attendance["cecilie"] = Attendance("partial", left=time(15, 10))
    record, item, rows = _rows(group, "cecilie")
    assert rows[-1] == ("15:03–15:10", "buzz", 7)
    assert item.blocks[-1].goals == [] and item.minutes == 87
    assert "FKM LM-05" not in [g.code for g in record.goals]


def test_a_presenter_there_from_the_start_presented():
    group, gathering = _trial()
    gathering.attendance["bjorn"] = Attendance("partial", left=time(15, 20))
    _, item, _ = _rows(group, "bjorn")
    assert [h.presented for h in item.blocks] == [False, True, False]


def test_whole_minutes_add_up_to_the_rounded_total():
    assert apportion([10.4, 10.4, 10.4]) == [11, 10, 10]
    assert apportion([0.5, 0.5]) == [1, 0]
    assert apportion([]) == []
