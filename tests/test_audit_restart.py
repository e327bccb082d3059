"""A phone changes its own audit figure after a restart while the collection is still open
(follow-up of issue 15).

Before: the server remembered what each phone sent in memory only, so after the app (or run mode)
was restarted a phone could see its figure but not change it. Now the run state keeps, beside the
figures and in the same write, one proof per phone (a hash of the phone's own key with the figures
it sent), and a new server is given them. What issue 15 built still holds: a forged "my figures"
cookie or an old key replayed after a change withdraws nothing, not even a figure equal to the
phone's own; the proofs name no phone and no figure, and leave the disk when the collection ends.
"""

from __future__ import annotations

import json
import re

import aiohttp

from groupguide.phone.audit_form import own_cookie
from groupguide.phone.audit_server import AuditServer, proof
from groupguide.services.run_session import RunSession
from groupguide.store.runstate import RunStateStore
from tests import test_audit_kept, test_audit_phones
from tests.test_audit_kept import figures_in_folder
from tests.test_audit_phones import MEASURES, NONCE, Phone, Room
from tests.test_evaluation_server import loopback_address

# the fixtures of the tests this follows: a served collection, and a workspace with a plan
served = test_audit_phones.served
workspace = test_audit_kept.workspace

HEX64 = re.compile(r"\b[0-9a-f]{64}\b")


def restarted(room: Room, **kwargs) -> AuditServer:
    """The app restarted mid-collection: a new server (a new address and code) for the same
    block, given what the run state kept."""
    return AuditServer(
        "Audit", MEASURES, room.get, room.submit, "127.0.0.1", 0, cookie_id="block-1",
        proofs=set(room.proofs), **kwargs,
    )  # fmt: skip


async def change(phone: Phone, server: AuditServer, **figures: str) -> int:
    """Open the change form and send it; the status of the post (or of the GET when it is not
    offered)."""
    async with phone.session.get(server.url + "/endre", allow_redirects=False) as response:
        page = await response.text()
        if response.status != 200:
            return response.status
    fields = {"nonce": NONCE.search(page).group(1), "lang": "nb", "m0": "", "m1": "", **figures}
    async with phone.session.post(
        server.url + "/endre",
        data=fields,
        allow_redirects=False,
        headers={"Origin": server.base},
    ) as response:
        return response.status


def move_to(phone: Phone, server: AuditServer) -> None:
    """The phone scans the new QR code: its cookies (per block, not per address) go along."""
    phone.server = server


async def test_a_phone_changes_its_figure_after_a_restart(served):
    server, room = served
    phones = [Phone(server) for _ in range(5)]
    try:
        for phone, figure in zip(phones, ("4,2", "6", "7,5", "9", "12,5"), strict=True):
            assert (await phone.send(m0=figure))[0] == 303
        assert len(room.proofs) == 5
        await server.stop()  # the app is closed (or killed) while the collection is open
        again = restarted(room)
        await again.start()
        try:
            assert again.phones == 5  # the cap counts the phones that sent before
            for phone in phones:
                move_to(phone, again)
            # the form leads a phone that sent to its own page, which offers the change
            status, page = await phones[0].get()
            assert status == 200 and "Hvor ligger du?" in page and "Endre tallene dine" in page
            assert await change(phones[0], again, m0="42") == 303  # meant 4,2? no: 42
            assert room.figures["sick_leave"] == [6.0, 7.5, 9.0, 12.5, 42.0]
            assert len(room.proofs) == 5 and again.phones == 5
            status, page = await phones[0].get("/din")
            assert "42" in page and "4,2" not in page
            # a phone that sent cannot send a second time after the restart either
            status, _ = await phones[1].get(follow=False)
            assert status == 303  # the form leads it to its own page
            fresh = Phone(again)
            try:
                _, form = await fresh.get()
            finally:
                await fresh.close()
            fields = {"nonce": NONCE.search(form).group(1), "lang": "nb", "m0": "1", "m1": ""}
            status, page, _ = await phones[1].post(fields)
            assert status == 409 and room.figures["sick_leave"].count(1.0) == 0
        finally:
            await again.stop()
    finally:
        for phone in phones:
            await phone.close()


async def test_two_phones_with_the_same_figure_and_a_replayed_key(served):
    """A and B both sent 4,2. After A changes to 5, A's old cookies (kept by a curious phone, or
    a second tab) match no proof: they cannot take B's 4,2, before or after a restart."""
    server, room = served
    a, b = Phone(server), Phone(server)
    thief = Phone(server)
    try:
        await a.send(m0="4,2")
        await b.send(m0="4,2")
        url = aiohttp.client.URL(server.url)
        old = {k: c.value for k, c in a.session.cookie_jar.filter_cookies(url).items()}
        assert set(old) == {server.own_cookie, server.key_cookie}
        assert await change(a, server, m0="5") == 303
        assert room.figures["sick_leave"] == [4.2, 5.0]
        for current in (server, restarted(room)):
            if current is not server:
                await server.stop()
                await current.start()
                move_to(thief, current)
            thief.session.cookie_jar.update_cookies(
                old, response_url=aiohttp.client.URL(current.base)
            )
            assert await change(thief, current, m0="") == 303  # to its own page: nothing changed
            assert room.figures["sick_leave"] == [4.2, 5.0]
        # only the keys a phone was last given match, and the proof is no figure's hash
        new_key = {k: c.value for k, c in a.session.cookie_jar.filter_cookies(url).items()}
        kept = proof(new_key[server.key_cookie], MEASURES, {"sick_leave": 5.0})
        assert (
            kept in room.proofs
            and proof(old[server.key_cookie], MEASURES, {"sick_leave": 4.2}) not in room.proofs
        )
        await current.stop()
    finally:
        for phone in (a, b, thief):
            await phone.close()


async def test_a_forged_cookie_changes_nothing_after_a_restart(served):
    server, room = served
    honest = Phone(server)
    forger = Phone(server)
    try:
        await honest.send(m0="7")
        await server.stop()
        again = restarted(room)
        await again.start()
        move_to(forger, again)
        forged = {
            again.own_cookie: own_cookie(MEASURES, {"sick_leave": 7.0}),
            again.key_cookie: "x" * 32,
        }
        forger.session.cookie_jar.update_cookies(
            forged, response_url=aiohttp.client.URL(again.base)
        )
        assert await change(forger, again, m0="") == 303
        status, page = await forger.get("/din")
        assert "Endre tallene dine" not in page and "ikke sendt inn tall" in page
        assert room.figures["sick_leave"] == [7.0]
        await again.stop()
    finally:
        await honest.close()
        await forger.close()


async def test_an_ended_collection_takes_no_change_and_a_stale_cookie_may_send_anew(served):
    """A restart with no proofs (the collection had ended: its distribution was kept, and a
    new collection replaces it) leaves the old figure in the cookie: it is shown once this one
    has ended, and does not keep the phone from sending to the new one."""
    server, room = served
    phone = Phone(server)
    try:
        await phone.send(m0="3")
        server.close()
        assert await change(phone, server, m0="4") == 410
        await server.stop()
        room.figures["sick_leave"].clear()  # sealed: the kept distribution, no figures
        room.proofs.clear()
        again = restarted(room)
        await again.start()
        move_to(phone, again)
        status, page = await phone.get("/din")
        assert "ikke sendt inn tall" in page and "Endre" not in page
        assert (await phone.send(m0="4"))[0] == 303
        assert room.figures["sick_leave"] == [4.0] and len(room.proofs) == 1
        again.close()
        status, page = await phone.get("/din")
        assert "Ditt tall:" in page and "<strong>4</strong>" in page
        await again.stop()
    finally:
        await phone.close()


# -- the run session: the run state on disk ------------------------------------------------


class SessionPhone:
    def __init__(self) -> None:
        self.session = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True),
            connector=aiohttp.TCPConnector(local_addr=(loopback_address(), 0)),
        )

    async def send(self, url: str, path: str = "", **fields: str) -> int:
        async with self.session.get(url + path, allow_redirects=False) as response:
            page = await response.text()
            if response.status != 200:
                return response.status
        posted = {"nonce": NONCE.search(page).group(1), "lang": "nb", "m0": "", "m1": ""}
        async with self.session.post(
            url + path,
            data={**posted, **fields},
            headers={"Origin": url.split("/a/")[0]},
            allow_redirects=False,
        ) as response:
            return response.status


def run_file(ws, gathering_id: str) -> str:
    return json.dumps(RunStateStore(ws.data_dir).load(gathering_id).to_dict())


async def test_six_phones_and_the_app_restarted_mid_collection(workspace):
    ws, group, _clock = workspace
    gathering = group.gatherings[0]
    session = RunSession.open(ws, group.id, gathering.id)
    session.toggle()
    phones = [SessionPhone() for _ in range(6)]
    try:
        first = await session.open_phones()
        for phone, figure in zip(phones, ("4,2", "4,2", "8", "13", "15,5", "21"), strict=True):
            assert await phone.send(first.url, m0=figure) == 303
        saved = RunStateStore(ws.data_dir).load(gathering.id)
        block = session.block()
        proofs = saved.blocks[block.id].audit_proofs
        assert len(proofs) == 6 and proofs == sorted(proofs)
        await session.stop_phones()  # run mode closes (or the app is killed): still open
        again = RunSession.open(ws, group.id, gathering.id)
        assert again.collecting()
        phones_again = await again.open_phones()
        assert phones_again.url == first.url and phones_again.phones == 6  # the same QR code
        # the second 4,2 was a typo for 14,2: changed after the restart
        assert await phones[1].send(phones_again.url, "/endre", m0="14,2") == 303
        assert again.figures("sick_leave") == [4.2, 8.0, 13.0, 14.2, 15.5, 21.0]
        assert len(RunStateStore(ws.data_dir).load(gathering.id).blocks[block.id].audit_proofs) == 6
        # stopped with S and opened again with Q, in the same run: still changeable
        assert again.close_phones()
        text = run_file(ws, gathering.id)
        assert "audit_proofs" not in text and not HEX64.search(
            text
        )  # off the disk with the figures
        await again.open_phones()
        assert len(RunStateStore(ws.data_dir).load(gathering.id).blocks[block.id].audit_proofs) == 6
        assert await phones[3].send(phones_again.url, "/endre", m0="") == 303  # withdrawn
        assert again.figures("sick_leave") == [4.2, 8.0, 14.2, 15.5, 21.0]
        assert again.close_phones()
        assert await phones[0].send(phones_again.url, "/endre", m0="5") == 410  # ended
        kept = {
            r.measure: r for r in ws.group(group.id).gathering(gathering.id).block(block.id).audit
        }
        assert kept["sick_leave"].count == 5
        assert figures_in_folder(ws.data_dir, [4.2, 8.0, 14.2, 15.5, 21.0]) == []
        await again.stop_phones()
    finally:
        for phone in phones:
            await phone.session.close()


async def test_at_phone_size_a_phone_changes_its_figure_after_a_restart():
    """Chromium as a phone (no JavaScript): its cookies go to the restarted server on another
    port (cookies are per host), the own page offers the change, and the figure is replaced."""
    from tests.test_evaluation_browser import ARTIFACTS, _phone, _playwright

    async_playwright = _playwright()
    room = Room()
    for sick_leave in (3.1, 6.4, 4.8, 9.0):
        room.submit({"sick_leave": sick_leave})
    first = AuditServer("Egne tall", MEASURES, room.get, room.submit, "127.0.0.1", 0, cookie_id="b")
    await first.start()
    again = None
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        async with async_playwright() as p:
            browser, page = await _phone(p)
            await page.goto(first.url)
            await page.fill("#m0", "52")  # a typo for 5,2
            await page.click("button[type=submit]")
            await page.wait_for_load_state()
            assert room.figures["sick_leave"] == [3.1, 4.8, 6.4, 9.0, 52.0]
            await first.stop()  # the laptop restarts the app mid-collection
            again = AuditServer(
                "Egne tall", MEASURES, room.get, room.submit, "127.0.0.1", 0, cookie_id="b",
                proofs=set(room.proofs),
            )  # fmt: skip
            await again.start()
            assert again.port != first.port
            await page.goto(again.url)  # the new QR code
            assert await page.title() == "Hvor ligger du?"
            text = await page.inner_text("main")
            assert "Ditt tall: 52" in text and "5 tall er sendt inn så langt" in text
            await page.screenshot(path=str(ARTIFACTS / "audit-mine-restarted.png"), full_page=True)
            await page.click("a.change")
            await page.wait_for_load_state()
            assert await page.input_value("#m0") == "52"
            await page.fill("#m0", "5,2")
            await page.click("button[type=submit]")
            await page.wait_for_load_state()
            assert room.figures["sick_leave"] == [3.1, 4.8, 5.2, 6.4, 9.0]
            again.close()
            await page.reload()
            text = await page.inner_text("main")
            assert "Ditt tall: 5,2" in text
            assert "Ditt tall ligger i samme intervall som gruppens median." in text
            await page.screenshot(
                path=str(ARTIFACTS / "audit-mine-after-restart.png"), full_page=True
            )
            await browser.close()
    finally:
        await first.stop()
        if again is not None:
            await again.stop()
