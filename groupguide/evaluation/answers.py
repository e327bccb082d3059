"""The anonymous answer store: ``<data_dir>/evaluations/<evaluation_id>.json``, one file per
evaluation (one evaluation per gathering).

What is stored (design.md §1): the questions asked, the evaluation's date (never a time), the mode,
the answer limit, hashes of the unused ballot codes, the address it is served on while it is open
(so that a restart serves the same address and code), and the answers. No IP address, no user
agent, no cookie, no time per answer, no id per answer, and no storage order: the answer list is
re-shuffled with a CSPRNG on every write, so its order says nothing about who answered first.
Nothing dates a write either: the file's (and the folder's) modification and access times are set
to the evaluation's day after every write.

What an evaluation holds and its dict form: ``model``.
"""

from __future__ import annotations

import re
import secrets
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import Any

from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Gathering, Group
from groupguide.evaluation import tokens
from groupguide.evaluation.model import ASPECTS, MODES, Evaluation, evaluation_id, questions_for
from groupguide.fileio import (
    atomic_write_bytes,
    dump_json,
    loads_json,
    make_private_dir,
    set_times_to_day,
)
from groupguide.i18n import t
from groupguide.paths import DataPaths

_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
# What reading a file of the wrong shape raises (not JSON, a list where a dict belongs, a key
# missing): such a file is damaged, never a crash.
SHAPE_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    RecursionError,  # a file nested thousands of levels deep
)


class EvaluationError(Exception):
    """A friendly, translated message (a damaged file, a disk that refuses a write)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AnswerStore:
    """Reads and writes evaluation files. Event-loop thread only (like the group store)."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = DataPaths(Path(data_dir)).evaluations

    def path(self, evaluation_id_: str) -> Path:
        """The evaluation's file. An id that is not a plain file name (a group file renamed to
        a name with spaces or other letters) gets a name made from its hash."""
        if _SAFE_ID.match(evaluation_id_):
            return self.folder / f"{evaluation_id_}.json"
        return self.folder / f"id-{tokens.digest_text(evaluation_id_)[:32]}.json"

    def load(self, evaluation_id_: str) -> Evaluation | None:
        path = self.path(evaluation_id_)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise EvaluationError(
                t("evaluation.file_unreadable", path=str(path), reason=exc.strerror or str(exc))
            ) from None
        try:
            data = loads_json(raw)
            if not isinstance(data, dict):
                raise TypeError(type(data).__name__)
            return Evaluation.from_dict(data)
        except SHAPE_ERRORS:
            raise EvaluationError(t("evaluation.file_damaged", path=str(path))) from None

    def load_for(self, group_id: str, gathering_id: str) -> Evaluation | None:
        return self.load(evaluation_id(group_id, gathering_id))

    def save(self, evaluation: Evaluation) -> None:
        self.write(evaluation.id, self.snapshot(evaluation), evaluation.day)

    def snapshot(self, evaluation: Evaluation) -> bytes:
        """The file's bytes, answers in a fresh random order (no order reveals who was first)."""
        secrets.SystemRandom().shuffle(evaluation.answers)
        return dump_json(evaluation.to_dict())

    def write(self, evaluation_id_: str, data: bytes, day: date) -> None:
        """Atomic write of a snapshot, the file's and the folder's times set to ``day``; touches
        no shared state, so it may run in a thread."""
        path = self.path(evaluation_id_)
        try:
            make_private_dir(self.folder)
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise EvaluationError(
                t("evaluation.write_failed", reason=exc.strerror or str(exc))
            ) from None
        set_times_to_day(path, day)
        set_times_to_day(self.folder, day)

    @staticmethod
    def stage(
        evaluation: Evaluation, answer: dict[str, Any], ballot_digest: str | None = None
    ) -> tuple[dict[str, Any], str | None]:
        """Add an answer in memory only, using its ballot code; ``unstage`` takes it back if the
        write fails. ``ValueError`` (nothing changed) when the code is not (or no longer) among
        the unused ones: a code carries one answer, whatever the timing."""
        if ballot_digest is not None:
            if ballot_digest not in evaluation.ballots:
                raise ValueError("ballot code used or unknown")
            evaluation.ballots.remove(ballot_digest)
        evaluation.answers.append(answer)
        return answer, ballot_digest

    @staticmethod
    def unstage(evaluation: Evaluation, staged: tuple[dict[str, Any], str | None]) -> None:
        answer, used_digest = staged
        for i, kept in enumerate(evaluation.answers):
            if kept is answer:  # this very answer, not an equal one from someone else
                del evaluation.answers[i]
                break
        if used_digest is not None:
            evaluation.ballots.append(used_digest)

    def add_answer(
        self, evaluation: Evaluation, answer: dict[str, Any], ballot_digest: str | None = None
    ) -> None:
        """Append and write; on a failed write the evaluation is left as it was."""
        staged = self.stage(evaluation, answer, ballot_digest)
        try:
            self.save(evaluation)
        except EvaluationError:
            self.unstage(evaluation, staged)
            raise

    def open(
        self,
        group: Group,
        gathering: Gathering,
        goals: GoalCatalogue,
        today: date,
        mode: str = "open",
        ballot_digests: list[str] | None = None,
        limit: int = 0,
    ) -> Evaluation:
        """Create the gathering's evaluation, or reopen it keeping earlier answers (and the
        questions they answered), its ballot codes and its address. ``ballot_digests`` are
        added to the unused codes; ``limit`` is the answer limit (a limit raised earlier is
        kept). ``EvaluationError`` for a closed evaluation: answers cannot be added once
        results may have been read (``clear`` starts it over)."""
        evaluation = self.prepare(group, gathering, goals, today)
        if evaluation.status == "closed" and evaluation.answers:
            raise EvaluationError(t("evaluation.closed_cannot_reopen"))
        evaluation.mode = mode if mode in MODES else "open"
        evaluation.status = "open"
        evaluation.ballots = sorted(set(evaluation.ballots) | set(ballot_digests or []))
        evaluation.limit = max(evaluation.limit, limit)
        self.save(evaluation)
        return evaluation

    def prepare(
        self, group: Group, gathering: Gathering, goals: GoalCatalogue, today: date
    ) -> Evaluation:
        """The gathering's evaluation as on disk, or a new one (not yet saved): status "ready".
        Before any answer the questions, the title and the day follow the gathering as it is
        now (the day it was held when it ran on another day than planned)."""
        ev_id = evaluation_id(group.id, gathering.id)
        evaluation = self.load(ev_id)
        blocks, goal_items = questions_for(gathering, goals)
        if evaluation is None:
            return Evaluation(
                ev_id,
                group.id,
                gathering.id,
                gathering.title,
                gathering.day or today,
                blocks,
                goal_items,
                status="ready",
            )
        if not evaluation.answers:
            evaluation.blocks, evaluation.goals = blocks, goal_items
            evaluation.aspects = list(ASPECTS)
            evaluation.gathering_title = gathering.title
            evaluation.day = gathering.day or evaluation.day
            if evaluation.status == "closed":  # closed with no answer: nothing to protect
                evaluation.status = "ready"
        return evaluation

    def add_ballots(self, evaluation: Evaluation, digests: list[str]) -> None:
        """Slips printed ahead (or more of them): their codes' hashes join the unused ones.
        A closed evaluation with answers takes none."""
        if evaluation.status == "closed" and evaluation.answers:
            raise EvaluationError(t("evaluation.closed_cannot_reopen"))
        before = list(evaluation.ballots)
        evaluation.ballots = sorted(set(evaluation.ballots) | set(digests))
        try:
            self.save(evaluation)
        except EvaluationError:
            evaluation.ballots = before
            raise

    def clear(self, evaluation: Evaluation) -> None:
        """Forget every answer (answers given as a test, before the real round) and start a new
        round: phones that answered may answer again. The unused slips stay valid."""
        answers, round_, status = evaluation.answers, evaluation.round, evaluation.status
        evaluation.answers = []
        evaluation.round = secrets.token_hex(8)
        if evaluation.status == "closed":
            evaluation.status = "ready"
        try:
            self.save(evaluation)
        except EvaluationError:
            evaluation.answers, evaluation.round, evaluation.status = answers, round_, status
            raise

    def sheet_path(self, evaluation_id_: str) -> Path:
        """Where the printable sheet of ballot slips goes (removed when the evaluation closes:
        its codes are dead by then)."""
        path = self.path(evaluation_id_)
        return path.with_name(f"{path.stem}-lapper.html")

    def close(self, evaluation: Evaluation) -> None:
        status, ballots, serving = evaluation.status, evaluation.ballots, evaluation.serving
        evaluation.status = "closed"
        evaluation.ballots = []
        evaluation.serving = None
        try:
            self.save(evaluation)
        except EvaluationError:
            evaluation.status, evaluation.ballots, evaluation.serving = status, ballots, serving
            raise
        first = self.sheet_path(evaluation.id)
        for sheet in list(first.parent.glob(f"{first.stem}*.html")):
            with suppress(OSError):
                sheet.unlink(missing_ok=True)

    def for_group(self, group: Group) -> list[Evaluation]:
        """Every readable evaluation of the group's gatherings (damaged files are skipped)."""
        found = []
        for gathering in group.gatherings:
            try:
                evaluation = self.load_for(group.id, gathering.id)
            except EvaluationError:
                continue
            if evaluation is not None:
                found.append(evaluation)
        return found
