"""Problems found in user data, and the error raised when a rule refuses an action."""

from __future__ import annotations

from dataclasses import dataclass

from groupguide.i18n import t

# Problems whose field is a name the user knows rather than a place in a file: named in words at
# the head of the message (by the first part of their key).
_FIELD_IN_WORDS = {"settings": "problem.setting"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning), with where it is when known.

    ``key`` and ``params`` name a message in the i18n catalogs, so the text follows the language.
    """

    key: str
    params: tuple[tuple[str, object], ...] = ()
    severity: str = "error"  # "error" | "warning" | "hint"
    file: str | None = None
    line: int | None = None
    field: str | None = None

    @classmethod
    def of(
        cls,
        key: str,
        /,
        severity: str = "error",
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
        **params: object,
    ) -> Problem:
        return cls(key, tuple(sorted(params.items())), severity, file, line, field)

    @property
    def message(self) -> str:
        return t(self.key, **dict(self.params))

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def located(
        self, file: str | None = None, line: int | None = None, field: str | None = None
    ) -> Problem:
        return Problem(
            self.key,
            self.params,
            self.severity,
            file or self.file,
            line if line is not None else self.line,
            field or self.field,
        )

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file + (f":{self.line}" if self.line else ""))
        elif self.line:
            where.append(t("problem.line", line=self.line))
        message = self.message
        named = _FIELD_IN_WORDS.get(self.key.partition(".")[0])
        if self.field and named:  # "Innstillingen «day_minutes»: …", not a path in a file
            message = f"{t(named, field=self.field)}: {message}"
        elif self.field:
            where.append(self.field)
        prefix = ": ".join(where)
        label = t(f"problem.{self.severity}")
        return f"{prefix}: {label}: {message}" if prefix else f"{label}: {message}"


class DomainError(Exception):
    """A rule refused an action; ``problem`` says which rule and why, in the user's language."""

    def __init__(self, key: str, /, **params: object) -> None:
        self.problem = Problem.of(key, **params)
        super().__init__(self.problem.message)

    def __str__(self) -> str:
        return self.problem.message
