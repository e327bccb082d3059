"""Text for the screens: what users typed, shown literally and never parsed as markup
(tech-notes); and the durations and shares several screens show."""

from __future__ import annotations

from rich.cells import cell_len
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


def key_lines(text: str, width: int) -> str:
    """A line of keys, "N nytt · E rediger · U angre", laid out ``width`` cells wide: too
    narrow, it breaks between the keys ("·" ends the line), never between a key and what it
    does. (A no-break space would not do: Textual wraps at any Unicode space.)"""
    items = text.split(" · ")
    lines: list[str] = []
    for item in items:
        if lines and cell_len(f"{lines[-1]} · {item}") <= width:
            lines[-1] = f"{lines[-1]} · {item}"
        else:
            if lines:
                lines[-1] += " ·"
            lines.append(item)
    return "\n".join(lines)


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


def mask_identifiers(area) -> None:
    """Ctrl+T in a text area that may reach a document (``TextArea``): replace what the guard
    finds with its placeholders, as one edit (undoable), and say how many."""
    from groupguide.domain.confidentiality import find_identifiers, mask

    findings = find_identifiers(area.text)
    if not findings:
        area.notify(t("run.guard.nothing"))
        return
    area.replace(mask(area.text, findings), area.document.start, area.document.end)
    area.notify(t("run.guard.masked", count=len(findings)))
