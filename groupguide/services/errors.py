"""The use cases' errors: one base with a translated message and the exit code the CLI maps.

Front doors catch ``ServiceError``: the CLI prints ``message`` and exits with ``code``; the TUI
shows ``message`` in a notification or a dialog. Neither ever shows a traceback for one.
"""

from __future__ import annotations

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class ServiceError(Exception):
    """A use case could not be done; ``message`` says why, in the user's language."""

    code = EXIT_PROBLEMS

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class NotFound(ServiceError):
    """A group or gathering that is not there (a wrong name, or deleted meanwhile)."""


class StorageFailed(ServiceError):
    """The data folder refused: locked by another copy, a full disk, a damaged file."""


class PlanInvalid(ServiceError):
    """A plan file with errors; ``problems`` holds every one, located."""

    def __init__(self, problems: list) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = list(problems)


class WrongUsage(ServiceError):
    """A value from the command line or the settings that cannot be used as given."""

    code = EXIT_USAGE
