"""How long one save takes after years of use, against stock TinyDB in the same run.

Realistic data: two groups a term, two terms a year; each group 8–12 participants, 3 gatherings
of about 8 blocks with notes, attendance taken. ``run(quick)`` returns rows
``{name, value, unit, baseline, target}``; times are medians in milliseconds.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import JSONStorage

from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.people import Participant
from groupguide.store import Store

TARGET_MS = 10.0
ACTIVITIES = ("case_reflection", "buzz", "audit", "intro", "plenary", "break", "lunch")
NOTE = (
    "Refleksjon rundt sykmelding og arbeidsevne; hvordan snakke om forventninger. "
    "Etiske og kulturelle sider ble trukket inn. Oppfølging neste samling. "
)


def make_group(year: int, half: int, index: int, rng: random.Random) -> Group:
    participants = [
        Participant(
            name=f"Deltaker {year}-{half}-{index}-{n}",
            email=f"d{n}@example.no",
            workplace="Legekontoret",
            supervisor="Veileder Veiledersen",
        )
        for n in range(rng.randint(8, 12))
    ]
    gatherings = []
    for number in range(3):
        blocks = [
            Block(
                activity=rng.choice(ACTIVITIES),
                title=f"Økt {b + 1}",
                minutes=rng.choice((15, 30, 45, 60)),
                goals=["LM-02", "KLK-010"],
                presenters=[rng.choice(participants).id],
                notes=NOTE * rng.randint(1, 4),
                held_minutes=30,
            )
            for b in range(rng.randint(7, 9))
        ]
        attendance = {
            p.id: Attendance(
                "present" if rng.random() > 0.1 else "partial",
                minutes=None if rng.random() > 0.1 else 180,
            )
            for p in participants
        }
        gatherings.append(
            Gathering(
                title=f"Samling {number + 1}",
                date=date(year, 2 + half * 6 + number, 10),
                start=clock(9, 0),
                location="Kommunehuset",
                blocks=blocks,
                attendance=attendance,
            )
        )
    pairs = [[a.id, b.id] for a, b in zip(participants, participants[1:], strict=False)]
    return Group(
        name=f"Gruppe {index + 1}",
        term=f"{year} {'vår' if half == 0 else 'høst'}",
        facilitator="Fastlege Fasilitator",
        organiser="Kommunen",
        participants=participants,
        gatherings=gatherings,
        pair_history=pairs,
    )


def make_groups(years: int, seed: int = 1) -> list[Group]:
    rng = random.Random(seed)
    return [
        make_group(2020 + y, half, index, rng)
        for y in range(years)
        for half in range(2)
        for index in range(2)
    ]


def _median_ms(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _baseline_ms(group: Group, folder: Path, repeats: int) -> float:
    """Stock TinyDB: insert the same group document into an empty database (JSONStorage)."""
    document = group.to_dict()
    times = []
    for n in range(repeats):
        path = folder / f"baseline-{n}.json"
        db = TinyDB(path, storage=JSONStorage)
        start = time.perf_counter()
        db.insert(document)
        times.append((time.perf_counter() - start) * 1000)
        db.close()
    return statistics.median(times)


def run(quick: bool) -> list[dict]:
    repeats = 15 if quick else 100
    rows = []
    with tempfile.TemporaryDirectory(prefix="groupguide-bench-") as tmp:
        root = Path(tmp)
        baseline = _baseline_ms(make_groups(1)[0], root, repeats)
        for years in (1, 5, 10):
            data_dir = root / f"data-{years}"
            groups = make_groups(years)
            with Store(data_dir) as store:
                for group in groups:
                    store.save_group(group)
            start = time.perf_counter()
            store = Store(data_dir)
            store.open()
            open_ms = (time.perf_counter() - start) * 1000
            try:
                group = store.group(groups[-1].id)
                assert group is not None
                counter = iter(range(10**9))

                def save(store=store, group=group, counter=counter):
                    group.gatherings[0].blocks[0].notes = f"{NOTE} {next(counter)}"
                    store.save_group(group)

                save_ms = _median_ms(save, repeats)
                list_ms = _median_ms(store.groups, repeats)
            finally:
                store.close()
            rows.append(
                {
                    "name": f"store.save_group ({years} y, {len(groups)} groups)",
                    "value": round(save_ms, 3),
                    "unit": "ms",
                    "baseline": round(baseline, 3),
                    "target": TARGET_MS if years == 10 else None,
                }
            )
            rows.append(
                {
                    "name": f"store.groups listing ({years} y)",
                    "value": round(list_ms, 3),
                    "unit": "ms",
                    "baseline": None,
                    "target": None,
                }
            )
            rows.append(
                {
                    "name": f"store.open incl. backup ({years} y)",
                    "value": round(open_ms, 3),
                    "unit": "ms",
                    "baseline": None,
                    "target": None,
                }
            )
    return rows
