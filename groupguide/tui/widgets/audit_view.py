"""Audit figures as the group's coarse distribution and median only: no names, no order of
entry, no minimum or maximum (``domain.audit``)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from groupguide.domain.audit import AUDIT_EXACT_FIGURES, AUDIT_MIN_FIGURES, AuditSummary
from groupguide.i18n import decimal, t

BAR_WIDTH = 24


def median_text(summary: AuditSummary) -> str:
    """The median as the bin it falls in, never as a number: with an odd count the exact median
    is one participant's figure (and the kept ``AuditResult`` holds the bin only)."""
    low, high = summary.median_range or (0.0, 0.0)
    return t(
        "run.audit.median" if summary.exact else "run.audit.median_range",
        low=decimal(low, trim=True),
        high=decimal(high, trim=True),
        count=summary.count,
        exact=AUDIT_EXACT_FIGURES,
    )


class AuditView(Static):
    DEFAULT_CSS = """
    AuditView { height: auto; padding: 0 1; border: round $secondary; }
    """

    def show(self, measures: list[tuple[str, str, AuditSummary]], hidden: bool = False) -> None:
        """``measures``: (key shown, label, the group's distribution). ``hidden`` while figures
        arrive from phones: only how many, so that nobody can tie a change on the wall to a
        tap."""
        lines: list[Content] = []
        if not measures:
            lines.append(Content.styled(t("run.audit.no_measures"), "dim"))
        for key, label, summary in measures:
            lines.append(Content.assemble((f"[{key}] ", "bold $accent"), (label, "bold")))
            if hidden:
                lines.append(Content.styled(t("run.audit.hidden", count=summary.count), "dim"))
                continue
            if not summary.shown:
                lines.append(
                    Content.styled(
                        t("run.audit.waiting", count=summary.count, needed=AUDIT_MIN_FIGURES), "dim"
                    )
                )
                continue
            lines.append(Content(median_text(summary)))
            biggest = max(count for _, _, count in summary.bins) or 1
            for low, high, count in summary.bins:
                bar = "█" * max(1 if count else 0, round(count * BAR_WIDTH / biggest))
                lines.append(
                    Content.assemble(
                        f"{decimal(low, trim=True):>6}–{decimal(high, trim=True):<6} ",
                        (bar, "$accent"),
                        f" {count}" if count else "",
                    )
                )
        self.update(Content("\n").join(lines))
