"""A curious or hostile phone on the same Wi-Fi (issue 15), over real HTTP on loopback: each
attack that worked before, reproduced, and what holds now."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import time
from datetime import date, datetime

import aiohttp
import pytest

from groupguide.evaluation import tokens
from groupguide.evaluation.answers import EvaluationError
from groupguide.evaluation.ballot import new_codes
from tests.test_evaluation_server import (
    NONCE,
    Phone,
    loopback_address,
    make_group,
    start,
    stored,
)


@pytest.fixture
def group():
    return make_group()


async def _form(phone: Phone, path: str | None = None) -> dict[str, str]:
    """The fields a browser would post after loading the form."""
    status, page = await phone.get(path)
    assert status == 200, page
    fields = {"nonce": NONCE.search(page).group(1), "lang": "nb", "relevance": "4"}
    if path is not None and "/e/" in path and path.count("/") > 4:
        fields["ballot"] = tokens.normalise(path.rsplit("/", 1)[1])
    return fields


async def test_one_slip_posted_from_many_phones_at_once_carries_one_answer(
    data_dir, group, library
):
    """Before: ten simultaneous posts with one slip stored ten answers (the slip was checked
    before the body was read, and staging added an answer whose code was already gone)."""
    codes = new_codes(3)
    server, _ = await start(data_dir, group, library, mode="ballot", ballots=codes)
    phones = [Phone(server) for _ in range(20)]
    try:
        url = server.ballot_url(codes[0])
        forms = [await _form(p, url) for p in phones]
        results = await asyncio.gather(
            *(p.post(f, url) for p, f in zip(phones, forms, strict=True))
        )
        statuses = sorted(r[0] for r in results)
        assert statuses.count(303) == 1 and set(statuses) <= {303, 403}, statuses
        assert server.evaluation.count == 1
        on_disk = stored(data_dir, server)
        assert len(on_disk["answers"]) == 1
        assert tokens.digest(codes[0]) not in on_disk["ballots"]
        assert sorted(on_disk["ballots"]) == sorted(tokens.digest(c) for c in codes[1:])
    finally:
        for p in phones:
            await p.close()
        await server.stop()


async def test_one_address_discarding_cookies_stores_one_answer(data_dir, group, library):
    """Before: one address that threw its cookies away stored 60 answers in 0.83 s, and every
    real phone then met "Evalueringen er full"."""
    server, _ = await start(data_dir, group, library)
    address = loopback_address()
    try:
        statuses = []
        for _ in range(60):
            phone = Phone(server, address)  # a fresh cookie jar every time
            try:
                status, page = await phone.get()
                match = NONCE.search(page)
                if match is None:
                    statuses.append(status)
                    continue
                fields = {"nonce": match.group(1), "relevance": "1", "good": "flom"}
                statuses.append((await phone.post(fields))[0])
            finally:
                await phone.close()
        assert statuses.count(303) == 1
        assert server.evaluation.count == 1
        honest = Phone(server)
        try:
            assert (await honest.answer())[0] == 303  # the real phones still answer
        finally:
            await honest.close()
    finally:
        await server.stop()


async def test_parallel_posts_from_one_address_store_one(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    address = loopback_address()
    phones = [Phone(server, address) for _ in range(12)]
    try:
        forms = [await _form(p) for p in phones]  # every form loaded before any is sent
        results = await asyncio.gather(*(p.post(f) for p, f in zip(phones, forms, strict=True)))
        assert sorted(r[0] for r in results).count(303) == 1
        assert server.evaluation.count == 1 == len(stored(data_dir, server)["answers"])
    finally:
        for p in phones:
            await p.close()
        await server.stop()


async def test_parallel_posts_past_the_limit_stop_at_the_limit(data_dir, group, library):
    """Before: parallel posts passed the 60-answer cap (200 stored). Now the limit is the
    group's size (8 here, attendance not taken), enforced when each answer is staged."""
    server, events = await start(data_dir, group, library, limit=8)
    phones = [Phone(server) for _ in range(30)]
    try:
        forms = [await _form(p) for p in phones]
        results = await asyncio.gather(*(p.post(f) for p, f in zip(phones, forms, strict=True)))
        statuses = sorted(r[0] for r in results)
        assert statuses.count(303) == 8 and set(statuses) == {303, 409}
        assert server.evaluation.count == 8 == len(stored(data_dir, server)["answers"])
        assert events[-1].cap == 8
        late = Phone(server)
        try:
            status, page = await late.get()
            assert status == 409 and "like mange svar som det er deltakere" in page
            assert await server.raise_limit() == 9  # the leader's deliberate choice
            assert stored(data_dir, server)["limit"] == 9
            assert (await late.answer())[0] == 303
        finally:
            await late.close()
    finally:
        for p in phones:
            await p.close()
        await server.stop()


async def test_a_failed_write_takes_back_exactly_what_it_staged(
    data_dir, group, library, monkeypatch
):
    """The slip, the phone's address and the answer all come back when the disk refuses."""
    codes = new_codes(2)
    server, _ = await start(data_dir, group, library, mode="ballot", ballots=codes)
    phone = Phone(server)
    try:
        url = server.ballot_url(codes[0])
        real_write = server.answers.write

        def refuse(*args, **kwargs):
            raise EvaluationError("Disken er full")

        monkeypatch.setattr(server.answers, "write", refuse)
        status, page, _ = await phone.post(await _form(phone, url), url)
        assert status == 503 and "ikke lagret" in page
        assert server.evaluation.count == 0
        assert tokens.digest(codes[0]) in server.evaluation.ballots
        monkeypatch.setattr(server.answers, "write", real_write)
        status, _, _ = await phone.post(await _form(phone, url), url)
        assert status == 303 and server.evaluation.count == 1
    finally:
        await phone.close()
        await server.stop()


def _raw_socket(server, address: str) -> socket.socket:
    sock = socket.create_connection(
        (server.host, server.port), timeout=5, source_address=(address, 0)
    )
    return sock


def _is_closed(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        return sock.recv(4096) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        sock.setblocking(True)


async def test_idle_connections_are_capped_per_address_and_time_out(data_dir, group, library):
    """Before: ~1,100 idle connections from one address made the form unavailable, and one
    stayed open 400 s. Now one address holds at most ``PER_ADDRESS`` connections, and none
    lasts longer than the header deadline without sending a whole request."""
    from groupguide.phone.guard import PER_ADDRESS

    server, _ = await start(data_dir, group, library, header_timeout=1.0)
    address = loopback_address()
    sockets: list[socket.socket] = []
    try:
        for _ in range(100):
            sockets.append(await asyncio.to_thread(_raw_socket, server, address))
        await asyncio.sleep(0.3)
        open_now = [s for s in sockets if not _is_closed(s)]
        assert len(open_now) == PER_ADDRESS
        assert server.guard.refused == 100 - PER_ADDRESS
        # another phone is still served while the flood holds its share
        honest = Phone(server)
        try:
            assert (await honest.get())[0] == 200
        finally:
            await honest.close()
        # a request trickled byte by byte is cut at the deadline all the same
        slow = await asyncio.to_thread(_raw_socket, server, loopback_address())
        sockets.append(slow)
        begin = time.monotonic()
        for byte in b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ":
            if _is_closed(slow):
                break
            slow.send(bytes([byte]))
            await asyncio.sleep(0.05)
        while not _is_closed(slow) and time.monotonic() - begin < 5:
            await asyncio.sleep(0.05)
        assert _is_closed(slow) and time.monotonic() - begin < 2.5
        await asyncio.sleep(1.2)
        assert all(_is_closed(s) for s in sockets)
        assert server.guard.count == 0
    finally:
        for s in sockets:
            s.close()
        await server.stop()


async def test_a_body_that_never_arrives_gets_408(data_dir, group, library):
    server, _ = await start(data_dir, group, library, body_timeout=0.5)
    phone = Phone(server)
    try:
        fields = await _form(phone)
        body = "&".join(f"{k}={v}" for k, v in fields.items()).encode()
        reader, writer = await asyncio.open_connection(
            server.host, server.port, local_addr=(phone.address, 0)
        )
        writer.write(
            b"POST "
            + server.path.encode()
            + b" HTTP/1.1\r\nHost: "
            + server.base[7:].encode()
            + b"\r\nOrigin: "
            + server.base.encode()
            + b"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + str(len(body) + 50).encode()
            + b"\r\n\r\n"
            + body
        )
        await writer.drain()
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
        assert head.startswith(b"HTTP/1.1 408")
        assert b"Content-Security-Policy" in head and b"Server: groupguide" in head
        writer.close()
        assert server.evaluation.count == 0
    finally:
        await phone.close()
        await server.stop()


async def test_unknown_charset_is_a_400_with_security_headers(data_dir, group, library):
    """Before: ``charset=x-nonexistent`` gave a 500 without security headers."""
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        fields = await _form(phone)
        body = "&".join(f"{k}={v}" for k, v in fields.items())
        async with phone.session.post(
            server.url,
            data=body.encode(),
            headers={
                "Origin": server.base,
                "Content-Type": "application/x-www-form-urlencoded; charset=x-nonexistent",
            },
            allow_redirects=False,
        ) as r:
            assert r.status == 400
            assert "default-src 'none'" in r.headers["Content-Security-Policy"]
            assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert server.evaluation.count == 0
    finally:
        await phone.close()
        await server.stop()


async def test_server_header_is_generic_on_every_response(data_dir, group, library):
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        for path in (server.url, server.base + "/nope", server.base + "/assets/form.css"):
            async with phone.session.get(path) as r:
                assert r.headers["Server"] == "groupguide", path
        # a request aiohttp cannot even parse never reaches the app: still our headers
        reader, writer = await asyncio.open_connection(
            server.host, server.port, local_addr=(phone.address, 0)
        )
        writer.write(b"GARBAGE \x00\x01 nonsense\r\n\r\n")
        head = await asyncio.wait_for(reader.read(4096), 5)
        writer.close()
        assert head.split(b" ", 2)[1] == b"400"
        assert b"Server: groupguide" in head and b"aiohttp" not in head and b"Python" not in head
        assert b"Content-Security-Policy" in head
    finally:
        await phone.close()
        await server.stop()


async def test_origin_must_name_the_address_served_not_the_requests_own_host(
    data_dir, group, library
):
    """Before: the Origin was compared with the request's own Host header, so a page on another
    name pointed at this laptop (DNS rebinding) passed."""
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        fields = await _form(phone)
        async with phone.session.post(
            server.url,
            data=fields,
            headers={
                "Host": f"evil.example:{server.port}",
                "Origin": f"http://evil.example:{server.port}",
            },
            allow_redirects=False,
        ) as r:
            assert r.status == 403
        assert server.evaluation.count == 0
    finally:
        await phone.close()
        await server.stop()


async def test_nothing_about_a_client_reaches_the_leaders_terminal(
    data_dir, group, library, caplog, capfd
):
    """Before: the leader's terminal showed client addresses and tracebacks."""
    caplog.set_level(logging.DEBUG)
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        reader, writer = await asyncio.open_connection(
            server.host, server.port, local_addr=(phone.address, 0)
        )
        writer.write(b"BREW /coffee HTCPCP/1.0\r\n\r\n")
        await asyncio.wait_for(reader.read(4096), 5)
        writer.close()
        async with phone.session.post(
            server.url,
            data=b"relevance=3",
            headers={
                "Origin": server.base,
                "Content-Type": "application/x-www-form-urlencoded; charset=x-nonexistent",
            },
        ) as r:
            await r.read()
        await phone.get(server.base + "/%ff%fe")
    finally:
        await phone.close()
        await server.stop()
    out, err = capfd.readouterr()
    logged = "\n".join(r.getMessage() for r in caplog.records) + out + err
    assert phone.address not in logged and "Traceback" not in logged
    assert not [r for r in caplog.records if r.name.startswith("aiohttp")]


async def test_results_of_an_open_evaluation_stay_hidden_so_nobody_can_difference(
    data_dir, group, library
):
    """Before: results were readable while the evaluation was open, so reading them at 3 and
    again at 4 answers showed exactly what the 4th person wrote."""
    from groupguide.evaluation.results import aggregate

    server, _ = await start(data_dir, group, library)
    phones = [Phone(server) for _ in range(4)]
    try:
        seen = []
        for i, phone in enumerate(phones):
            assert (await phone.answer(good=f"svar nummer {i}", relevance=str(i + 1)))[0] == 303
            if i >= 2:
                results = aggregate(server.evaluation, 3)
                seen.append(results)
                assert not results.visible and results.overall is None
                assert results.good == [] and results.wishes == []
                assert results.to_dict()["items"] == [] and "good" not in results.to_dict()
        await server.close_evaluation()
        shown = aggregate(server.evaluation, 3)
        assert shown.visible and shown.overall.n == 4
    finally:
        for p in phones:
            await p.close()
        await server.stop()


async def test_file_times_do_not_date_the_answers(data_dir, group, library):
    """Before: the answers file's modification time was the last answer's time, so a watcher of
    the data folder rebuilt order and times."""
    server, _ = await start(data_dir, group, library)
    phones = [Phone(server) for _ in range(3)]
    path = data_dir / "evaluations" / f"{server.evaluation.id}.json"
    try:
        day = server.evaluation.day
        midnight = datetime(day.year, day.month, day.day).timestamp()
        for phone in phones:
            assert (await phone.answer())[0] == 303
            assert os.stat(path).st_mtime == midnight
            assert os.stat(path).st_atime == midnight
            assert os.stat(path.parent).st_mtime == midnight
        await server.close_evaluation()
        assert os.stat(path).st_mtime == midnight
        assert day == date(2026, 9, 16)
    finally:
        for p in phones:
            await p.close()
        await server.stop()


async def test_a_used_slip_leaves_nothing_that_links_it_to_its_answer(data_dir, group, library):
    """What a watcher of the data folder sees from one post to the next: the answers in a new
    random order, the unused slips' hashes sorted, the same file name, times set to the day;
    closing drops the slips' hashes altogether."""
    codes = new_codes(6)
    server, _ = await start(data_dir, group, library, mode="ballot", ballots=codes)
    phones = [Phone(server) for _ in range(4)]
    try:
        for i, (phone, code) in enumerate(zip(phones, codes[:4], strict=True)):
            assert (await phone.answer(server.ballot_url(code), good=f"svar {i}"))[0] == 303
        names = sorted(p.name for p in (data_dir / "evaluations").iterdir())
        on_disk = stored(data_dir, server)
        assert on_disk["ballots"] == sorted(on_disk["ballots"])
        assert all("time" not in json.dumps(a) for a in on_disk["answers"])
        await server.close_evaluation()
        closed = stored(data_dir, server)
        assert closed["ballots"] == [] and "serving" not in closed
        assert sorted(p.name for p in (data_dir / "evaluations").iterdir()) == names
    finally:
        for p in phones:
            await p.close()
        await server.stop()


async def test_an_identifier_in_a_phone_answer_is_warned_about_then_masked(
    data_dir, group, library
):
    from groupguide.domain.confidentiality import control_digits

    k1, k2 = control_digits("010190100")
    server, _ = await start(data_dir, group, library)
    phone = Phone(server)
    try:
        status, page, _ = await phone.answer(
            good=f"Pasienten 010190 100 {k1}{k2} ringte 912 34 567"
        )
        assert status == 422 and "taushetsplikten" in page
        assert "[fødselsnummer fjernet]" in page and "912 34 567" not in page
        assert 'name="warned" value="1"' in page
        assert server.evaluation.count == 0
        # sent again with the identifier typed back in: masked before it is stored
        fields = {
            "nonce": NONCE.search(page).group(1),
            "relevance": "4",
            "warned": "1",
            "good": "Ring meg på 912 34 567",
        }
        status, _, _ = await phone.post(fields)
        assert status == 303
        good = stored(data_dir, server)["answers"][0]["good"]
        assert good == "Ring meg på [telefonnummer fjernet]"
    finally:
        await phone.close()
        await server.stop()


@pytest.mark.parametrize("code_field", ["K7M2Q-X9A4R", "k7m2q x9a4r"])
async def test_a_slip_printed_ahead_is_typed_into_the_shared_form(
    data_dir, group, library, code_field
):
    """Slips printed before the gathering carry only a short code: the shared address takes it
    (a plain GET form) and leads to that slip's own form."""
    code = "K7M2QX9A4R"
    server, _ = await start(data_dir, group, library, mode="ballot", ballots=[code])
    phone = Phone(server)
    try:
        status, page = await phone.get()
        assert status == 200 and 'name="kode"' in page and NONCE.search(page) is None
        async with phone.session.get(
            server.url, params={"kode": code_field, "lang": "nb"}, allow_redirects=False
        ) as r:
            assert r.status == 303
            location = r.headers["Location"]
        assert location.startswith(f"{server.path}/{code}")
        assert (await phone.answer(server.base + location.split("?")[0]))[0] == 303
        status, page = await phone.get(server.url + "?kode=nonsense")
        assert status == 422 and "ikke en gyldig kode" in page
        status, page = await phone.get(server.base + location)
        assert "brukt" in page
    finally:
        await phone.close()
        await server.stop()


async def test_client_connections_from_other_addresses_are_not_starved(data_dir, group, library):
    """Twelve phones, each with a browser's six connections, stay well inside the limits."""
    server, _ = await start(data_dir, group, library)
    sessions = []
    try:
        for _ in range(12):
            connector = aiohttp.TCPConnector(local_addr=(loopback_address(), 0), limit=6)
            sessions.append(aiohttp.ClientSession(connector=connector))

        async def load(session):
            async with session.get(server.url) as r:
                return r.status

        statuses = await asyncio.gather(*(load(s) for s in sessions for _ in range(6)))
        assert set(statuses) == {200}
        assert server.guard.refused == 0
    finally:
        for s in sessions:
            await s.close()
        await server.stop()
