"""The audits' kept distributions in documents: a section of the gathering report, and one the
half-year's close-out report can take (``closeout_audit_section``).

What an audit kept is only the group's distribution (``domain.audit.AuditResult``): the count,
the median as the bin it falls in and the coarse bins on round numbers, never a participant's
figure, a minimum or a maximum; below three figures only the count.
"""

from __future__ import annotations

from groupguide.domain.audit import AUDIT_MIN_FIGURES, AuditResult
from groupguide.domain.model import Gathering
from groupguide.export.context import ExportContext
from groupguide.export.facts import block_title
from groupguide.export.fmt import long_date, md_cell, md_text
from groupguide.i18n import decimal, get_language, t


def _number(value: float) -> str:
    return decimal(value, trim=True)


def _median(result: AuditResult) -> str:
    if not result.shown:
        return "–"
    low, high = result.median_range or (0.0, 0.0)
    return t("export.audit.median_between", low=_number(low), high=_number(high))


def _distribution(result: AuditResult) -> str:
    if not result.shown:
        return t("export.audit.too_few", needed=AUDIT_MIN_FIGURES)
    return " · ".join(
        f"{_number(low)}–{_number(high)}: {count}" for low, high, count in result.bins
    )


def _span(result: AuditResult) -> str:
    span = result.span
    return f"{_number(span[0])}–{_number(span[1])}" if span else "–"


def result_table(results: list[AuditResult]) -> list[str]:
    """One row per measure: how many figures, the median, the range and the distribution."""
    language = get_language()
    lines = [
        f"| {t('export.audit.col.measure')} | {t('export.audit.col.count')} | "
        f"{t('export.audit.col.median')} | {t('export.audit.col.range')} | "
        f"{t('export.audit.col.distribution')} |",
        "|---|--:|---|---|---|",
    ]
    for result in results:
        lines.append(
            f"| {md_cell(result.text_label(language))} | {result.count} | {_median(result)} | "
            f"{_span(result)} | {_distribution(result)} |"
        )
    return lines


def audited_blocks(gathering: Gathering):
    """The gathering's held blocks that kept a distribution, in plan order."""
    return [b for b in gathering.blocks if b.held and b.audit]


def gathering_audit_lines(ctx: ExportContext, gathering: Gathering) -> list[str]:
    """The report's audit section ("" when no audit kept anything)."""
    blocks = audited_blocks(gathering)
    if not blocks:
        return []
    lines = [f"## {t('export.audit.heading')}", ""]
    for block in blocks:
        lines += [f"**{md_text(block_title(block, ctx.activities))}**", ""]
        lines += result_table(block.audit)
        lines.append("")
    lines += [t("export.audit.note", needed=AUDIT_MIN_FIGURES), ""]
    return lines


def closeout_audit_section(ctx: ExportContext) -> list[str]:
    """For the half-year's close-out report: every audit that kept a distribution, gathering by
    gathering (the gatherings ``ctx`` covers), or a line saying there is none."""
    lines = [f"## {t('export.audit.closeout_heading')}", ""]
    found = False
    for number, gathering in ctx.chosen():
        for block in audited_blocks(gathering):
            found = True
            title = gathering.title or t("export.gathering_n", n=number)
            lines += [
                f"**{md_text(title)}, {long_date(gathering.day)}: "
                f"{md_text(block_title(block, ctx.activities))}**",
                "",
            ]
            lines += result_table(block.audit)
            lines.append("")
    if not found:
        lines += [t("export.audit.none"), ""]
        return lines
    lines += [t("export.audit.note", needed=AUDIT_MIN_FIGURES), ""]
    return lines
