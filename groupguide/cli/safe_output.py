"""Everything the command line prints goes through a filter that drops terminal control
characters: a group, a participant or a plan file may carry an ESC sequence (``\\x1b]0;…``,
``\\x1b[2J``) that would retitle, clear or reprogram the leader's terminal when printed raw.

Line breaks and tabs stay; every other C0 and C1 control character (ESC, BEL, backspace, carriage
return, CSI …) and DEL are dropped. Output the program itself draws with escape sequences (the
QR code) is written to ``unfiltered(stream)``.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    return _CONTROLS.sub("", text)


class _Filtered(io.TextIOBase):
    """A text stream that writes ``clean(text)`` to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self.unfiltered = stream

    def write(self, text: str) -> int:
        self.unfiltered.write(clean(text))
        return len(text)

    def flush(self) -> None:
        self.unfiltered.flush()

    def isatty(self) -> bool:
        return self.unfiltered.isatty()

    def fileno(self) -> int:
        return self.unfiltered.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.unfiltered, "encoding", "utf-8")


def unfiltered(stream: TextIO) -> TextIO:
    """The stream under the filter (for output the program draws itself)."""
    return getattr(stream, "unfiltered", stream)


@contextmanager
def filtered_output() -> Iterator[None]:
    """``sys.stdout`` and ``sys.stderr`` filtered for as long as the block runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout = _Filtered(unfiltered(sys.stdout))  # type: ignore[assignment]
    sys.stderr = _Filtered(unfiltered(sys.stderr))  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
