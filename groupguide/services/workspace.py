"""The workspace: every store of one data folder, opened once, with the clock injected (the
system's, or a test hook's: ``GROUPGUIDE_TEST_CLOCK_FILE``).

The group store (with its lock), the evaluation answers, the run states, the library of goals and
activities and the typed settings. The CLI, the TUI and the phone servers reach the data only
through a ``Workspace`` and the use-case modules beside this one; ``groupguide.store`` errors are
turned into ``StorageFailed`` here, so no front door needs to know TinyDB is underneath.

Threading: like the store, every call on the event-loop thread (or the CLI's only thread).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from groupguide.domain.model import Gathering, Group
from groupguide.domain.planning import progress
from groupguide.domain.problems import Problem
from groupguide.domain.rules import DEFAULT_RULES, PlanningRules
from groupguide.domain.upcoming import NextGathering, next_gathering
from groupguide.library import Library
from groupguide.paths import DataPaths
from groupguide.services.errors import StorageFailed
from groupguide.settings import Settings, load_settings, with_changes
from groupguide.store import Store, StoreError

if TYPE_CHECKING:
    from groupguide.evaluation.answers import AnswerStore
    from groupguide.store.runstate import RunStateStore


# A test hook, not a setting: the path of a file holding the time the app should see
# ("2027-03-11T22:40"), read on every look at the clock, so that a test in a real terminal can
# run a day at a fixed date and move its time forward by rewriting the file. Unset (always, in
# real use), the clock is the system's.
ENV_TEST_CLOCK_FILE = "GROUPGUIDE_TEST_CLOCK_FILE"


def system_clock() -> Callable[[], datetime]:
    """``datetime.now``, or the test hook's file clock when ``GROUPGUIDE_TEST_CLOCK_FILE`` is
    set (a file that cannot be read gives the system's time)."""
    path = os.environ.get(ENV_TEST_CLOCK_FILE)
    if not path:
        return datetime.now

    def file_clock() -> datetime:
        try:
            return datetime.fromisoformat(Path(path).read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return datetime.now()

    return file_clock


@contextmanager
def _storage() -> Iterator[None]:
    try:
        yield
    except StoreError as exc:
        raise StorageFailed(exc.message) from exc


class Workspace:
    """One data folder. ``open()`` before use (returns notices for the user), ``close()`` after,
    or ``with Workspace(path) as ws:``. ``read_only``: no lock and nothing written (commands that
    only read). ``library`` is loaded on first use unless one is given (tests share one)."""

    def __init__(
        self,
        data_dir: Path,
        *,
        clock: Callable[[], datetime] | None = None,
        library: Library | None = None,
        rules: PlanningRules | None = None,
        demo: bool = False,
        read_only: bool = False,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.paths = DataPaths(self.data_dir)
        self.clock = clock or system_clock()
        self._rules = rules  # fixed rules (tests); else the programme's with the settings
        self.demo = demo
        self.store = Store(self.data_dir, read_only=read_only)
        self._answers: AnswerStore | None = None
        self._runs: RunStateStore | None = None
        self._library = library
        self.notices: list[Problem] = []  # for the user: damaged files, bad settings, catalogues

    @classmethod
    def over(cls, store: Store, **options: Any) -> Workspace:
        """A workspace over a store the caller opened and will close (tests share one)."""
        workspace = cls(store.data_dir, **options)
        workspace.store = store
        return workspace

    # -- lifetime ------------------------------------------------------------------------------

    def open(self) -> list[Problem]:
        """Lock (unless read-only), back up, load; ``StorageFailed`` when the folder cannot be
        used (another copy has it, the disk refuses). Returns the notices found."""
        with _storage():
            notices = list(self.store.open())
        notices += self.settings_problems()
        self.notices = notices
        return list(notices)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # The evaluation answers and run states are opened on first use: the home screen and most
    # commands need neither, and start-up is measured (README "Benchmarks").

    @property
    def answers(self) -> AnswerStore:
        if self._answers is None:
            from groupguide.evaluation.answers import AnswerStore

            self._answers = AnswerStore(self.data_dir)
        return self._answers

    @property
    def runs(self) -> RunStateStore:
        if self._runs is None:
            from groupguide.store.runstate import RunStateStore

            self._runs = RunStateStore(self.data_dir)
        return self._runs

    def progress(self, gathering: Gathering) -> str:
        """ "planned", "started" or "held" as the plan shows it: a gathering run to its end in
        run mode (every block held or skipped; its run state says so) is held."""
        state = self.runs.load(gathering.id)
        finished = state is not None and state.finished(gathering)
        return progress(gathering, self.clock().date(), finished)

    def next_gathering(self, group: Group) -> NextGathering:
        """The group's first gathering not yet held (home's "next gathering"). A run state is
        read only for a gathering started and not yet held by its records (finishing it in run
        mode is what can make it held)."""
        today = self.clock().date()
        started = [g for g in group.gatherings if progress(g, today) == "started"]
        finished = {g.id for g in started if self.progress(g) == "held"}
        return next_gathering(group, today, finished)

    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = Library.load(self.data_dir)
        return self._library

    # -- groups --------------------------------------------------------------------------------

    def groups(self, include_archived: bool = True) -> list[Group]:
        with _storage():
            return self.store.groups(include_archived)

    def group(self, group_id: str) -> Group | None:
        """A fresh copy (changing it changes nothing until saved), or None."""
        with _storage():
            return self.store.group(group_id)

    def gathering(self, group_id: str, gathering_id: str) -> tuple[Group, Gathering] | None:
        """The group and its gathering (fresh copies), or None when either is gone."""
        group = self.group(group_id)
        gathering = group.gathering(gathering_id) if group is not None else None
        return (group, gathering) if gathering is not None else None

    def find_group(self, name_or_id: str) -> Group | None:
        with _storage():
            return self.store.find_group(name_or_id)

    def save_group(self, group: Group) -> None:
        """Written at once, atomically; ``StorageFailed`` (nothing changed) when refused."""
        with _storage():
            self.store.save_group(group)

    def delete_group(self, group_id: str) -> Group:
        """Returns the group, so that saving it again undoes the delete."""
        with _storage():
            return self.store.delete_group(group_id)

    # -- settings ------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The typed settings; a wrong value has its default (reported once, on open)."""
        with _storage():
            raw = self.store.settings()
        return load_settings(raw, str(self.paths.settings))[0]

    @property
    def rules(self) -> PlanningRules:
        """The programme's planning rules, with the length of a day from the setting
        ``day_minutes``; the defaults while the data folder is not open."""
        if self._rules is not None:
            return self._rules
        if not self.store.is_open:
            return DEFAULT_RULES
        return replace(DEFAULT_RULES, day_minutes=self.settings.day_minutes)

    def settings_problems(self) -> list[Problem]:
        with _storage():
            raw = self.store.settings()
        return load_settings(raw, str(self.paths.settings))[1]

    def update_settings(self, **changes: Any) -> None:
        """Save the changed keys; every other key in the file stays as the user wrote it.
        ``ValueError`` for a value the setting does not allow (a bug), ``StorageFailed``."""
        with _storage():
            raw = self.store.settings()
            self.store.save_settings(with_changes(raw, **changes))

    def write_crash_report(self) -> Path | None:
        """The exception being handled, for whoever helps the leader (``fileio``): in the data
        folder, or the cache folder for the demo, whose data folder is removed at exit."""
        from groupguide.fileio import write_crash_report
        from groupguide.paths import CRASH_REPORT, cache_dir

        return write_crash_report(
            cache_dir() / CRASH_REPORT if self.demo else self.paths.crash_report
        )
