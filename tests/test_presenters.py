"""Presenters: a case or a buzz case has one, an audit two (Gruppeveiledning v5.0 §2.2); plan
files carry them losslessly; the participants tab shows who presents what and who has not."""

from __future__ import annotations

import yaml
from textual.widgets import DataTable, Select, Static

from groupguide.domain.model import Block
from groupguide.domain.participants import remove_participant
from groupguide.domain.presenters import not_presenting, open_slots, presentations
from groupguide.domain.rounds import speaking_order
from groupguide.domain.rules import validate_group
from groupguide.export import build
from groupguide.export.context import make_context
from groupguide.plan_writer import dump_plan
from groupguide.plans import parse_plan
from groupguide.yamlsource import parse_yaml
from tests.test_tui_planning import cells, open_group
from tests.tui_helpers import FIXED_NOW, build_app

PLAN = """
group: {name: Audit}
participants: [Kari Nordmann, Ola Hansen, Ingrid Berg, Ahmed Karimi]
gatherings:
  - title: Samling 1
    date: 2026-09-16
    blocks:
      - {activity: audit, minutes: 45, presenters: [Kari Nordmann, Ola Hansen]}
      - {activity: case-reflection, minutes: 60, presenter: Ingrid Berg}
      - {activity: buzz, minutes: 25}
"""


def read(text: str, library):
    return parse_plan(parse_yaml(text, "plan.yaml"), "plan.yaml", library.goals, library.activities)


def test_an_audit_has_two_presenters_and_the_file_reads_back_the_same(library):
    result = read(PLAN, library)
    assert result.ok, [str(p) for p in result.problems]
    group = result.group
    kari, ola, ingrid = (
        group.participant_by_name(n) for n in ("Kari Nordmann", "Ola Hansen", "Ingrid Berg")
    )
    audit, case, buzz = group.gatherings[0].blocks
    assert audit.presenters == [kari.id, ola.id] and case.presenters == [ingrid.id]
    assert buzz.presenters == []
    text = dump_plan(group)
    written = yaml.safe_load(text)["gatherings"][0]["blocks"]
    assert written[0]["presenters"] == ["Kari Nordmann", "Ola Hansen"]
    assert written[1]["presenter"] == "Ingrid Berg" and "presenters" not in written[1]
    again = read(text, library)
    assert again.ok and dump_plan(again.group) == text
    assert again.group.gatherings[0].blocks[0].presenters == [
        again.group.participant_by_name(n).id for n in ("Kari Nordmann", "Ola Hansen")
    ]


def test_the_stored_form_keeps_both_and_reads_a_single_presenter_of_older_files():
    block = Block("audit", presenters=["a", "b"])
    assert Block.from_dict(block.to_dict()).presenters == ["a", "b"]
    assert Block.from_dict({"activity": "case-reflection", "presenter": "a"}).presenters == ["a"]
    assert Block.from_dict({"activity": "case-reflection", "presenter": ""}).presenters == []
    block.presenter = "c"  # the single-presenter view sets one
    assert block.presenters == ["c"] and block.presenter == "c"


def test_too_many_the_same_twice_or_an_unknown_name_are_errors_with_the_field(library):
    text = PLAN.replace(
        "presenters: [Kari Nordmann, Ola Hansen]",
        "presenters: [Kari Nordmann, Ola Hansen, Ahmed Karimi]",
    ).replace("presenter: Ingrid Berg", "presenters: [Ingrid Berg, Ahmed Karimi]")
    problems = {(p.key, p.field) for p in read(text, library).errors}
    assert ("domain.block.too_many_presenters", "gatherings[0].blocks[0].presenters") in problems
    assert ("domain.block.too_many_presenters", "gatherings[0].blocks[1].presenters") in problems
    twice = read(PLAN.replace("Ola Hansen]", "Kari Nordmann]"), library)
    assert any(p.key == "domain.block.presenter_twice" for p in twice.errors)
    unknown = read(PLAN.replace("Ola Hansen]", "Nina Nobody]"), library)
    assert [(p.key, p.field) for p in unknown.errors] == [
        ("plan.unknown_participant", "gatherings[0].blocks[0].presenters[1]")
    ]
    message = str(read(text, library).errors[0])
    assert "høyst 2" in message and "Audit" in message


def test_removing_a_presenter_and_undoing_puts_them_back_in_place(library):
    group = read(PLAN, library).group
    kari = group.participant_by_name("Kari Nordmann")
    ola = group.participant_by_name("Ola Hansen")
    audit = group.gatherings[0].blocks[0]
    removed = remove_participant(group, kari.id)
    assert audit.presenters == [ola.id]
    problems = validate_group(group, library.goals, library.activities)
    assert [p for p in problems if p.is_error] == []
    removed.restore(group)
    assert audit.presenters == [kari.id, ola.id]


def test_both_presenters_are_left_out_of_the_round_and_credited(library):
    group = read(PLAN, library).group
    audit = group.gatherings[0].blocks[0]
    order = speaking_order([p.id for p in group.participants], audit, 0)
    assert set(order) == {group.participant_by_name(n).id for n in ("Ingrid Berg", "Ahmed Karimi")}
    from groupguide.domain.credit import participant_record

    gathering = group.gatherings[0]
    gathering.attendance = {}
    for block in gathering.blocks:
        block.held_minutes = block.minutes
    from groupguide.domain.model import Attendance

    gathering.attendance = {p.id: Attendance() for p in group.participants}
    for name in ("Kari Nordmann", "Ola Hansen"):
        record = participant_record(group, group.participant_by_name(name), library.goals)
        presented = [b for item in record.attended for b in item.blocks if b.presented]
        assert [b.block.activity for b in presented] == ["audit"]


def test_who_presents_what_who_has_not_and_the_places_still_open(library):
    group = read(PLAN, library).group
    found = presentations(group, library.activities)
    kari = group.participant_by_name("Kari Nordmann")
    assert [(p.number, p.kind) for p in found[kari.id]] == [(1, "audit")]
    assert [p.name for p in not_presenting(group, library.activities)] == ["Ahmed Karimi"]
    slots = open_slots(group, library.activities)
    assert (slots.blocks, slots.slots) == (1, 1)  # the buzz exercise's case
    group.gatherings[0].blocks[0].held_minutes = 40  # a held gathering has no open places
    assert open_slots(group, library.activities).slots == 0


def test_the_handout_names_both_presenters_in_their_own_column(library):
    group = read(PLAN, library).group
    export = build("handout", make_context(group, library, FIXED_NOW))
    assert "| Tid | Programpost | Presenterer |" in export.preview
    assert "| Kari Nordmann og Ola Hansen |" in export.preview
    assert "kasuistikk:" not in export.preview  # the old "(kasuistikk: name)" after the title


async def test_two_presenters_are_chosen_for_an_audit_in_the_block_form(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "plan")
        group = app.screen.group
        await pilot.press("enter")  # gathering 1
        await pilot.pause()
        blocks = app.screen.gathering.blocks
        audit = next(i for i, b in enumerate(blocks) if b.activity == "audit")
        await pilot.press(*["down"] * audit, "enter")
        await pilot.pause()
        first = app.screen.query_one("#presenter-0", Select)
        second = app.screen.query_one("#presenter-1", Select)
        assert first.value == group.participant_by_name("Ola Hansen").id
        second.value = first.value
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "to ganger" in str(app.screen.query_one("#error", Static).render())
        second.value = group.participant_by_name("Emil Strand").id
        await pilot.press("ctrl+s")
        await pilot.pause()
        block = store.group(group.id).gatherings[0].blocks[audit]
        assert [group.participant(p).name for p in block.presenters] == [
            "Ola Hansen",
            "Emil Strand",
        ]
        shown = cells(app.screen.query_one("#agenda", DataTable), "presenter")[audit]
        assert shown == "Ola Hansen, Emil Strand"
    store.close()


async def test_the_participants_tab_shows_who_presents_and_who_has_not(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "participants")
        table = app.screen.query_one("#participants-table", DataTable)
        presents = dict(zip(cells(table, "name"), cells(table, "presents"), strict=True))
        assert presents["Kari Nordmann"] == "S1 kasuistikk"
        assert presents["Ola Hansen"] == "S1 audit · S2 kasuistikk"
        info = str(app.screen.query_one("#participants-info", Static).render())
        assert "1 programpost mangler noen som presenterer (1 plass)" in info
        await pilot.press("p")
        await pilot.pause()
        table = app.screen.query_one("#participants-table", DataTable)
        row = cells(table, "name").index("Ola Hansen")
        assert [str(c) for c in table.get_row_at(row)] == [
            "Ola Hansen",
            "● audit",
            "● kasuistikk",
            "·",
            "2",
        ]
        # nobody presents anything at gathering 2 any more: the hint names who has not
        group = app.screen.group
        for gathering in group.gatherings:
            for block in gathering.blocks:
                block.presenters = [
                    p for p in block.presenters if group.participant(p).name != "Emil Strand"
                ]
        app.save_group(group)
        app.screen.reload()
        await pilot.pause()
        info = str(app.screen.query_one("#participants-info", Static).render())
        assert "Ikke satt opp til å presentere ennå: Emil Strand" in info
        await pilot.press("p")
        await pilot.pause()
        assert "presents" in [
            str(c.key.value)
            for c in app.screen.query_one("#participants-table", DataTable).columns.values()
        ]
    store.close()
