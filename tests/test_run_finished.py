"""A gathering run to its end in run mode with a block skipped is held (trial of issue 11): the
plan showed "Påbegynt" for it, also after a restart, while the close-out called it held."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from groupguide.domain.planning import progress
from groupguide.services.plans import import_plan
from groupguide.services.run_session import RunSession
from groupguide.services.workspace import Workspace

PLAN = """\
group: {name: Prøvegruppe, term: 2027 vår, facilitator: Test Leder, organiser: Testkommune}
participants:
  - {name: Anne Aas}
  - {name: Bjørn Berg}
gatherings:
  - title: Samling 1
    date: 2026-11-30
    start: "09:00"
    blocks:
      - {activity: open-topic, title: Velkommen, minutes: 15}
      - {activity: av-intro, title: Innledning, minutes: 30, goals: [FKM LM-06]}
      - {activity: buzz, title: To og to, minutes: 30, goals: [FKM LM-05]}
"""


def test_a_day_run_to_the_end_with_a_skipped_block_is_held_also_after_a_restart(
    data_dir: Path, tmp_path: Path
):
    now = [datetime(2026, 12, 1, 13, 43)]  # a day later than planned
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    workspace = Workspace(data_dir, clock=lambda: now[0])
    workspace.open()
    group, _ = import_plan(workspace, plan)
    session = RunSession.open(workspace, group.id, group.gatherings[0].id)
    gathering = session.gathering
    assert session.other_day() is not None
    session.hold_today()
    session.toggle()
    for seconds in (15 * 60, 10, 28 * 60):  # the introduction ended after 10 s: skipped
        now[0] += timedelta(seconds=seconds)
        session.end_block()
        session.save_state()
    assert session.kind(session.block()) == "finished"
    assert [b.held for b in gathering.blocks] == [True, False, True]
    session.finish()
    assert workspace.progress(gathering) == "held"
    workspace.close()

    again = Workspace(data_dir, clock=lambda: now[0])  # the app restarted, the same day
    again.open()
    (group,) = again.groups()
    assert again.progress(group.gatherings[0]) == "held"
    again.close()


def test_a_day_still_running_with_a_block_skipped_is_started(data_dir: Path, tmp_path: Path):
    now = [datetime(2026, 11, 30, 9, 0)]
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    workspace = Workspace(data_dir, clock=lambda: now[0])
    workspace.open()
    group, _ = import_plan(workspace, plan)
    session = RunSession.open(workspace, group.id, group.gatherings[0].id)
    gathering = session.gathering
    session.toggle()
    for seconds in (15 * 60, 10):
        now[0] += timedelta(seconds=seconds)
        session.end_block()
        session.save_state()
    assert workspace.progress(gathering) == "started"  # the last block is still to come
    workspace.close()


def test_a_day_recorded_afterwards_is_a_record_of_the_whole_day(data_dir: Path):
    from datetime import date

    from groupguide.domain.model import Block, Gathering

    gathering = Gathering(
        "S",
        date=date(2026, 12, 1),
        blocks=[Block("av-intro", minutes=30), Block("buzz", minutes=30, held_minutes=25)],
    )
    assert progress(gathering, date(2026, 12, 1)) == "started"
    gathering.blocks[1].recorded_afterwards = True
    assert progress(gathering, date(2026, 12, 1)) == "held"
