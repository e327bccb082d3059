"""Run mode (issue 4): audit figures from phones. The leader presses Q on an audit block; phones
post over real HTTP to the server in the app's loop; while the collection is open nobody sees the
distribution (a change on the wall as someone taps would give them away); once it ends, the
shared screen shows the distribution and median only and each phone sees where its own figure
stands."""

from __future__ import annotations

import re

import aiohttp
import pytest

from groupguide.store.runstate import RunStateStore
from groupguide.tui.screens.phones_qr import PhonesScreen
from groupguide.tui.screens.run import RunScreen
from tests.test_evaluation_server import loopback_address
from tests.test_run_screen import SIZE, _app, plan_copy
from tests.tui_helpers import open_store

NONCE = re.compile(r'name="nonce" value="([^"]+)"')


async def _to_audit(pilot) -> RunScreen:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, RunScreen)
    while screen.state.index > 6:  # gathering 1 is held: its audit block is number 7
        await pilot.press("b")
    await pilot.pause()
    assert screen.has_class("-kind-audit")
    return screen


def _phone() -> aiohttp.ClientSession:
    """A phone with a network address of its own."""
    return aiohttp.ClientSession(
        cookie_jar=aiohttp.CookieJar(unsafe=True),
        connector=aiohttp.TCPConnector(local_addr=(loopback_address(), 0)),
    )


async def _send(session: aiohttp.ClientSession, url: str, **fields) -> int:
    async with session.get(url) as response:
        page = await response.text()
    posted = {"nonce": NONCE.search(page).group(1), "lang": "nb", "m0": "", "m1": "", **fields}
    base = url.split("/a/")[0]
    async with session.post(
        url, data=posted, headers={"Origin": base}, allow_redirects=False
    ) as response:
        return response.status


@pytest.fixture
def audit_app(data_dir, example_plan):
    store = open_store(data_dir, plan_copy(example_plan, data_dir.parent))
    store.save_settings({"evaluation_host": "127.0.0.1", "evaluation_port": 0})
    return _app(data_dir, example_plan, gathering_number=1, store=store)


async def test_phones_send_figures_screen_shows_distribution_only(audit_app, data_dir):
    app, store, group, gathering, clock = audit_app
    async with app.run_test(size=SIZE) as pilot:
        screen = await _to_audit(pilot)
        assert "Q:" in str(screen.query_one("#run-audit-phones").render())
        await pilot.press("q")
        for _ in range(20):
            await pilot.pause(0.05)
            if isinstance(app.screen, PhonesScreen):
                break
        qr_screen = app.screen
        assert isinstance(qr_screen, PhonesScreen)
        url = screen.phones.url
        assert url.startswith("http://127.0.0.1:") and "/a/" in url
        phones = [_phone() for _ in range(3)]
        try:
            assert await _send(phones[0], url, m0="4,2", m1="10") == 303
            assert await _send(phones[1], url, m0="6") == 303
            await pilot.pause()
            assert qr_screen.count == 2
            assert "Median" not in str(screen.query_one("#run-audit").render())
            assert await _send(phones[2], url, m0="5,5") == 303
            await pilot.pause()
            assert qr_screen.count == 3
            await pilot.press("escape")  # back to the run; the collection goes on
            await pilot.pause()
            assert app.screen is screen and screen.phones is not None
            shared = str(screen.query_one("#run-audit").render())
            assert "3 tall mottatt" in shared and "Median" not in shared
            status_line = str(screen.query_one("#run-audit-phones").render())
            assert "åpent" in status_line and "3 av 7 til stede" in status_line  # one was absent
            # the leader ends the collection: the distribution shows, here and on the phones
            await pilot.press("q")
            await pilot.pause(0.2)
            assert isinstance(app.screen, PhonesScreen)
            await pilot.press("s")
            await pilot.pause()
            assert app.screen is screen and not screen.phones.is_open
            shared = str(screen.query_one("#run-audit").render())
            assert "Median mellom 0 og 10" in shared and "6,0" not in shared
            assert "avsluttet" in str(screen.query_one("#run-audit-phones").render())
            # each phone sees where its own figure stands; the shared screen never does
            async with phones[0].get(url + "/din") as response:
                mine = await response.text()
            assert "Ditt tall:" in mine and "ligger mellom 0 og 10" in mine
            # its bin against the median's bin, which is all the one bin 0–10 shows anyway
            assert "samme intervall som gruppens median" in mine
            # ended: the run state keeps no figure; the block keeps the distribution only
            saved = RunStateStore(data_dir).load(gathering.id)
            audit_block = gathering.blocks[6]
            assert saved.blocks[audit_block.id].audit == {}
            stored = app.services.group(group.id).gathering(gathering.id)
            kept = {r.measure: r for r in stored.blocks[6].audit}
            assert kept["sick_leave"].count == 3
            assert kept["sick_leave"].median_range == (0.0, 10.0)
            assert kept["referrals"].count == 1 and not kept["referrals"].bins  # only the count
            raw = RunStateStore(data_dir).path(gathering.id).read_text(encoding="utf-8")
            assert "127.0.0.1" not in raw and "cookie" not in raw.lower()
            assert "5.5" not in raw and "4.2" not in raw
            # the leader can still add and remove figures by hand: hidden again until S, here
            # and on the phones (which still show the distribution the collection ended with)
            await pilot.press("1")
            await pilot.pause()
            await pilot.press(*"-6", "enter")
            await pilot.pause()
            assert screen.session.figures("sick_leave") == [4.2, 5.5]
            shared = str(screen.query_one("#run-audit").render())
            assert "2 tall mottatt" in shared and "Median" not in shared
            async with phones[0].get(url + "/din") as response:
                assert "ligger mellom 0 og 10 (3 tall)" in await response.text()
            await pilot.press("s")
            await pilot.pause()
            shared = str(screen.query_one("#run-audit").render())
            assert "2 tall lagt inn" in shared and "mottatt" not in shared
            async with phones[0].get(url + "/din") as response:
                assert "Gruppens median" not in await response.text()  # two: nothing shown
            # the phones' own pages keep working on the next block; closing run mode ends them
            clock.advance(minutes=30)
            await pilot.press("n")
            await pilot.pause()
            async with phones[0].get(url + "/din") as response:
                assert "Ditt tall:" in await response.text()
        finally:
            for phone in phones:
                await phone.close()
    async with aiohttp.ClientSession() as late:
        with pytest.raises(aiohttp.ClientConnectionError):
            async with late.get(url) as response:
                await response.text()


async def test_leaving_the_block_ends_an_open_collection(audit_app):
    app, store, group, gathering, clock = audit_app
    async with app.run_test(size=SIZE) as pilot:
        screen = await _to_audit(pilot)
        await pilot.press("q")
        await pilot.pause(0.2)
        url = screen.phones.url
        await pilot.press("escape")
        await pilot.pause()
        phones = [_phone() for _ in range(3)]
        try:
            for phone, figure in zip(phones, ("3", "4", "5"), strict=True):
                assert await _send(phone, url, m0=figure) == 303
            await pilot.pause()
            await pilot.press("n")
            await pilot.pause()
            assert not screen.phones.is_open
            async with phones[0].get(url + "/din") as response:
                page = await response.text()
            assert "Gruppens median ligger mellom 0 og 10" in page
            async with aiohttp.ClientSession() as late:
                async with late.get(url) as response:
                    assert response.status == 410  # "the collection has ended"
            # back to the audit block: Q opens the same collection again
            await pilot.press("b")
            await pilot.pause()
            await pilot.press("q")
            await pilot.pause(0.2)
            assert screen.phones.is_open and screen.phones.url == url
        finally:
            for phone in phones:
                await phone.close()


async def test_s_on_the_run_screen_ends_phones_and_hand_typed_figures_as_one(audit_app):
    """Figures typed by hand while phones send are one collection: S ends both."""
    app, store, group, gathering, clock = audit_app
    async with app.run_test(size=SIZE) as pilot:
        screen = await _to_audit(pilot)
        assert not screen.check_action("end_figures", ())  # nothing is being collected
        await pilot.press("q")
        await pilot.pause(0.2)
        url = screen.phones.url
        await pilot.press("escape")
        await pilot.pause()
        phones = [_phone() for _ in range(2)]
        try:
            for phone, figure in zip(phones, ("3", "4"), strict=True):
                assert await _send(phone, url, m0=figure) == 303
            await pilot.press("1")
            await pilot.pause()
            await pilot.press("5", "enter")
            await pilot.pause()
            shared = str(screen.query_one("#run-audit").render())
            assert "3 tall mottatt" in shared and "Median" not in shared
            assert screen.check_action("end_figures", ())
            await pilot.press("s")
            await pilot.pause()
            assert not screen.phones.is_open
            shared = str(screen.query_one("#run-audit").render())
            assert "Median mellom 0 og 10 (3 tall" in shared
            async with phones[0].get(url + "/din") as response:
                assert "ligger mellom 0 og 10 (3 tall)" in await response.text()
            assert not screen.check_action("end_figures", ())
        finally:
            for phone in phones:
                await phone.close()


async def test_q_is_only_offered_on_an_audit_block(audit_app):
    app, store, group, gathering, clock = audit_app
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert not screen.has_class("-kind-audit")
        assert screen.check_action("phones", ()) is False
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is screen and screen.phones is None


async def test_a_failed_save_tells_the_phone_and_keeps_nothing(audit_app, monkeypatch):
    app, store, group, gathering, clock = audit_app
    async with app.run_test(size=SIZE) as pilot:
        screen = await _to_audit(pilot)
        await pilot.press("q")
        await pilot.pause(0.2)
        url = screen.phones.url

        def refuse(state):
            from groupguide.store.errors import StoreWriteError

            raise StoreWriteError(
                RunStateStore(screen.app.services.data_dir).path(gathering.id),
                OSError(28, "No space left on device"),
            )

        monkeypatch.setattr(screen.runs, "save", refuse)
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as phone:
            assert await _send(phone, url, m0="7") == 503
        await pilot.pause()
        assert screen.state.figures(screen.gathering, "sick_leave") == []
        await pilot.press("escape")
        await pilot.pause()
