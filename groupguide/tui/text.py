"""Text for the screens: what users typed, shown literally and never parsed as markup
(tech-notes); and the durations and shares several screens show."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from groupguide.i18n import t


def literal(value: object, style: str = "") -> Text:
    """A Rich ``Text`` for DataTable cells and other Rich consumers; no markup parsing."""
    return Text(str(value), style=style)


def content(value: object) -> Content:
    """A Textual ``Content`` for Static/Label/OptionList; no markup parsing."""
    return Content(str(value))


def fill(template: str, **values: object) -> Content:
    """A translated template with ``$name`` fields filled by literal user text."""
    return Content.from_markup(template, **{k: str(v) for k, v in values.items()})


def hours_text(minutes: int) -> str:
    """A duration as the plan shows it ("2 t 30 min")."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return t("planui.minutes_short", minutes=rest)
    if not rest:
        return t("planui.hours_short", hours=hours)
    return t("planui.hours_minutes_short", hours=hours, minutes=rest)


def percent(share: float) -> str:
    """A share as a whole percentage ("96 %")."""
    return f"{share * 100:.0f} %"
