"""Start-up to the first usable screen, against a bare Textual app with a header and footer.

Both run headless in a fresh Python process that exits as soon as its first screen has been
painted; the figure is the process's wall time, median of alternating runs. Target: within 1.3×
of the bare app. Also reports the app's peak memory (max RSS) on demo data.

Both read cached bytecode, as an installed app does (pip compiles it on install): the warm-up runs
write it to a folder of the benchmark's own, even where ``PYTHONDONTWRITEBYTECODE`` is set. (With
that set and an editable install, our sources would be compiled on every start while Textual's
come precompiled from site-packages: a cost no installed copy pays.)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BARE = """
from textual.app import App
from textual.widgets import Footer, Header
class Bare(App):
    def compose(self):
        yield Header()
        yield Footer()
    def on_mount(self):
        self.call_after_refresh(self.exit)
Bare().run(headless=True)
"""

OURS = """
import sys, resource
from pathlib import Path
from groupguide.tui import app as app_module
from groupguide.tui.screens.home import HomeScreen
data_dir = Path(sys.argv[1])
original_mount = HomeScreen.on_mount
def on_mount(self):
    original_mount(self)  # the group list is filled here
    print("HOME-SCREEN-SHOWN")
    self.app.call_after_refresh(self.app.exit)  # exit once it has been painted
HomeScreen.on_mount = on_mount
original_run = app_module.GroupGuideApp.run
app_module.GroupGuideApp.run = lambda self: original_run(self, headless=True)
app_module.run_app(data_dir)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _time(scripts: Path, code: str, *args: str) -> tuple[float, str]:
    # Textual resolves CSS paths from the class's source file: run from a real file, not -c.
    script = scripts / f"s{abs(hash(code))}.py"
    if not script.exists():
        script.write_text(code, encoding="utf-8")
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none", "PYTHONPATH": str(REPO),
           "PYTHONPYCACHEPREFIX": str(scripts / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # see the module docstring
    start = time.perf_counter()
    result = subprocess.run([sys.executable, str(script), *args], capture_output=True,
                            text=True, cwd=REPO, env=env, timeout=120)
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1] if result.stderr else "failed")
    return elapsed, result.stdout.strip()


def run(quick: bool) -> list[dict]:
    from groupguide.services.demo import prepare_demo

    rounds = 3 if quick else 10
    demo_dir = prepare_demo()
    scripts = Path(tempfile.mkdtemp(prefix="groupguide-bench-"))
    bare, ours, rss = [], [], []
    try:
        # warm the file cache and bytecode
        _time(scripts, BARE), _time(scripts, OURS, str(demo_dir))
        for _ in range(rounds):
            bare.append(_time(scripts, BARE)[0])
            elapsed, out = _time(scripts, OURS, str(demo_dir))
            if "HOME-SCREEN-SHOWN" not in out:
                raise RuntimeError("the app did not reach its home screen")
            ours.append(elapsed)
            rss.append(int(out.splitlines()[-1]) / 1024)
    finally:
        import shutil

        shutil.rmtree(demo_dir, ignore_errors=True)
        shutil.rmtree(scripts, ignore_errors=True)
    b, o = statistics.median(bare), statistics.median(ours)
    return [
        {"name": "start-up to home screen (demo data)", "value": round(o), "unit": "ms",
         "baseline": round(b), "target": "≤ 1.3× bare", "met": o <= 1.3 * b},
        {"name": "start-up ratio to bare Textual app", "value": round(o / b, 2), "unit": "×",
         "baseline": 1.0, "target": 1.3},
        {"name": "peak memory (max RSS), demo data", "value": round(max(rss), 1), "unit": "MiB",
         "baseline": None, "target": None},
    ]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory():
        for row in run(quick=True):
            print(row)
