"""Hypothesis fuzz of the phone servers: the evaluation form's fields and bodies, charsets,
paths and raw requests, and the audit form — never a response of 500 or above, nothing stored
from an invalid post. Over 3,000 cases in all (``FUZZ_CASES`` counts them)."""

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
from groupguide.phone.audit_form import Measure
from groupguide.phone.audit_server import AuditServer
from groupguide.phone.evaluation_server import EvaluationServer
from tests.test_evaluation_server import make_group

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
FUZZ_CASES = [0]  # requests sent by the fuzz in this process (the issue asks for 3,000 or more)
# One worker runs the whole file in order, so that the count at the end covers every case.
pytestmark = pytest.mark.xdist_group("fuzz")
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
        self.server.addresses.allow_shared(10**9)  # one address, many answers: tested apart
        self.run(self.server.start())
        self.audit_figures: list[float] = []
        self.audit = AuditServer(
            "Audit",
            (Measure("sick_leave", "Sykmeldinger", "per 100 konsultasjoner"),),
            lambda key: list(self.audit_figures),
            self._audit_submit,
            "127.0.0.1",
            0,
        )
        self.audit._limiter.capacity = 1e12
        self.audit.addresses.allow_shared(10**9)
        self.audit.cap = 10**9
        self.run(self.audit.start())
        self.session = self.run(self._session())

    async def _session(self):
        return aiohttp.ClientSession()

    def _audit_submit(self, figures, previous, forget="", keep=""):
        for value in previous.values():
            self.audit_figures.remove(value)
        self.audit_figures.extend(figures.values())

    def run(self, coro):
        FUZZ_CASES[0] += 1
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

    async def _get(self, path: str, headers=None):
        async with self.session.get(
            self.server.base + path, headers=headers or {}, allow_redirects=False
        ) as r:
            await r.read()
            return r.status

    def get(self, path: str, headers=None) -> int:
        return self.run(self._get(path, headers))

    async def _raw(self, data: bytes) -> int:
        """Send raw bytes; the status of the answer, or 0 when the server closed at once."""
        reader, writer = await asyncio.open_connection(self.server.host, self.server.port)
        try:
            writer.write(data)
            await writer.drain()
            try:
                head = await asyncio.wait_for(reader.read(64), 5)
            except (TimeoutError, ConnectionError):
                return 0
        finally:
            writer.close()
        parts = head.split(b" ", 2)
        if len(parts) >= 2 and parts[0].startswith(b"HTTP/") and parts[1].isdigit():
            return int(parts[1])
        return 0

    def raw(self, data: bytes) -> int:
        return self.run(self._raw(data))

    async def _audit_post(self, body: bytes, content_type: str):
        async with self.session.get(self.audit.url) as r:
            page = await r.text()
        match = NONCE.search(page)
        prefix = f"nonce={match.group(1)}&".encode() if match else b""
        async with self.session.post(
            self.audit.url,
            data=prefix + body,
            allow_redirects=False,
            headers={"Origin": self.audit.base, "Content-Type": content_type},
        ) as r:
            await r.read()
            return r.status

    def audit_post(self, body: bytes, content_type: str) -> int:
        self.session.cookie_jar.clear()  # each example a phone that has sent nothing
        return self.run(self._audit_post(body, content_type))

    def stop(self):
        self.run(self.session.close())
        self.run(self.server.stop())
        self.run(self.audit.stop())
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


CHARSETS = [
    "x-nonexistent",
    "utf-16",
    "utf-7",
    "rot13",
    "idna",
    "punycode",
    "base64",
    "zlib",
    "cp1252",
    "",
    '"utf-8"',
    "utf-8; charset=latin-1",
]


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


@fuzz(500)
@given(
    st.one_of(
        st.sampled_from(CHARSETS),
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=20),
    ),
    st.binary(max_size=120),
    st.booleans(),
)
def test_any_charset_is_a_4xx_never_a_5xx(running, charset, body, with_nonce):
    """Before: ``charset=x-nonexistent`` gave a 500 without security headers."""
    before = running.server.evaluation.count
    content_type = f"application/x-www-form-urlencoded; charset={charset}"
    status = running.post(b"relevance=3&" + body, content_type, with_nonce)
    assert status < 500
    if status != 303:
        assert running.server.evaluation.count == before


PATH_PARTS = st.one_of(
    st.sampled_from(
        [
            "e",
            "E",
            "a",
            "takk",
            "din",
            "endre",
            "assets",
            "form.css",
            "..",
            "%2e%2e",
            "%00",
            "%ff",
            "",
            " ",
            "K7M2Q-X9A4R",
            "0" * 16,
            "i" * 10,
        ]
    ),
    st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=0x2FFF), max_size=24),
)


@fuzz(600)
@given(
    st.lists(PATH_PARTS, max_size=5),
    st.booleans(),
    st.dictionaries(
        st.sampled_from(["lang", "kode", "x", "lang[]", ""]), st.text(max_size=20), max_size=3
    ),
)
def test_any_path_and_query_is_answered_below_500(running, parts, under_token, query):
    from urllib.parse import quote, urlencode

    prefix = running.server.path if under_token else ""
    path = prefix + "/" + "/".join(quote(p, safe="") for p in parts)
    if query:
        path += "?" + urlencode(query)
    assert running.get(path) < 500


HEADER_NAMES = st.sampled_from(
    [
        "Host",
        "Origin",
        "Referer",
        "Cookie",
        "Content-Length",
        "Content-Type",
        "Transfer-Encoding",
        "Accept-Language",
        "Connection",
        "X-Forwarded-For",
        "Expect",
    ]
)


@fuzz(600)
@given(
    st.sampled_from(
        [
            b"GET",
            b"POST",
            b"HEAD",
            b"PUT",
            b"DELETE",
            b"OPTIONS",
            b"TRACE",
            b"CONNECT",
            b"PRI",
            b"get",
            b"G\x00T",
            b"",
        ]
    ),
    st.binary(max_size=40),
    st.sampled_from([b"HTTP/1.1", b"HTTP/1.0", b"HTTP/2.0", b"HTTP/0.9", b"", b"HTTP/1.1x"]),
    st.lists(st.tuples(HEADER_NAMES, st.binary(max_size=40)), max_size=6),
    st.binary(max_size=200),
)
def test_raw_requests_are_answered_below_500_or_closed(
    running, method, path, version, headers, body
):
    """Whatever bytes a phone sends: a 4xx (from us or from aiohttp's own parser, with our
    headers), a normal answer, or a closed connection — never a 5xx."""
    target = running.server.path.encode() + path.replace(b" ", b"%20").replace(b"\r", b"")
    lines = [method + b" " + target + b" " + version]
    for name, value in headers:
        lines.append(name.encode() + b": " + value.replace(b"\r", b"").replace(b"\n", b""))
    data = b"\r\n".join(lines) + b"\r\n\r\n" + body
    before = running.server.evaluation.count
    status = running.raw(data)
    assert status < 500, (data, status)
    assert running.server.evaluation.count == before  # no nonce: nothing stored


@fuzz(500)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["m0", "m1", "nonce", "lang", "x", "", "m0[]"]),
            st.one_of(
                st.sampled_from(["4,2", "0", "100", "101", "-1", "nan", "", "1e3"]),
                st.text(max_size=30),
            ),
        ),
        max_size=6,
    ),
    st.sampled_from(
        [
            "application/x-www-form-urlencoded",
            "text/plain",
            "application/x-www-form-urlencoded; charset=x-nonexistent",
            "multipart/form-data",
        ]
    ),
)
def test_audit_form_posts_never_5xx(running, pairs, content_type):
    status = running.audit_post(_encode(pairs), content_type)
    assert status < 500
    assert all(0 <= v <= 100 for v in running.audit_figures)


def test_a_valid_post_after_the_fuzz_still_works(running):
    before = running.server.evaluation.count
    assert running.post(b"relevance=4&good=fint") == 303
    assert running.server.evaluation.count == before + 1


def test_the_fuzz_reached_three_thousand_cases(running):
    """The issue's floor: at least 3,000 fuzzed requests in this run, none answered ≥ 500."""
    assert FUZZ_CASES[0] >= 3000, FUZZ_CASES[0]
