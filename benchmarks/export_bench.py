"""How long exporting every certificate for a full group (12 participants, the example plan's
three gatherings, two of them held) takes, against rendering the same Markdown with markdown-it-py
alone. ``run(quick)`` returns rows ``{name, value, unit, baseline, target}``; medians in ms."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from markdown_it import MarkdownIt

from groupguide.domain.model import Attendance
from groupguide.domain.people import Participant
from groupguide.export import build, make_context, write_export
from groupguide.library import Library
from groupguide.paths import builtin_dir
from groupguide.plans import read_plan

TARGET_MS = 500.0
NOW = datetime(2026, 11, 23, 9, 0)


def full_group(library: Library):
    """The example group filled up to the cap of 12, the newcomers present at both gatherings."""
    group = read_plan(
        builtin_dir("sessions") / "example-plan.yaml", library.goals, library.activities
    ).group
    for n in range(12 - len(group.participants)):
        person = Participant(f"Ny Deltaker {n + 1}", workplace="Legekontoret", supervisor="Per Aas")
        group.participants.append(person)
        for gathering in group.gatherings:
            if gathering.attendance is not None:
                gathering.attendance[person.id] = Attendance("present")
    return group


def _median_ms(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(quick: bool) -> list[dict]:
    repeats = 5 if quick else 30
    library = Library.load(None)
    group = full_group(library)
    ctx = make_context(group, library, NOW)
    export = build("certificates", ctx)
    documents = export.preview.split("\n\n---\n\n")
    assert len(documents) == 12

    def markdown_only() -> None:
        md = MarkdownIt("js-default")
        for document in documents:
            md.render(document)

    baseline = _median_ms(markdown_only, repeats)
    build_ms = _median_ms(lambda: build("certificates", ctx), repeats)
    with tempfile.TemporaryDirectory(prefix="groupguide-export-bench-") as tmp:
        out = Path(tmp)
        write_ms = _median_ms(
            lambda: write_export(out, build("certificates", ctx), force=True), repeats
        )
    return [
        {
            "name": "export certificates, build (12 participants)",
            "value": round(build_ms, 2),
            "unit": "ms",
            "baseline": round(baseline, 2),
            "target": None,
        },
        {
            "name": "export certificates, build + write 13 files",
            "value": round(write_ms, 2),
            "unit": "ms",
            "baseline": round(baseline, 2),
            "target": TARGET_MS,
        },
    ]


if __name__ == "__main__":
    for row in run(quick=False):
        print(row)
