"""Audit figures from phones (issue 4): the pure position rules, and the form server over real
HTTP on 127.0.0.1 — anonymous storage, each phone sees where its own figure stands, bad posts get
a friendly page and store nothing."""

from __future__ import annotations

import re

import aiohttp
import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupguide.domain.audit import (
    AUDIT_MIN_FIGURES,
    audit_position,
    audit_summary,
    figure_text,
    parse_figure,
)
from groupguide.phone.audit_form import Measure, own_cookie, read_own_cookie
from groupguide.phone.audit_server import AuditNotSaved, AuditServer, AuditStatus
from tests.test_evaluation_server import loopback_address

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
MEASURES = (
    Measure("sick_leave", "Sykmeldinger", "per 100 konsultasjoner"),
    Measure("referrals", "Henvisninger", "per 100 konsultasjoner"),
)
NASTY_TITLE = "Audit <script>alert(1)</script> [b]x[/b]"


# -- pure rules ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, value",
    [
        ("4,2", 4.2),
        ("4.2", 4.2),
        (" 12 ", 12.0),
        ("0", 0.0),
        ("100", 100.0),
        ("1\u00a000", 100.0),
        (",5", 0.5),
    ],
)
def test_parse_figure_accepts_norwegian_and_english_decimals(raw, value):
    assert parse_figure(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        " ",
        "-1",
        "abc",
        "1e3",
        "nan",
        "inf",
        "1.2.3",
        ".",
        "101",
        "100,5",
        "4,2%",
        "0x10",
        "١٢",
        "9" * 40,
    ],
)
def test_parse_figure_refuses_everything_else(raw):
    assert parse_figure(raw) is None


def test_figure_text():
    assert figure_text(4.25) == "4,2" or figure_text(4.25) == "4,3"  # banker's rounding allowed
    assert figure_text(12.0) == "12"
    assert figure_text(3.5, comma=False) == "3.5"


def test_position_waits_for_the_threshold():
    values = [4.0] * (AUDIT_MIN_FIGURES - 1)
    assert audit_position(audit_summary(values), 4.0) is None


def test_position_is_bin_and_side_of_the_median_bin_only():
    summary = audit_summary([1.0, 2.0, 3.0, 4.0, 10.0])  # bins of 2,5: the median 3 in 2,5–5
    low = audit_position(summary, 1.0)
    high = audit_position(summary, 10.0)
    mid = audit_position(summary, 3.0)
    assert (low.bin, low.relation) == (0, "below")
    assert (high.bin, high.relation) == (len(summary.bins) - 1, "above")
    assert mid.relation == "same"
    assert audit_position(summary, 4.0).relation == "same"  # 3 and 4 share the bin 2,5–5
    assert audit_position(summary, 2.0).relation == "below"  # 0–2,5, however close to 3
    assert set(vars(low)) == {"bin", "relation"}  # no rank, no count of who is lower


@given(
    st.lists(st.floats(0, 100, allow_nan=False), min_size=AUDIT_MIN_FIGURES, max_size=12), st.data()
)
def test_own_figure_lands_in_the_bin_that_counts_it(values, data):
    summary = audit_summary(values)
    own = data.draw(st.sampled_from(values))
    position = audit_position(summary, own)
    assert position is not None
    low, high, count = summary.bins[position.bin]
    assert count >= 1
    assert low - 1e-9 <= own <= high + 1e-9
    assert sum(c for _, _, c in summary.bins) == len(values)


def test_own_cookie_round_trip_and_tampering():
    cookie = own_cookie(MEASURES, {"referrals": 7.25})
    assert read_own_cookie(MEASURES, cookie) == {"referrals": 7.25}
    assert read_own_cookie(
        MEASURES, own_cookie(MEASURES, {"sick_leave": 0.5, "referrals": 12.0})
    ) == {"sick_leave": 0.5, "referrals": 12.0}
    for bad in ("", "9:4", "0:-3", "0:abc|1:", "x" * 500, "0:1e9", "|||", "0"):
        assert read_own_cookie(MEASURES, bad) in ({}, {"sick_leave": 1.0})
    assert read_own_cookie(MEASURES, "0:4|1:x") == {"sick_leave": 4.0}


# -- over HTTP -----------------------------------------------------------------------------------


class Room:
    """The run screen's side: figures kept sorted with no link to a phone, and the phones'
    proofs beside them (what the run state keeps on disk while the collection goes on)."""

    def __init__(self) -> None:
        self.figures: dict[str, list[float]] = {m.key: [] for m in MEASURES}
        self.proofs: set[str] = set()
        self.fail = False
        self.events: list[AuditStatus] = []

    def submit(
        self,
        figures: dict[str, float],
        previous: dict[str, float] | None = None,
        forget: str = "",
        keep: str = "",
    ) -> None:
        if self.fail:
            raise AuditNotSaved("disk full")
        for key, value in (previous or {}).items():
            self.figures[key].remove(value)
        for key, value in figures.items():
            self.figures[key].append(value)
            self.figures[key].sort()
        self.proofs.discard(forget)
        if keep:
            self.proofs.add(keep)

    def get(self, key: str) -> list[float]:
        return list(self.figures[key])


@pytest.fixture
async def served():
    room = Room()
    server = AuditServer(
        NASTY_TITLE,
        MEASURES,
        room.get,
        room.submit,
        "127.0.0.1",
        0,
        cookie_id="block-1",
        on_change=room.events.append,
    )
    await server.start()
    yield server, room
    await server.stop()


class Phone:
    """One phone: a network address of its own (unless ``address``) and a cookie jar."""

    def __init__(self, server: AuditServer, address: str | None = None) -> None:
        self.server = server
        self.address = address or loopback_address()
        self.session = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True),
            connector=aiohttp.TCPConnector(local_addr=(self.address, 0)),
        )

    async def get(self, path: str = "", follow=True):
        async with self.session.get(self.server.url + path, allow_redirects=follow) as r:
            return r.status, await r.text()

    async def post(self, fields, origin: str | None = None, headers=None, **kwargs):
        headers = {"Origin": origin if origin is not None else self.server.base, **(headers or {})}
        async with self.session.post(
            self.server.url, data=fields, headers=headers, allow_redirects=False, **kwargs
        ) as r:
            return r.status, await r.text(), r

    async def send(self, lang="nb", **figures):
        status, page = await self.get()
        assert status == 200, page
        fields = {"nonce": NONCE.search(page).group(1), "lang": lang, "m0": "", "m1": ""}
        fields.update(figures)
        return await self.post(fields)

    async def close(self):
        await self.session.close()


async def test_phone_sends_figures_and_sees_where_it_stands(served):
    server, room = served
    phones = [Phone(server) for _ in range(6)]
    try:
        status, _, response = await phones[0].send(m0="4,2", m1="12")
        assert status == 303
        assert response.headers["Location"].startswith(f"{server.path}/din")
        assert room.figures == {"sick_leave": [4.2], "referrals": [12.0]}
        # the figure lives in the phone's cookie only; while the collection is open the page
        # shows how many were sent, never the distribution, and reloads itself
        status, page = await phones[0].get("/din")
        assert status == 200
        assert "4,2" in page and "1 tall er sendt inn så langt" in page
        assert 'http-equiv="refresh"' in page and "Endre tallene dine" in page
        await phones[1].send(m0="2")
        await phones[2].send(m0="8,5", m1="3")
        await phones[3].send(m0="3")
        await phones[4].send(m0="6")
        status, page = await phones[0].get("/din")
        assert "5 tall er sendt inn så langt" in page
        assert "Gruppens median" not in page and 'class="dist"' not in page
        server.close()  # the leader ends the collection: now the distribution shows
        status, page = await phones[0].get("/din")
        assert 'http-equiv="refresh"' not in page and "Endre" not in page
        # the median as its bin: with five figures it is one person's figure (4,2)
        assert "Gruppens median ligger mellom 4 og 6 (5 tall)" in page
        assert "4,2 (5 tall)" not in page and "median er" not in page
        assert "Ditt tall ligger i samme intervall som gruppens median" in page
        assert "lik gruppens median" not in page
        assert "8,5" not in page and "fra 2" not in page  # no minimum, no maximum
        assert page.count('class="mine"') == 1  # sick leave only: referrals wait for three
        status, page = await phones[2].get("/din")
        assert "høyere intervall enn gruppens median" in page
        # a phone that sent nothing sees no figure and is offered the form
        status, page = await phones[5].get("/din")
        assert "ikke sendt inn tall" in page and "Ditt tall" not in page
        assert [(e.phones, e.open) for e in room.events] == [
            (1, True),
            (2, True),
            (3, True),
            (4, True),
            (5, True),
            (5, False),
        ]
    finally:
        for phone in phones:
            await phone.close()


async def test_three_figures_show_coarsely_so_none_can_be_worked_out(served):
    """Before: an audit with 3 figures showed median, minimum and maximum — all three values."""
    server, room = served
    phones = [Phone(server) for _ in range(3)]
    try:
        for phone, figure in zip(phones, ("4,2", "7,9", "12,5"), strict=True):
            assert (await phone.send(m0=figure))[0] == 303
        server.close()
        status, page = await phones[0].get("/din")
        # 0–10 and 10–20 would leave 12,5 alone in its bin: the three share one
        assert "Gruppens median ligger mellom 0 og 20 (3 tall)" in page
        for exact in ("7,9", "12,5"):
            assert exact not in page
        # the phone's bin against the median's bin: no more than the one bin shows
        assert "samme intervall som gruppens median" in page
        ranges = re.findall(r'class="range">([^<]+)<', page)
        assert ranges == ["0–20"]
    finally:
        for phone in phones:
            await phone.close()


async def test_shared_and_own_pages_name_nobody_and_escape(served):
    server, _room = served
    phone = Phone(server)
    try:
        status, page = await phone.get()
        assert "<script>alert" not in page and "&lt;script&gt;" in page
        await phone.send(m0="1")
        status, page = await phone.get("/din")
        assert "<script>alert" not in page
        server.close()
        status, page = await phone.get("/din?lang=en")
        assert "Your figure" in page and "Ditt tall" not in page
    finally:
        await phone.close()


async def test_second_send_from_the_same_phone_is_refused_and_stores_nothing(served):
    server, room = served
    phone = Phone(server)
    try:
        await phone.send(m0="3")
        status, _page = await phone.get(follow=False)  # the form now leads to "where I stand"
        assert status == 303
        fields = {"nonce": server._new_nonce(), "lang": "nb", "m0": "99", "m1": ""}
        status, page, _ = await phone.post(fields)
        assert status == 409 and "allerede sendt inn" in page
        assert room.figures["sick_leave"] == [3.0]
    finally:
        await phone.close()


@pytest.mark.parametrize(
    "fields, status, text",
    [
        ({"m0": "fire", "m1": ""}, 422, "skriv et tall"),
        ({"m0": "", "m1": ""}, 422, "minst ett tall"),
        ({"m0": "-2", "m1": ""}, 422, "skriv et tall"),
        ({"m0": "101", "m1": ""}, 422, "mellom 0 og 100"),
        ({"m0": "2", "m1": "", "name": "Kari"}, 400, "Ingenting er lagret"),
        ({"m0": "2", "m1": "", "m2": "3"}, 400, "Ingenting er lagret"),
    ],
)
async def test_bad_input_gets_a_friendly_page_and_stores_nothing(served, fields, status, text):
    server, room = served
    phone = Phone(server)
    try:
        _, page = await phone.get()
        posted = {"nonce": NONCE.search(page).group(1), "lang": "nb", **fields}
        got, page, _ = await phone.post(posted)
        assert got == status
        assert text in page
        assert room.figures == {"sick_leave": [], "referrals": []}
        if status == 422:  # the typed value is kept for correcting
            assert f'value="{fields["m0"]}"' in page
    finally:
        await phone.close()


async def test_tampered_posts_store_nothing(served):
    server, room = served
    phone = Phone(server)
    try:
        _, page = await phone.get()
        nonce = NONCE.search(page).group(1)
        status, page, _ = await phone.post(
            {"nonce": nonce, "lang": "nb", "m0": "2"}, origin="http://evil.example"
        )
        assert status == 403
        status, page, _ = await phone.post({"nonce": "made-up", "lang": "nb", "m0": "2"})
        assert status == 409
        status, page, _ = await phone.post("m0=2", headers={"Content-Type": "application/json"})
        assert status == 400
        status, page, _ = await phone.post({"nonce": nonce, "m0": "2" * 40000})
        assert status == 413
        assert room.figures == {"sick_leave": [], "referrals": []}
        async with phone.session.get(f"{server.base}/a/WRONGTOKEN000000") as r:
            assert r.status == 404
        async with phone.session.get(f"{server.url}/anything") as r:
            assert r.status == 404
        async with phone.session.get(f"{server.base}/e/{server.token}") as r:
            assert r.status == 404  # the audit token opens no evaluation
    finally:
        await phone.close()


async def test_a_phone_changes_or_withdraws_its_figures_while_open(served):
    server, room = served
    phone = Phone(server)
    try:
        await phone.send(m0="42", m1="7")  # a typo: 42 for 4,2
        status, page = await phone.get("/endre")
        assert status == 200 and 'value="42"' in page and 'value="7"' in page
        fields = {"nonce": NONCE.search(page).group(1), "lang": "nb", "m0": "4,2", "m1": ""}
        async with phone.session.post(
            server.url + "/endre",
            data=fields,
            allow_redirects=False,
            headers={"Origin": server.base},
        ) as response:
            assert response.status == 303
        assert room.figures == {"sick_leave": [4.2], "referrals": []}
        status, page = await phone.get("/din")
        assert "4,2" in page and "42" not in page.replace("4,2", "")
        assert server.phones == 1  # a change is not another phone
        # an empty change withdraws everything: the phone has then sent nothing
        status, page = await phone.get("/endre")
        fields = {"nonce": NONCE.search(page).group(1), "lang": "nb", "m0": "", "m1": ""}
        async with phone.session.post(
            server.url + "/endre",
            data=fields,
            allow_redirects=False,
            headers={"Origin": server.base},
        ) as response:
            assert response.status == 303
        assert room.figures == {"sick_leave": [], "referrals": []}
        assert server.phones == 0
        status, page = await phone.get(follow=False)
        assert status == 200 and "Dine tall til auditen" in page  # the form again
        # no changes once the collection has ended
        await phone.send(m0="3")
        server.close()
        status, page = await phone.get("/endre")
        assert status == 410 and room.figures["sick_leave"] == [3.0]
    finally:
        await phone.close()


async def test_change_without_having_sent_leads_to_the_own_page(served):
    server, room = served
    phone = Phone(server)
    try:
        async with phone.session.post(
            server.url + "/endre",
            data={"m0": "1"},
            allow_redirects=False,
            headers={"Origin": server.base},
        ) as response:
            assert response.status == 303
        assert room.figures["sick_leave"] == []
    finally:
        await phone.close()


async def test_a_failed_save_confirms_nothing(served):
    server, room = served
    room.fail = True
    phone = Phone(server)
    try:
        status, page, response = await phone.send(m0="5")
        assert status == 503 and "ikke lagret" in page
        assert server.own_cookie not in response.cookies
        room.fail = False
        status, _, _ = await phone.send(m0="5")  # the phone can simply try again
        assert status == 303 and room.figures["sick_leave"] == [5.0]
    finally:
        await phone.close()


async def test_closed_collection_takes_no_more_but_pages_still_show(served):
    server, room = served
    early, late = Phone(server), Phone(server)
    try:
        await early.send(m0="1")
        _, form = await late.get()
        server.close()
        status, page, _ = await late.post(
            {"nonce": NONCE.search(form).group(1), "lang": "nb", "m0": "3", "m1": ""}
        )
        assert status == 410 and "avsluttet" in page
        status, page = await late.get()
        assert status == 410
        status, page = await early.get("/din")
        assert status == 200 and "Ditt tall" in page
        assert 'http-equiv="refresh"' not in page
        server.reopen()
        status, _page, _ = await late.send(m0="3")
        assert status == 303
        assert room.figures["sick_leave"] == [1.0, 3.0]
        assert room.events[-1] == AuditStatus(2, True, 60, 0)
    finally:
        await early.close()
        await late.close()


async def test_headers_and_no_client_data_kept(served):
    server, _room = served
    phone = Phone(server)
    try:
        async with phone.session.get(server.url) as r:
            assert "default-src 'none'" in r.headers["Content-Security-Policy"]
            assert r.headers["Cache-Control"] == "no-store"
        await phone.send(m0="2")
        kept = {
            k: v
            for k, v in vars(server).items()
            if k not in ("_limiter", "guard", "_css", "_runner", "host")
        }
        # the rate limiter and the connection guard alone know addresses, in memory, and the
        # guard only while a connection is open; which addresses sent is kept as keyed hashes
        assert phone.address not in repr(kept) and "127.0.0.1" not in repr(kept)
        assert phone.address not in repr(vars(server.addresses))
    finally:
        await phone.close()


async def test_restarted_collection_for_the_same_block_knows_the_phone(served):
    server, room = served
    phone = Phone(server)
    try:
        await phone.send(m0="2")
        again = AuditServer(
            "x", MEASURES, room.get, room.submit, "127.0.0.1", 0, cookie_id="block-1"
        )
        assert again.own_cookie == server.own_cookie
        other = AuditServer(
            "x", MEASURES, room.get, room.submit, "127.0.0.1", 0, cookie_id="block-2"
        )
        assert other.own_cookie != server.own_cookie
    finally:
        await phone.close()


async def test_one_address_sends_once_and_cookies_cannot_withdraw_others(served):
    """Before: one address sent 59 figures, and nothing stopped a forged cookie from taking
    back someone else's figure. Now one send per address, and a change replaces exactly what
    the phone itself sent."""
    server, room = served
    honest = Phone(server)
    address = loopback_address()
    try:
        assert (await honest.send(m0="7"))[0] == 303
        statuses = []
        for _ in range(20):
            flood = Phone(server, address)  # a fresh cookie jar every time
            try:
                statuses.append((await flood.send(m0="1"))[0])
            finally:
                await flood.close()
        assert statuses.count(303) == 1 and room.figures["sick_leave"] == [1.0, 7.0]
        # a phone that forges the "my figures" cookie with the honest phone's 7 cannot take it
        forger = Phone(server)
        try:
            forger.session.cookie_jar.update_cookies(
                {server.own_cookie: own_cookie(MEASURES, {"sick_leave": 7.0})},
                response_url=aiohttp.client.URL(server.base),
            )
            status, page = await forger.get("/endre", follow=False)
            assert status == 303  # to its own page: it has sent nothing
            assert room.figures["sick_leave"] == [1.0, 7.0]
        finally:
            await forger.close()
    finally:
        await honest.close()


async def test_no_more_phones_than_present_unless_the_leader_allows(served):
    server, room = served
    server.cap = 2
    phones = [Phone(server) for _ in range(3)]
    shared = Phone(server, phones[0].address)
    try:
        assert (await phones[0].send(m0="1"))[0] == 303
        assert (await phones[1].send(m0="2"))[0] == 303
        status, page, _ = await phones[2].send(m0="3")
        assert status == 409 and "Alle har sendt inn" in page
        assert server.raise_limit() == 3
        assert (await phones[2].send(m0="3"))[0] == 303
        server.raise_limit()
        status, page, _ = await shared.send(m0="4")  # a second person on the first phone
        assert status == 409 and "Deler dere telefon" in page
        server.allow_shared()
        assert room.events[-1].shared == 1
        assert (await shared.send(m0="4"))[0] == 303
        assert room.figures["sick_leave"] == [1.0, 2.0, 3.0, 4.0]
    finally:
        for phone in [*phones, shared]:
            await phone.close()
