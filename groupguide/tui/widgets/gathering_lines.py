"""What the gathering editor's lines say: the summary (programme time, planned end, the end set,
pins, and overrun and clashes as badges) and the selected block's detail (activity, length, pin,
presenters, goals with their text, notes). Pure functions to ``Content`` (user text literal), so
that the screen only places them in its widgets.
"""

from __future__ import annotations

from textual.content import Content

from groupguide.domain.activities import ActivityLibrary
from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Block, Gathering, Group
from groupguide.domain.planning import summarise
from groupguide.domain.presenters import presenter_names
from groupguide.i18n import join_and, t
from groupguide.tui.dialogs.activity_chooser import activity_title
from groupguide.tui.text import hours_text


def _badge(text: str) -> str:
    """A warning that wraps as one piece (no-break spaces)."""
    return f" {text} ".replace(" ", "\u00a0")


def summary_line(gathering: Gathering) -> tuple[Content, bool]:
    """The summary, and whether it reports a problem (an overrun or a clash)."""
    summary = summarise(gathering)
    parts: list[str | tuple[str, str]] = [
        t("planui.summary.programme", time=hours_text(summary.programme_minutes)),
        "  ·  ",
        t("planui.summary.ends", time=summary.planned_end.strftime("%H:%M")),
    ]
    if summary.end is not None:
        parts += [" ", (t("planui.summary.end_set", time=summary.end.strftime("%H:%M")), "dim")]
    else:
        parts += [" ", (t("planui.summary.no_end"), "dim")]
    pins = sum(1 for b in gathering.blocks if b.pinned is not None)
    if pins:
        parts += ["  ·  ", t("planui.summary.pins", count=pins)]
    if summary.overrun_minutes:
        parts += [
            "  ",
            (
                _badge(t("planui.summary.overrun", minutes=summary.overrun_minutes)),
                "bold $text-error",
            ),
        ]
    if summary.clash_count:
        parts += [
            "  ",
            (
                _badge(t("planui.summary.clashes", count=summary.clash_count)),
                "bold $text-error",
            ),
        ]
    return Content.assemble(*parts), bool(summary.overrun_minutes or summary.clash_count)


def block_detail(
    group: Group, block: Block, activities: ActivityLibrary, goals: GoalCatalogue
) -> Content:
    """The block under the cursor, in full."""
    activity = activity_title(activities.get(block.activity), block.activity)
    parts: list[str | tuple[str, str]] = [
        (block.title or activity, "bold"),
        "  ·  ",
        activity,
        "  ·  ",
        t("planui.minutes_short", minutes=block.minutes),
    ]
    if block.pinned is not None:
        parts += ["  ·  ", t("planui.detail.pinned", time=block.pinned.strftime("%H:%M"))]
    names = presenter_names(group, block)
    if names:
        parts += ["\n", t("planui.detail.presenter"), " ", join_and(names)]
    parts.append("\n")
    if block.goals:
        for code in block.goals:
            goal = goals.get(code)
            parts += [
                "\n",
                (code, "bold"),
                "  ",
                goal.text if goal else (t("planui.detail.unknown_goal"), "italic"),
            ]
    else:
        parts += ["\n", (t("planui.detail.no_goals"), "italic")]
    if block.notes.strip():
        parts += ["\n\n", (t("planui.detail.notes"), "bold"), "\n", block.notes.rstrip()]
    return Content.assemble(*parts)
