"""What the documents say about blocks and gatherings beyond the credit rules
(``domain.credit``): their titles as printed."""

from __future__ import annotations

from groupguide.domain.model import Block, Gathering


def block_title(block: Block, activities) -> str:
    """The block's own title, else its activity's title in the current language."""
    if block.title:
        return block.title
    activity = activities.get(block.activity) if activities is not None else None
    if activity is None:
        return block.activity
    from groupguide.i18n import get_language

    return (activity.title_en or activity.title) if get_language() == "en" else activity.title


def gathering_title(gathering: Gathering, number: int) -> str:
    """The gathering's title, else "Samling 2"."""
    from groupguide.i18n import t

    return gathering.title or t("export.gathering_n", n=number)
