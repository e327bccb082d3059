"""Topic wishes from a group's evaluations, for the planning screen's wishes tab."""

from __future__ import annotations

from groupguide.domain.model import Group
from groupguide.evaluation.wishes import TopicWish, topic_wishes
from groupguide.services.workspace import Workspace


def load_wishes(workspace: Workspace, group: Group) -> list[TopicWish]:
    """Every wish from evaluations with enough answers (the anonymity threshold); a damaged
    evaluation file is skipped."""
    return topic_wishes(workspace.data_dir, group, workspace.settings.evaluation_threshold)
