"""Crash safety with real processes: kill -9 a writer at random moments, then open the data.

Rounds: 30 by default; ``GROUPGUIDE_FAULT_ROUNDS=500`` for a longer run. ``GROUPGUIDE_FAULT_SEED``
repeats a run (the seed is in every failure message).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from groupguide.store import Store, StoreLocked

REPO = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("GROUPGUIDE_FAULT_ROUNDS", "30"))
SEED = int(os.environ.get("GROUPGUIDE_FAULT_SEED", str(random.randrange(1_000_000))))

# The group as a pure function of a counter: the parent can rebuild exactly what the child wrote.
BUILD = """
from groupguide.domain.model import Block, Gathering, Group
from groupguide.domain.people import Participant

GROUP_ID = "faultgroup"


def build(counter):
    first = max(0, counter - 120)  # grows, then slides, so files stay a realistic size
    blocks = [Block(activity="buzz", title=f"Økt {i}", minutes=15 + i % 4 * 15,
                    goals=["LM-02"], notes="Notat æøå " * (i % 40), id=f"b{i}")
              for i in range(first, counter)]
    return Group(name="Feilgruppe", term="2025 vår", organiser=str(counter),
                 participants=[Participant(name=f"Deltaker {n}", id=f"p{n}") for n in range(10)],
                 gatherings=[Gathering(title="Samling", blocks=blocks, id="g1")], id=GROUP_ID)
"""

CHILD = (
    BUILD
    + """
import sys, time
from pathlib import Path
from groupguide.store import Store

store = Store(Path(sys.argv[1]))
store.open()
print("ready", flush=True)
if sys.argv[2] == "hold":
    time.sleep(120)
existing = store.group(GROUP_ID)
counter = int(existing.organiser) if existing else 0
while True:
    counter += 1
    store.save_group(build(counter))
    print(counter, flush=True)
"""
)

_namespace: dict = {}
exec(BUILD, _namespace)  # the same builder the child runs
build = _namespace["build"]


def spawn(data_dir: Path, mode: str, stderr_path: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with stderr_path.open("wb") as stderr:
        return subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir), mode],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=env,
            cwd=REPO,
        )


def kill(proc: subprocess.Popen) -> list[str]:
    """SIGKILL, reap, and return every line the child printed."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    rest = proc.stdout.read()
    proc.stdout.close()
    return rest.splitlines()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_kill_9_at_random_moments(data_dir: Path, tmp_path: Path):
    rng = random.Random(SEED)
    known = 0  # the counter on disk at the start of the round
    saves = kills_during_open = 0
    for round_ in range(ROUNDS):
        where = f"seed {SEED}, round {round_}"
        stderr_path = tmp_path / "child-stderr.txt"
        proc = spawn(data_dir, "write", stderr_path)
        lines: list[str] = []
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 0.4))  # may hit start-up, the backup or the lock
        else:
            first = proc.stdout.readline()
            assert first == "ready\n", f"{where}: {first!r} {stderr_path.read_text()}"
            time.sleep(rng.uniform(0.0, 0.12))
        lines += kill(proc)
        counters = [int(line) for line in lines if line.strip().isdigit()]
        if not counters:
            kills_during_open += 1
        assert counters == list(range(known + 1, known + 1 + len(counters))), where
        last = counters[-1] if counters else known
        saves += len(counters)

        store = Store(data_dir)
        problems = store.open()  # a stale lock from the killed child must not block
        try:
            assert problems == [], f"{where}: {[str(p) for p in problems]}"
            group = store.group("faultgroup")
            if group is None:
                assert last == 0, where
                loaded = 0
            else:
                loaded = int(group.organiser)
                assert loaded in (last, last + 1), f"{where}: loaded {loaded}, printed {last}"
                assert group.to_dict() == build(loaded).to_dict(), where
        finally:
            store.close()
        groups_dir = data_dir / "groups"
        leftovers = [p.name for p in groups_dir.iterdir() if p.name != "faultgroup.json"]
        assert leftovers == [], f"{where}: {leftovers}"
        known = loaded
    print(
        f"\n{ROUNDS} kill -9 rounds (seed {SEED}): {saves} saves, "
        f"{kills_during_open} kills before the first save, final counter {known}"
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_second_process_refused_then_free_after_kill(data_dir: Path, tmp_path: Path):
    proc = spawn(data_dir, "hold", tmp_path / "stderr.txt")
    try:
        assert proc.stdout.readline() == "ready\n", (tmp_path / "stderr.txt").read_text()
        with pytest.raises(StoreLocked) as caught:
            Store(data_dir).open()
        assert str(data_dir) in caught.value.message
        with Store(data_dir, read_only=True) as reader:  # reading is still allowed
            assert reader.groups() == []
    finally:
        kill(proc)
    with Store(data_dir) as store:  # the OS released the killed holder's lock
        store.save_group(build(1))
