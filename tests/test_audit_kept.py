"""Audits that are kept (issue 13): the measures a block collects, the group's distribution saved
with the held block and shown in the report, and no participant's figure anywhere in the data
folder once the collection has ended (every file read, every way a figure can be written)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import aiohttp
import pytest

from groupguide.domain.activities import measures_of
from groupguide.domain.audit import AuditMeasure, AuditResult
from groupguide.export import build
from groupguide.export.audits import closeout_audit_section
from groupguide.export.context import make_context
from groupguide.plan_writer import dump_plan
from groupguide.plans import parse_plan
from groupguide.services.plans import import_plan
from groupguide.services.run_session import RunSession
from groupguide.services.workspace import Workspace
from groupguide.yamlsource import parse_yaml
from tests.test_evaluation_server import loopback_address
from tests.test_tui_planning import open_group
from tests.tui_helpers import build_app

NONCE = re.compile(r'name="nonce" value="([^"]+)"')

PLAN = """
group: {name: Audit-gruppen, organiser: Testkommune}
participants: [A1, A2, A3, A4, A5, A6, A7, A8]
gatherings:
  - title: Samling 1
    date: 2027-03-11
    start: "09:00"
    blocks:
      - {activity: audit, title: Egne tall, minutes: 45, measures: [sick_leave, antibiotics]}
      - {activity: open-topic, title: Etterpå, minutes: 30}
"""
# six sick-leave figures and two antibiotics figures, none on the grid's round numbers
SICK_LEAVE = [13.37, 27.91, 8.64, 19.23, 31.58, 22.46]
ANTIBIOTICS = [41.17, 36.29]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2027, 3, 11, 9, 0)

    def __call__(self) -> datetime:
        return self.now


def forms_of(value: float) -> set[str]:
    """Every way a figure could be written down: as typed, stored or rounded for display."""
    forms = {repr(value), f"{value:.2f}", f"{value:.1f}"}
    return forms | {f.replace(".", ",") for f in forms}


def figures_in_folder(folder: Path, figures: list[float]) -> list[str]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        text = path.read_bytes().decode("utf-8", errors="replace")
        for value in figures:
            for form in forms_of(value):
                if form in text:
                    found.append(f"{path.relative_to(folder)}: {form}")
    return found


@pytest.fixture
def workspace(tmp_path, library):
    plan = tmp_path / "audit.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    clock = Clock()
    ws = Workspace(tmp_path / "data", clock=clock, library=library)
    ws.open()
    ws.update_settings(evaluation_host="127.0.0.1", evaluation_port=0)
    group, _ = import_plan(ws, plan)
    yield ws, group, clock
    ws.close()


async def _send(url: str, **fields: str) -> int:
    phone = aiohttp.ClientSession(
        cookie_jar=aiohttp.CookieJar(unsafe=True),
        connector=aiohttp.TCPConnector(local_addr=(loopback_address(), 0)),
    )
    async with phone:
        async with phone.get(url) as response:
            page = await response.text()
        posted = {"nonce": NONCE.search(page).group(1), "lang": "nb", "m0": "", "m1": ""}
        async with phone.post(
            url,
            data={**posted, **fields},
            headers={"Origin": url.split("/a/")[0]},
            allow_redirects=False,
        ) as response:
            return response.status


async def test_no_figure_is_anywhere_in_the_data_folder_after_a_collection(workspace):
    ws, group, clock = workspace
    data = ws.data_dir
    gathering = group.gatherings[0]
    session = RunSession.open(ws, group.id, gathering.id)
    session.toggle()
    audit = session.block()
    assert [m.id for m in session.measures()] == ["sick_leave", "antibiotics"]
    phones = await session.open_phones()
    try:
        for i, value in enumerate(SICK_LEAVE):
            extra = {"m1": str(ANTIBIOTICS[i]).replace(".", ",")} if i < len(ANTIBIOTICS) else {}
            assert await _send(phones.url, m0=str(value), **extra) == 303
        # while it is open the figures are on disk (a crash loses none of them) ...
        assert figures_in_folder(data, SICK_LEAVE + ANTIBIOTICS)
        # ... and once it has ended, nowhere: only the group's distribution is kept
        assert session.close_phones()
        assert figures_in_folder(data, SICK_LEAVE + ANTIBIOTICS) == []
        stored = ws.group(group.id).gathering(gathering.id).block(audit.id)
        kept = {r.measure: r for r in stored.audit}
        # the median (20.845 here) only as the bin it falls in: with an odd count it would be
        # one participant's figure
        assert kept["sick_leave"].count == 6 and kept["sick_leave"].median_range == (20.0, 30.0)
        assert kept["sick_leave"].span == (0.0, 40.0)
        assert kept["antibiotics"].count == 2 and not kept["antibiotics"].bins
        assert kept["antibiotics"].median_range is None and kept["antibiotics"].span is None
        # the phones still see where they stand (from what this session holds in memory)
        assert session.figures("sick_leave") == sorted(SICK_LEAVE)
        # opened again: the figures go back on disk while it is open, and off when it ends
        await session.open_phones()
        assert figures_in_folder(data, SICK_LEAVE)
        assert await _send(phones.url, m0="17,77") == 303
        assert session.close_phones()
        everything = SICK_LEAVE + ANTIBIOTICS + [17.77]
        assert figures_in_folder(data, everything) == []
        stored = ws.group(group.id).gathering(gathering.id).block(audit.id)
        assert {r.measure: r.count for r in stored.audit} == {"sick_leave": 7, "antibiotics": 2}
    finally:
        await session.stop_phones()
    # figures typed by hand are kept the same way: off the disk when the block ends
    session.add_figure("sick_leave", 44.44)
    session.save_state()
    assert figures_in_folder(data, [44.44])
    clock.now += timedelta(minutes=45)
    session.end_block()
    assert figures_in_folder(data, everything + [44.44]) == []
    stored = ws.group(group.id).gathering(gathering.id).block(audit.id)
    assert stored.held and {r.measure: r.count for r in stored.audit}["sick_leave"] == 8
    # the report shows the distribution, and no single figure
    ctx = make_context(ws.group(group.id), ws.library, clock.now)
    report = build("report", ctx, [1], formats=("html",))
    text = report.preview + "".join(f.content for f in report.files if isinstance(f.content, str))
    assert "## Audit" in report.preview and "Egne tall" in report.preview
    assert "Sykmeldinger (per 100 konsultasjoner) | 8 |" in report.preview
    assert "Antibiotikaresepter (per 100 konsultasjoner) | 2 | – | – | under 3 tall" in (
        report.preview
    )
    assert not [f for v in everything + [44.44] for f in forms_of(v) if f in text]
    section = "\n".join(closeout_audit_section(ctx))
    assert "Audit i halvåret" in section and "Samling 1" in section and "| 8 |" in section


async def test_after_a_crash_the_kept_distribution_shows_and_a_new_collection_replaces_it(
    workspace,
):
    ws, group, clock = workspace
    gathering = group.gatherings[0]
    session = RunSession.open(ws, group.id, gathering.id)
    session.toggle()
    for value in SICK_LEAVE:
        session.add_figure("sick_leave", value)
    session.save_state()
    measure = session.measures()[0]
    assert session.summary(measure).count == 6
    session.end_block()  # sealed: kept with the block, gone from the run state
    session.back()
    session.save_state()
    # the app is killed: a new session has only the kept distribution
    again = RunSession.open(ws, group.id, gathering.id)
    block = again.block()
    assert again.block_figures(block.id, "sick_leave") == []
    assert again.summary(measure).count == 6 and again.summary(measure).median_range == (20, 30)
    assert again.replaces_saved()


def test_figures_typed_by_hand_are_a_collection_that_ends_like_the_phones(workspace):
    """Typed by hand, the figures are hidden (collecting) until the collection ends, also
    after a crash; ending it keeps the distribution with the block."""
    ws, group, clock = workspace
    gathering = group.gatherings[0]
    session = RunSession.open(ws, group.id, gathering.id)
    session.toggle()
    assert not session.collecting() and not session.end_collection()
    session.add_figure("sick_leave", 12.5)
    session.add_figure("sick_leave", 14.5)
    session.save_state()
    assert session.collecting()
    # the app is killed before the collection ended: still collecting, nothing kept yet
    again = RunSession.open(ws, group.id, gathering.id)
    assert again.collecting() and again.block().audit == []
    again.add_figure("sick_leave", 16.5)
    assert again.end_collection() and not again.collecting()
    kept = {r.measure: r for r in ws.group(group.id).gatherings[0].blocks[again.state.index].audit}
    assert kept["sick_leave"].count == 3 and kept["sick_leave"].bins == ((10.0, 20.0, 3),)
    assert again.state.block_figures(again.block().id, "sick_leave") == []  # off the disk
    # a figure typed after the end: collecting again, the phones' pages keep the ended ones
    again.add_figure("sick_leave", 30.0)
    assert again.collecting()
    assert again.shown_figures(again.block().id, "sick_leave") == [12.5, 14.5, 16.5]


def test_a_kept_distribution_never_holds_more_than_the_rule_allows():
    measure = AuditMeasure("sick_leave", "Sykmeldinger", "per 100 konsultasjoner")
    two = AuditResult.of(measure, [3.0, 9.0]).to_dict()
    assert set(two) == {"measure", "label", "label_en", "count"}  # below three: the count only
    four = AuditResult.of(measure, [3.0, 5.0, 7.0, 9.0])
    assert four.median_range is not None and len(four.bins) <= 3
    seven = AuditResult.of(measure, [2.1, 3.4, 4.8, 5.5, 6.2, 7.9, 11.3])
    assert seven.median_range == (4.0, 6.0)  # not 5.5, the fourth person's figure
    assert "5.5" not in str(seven.to_dict())
    # a file that says more than the rule allows is read with the rest dropped
    forged = AuditResult.from_dict(
        {"measure": "x", "count": 2, "median_range": [0, 5], "bins": [[0, 5, 1], [5, 10, 1]]}
    )
    assert forged.median_range is None and forged.bins == () and forged.span is None


def test_measures_own_and_chosen_read_back_from_a_plan_file(library):
    text = (
        PLAN
        + """
measures:
  - {id: own-1, title: Henvisninger til MR, unit: per måned, maximum: 500}
"""
    )
    text = text.replace("measures: [sick_leave, antibiotics]", "measures: [sick_leave, own-1]")
    result = parse_plan(parse_yaml(text, "p.yaml"), "p.yaml", library.goals, library.activities)
    assert result.ok, [str(p) for p in result.problems]
    group = result.group
    block = group.gatherings[0].blocks[0]
    chosen = measures_of(block, group, library.activities)
    assert [m.label() for m in chosen] == [
        "Sykmeldinger (per 100 konsultasjoner)",
        "Henvisninger til MR (per måned)",
    ]
    assert chosen[1].maximum == 500
    block.audit = [AuditResult.of(chosen[0], [4.0, 5.0, 6.0, 7.0, 8.0])]
    again = parse_plan(
        parse_yaml(dump_plan(group), "again.yaml"), "again.yaml", library.goals, library.activities
    )
    assert again.ok and dump_plan(again.group) == dump_plan(group)
    assert again.group.gatherings[0].blocks[0].audit[0].median_range == (6.0, 7.0)
    unknown = text.replace("[sick_leave, own-1]", "[sick_leave, own-2]")
    problems = parse_plan(
        parse_yaml(unknown, "p.yaml"), "p.yaml", library.goals, library.activities
    ).errors
    assert [(p.key, p.field) for p in problems] == [
        ("domain.block.unknown_measure", "gatherings[0].blocks[0].measures")
    ]


def test_a_block_without_a_choice_collects_the_activitys_default_measures(library):
    text = PLAN.replace(", measures: [sick_leave, antibiotics]", "")
    group = parse_plan(parse_yaml(text, "p.yaml"), "p.yaml", library.goals, library.activities)
    block = group.group.gatherings[0].blocks[0]
    assert [m.id for m in measures_of(block, group.group, library.activities)] == [
        "sick_leave",
        "referrals",
    ]
    shipped = library.activities.measures()
    assert {"antibiotics", "addictive_drugs"} <= set(shipped)
    assert shipped["antibiotics"].goals == ("KLK-009",)
    assert shipped["addictive_drugs"].goals == ("KLK-033",)


async def test_the_block_form_chooses_measures_and_adds_the_groups_own(data_dir, example_plan):
    from textual.widgets import Input, SelectionList, Static

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
        chosen = app.screen.query_one("#measures", SelectionList)
        assert chosen.selected == ["sick_leave", "referrals"]  # the activity's defaults
        error = app.screen.query_one("#error", Static)
        # none chosen and none typed: refused, not silently the defaults again
        chosen.deselect_all()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "minst én indikator" in str(error.render())
        # four chosen and one of the group's own typed: one too many
        chosen.select_all()
        app.screen.query_one("#own-title", Input).value = "Henvisninger til MR"
        app.screen.query_one("#own-unit", Input).value = "per måned"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "høyst 4" in str(error.render())
        chosen.deselect("addictive_drugs")
        chosen.deselect("referrals")
        await pilot.press("ctrl+s")
        await pilot.pause()
        stored = store.group(group.id)
        block = stored.gatherings[0].blocks[audit]
        assert block.measures == ["sick_leave", "antibiotics", "own-1"]
        assert [(m.id, m.label()) for m in stored.measures] == [
            ("own-1", "Henvisninger til MR (per måned)")
        ]
    store.close()
