"""Aggregation, the anonymity threshold, wishes for planning, ballot sheets, address ranking and
the command line (open → answer → Ctrl+C → results --json)."""

from __future__ import annotations

import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
import urllib.parse
from datetime import date
from pathlib import Path

import pytest

from groupguide.evaluation.answers import AnswerStore, EvaluationError
from groupguide.evaluation.ballot import new_codes
from groupguide.evaluation.results import aggregate
from groupguide.evaluation.wishes import TopicWish, topic_wishes
from groupguide.phone.lan import rank_candidates
from groupguide.phone.slips import sheet_html
from groupguide.settings import load_settings
from groupguide.store import Store
from tests.test_evaluation_server import NASTY, make_group

REPO = Path(__file__).resolve().parent.parent


def _answer(i: int, **extra):
    return {
        "relevance": 1 + i % 5,
        "blocks": {},
        "goals": {},
        "good": f"bra {i}",
        "better": "",
        "wishes": f"ønske {i}",
        **extra,
    }


def _evaluation(data_dir, library, n: int):
    group = make_group()
    store = AnswerStore(data_dir)
    evaluation = store.open(group, group.gatherings[0], library.goals, date(2026, 11, 23))
    for i in range(n):
        store.add_answer(evaluation, _answer(i))
    return group, store, evaluation


def test_results_only_when_closed_and_at_the_threshold(data_dir, library):
    group, store, evaluation = _evaluation(data_dir, library, 2)
    hidden = aggregate(evaluation, 3)
    assert not hidden.visible and hidden.good == [] and hidden.to_dict()["items"] == []
    assert not aggregate(evaluation, 2).visible  # open: never, however many answered
    assert aggregate(evaluation, 1).threshold == 2  # never below 2
    assert load_settings({"evaluation_threshold": 1})[0].evaluation_threshold == 3  # reported
    assert load_settings({"evaluation_threshold": "x"})[0].evaluation_threshold == 3
    assert load_settings({})[0].evaluation_threshold == 3
    assert load_settings({"evaluation_threshold": 5})[0].evaluation_threshold == 5
    store.close(evaluation)
    # closed below the threshold: still nothing but the count, wishes included
    below = aggregate(evaluation, 3)
    assert not below.visible and below.closed and below.count == 2 and below.wishes == []
    assert aggregate(evaluation, 2).visible and aggregate(evaluation, 1).visible
    # a closed evaluation with answers takes no more: no differencing by reopening
    with pytest.raises(EvaluationError):
        store.open(group, group.gatherings[0], library.goals, date(2026, 11, 23))


def test_counts_mean_and_random_free_text(data_dir, library):
    group, store, evaluation = _evaluation(data_dir, library, 5)
    store.close(evaluation)
    results = aggregate(evaluation, 3, rng=random.Random(1))
    assert results.overall.counts == (1, 1, 1, 1, 1) and results.overall.mean == 3
    orders = {tuple(aggregate(evaluation, 3).good) for _ in range(20)}
    assert len(orders) > 1
    data = results.to_dict()
    assert data["count"] == 5 and data["items"][0]["kind"] == "overall"
    assert data["items"][0]["counts"] == {"1": 1, "2": 1, "3": 1, "4": 1, "5": 1}


def test_topic_wishes_for_planning(data_dir, library):
    group, store, evaluation = _evaluation(data_dir, library, 3)
    store.add_answer(evaluation, _answer(9, wishes=NASTY[1]))
    assert topic_wishes(data_dir, group) == []  # not while the evaluation is open
    store.close(evaluation)
    wishes = topic_wishes(data_dir, group)
    assert len(wishes) == 4 and all(isinstance(w, TopicWish) for w in wishes)
    assert {w.gathering_id for w in wishes} == {group.gatherings[0].id}
    assert NASTY[1] in {w.text for w in wishes}
    # below the threshold: none; a damaged file: skipped, never raised
    (data_dir / "evaluations" / f"{group.id}-{group.gatherings[1].id}.json").write_text("{oops")
    assert len(topic_wishes(data_dir, group)) == 4
    assert topic_wishes(data_dir, group, threshold=10) == []


def test_ballot_codes_and_sheet():
    codes = new_codes(12)
    assert len(set(codes)) == 12 and all(len(c) == 10 for c in codes)
    html = sheet_html("Samling <1>", [(f"http://h/e/T/{c}", c) for c in codes])
    assert html.count('class="slip"') == 12 and "Samling &lt;1&gt;" in html
    assert "<script" not in html and "size: A4" in html
    ahead = sheet_html("Samling 1", [(None, c) for c in codes[:3]])
    assert ahead.count('class="slip ahead"') == 3 and "<svg" not in ahead
    assert all(f"{c[:5]}-{c[5:]}" in ahead for c in codes[:3])


def _post_from(address: str, url: str, fields: dict) -> int:
    """Load the form and post it from ``address``, as a phone of its own would."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(
        parts.hostname, parts.port, timeout=10, source_address=(address, 0)
    )
    try:
        connection.request("GET", parts.path)
        page = connection.getresponse().read().decode()
        nonce = re.search(r'name="nonce" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({"nonce": nonce, **fields})
        connection.request(
            "POST",
            parts.path,
            body,
            {
                "Origin": f"{parts.scheme}://{parts.netloc}",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def test_lan_ranking_prefers_physical_private():
    ranked = rank_candidates(
        [
            ("docker0", "172.17.0.1"),
            ("wg0", "10.8.0.2"),
            ("lo", "127.0.0.1"),
            ("wlan0", "192.168.1.23"),
            ("eth0", "169.254.3.3"),
            ("en0", "fe80::1"),
        ]
    )
    assert [c.address for c in ranked] == ["192.168.1.23", "172.17.0.1", "10.8.0.2", "127.0.0.1"]
    assert ranked[-1].loopback and rank_candidates([])[0].loopback


def test_cli_open_answer_interrupt_results(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}
    run = [sys.executable, "-m", "groupguide", "--data-dir", str(data)]
    subprocess.run(
        run + ["import", str(REPO / "sessions" / "example-plan.yaml")],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    store = Store(data)
    store.open()
    name = store.groups()[0].name
    store.close()
    proc = subprocess.Popen(
        run
        + [
            "evaluation",
            "open",
            "--group",
            name,
            "--gathering",
            "1",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--yes",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = None
        deadline = time.monotonic() + 30
        while url is None and time.monotonic() < deadline:
            line = proc.stdout.readline()
            match = re.search(r"http://127\.0\.0\.1:\d+/e/\w+", line)
            url = match.group(0) if match else None
        assert url, proc.stderr.read()
        for n, text in enumerate(NASTY, start=2):  # three phones, three addresses
            assert _post_from(f"127.0.0.{n}", url, {"relevance": "4", "wishes": text}) == 303
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=15)
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "fortsatt åpen med 3 svar" in out
        for n in (2, 3, 4):  # no client address on the leader's terminal
            assert f"127.0.0.{n}" not in out + err
    finally:
        if proc.poll() is None:
            proc.kill()
    # Ctrl-C stopped serving without closing: nothing to read yet
    still_open = subprocess.run(
        run + ["evaluation", "results", "--group", name, "--gathering", "1", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    early = json.loads(still_open.stdout)
    assert early["count"] == 3 and not early["closed"] and early["items"] == []
    assert "wishes" not in early
    closed = subprocess.run(
        run + ["evaluation", "close", "--group", name, "--gathering", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert closed.returncode == 0 and "lukket med 3 svar" in closed.stdout
    result = subprocess.run(
        run + ["evaluation", "results", "--group", name, "--gathering", "1", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    data_out = json.loads(result.stdout)
    assert data_out["count"] == 3 and data_out["closed"] and data_out["items"]
    assert sorted(data_out["wishes"]) == sorted(NASTY)
    text = subprocess.run(
        run + ["evaluation", "results", "--group", name, "--gathering", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert all(t in text for t in NASTY)
    bad = subprocess.run(
        run + ["evaluation", "results", "--group", name, "--gathering", "9"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "9" in bad.stderr


def test_evaluation_day_is_the_day_the_gathering_was_held(data_dir, library):
    """A gathering run on another day than planned: its evaluation carries the day it was held
    (the day the answers' files are dated with), also when it was opened before the change."""
    from dataclasses import replace

    group = make_group()
    gathering = group.gatherings[0]
    store = AnswerStore(data_dir)
    opened = store.open(group, gathering, library.goals, date(2026, 11, 23))
    assert opened.day == gathering.date
    held = replace(gathering, held_date=date(2026, 11, 25))
    assert store.open(group, held, library.goals, date(2026, 11, 25)).day == date(2026, 11, 25)
    store.add_answer(store.load(opened.id), _answer(1))
    # answers given: the day they were given on stays
    later = replace(gathering, held_date=date(2026, 11, 30))
    assert store.prepare(group, later, library.goals, date(2026, 11, 30)).day == date(2026, 11, 25)


def test_topic_wishes_without_any_evaluation_read_nothing(tmp_path):
    """A data folder with no evaluation (a new group, the demo): the oral round's wishes, and
    neither the answer store nor the results are imported to find that out (the group screen
    counts the wishes for its tab label as it opens)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from groupguide.domain.model import Gathering, Group\n"
        "from groupguide.evaluation.wishes import topic_wishes\n"
        "group = Group(name='G', gatherings=[Gathering(title='S1', oral_wishes=['Mer om rus'])])\n"
        f"wishes = topic_wishes(Path({str(tmp_path)!r}), group)\n"
        "print([w.text for w in wishes], [w.oral for w in wishes])\n"
        "print(sorted(m for m in sys.modules if m in ('groupguide.evaluation.answers',"
        " 'groupguide.evaluation.results')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["['Mer om rus'] [True]", "[]"]
