"""All PDF certificates for a full group (12 participants, the example plan's three gatherings,
two of them held): build + write the 12 files and the combined one, against the same with HTML
measured in the same run. Also the first export in a fresh process, which pays for importing
reportlab and loading the fonts once. ``run(quick)`` returns rows; medians in ms."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.export_bench import NOW, full_group
from groupguide.export import build, make_context, write_export
from groupguide.library import Library

TARGET_MS = 1000.0

_COLD = """
import json, sys, time
start = time.perf_counter()
from pathlib import Path
from benchmarks.export_bench import NOW, full_group
from groupguide.export import build, make_context, write_export
from groupguide.library import Library
library = Library.load(None)
ready = time.perf_counter()
ctx = make_context(full_group(library), library, NOW)
written = write_export(Path(sys.argv[1]), build("certificates", ctx, None, None, ("pdf",)), True)
done = time.perf_counter()
print(json.dumps({"export_ms": (done - ready) * 1000, "files": len(written)}))
"""


def _median_ms(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _cold_ms(folder: Path, repeats: int) -> float:
    """The export alone (after loading the goals) in a fresh interpreter, median."""
    root = Path(__file__).resolve().parent.parent
    times = []
    for _ in range(repeats):
        result = subprocess.run(
            [sys.executable, "-c", _COLD, str(folder)],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        data = json.loads(result.stdout)
        assert data["files"] == 13, data
        times.append(data["export_ms"])
    return statistics.median(times)


def run(quick: bool) -> list[dict]:
    repeats = 5 if quick else 20
    library = Library.load(None)
    ctx = make_context(full_group(library), library, NOW)
    write_export(
        Path(tempfile.mkdtemp(prefix="groupguide-pdf-warm-")),
        build("certificates", ctx, None, None, ("pdf",)),
    )  # fonts loaded once
    with tempfile.TemporaryDirectory(prefix="groupguide-pdf-bench-") as tmp:
        html_dir, pdf_dir = Path(tmp) / "html", Path(tmp) / "pdf"

        def html() -> None:
            write_export(html_dir, build("certificates", ctx, None, None, ("html",)), True)

        def pdf() -> None:
            written = write_export(pdf_dir, build("certificates", ctx, None, None, ("pdf",)), True)
            assert len(written) == 13

        html_ms = _median_ms(html, repeats)
        pdf_ms = _median_ms(pdf, repeats)
        cold_ms = _cold_ms(Path(tmp) / "cold", 3 if quick else 5)
    return [
        {
            "name": "PDF certificates, 12 participants + combined, build + write",
            "unit": "ms",
            "value": round(pdf_ms, 1),
            "baseline": round(html_ms, 1),
            "target": TARGET_MS,
        },
        {
            "name": "the same, first export in a fresh process (reportlab import, fonts)",
            "unit": "ms",
            "value": round(cold_ms, 1),
            "baseline": round(html_ms, 1),
            "target": None,
        },
    ]


if __name__ == "__main__":
    for row in run(quick=False):
        print(row)
