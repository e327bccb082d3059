"""The record of a gathering as it was held (issue 11): real intervals, credit against them, the
half-year status, recording afterwards, run mode's real times, the stored shape of schema 1,
and plan files that say what is wrong the way the app does."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import pytest

from groupguide.domain.attendance import attendance_status, attended_minutes
from groupguide.domain.credit import half_year_status, participant_record
from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.people import Participant
from groupguide.domain.problems import DomainError
from groupguide.domain.record import DayRecord, HeldEntry, apply_record, current_record
from groupguide.domain.runstate import RunState
from groupguide.domain.timeline import held_intervals, outside_day, place, span_text
from groupguide.plans import parse_plan
from groupguide.yamlsource import parse_yaml


def _day(*blocks: Block, **kw) -> Gathering:
    return Gathering("S", date=date(2026, 10, 21), start=time(9, 0), blocks=list(blocks), **kw)


def _spans(gathering: Gathering) -> list[str]:
    return [span_text(r.start, r.end) for r in held_intervals(gathering)]


# -- real intervals -------------------------------------------------------------------------------


def test_a_day_that_began_late_prints_its_real_times_not_the_planned_ones():
    gathering = _day(
        Block("av-intro", minutes=20, held_minutes=29),
        Block("buzz", minutes=60, held_minutes=60),
        held_date=date(2026, 10, 21),
        held_start=time(13, 41),
    )
    assert _spans(gathering) == ["13:41–14:10", "14:10–15:10"]


def test_a_skipped_pinned_lunch_invents_no_gap():
    gathering = _day(
        Block("buzz", minutes=60, held_minutes=60),
        Block("break", "Lunsj", minutes=30, pinned=time(11, 30)),  # skipped
        Block("audit", minutes=2, held_minutes=2),
    )
    assert _spans(gathering) == ["09:00–10:00", "10:00–10:02"]


def test_recorded_times_stand_and_a_paused_block_keeps_its_wall_clock_span():
    gathering = _day(
        Block(
            "buzz",
            minutes=20,
            held_minutes=20,
            held_start=datetime(2026, 10, 21, 22, 40),
            held_end=datetime(2026, 10, 21, 23, 10),  # paused 10 minutes
        ),
        Block("av-intro", minutes=30, held_minutes=30),  # laid out after it
    )
    assert _spans(gathering) == ["22:40–23:10", "23:10–23:40"]


def test_clock_times_are_placed_on_the_day_as_held_past_midnight_too():
    gathering = _day(held_date=date(2026, 10, 22), held_start=time(22, 40))
    assert place(gathering, time(0, 30)) == datetime(2026, 10, 23, 0, 30)
    assert place(gathering, time(22, 30)) == datetime(2026, 10, 22, 22, 30)  # came early
    assert place(gathering, time(9, 40)) == datetime(2026, 10, 23, 9, 40)  # the next morning


# -- credit from the real intervals ----------------------------------------------------------------


def _night() -> tuple[Group, Gathering]:
    """Held 22:40–00:40: a 60-minute case, then a 60-minute buzz exercise past midnight."""
    people = [Participant(n, id=n.lower()) for n in ("Kari", "Ola", "Per", "Siv")]
    gathering = _day(
        Block(
            "case-reflection",
            minutes=60,
            goals=["FKM LM-02"],
            held_minutes=60,
            held_start=datetime(2026, 10, 22, 22, 40),
            held_end=datetime(2026, 10, 22, 23, 40),
        ),
        Block(
            "buzz",
            minutes=60,
            goals=["FKM LM-26"],
            held_minutes=60,
            held_start=datetime(2026, 10, 22, 23, 40),
            held_end=datetime(2026, 10, 23, 0, 40),
        ),
        held_date=date(2026, 10, 22),
        held_start=time(22, 40),
        id="night",
    )
    gathering.attendance = {
        "kari": Attendance("present"),
        "ola": Attendance("partial", arrived=time(9, 40)),  # the planned frame: after the night
        "per": Attendance("partial", left=time(0, 10)),  # after midnight
        "siv": Attendance("partial", arrived=time(23, 10)),
    }
    return Group("G", participants=people, gatherings=[gathering]), gathering


def test_arrival_and_departure_against_the_real_intervals():
    group, gathering = _night()
    minutes = {pid: attended_minutes(gathering, rec) for pid, rec in gathering.attendance.items()}
    assert minutes == {"kari": 120, "ola": 0, "per": 90, "siv": 90}


def test_someone_there_for_no_minute_is_absent_in_every_document():
    group, gathering = _night()
    assert attendance_status(gathering, "ola") == "absent"
    assert attendance_status(gathering, "per") == "partial"
    record = participant_record(group, group.participant("ola"), _goals())
    assert record.attended == [] and [n for n, _ in record.missed] == [1]


def test_a_block_counts_for_the_goals_when_there_for_half_of_it():
    group, gathering = _night()
    per = participant_record(group, group.participant("per"), _goals())
    siv = participant_record(group, group.participant("siv"), _goals())
    # Per left 00:10: the whole case, 30 of the buzz exercise's 60 minutes (half: it counts)
    assert [h.block.activity for h in per.attended[0].blocks] == ["case-reflection", "buzz"]
    # Siv came 23:10: 30 of the case's 60 (half: counts) and the whole buzz exercise
    assert [h.block.activity for h in siv.attended[0].blocks] == ["case-reflection", "buzz"]
    assert [span_text(h.start, h.end) for h in per.attended[0].blocks] == [
        "22:40–23:40",
        "23:40–00:10",  # his own part: he left 00:10
    ]


def test_leaving_early_gives_no_credit_for_what_came_after():
    gathering = _day(
        Block("buzz", minutes=60, held_minutes=60),
        Block("audit", minutes=60, held_minutes=60),
        held_start=time(13, 0),
    )
    assert attended_minutes(gathering, Attendance("partial", left=time(14, 0))) == 60


def test_a_paused_block_is_worth_its_held_minutes_in_proportion():
    gathering = _day(
        Block(
            "buzz",
            minutes=40,
            held_minutes=40,
            held_start=datetime(2026, 10, 21, 9, 0),
            held_end=datetime(2026, 10, 21, 10, 20),  # 80 minutes on the wall, 40 held
        )
    )
    assert attended_minutes(gathering, Attendance("partial", arrived=time(9, 40))) == 20


def _goals():
    from tests.tui_helpers import library

    return library().goals


# -- the half-year's status -----------------------------------------------------------------------


def test_status_counts_the_half_year_names_the_missed_and_is_provisional_until_the_last():
    group, night = _night()
    later = Gathering("Vår", date=date(2027, 1, 13), blocks=[Block("buzz", minutes=30)])
    group.gatherings.append(later)
    status = half_year_status(group, "ola")
    assert (status.attended, status.total, status.held) == (0, 2, 1)
    assert [g.title for _, g in status.missed] == ["S"]
    assert status.provisional and [g.title for _, g in status.remaining] == ["Vår"]
    later.attendance = {"ola": Attendance("present")}
    status = half_year_status(group, "ola")
    assert (status.attended, status.provisional) == (1, False)


# -- recording afterwards -------------------------------------------------------------------------


def _plan() -> Gathering:
    return _day(
        Block("av-intro", "Intro", 20, id="a"),
        Block("break", "Lunsj", 30, pinned=time(10, 0), id="b"),
        Block("buzz", "Buzz", 20, id="c"),
    )


def test_a_day_recorded_on_paper_past_midnight():
    gathering = _plan()
    record = current_record(gathering, date(2026, 10, 25))
    assert [e.minutes for e in record.entries] == [20, 30, 20]  # as planned, to correct
    record.day, record.start = date(2026, 10, 22), time(23, 50)
    record.entries[1] = HeldEntry("b", None)  # the lunch was skipped
    changed = apply_record(gathering, record)
    assert changed == ["a", "c"]
    assert _spans(gathering) == ["23:50–00:10", "00:10–00:30"]
    assert gathering.blocks[2].held_start == datetime(2026, 10, 23, 0, 10)
    assert all(b.recorded_afterwards for b in gathering.blocks if b.held)
    assert (gathering.held_date, gathering.held_start) == (date(2026, 10, 22), time(23, 50))


def test_a_block_before_the_one_before_it_ends_is_refused_and_nothing_changes():
    gathering = _plan()
    record = DayRecord(
        date(2026, 10, 21),
        time(9, 0),
        [HeldEntry("a", 20), HeldEntry("b", None), HeldEntry("c", 20, time(9, 10))],
    )
    with pytest.raises(DomainError) as error:
        apply_record(gathering, record)
    assert "«Buzz» starter 09:10, før forrige programpost slutter (09:20)" in str(error.value)
    record.entries = [HeldEntry("a", 20, time(8, 30))]
    with pytest.raises(DomainError) as error:
        apply_record(gathering, record)
    assert "før samlingen startet (09:00)" in str(error.value)
    assert not any(b.held for b in gathering.blocks)


def test_a_run_record_left_unchanged_keeps_its_times_and_is_not_marked():
    group, gathering = _night()
    record = current_record(gathering, date(2026, 10, 30))
    assert record.entries[1] == HeldEntry(gathering.blocks[1].id, 60, time(23, 40), time(0, 40))
    changed = apply_record(gathering, record)
    assert changed == [] and not any(b.recorded_afterwards for b in gathering.blocks)
    # moved to another day, the clock times stay and the dates follow
    record.day = date(2026, 10, 23)
    apply_record(gathering, record)
    assert gathering.blocks[1].held_end == datetime(2026, 10, 24, 0, 40)


# -- run mode's real times --------------------------------------------------------------------------


def test_run_mode_records_the_day_and_each_block_at_the_clock():
    group, gathering = Group("G"), _plan()
    start = datetime(2026, 10, 22, 22, 40).timestamp()
    state = RunState.begin(group, gathering)
    state.start(gathering, start)
    assert (gathering.held_date, gathering.held_start) == (date(2026, 10, 22), time(22, 40))
    state.end_block(group, gathering, start + 20 * 60)
    state.end_block(group, gathering, start + 20 * 60 + 10)  # the lunch: skipped
    state.pause(gathering, start + 30 * 60)
    state.start(gathering, start + 40 * 60)  # ten minutes' pause inside the buzz exercise
    state.end_block(group, gathering, start + 50 * 60)
    assert _spans(gathering) == ["22:40–23:00", "23:00–23:30"]
    assert [b.held_minutes for b in gathering.blocks] == [20, None, 20]
    assert gathering.blocks[1].held_start is None


def test_going_back_restarts_the_block_left_when_it_runs_again():
    group, gathering = Group("G"), _plan()
    t0 = datetime(2026, 10, 22, 9, 0).timestamp()
    state = RunState.begin(group, gathering)
    state.start(gathering, t0)
    state.end_block(group, gathering, t0 + 20 * 60)  # the intro ends 09:20; lunch begins
    state.back(gathering, t0 + 21 * 60)  # no: the intro goes on
    state.end_block(group, gathering, t0 + 25 * 60)
    assert _spans(gathering)[0] == "09:00–09:25"
    state.end_block(group, gathering, t0 + 55 * 60)
    assert gathering.blocks[1].held_start == datetime(2026, 10, 22, 9, 25)


def test_check_in_takes_any_time_within_the_day_as_held():
    gathering = _day(
        Block("buzz", minutes=60),
        Block("audit", minutes=60),
        end=time(11, 0),  # planned 09:00–11:00; begun 22:40, so expected to end 00:40
        held_date=date(2026, 10, 22),
        held_start=time(22, 40),
    )
    now = datetime(2026, 10, 22, 23, 0)
    assert outside_day(gathering, "left", time(0, 30), now) is None
    assert outside_day(gathering, "arrived", time(23, 55), now) is None  # after the planned end
    assert outside_day(gathering, "left", time(21, 0), now) is not None  # before it began
    finished = _night()[1]
    span = outside_day(finished, "arrived", time(1, 0), finished=True)
    assert span is not None and span_text(*span) == "22:40–00:40"


# -- the stored shape: a schema-1 file --------------------------------------------------------------


def test_a_schema_1_group_file_loads_and_is_migrated(data_dir: Path):
    from groupguide.store import Store

    (data_dir / "groups").mkdir()
    old = {
        "id": "g1",
        "name": "Gammel gruppe",
        "participants": [{"id": "p1", "name": "Kari"}],
        "gatherings": [
            {
                "id": "s1",
                "title": "Samling 1",
                "date": "2026-09-16",
                "start": "09:00",
                "blocks": [
                    {"id": "b1", "activity": "buzz", "minutes": 30, "held_minutes": 35},
                    {"id": "b2", "activity": "audit", "minutes": 30, "pinned": "11:30"},
                    {"id": "b3", "activity": "open-topic", "minutes": 20, "held_minutes": 20},
                ],
                "attendance": {"p1": {"status": "partial", "left": "09:50"}},
            }
        ],
    }
    path = data_dir / "groups" / "g1.json"
    path.write_text(json.dumps({"group": {"1": old}, "meta": {"1": {"schema": 1}}}))
    with Store(data_dir) as store:
        assert store.problems == []
        gathering = store.group("g1").gatherings[0]
    assert gathering.held_date is None and gathering.blocks[0].held_start is None
    assert _spans(gathering) == ["09:00–09:35", "09:35–09:55"]  # the skipped audit: no gap
    assert attended_minutes(gathering, gathering.attendance["p1"]) == 50
    on_disk = json.loads(path.read_text())
    assert on_disk["meta"] == {"1": {"schema": 2}}
    block = on_disk["group"]["1"]["gatherings"][0]["blocks"][0]
    assert (block["held_start"], block["held_end"], block["recorded_afterwards"]) == (
        None,
        None,
        False,
    )


# -- plan files say what is wrong as the app does ---------------------------------------------------


def _problems(library, text: str) -> dict[str, str]:
    result = parse_plan(parse_yaml(text, "p.yaml"), "p.yaml", library.goals, library.activities)
    return {p.key: str(p) for p in result.problems}


def test_a_hand_written_plan_gets_helpful_messages(library):
    problems = _problems(
        library,
        "group: {name: G}\n"
        "participant: [Kari]\n"  # misspelt
        "gatherings:\n"
        "  - title: S1\n"
        "    date: 2026-10-21\n"
        '    start: "15:00"\n'
        '    end: "09:00"\n'  # before the start
        "    blocks:\n"
        "      - {activity: kasuistikk, minutes: 30}\n"
        "      - {activity: buzz, minutes: 20, goals: [FKM LM-2]}\n"
        '      - {activity: buzz, minutes: 20, held_start: "15:20"}\n',
    )
    assert "Mente du «participants»?" in problems["plan.unknown_key_likely"]
    assert "p.yaml:7" in problems["domain.gathering.end_before_start"]
    assert (
        "Sluttiden 09:00 er ikke etter starttiden 15:00"
        in problems["domain.gathering.end_before_start"]
    )
    unknown = problems["domain.block.unknown_activity"]
    assert "«kasuistikk»" in unknown and "case-reflection" in unknown and "buzz" in unknown
    assert "Mente du FKM LM-02" in problems["domain.block.unknown_goal_near"]
    assert "held_minutes" in problems["domain.block.held_times_unheld"]
    assert "«Arrangør: –»" in problems["domain.group.no_organiser"]
    assert "advarsel" in problems["domain.group.no_organiser"]


def test_the_app_refuses_an_end_before_the_start_like_a_plan_file():
    """The gathering form's rule and the plan check's rule are the same rule."""
    from groupguide.domain.rules import validate_group
    from tests.tui_helpers import library

    group = Group("G", organiser="X", gatherings=[Gathering("S", start=time(15), end=time(9))])
    keys = [p.key for p in validate_group(group, library().goals, library().activities)]
    assert "domain.gathering.end_before_start" in keys
