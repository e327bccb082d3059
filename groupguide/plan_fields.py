"""Reading the fields of a plan file (``plans.read_plan``): typed access in which every mistake
becomes a problem located by file, line and field, unknown keys name the likely one, and every
free text that can reach a document passes the confidentiality guard."""

from __future__ import annotations

import difflib
from typing import Any

from groupguide.domain.confidentiality import find_identifiers
from groupguide.domain.problems import Problem
from groupguide.yamlsource import LocatedDict, LocatedList


class Reader:
    """Reads one plan file's fields, collecting every problem located by file, line and field."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def problem(
        self, message: str, container: Any, where: str, item: Any = None, **params: object
    ) -> None:
        line = line_in(container, item)
        self.problems.append(Problem.of(message, file=self.file, line=line, field=where, **params))

    def mapping(
        self, value: Any, where: str, container: Any, item: Any, allowed: set[str]
    ) -> dict | None:
        if not isinstance(value, dict):
            self.problem("plan.type.mapping", container, where, item)
            return None
        for key in value:
            if key not in allowed:
                likely = difflib.get_close_matches(str(key), sorted(allowed), n=1, cutoff=0.6)
                self.problem(
                    "plan.unknown_key_likely" if likely else "plan.unknown_key",
                    value,
                    f"{where}.{key}",
                    key,
                    key=key,
                    allowed=", ".join(sorted(allowed)),
                    **({"likely": likely[0]} if likely else {}),
                )
        return value

    def text(
        self, data: dict, key: str, where: str, required: bool = False, guard: bool = False
    ) -> str:
        """A text field; ``guard``: a free text that can reach a document, checked for what
        looks like a patient identifier (a warning)."""
        value = data.get(key)
        if value is None:
            if required:
                self.problem("plan.required", data, f"{where}.{key}", key, key=key)
            return ""
        if isinstance(value, (dict, list)):
            self.problem("plan.type.text", data, f"{where}.{key}", key)
            return ""
        text = str(value)
        if guard:
            self.guard(text, data, f"{where}.{key}", key)
        return text

    def guard(self, text: str, container: Any, where: str, item: Any) -> None:
        findings = find_identifiers(text)
        if findings:
            kinds = ", ".join(dict.fromkeys(f.label for f in findings))
            line = line_in(container, item)
            self.problems.append(
                Problem.of(
                    "plan.identifier",
                    severity="warning",
                    file=self.file,
                    line=line,
                    field=where,
                    count=len(findings),
                    kinds=kinds,
                )
            )

    def integer(self, data: dict, key: str, where: str, default: int | None) -> int | None:
        value = data.get(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem("plan.type.integer", data, f"{where}.{key}", key, value=value)
            return default
        return value


def line_in(container: Any, item: Any) -> int | None:
    """The line of ``item`` (a key or an index) in ``container``, or of the container itself."""
    if isinstance(container, LocatedDict):
        return container.line_of(item) if item is not None else container.line
    if isinstance(container, LocatedList):
        return container.line_of(item) if isinstance(item, int) else container.line
    return None
