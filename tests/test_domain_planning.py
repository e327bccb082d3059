"""Planning operations (domain.planning): pure, no Textual."""

from datetime import date, time

import pytest

from groupguide.domain.activities import Activity
from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.participants import (
    check_participant_name,
    remove_participant,
    update_participant,
)
from groupguide.domain.people import Participant
from groupguide.domain.planning import (
    UndoSlot,
    add_block,
    add_gathering,
    block_from_activity,
    delete_block,
    delete_gathering,
    duplicate_gathering,
    gathering_from_template,
    is_held,
    move_block,
    move_gathering,
    parse_date,
    set_goals,
    suggest_next,
    suggested_goals,
    summarise,
    toggle_pin,
    wish_block,
)
from groupguide.domain.problems import DomainError
from groupguide.domain.rules import PlanningRules, days_meter
from groupguide.i18n import format_date


def _gathering(title="S", day=None, *minutes, **kw) -> Gathering:
    return Gathering(
        title=title,
        date=day,
        start=time(9, 0),
        blocks=[Block(activity="buzz", title=f"b{m}", minutes=m) for m in minutes],
        **kw,
    )


def _group() -> Group:
    group = Group(name="G", participants=[Participant("Kari"), Participant("Ola")])
    group.gatherings = [
        _gathering("S1", date(2027, 2, 3), 30, 60),
        _gathering("S2", date(2027, 3, 3), 45),
        _gathering("S3", date(2027, 4, 7), 20),
    ]
    return group


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("16.09.2026", date(2026, 9, 16)),
        ("16.9.2026", date(2026, 9, 16)),
        ("16.9.26", date(2026, 9, 16)),
        ("2026-09-16", date(2026, 9, 16)),
        ("16/9/2026", date(2026, 9, 16)),
        ("  ", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.2027", "i morgen", "2026-13-01", "1.2"])
def test_parse_date_refuses(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_format_date():
    assert format_date(date(2026, 9, 6)) == "06.09.2026"
    assert format_date(None) == ""


# -- participants ----------------------------------------------------------------------------


def test_update_participant_refuses_duplicate_and_bad_track():
    group = _group()
    kari, ola = group.participants
    with pytest.raises(DomainError) as err:
        update_participant(group, ola.id, name=" kari ")
    assert "Kari" in str(err.value) or "kari" in str(err.value)
    with pytest.raises(DomainError):
        update_participant(group, ola.id, name="Ola", track="XYZ")
    update_participant(
        group, kari.id, name=" Kari N ", email="k@x.no", track="ALIS", supervisor="Per"
    )
    assert (kari.name, kari.email, kari.track, kari.supervisor) == (
        "Kari N",
        "k@x.no",
        "ALIS",
        "Per",
    )
    check_participant_name(group, "Kari N", exclude_id=kari.id)  # own name is fine
    with pytest.raises(DomainError):
        check_participant_name(group, "")


def test_remove_participant_clears_references_and_restores_them():
    group = _group()
    kari = group.participants[0]
    block = group.gatherings[0].blocks[0]
    block.presenter = kari.id
    group.gatherings[0].attendance = {kari.id: Attendance("present")}
    removed = remove_participant(group, kari.id)
    assert group.participant(kari.id) is None
    assert block.presenter == "" and kari.id not in group.gatherings[0].attendance
    assert removed.restore(group)
    assert group.participants[0].id == kari.id
    assert block.presenter == kari.id
    assert group.gatherings[0].attendance[kari.id].status == "present"
    assert not removed.restore(group)  # twice does nothing


# -- gatherings ------------------------------------------------------------------------------


def test_add_gathering_keeps_time_order_with_undated_last():
    group = _group()
    add_gathering(group, Gathering("Utkast"))
    add_gathering(group, Gathering("Tidlig", date=date(2027, 1, 1)))
    assert [g.title for g in group.gatherings] == ["Tidlig", "S1", "S2", "S3", "Utkast"]


def test_suggest_next_takes_last_times_and_place_four_weeks_later():
    group = _group()
    group.gatherings[-1].location = "Os"
    group.gatherings[-1].end = time(15, 0)
    nxt = suggest_next(group)
    assert nxt.date == date(2027, 5, 5) and nxt.location == "Os" and nxt.end == time(15, 0)
    empty = suggest_next(Group("G"), today=date(2027, 1, 1))
    assert empty.date == date(2027, 1, 29) and empty.start == time(9, 0)
    assert suggest_next(Group("G")).date is None


def test_duplicate_is_a_fresh_undated_copy_after_the_original():
    group = _group()
    original = group.gatherings[0]
    original.blocks[0].held_minutes = 30
    original.blocks[0].presenter = group.participants[0].id
    original.attendance = {}
    copy = duplicate_gathering(group, original.id, "S1 (kopi)")
    assert group.gatherings[1] is copy
    assert copy.date is None and copy.attendance is None and copy.title == "S1 (kopi)"
    assert [b.minutes for b in copy.blocks] == [30, 60]
    assert not any(b.held or b.presenter for b in copy.blocks)
    assert {b.id for b in copy.blocks}.isdisjoint({b.id for b in original.blocks})
    assert copy.id != original.id and not is_held(copy) and is_held(original)


def test_move_gathering_swaps_dates_to_keep_time_order():
    group = _group()
    s1, s2, s3 = group.gatherings
    assert move_gathering(group, s3.id, -2)
    assert [g.title for g in group.gatherings] == ["S3", "S1", "S2"]
    assert [g.date for g in group.gatherings] == sorted(g.date for g in group.gatherings)
    assert s3.date == date(2027, 2, 3)
    assert not move_gathering(group, s3.id, -1)  # already first
    assert not move_gathering(group, s2.id, 1)  # already last


def test_move_undated_gathering_only_reorders():
    group = _group()
    draft = add_gathering(group, Gathering("Utkast"))
    assert move_gathering(group, draft.id, -1)
    assert group.gatherings[2] is draft and draft.date is None
    assert group.gatherings[3].date == date(2027, 4, 7)


def test_delete_and_restore_gathering_in_place():
    group = _group()
    s2 = group.gatherings[1]
    removed = delete_gathering(group, s2.id)
    assert [g.title for g in group.gatherings] == ["S1", "S3"]
    assert removed.restore(group)
    assert group.gatherings[1] is s2


def test_template_drops_presenters_notes_and_held_and_takes_defaults():
    template = _gathering("Mal", date(2020, 1, 1), 60)
    template.blocks[0].presenter = "someone"
    template.blocks[0].notes = "about a patient"
    template.blocks[0].held_minutes = 50
    template.blocks[0].pinned = time(11, 0)
    template.blocks[0].goals = ["FKM LM-02"]
    from groupguide.domain.planning import GatheringDefaults

    made = gathering_from_template(
        template, "Ny", GatheringDefaults(date(2027, 5, 5), time(9, 0), None, "Os")
    )
    block = made.blocks[0]
    assert made.title == "Ny" and made.date == date(2027, 5, 5) and made.location == "Os"
    assert (block.presenter, block.notes, block.held_minutes) == ("", "", None)
    assert block.pinned == time(11, 0) and block.goals == ["FKM LM-02"]


# -- blocks ----------------------------------------------------------------------------------


def test_block_from_activity_takes_minutes_and_no_goals_until_the_leader_confirms(library):
    activity = Activity(
        id="buzz", title="Summeøvelse", minutes=20, suggested_goals=("LM-02", "FKM LM-02", "NOPE-1")
    )
    block = block_from_activity(activity)
    assert (block.activity, block.title, block.minutes) == ("buzz", "Summeøvelse", 20)
    assert block.goals == []  # nothing attached silently
    assert suggested_goals(activity, library.goals) == ["FKM LM-02"]  # offered, canonical


def test_add_move_delete_block():
    gathering = _gathering("S", None, 10, 20, 30)
    first, second, third = gathering.blocks
    new = add_block(gathering, Block("buzz", "ny"), after_id=first.id)
    assert gathering.blocks[1] is new
    add_block(gathering, Block("buzz", "slutt"))
    assert gathering.blocks[-1].title == "slutt"
    assert move_block(gathering, third.id, -3)
    assert gathering.blocks[0] is third
    assert not move_block(gathering, third.id, -1)
    removed = delete_block(gathering, second.id)
    assert second not in gathering.blocks
    group = Group("G", gatherings=[gathering])
    assert removed.restore(group) and gathering.blocks[removed.index] is second


def test_toggle_pin_pins_at_current_time_and_unpins():
    gathering = _gathering("S", None, 30, 60)
    second = gathering.blocks[1]
    assert toggle_pin(gathering, second.id) == time(9, 30)
    assert second.pinned == time(9, 30)
    assert toggle_pin(gathering, second.id) is None and second.pinned is None


def test_set_goals_canonical_and_unique(library):
    block = Block("buzz")
    set_goals(block, ["LM-02", "FKM LM-02", "Del 1 KLK- 009"], library.goals)
    assert block.goals == ["FKM LM-02", "KLK-009"]


def test_wish_block_is_an_open_topic_titled_with_the_wish():
    block = wish_block("  Mer om\nsykmelding  ")
    assert (block.activity, block.title) == ("open-topic", "Mer om sykmelding")


# -- summaries -------------------------------------------------------------------------------


def test_summary_with_overrun_and_clash():
    gathering = _gathering("S", None, 60, 60, 30, end=time(11, 0))
    gathering.blocks[1].activity = "break"
    gathering.blocks[2].pinned = time(10, 30)  # clashes with the break that ends 11:00
    summary = summarise(gathering)
    assert summary.programme_minutes == 90
    assert summary.planned_end == time(11, 0)
    assert summary.clash_count == 1 and summary.overrun_minutes == 0
    gathering.blocks[2].pinned = None
    summary = summarise(gathering)
    assert summary.planned_end == time(11, 30) and summary.overrun_minutes == 30
    assert summary.total_minutes == 150


def test_days_meter_status():
    rules = PlanningRules(day_minutes=60, min_days=2, max_days=3)
    group = Group("G", gatherings=[_gathering("S", None, 60)])
    assert days_meter(group, rules).status == "under"
    group.gatherings[0].blocks.append(Block("buzz", minutes=90))
    meter = days_meter(group, rules)
    assert meter.days == 2.5 and meter.status == "ok"
    group.gatherings[0].blocks.append(Block("buzz", minutes=60))
    assert days_meter(group, rules).status == "over"
    assert days_meter(group, rules).span is None  # one undated gathering


def test_days_meter_carries_the_half_year_span():
    group = Group("G", gatherings=[_gathering("S1", None, 60), _gathering("S2", None, 60)])
    group.gatherings[0].date, group.gatherings[1].date = date(2026, 9, 1), date(2027, 9, 1)
    span = days_meter(group).span
    assert span.days == 365 and span.too_long
    group.gatherings[1].date = date(2026, 12, 1)
    assert not days_meter(group).span.too_long


# -- undo ------------------------------------------------------------------------------------


def test_undo_slot_restores_every_delete_newest_first_and_only_in_its_group():
    group = _group()
    slot = UndoSlot(group.id)
    assert not slot.ready
    slot.push(delete_gathering(group, group.gatherings[0].id))
    slot.push(delete_block(group.gatherings[0], group.gatherings[0].blocks[0].id))
    assert slot.undo(Group("other")) is None and slot.ready
    restored = slot.undo(group)
    assert restored is not None and restored.label == "b45"
    assert len(group.gatherings) == 2 and len(group.gatherings[0].blocks) == 1
    restored = slot.undo(group)  # then the one before it
    assert restored is not None and len(group.gatherings) == 3
    assert slot.undo(group) is None and not slot.ready


def test_progress_planned_started_held():
    from datetime import date

    from groupguide.domain.model import Attendance, Block, Gathering
    from groupguide.domain.planning import progress

    gathering = Gathering(
        title="S",
        date=date(2026, 12, 2),
        blocks=[Block(activity="buzz", minutes=20), Block(activity="break", minutes=15)],
    )
    today = date(2026, 12, 2)
    assert progress(gathering, today) == "planned"
    gathering.attendance = {"p": Attendance("present")}
    assert progress(gathering, today) == "started"  # checked in, nothing held yet
    assert progress(gathering, date(2026, 12, 3)) == "held"  # a past day with records
    gathering.blocks[0].held_minutes = 22
    assert progress(gathering, today) == "held"  # every programme block recorded


def test_a_wish_goes_only_into_gatherings_not_yet_held_and_we_know_where_it_went():
    from datetime import date

    from groupguide.domain.model import Block, Gathering, Group
    from groupguide.domain.planning import add_block, wish_block
    from groupguide.domain.wishes import carried_into, open_for_wishes

    held = Gathering(title="S1", date=date(2026, 9, 16), blocks=[Block("buzz", "B", minutes=20)])
    held.blocks[0].held_minutes = 20
    past = Gathering(title="S2", date=date(2026, 10, 1))
    taken = Gathering(title="S3", date=date(2026, 12, 1))
    taken.attendance = {}  # attendance taken: it has begun, whatever its date
    coming = Gathering(title="S4", date=date(2026, 12, 2))
    undated = Gathering(title="S5")
    group = Group(name="G", gatherings=[held, past, taken, coming, undated])
    assert [g.title for g in open_for_wishes(group, date(2026, 11, 23))] == ["S4", "S5"]
    assert carried_into(group, "Mer om  sykmelding\n") == []
    add_block(coming, wish_block("Mer om sykmelding"))
    assert [g.title for g in carried_into(group, "Mer om  sykmelding\n")] == ["S4"]
    assert carried_into(group, "Mer om rus") == []


def test_a_new_groups_first_gathering_is_suggested_in_its_half_year():
    """A new user's "2027 vår" group got 29.12.2026 as its first date (four weeks after today):
    when nothing is dated and the term names a half-year not yet begun, four weeks into it."""
    from groupguide.domain.term import term_span

    today = date(2026, 12, 1)
    assert suggest_next(Group("G", term="2027 vår"), today=today).date == date(2027, 1, 29)
    assert suggest_next(Group("G", term="Høsten 2027"), today=today).date == date(2027, 7, 29)
    # begun already, or not a half-year: four weeks after today, as before
    assert suggest_next(Group("G", term="2026 høst"), today=today).date == date(2026, 12, 29)
    assert suggest_next(Group("G", term="banan"), today=today).date == date(2026, 12, 29)
    # a dated gathering always wins
    group = _group()
    group.term = "2030 vår"
    assert suggest_next(group, today=today).date == date(2027, 5, 5)
    assert term_span("V27") == (date(2027, 1, 1), date(2027, 6, 30))
    assert term_span("h26") == (date(2026, 7, 1), date(2026, 12, 31))
    assert term_span("LIS1 Vestland høst 2026") == (date(2026, 7, 1), date(2026, 12, 31))
    assert term_span("spring 2027") == (date(2027, 1, 1), date(2027, 6, 30))
    for text in ("", "Gruppe A", "2026", "vår og høst 2026", "2026–2027 vår", "høst"):
        assert term_span(text) is None, text
