"""The benchmarks still run (``python -m benchmarks --quick``): they import the app's modules
and drive the real app, so a renamed word or a changed model field breaks them silently unless
something runs them. Only that they run is checked here, never a time: this machine is shared,
and the figures belong in the README (see benchmarks/__init__.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.needs import tool

REPO = Path(__file__).resolve().parent.parent


def test_every_benchmark_runs(tmp_path):
    tool("tmux", "tmux")  # the run-mode timer is measured in a real terminal
    env = {**os.environ, "GROUPGUIDE_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "FAILED" not in result.stdout
    for row in (
        "start-up ratio to bare Textual app (--demo)",
        "PDF certificates, 12 participants",
        "run-mode timer running",
        "store.save_group",
        "guard: time to check 1 kB of notes",
    ):
        assert row in result.stdout, row
