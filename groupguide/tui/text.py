"""Showing what users typed: always literally, never parsed as markup (tech-notes)."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content


def literal(value: object, style: str = "") -> Text:
    """A Rich ``Text`` for DataTable cells and other Rich consumers; no markup parsing."""
    return Text(str(value), style=style)


def content(value: object) -> Content:
    """A Textual ``Content`` for Static/Label/OptionList; no markup parsing."""
    return Content(str(value))


def fill(template: str, **values: object) -> Content:
    """A translated template with ``$name`` fields filled by literal user text."""
    return Content.from_markup(template, **{k: str(v) for k, v in values.items()})
