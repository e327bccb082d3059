"""Topic wishes from the evaluations, carried into the plan: where a wish can go and where it
went. A carried wish is an open-topic block titled with the wish (``planning.wish_block``)."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class WishPlace:
    """One gathering a wish was carried into, and whether it was taken up there."""

    number: int  # 1-based position in the half-year
    gathering: Gathering
    held: bool | None  # True: the wish's block was held; False: skipped; None: not yet held


def wish_places(group: Group, text: str) -> list[WishPlace]:
    """What became of a wish: every gathering it was carried into (``carried_into``), each
    with whether its block was held there, was skipped, or is still to come."""
    title = wish_block(text).title
    places = []
    for number, gathering in enumerate(group.gatherings, start=1):
        blocks = [b for b in gathering.blocks if b.activity == WISH_ACTIVITY and b.title == title]
        if not blocks:
            continue
        if any(b.held for b in blocks):
            held: bool | None = True
        else:
            held = False if is_held(gathering) else None
        places.append(WishPlace(number, gathering, held))
    return places
