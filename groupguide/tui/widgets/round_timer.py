"""The big timer of run mode: elapsed time as ``Digits`` with the plan beside it.

Updated by its screen at most twice a second, and only when the shown second changes, so that a
running timer costs next to nothing.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static

from groupguide.i18n import t
from groupguide.tui.widgets.big_clock import BigClock


def clock_text(seconds: float) -> str:
    """``MM:SS`` below an hour, ``H:MM:SS`` from one hour on."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class RoundTimer(Vertical):
    """``show(seconds, planned_minutes)`` repaints only what changed."""

    DEFAULT_CSS = """
    RoundTimer { height: auto; width: auto; }
    RoundTimer Digits { width: auto; }
    RoundTimer .timer-info { width: auto; color: $text-muted; }
    RoundTimer .timer-big { display: none; }
    RoundTimer.-big .timer-big { display: block; }
    RoundTimer.-big .timer-digits { display: none; }
    RoundTimer.-overrun Digits, RoundTimer.-overrun BigClock { color: $text-error; }
    RoundTimer.-overrun .timer-info { color: $text-error; text-style: bold; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._shown: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        yield Digits("00:00", classes="timer-digits")
        yield BigClock("00:00", classes="timer-big")
        yield Static("", classes="timer-info", markup=False)

    def show(self, seconds: float, planned_minutes: int) -> bool:
        """Returns True when something was repainted."""
        key = (max(0, int(seconds)), planned_minutes)
        if key == self._shown:
            return False
        self._shown = key
        self.query_one(Digits).update(clock_text(seconds))
        self.query_one(BigClock).update(clock_text(seconds))
        planned = planned_minutes * 60
        over = key[0] - planned
        if over > 0:
            info = t("run.timer.overrun", minutes=(over + 59) // 60, planned=planned_minutes)
        else:
            info = t("run.timer.left", minutes=(-over + 59) // 60, planned=planned_minutes)
        self.set_class(over > 0, "-overrun")
        self.query_one(".timer-info", Static).update(info)
        return True
