"""The phone-form server under load, against a bare aiohttp handler in the same run.

- latency: 12 phones at once (each from its own loopback address, as 12 phones on a Wi-Fi are),
  each loading the form and posting an answer, five rounds; p50/p99 of the POST. Target: p99
  under 25 ms.
- throughput: a burst of 1,000 form posts (nonces fetched beforehand), 50 clients; posts per
  second of our real handler (validation, nonce, storage with fsync) against a bare aiohttp
  handler that only parses the form and redirects. Target: ratio at least 0.5.
Only loopback addresses are used.
"""

from __future__ import annotations

import asyncio
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import aiohttp
from aiohttp import web

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
ANSWER = {
    "lang": "nb",
    "relevance": "4",
    "b0": "5",
    "good": "Kasuistikkene",
    "better": "",
    "wishes": "Mer om rus",
}


def _connector(index: int) -> aiohttp.TCPConnector:
    return aiohttp.TCPConnector(local_addr=(f"127.0.0.{10 + index % 200}", 0), limit=0)


async def _our_server(data_dir: Path):
    from groupguide.evaluation import model as evaluation_model
    from groupguide.evaluation.answers import AnswerStore
    from groupguide.library import Library
    from groupguide.paths import builtin_dir
    from groupguide.phone import evaluation_server as server_module
    from groupguide.phone.evaluation_server import EvaluationServer
    from groupguide.plans import read_plan

    # the burst must exercise storage, not the flood guard (60 answers per evaluation)
    evaluation_model.MAX_ANSWERS = server_module.MAX_ANSWERS = 10**6
    library = Library.load(None)
    group = read_plan(
        builtin_dir("sessions") / "example-plan.yaml", library.goals, library.activities
    ).group
    store = AnswerStore(data_dir)
    evaluation = store.open(group, group.gatherings[0], library.goals, date.today(), "open", [])
    server = EvaluationServer(store, evaluation, "127.0.0.1", 0)
    # the load comes from 200 loopback addresses posting many answers each: the one-answer-per-
    # address rule and the per-address connection cap (tested apart) would refuse most of it
    server.addresses.allow_shared(10**9)
    server.guard.per_address = server.guard.total = 10**6
    await server.start()
    return server


async def _bare_server():
    async def form(request: web.Request) -> web.Response:
        return web.Response(
            text='<form method="post"><input name="nonce" value="n"></form>',
            content_type="text/html",
        )

    async def post(request: web.Request) -> web.Response:
        data = await request.post()
        if "relevance" not in data:
            return web.Response(status=400)
        raise web.HTTPSeeOther("/thanks")

    app = web.Application(client_max_size=32 * 1024)
    app.router.add_get("/e/x", form)
    app.router.add_post("/e/x", post)
    runner = web.AppRunner(app, shutdown_timeout=1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}/e/x"


async def _phone_round(url: str, index: int, origin: str) -> float:
    async with aiohttp.ClientSession(
        connector=_connector(index), cookie_jar=aiohttp.CookieJar(unsafe=True)
    ) as session:
        async with session.get(url) as response:
            nonce = NONCE.search(await response.text()).group(1)
        start = time.perf_counter()
        async with session.post(
            url, data={"nonce": nonce, **ANSWER}, allow_redirects=False, headers={"Origin": origin}
        ) as response:
            await response.read()
            assert response.status == 303, response.status
        return (time.perf_counter() - start) * 1000


async def _burst(url: str, origin: str, posts: int, clients: int) -> float:
    sessions = [aiohttp.ClientSession(connector=_connector(i)) for i in range(clients)]
    try:
        nonces = []
        for i in range(posts):
            async with sessions[i % clients].get(url) as response:
                nonces.append(NONCE.search(await response.text()).group(1))

        async def post(i: int) -> None:
            async with sessions[i % clients].post(
                url,
                data={"nonce": nonces[i], **ANSWER},
                allow_redirects=False,
                headers={"Origin": origin},
            ) as response:
                await response.read()
                assert response.status in (303, 409), response.status

        start = time.perf_counter()
        await asyncio.gather(*(post(i) for i in range(posts)))
        return posts / (time.perf_counter() - start)
    finally:
        for session in sessions:
            await session.close()


class _ServerProcess:
    """The server under test runs in its own process, so the clients here don't share its
    event loop (that would measure the client)."""

    def __init__(self, *args: str) -> None:
        repo = Path(__file__).resolve().parent.parent
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks._form_server", *args],
            cwd=repo,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.url = self.process.stdout.readline().strip()
        self.origin = self.url.rsplit("/e/", 1)[0]

    def stop(self) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


async def _run(quick: bool) -> list[dict]:
    posts = 300 if quick else 1000
    rounds = 2 if quick else 5
    with tempfile.TemporaryDirectory(prefix="groupguide-bench-") as tmp:
        ours = _ServerProcess("ours", tmp)
        bare = _ServerProcess("bare")
        try:
            latencies: list[float] = []
            bare_latencies: list[float] = []
            for _ in range(rounds):
                bare_latencies += await asyncio.gather(
                    *(_phone_round(bare.url, i, bare.origin) for i in range(12))
                )
                latencies += await asyncio.gather(
                    *(_phone_round(ours.url, i, ours.origin) for i in range(12))
                )
            bare_rate = await _burst(bare.url, bare.origin, posts, 50)
            our_rate = await _burst(ours.url, ours.origin, posts, 50)
        finally:
            ours.stop()
            bare.stop()

    def p99(values: list[float]) -> float:
        values = sorted(values)
        return values[min(len(values) - 1, int(len(values) * 0.99))]

    return [
        {
            "name": "form POST latency p50, 12 phones at once",
            "unit": "ms",
            "value": round(statistics.median(latencies), 2),
            "baseline": round(statistics.median(bare_latencies), 2),
            "target": None,
        },
        {
            "name": "form POST latency p99, 12 phones at once",
            "unit": "ms",
            "value": round(p99(latencies), 2),
            "baseline": round(p99(bare_latencies), 2),
            "target": 25.0,
        },
        {
            "name": f"form post burst ({posts} posts, 50 clients)",
            "unit": "posts/s",
            "value": round(our_rate),
            "baseline": round(bare_rate),
            "target": "≥ 0.5× bare",
            "met": our_rate >= 0.5 * bare_rate,
        },
        {
            "name": "form post burst ratio to bare aiohttp",
            "unit": "×",
            "value": round(our_rate / bare_rate, 2),
            "baseline": 1.0,
            "target": "≥ 0.5",
            "met": our_rate >= 0.5 * bare_rate,
        },
    ]


def run(quick: bool) -> list[dict]:
    return asyncio.run(_run(quick))
