"""The evaluation screens under Pilot: live count, literal participant text, the QR code that
decodes (zbarimg) to the URL shown, the leader's notes saved, and the results screen."""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import webbrowser
from datetime import datetime
from pathlib import Path

import aiohttp
import pytest
from textual.widgets import Static, TextArea

from groupguide.evaluation.answers import AnswerStore
from groupguide.services.workspace import Workspace
from groupguide.store import Store
from groupguide.tui.app import make_app
from groupguide.tui.screens.evaluation import EvaluationScreen
from groupguide.tui.screens.evaluation_results import EvaluationResultsScreen
from groupguide.tui.widgets.qr import QRCode
from tests.needs import missing_part
from tests.test_evaluation_server import loopback_address, make_group

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
NASTY = ["[/]", "[@click=app.quit]x", "<script>alert(1)</script>"]


@pytest.fixture
def app_and_group(data_dir: Path, library):
    store = Store(data_dir)
    store.open()
    store.save_settings({"evaluation_host": "127.0.0.1", "evaluation_port": 0})
    group = make_group()
    store.save_group(group)
    services = Workspace.over(store, library=library, clock=lambda: datetime(2026, 11, 23, 9, 0))
    yield make_app(services), group
    store.close()


async def wait_for(pilot, predicate, timeout=10.0):
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError("timed out")
        await pilot.pause(0.05)


async def answer(url: str, base: str, address: str | None = None, **fields) -> int:
    """One phone (an address of its own unless ``address``) loads the form and sends it."""
    connector = aiohttp.TCPConnector(local_addr=(address or loopback_address(), 0))
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url) as r:
            nonce = NONCE.search(await r.text()).group(1)
        data = {"nonce": nonce, "relevance": "4", "b0": "5", **fields}
        async with session.post(
            url, data=data, headers={"Origin": base}, allow_redirects=False
        ) as r:
            return r.status


def static_text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def qr_pixels(widget: QRCode) -> list[list[int]]:
    """Rebuild the module image from what the widget draws: the glyph says which half of the
    cell is painted, and the colours must be white on black."""
    image: list[list[int]] = []
    for y in range(widget.size.height):
        strip = widget.render_line(y)
        top: list[int] = []
        bottom: list[int] = []
        for segment in strip:
            style = segment.style
            if segment.text.strip():
                assert style is not None and style.color is not None
                assert style.color.triplet == (255, 255, 255)
            assert style is not None and style.bgcolor.triplet == (0, 0, 0)
            for char in segment.text:
                top.append(255 if char in "█▀" else 0)
                bottom.append(255 if char in "█▄" else 0)
        image += [top, bottom]
    return image


def decode(image: list[list[int]], tmp_path: Path, scale: int = 6) -> str:
    height, width = len(image), len(image[0])
    pgm = tmp_path / "qr.pgm"
    body = bytearray()
    for row in image:
        line = bytearray(v for v in row for _ in range(scale))
        body += line * scale
    pgm.write_bytes(f"P5 {width * scale} {height * scale} 255\n".encode() + bytes(body))
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", str(pgm)], capture_output=True, text=True, timeout=30
    )
    return out.stdout.strip()


async def test_open_count_close_results(app_and_group, data_dir, tmp_path):
    app, group = app_and_group
    gathering = group.gatherings[0]
    async with app.run_test(size=(100, 30)) as pilot:
        screen = EvaluationScreen(group.id, gathering.id)
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.server is not None and screen.running)
        server = screen.server
        url = static_text(screen, "#evaluation-url")
        assert url == server.url and url.startswith("http://127.0.0.1:")
        assert "0 av 8 har svart" in static_text(screen, "#evaluation-count")
        assert "stoler på telefonen" in static_text(screen, "#evaluation-trust")
        assert "127.0.0.1" in static_text(screen, "#evaluation-address")  # said plainly
        # the QR code is on screen and decodes to the URL shown
        qr = screen.query_one(QRCode)
        assert qr.size.width >= 25 and qr.region.right <= 100 and qr.region.bottom <= 30
        if shutil.which("zbarimg"):
            assert decode(qr_pixels(qr), tmp_path) == url
        else:
            missing_part(
                "the QR code's decoding: zbarimg not installed", "apt-get install zbar-tools"
            )
        # three phones answer, one with markup-like and HTML text
        statuses = await asyncio.gather(
            answer(url, server.base, good=NASTY[0], better=NASTY[1], wishes=NASTY[2]),
            answer(url, server.base, wishes="Mer om [bold]rus[/bold]"),
            answer(url, server.base),
        )
        assert statuses == [303, 303, 303]
        await wait_for(pilot, lambda: "3 av 8" in static_text(screen, "#evaluation-count"))
        # closing (C) asks first, then shows the results
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, EvaluationResultsScreen))
        assert server.running is False
        results = app.screen
        await pilot.pause()
        body = static_text(results, "#results-body")
        for text in NASTY + ["Mer om [bold]rus[/bold]"]:
            assert text in body
        assert "3 svar" in body and "snitt 4,0 (n=3)" in body
        # the leader's own evaluation and the oral-round notes are stored on the gathering
        results.query_one("#results-leader", TextArea).load_text("Gikk bra [/]")
        results.query_one("#results-oral", TextArea).load_text("Ønsket mer tid")
        await pilot.press("ctrl+s")
        stored = app.services.store.group(group.id).gathering(gathering.id)
        assert stored.leader_evaluation == "Gikk bra [/]"
        assert stored.oral_round_notes == "Ønsket mer tid"
        assert app.is_running
    evaluation = AnswerStore(data_dir).load_for(group.id, gathering.id)
    assert evaluation.count == 3 and not evaluation.is_open


async def test_results_hidden_while_open_and_below_threshold(app_and_group, data_dir):
    app, group = app_and_group
    gathering = group.gatherings[0]
    async with app.run_test(size=(100, 30)) as pilot:
        screen = EvaluationScreen(group.id, gathering.id)
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.running)
        assert await answer(screen.server.url, screen.server.base, good="hemmelig") == 303
        await wait_for(pilot, lambda: "1 av 8" in static_text(screen, "#evaluation-count"))
        results = EvaluationResultsScreen(group.id, gathering.id)
        app.push_screen(results)
        await pilot.pause()
        body = static_text(results, "#results-body")
        assert "lukket" in body and "minst 3" in body and "hemmelig" not in body
        await pilot.press("escape", "escape")  # out of the leader's field, then back
        await pilot.pause()
        assert app.screen is screen
        # closing with one answer says first that nothing will be shown
        await pilot.press("c")
        await pilot.pause()
        question = str(app.screen.query_one(".dialog-text", Static).render())
        assert "færre enn 3" in question and "ingen resultater" in question
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, EvaluationResultsScreen))
        await pilot.pause()
        body = static_text(app.screen, "#results-body")
        assert "hemmelig" not in body and "Bare 1 svar, færre enn 3" in body


async def test_tips_when_nobody_connects_and_ballot_mode(app_and_group, data_dir):
    app, group = app_and_group
    gathering = group.gatherings[1]
    async with app.run_test(size=(100, 30)) as pilot:
        screen = EvaluationScreen(group.id, gathering.id)
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.running)
        tips = screen.query_one("#evaluation-tips", Static)
        assert not tips.display
        screen._check_nobody()  # what the one-minute timer does
        await pilot.pause()
        assert tips.display and "gjestenettet" in static_text(screen, "#evaluation-tips")
        # planned (not held) gathering: its programme blocks are asked about, breaks are not
        titles = [i.title for i in screen.server.evaluation.blocks]
        assert titles == ["Velkommen", "Film"]
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(pilot, lambda: screen.running and screen.has_slips)
        assert screen.server.evaluation.mode == "ballot"
        sheet = screen.slips_path.read_text()
        assert sheet.count('class="slip"') == len(group.participants)
        assert "<svg" in sheet and "<script" not in sheet


async def test_bind_failure_is_a_message(app_and_group, data_dir):
    app, group = app_and_group
    app.services.store.save_settings({"evaluation_host": "203.0.113.7"})
    async with app.run_test(size=(100, 30)) as pilot:
        screen = EvaluationScreen(group.id, group.gatherings[0].id)
        app.push_screen(screen)
        await pilot.pause()
        error = screen.query_one("#evaluation-error", Static)
        await wait_for(pilot, lambda: error.display)
        assert "203.0.113.7" in str(error.render())
        assert app.is_running


@pytest.mark.parametrize(
    "failure",
    [
        webbrowser.Error("could not locate runnable browser"),
        OSError(2, "No such file or directory"),
        None,
    ],
)
async def test_answering_here_without_a_browser_is_a_message(app_and_group, monkeypatch, failure):
    app, group = app_and_group

    def no_browser(target):
        if failure is not None:
            raise failure
        return False  # webbrowser's own "found none"

    monkeypatch.setattr(webbrowser, "open", no_browser)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = EvaluationScreen(group.id, group.gatherings[0].id)
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.running)
        await pilot.press("o")
        await wait_for(
            pilot, lambda: any("Fant ingen nettleser" in str(n.message) for n in app._notifications)
        )
        assert screen.server.url in " ".join(str(n.message) for n in app._notifications)
        assert app.is_running


async def test_esc_goes_back_and_leaves_the_evaluation_open(app_and_group, data_dir):
    """Esc leaves the screen with the evaluation open (the form taken down, served again at the
    same address); closing has its own key, named in the footer and F1, and is asked about."""
    from groupguide.tui.dialogs.confirm import ConfirmDialog
    from groupguide.tui.dialogs.help import HelpDialog

    app, group = app_and_group
    gathering = group.gatherings[0]
    async with app.run_test(size=(100, 30)) as pilot:
        base = app.screen
        screen = EvaluationScreen(group.id, gathering.id)
        app.push_screen(screen)
        await wait_for(pilot, lambda: screen.running)
        server, url = screen.server, screen.server.url
        assert await answer(url, server.base) == 303
        await wait_for(pilot, lambda: "1 av 8" in static_text(screen, "#evaluation-count"))
        bound = {key: b.binding.id for key, b in screen.active_bindings.items()}
        assert bound["escape"] == "evaluation.back" and bound["c"] == "evaluation.close"
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpDialog))
        help_text = str(app.screen.query_one("Static").render())
        assert "Går du tilbake (Esc), forblir evalueringen åpen" in help_text
        assert "Lukk evalueringen med C" in help_text
        await pilot.press("f1")
        await wait_for(pilot, lambda: app.screen is screen)
        # C asks; Avbryt keeps it open and the screen serving
        await pilot.press("c")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.running and server.evaluation.is_open
        # Esc: back, still open, the form taken down
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is base)
        await wait_for(pilot, lambda: not server.running)
        assert any("fortsatt åpen" in n.message for n in app._notifications)
        stored = AnswerStore(data_dir).load_for(group.id, gathering.id)
        assert stored.is_open and stored.count == 1
        # opened again: the same address, the answer kept
        again = EvaluationScreen(group.id, gathering.id)
        app.push_screen(again)
        await wait_for(pilot, lambda: again.running)
        assert again.server.url.rsplit("/", 1)[-1] == url.rsplit("/", 1)[-1]
        await wait_for(pilot, lambda: "1 av 8" in static_text(again, "#evaluation-count"))
