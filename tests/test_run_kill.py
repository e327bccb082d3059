"""A real crash: run ``groupguide run`` in tmux, start the clock, kill -9 the process, run it
again and see it resume at the same block with the elapsed time kept."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time

from tests.needs import REPO
from tests.test_run_screen import plan_copy
from tests.tmux_harness import TERMINAL, Terminal, groupguide, require_tmux

GROUP = "LIS1 Vestland høst 2026"
pytestmark = TERMINAL


def test_kill_mid_block_and_resume(tmp_path, example_plan):
    require_tmux()
    data_dir = tmp_path / "data"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "groupguide",
            "--data-dir",
            str(data_dir),
            "import",
            str(plan_copy(example_plan, tmp_path)),
        ],
        check=True,
        cwd=REPO,
        capture_output=True,
    )
    command = groupguide("--data-dir", str(data_dir), "run", "--group", GROUP, "--gathering", "3")
    # the gathering's own day (no question about another day), the clock moved by the test
    clock = tmp_path / "clock"
    clock.write_text("2026-12-02T09:00:00", encoding="utf-8")
    hook = {"GROUPGUIDE_TEST_CLOCK_FILE": str(clock)}
    first = Terminal(command, env=hook)
    try:
        first.wait_for("av 8 til stede")
        first.send("Enter")
        first.wait_for("Programpost 1 av 7")
        first.send("n")  # block 1 skipped, block 2 (case) now
        first.wait_for("Programpost 2 av 7")
        first.send("Space")
        first.wait_for("Klokken går")
        clock.write_text("2026-12-02T09:00:05", encoding="utf-8")
        first.wait_for("00:05")  # the timer has seen the time pass
        time.sleep(0.5)  # and the state on disk still says running since 09:00:00
        first.kill_app(9)
        assert first.exit_code() == 137
    finally:
        first.close()
    runs = list((data_dir / "runs").glob("*.json"))
    assert len(runs) == 1
    saved = json.loads(runs[0].read_text(encoding="utf-8"))
    assert saved["index"] == 1 and saved["running_since"] is not None

    again = Terminal(command, env=hook)
    try:
        again.wait_for(r"Fortsetter der du slapp")
        again.wait_for("Programpost 2 av 7")  # the notice can come before the runner is painted
        screen = again.wait_for(r"\d\d:\d\d brukt")
        assert "Programpost 2 av 7" in screen and "Oppmøte:" not in screen  # no second check-in
        used = re.search(r"(\d\d):(\d\d) brukt", screen.replace("\n", " "))
        assert used and int(used.group(1)) * 60 + int(used.group(2)) >= 3
        assert "Klokken går" in screen
        again.send("C-q")
        assert again.exit_code() == 0
    finally:
        again.close()
