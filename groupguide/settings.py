"""Typed settings: ``<data>/settings.json`` read into one frozen dataclass, validated on load.

A wrong value or an unknown key becomes a notice naming the file, the key and what is allowed;
that key keeps its default and the rest still loads (never a crash). The raw file is left as it
is: ``with_changes`` writes back the keys the app changes and keeps every other key untouched.
The README's settings table is checked against ``Settings`` by a test.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from typing import Any

from groupguide.domain.problems import Problem
from groupguide.domain.rules import (
    ANONYMITY_THRESHOLD,
    DAY_MINUTES,
    MAX_DAY_MINUTES,
    MIN_ANONYMITY_THRESHOLD,
    MIN_DAY_MINUTES,
)
from groupguide.i18n import LANGUAGES, normalise_language, t

DEFAULT_PORT = 8765


@dataclass(frozen=True)
class Settings:
    evaluation_host: str = ""  # the address phones reach the laptop on; "" = pick one
    evaluation_port: int = DEFAULT_PORT  # the port tried first (0 = any free port)
    evaluation_threshold: int = ANONYMITY_THRESHOLD  # answers before results show (≥ 2)
    export_dir: str = ""  # the folder documents are written to; "" = ~/Documents/groupguide
    organiser: str = ""  # the organiser on certificates when a group names none
    language: str = ""  # "nb" or "en"; "" = GROUPGUIDE_LANG, else Norwegian
    keymap: dict[str, str] = field(default_factory=dict)  # binding id → keys, e.g. "ctrl+o"
    day_minutes: int = DAY_MINUTES  # programme minutes in one day (the 2–3 days rule, the meter)


KNOWN = tuple(f.name for f in fields(Settings))


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) else None


def _port(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 65536:
        return value
    return None


def _threshold(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= MIN_ANONYMITY_THRESHOLD:
        return value
    return None


def _day_minutes(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value if MIN_DAY_MINUTES <= value <= MAX_DAY_MINUTES else None
    return None


def _language(value: Any) -> str | None:
    if value == "":
        return ""
    return normalise_language(value) if isinstance(value, str) else None


def _host(value: Any) -> str | None:
    text = _text(value)
    return text if text is not None and not any(c.isspace() for c in text) else None


# key → (parser returning None for a wrong value, the message naming what is allowed)
_CHECKS = {
    "evaluation_host": (_host, "settings.wrong.host"),
    "evaluation_port": (_port, "settings.wrong.port"),
    "evaluation_threshold": (_threshold, "settings.wrong.threshold"),
    "export_dir": (_text, "settings.wrong.text"),
    "organiser": (_text, "settings.wrong.text"),
    "language": (_language, "settings.wrong.language"),
    "day_minutes": (_day_minutes, "settings.wrong.day_minutes"),
}


def _keymap(value: Any, file: str, problems: list[Problem]) -> dict[str, str]:
    if not isinstance(value, dict):
        problems.append(_wrong(file, "keymap", value, "settings.wrong.keymap"))
        return {}
    keymap = {}
    for binding, keys in value.items():
        if isinstance(keys, str) and keys.strip():
            keymap[str(binding)] = keys.strip()
        else:
            problems.append(_wrong(file, f"keymap.{binding}", keys, "settings.wrong.keys"))
    return keymap


def _shown(value: Any) -> str:
    """A wrong value as the message shows it: a text in the app's quotes («xx»), anything else
    as written in JSON (1, true, [1, 2])."""
    if isinstance(value, str):
        return t("settings.quoted", value=value if len(value) <= 40 else value[:39] + "…")
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _wrong(file: str, key: str, value: Any, message: str) -> Problem:
    return Problem.of(
        message,
        severity="warning",
        file=file,
        field=key,
        value=_shown(value),
        languages=", ".join(LANGUAGES),
        minimum=MIN_ANONYMITY_THRESHOLD,
        low=MIN_DAY_MINUTES,
        high=MAX_DAY_MINUTES,
        default=DAY_MINUTES,
    )


def load_settings(data: Any, file: str = "settings.json") -> tuple[Settings, list[Problem]]:
    """Settings from the parsed file, with a notice per wrong value and unknown key."""
    problems: list[Problem] = []
    if not isinstance(data, dict):
        if data not in (None, {}):
            problems.append(Problem.of("settings.not_object", severity="warning", file=file))
        return Settings(), problems
    values: dict[str, Any] = {}
    for key, raw in data.items():
        if key == "keymap":
            values["keymap"] = _keymap(raw, file, problems)
            continue
        check = _CHECKS.get(key)
        if check is None:
            problems.append(
                Problem.of(
                    "settings.unknown_key",
                    severity="warning",
                    file=file,
                    field=str(key),
                    known=", ".join(KNOWN),
                )
            )
            continue
        parse, allowed = check
        value = parse(raw)
        if value is None:
            problems.append(_wrong(file, key, raw, allowed))
        else:
            values[key] = value
    return replace(Settings(), **values), problems


def with_changes(data: Any, **changes: Any) -> dict[str, Any]:
    """The raw settings dict with ``changes`` applied (unknown keys kept as the user wrote them);
    ``ValueError`` for a key that is not a setting or a value it does not allow."""
    raw = dict(data) if isinstance(data, dict) else {}
    for key, value in changes.items():
        if key not in KNOWN:
            raise ValueError(key)
        if key == "keymap":
            problems: list[Problem] = []
            if _keymap(value, "", problems) != value or problems:
                raise ValueError(key)
        elif _CHECKS[key][0](value) is None:
            raise ValueError(key)
        raw[key] = value
    return raw
