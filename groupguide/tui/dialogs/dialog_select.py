"""A Select whose drop-down list stays inside its dialog.

Textual draws a Select's list on the screen's overlay layer and keeps it inside the *screen*
only, so in a dialog it ran over the dialog's frame (the block form at 120×40: nine names below
the bottom border). Here the list is made no taller than the room between the field and the
dialog's inner bottom edge; it scrolls when there are more choices than that.
"""

from __future__ import annotations

from textual.widgets import Select
from textual.widgets._select import SelectCurrent, SelectOverlay

MIN_ROWS = 4  # a list smaller than this is harder to use than one that covers the buttons


class DialogSelect(Select):
    def _watch_expanded(self, expanded: bool) -> None:
        super()._watch_expanded(expanded)
        if expanded:
            self._fit_list()

    def _fit_list(self) -> None:
        box = next((node for node in self.ancestors if node.has_class("dialog")), None)
        if box is None:
            return
        overlay = self.query_one(SelectOverlay)
        top = self.region.y + self.query_one(SelectCurrent).outer_size.height
        room = box.content_region.bottom - top
        # a size computed from where the field is, not a look: it cannot be said in TCSS
        overlay.styles.max_height = max(room, MIN_ROWS)
