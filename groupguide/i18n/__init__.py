"""One mechanism for every user-facing string: ``t(key, **params)``.

Strings live in ``catalog_<area>.py`` modules as ``MESSAGES = {key: (bokmål, English)}``; one
module per area so that parts of the app can grow their texts side by side. Norwegian bokmål is the
default; English via ``set_language("en")`` (the CLI's ``--lang en`` or ``GROUPGUIDE_LANG=en``).
Pure Python: the domain may use it.

A number's noun agrees with it: ``{count|samling|samlinger}`` is the first form when the
parameter ``count`` is 1 and the second otherwise, so a text says "1 samling" and "3 samlinger"
(never "samling(er)"). ``glossary.py`` holds the words the texts use for each thing.
"""

from __future__ import annotations

import importlib
import os
import re
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
    "tui_gathering",
    "run",
    "evaluation",
    "evaluation_form",
    "export",
    "export_ui",
    "audit",
    "privacy",
    "evaluation_content",
    "record",
    "documents",
    "supervision",
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


def join_and(items: list[str]) -> str:
    """ "A", "A og B", "A, B og C" (English: "A, B and C")."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t('core.and')} {items[-1]}"


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


_PLURAL = re.compile(r"\{(\w+)\|([^{}|]*)\|([^{}|]*)\}")


def _is_one(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return abs(value) == 1
    return str(value).strip() in ("1", "-1")


def agree(text: str, params: Mapping[str, object]) -> str:
    """``{name|one|other}`` → ``one`` when ``params[name]`` is 1, else ``other`` (a parameter
    not given leaves the plural form)."""
    if "|" not in text:
        return text
    return _PLURAL.sub(
        lambda m: (
            m.group(2) if m.group(1) in params and _is_one(params[m.group(1)]) else m.group(3)
        ),
        text,
    )


def render(text: str, params: Mapping[str, object]) -> str:
    """A catalogue text with its plural forms chosen and its ``{name}`` fields filled in; a
    text whose fields do not match the parameters is returned with what could be chosen."""
    text = agree(text, params)
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
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
    return render(text, params)


def fields(text: str) -> set[str]:
    """The ``{name}`` fields of a message, plural choices included (used by the catalog
    tests)."""
    text = _PLURAL.sub(lambda m: "{" + m.group(1) + "}", text)
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
