"""The phone-form server: every rule of issue 5 over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from datetime import date
from pathlib import Path

import aiohttp
import pytest

from groupguide.domain.model import Block, Gathering, Group
from groupguide.domain.people import Participant
from groupguide.evaluation import tokens
from groupguide.evaluation.answers import AnswerStore
from groupguide.evaluation.ballot import new_codes
from groupguide.phone.evaluation_server import BODY_LIMIT, EvaluationServer, ServerStatus

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
NASTY = ["[/]", "[@click=app.quit]x", "<script>alert(1)</script>"]


def make_group():
    """Two gatherings: the first held (with a lunch break), the second only planned."""
    held = Gathering(
        "Samling 1 – Etikk <og> [b]samvalg[/b]",
        date=date(2026, 9, 16),
        blocks=[
            Block(
                "case-reflection",
                "Kasuistikk: [/] antibiotika",
                60,
                ["FKM LM-02", "KLK-009"],
                held_minutes=65,
            ),
            Block("buzz", "Samvalg to og to", 25, ["FKM LM-26"], held_minutes=25),
            Block("break", "Lunsj", 45, held_minutes=45),
            Block("audit", "Audit som ikke ble holdt", 60, ["KLK-040"]),
        ],
    )
    planned = Gathering(
        "Samling 2",
        date=date(2026, 10, 21),
        blocks=[
            Block("open-topic", "Velkommen", 30, ["FKM LM-62"]),
            Block("break", "Pause", 15),
            Block("av-intro", "Film", 20, ["FKM LM-03"]),
        ],
    )
    return Group(
        "LIS1 Test",
        participants=[Participant(f"P{i}") for i in range(8)],
        gatherings=[held, planned],
    )


@pytest.fixture
def group():
    return make_group()


async def start(
    data_dir: Path,
    group,
    library,
    mode="open",
    ballots=(),
    gathering=0,
    limit=0,
    header_timeout=None,
    body_timeout=None,
):
    store = AnswerStore(data_dir)
    gathering = group.gatherings[gathering]
    evaluation = store.open(
        group,
        gathering,
        library.goals,
        date(2026, 11, 23),
        mode,
        [tokens.digest(c) for c in ballots],
        limit=limit,
    )
    events: list[ServerStatus] = []
    server = EvaluationServer(store, evaluation, "127.0.0.1", 0, on_change=events.append)
    if header_timeout is not None:
        server.header_timeout = header_timeout
    if body_timeout is not None:
        server.body_timeout = body_timeout
    await server.start()
    return server, events


_ADDRESSES = itertools.count(2)


def loopback_address() -> str:
    """A loopback address of its own (127.0.0.2, .3, …): on a LAN every phone has one."""
    n = next(_ADDRESSES) % 250_000
    return f"127.{n // 62500 % 250 + 1}.{n // 250 % 250}.{n % 250 + 2}"


class Phone:
    """One phone: its own network address and cookie jar, posting as a browser does.
    ``address`` (e.g. "127.0.0.1") puts several phones behind one address."""

    def __init__(self, server: EvaluationServer, address: str | None = None) -> None:
        self.server = server
        self.address = address or loopback_address()
        self.session = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True),
            connector=aiohttp.TCPConnector(local_addr=(self.address, 0)),
        )

    async def get(self, path: str | None = None):
        async with self.session.get(path or self.server.url) as r:
            return r.status, await r.text()

    async def post(
        self, fields: dict | list, path: str | None = None, origin: str | None = None, **kwargs
    ):
        headers = {"Origin": origin if origin is not None else self.server.base}
        async with self.session.post(
            path or self.server.url, data=fields, headers=headers, allow_redirects=False, **kwargs
        ) as r:
            return r.status, await r.text(), r

    async def answer(self, path: str | None = None, **extra):
        status, page = await self.get(path)
        assert status == 200, page
        nonce = NONCE.search(page).group(1)
        fields = {
            "nonce": nonce,
            "lang": "nb",
            "relevance": "4",
            "b0": "5",
            "b1": "3",
            "good": "Kasuistikkene",
            "better": "",
            "wishes": "Mer om rus",
        }
        ballot = re.search(r'name="ballot" value="([^"]+)"', page)
        if ballot:
            fields["ballot"] = ballot.group(1)
        fields.update(extra)
        return await self.post(fields, path)

    async def close(self):
        await self.session.close()


def stored(data_dir: Path, server: EvaluationServer) -> dict:
    return json.loads((data_dir / "evaluations" / f"{server.evaluation.id}.json").read_text())


async def test_answer_is_stored_counted_and_anonymous(data_dir, group, library):
    server, events = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        status, page = await phone.get()
        assert status == 200 and "Evaluering av samlingen" in page
        assert "Lunsj" not in page  # breaks are not rated
        status, _, response = await phone.answer(good=NASTY[0], better=NASTY[1], wishes=NASTY[2])
        assert status == 303 and response.headers["Location"].endswith("/takk?lang=nb")
        status, page = await phone.get(server.url + "/takk")
        assert status == 200 and "Takk" in page
        assert server.evaluation.count == 1
        assert events[-1].answers == 1 and events[0].visits == 1
        raw = (data_dir / "evaluations" / f"{server.evaluation.id}.json").read_text()
        data = json.loads(raw)
        answer = data["answers"][0]
        assert answer["relevance"] == 4 and answer["wishes"] == NASTY[2]
        assert set(answer) == {
            "relevance",
            "blocks",
            "goals",
            "aspects",
            "good",
            "better",
            "wishes",
        }
        assert "127.0.0.1" not in raw and "Python" not in raw and "aiohttp" not in raw.lower()
        assert not re.search(r"\d\d:\d\d", raw)  # no time of day anywhere
        assert data["date"] == "2026-09-16"  # the gathering's date, nothing finer
        assert server.token not in raw  # nor the URL token
    finally:
        await phone.close()
        await server.stop()


async def test_same_phone_cannot_submit_twice(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        status, _, _ = await phone.answer()
        assert status == 303
        status, page = await phone.get()
        assert status == 200 and "allerede svart" in page
        assert NONCE.search(page) is None
        status, page, _ = await phone.post({"nonce": "x", "relevance": "3"})
        assert status == 409
        assert server.evaluation.count == 1
    finally:
        await phone.close()
        await server.stop()


async def test_nonce_is_single_use_and_required(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phone, other = Phone(server), Phone(server)
    try:
        status, page = await phone.get()
        nonce = NONCE.search(page).group(1)
        fields = {"nonce": nonce, "relevance": "5"}
        assert (await phone.post(fields))[0] == 303
        # the same form posted again from another phone (or a forged post) is refused
        assert (await other.post(fields))[0] == 409
        assert (await other.post({"relevance": "5"}))[0] == 409
        assert (await other.post({"nonce": "made-up", "relevance": "5"}))[0] == 409
        assert server.evaluation.count == 1
    finally:
        await phone.close()
        await other.close()
        await server.stop()


async def test_origin_check(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        _, page = await phone.get()
        nonce = NONCE.search(page).group(1)
        for origin in ("http://evil.example", "null", "https://" + server.base[7:]):
            status, page, _ = await phone.post({"nonce": nonce, "relevance": "5"}, origin=origin)
            assert status == 403 and "avvist" in page
        assert server.evaluation.count == 0
        # a Referer from our own page is enough when there is no Origin
        async with phone.session.post(
            server.url,
            data={"nonce": nonce, "relevance": "2"},
            headers={"Referer": server.url},
            allow_redirects=False,
        ) as r:
            assert r.status == 303
        assert server.evaluation.count == 1
    finally:
        await phone.close()
        await server.stop()


async def test_404_for_anything_but_the_token(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        wrong = tokens.new_code()
        for path in (
            "/",
            "/e/",
            f"/e/{wrong}",
            f"/e/{server.token[:-1]}",
            "/admin",
            f"/e/{server.token}/x/y",
            f"/e/{server.token}/{wrong}",
        ):
            status, page = await phone.get(server.base + path)
            assert status == 404, path
            assert server.token not in page
        # the token is case- and dash-tolerant (typed from the screen)
        status, _ = await phone.get(f"{server.base}/e/{tokens.pretty(server.token).lower()}")
        assert status == 200
        async with phone.session.get(server.base + "/assets/form.css") as r:
            assert r.status == 200 and r.content_type == "text/css"
    finally:
        await phone.close()
        await server.stop()


async def test_security_headers(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        for path in (server.url, server.base + "/nope"):
            async with phone.session.get(path) as r:
                csp = r.headers["Content-Security-Policy"]
                assert "default-src 'none'" in csp and "script-src" not in csp
                assert r.headers["X-Content-Type-Options"] == "nosniff"
                assert r.headers["Referrer-Policy"] == "same-origin"
                assert "Set-Cookie" not in r.headers
    finally:
        await phone.close()
        await server.stop()


async def test_body_limit_413_nothing_stored(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        _, page = await phone.get()
        nonce = NONCE.search(page).group(1)
        status, page, _ = await phone.post(
            {"nonce": nonce, "relevance": "5", "good": "x" * (BODY_LIMIT + 10)}
        )
        assert status == 413 and "for langt" in page
        assert server.evaluation.count == 0
    finally:
        await phone.close()
        await server.stop()


async def test_rate_limit_429(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phones = [Phone(server) for _ in range(12)]
    try:
        results = await asyncio.gather(*(p.answer() for p in phones))
        assert [r[0] for r in results] == [303] * 12
        statuses = []
        for _ in range(150):
            statuses.append((await phones[0].get(server.base + "/x"))[0])
        assert 429 in statuses
    finally:
        for p in phones:
            await p.close()
        await server.stop()


async def test_phones_behind_one_address_answer_once_unless_the_leader_allows(
    data_dir, group, library
):
    """Open mode trusts the phone's network address: one answer each. Several people on one
    phone (or on the leader's laptop) answer only when the leader allows a shared phone."""
    server, events = await start(data_dir, group, library)
    phones = [Phone(server, address="127.0.0.1") for _ in range(4)]
    try:
        assert (await phones[0].answer())[0] == 303
        status, page = await phones[1].get()
        assert status == 200 and "allerede svart" in page and "Deler dere telefon" in page
        status, page, _ = await phones[1].answer() if NONCE.search(page) else (409, page, None)
        assert status == 409
        server.allow_shared(2)
        assert events[-1].shared == 2
        results = [await p.answer() for p in phones[1:3]]
        assert [r[0] for r in results] == [303, 303]
        status, page = await phones[3].get()
        assert "allerede svart" in page and NONCE.search(page) is None
        assert server.evaluation.count == 3 and server.addresses.shared == 0
        # the phone that answered first may also answer for a colleague once allowed
        server.allow_shared(1)
        assert (await phones[0].answer())[0] == 303
        assert server.evaluation.count == 4
    finally:
        for p in phones:
            await p.close()
        await server.stop()


async def test_validation_friendly_page_and_nothing_stored(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        # missing the required question: the form comes back with the typed text kept
        status, page, _ = await phone.answer(relevance="", good="<b>kept</b>")
        assert status == 422 and "første spørsmålet" in page
        assert "&lt;b&gt;kept&lt;/b&gt;" in page and "<b>kept</b>" not in page
        for bad in (
            {"relevance": "6"},
            {"relevance": "0"},
            {"b0": "x"},
            {"zzz": "1"},
            {"g999": "3"},
        ):
            status, page, _ = await phone.answer(**bad)
            assert status == 400 and "Ingenting er lagret" in page, bad
        status, page = await phone.get()
        nonce = NONCE.search(page).group(1)
        status, page, _ = await phone.post(
            [("nonce", nonce), ("relevance", "3"), ("relevance", "4")]
        )
        assert status == 400
        async with phone.session.post(
            server.url,
            data=json.dumps({"relevance": 3}),
            headers={"Origin": server.base, "Content-Type": "application/json"},
        ) as r:
            assert r.status == 400
        assert server.evaluation.count == 0
        assert stored(data_dir, server)["answers"] == []
    finally:
        await phone.close()
        await server.stop()


async def test_english_switch(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        status, page = await phone.get(server.url + "?lang=en")
        assert status == 200 and "Evaluation of the gathering" in page
        assert 'name="lang" value="en"' in page and 'lang="en"' in page
        status, page = await phone.get()
        assert "?lang=en" in page  # the switch link
    finally:
        await phone.close()
        await server.stop()


async def test_pages_follow_the_apps_language_unless_the_phone_picks(data_dir, group, library):
    """With ``--lang en`` the phones get English first; ``?lang=nb`` still switches back."""
    from groupguide.i18n import get_language, set_language

    before = get_language()
    set_language("en")
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        status, page = await phone.get()
        assert status == 200 and "Evaluation of the gathering" in page and 'lang="en"' in page
        status, page = await phone.get(server.url + "?lang=nb")
        assert 'lang="nb"' in page and "?lang=en" in page
    finally:
        set_language(before)
        await phone.close()
        await server.stop()


async def test_closed_page(data_dir, group, library):
    server, events = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        _, page = await phone.get()
        nonce = NONCE.search(page).group(1)
        await server.close_evaluation()
        assert events[-1].closed
        status, page = await phone.get()
        assert status == 410 and "lukket" in page
        status, _, _ = await phone.post({"nonce": nonce, "relevance": "5"})
        assert status == 410
        assert stored(data_dir, server)["status"] == "closed"
        assert server.evaluation.count == 0
    finally:
        await phone.close()
        await server.stop()


async def test_ballot_mode_codes_work_once(data_dir, group, library):
    codes = new_codes(3)
    server, _ = await start(data_dir, group, library, mode="ballot", ballots=codes)
    phone, other = Phone(server), Phone(server)
    try:
        status, page = await phone.get()
        assert status == 200 and "lappen" in page and NONCE.search(page) is None
        status, _, _ = await phone.answer(server.ballot_url(codes[0]))
        assert status == 303
        status, page = await other.get(server.ballot_url(codes[0]))
        assert "brukt" in page and NONCE.search(page) is None
        status, _, _ = await other.answer(server.ballot_url(codes[1]))
        assert status == 303
        assert server.evaluation.count == 2
        raw = json.dumps(stored(data_dir, server))
        assert all(code not in raw for code in codes)  # only hashes, and only unused ones
        assert stored(data_dir, server)["ballots"] == [tokens.digest(codes[2])]
        status, _ = await other.get(server.ballot_url(tokens.new_code()))
        assert status == 200  # "used or unknown" page, nothing accepted
    finally:
        await phone.close()
        await other.close()
        await server.stop()


async def test_storage_order_reveals_nothing(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phones = [Phone(server) for _ in range(8)]
    try:
        for i, phone in enumerate(phones):
            assert (await phone.answer(good=f"svar {i}"))[0] == 303
        orders = set()
        for _ in range(5):
            server.answers.save(server.evaluation)
            orders.add(tuple(a["good"] for a in stored(data_dir, server)["answers"]))
        assert len(orders) > 1  # re-shuffled on every write
    finally:
        for p in phones:
            await p.close()
        await server.stop()


async def test_stop_is_quick_and_port_busy_is_reported(data_dir, group, library):
    from groupguide.phone.evaluation_server import ServerStartError

    server, _ = await start(data_dir, group, library)
    try:
        # binding an address this machine does not have fails with a clear error
        bad = EvaluationServer(server.answers, server.evaluation, "203.0.113.7", 0)
        with pytest.raises(ServerStartError) as info:
            await bad.start()
        assert info.value.message
    finally:
        loop = asyncio.get_running_loop()
        begin = loop.time()
        await server.stop()
        assert loop.time() - begin < 2


async def test_load_1000_posts_from_50_clients(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phones = [Phone(server) for _ in range(12)]
    try:
        answered = await asyncio.gather(*(p.answer() for p in phones))
        assert [a[0] for a in answered] == [303] * 12
        statuses: list[int] = []

        async def client(n: int) -> None:
            connector = aiohttp.TCPConnector(local_addr=(loopback_address(), 0))
            async with aiohttp.ClientSession(connector=connector) as session:
                for i in range(20):
                    async with session.post(
                        server.url,
                        data={"nonce": f"n{n}-{i}", "relevance": "3"},
                        headers={"Origin": server.base},
                        allow_redirects=False,
                    ) as r:
                        statuses.append(r.status)

        await asyncio.gather(*(client(n) for n in range(50)))
        assert len(statuses) == 1000 and max(statuses) < 500
        assert server.evaluation.count == 12
        assert len(stored(data_dir, server)["answers"]) == 12
    finally:
        for p in phones:
            await p.close()
        await server.stop()
