"""Topic wishes for the planning screen's wishes tab: from the participants' written evaluations,
and those the leader noted from the oral evaluation round (marked as such)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from groupguide.domain.model import Group
from groupguide.domain.rules import ANONYMITY_THRESHOLD
from groupguide.paths import DataPaths


@dataclass(frozen=True)
class TopicWish:
    gathering_id: str
    gathering_title: str
    text: str  # exactly as a participant typed it: show literally, never as markup
    oral: bool = False  # raised in the oral evaluation round, noted by the leader


def topic_wishes(
    data_dir: Path, group: Group, threshold: int = ANONYMITY_THRESHOLD
) -> list[TopicWish]:
    """Every topic wish, gathering by gathering: the written evaluation's (random order within
    one gathering), then those noted from the oral round. Evaluations still below the anonymity
    threshold give none; a damaged evaluation file is skipped. The oral round is open and
    spoken, so its wishes need no threshold."""
    written: dict[str, list[str]] = {}
    # The group screen counts these for its tab label as it opens: with no evaluation file in
    # the data folder (a new group, the demo) there is nothing to read, nor to import to read it.
    if any(DataPaths(Path(data_dir)).evaluations.glob("*.json")):
        from groupguide.evaluation.answers import AnswerStore
        from groupguide.evaluation.results import aggregate

        for evaluation in AnswerStore(Path(data_dir)).for_group(group):
            written[evaluation.gathering_id] = aggregate(evaluation, threshold).wishes
    wishes: list[TopicWish] = []
    for gathering in group.gatherings:
        wishes += [
            TopicWish(gathering.id, gathering.title, w) for w in written.get(gathering.id, [])
        ]
        wishes += [TopicWish(gathering.id, gathering.title, w, True) for w in gathering.oral_wishes]
    return wishes
