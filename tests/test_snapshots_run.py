"""Snapshots of run mode: the runner, a case reflection with its tips for the leader, a buzz
exercise's case presentation and its pairs, the projector layout and F1 help, at 80×24 and
120×40. A fixed clock, a seeded pair draw, no toasts."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from groupguide.services.workspace import Workspace
from groupguide.tui.app import make_run_app
from tests.test_run_screen import Clock, plan_copy
from tests.tui_helpers import library, open_store

SIZES = [(80, 24), (120, 40)]


def _app(tmp_path, example_plan):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    store = open_store(data_dir, plan_copy(example_plan, tmp_path))
    group = store.groups()[0]
    gathering = group.gatherings[2]
    clock = Clock(datetime(2026, 12, 2, 9, 0))
    services = Workspace.over(store, library=library(), clock=clock)
    return make_run_app(services, group.id, gathering.id), clock


async def _prepare(pilot, clock, blocks_ahead=0, minutes=7, projector=False, phases=0):
    app = pilot.app
    await pilot.pause()
    await pilot.press("enter")  # check-in: everyone present
    await pilot.pause()
    app.screen.session.rng = random.Random(7)
    await pilot.press("space")
    for _ in range(blocks_ahead):
        clock.advance(minutes=20)
        await pilot.press("n")
    clock.now += timedelta(minutes=minutes, seconds=5)
    for _ in range(phases):
        await pilot.press("right")
    if projector:
        await pilot.press("f2")
    await pilot.pause(0.7)  # one timer tick
    app.clear_notifications()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_runner(snap_compare, tmp_path, example_plan, size):
    app, clock = _app(tmp_path, example_plan)

    async def run_before(pilot):
        await _prepare(pilot, clock, minutes=23)  # overrun of the 20-minute intro

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_case_reflection(snap_compare, tmp_path, example_plan, size):
    app, clock = _app(tmp_path, example_plan)

    async def run_before(pilot):
        await _prepare(pilot, clock, blocks_ahead=1, minutes=12)
        await pilot.press("s", "s", "right")
        await pilot.press("s")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_case_reflection_help(snap_compare, tmp_path, example_plan, size):
    """F1 in P2: the phase's tips for the leader and its source, then the activity."""
    app, clock = _app(tmp_path, example_plan)

    async def run_before(pilot):
        await _prepare(pilot, clock, blocks_ahead=1, minutes=12, phases=2)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_buzz_presentation(snap_compare, tmp_path, example_plan, size):
    """A buzz exercise starts with a case presented to the group: no pairs yet."""
    app, clock = _app(tmp_path, example_plan)

    async def run_before(pilot):
        await _prepare(pilot, clock, blocks_ahead=4, minutes=3)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_buzz_pairs(snap_compare, tmp_path, example_plan, size):
    app, clock = _app(tmp_path, example_plan)

    async def run_before(pilot):
        await _prepare(pilot, clock, blocks_ahead=4, minutes=3, phases=1)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_projector(snap_compare, tmp_path, example_plan, size):
    app, clock = _app(tmp_path, example_plan)

    async def run_before(pilot):
        await _prepare(pilot, clock, blocks_ahead=4, minutes=3, projector=True, phases=1)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def _audit_app(tmp_path, example_plan, monkeypatch):
    """Gathering 1's audit block with the phone collection open. The server is not bound (the
    address must be the same in every run); its HTTP side is tested in test_audit_phones."""
    from groupguide.services import audit_phones

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    store = open_store(data_dir, plan_copy(example_plan, tmp_path))
    store.save_settings({"evaluation_host": "192.168.1.23", "evaluation_port": 8765})
    group = store.groups()[0]
    clock = Clock(datetime(2026, 12, 2, 13, 0))
    services = Workspace.over(store, library=library(), clock=clock)
    monkeypatch.setattr("groupguide.evaluation.tokens.new_code", lambda: "K7M2QX9A4RTB8WZC")

    async def not_bound(server, fixed=False):
        return None  # "served" on the port asked for

    monkeypatch.setattr(audit_phones, "start_at", not_bound)
    return make_run_app(services, group.id, group.gatherings[0].id)


async def _open_phones(pilot, figures=()):
    await pilot.pause()
    screen = pilot.app.screen
    while screen.state.index > 6:
        await pilot.press("b")
    await pilot.press("q")
    await pilot.pause(0.3)
    for sick_leave, referrals in figures:
        screen.session.accept_phone_figures({"sick_leave": sick_leave, "referrals": referrals}, {})
        screen.phones.server.phones += 1
        screen._show_phones(screen.phones.phones)
    await pilot.pause()
    pilot.app.clear_notifications()
    await pilot.pause()
    return screen


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_audit_phones_qr(snap_compare, tmp_path, example_plan, size, monkeypatch):
    app = _audit_app(tmp_path, example_plan, monkeypatch)

    async def run_before(pilot):
        await _open_phones(pilot, [(4.2, 11.0), (7.0, 9.5)])

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_audit_phones_runner(snap_compare, tmp_path, example_plan, size, monkeypatch):
    app = _audit_app(tmp_path, example_plan, monkeypatch)

    async def run_before(pilot):
        await _open_phones(pilot, [(4.2, 11.0), (7.0, 9.5), (5.1, 14.0), (2.5, 12.0)])
        await pilot.press("s")  # end the collection: the distribution shows
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)
