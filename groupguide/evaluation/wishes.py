"""Topic wishes from the participants' evaluations, for the planning screen's wishes tab."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from groupguide.domain.model import Group
from groupguide.domain.rules import ANONYMITY_THRESHOLD
from groupguide.evaluation.answers import AnswerStore
from groupguide.evaluation.results import aggregate


@dataclass(frozen=True)
class TopicWish:
    gathering_id: str
    gathering_title: str
    text: str  # exactly as a participant typed it: show literally, never as markup


def topic_wishes(
    data_dir: Path, group: Group, threshold: int = ANONYMITY_THRESHOLD
) -> list[TopicWish]:
    """Every topic wish from the group's evaluations, gathering by gathering (random order within
    one gathering). Evaluations still below the anonymity threshold give none; a damaged
    evaluation file is skipped."""
    wishes: list[TopicWish] = []
    titles = {g.id: g.title for g in group.gatherings}
    for evaluation in AnswerStore(Path(data_dir)).for_group(group):
        results = aggregate(evaluation, threshold)
        title = titles.get(evaluation.gathering_id, evaluation.gathering_title)
        wishes.extend(TopicWish(evaluation.gathering_id, title, text) for text in results.wishes)
    return wishes
