"""Drive the real app in a real terminal (tmux): start, type, and poll the screen for text."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
import uuid

import pytest

from tests.needs import REPO, tool

# With the parallel suite (``-n auto --dist loadgroup``) the real-terminal tests run one after the
# other on one worker: each drives an app in its own process against wall-clock waits, and two
# such apps beside two test workers on a 2-core machine is where a wait would run out.
TERMINAL = pytest.mark.xdist_group("terminal")


def require_tmux() -> None:
    tool("tmux", "tmux")


class Terminal:
    """One tmux session running one command, with its own tmux server socket."""

    def __init__(
        self, command: str, width: int = 100, height: int = 30, env: dict[str, str] | None = None
    ) -> None:
        require_tmux()
        self.socket = f"gg-{uuid.uuid4().hex[:8]}"
        self.name = "t"
        full_env = {
            "TEXTUAL_ANIMATIONS": "none",
            "GROUPGUIDE_LANG": "nb",
            "PYTHONPATH": str(REPO),
            **(env or {}),
        }
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in full_env.items())
        # Keep the pane after the program ends so that its last words can be read.
        # COLUMNS/LINES may be inherited from the test runner (80×24): they would override the
        # size of the tmux window for the app, so they are removed.
        script = (
            f"cd {shlex.quote(str(REPO))} && env -u COLUMNS -u LINES {exports} {command}; "
            "echo __EXIT__=$?; sleep 600"
        )
        self._tmux(
            "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), script
        )

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=30
        )
        return result.stdout

    def screen(self) -> str:
        # -J joins lines the terminal wrapped, so a long message can be matched whole.
        return self._tmux("capture-pane", "-p", "-J", "-t", self.name)

    def send(self, *keys: str) -> None:
        for key in keys:
            self._tmux("send-keys", "-t", self.name, key)
            time.sleep(0.05)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", self.name, "-l", text)

    def wait_for(self, pattern: str, timeout: float = 30.0) -> str:
        """Poll until ``pattern`` (a regex) is on screen; fail with the screen when it is not."""
        deadline = time.monotonic() + timeout
        regex = re.compile(pattern)
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if regex.search(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{pattern!r} not on screen after {timeout} s:\n{screen}")

    def wait_gone(self, pattern: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        regex = re.compile(pattern)
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if not regex.search(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{pattern!r} still on screen after {timeout} s:\n{screen}")

    def exit_code(self, timeout: float = 30.0) -> int:
        screen = self.wait_for(r"__EXIT__=\d+", timeout)
        return int(re.search(r"__EXIT__=(\d+)", screen).group(1))

    def kill_app(self, sig: int = 9) -> None:
        """Kill the program in the pane (not the shell that reports its exit) like a crash."""
        shell = self._tmux("list-panes", "-t", self.name, "-F", "#{pane_pid}").strip()
        children = subprocess.run(["pgrep", "-P", shell], capture_output=True, text=True)
        for pid in children.stdout.split():
            if pid != str(os.getpid()):
                os.kill(int(pid), sig)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=30)


def groupguide(*args: str) -> str:
    """The shell command that starts groupguide from this checkout."""
    return " ".join(
        [shlex.quote(sys.executable), "-m", "groupguide", *(shlex.quote(a) for a in args)]
    )
