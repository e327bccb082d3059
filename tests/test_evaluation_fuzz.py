"""Hypothesis fuzz of the form's POST endpoint: never a 5xx, nothing stored from invalid posts."""

from __future__ import annotations

import asyncio
import re
import threading
from datetime import date

import aiohttp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groupguide.evaluation.answers import AnswerStore
from groupguide.phone.evaluation_server import EvaluationServer
from tests.test_evaluation_server import make_group

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
NAMES = [
    "relevance",
    "b0",
    "b1",
    "g0",
    "g1",
    "g2",
    "good",
    "better",
    "wishes",
    "lang",
    "ballot",
    "nonce",
    "b9",
    "g-1",
    "x",
    "",
    "relevance[]",
    "b01",
]


class Running:
    """One server in a loop on a background thread, shared by all examples."""

    def __init__(self, data_dir, library) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        group = make_group()
        store = AnswerStore(data_dir)
        evaluation = store.open(group, group.gatherings[0], library.goals, date(2026, 11, 23))
        self.server = EvaluationServer(store, evaluation, "127.0.0.1", 0)
        self.server._limiter.capacity = 1e12  # the fuzz is one client; rate limits tested apart
        self.run(self.server.start())
        self.session = self.run(self._session())

    async def _session(self):
        return aiohttp.ClientSession()

    def run(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)

    async def _post(self, body: bytes, content_type: str, with_nonce: bool):
        if with_nonce:
            async with self.session.get(self.server.url) as r:
                nonce = NONCE.search(await r.text()).group(1)
            body = f"nonce={nonce}&".encode() + body
        async with self.session.post(
            self.server.url,
            data=body,
            allow_redirects=False,
            headers={"Origin": self.server.base, "Content-Type": content_type},
        ) as r:
            await r.read()
            return r.status

    def post(
        self, body: bytes, content_type="application/x-www-form-urlencoded", with_nonce=True
    ) -> int:
        return self.run(self._post(body, content_type, with_nonce))

    def stop(self):
        self.run(self.session.close())
        self.run(self.server.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


@pytest.fixture(scope="module")
def running(tmp_path_factory, library):
    r = Running(tmp_path_factory.mktemp("fuzz"), library)
    yield r
    r.stop()


def _encode(pairs):
    from urllib.parse import urlencode

    return urlencode(pairs).encode()


value = st.one_of(
    st.sampled_from(["1", "5", "0", "6", "", "3.0", " 3", "nb", "en"]), st.text(max_size=50)
)
pair = st.tuples(st.sampled_from(NAMES), value)


def _invalid(pairs) -> bool:
    names = [n for n, _ in pairs]
    rel = [v for n, v in pairs if n == "relevance"]
    return (
        len(set(names)) != len(names)
        or any(n not in NAMES[:11] for n in names)
        or not rel
        or rel[0] not in ("1", "2", "3", "4", "5")
        or any(
            re.fullmatch(r"[bg]\d+", n)  # a rating (not "good", "better", "ballot")
            and v not in ("", "1", "2", "3", "4", "5")
            for n, v in pairs
        )
    )


@settings(
    max_examples=1200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(pair, max_size=12).filter(_invalid))
def test_invalid_fields_never_5xx_and_store_nothing(running, pairs):
    before = running.server.evaluation.count
    status = running.post(_encode(pairs))
    assert status < 500
    assert status != 303
    assert running.server.evaluation.count == before


@settings(
    max_examples=800,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.binary(max_size=300),
    st.sampled_from(
        [
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "text/plain",
            "application/json",
            "application/x-www-form-urlencoded; charset=latin-1",
        ]
    ),
    st.booleans(),
)
def test_random_bodies_never_5xx_and_store_nothing(running, body, content_type, with_nonce):
    before = running.server.evaluation.count
    status = running.post(body, content_type, with_nonce)
    assert status < 500
    if not with_nonce:
        assert running.server.evaluation.count == before


def test_a_valid_post_after_the_fuzz_still_works(running):
    before = running.server.evaluation.count
    assert running.post(b"relevance=4&good=fint") == 303
    assert running.server.evaluation.count == before + 1
