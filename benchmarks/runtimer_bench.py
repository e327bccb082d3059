"""CPU while the run-mode timer runs with nothing else happening, against a bare Textual app
(header and footer) sitting idle for the same time, both in a real terminal (tmux).

CPU is read from /proc/<pid>/stat (user + system ticks) over the window. Target: under 3 % of
one core. Skipped (a row saying so) where tmux or /proc is missing.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GROUP = "LIS1 Vestland høst 2026"

BARE = """
from textual.app import App
from textual.widgets import Footer, Header
class Bare(App):
    def compose(self):
        yield Header()
        yield Footer()
Bare().run()
"""


def _tmux(*args: str) -> str:
    return subprocess.run(
        ["tmux", "-L", "gg-bench", *args], capture_output=True, text=True, timeout=30
    ).stdout


def _wait(pattern: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pattern in _tmux("capture-pane", "-p", "-J", "-t", "b"):
            return
        time.sleep(0.2)
    raise RuntimeError(f"{pattern!r} did not appear")


def _app_pid() -> int:
    shell = _tmux("list-panes", "-t", "b", "-F", "#{pane_pid}").strip()
    children = subprocess.run(["pgrep", "-P", shell], capture_output=True, text=True).stdout
    return int(children.split()[0])


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _measure(
    command: str, ready: str, keys: list[str], seconds: float, running: str | None = None
) -> float:
    _tmux("kill-server")
    env = f"TEXTUAL_ANIMATIONS=none GROUPGUIDE_LANG=nb PYTHONPATH={shlex.quote(str(REPO))}"
    _tmux(
        "new-session",
        "-d",
        "-s",
        "b",
        "-x",
        "100",
        "-y",
        "30",
        f"cd {shlex.quote(str(REPO))} && env {env} {command}; sleep 60",
    )
    try:
        _wait(ready)
        for key in keys:
            _tmux("send-keys", "-t", "b", key)
            time.sleep(0.5)
        if running:
            _wait(running)  # the timer really runs
        time.sleep(1.0)  # let the first paint settle
        pid = _app_pid()
        hz = os.sysconf("SC_CLK_TCK")
        before, start = _cpu_ticks(pid), time.monotonic()
        time.sleep(seconds)
        used = (_cpu_ticks(pid) - before) / hz
        return 100.0 * used / (time.monotonic() - start)
    finally:
        _tmux("kill-server")


def run(quick: bool) -> list[dict]:
    if shutil.which("tmux") is None or not Path("/proc/self/stat").exists():
        return [
            {
                "name": "run-mode timer CPU (skipped: needs tmux and /proc)",
                "value": None,
                "unit": "",
                "baseline": None,
                "target": None,
            }
        ]
    seconds = 10.0 if quick else 30.0
    with tempfile.TemporaryDirectory(prefix="groupguide-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        # the example plan with its third gathering planned for today: run mode then opens on
        # the check-in, not on the question about a gathering held on another day
        plan = Path(tmp) / "plan.yaml"
        text = (REPO / "sessions" / "example-plan.yaml").read_text(encoding="utf-8")
        plan.write_text(
            text.replace("date: 2026-12-02", f"date: {date.today().isoformat()}"), encoding="utf-8"
        )
        subprocess.run(
            [
                sys.executable,
                "-m",
                "groupguide",
                "--data-dir",
                str(data_dir),
                "import",
                str(plan),
            ],
            check=True,
            capture_output=True,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        bare_file = Path(tmp) / "bare.py"
        bare_file.write_text(BARE, encoding="utf-8")
        bare = _measure(
            f"{shlex.quote(sys.executable)} {shlex.quote(str(bare_file))}", "^p", [], seconds
        )
        ours = _measure(
            f"{shlex.quote(sys.executable)} -m groupguide --data-dir {shlex.quote(str(data_dir))}"
            f" run --group {shlex.quote(GROUP)} --gathering 3",
            "Oppmøte",
            ["Enter", "Space"],
            seconds,
            running="Klokken går",
        )
    return [
        {
            "name": f"run-mode timer running, {seconds:.0f} s idle",
            "value": round(ours, 2),
            "unit": "% of a core",
            "baseline": round(bare, 2),
            "target": 3.0,
        }
    ]
