"""Topic wishes from the evaluations, carried into the plan: where a wish can go and where it
went. A carried wish is an open-topic block titled with the wish (``planning.wish_block``)."""

from __future__ import annotations

from datetime import date

from groupguide.domain.model import Gathering, Group
from groupguide.domain.planning import WISH_ACTIVITY, is_held, wish_block


def open_for_wishes(group: Group, today: date) -> list[Gathering]:
    """The gatherings a wish can still go into: not held (no attendance, no held block) and
    not dated in the past."""
    return [g for g in group.gatherings if not is_held(g) and (g.date is None or g.date >= today)]


def carried_into(group: Group, text: str) -> list[Gathering]:
    """The gatherings that already take up the wish ``text`` (an open-topic block with its
    title), in plan order."""
    title = wish_block(text).title
    return [
        g
        for g in group.gatherings
        if any(b.activity == WISH_ACTIVITY and b.title == title for b in g.blocks)
    ]
