"""Start-up to the first usable screen, against a bare Textual app with a header and footer.

Each app runs headless in a fresh Python process that exits as soon as its first screen has been
painted whole: the first frame that shows the screen with its footer's keys (a first frame can
show an empty footer: Textual's footer fills in once the screen's keys are known). The figure is
the process's wall time, median of interleaved runs. Three ways to start:

- on a data folder with groups (the example plan imported), with a warm catalogue cache (the
  usual start): target ≤ 1.3× the bare app;
- ``groupguide --demo`` (a throwaway data folder made from the example group on every start):
  target ≤ 1.5×;
- the first of the two, with an empty catalogue cache (the first start after an install or
  after a catalogue file changed: PyYAML is imported and the YAML parsed), beside the warm start.

Also reports the app's peak memory (max RSS) on the data folder with groups, and the ratios of
CPU time (user + system, median): on a shared machine the wall time also holds the time a process
waited for a core, which the CPU time does not, so the two ratios bracket what a quiet machine
shows. The process's CPU time includes the interpreter's shutdown after the app has exited
(tens of milliseconds for Textual's objects); the CPU time each process has used when its frame
is painted is reported beside it, without the shutdown.

Every process reads cached bytecode, as an installed app does (pip compiles it on install): the
warm-up runs write it to a folder of the benchmark's own, even where ``PYTHONDONTWRITEBYTECODE`` is
set. (With that set and an editable install, our sources would be compiled on every start while
Textual's come precompiled from site-packages: a cost no installed copy pays.)
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Exit after the first frame that shows a ``screen_type`` with its footer's keys; print the CPU
# time used by then.
PAINTED = """
import resource
def exit_once_painted(app, screen_type):
    from textual.widgets._footer import FooterKey
    def painted():
        usage = resource.getrusage(resource.RUSAGE_SELF)
        print("CPU-AT-PAINT", (usage.ru_utime + usage.ru_stime) * 1000)
        app.exit()
    def check():
        if isinstance(app.screen, screen_type) and app.screen.query(FooterKey):
            app.call_after_refresh(painted)  # after the frame that paints them
        else:
            app.call_after_refresh(check)
    app.call_after_refresh(check)
"""

BARE = (
    PAINTED
    + """
from textual.app import App
from textual.screen import Screen
from textual.widgets import Footer, Header
class Bare(App):
    def compose(self):
        yield Header()
        yield Footer()
    def on_mount(self):
        exit_once_painted(self, Screen)
Bare().run(headless=True)
"""
)

# The app as the command line starts it: ``groupguide [--data-dir DIR | --demo]``, exiting once
# the home screen (or, for --demo, the demo group opened on top of it) has been painted.
OURS = (
    PAINTED
    + """
import sys, resource
from groupguide.tui import app as app_module
from groupguide.tui.screens.home import HomeScreen
original_mount = HomeScreen.on_mount
def on_mount(self):
    original_mount(self)  # the group list is filled here (and --demo opens its group)
    print("HOME-SCREEN-SHOWN")
    if "--demo" in sys.argv:
        from groupguide.tui.screens.group import GroupScreen
        exit_once_painted(self.app, GroupScreen)
    else:
        exit_once_painted(self.app, HomeScreen)
HomeScreen.on_mount = on_mount
original_run = app_module.GroupGuideApp.run
app_module.GroupGuideApp.run = lambda self: original_run(self, headless=True)
from groupguide.main import main
code = main(sys.argv[1:])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""
)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def _time(
    scripts: Path,
    code: str,
    *args: str,
    cache: Path | None = None,
    cpu: list[float] | None = None,
    painted: list[float] | None = None,
) -> tuple[float, str]:
    """Wall time of one start in ms, and its output; its CPU time is appended to ``cpu``, the CPU
    time it had used when its first screen was painted to ``painted``."""
    # Textual resolves CSS paths from the class's source file: run from a real file, not -c.
    script = scripts / f"s{abs(hash(code))}.py"
    if not script.exists():
        script.write_text(code, encoding="utf-8")
    env = {
        **os.environ,
        "TEXTUAL_ANIMATIONS": "none",
        "PYTHONPATH": str(REPO),
        "PYTHONPYCACHEPREFIX": str(scripts / "pycache"),
        "GROUPGUIDE_LANG": "nb",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # see the module docstring
    if cache is not None:
        env["GROUPGUIDE_CACHE_DIR"] = str(cache)
    cpu_start, start = _cpu(), time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    elapsed = (time.perf_counter() - start) * 1000
    if cpu is not None:
        cpu.append(_cpu() - cpu_start)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1] if result.stderr else "failed")
    if code is OURS and "HOME-SCREEN-SHOWN" not in result.stdout:
        raise RuntimeError("the app did not reach its home screen")
    if painted is not None:
        line = next(x for x in result.stdout.splitlines() if x.startswith("CPU-AT-PAINT"))
        painted.append(float(line.split()[1]))
    return elapsed, result.stdout.strip()


def _data_folder_with_groups(root: Path) -> Path:
    data = root / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO), "GROUPGUIDE_CACHE_DIR": str(root / "cache")}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "groupguide",
            "--data-dir",
            str(data),
            "import",
            str(REPO / "sessions" / "example-plan.yaml"),
        ],
        check=True,
        cwd=REPO,
        capture_output=True,
        env=env,
        timeout=120,
    )
    return data


def run(quick: bool) -> list[dict]:
    rounds = 3 if quick else 15
    scripts = Path(tempfile.mkdtemp(prefix="groupguide-bench-"))
    warm = scripts / "cache"
    times: dict[str, list[float]] = {"bare": [], "groups": [], "demo": [], "cold": []}
    rss: list[float] = []
    cpu: dict[str, list[float]] = {"bare": [], "groups": [], "demo": []}
    painted: dict[str, list[float]] = {"bare": [], "groups": [], "demo": []}
    try:
        data = _data_folder_with_groups(scripts)
        groups = ("--data-dir", str(data))
        # warm the file cache, the bytecode and the catalogue cache
        _time(scripts, BARE), _time(scripts, OURS, *groups, cache=warm)
        _time(scripts, OURS, "--demo", cache=warm)
        for round_ in range(rounds):
            times["bare"].append(_time(scripts, BARE, cpu=cpu["bare"], painted=painted["bare"])[0])
            elapsed, out = _time(
                scripts, OURS, *groups, cache=warm, cpu=cpu["groups"], painted=painted["groups"]
            )
            times["groups"].append(elapsed)
            rss.append(int(out.splitlines()[-1]) / 1024)
            elapsed = _time(
                scripts, OURS, "--demo", cache=warm, cpu=cpu["demo"], painted=painted["demo"]
            )[0]
            times["demo"].append(elapsed)
            times["cold"].append(_time(scripts, OURS, *groups, cache=scripts / f"c{round_}")[0])
    finally:
        shutil.rmtree(scripts, ignore_errors=True)
    b, g, d, c = (statistics.median(times[k]) for k in ("bare", "groups", "demo", "cold"))
    cb, cg, cd = (statistics.median(cpu[k]) for k in ("bare", "groups", "demo"))
    pb, pg, pd = (statistics.median(painted[k]) for k in ("bare", "groups", "demo"))
    return [
        {
            "name": "start-up to home screen, data folder with groups",
            "value": round(g),
            "unit": "ms",
            "baseline": round(b),
            "target": "≤ 1.3× bare",
            "met": g <= 1.3 * b,
        },
        {
            "name": "start-up ratio to bare Textual app (groups)",
            "value": round(g / b, 2),
            "unit": "×",
            "baseline": 1.0,
            "target": 1.3,
        },
        {
            "name": "start-up with --demo",
            "value": round(d),
            "unit": "ms",
            "baseline": round(b),
            "target": "≤ 1.5× bare",
            "met": d <= 1.5 * b,
        },
        {
            "name": "start-up ratio to bare Textual app (--demo)",
            "value": round(d / b, 2),
            "unit": "×",
            "baseline": 1.0,
            "target": 1.5,
        },
        {
            "name": "CPU-time ratio to bare app, groups / --demo",
            "value": f"{cg / cb:.2f} / {cd / cb:.2f}",
            "unit": "×",
            "baseline": f"{round(cb)} ms",
            "target": None,
        },
        {
            "name": "CPU time to the painted frame (no shutdown), groups / --demo",
            "value": f"{pg / pb:.2f} / {pd / pb:.2f}",
            "unit": "×",
            "baseline": f"{round(pb)} ms",
            "target": None,
        },
        {
            "name": "start-up, groups, empty catalogue cache (baseline: warm)",
            "value": round(c),
            "unit": "ms",
            "baseline": round(g),
            "target": None,
        },
        {
            "name": "peak memory (max RSS), data folder with groups",
            "value": round(max(rss), 1),
            "unit": "MiB",
            "baseline": None,
            "target": None,
        },
    ]


if __name__ == "__main__":
    for row in run(quick=True):
        print(row)
