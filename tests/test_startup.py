"""Start-up as the command line does it: garbage collection is off while the app starts and
on again once it has (``main.run_tui``, ``tui.app.STARTUP_SECONDS``), and after the app ends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SCRIPT = """
import gc, sys
from groupguide.tui import app as app_module
app_module.STARTUP_SECONDS = 0.3
seen = []
original_mount = app_module.GroupGuideApp.on_mount
def on_mount(self):
    original_mount(self)
    seen.append(("mounted", gc.isenabled()))
    self.set_timer(0.15, lambda: seen.append(("starting", gc.isenabled())))
    self.set_timer(0.8, lambda: (seen.append(("started", gc.isenabled())), self.exit()))
app_module.GroupGuideApp.on_mount = on_mount
original_run = app_module.GroupGuideApp.run
app_module.GroupGuideApp.run = lambda self: original_run(self, headless=True)
from groupguide.main import main
code = main(["--demo"])
seen.append(("ended", gc.isenabled()))
print(code, seen)
"""


def test_no_garbage_collection_while_the_app_starts(tmp_path):
    env = {**os.environ, "GROUPGUIDE_CACHE_DIR": str(tmp_path), "TEXTUAL_ANIMATIONS": "none"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    expected = "0 [('mounted', False), ('starting', False), ('started', True), ('ended', True)]"
    assert result.stdout.strip().splitlines()[-1] == expected


def test_a_command_keeps_garbage_collection(tmp_path, capsys):
    """Only the terminal app pauses it: a command (an evaluation server runs for hours) never."""
    import gc

    from groupguide.main import main

    assert main(["--data-dir", str(tmp_path), "groups"]) == 0
    assert gc.isenabled()
