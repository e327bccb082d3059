"""A meter of the term's planned days against the programme's range (2–3 days), and the span of
the gatherings against the half-year."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from groupguide.domain.rules import DaysMeter as DaysValue
from groupguide.i18n import decimal, format_date, t


class DaysMeter(Widget):
    """Two lines: what is planned in words, and a bar in which the target range is marked; a
    third with the dates of the first and last gathering once two are dated.

    The classes ``-under``, ``-ok`` and ``-over`` carry the state for the stylesheet."""

    DEFAULT_CSS = """
    DaysMeter { height: auto; padding: 0 1; }
    DaysMeter.-ok { color: $text-success; }
    DaysMeter.-under, DaysMeter.-over { color: $text-warning; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.value = DaysValue(0.0, 2.0, 3.0)

    def show(self, value: DaysValue) -> None:
        self.value = value
        for status in ("under", "ok", "over"):
            self.set_class(value.status == status, f"-{status}")
        self.refresh()

    def render(self) -> Content:
        value = self.value
        words = t(
            f"planui.meter.{value.status}",
            days=decimal(value.days, trim=True),
            low=decimal(value.low, trim=True),
            high=decimal(value.high, trim=True),
        )
        width = max(10, self.content_size.width)
        scale = max(value.high * 1.25, value.days, 0.1)
        # One span per run of equal cells, not one per cell (a bar 100 cells wide is 3–4 runs).
        runs: list[list] = []
        for i in range(width):
            at = (i + 0.5) / width * scale
            if at <= value.days:
                cell, style = "█", ""
            elif value.low <= at <= value.high:
                cell, style = "▒", "dim"
            else:
                cell, style = "░", "dim"
            if runs and runs[-1][0] == cell:
                runs[-1][2] += 1
            else:
                runs.append([cell, style, 1])
        bar = Content.assemble(*((cell * n, style) for cell, style, n in runs))
        lines = [Content.styled(words, "bold"), bar]
        span = value.span
        if span is not None:
            status = "over" if span.too_long else "ok"
            text = t(
                f"planui.meter.span.{status}",
                first=format_date(span.first),
                last=format_date(span.last),
                months=decimal(span.months, trim=True),
            )
            lines.append(Content.styled(text, "bold $text-warning" if span.too_long else ""))
        return Content("\n").join(lines)
