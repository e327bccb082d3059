"""The line of keys under a dialog's list ("N nytt · E rediger · U angre", class
``dialog-keys``): laid out again at every width so that it breaks between the keys, never
between a key and what it does (``text.key_lines``)."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.widgets import Static

from groupguide.tui.text import key_lines


class KeyHint(Static):
    def __init__(self, text: str) -> None:
        super().__init__(Content(text), classes="dialog-keys", markup=False)
        self._text = text

    def on_resize(self, event: events.Resize) -> None:
        self.update(Content(key_lines(self._text, max(event.size.width, 1))))
