"""One block as recorded afterwards: when it began and for how many minutes it was held.
Dismisses ``(start or None, minutes)`` — no start: right after the block before — or ``None``."""

from __future__ import annotations

from datetime import time

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, Static

from groupguide.domain.rules import MAX_BLOCK_MINUTES
from groupguide.domain.values import format_time, parse_time
from groupguide.i18n import t

from .base import DIALOG_CSS
from .form import FormDialog, Refusal

HeldFields = tuple[time | None, int]


def _is_refusal(read: HeldFields | Refusal) -> bool:
    """A refusal names a field and says why (two texts); the fields end with the minutes."""
    return isinstance(read[1], str)


def _is_clock(value: str) -> bool:
    try:
        parse_time(value.replace(".", ":").replace(",", ":"))
    except ValueError:
        return False
    return True


class HeldBlockDialog(FormDialog[HeldFields | None]):
    CSS_PATH = [*DIALOG_CSS, "held_block.tcss"]
    BINDINGS = [
        Binding("ctrl+s", "save", t("tui.save"), id="dialog.save"),
    ]

    def __init__(self, title: str, start: time | None, minutes: int, planned: int) -> None:
        super().__init__()
        self.block_title = title
        self.start = start
        self.minutes = minutes
        self.planned = planned

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog form"):
            yield Static(
                t("record.block.title", title=self.block_title),
                classes="dialog-title",
                markup=False,
            )
            yield Static(t("record.block.intro", planned=self.planned), classes="dialog-text")
            with Horizontal(classes="form-row"):
                with Vertical(classes="form-cell"):
                    yield Label(t("record.block.start"))
                    yield Input(
                        format_time(self.start) or "",
                        id="start",
                        compact=True,
                        placeholder=t("record.block.start_placeholder"),
                    )
                with Vertical(classes="form-cell"):
                    yield Label(t("record.block.minutes"))
                    # plain text, not type="integer": that drops a typed ":" and "09:20"
                    # became 920 minutes; what is not a number is refused and said
                    yield Input(str(self.minutes), id="minutes", compact=True, max_length=8)
            yield Static("", id="error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.save"), variant="primary", id="save", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#start", Input).focus()

    def _read(self) -> HeldFields | Refusal:
        raw_start = self.query_one("#start", Input).value.strip()
        try:
            start = parse_time(raw_start)
        except ValueError:
            return "start", t("planui.bad_time", value=raw_start)
        raw_minutes = self.query_one("#minutes", Input).value.strip()
        if any(c in raw_minutes for c in ":.,") and _is_clock(raw_minutes):
            return "minutes", t("record.block.minutes_clock", value=raw_minutes)
        if not raw_minutes.isdigit() or not 0 < int(raw_minutes) <= MAX_BLOCK_MINUTES:
            return "minutes", t("record.block.bad_minutes", max=MAX_BLOCK_MINUTES)
        return start, int(raw_minutes)

    def check(self) -> Refusal | None:
        read = self._read()
        return read if _is_refusal(read) else None

    def action_save(self) -> None:
        self.save()

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def save(self) -> None:
        read = self._read()
        if _is_refusal(read):
            self.refuse(read)
        else:
            self.dismiss(read)
