"""Reading one hand-written catalogue file and checking its fields (for ``curricula``).

Every mistake becomes a ``Problem`` with the file, line and field path it concerns
(``goals[3].text``); nothing here raises on bad user data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from groupguide.domain.problems import Problem
from groupguide.yamlsource import LocatedDict, LocatedList, read_yaml

# -- reading files and reporting problems --------------------------------------------------------


@dataclass
class FileReport:
    """The problems of one file."""

    file: str
    problems: list[Problem] = field(default_factory=list)

    def add(
        self,
        key: str,
        line: int | None,
        field_path: str | None,
        severity: str = "error",
        **params: object,
    ) -> None:
        self.problems.append(
            Problem.of(
                key, severity=severity, file=self.file, line=line, field=field_path, **params
            )
        )


def read(path: Path, report: FileReport, text: str | None = None) -> Any:
    """The file's parsed YAML, or None with the problem that stopped it in ``report``
    (``yamlsource.read_yaml``: the one reader of YAML files for people)."""
    data, problems = read_yaml(path, text)
    report.problems.extend(problems)
    return data


def shown(value: Any) -> str:
    """A short rendering of a wrong value for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


# -- checking one mapping's fields ---------------------------------------------------------------


@dataclass
class Fields:
    """Typed access to the fields of one YAML mapping; every mistake becomes a problem."""

    node: LocatedDict
    path: str  # e.g. "goals[3]"
    report: FileReport
    ok: bool = True

    def where(self, key: str) -> tuple[int, str]:
        return self.node.line_of(key), (f"{self.path}.{key}" if self.path else key)

    def error(self, key: str, message: str, **params: object) -> None:
        line, field_path = self.where(key)
        self.report.add(message, line, field_path, **params)
        self.ok = False

    def check_keys(self, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        for key in self.node:
            if key not in allowed:
                self.error(
                    str(key), "curricula.unknown_field", name=key, allowed=", ".join(allowed)
                )

    def text(self, key: str, required: bool = False) -> str | None:
        if key not in self.node:
            if required:
                self.error(key, "curricula.missing_field", name=key)
            return None
        value = self.node[key]
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.error(key, "curricula.empty_text")
            return None
        if not isinstance(value, str):
            self.error(key, "curricula.expected_text", found=shown(value))
            return None
        return value.strip()

    def boolean(self, key: str, default: bool) -> bool:
        value = self.node.get(key, default)
        if not isinstance(value, bool):
            self.error(key, "curricula.expected_bool", found=shown(value))
            return default
        return value

    def minutes(self, key: str) -> int:
        if key not in self.node:
            self.error(key, "curricula.missing_field", name=key)
            return 0
        value = self.node[key]
        if value is None:
            self.error(key, "curricula.empty_text")
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            self.error(key, "curricula.bad_minutes", found=shown(value))
            return 0
        return value

    def texts(self, key: str) -> list[str]:
        """A list of non-empty texts (stripped)."""
        return [item.strip() for _, item in self._list(key, _is_text, "curricula.expected_text")]

    def mappings(self, key: str) -> list[tuple[int, LocatedDict]]:
        """A list of mappings, each with its position in the list."""
        return self._list(key, _is_mapping, "curricula.expected_mapping")

    def _list(self, key: str, accept: Callable[[Any], bool], message: str) -> list[tuple[int, Any]]:
        value = self.node.get(key)
        if value is None:
            return []
        if not isinstance(value, LocatedList):
            self.error(key, "curricula.expected_list", found=shown(value))
            return []
        good = []
        for index, item in enumerate(value):
            if accept(item):
                good.append((index, item))
                continue
            self.report.add(
                message, value.line_of(index), f"{self.where(key)[1]}[{index}]", found=shown(item)
            )
            self.ok = False
        return good


def _is_text(item: Any) -> bool:
    return isinstance(item, str) and bool(item.strip())


def _is_mapping(item: Any) -> bool:
    return isinstance(item, LocatedDict)


def top_level(
    data: Any, report: FileReport, allowed: tuple[str, ...], list_key: str
) -> LocatedList | None:
    """The list under ``list_key`` of a file's top-level mapping, or None (problem reported)."""
    if data is None:
        report.add("curricula.empty", None, None)
        return None
    if not isinstance(data, LocatedDict):
        report.add(
            "curricula.expected_mapping", getattr(data, "line", 1) or 1, None, found=shown(data)
        )
        return None
    top = Fields(data, "", report)
    top.check_keys(allowed)
    if list_key not in data:
        report.add("curricula.missing_field", data.line, list_key, name=list_key)
        return None
    entries = data[list_key]
    if entries is None:  # "goals:" with nothing under it
        return LocatedList()
    if not isinstance(entries, LocatedList):
        report.add(
            "curricula.expected_list", data.line_of(list_key), list_key, found=shown(entries)
        )
        return None
    return entries
