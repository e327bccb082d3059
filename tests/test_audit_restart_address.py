"""An audit's collection keeps its address across a restart of the app, as the evaluation does.

Before: when the app was restarted (a crash, a closed lid, quitting by mistake) while a collection
of audit figures from phones was open, the phones' proofs were kept, but the form came back on a
new random port with a new code: every phone had to scan a new QR code, and the pages already open
on the phones stopped working. Now the run state keeps, beside the proofs and in the same saves,
where the collection is served (host, port, token and the key that signs its forms' nonces); a
restarted app serves there again when the address is still this machine's and the port free,
else on a new port with the same code, and says so. Ending the collection (S) takes it off the
disk; a damaged stored form is ignored.
"""

from __future__ import annotations

import json
import socket
from dataclasses import astuple

import aiohttp
import pytest

from groupguide.domain.blockrun import BlockRun
from groupguide.domain.serving import parse_serving
from groupguide.phone.lan import Candidate
from groupguide.phone.resume import resume
from groupguide.services.evaluations import EvaluationSession
from groupguide.services.run_session import RunSession
from groupguide.store.runstate import RunStateStore
from groupguide.tui.screens.phones_qr import PhonesScreen
from tests import test_audit_kept, test_run_phones
from tests.test_audit_phones import NONCE
from tests.test_audit_restart import SessionPhone
from tests.test_run_phones import _to_audit
from tests.test_run_screen import SIZE, _app

workspace = test_audit_kept.workspace
audit_app = test_run_phones.audit_app
TOKEN = "K7M2QX9A4RTB8WZC"


def stored(ws, gathering_id: str) -> dict:
    return json.loads(RunStateStore(ws.data_dir).path(gathering_id).read_text(encoding="utf-8"))


def hold(port: int) -> socket.socket:
    """Another program takes the port while the app is down."""
    holder = socket.socket()
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # past the old TIME_WAITs
    holder.bind(("127.0.0.1", port))
    holder.listen()
    return holder


async def open_form(phone: SessionPhone, url: str) -> str:
    """The phone opens the form (and keeps it open): its nonce."""
    async with phone.session.get(url) as response:
        assert response.status == 200
        return NONCE.search(await response.text()).group(1)


async def serves(url: str) -> bool:
    """A new phone opens the form at ``url``."""
    phone = SessionPhone()
    try:
        return bool(await open_form(phone, url))
    except aiohttp.ClientConnectionError:
        return False
    finally:
        await phone.session.close()


async def post_form(phone: SessionPhone, url: str, nonce: str, **fields: str) -> int:
    posted = {"nonce": nonce, "lang": "nb", "m0": "", "m1": "", **fields}
    async with phone.session.post(
        url,
        data=posted,
        headers={"Origin": url.split("/a/")[0]},
        allow_redirects=False,
    ) as response:
        return response.status


async def test_restarted_mid_collection_the_open_page_and_the_qr_code_still_work(workspace):
    ws, group, _clock = workspace
    gathering = group.gatherings[0]
    session = RunSession.open(ws, group.id, gathering.id)
    session.toggle()
    sent, reading = SessionPhone(), SessionPhone()
    again = None
    try:
        first = await session.open_phones()
        url = first.url
        assert await sent.send(url, m0="7") == 303
        nonce = await open_form(reading, url)  # this phone has the form open, not sent yet
        block = session.block()
        kept = stored(ws, gathering.id)["blocks"][block.id]["audit_serving"]
        assert kept["token"] == first.server.token and kept["port"] == first.server.port
        assert set(kept) == {"host", "port", "token", "key", "asked"}  # nothing about a phone
        await session.stop_phones()  # the app is killed with the collection open
        assert not await serves(url)
        again = RunSession.open(ws, group.id, gathering.id)
        assert again.collecting()
        phones = await again.open_phones()
        assert phones.url == url and phones.notice == ""  # the same QR code
        assert await post_form(reading, url, nonce, m0="12,5") == 303  # the page opened before
        assert await sent.send(url, "/endre", m0="8") == 303  # and a change, at the same URL
        assert again.figures("sick_leave") == [8.0, 12.5]
        assert stored(ws, gathering.id)["blocks"][block.id]["audit_serving"]["port"] == int(
            url.split(":")[2].split("/")[0]
        )
    finally:
        if again is not None:
            await again.stop_phones()
        await session.stop_phones()
        for phone in (sent, reading):
            await phone.session.close()


async def test_a_port_taken_meanwhile_gives_a_new_port_with_the_same_code(workspace):
    ws, group, _clock = workspace
    gathering = group.gatherings[0]
    session = RunSession.open(ws, group.id, gathering.id)
    phone = SessionPhone()
    again = None
    try:
        first = await session.open_phones()
        port, token = first.server.port, first.server.token
        assert await phone.send(first.url, m0="4,2") == 303
        await session.stop_phones()
        holder = hold(port)
        try:
            again = RunSession.open(ws, group.id, gathering.id)
            phones = await again.open_phones()
            assert phones.server.port != port and phones.server.token == token
            assert f"Port {port} var i bruk" in phones.notice
            assert str(phones.server.port) in phones.notice and "samme kode" in phones.notice
            # the phone scans the new QR code: its cookies (per host) still let it change
            assert await phone.send(phones.url, "/endre", m0="4") == 303
            assert again.figures("sick_leave") == [4.0]
            # the new port is the one kept now
            kept = stored(ws, gathering.id)["blocks"][again.block().id]["audit_serving"]
            assert kept["port"] == phones.server.port and kept["token"] == token
        finally:
            holder.close()
    finally:
        if again is not None:
            await again.stop_phones()
        await phone.session.close()


async def test_ended_with_s_nothing_is_kept_and_a_restart_gets_a_new_code(workspace):
    ws, group, _clock = workspace
    gathering = group.gatherings[0]
    session = RunSession.open(ws, group.id, gathering.id)
    phone = SessionPhone()
    again = None
    try:
        first = await session.open_phones()
        token = first.server.token
        assert await phone.send(first.url, m0="9") == 303
        assert session.end_collection()  # S
        raw = RunStateStore(ws.data_dir).path(gathering.id).read_text(encoding="utf-8")
        assert "audit_serving" not in raw and token not in raw
        assert first.server.nonce_key.hex() not in raw and str(first.server.port) not in raw
        await session.stop_phones()
        again = RunSession.open(ws, group.id, gathering.id)
        assert not again.collecting()
        phones = await again.open_phones()  # a new collection: a new code
        assert phones.server.token != token and phones.notice == ""
    finally:
        if again is not None:
            await again.stop_phones()
        await phone.session.close()


async def test_opened_nothing_sent_then_ended_leaves_nothing_on_disk(workspace):
    ws, group, _clock = workspace
    gathering = group.gatherings[0]
    session = RunSession.open(ws, group.id, gathering.id)
    try:
        phones = await session.open_phones()
        token = phones.server.token
        assert token in RunStateStore(ws.data_dir).path(gathering.id).read_text(encoding="utf-8")
        assert session.close_phones()  # S with no figure: nothing to seal
        raw = RunStateStore(ws.data_dir).path(gathering.id).read_text(encoding="utf-8")
        assert token not in raw and "audit_serving" not in raw
    finally:
        await session.stop_phones()


DAMAGED = [
    "K7M2QX9A4RTB8WZC",
    ["127.0.0.1", 8765],
    {"host": "127.0.0.1", "port": "8765", "token": TOKEN},
    {"host": "127.0.0.1", "port": True, "token": TOKEN},
    {"host": "127.0.0.1", "port": 70000, "token": TOKEN},
    {"host": 127, "port": 8765, "token": TOKEN},
    {"host": "127.0.0.1", "port": 8765},
    {"host": "127.0.0.1", "port": 8765, "token": "x" * 500},
]


@pytest.mark.parametrize("damaged", DAMAGED, ids=range(len(DAMAGED)))
def test_a_damaged_stored_form_is_ignored(damaged):
    assert parse_serving(damaged) is None
    run = BlockRun.from_dict({"audit": {"sick_leave": [3.0]}, "audit_serving": damaged})
    assert run.audit_serving is None and run.audit == {"sick_leave": [3.0]}


async def test_a_damaged_or_foreign_stored_form_gives_a_fresh_server(workspace):
    """The figures stay; the form is served afresh (a nonsense code or key → new ones; a host
    that is no longer this machine's → this machine's, the code kept)."""
    ws, group, _clock = workspace
    gathering = group.gatherings[0]
    session = RunSession.open(ws, group.id, gathering.id)
    phone = SessionPhone()
    try:
        assert await phone.send((await session.open_phones()).url, m0="5") == 303
        await session.stop_phones()
        block_id = session.block().id
        path = RunStateStore(ws.data_dir).path(gathering.id)
        holder = hold(0)
        busy = holder.getsockname()[1]
        cases = [
            ({"host": "127.0.0.1", "port": busy, "token": "not a code!", "key": "zz"}, None),
            ({"host": "10.99.98.97", "port": 8765, "token": TOKEN, "key": "ab" * 32}, TOKEN),
            ({"host": "127.0.0.1", "port": "eighty", "token": TOKEN}, None),
            ("garbage", None),
        ]
        for serving, token in cases:
            data = json.loads(path.read_text(encoding="utf-8"))
            data["blocks"][block_id]["audit_serving"] = serving
            path.write_text(json.dumps(data), encoding="utf-8")
            again = RunSession.open(ws, group.id, gathering.id)
            assert again.collecting() and again.figures("sick_leave") == [5.0]
            try:
                phones = await again.open_phones()
                assert phones.server.host == "127.0.0.1" and phones.server.port not in (busy, 8765)
                if token is not None:
                    assert phones.server.token == token
                else:
                    assert phones.server.token != TOKEN and len(phones.server.token) >= 10
                assert await serves(phones.url)
            finally:
                await again.stop_phones()
        holder.close()
    finally:
        await phone.session.close()


def test_the_rule_shared_with_the_evaluation():
    here = [
        Candidate("192.168.1.23", "wlan0", False, True),
        Candidate("127.0.0.1", "lo", True, True),
    ]
    previous = {"host": "127.0.0.1", "port": 41000, "token": TOKEN, "key": "", "asked": 8765}
    kept = resume(previous, here, 0, 8765)
    assert (kept.address, kept.port, kept.token, kept.key) == (1, 41000, TOKEN, None)
    # the leader asked for another address, or gave a port: the code alone is kept
    assert astuple(resume(previous, here, 0, 8765, keep_address=False))[:3] == (0, 8765, TOKEN)
    # a port set in the settings since it was served wins (the leader's choice)
    assert astuple(resume(previous, here, 0, 9000))[:3] == (0, 9000, TOKEN)
    # stored before "asked" was kept: served where it was
    older = {k: v for k, v in previous.items() if k != "asked"}
    assert astuple(resume(older, here, 0, 9000))[:2] == (1, 41000)
    # the host is no longer this machine's
    gone = {**previous, "host": "10.0.0.5"}
    assert astuple(resume(gone, here, 0, 8765))[:3] == (0, 8765, TOKEN)
    assert astuple(resume(None, here, 0, 8765))[:3] == (0, 8765, None)


async def test_the_qr_screen_says_the_port_was_busy(audit_app, data_dir, example_plan):
    """In the app: Q, quit with the collection open, another program takes the port, start the
    app again: the QR screen shows the new port, the same code, and a notice."""
    app, store, group, gathering, clock = audit_app
    async with app.run_test(size=SIZE) as pilot:
        screen = await _to_audit(pilot)
        await pilot.press("q")
        await pilot.pause(0.3)
        assert isinstance(app.screen, PhonesScreen)
        port, code = screen.phones.server.port, screen.phones.code
        assert not app.screen.query_one("#phones-notice").display
    holder = hold(port)
    try:
        app, *_ = _app(data_dir, example_plan, gathering_number=1, store=store)
        async with app.run_test(size=SIZE) as pilot:
            screen = await _to_audit(pilot)
            await pilot.press("q")
            await pilot.pause(0.3)
            qr = app.screen
            assert isinstance(qr, PhonesScreen) and screen.phones.code == code
            notice = qr.query_one("#phones-notice")
            assert notice.display and f"Port {port} var i bruk" in str(notice.render())
            assert f":{screen.phones.server.port}/" in str(qr.query_one("#phones-url").render())
    finally:
        holder.close()


async def test_the_evaluation_follows_a_port_the_leader_set_since(workspace):
    """The same rule for the evaluation: its port is kept across a restart, unless the leader
    changed ``evaluation_port`` in the meantime (then that one, with the same code)."""
    ws, group, _clock = workspace
    gathering = group.gatherings[0]
    first = EvaluationSession(ws, group.id, gathering.id)
    await first.start()
    port, token = first.server.port, first.server.token
    await first.stop()
    again = EvaluationSession(ws, group.id, gathering.id)
    await again.start()
    assert (again.server.port, again.server.token) == (port, token)
    await again.stop()
    probe = hold(0)
    chosen = probe.getsockname()[1]
    probe.close()
    ws.update_settings(evaluation_port=chosen)
    moved = EvaluationSession(ws, group.id, gathering.id)
    await moved.start()
    try:
        assert (moved.server.port, moved.server.token, moved.notice) == (chosen, token, "")
    finally:
        await moved.stop()
