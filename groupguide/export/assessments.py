"""The group leader's assessment of achieved competence (§2.3) in documents.

Three uses, each labelled as the group leader's formative assessment (underveisvurdering) with a
pointer to Helsedirektoratet's guide that §2.3 names:

- ``criteria_markdown``: the criteria per goal, for the handout before the first gathering and
  the letters to the individual supervisors (participants are told beforehand what they are
  assessed on);
- ``participant_assessment_markdown``: one participant's assessments with the leader's comments,
  for the summary to that participant's individual supervisor;
- ``assessments_section``: the overview for the half-year's close-out report: per goal how many
  reached it, and per participant the status of each goal, without the comments (those go to
  the participant's own supervisor only).

The assessment is the leader's, about named participants, and is kept with them: nothing here
reads the anonymous evaluation, and no section mixes the two.
"""

from __future__ import annotations

from groupguide.domain.confidentiality import mask
from groupguide.domain.people import Participant
from groupguide.domain.supervision import (
    ASSESSMENT_STATUSES,
    AssessmentRow,
    assessment_rows,
    has_assessments,
    planned_goals,
)
from groupguide.export.context import ExportContext
from groupguide.export.fmt import md_cell, md_text
from groupguide.i18n import format_date, t

GUIDE_URL = (
    "https://www.helsedirektoratet.no/veiledere/kompetansevurdering-av-leger-i-spesialisering"
)


def formative_label() -> str:
    """What the assessment is and where the national guidance is (§2.3); the address as plain
    text: documents carry no links."""
    return t("export.assess.formative", url=GUIDE_URL)


def criteria_markdown(
    ctx: ExportContext, codes: list[str] | None = None, intro: str = "export.assess.criteria_intro"
) -> list[str]:
    """The leader's criteria for ``codes`` (default: every planned goal) as Markdown lines,
    after ``intro`` (a catalogue key: the handout speaks to the participant, a letter about
    them). The goals' texts stand beside the gatherings already; goals without a criterion are
    named in one line rather than given an invented one."""
    codes = planned_goals(ctx.group) if codes is None else codes
    if not codes:
        return [t("export.assess.no_goals"), ""]
    written = criteria_written(ctx, codes)
    missing = [c for c in codes if not ctx.group.criteria.get(c, "").strip()]
    if not written:
        return [t("export.assess.no_criteria"), "", formative_label(), ""]
    lines = [t(intro), ""]
    lines += [f"- **{md_text(code)}** {md_text(mask(text))}" for code, text in written]
    lines.append("")
    if missing:
        lines += [t("export.assess.missing", codes=", ".join(md_text(c) for c in missing)), ""]
    lines += [formative_label(), ""]
    return lines


def criteria_written(ctx: ExportContext, codes: list[str]) -> list[tuple[str, str]]:
    """(code, criterion) for each of ``codes`` that has a criterion: what
    ``criteria_markdown`` prints (masked)."""
    return [(c, ctx.group.criteria[c]) for c in codes if ctx.group.criteria.get(c, "").strip()]


def _assessed(ctx: ExportContext, person: Participant) -> list[AssessmentRow]:
    rows = assessment_rows(ctx.group, person)
    return [r for r in rows if r.status != "not_assessed" or r.comment.strip()]


def assessment_masked_texts(ctx: ExportContext, people: list[Participant]) -> list[str]:
    """The texts ``participant_assessment_markdown`` masks for ``people``: every comment shown,
    and each criterion shown once (one text of the leader's, however many participants'
    summaries print it), for the export's note on what it masked."""
    comments, criteria = [], {}
    for person in people:
        for row in _assessed(ctx, person):
            comments.append(row.comment)
            if row.criterion:
                criteria[row.code] = row.criterion
    return comments + list(criteria.values())


def _status(status: str) -> str:
    return t(f"assessment.status.{status}")


def participant_assessment_markdown(ctx: ExportContext, person: Participant) -> list[str]:
    """One participant's assessments for their individual supervisor: the goals assessed, with
    status, date, comment and the criterion used, then one line naming the planned goals not
    assessed. The document says once what the assessment is (``formative_label``)."""
    lines = [f"**{t('export.assess.heading')}**", ""]
    rows = assessment_rows(ctx.group, person)
    assessed = _assessed(ctx, person)
    if not assessed:
        return [*lines, t("export.assess.none_yet"), ""]
    lines += [
        f"| {t('export.assess.col.goal')} | {t('export.assess.col.status')} | "
        f"{t('export.assess.col.comment')} |",
        "|---|---|---|",
    ]
    for row in assessed:
        goal = md_cell(row.code)
        if not row.planned:
            goal += f" ({t('export.assess.not_planned')})"
        status = _status(row.status)
        if row.date:
            status += f", {format_date(row.date)}"
        lines.append(f"| {goal} | {status} | {md_cell(mask(row.comment))} |")
    lines.append("")
    used = [r for r in assessed if r.criterion]
    if used:
        lines += [f"*{t('export.assess.criteria_used')}*", ""]
        lines += [f"- **{md_text(r.code)}** {md_text(mask(r.criterion))}" for r in used]
        lines.append("")
    rest = [r.code for r in rows if r not in assessed and r.planned]
    if rest:
        lines += [t("export.assess.not_assessed", codes=", ".join(md_text(c) for c in rest)), ""]
    return lines


def assessments_section(ctx: ExportContext) -> str:
    """The close-out report's section on §2.3 (Markdown, its own ``##`` heading): per planned
    goal how many participants reached it, not yet, or were not assessed, then per participant
    the status of each goal. No comments: they go to the participant's individual supervisor."""
    group = ctx.group
    lines = [f"## {t('export.assess.section')}", "", formative_label(), ""]
    codes = planned_goals(group)
    if not group.participants or not codes:
        return "\n".join([*lines, t("export.assess.no_goals"), ""])
    if not any(has_assessments(p) for p in group.participants):
        return "\n".join([*lines, t("export.assess.none_in_group"), ""])
    lines += [
        f"| {t('export.assess.col.goal')} | "
        + " | ".join(_status(s) for s in ASSESSMENT_STATUSES)
        + " |",
        "|---|" + "---:|" * len(ASSESSMENT_STATUSES),
    ]
    for code in codes:
        counts = dict.fromkeys(ASSESSMENT_STATUSES, 0)
        for person in group.participants:
            row = next(r for r in assessment_rows(group, person) if r.code == code)
            counts[row.status] += 1
        lines.append(
            f"| {md_cell(code)} | " + " | ".join(str(counts[s]) for s in ASSESSMENT_STATUSES) + " |"
        )
    lines.append("")
    lines += [f"### {t('export.assess.per_participant')}", ""]
    for person in group.participants:
        by_status: dict[str, list[str]] = {s: [] for s in ASSESSMENT_STATUSES}
        for row in assessment_rows(group, person):
            label = row.code if row.planned else f"{row.code} ({t('export.assess.not_planned')})"
            by_status[row.status].append(md_text(label))
        # the goals not assessed are counted, not listed: the table above has them per goal
        parts = [
            f"{_status(s)}: {', '.join(by_status[s])}"
            for s in ASSESSMENT_STATUSES
            if by_status[s] and s != "not_assessed"
        ]
        if by_status["not_assessed"]:
            parts.append(
                t("export.assess.not_assessed_count", count=len(by_status["not_assessed"]))
            )
        lines.append(f"- **{md_text(person.name)}** – " + "; ".join(parts))
    lines.append("")
    return "\n".join(lines)
