"""A DataTable that fits its terminal: flexible columns give up room, cropped with an ellipsis.

At 80 columns a long gathering or block title would push the useful columns off screen; here the
columns named ``flex`` (in order) shrink to what is left after the others, down to a minimum.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import DataTable

Row = tuple[str | None, Sequence[Text]]


class FitTable(DataTable):
    """Call ``set_rows(columns, rows)``; the table re-fits itself when it is resized."""

    MIN_FLEX = 12

    def __init__(
        self, *, flex: Sequence[str] = (), drop: Sequence[tuple[str, int]] = (), **kwargs
    ) -> None:
        """``flex``: columns that shrink, in order; ``drop``: (column, width) pairs, a column
        left out when the table is narrower than that width."""
        super().__init__(**kwargs)
        self.flex = tuple(flex)
        self.drop = tuple(drop)
        self._columns_spec: list[tuple[str, str]] = []
        self._rows: list[Row] = []
        self._fitted_width = -1

    def set_rows(
        self, columns: Sequence[tuple[str, str]], rows: Sequence[Row], cursor_row: int | None = None
    ) -> None:
        """Replace columns (key, label) and rows (key, cells); keeps the cursor row if asked."""
        self._columns_spec = list(columns)
        self._rows = list(rows)
        self._rebuild(cursor_row)

    @property
    def _width(self) -> int:
        """The table's width; before its first layout, the terminal's, which every table of
        this kind spans (fitted at once, the first frame shows no unfitted table with a scroll
        bar, and the resize that follows has nothing to re-fit)."""
        return self.size.width or self.app.size.width

    def _shown(self) -> list[int]:
        """Indexes of the columns shown at the current width."""
        width = self._width
        dropped = {key for key, below in self.drop if 0 < width < below}
        return [i for i, (key, _) in enumerate(self._columns_spec) if key not in dropped]

    def _widths(self, shown: list[int]) -> dict[str, int | None]:
        spec = [self._columns_spec[i] for i in shown]
        natural = {key: cell_len(label) for key, label in spec}
        for _, cells in self._rows:
            for (key, _), i in zip(spec, shown, strict=False):
                if i < len(cells):
                    natural[key] = max(natural[key], cells[i].cell_len)
        # Explicit widths for every column: DataTable's auto width did not always grow with rows
        # added right after a rebuild (columns stuck at their header's width).
        widths: dict[str, int | None] = dict(natural)
        available = self._width - 2  # room for a vertical scrollbar
        if available <= 0:
            return widths
        padding = 2 * self.cell_padding * len(spec)
        excess = sum(natural.values()) + padding - available
        for key in self.flex:
            if excess <= 0:
                break
            if key not in natural:
                continue
            label = dict(spec)[key]
            minimum = min(natural[key], max(self.MIN_FLEX, cell_len(label)))
            give = min(excess, natural[key] - minimum)
            if give > 0:
                widths[key] = natural[key] - give
                excess -= give
        return widths

    def _rebuild(self, cursor_row: int | None = None) -> None:
        row = self.cursor_row if cursor_row is None else cursor_row
        self._fitted_width = self._width
        shown = self._shown()
        widths = self._widths(shown)
        self.clear(columns=True)
        for i in shown:
            key, label = self._columns_spec[i]
            # a Text label: a str is parsed as Rich markup, which first loads Rich's emoji table
            self.add_column(Text(label), key=key, width=widths[key])
        for key, cells in self._rows:
            fitted = []
            for i in shown:
                cell = cells[i].copy()
                cell.no_wrap, cell.overflow = True, "ellipsis"
                fitted.append(cell)
            self.add_row(*fitted, key=key)
        if self._rows and row is not None:
            self.move_cursor(row=max(0, min(row, len(self._rows) - 1)), animate=False)

    def on_resize(self, event: events.Resize) -> None:
        if self._columns_spec and event.size.width != self._fitted_width:
            self.call_after_refresh(self._rebuild)
