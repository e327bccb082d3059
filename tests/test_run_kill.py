"""A real crash: run ``groupguide run`` in tmux, start the clock, kill -9 the process, run it
again and see it resume at the same block with the elapsed time kept."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import IN_CI, REPO
from tests.test_run_screen import plan_copy

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None and not IN_CI,
                                reason="tmux is not installed")

GROUP = "LIS1 Vestland høst 2026"


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def _wait_for(session: str, pattern: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-p", "-t", session)
        if re.search(pattern, screen):
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{pattern!r} not on screen:\n{screen}")


def _start(session: str, data_dir: Path) -> None:
    command = (f"cd {shlex.quote(str(REPO))} && TEXTUAL_ANIMATIONS=none exec "
               f"{shlex.quote(sys.executable)} -m groupguide --data-dir "
               f"{shlex.quote(str(data_dir))} run --group {shlex.quote(GROUP)} --gathering 3")
    _tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)


def _app_pid(session: str) -> int:
    return int(_tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip())


def test_kill_mid_block_and_resume(tmp_path, example_plan):
    data_dir = tmp_path / "data"
    env = dict(os.environ, GROUPGUIDE_LANG="nb")
    subprocess.run([sys.executable, "-m", "groupguide", "--data-dir", str(data_dir), "import",
                    str(plan_copy(example_plan, tmp_path))], check=True, cwd=REPO, env=env,
                   capture_output=True)
    session = f"gg-kill-{os.getpid()}"
    try:
        _start(session, data_dir)
        _wait_for(session, "Oppmøte")
        _tmux("send-keys", "-t", session, "Enter")
        _wait_for(session, "Økt 1 av 7")
        _tmux("send-keys", "-t", session, "n")  # block 1 skipped, block 2 (case) now
        _wait_for(session, "Økt 2 av 7")
        _tmux("send-keys", "-t", session, "Space")
        _wait_for(session, "Klokka går")
        time.sleep(3.2)
        os.kill(_app_pid(session), signal.SIGKILL)
        time.sleep(0.5)
        _tmux("kill-session", "-t", session)
        runs = list((data_dir / "runs").glob("*.json"))
        assert len(runs) == 1
        saved = json.loads(runs[0].read_text(encoding="utf-8"))
        assert saved["index"] == 1 and saved["running_since"] is not None

        _start(session, data_dir)
        screen = _wait_for(session, r"Fortsetter der du slapp")
        assert "Økt 2 av 7" in screen and "Oppmøte:" not in screen  # no second check-in
        used = re.search(r"(\d\d):(\d\d) brukt", screen.replace("\n", " "))
        assert used and int(used.group(1)) * 60 + int(used.group(2)) >= 3
        assert "Klokka går" in screen
        _tmux("send-keys", "-t", session, "C-q")
    finally:
        _tmux("kill-session", "-t", session)
