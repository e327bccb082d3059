"""Run every benchmark and print one table (see benchmarks/__init__.py)."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import platform
import sys
import time
from datetime import date
from pathlib import Path


def _fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="a short run (under a minute)")
    parser.add_argument("--only", help="run only benchmarks whose module name contains this")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    rows: list[dict] = []
    started = time.perf_counter()
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not info.name.endswith("_bench") or (args.only and args.only not in info.name):
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        print(f"… {info.name}", file=sys.stderr, flush=True)
        try:
            rows += module.run(quick=args.quick)
        except Exception as exc:  # noqa: BLE001 - one failing benchmark must not hide the rest
            rows.append(
                {
                    "name": f"{info.name} FAILED: {exc}",
                    "value": None,
                    "unit": "",
                    "baseline": None,
                    "target": None,
                }
            )
    print(
        f"\ngroupguide benchmarks, {date.today()}, {platform.machine()}, "
        f"Python {platform.python_version()}, {'quick' if args.quick else 'full'} run"
    )
    headers = ("benchmark", "value", "unit", "baseline", "target", "met")
    table = [headers]
    for row in rows:
        met = row.get("met")
        if (
            met is None
            and isinstance(row.get("target"), (int, float))
            and isinstance(row.get("value"), (int, float))
        ):
            met = row["value"] <= row["target"]  # a bare number is an upper bound
        table.append(
            (
                row["name"],
                _fmt(row.get("value")),
                row.get("unit", ""),
                _fmt(row.get("baseline")),
                row.get("target") or "–",
                "–" if met is None else ("yes" if met else "NO"),
            )
        )
    widths = [max(len(str(r[i])) for r in table) for i in range(len(headers))]
    for i, line in enumerate(table):
        print("  ".join(str(cell).ljust(widths[j]) for j, cell in enumerate(line)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print(f"\n({time.perf_counter() - started:.1f} s)")
    # A benchmark that broke (not one that missed its target: the machine may be busy) fails
    # the run, so that the smoke test (tests/test_benchmarks.py) catches it.
    return 1 if any(" FAILED: " in row["name"] for row in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
