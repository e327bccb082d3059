"""One mechanism for every user-facing string: ``t(key, **params)``.

Strings live in ``catalog_<area>.py`` modules as ``MESSAGES = {key: (bokmål, English)}``; one
module per area so that parts of the app can grow their texts side by side. Norwegian bokmål is the
default; English via ``set_language("en")`` (the CLI's ``--lang en`` or ``GROUPGUIDE_LANG=en``).
Pure Python: the domain may use it.
"""

from __future__ import annotations

import importlib
import os
import string
from collections.abc import Mapping
from datetime import date

LANGUAGES = ("nb", "en")
CATALOGS = (
    "core",
    "domain",
    "plan",
    "store",
    "cli",
    "tui",
    "tui_plan",
    "run",
    "evaluation",
    "export",
    "audit",
    "privacy",
    "record",
    "documents",
)

_language = "nb"
_messages: dict[str, tuple[str, str]] | None = None
_key_names: Mapping[str, str] = {}


def all_messages() -> dict[str, tuple[str, str]]:
    """Every key with its (nb, en) texts, from all catalog modules."""
    global _messages
    if _messages is None:
        merged: dict[str, tuple[str, str]] = {}
        for area in CATALOGS:
            module = importlib.import_module(f"groupguide.i18n.catalog_{area}")
            for key, value in module.MESSAGES.items():
                if key in merged:
                    raise RuntimeError(f"i18n key {key!r} defined twice (catalog_{area})")
                merged[key] = value
        _messages = merged
    return _messages


def normalise_language(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().lower().replace("-", "_")
    if value.startswith(("nb", "no", "nn")):
        return "nb"
    if value.startswith("en"):
        return "en"
    return None


def set_language(lang: str) -> None:
    global _language
    normalised = normalise_language(lang)
    if normalised is None:
        raise ValueError(lang)
    _language = normalised


def get_language() -> str:
    return _language


def language_from_environment() -> str:
    return normalise_language(os.environ.get("GROUPGUIDE_LANG")) or "nb"


def decimal(value: float, places: int = 1, trim: bool = False) -> str:
    """A number with ``places`` decimals: a decimal comma in Norwegian, a point in English;
    ``trim`` drops the decimals of a whole number (2,0 → 2)."""
    text = f"{value:.{places}f}"
    if trim and places and text.endswith("." + "0" * places):
        text = text[: -places - 1]
    return text.replace(".", ",") if _language == "nb" else text


def set_key_names(names: Mapping[str, str]) -> None:
    """Who fills in ``{key[binding.id]}`` in texts: the terminal app, with the key the user has
    for that command (so help and hints follow a remapped key)."""
    global _key_names
    _key_names = names


def format_date(value: date | None, weekday: bool = False) -> str:
    """The one short date format, on screen and in documents: ``16.09.2026`` in Norwegian,
    ``2026-09-16`` in English (``domain.planning.parse_date`` reads both); "" when unknown.
    ``weekday``: with the day's name first (``onsdag 16.09.2026``)."""
    if value is None:
        return ""
    text = value.strftime("%d.%m.%Y") if _language == "nb" else value.isoformat()
    if weekday:
        text = f"{t('export.weekdays').split(',')[value.weekday()]} {text}"
    return text


def t(key: str, /, **params: object) -> str:
    """The text for ``key`` in the current language, with ``{name}`` fields filled in.

    ``{key[home.undo]}`` names the key of a command by its binding id (see ``set_key_names``)."""
    texts = all_messages().get(key)
    if texts is None:
        # A missing key is a bug caught by tests; never crash a user over it.
        return key
    text = texts[LANGUAGES.index(_language)]
    if "{key[" in text and "key" not in params:
        params["key"] = _key_names
    if params:
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def fields(text: str) -> set[str]:
    """The ``{name}`` fields of a message (used by the catalog tests)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
