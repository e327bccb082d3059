"""The gathering report: the agenda as held, who attended (by name), goals covered, the anonymous
evaluation's summary (only above the threshold) and the leader's own evaluation."""

from __future__ import annotations

from groupguide.domain.attendance import attendance_status, participant_minutes
from groupguide.domain.confidentiality import find_identifiers, mask
from groupguide.domain.credit import goals_of, is_held
from groupguide.domain.model import Gathering
from groupguide.domain.people import Participant
from groupguide.domain.rules import ANONYMITY_THRESHOLD
from groupguide.domain.schedule import held_programme_minutes, is_programme
from groupguide.domain.timeline import held_intervals, span_text
from groupguide.domain.values import format_time
from groupguide.export.audits import gathering_audit_lines
from groupguide.export.certificates import attendance_note, signatures
from groupguide.export.context import ExportContext
from groupguide.export.document import Document, printable, running_head
from groupguide.export.evaluation import EvaluationStatus
from groupguide.export.facts import block_title
from groupguide.export.fmt import (
    duration,
    long_date,
    md_cell,
    md_paragraphs,
    md_text,
    safe_name,
)
from groupguide.export.output import Export
from groupguide.i18n import decimal, format_date, t


def reportable(gathering: Gathering) -> bool:
    """A gathering that has happened: attendance taken or some block held."""
    return is_held(gathering)


def _field(label: str, value: str, escape: bool = True) -> str:
    shown = (md_text(value) if escape else value) if value.strip() else "–"
    return f"**{label}:** {shown}"


def attendance_by_name(
    ctx: ExportContext, gathering: Gathering
) -> list[tuple[Participant, str, int, str]]:
    """Every participant with their status (present, partial, absent), the minutes credited
    and a note with the arrival and departure times as recorded."""
    rows = []
    for person in ctx.group.participants:
        record = (gathering.attendance or {}).get(person.id)
        status = attendance_status(gathering, person.id) or "absent"
        if record is None or status == "absent":
            rows.append((person, "absent", 0, ""))
            continue
        minutes = participant_minutes(ctx.group, gathering, person.id)
        note = attendance_note(record) if status == "partial" else ""
        rows.append((person, status, minutes, note))
    return rows


def _attendance_lines(ctx: ExportContext, gathering: Gathering) -> list[str]:
    rows = attendance_by_name(ctx, gathering)
    counts = {
        status: sum(1 for row in rows if row[1] == status)
        for status in ("present", "partial", "absent")
    }
    lines = [
        t(
            "export.report.attendance_line",
            present=counts["present"],
            partial=counts["partial"],
            absent=counts["absent"],
            total=len(ctx.group.participants),
        ),
        "",
    ]
    if rows:
        lines += [
            f"| {t('export.field.participant')} | {t('export.col.attendance')} | "
            f"{t('export.col.attended')} | {t('export.col.note')} |",
            "|---|---|--:|---|",
        ]
        for person, status, minutes, note in rows:
            shown = duration(minutes) if status != "absent" else "–"
            lines.append(
                f"| {md_cell(person.name)} | {t(f'export.status.{status}')} | "
                f"{shown} | {md_cell(note) if note else '–'} |"
            )
        lines.append("")
    return lines


def evaluation_lines(status: EvaluationStatus | None, in_short: bool = False) -> list[str]:
    """The written evaluation's summary, or why there is none. ``in_short`` (the half-year's
    close-out): only the questions someone answered, and no topic wishes (they have a section
    of their own there)."""
    if status is None or status.summary is None:
        reason = status.reason if status is not None else "export.eval.unavailable"
        return [
            t(
                reason or "export.eval.unavailable",
                threshold=status.threshold if status else ANONYMITY_THRESHOLD,
                count=status.count if status else 0,
            ),
            "",
        ]
    summary = status.summary
    lines = [t("export.eval.count", count=summary.count), ""]
    items = [i for i in summary.items if i.count] if in_short else summary.items
    if items:
        lines += [
            f"| {t('export.eval.item')} | {t('export.eval.mean')} | {t('export.eval.answers')} |",
            "|---|--:|--:|",
        ]
        for item in items:
            mean = "–" if item.mean is None else decimal(item.mean)
            lines.append(f"| {md_cell(item.title)} | {mean} | {item.count} |")
        lines.append("")
    if len(items) < len(summary.items):
        lines += [t("export.eval.unanswered_left_out", count=len(summary.items) - len(items)), ""]
    for key, answers in summary.texts:
        if not answers or (in_short and key == "wishes"):
            continue
        label = t(f"export.eval.text.{key}") if key in ("good", "better", "wishes") else key
        lines += [f"**{md_text(label)}**", ""]
        lines += [f"- {md_text(mask(a))}" for a in answers]
        lines.append("")
    return lines


def report_markdown(
    ctx: ExportContext, number: int, gathering: Gathering, evaluation: EvaluationStatus | None
) -> str:
    group = ctx.group
    title = gathering.title or t("export.gathering_n", n=number)
    held = {row.block.id: row for row in held_intervals(gathering)}
    if held:
        when = span_text(min(r.start for r in held.values()), max(r.end for r in held.values()))
    else:
        when = format_time(gathering.held_start or gathering.start) or ""
    day = long_date(gathering.day, True)
    if gathering.held_date and gathering.date and gathering.held_date != gathering.date:
        day = t("export.report.date_moved", day=day, planned=long_date(gathering.date, True))
    lines = [f"# {t('export.report.title')}: {md_text(title)}", ""]
    facts = [
        _field(t("export.field.group"), group.name),
        _field(t("export.field.term"), group.term),
        _field(t("export.field.leader"), group.facilitator),
        _field(t("export.field.organiser"), ctx.organiser),
        _field(t("export.field.date"), day, escape=False),
        _field(t("export.field.time"), when, escape=False),
        _field(t("export.field.place"), gathering.location),
    ]
    lines += ["\\\n".join(facts), ""]
    lines += [f"## {t('export.report.agenda')}", ""]
    if gathering.blocks:
        lines += [
            f"| {t('export.col.time')} | {t('export.col.block')} | "
            f"{t('export.col.planned')} | {t('export.col.held')} | "
            f"{t('export.col.goals')} |",
            "|---|---|--:|--:|---|",
        ]
        afterwards = 0
        for block in gathering.blocks:
            name = md_cell(block_title(block, ctx.activities))
            if not is_programme(block):
                name = f"*{name}*"
            row = held.get(block.id)
            if block.held and block.recorded_afterwards:
                name += f" *({t('export.report.afterwards')})*"
                afterwards += 1
            minutes = str(block.held_minutes) if block.held else t("export.report.not_held")
            span = span_text(row.start, row.end) if row is not None else "–"
            codes = ", ".join(md_text(ctx.goals.canonical(c) or c) for c in block.goals) or "–"
            lines.append(f"| {span} | {name} | {block.minutes} | {minutes} | {codes} |")
        lines.append("")
        if afterwards:
            lines += [t("export.report.afterwards_note", count=afterwards), ""]
        planned = sum(b.minutes for b in gathering.blocks if is_programme(b))
        lines += [
            t(
                "export.report.programme_totals",
                planned=duration(planned),
                held=duration(held_programme_minutes(gathering)),
            ),
            "",
        ]
    else:
        lines += [t("export.report.no_blocks"), ""]
    lines += [f"## {t('export.report.attendance')}", ""]
    if gathering.attendance is None:
        lines += [t("export.report.no_attendance"), ""]
    else:
        lines += _attendance_lines(ctx, gathering)
    lines += [f"## {t('export.report.goals')}", ""]
    held_codes = [c for b in gathering.blocks if b.held for c in b.goals]
    planned_codes = [c for b in gathering.blocks for c in b.goals]
    held_goals, unknown = goals_of(held_codes, ctx.goals)
    if held_goals:
        lines += [f"- **{md_text(g.code)}** {md_text(g.text)}" for g in held_goals]
        lines.append("")
    else:
        lines += [t("export.report.no_goals"), ""]
    if unknown:
        lines += [t("export.cert.unknown_goals", codes=", ".join(md_text(c) for c in unknown)), ""]
    planned_goals, _ = goals_of(planned_codes, ctx.goals)
    missing = [g.code for g in planned_goals if g not in held_goals]
    if missing:
        lines += [
            t("export.report.goals_not_held", codes=", ".join(md_text(c) for c in missing)),
            "",
        ]
    lines += gathering_audit_lines(ctx, gathering)
    lines += [f"## {t('export.report.evaluation')}", ""]
    lines += evaluation_lines(evaluation)
    lines += [f"## {t('export.report.oral_round')}", ""]
    oral, leader = mask(gathering.oral_round_notes), mask(gathering.leader_evaluation)
    lines += [md_paragraphs(oral) or t("export.report.not_written"), ""]
    if gathering.oral_wishes:
        lines += [f"**{t('export.report.oral_wishes')}**", ""]
        lines += [f"- {md_text(mask(wish))}" for wish in gathering.oral_wishes] + [""]
    lines += [f"## {t('export.report.leader_evaluation')}", ""]
    lines += [md_paragraphs(leader) or t("export.report.not_written"), ""]
    for teacher in gathering.teachers:
        role = t(f"evaluation.teachers.role.{teacher.role}")
        heading = t("export.report.teacher_evaluation", name=md_text(teacher.name), role=role)
        lines += [f"## {heading}", ""]
        lines += [md_paragraphs(mask(teacher.evaluation)) or t("export.report.not_written"), ""]
    return "\n".join(lines)


def masked_count(gathering: Gathering, evaluation: EvaluationStatus | None) -> int:
    """Identifiers the guard masks in a gathering's report (the leader's texts and the
    evaluation's free text): the report never carries them, and the leader is told."""
    texts = [gathering.oral_round_notes, gathering.leader_evaluation, *gathering.oral_wishes]
    texts += [teacher.evaluation for teacher in gathering.teachers]
    if evaluation is not None and evaluation.summary is not None:
        texts += [a for _, answers in evaluation.summary.texts for a in answers]
    return sum(len(find_identifiers(text)) for text in texts)


def build_report(
    ctx: ExportContext,
    numbers: list[int] | None = None,
    evaluations: dict[str, EvaluationStatus] | None = None,
) -> Export:
    """Reports for the given 1-based gathering numbers (default: every gathering that has
    happened)."""
    export = Export("report")
    gatherings = ctx.group.gatherings
    if numbers is None:
        chosen = [(n, g) for n, g in enumerate(gatherings, start=1) if reportable(g)]
        if not chosen:
            export.notes.append(t("export.report.nothing_held"))
    else:
        chosen = [(n, gatherings[n - 1]) for n in numbers if 1 <= n <= len(gatherings)]
    previews = []
    footer = t("export.footer", date=format_date(ctx.today))
    masked = 0
    for number, gathering in chosen:
        status = (evaluations or {}).get(gathering.id)
        masked += masked_count(gathering, status)
        markdown = report_markdown(ctx, number, gathering, status)
        previews.append(markdown)
        stem = f"{t('export.file.report')}-{number}-{safe_name(gathering.title, 'samling')}"
        title = f"{t('export.report.title')}: {gathering.title or number}"
        heading = (
            f"{t('export.report.title')}: {gathering.title or t('export.gathering_n', n=number)}"
        )
        document = Document(
            markdown, header=(running_head(ctx), heading), footer=footer, signatures=signatures(ctx)
        )
        export.printables.append(printable(ctx, stem, title, [document]))
    if masked:
        export.notes.append(t("export.guard.masked", count=masked))
    export.preview = "\n\n---\n\n".join(previews) or t("export.report.nothing_held")
    return export
