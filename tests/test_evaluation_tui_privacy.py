"""The evaluation screens under Pilot, for the days that do not go as planned: a gathering not yet
held, a closed evaluation, a restart in the middle, a shared phone, one participant too many,
test answers before the real round, slips printed ahead, and the leader's own texts guarded."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import aiohttp
import pytest
from textual.widgets import Static

from groupguide.domain.confidentiality import control_digits
from groupguide.domain.model import Block, Gathering
from groupguide.evaluation.answers import AnswerStore
from groupguide.services.workspace import Workspace
from groupguide.store import Store
from groupguide.tui.app import make_app
from groupguide.tui.dialogs.confirm import ConfirmDialog
from groupguide.tui.dialogs.run_input import RunInputDialog
from groupguide.tui.screens.evaluation import EvaluationScreen
from groupguide.tui.screens.evaluation_results import EvaluationResultsScreen
from groupguide.tui.widgets.notes_editor import NotesEditor
from tests.test_evaluation_server import loopback_address, make_group
from tests.test_evaluation_tui import answer, static_text, wait_for

NONCE = re.compile(r'name="nonce" value="([^"]+)"')


@pytest.fixture
def app_and_group(data_dir: Path, library, monkeypatch):
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda target: True)
    store = Store(data_dir)
    store.open()
    store.save_settings({"evaluation_host": "127.0.0.1", "evaluation_port": 0})
    group = make_group()
    group.gatherings.append(
        Gathering(
            "Samling 3 – neste år",
            date=date(2027, 3, 10),
            blocks=[Block("open-topic", "Kommer", 30, ["FKM LM-62"])],
        )
    )
    store.save_group(group)
    services = Workspace.over(store, library=library, clock=lambda: datetime(2026, 11, 23, 9, 0))
    yield make_app(services), group
    store.close()


async def _open(pilot, app, group_id, gathering_id) -> EvaluationScreen:
    screen = EvaluationScreen(group_id, gathering_id)
    app.push_screen(screen)
    await wait_for(pilot, lambda: screen.running)
    return screen


async def test_a_gathering_not_yet_held_asks_first(app_and_group, data_dir):
    app, group = app_and_group
    future = group.gatherings[2]
    async with app.run_test(size=(100, 30)) as pilot:
        base = app.screen
        app.push_screen(EvaluationScreen(group.id, future.id))
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        question = str(app.screen.query_one(".dialog-text", Static).render())
        assert "ikke holdt ennå" in question and "Samling 3" in question
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is base)
        assert AnswerStore(data_dir).load_for(group.id, future.id) is None  # nothing opened
        screen = EvaluationScreen(group.id, future.id)
        app.push_screen(screen)
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_for(pilot, lambda: screen.running)
        assert screen.server.evaluation.is_open


async def test_leaving_and_coming_back_serves_the_same_address_and_code(app_and_group, data_dir):
    """Before: V after a restart made a new code, and the results said "åpen" while nothing
    served it. Now the phones' QR code and the forms already loaded keep working."""
    app, group = app_and_group
    gathering = group.gatherings[0]
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot, app, group.id, gathering.id)
        url, code = screen.server.url, screen.session.code
        address = loopback_address()
        connector = aiohttp.TCPConnector(local_addr=(address, 0))
        async with aiohttp.ClientSession(connector=connector) as phone:
            async with phone.get(url) as r:
                nonce = NONCE.search(await r.text()).group(1)  # the form is on the phone
            app.pop_screen()  # the leader leaves (or the app stops): the evaluation stays open
            await wait_for(pilot, lambda: screen.server is None)
            results = EvaluationResultsScreen(group.id, gathering.id)
            app.push_screen(results)
            await pilot.pause()
            body = static_text(results, "#results-body")
            assert "Ingen tar imot svar nå" in body and "samme adresse" in body
            app.pop_screen()
            again = await _open(pilot, app, group.id, gathering.id)
            assert again.server.url == url and again.session.code == code
            async with phone.post(
                url,
                data={"nonce": nonce, "relevance": "5"},
                headers={"Origin": again.server.base},
                allow_redirects=False,
            ) as r:
                assert r.status == 303  # the page loaded before the restart still sends
        await wait_for(pilot, lambda: "1 av 8" in static_text(again, "#evaluation-count"))


async def test_a_restart_on_a_busy_port_says_which_port_it_took(app_and_group, data_dir):
    app, group = app_and_group
    gathering = group.gatherings[0]
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot, app, group.id, gathering.id)
        port, token = screen.server.port, screen.server.token
        app.pop_screen()
        await wait_for(pilot, lambda: screen.server is None)
        import socket

        holder = socket.socket()
        holder.bind(("127.0.0.1", port))  # something else took the port meanwhile
        holder.listen()
        try:
            again = await _open(pilot, app, group.id, gathering.id)
            assert again.server.port != port and again.server.token == token
            notice = static_text(again, "#evaluation-notice")
            assert f"Port {port} var i bruk" in notice and str(again.server.port) in notice
            assert f":{again.server.port}/" in static_text(again, "#evaluation-url")
        finally:
            holder.close()


async def test_a_closed_evaluation_is_not_reopened(app_and_group, data_dir, library):
    app, group = app_and_group
    gathering = group.gatherings[0]
    store = AnswerStore(data_dir)
    evaluation = store.open(group, gathering, library.goals, date(2026, 11, 23))
    store.add_answer(evaluation, {"relevance": 3, "blocks": {}, "goals": {}, "good": "x"})
    store.close(evaluation)
    async with app.run_test(size=(100, 30)) as pilot:
        base = app.screen
        app.push_screen(EvaluationScreen(group.id, gathering.id))
        await wait_for(pilot, lambda: app.screen is base)
        assert any("kan ikke åpnes igjen" in str(n.message) for n in app._notifications)
    assert AnswerStore(data_dir).load_for(group.id, gathering.id).count == 1


async def test_limit_shared_phone_and_test_answers(app_and_group, data_dir):
    app, group = app_and_group
    gathering = group.gatherings[0]
    async with app.run_test(size=(110, 34)) as pilot:
        screen = await _open(pilot, app, group.id, gathering.id)
        server = screen.server
        laptop = loopback_address()
        assert await answer(server.url, server.base, laptop) == 303
        # a second person on the same phone: refused until the leader allows it
        assert await _refused(server, laptop)
        await pilot.press("d")
        await wait_for(pilot, lambda: "delt telefon" in static_text(screen, "#evaluation-count"))
        assert await answer(server.url, server.base, laptop) == 303
        await wait_for(pilot, lambda: "2 av 8" in static_text(screen, "#evaluation-count"))
        # these were a test: deleted (confirmed) before the real round, and the phone may answer
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert "Slette alle 2 svar" in str(app.screen.query_one(".dialog-text", Static).render())
        await pilot.press("y")
        await wait_for(pilot, lambda: "0 av 8" in static_text(screen, "#evaluation-count"))
        assert AnswerStore(data_dir).load_for(group.id, gathering.id).count == 0
        for _ in range(8):
            assert await answer(server.url, server.base) == 303
        await wait_for(pilot, lambda: "8 av 8" in static_text(screen, "#evaluation-count"))
        assert await _refused(server, loopback_address(), "like mange svar")
        await pilot.press("plus")  # one participant was not on the list: one more
        await wait_for(pilot, lambda: "8 av 9" in static_text(screen, "#evaluation-count"))
        assert await answer(server.url, server.base) == 303
        await wait_for(pilot, lambda: "9 av 9" in static_text(screen, "#evaluation-count"))
        assert AnswerStore(data_dir).load_for(group.id, gathering.id).limit == 9


async def _refused(server, address: str, text: str = "allerede svart") -> bool:
    connector = aiohttp.TCPConnector(local_addr=(address, 0))
    async with aiohttp.ClientSession(connector=connector) as phone:
        async with phone.get(server.url) as r:
            page = await r.text()
    return text in page and NONCE.search(page) is None


async def test_results_screen_prints_slips_ahead_and_clears_test_answers(
    app_and_group, data_dir, library
):
    app, group = app_and_group
    future = group.gatherings[2]
    async with app.run_test(size=(110, 34)) as pilot:
        results = EvaluationResultsScreen(group.id, future.id)
        app.push_screen(results)
        await pilot.pause()
        await pilot.press("escape", "p")  # out of the leader's field first
        await wait_for(pilot, lambda: isinstance(app.screen, RunInputDialog))
        await pilot.press("end", "backspace", "0", "enter")  # not a number of slips
        await pilot.pause()
        assert isinstance(app.screen, RunInputDialog)
        await pilot.press("backspace", *"5", "enter")
        await wait_for(pilot, lambda: app.screen is results)
        evaluation = AnswerStore(data_dir).load_for(group.id, future.id)
        assert evaluation.status == "ready" and evaluation.mode == "ballot"
        assert len(evaluation.ballots) == 5
        sheet = AnswerStore(data_dir).sheet_path(evaluation.id)
        html = sheet.read_text()
        assert html.count('class="slip ahead"') == 5 and "http://" not in html
        codes = re.findall(r'class="code big">([0-9A-Z]{5}-[0-9A-Z]{5})<', html)
        assert len(codes) == 5
        app.pop_screen()
        # opened later (the gathering not yet held: asked), in ballot mode, the codes work
        screen = EvaluationScreen(group.id, future.id)
        app.push_screen(screen)
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_for(pilot, lambda: screen.running)
        assert screen.mode == "ballot" and screen.server.evaluation.cap == 8
        slip = screen.server.url + "/" + codes[0]
        assert await answer(slip, screen.server.base, ballot=codes[0].replace("-", "")) == 303
        await wait_for(pilot, lambda: "1 av 8" in static_text(screen, "#evaluation-count"))
        app.pop_screen()
        await wait_for(pilot, lambda: screen.server is None)
        results = EvaluationResultsScreen(group.id, future.id)
        app.push_screen(results)
        await pilot.pause()
        await pilot.press("escape", "t")  # out of the leader's field first
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_for(pilot, lambda: app.screen is results)
        await pilot.pause()
        assert AnswerStore(data_dir).load_for(group.id, future.id).count == 0


async def test_the_leaders_texts_warn_about_identifiers(app_and_group, data_dir):
    app, group = app_and_group
    gathering = group.gatherings[0]
    k1, k2 = control_digits("010190100")
    async with app.run_test(size=(110, 34)) as pilot:
        results = EvaluationResultsScreen(group.id, gathering.id)
        app.push_screen(results)
        await pilot.pause()
        leader, oral, _wishes = results.query(NotesEditor)
        assert not leader.has_class("-warning")
        results.query_one("#results-leader").load_text(f"Pasienten 010190 100{k1}{k2} kom")
        await pilot.pause()
        assert leader.has_class("-warning")
        assert "fødselsnummer" in str(leader.query_one(".guard", Static).render())
        results.query_one("#results-oral").focus()
        results.query_one("#results-oral").load_text("Ring 912 34 567")
        await pilot.pause()
        await pilot.press("ctrl+t")  # masks what the guard found
        await pilot.pause()
        assert results.query_one("#results-oral").text == "Ring [telefonnummer fjernet]"
        assert not oral.has_class("-warning")
