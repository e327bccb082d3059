"""The anonymous answer store: ``<data_dir>/evaluations/<evaluation_id>.json``, one file per
evaluation (one evaluation per gathering).

What is stored (design.md §1): the questions asked, the evaluation's date (never a time), the mode,
hashes of the unused ballot codes, and the answers. No IP address, no user agent, no cookie, no
time per answer, no id per answer, and no storage order: the answer list is re-shuffled with a
CSPRNG on every write, so its order says nothing about who answered first.
"""

from __future__ import annotations

import json
import re
import secrets
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Gathering, Group
from groupguide.domain.schedule import is_programme
from groupguide.fileio import atomic_write_bytes, dump_json
from groupguide.i18n import t
from groupguide.paths import DataPaths

FORMAT_VERSION = 1
MODES = ("open", "ballot")
SCALE = (1, 2, 3, 4, 5)
TEXT_FIELDS = ("good", "better", "wishes")
MAX_ANSWERS = 60  # five times the group cap: more is a flood, not a group
NOT_RATED = frozenset({"evaluation-round"})  # besides breaks: the evaluation itself
_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
# What reading a file of the wrong shape raises (not JSON, a list where a dict belongs, a key
# missing): such a file is damaged, never a crash.
SHAPE_ERRORS: tuple[type[Exception], ...] = (ValueError, KeyError, TypeError, AttributeError)


class EvaluationError(Exception):
    """A friendly, translated message (a damaged file, a disk that refuses a write)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Item:
    """One thing rated 1–5: a block (key = block id) or a learning goal (key = goal code)."""

    key: str
    title: str
    detail: str = ""  # a goal's full text

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "title": self.title, "detail": self.detail}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        return cls(str(data["key"]), str(data.get("title", "")), str(data.get("detail", "")))


@dataclass
class Evaluation:
    id: str
    group_id: str
    gathering_id: str
    gathering_title: str
    day: date
    blocks: list[Item]
    goals: list[Item]
    mode: str = "open"
    status: str = "open"
    ballots: list[str] = field(default_factory=list)  # sha256 of unused ballot codes, sorted
    answers: list[dict[str, Any]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.answers)

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "id": self.id,
            "group_id": self.group_id,
            "gathering_id": self.gathering_id,
            "gathering_title": self.gathering_title,
            "date": self.day.isoformat(),
            "mode": self.mode,
            "status": self.status,
            "blocks": [i.to_dict() for i in self.blocks],
            "goals": [i.to_dict() for i in self.goals],
            "ballots": sorted(self.ballots),
            "answers": list(self.answers),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evaluation:
        return cls(
            id=str(data["id"]),
            group_id=str(data["group_id"]),
            gathering_id=str(data["gathering_id"]),
            gathering_title=str(data.get("gathering_title", "")),
            day=date.fromisoformat(data["date"]),
            blocks=[Item.from_dict(i) for i in data.get("blocks", [])],
            goals=[Item.from_dict(i) for i in data.get("goals", [])],
            mode=data.get("mode", "open") if data.get("mode") in MODES else "open",
            status="closed" if data.get("status") == "closed" else "open",
            ballots=[str(b) for b in data.get("ballots", [])],
            answers=[a for a in data.get("answers", []) if isinstance(a, dict)],
        )


def evaluation_id(group_id: str, gathering_id: str) -> str:
    return f"{group_id}-{gathering_id}"


def questions_for(gathering: Gathering, goals: GoalCatalogue) -> tuple[list[Item], list[Item]]:
    """The blocks to rate (held ones; before anything is held, the planned programme; never
    breaks) and the gathering's learning goals with their full text."""
    programme = [b for b in gathering.blocks if is_programme(b) and b.activity not in NOT_RATED]
    held = [b for b in programme if b.held]
    blocks = [Item(b.id, b.title or b.activity) for b in (held or programme)]
    codes: list[str] = []
    for block in held or programme:
        for code in block.goals:
            goal = goals.get(code)
            canonical = goal.code if goal else code
            if canonical not in codes:
                codes.append(canonical)
    items = []
    for code in codes:
        goal = goals.get(code)
        items.append(Item(code, code, goal.text if goal else ""))
    return blocks, items


class AnswerStore:
    """Reads and writes evaluation files. Event-loop thread only (like the group store)."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = DataPaths(Path(data_dir)).evaluations

    def path(self, evaluation_id_: str) -> Path:
        if not _SAFE_ID.match(evaluation_id_):
            raise ValueError(evaluation_id_)
        return self.folder / f"{evaluation_id_}.json"

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
            return Evaluation.from_dict(json.loads(raw))
        except SHAPE_ERRORS:
            raise EvaluationError(t("evaluation.file_damaged", path=str(path))) from None

    def load_for(self, group_id: str, gathering_id: str) -> Evaluation | None:
        return self.load(evaluation_id(group_id, gathering_id))

    def save(self, evaluation: Evaluation) -> None:
        self.write(evaluation.id, self.snapshot(evaluation))

    def snapshot(self, evaluation: Evaluation) -> bytes:
        """The file's bytes, answers in a fresh random order (no order reveals who was first)."""
        secrets.SystemRandom().shuffle(evaluation.answers)
        return dump_json(evaluation.to_dict())

    def write(self, evaluation_id_: str, data: bytes) -> None:
        """Atomic write of a snapshot; touches no shared state, so it may run in a thread."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path(evaluation_id_), data)
        except OSError as exc:
            raise EvaluationError(
                t("evaluation.write_failed", reason=exc.strerror or str(exc))
            ) from None

    @staticmethod
    def stage(
        evaluation: Evaluation, answer: dict[str, Any], ballot_digest: str | None = None
    ) -> tuple[dict[str, Any], str | None]:
        """Add an answer in memory only; ``unstage`` takes it back if the write fails."""
        evaluation.answers.append(answer)
        used = ballot_digest is not None and ballot_digest in evaluation.ballots
        if used:
            evaluation.ballots.remove(ballot_digest)
        return answer, ballot_digest if used else None

    @staticmethod
    def unstage(evaluation: Evaluation, staged: tuple[dict[str, Any], str | None]) -> None:
        answer, used_digest = staged
        evaluation.answers.remove(answer)
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
    ) -> Evaluation:
        """Create the gathering's evaluation, or reopen it keeping earlier answers (and the
        questions they answered)."""
        ev_id = evaluation_id(group.id, gathering.id)
        evaluation = self.load(ev_id)
        blocks, goal_items = questions_for(gathering, goals)
        if evaluation is None:
            evaluation = Evaluation(
                ev_id,
                group.id,
                gathering.id,
                gathering.title,
                gathering.date or today,
                blocks,
                goal_items,
            )
        elif not evaluation.answers:
            evaluation.blocks, evaluation.goals = blocks, goal_items
            evaluation.gathering_title = gathering.title
        evaluation.mode = mode if mode in MODES else "open"
        evaluation.status = "open"
        evaluation.ballots = list(ballot_digests or []) if mode == "ballot" else []
        self.save(evaluation)
        return evaluation

    def sheet_path(self, evaluation_id_: str) -> Path:
        """Where the printable sheet of ballot slips goes (removed when the evaluation closes:
        its codes are dead by then)."""
        return self.path(evaluation_id_).with_name(f"{evaluation_id_}-lapper.html")

    def close(self, evaluation: Evaluation) -> None:
        evaluation.status = "closed"
        evaluation.ballots = []
        self.save(evaluation)
        with suppress(OSError):
            self.sheet_path(evaluation.id).unlink(missing_ok=True)

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
