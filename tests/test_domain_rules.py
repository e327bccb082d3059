from datetime import date, time

import pytest

from groupguide.domain.attendance import attended_minutes, gathering_minutes, present_ids
from groupguide.domain.coverage import coverage
from groupguide.domain.goals import Goal, GoalCatalogue, normalise_code
from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.people import Participant
from groupguide.domain.problems import DomainError
from groupguide.domain.rules import (
    HALF_YEAR_DAYS,
    SPAN_MARGIN_DAYS,
    PlanningRules,
    add_participant,
    days_problems,
    half_year_span,
    planned_days,
    size_hints,
    span_problems,
)
from groupguide.domain.schedule import overrun_minutes, schedule


def _group(n: int) -> Group:
    group = Group(name="G")
    for i in range(n):
        add_participant(group, Participant(name=f"P{i}"))
    return group


def test_thirteenth_participant_refused_naming_the_cap():
    group = _group(12)
    with pytest.raises(DomainError) as err:
        add_participant(group, Participant(name="Nr 13"))
    assert "12" in str(err.value)
    assert len(group.participants) == 12


def test_more_than_eight_gives_hint_about_ideal():
    assert size_hints(_group(8)) == []
    hints = size_hints(_group(9))
    assert hints and hints[0].severity == "hint" and "8" in hints[0].message


def test_duplicate_and_empty_names_refused():
    group = _group(1)
    with pytest.raises(DomainError):
        add_participant(group, Participant(name=" p0 "))
    with pytest.raises(DomainError):
        add_participant(group, Participant(name="  "))


def test_cap_is_configurable():
    group = _group(3)
    with pytest.raises(DomainError) as err:
        add_participant(group, Participant(name="x"), PlanningRules(max_participants=3))
    assert "3" in str(err.value)


def _gathering(*minutes: int, start=time(9, 0), **kw) -> Gathering:
    return Gathering(
        title="S", start=start, blocks=[Block(activity="buzz", minutes=m) for m in minutes], **kw
    )


def test_clock_times_follow_start_and_minutes():
    rows = schedule(_gathering(30, 45, 20))
    assert [(r.start, r.end) for r in rows] == [
        (time(9, 0), time(9, 30)),
        (time(9, 30), time(10, 15)),
        (time(10, 15), time(10, 35)),
    ]


def test_pinned_block_gap_and_clash_are_shown_not_resolved():
    gathering = _gathering(30, 60, 30)
    gathering.blocks[1].pinned = time(10, 0)  # gap of 30 after the first block
    gathering.blocks[2].pinned = time(10, 30)  # clash: previous ends 11:00
    rows = schedule(gathering)
    assert rows[1].gap_minutes == 30 and rows[1].start == time(10, 0)
    assert rows[2].clash_minutes == 30 and rows[2].start == time(10, 30)


def test_overrun_against_end_time():
    assert overrun_minutes(_gathering(60, 60, end=time(10, 30))) == 30
    assert overrun_minutes(_gathering(60, end=time(10, 30))) == 0


def test_planned_days_exclude_breaks_and_warn_outside_range():
    group = Group(name="G", gatherings=[_gathering(360), _gathering(180)])
    group.gatherings[0].blocks.append(Block(activity="break", minutes=45))
    assert planned_days(group) == 1.5
    assert days_problems(group)[0].severity == "warning"
    group.gatherings.append(_gathering(360))
    assert planned_days(group) == 2.5 and days_problems(group) == []
    assert planned_days(group, PlanningRules(day_minutes=450)) == 2.0


def _dated(*days: date | None) -> Group:
    return Group(name="G", gatherings=[_gathering(120, date=d) for d in days])


def test_gatherings_within_about_half_a_year_pass():
    # a usual autumn: September to early December, and a full half-year with its margin
    assert span_problems(_dated(date(2026, 9, 16), date(2026, 10, 21), date(2026, 12, 2))) == []
    limit = HALF_YEAR_DAYS + SPAN_MARGIN_DAYS
    first = date(2026, 8, 17)
    assert span_problems(_dated(first, date.fromordinal(first.toordinal() + limit))) == []
    # fewer than two dated gatherings: nothing to span
    assert half_year_span(_dated(date(2026, 9, 16), None, None)) is None
    assert span_problems(_dated(None, None)) == []


def test_gatherings_eighteen_months_apart_get_a_warning_naming_the_dates():
    group = _dated(date(2026, 9, 16), None, date(2028, 3, 15), date(2026, 10, 21))
    span = half_year_span(group)
    assert (span.first, span.last) == (date(2026, 9, 16), date(2028, 3, 15))
    assert span.too_long and round(span.months) == 18
    [problem] = span_problems(group)
    assert problem.severity == "warning" and problem.field == "gatherings"
    assert "16.09.2026" in problem.message and "15.03.2028" in problem.message
    assert "halvåret" in problem.message
    limit = HALF_YEAR_DAYS + SPAN_MARGIN_DAYS
    first = date(2026, 8, 17)
    assert span_problems(_dated(first, date.fromordinal(first.toordinal() + limit + 1)))


def test_the_half_year_warning_is_part_of_validation_and_in_english():
    from groupguide.domain.activities import ActivityLibrary
    from groupguide.domain.rules import validate_group
    from groupguide.i18n import set_language

    group = _dated(date(2026, 1, 10), date(2026, 12, 1))
    found = validate_group(group, GoalCatalogue([]), ActivityLibrary())
    assert [p.key for p in found if p.key == "domain.span.too_long"]
    set_language("en")
    try:
        [problem] = span_problems(group)
        assert "2026-01-10" in problem.message and "half-year" in problem.message
    finally:
        set_language("nb")


def test_attendance_minutes_present_absent_partial_late():
    gathering = _gathering(60, 60, 60)
    gathering.blocks.insert(1, Block(activity="break", minutes=30))  # 10:00-10:30
    assert gathering_minutes(gathering) == 180
    assert attended_minutes(gathering, Attendance("present")) == 180
    assert attended_minutes(gathering, Attendance("absent")) == 0
    assert attended_minutes(gathering, None) == 0
    assert attended_minutes(gathering, Attendance("partial", minutes=100)) == 100
    assert attended_minutes(gathering, Attendance("partial", minutes=999)) == 180
    # arrived 10:15 (during the break): misses the first block only
    assert attended_minutes(gathering, Attendance("present", arrived=time(10, 15))) == 120
    # left 11:00: first block + half of the second programme block
    assert attended_minutes(gathering, Attendance("partial", left=time(11, 0))) == 90


def test_attendance_counts_only_held_blocks_once_held():
    gathering = _gathering(60, 60, 60)
    gathering.blocks[0].held_minutes = 70
    gathering.blocks[1].held_minutes = 50
    assert gathering_minutes(gathering) == 120
    assert attended_minutes(gathering, Attendance("present")) == 120


def test_present_ids_before_and_after_check_in():
    group = _group(3)
    gathering = _gathering(30)
    assert present_ids(group, gathering) == [p.id for p in group.participants]
    gathering.attendance = {
        group.participants[0].id: Attendance("absent"),
        group.participants[1].id: Attendance("present"),
    }
    assert present_ids(group, gathering) == [group.participants[1].id]


def test_goal_codes_tolerate_spellings():
    assert normalise_code("FKM LM-02") == normalise_code("LM 02") == normalise_code("lm-02")
    assert normalise_code("Del 1 KLK- 017") == normalise_code("KLK-017")
    assert normalise_code("KLK-017") != normalise_code("LM-17")


def test_coverage_planned_vs_held_and_share():
    goals = GoalCatalogue(
        [
            Goal("FKM LM-02", "a", "FKM", "Etikk", True),
            Goal("FKM LM-03", "b", "FKM", "Etikk", True),
            Goal("FKM LM-53", "c", "FKM", "X", False),
        ]
    )
    g1 = Gathering(
        title="1",
        date=date(2027, 2, 3),
        blocks=[
            Block(activity="buzz", goals=["LM-02"], held_minutes=20),
            Block(activity="buzz", goals=["FKM LM-53"]),
        ],
    )
    g2 = Gathering(title="2", blocks=[Block(activity="buzz", goals=["FKM LM-03"])])
    cov = coverage(Group(name="G", gatherings=[g1, g2]), goals)
    assert cov.recommended == ["FKM LM-02", "FKM LM-03"]
    assert cov.planned_share == 1.0 and cov.held_share == 0.5
    assert cov.recommended_missing == [] and cov.recommended_held == ["FKM LM-02"]
    planned, held = cov.cell("FKM LM-02", g1.id)
    assert planned == held == [g1.blocks[0]]
    assert cov.cell("FKM LM-03", g1.id) == ([], [])


def test_group_dict_round_trip():
    group = _group(2)
    gathering = _gathering(30, 40)
    gathering.date = date(2027, 3, 1)
    gathering.blocks[0].pinned = time(9, 0)
    gathering.attendance = {group.participants[0].id: Attendance("partial", 20, left=time(9, 20))}
    group.gatherings.append(gathering)
    group.pair_history.append([p.id for p in group.participants])
    assert Group.from_dict(group.to_dict()) == group
