"""The half-year's close-out report (sluttrapport for halvåret) for the municipality or the ALIS
office and the leader's archive: every gathering with its date, place and hours held, the
attendance matrix with each participant's total and who needs to catch up, the recommended
goals held, only planned and missing, the evaluations (never below the anonymity threshold), the
leader's own evaluations, the topic wishes and what became of them, and the signature lines.
Provisional ("foreløpig") while a gathering is still to be held. The matrix is also written as
CSV for Norwegian Excel (``closeout_csv.py``).

Every section is one function ``(CloseOut) -> list[str]`` of Markdown lines, listed in
``SECTIONS``: a new section is a new function in that list. Pure: the facts come from the domain
(``domain.halfyear``, ``domain.coverage``, ``domain.wishes``) and the evaluation statuses the
service read beforehand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from groupguide.domain.confidentiality import find_identifiers
from groupguide.domain.halfyear import Cell, ParticipantHalfYear
from groupguide.domain.schedule import planned_end_minute
from groupguide.domain.timeline import day_end, held_intervals, span_text
from groupguide.domain.values import format_time, time_of
from groupguide.export.certificates import signatures
from groupguide.export.closeout_data import CloseOut, closeout_facts
from groupguide.export.closeout_review import evaluations, goals, leader, wish_rows, wishes
from groupguide.export.context import ExportContext
from groupguide.export.document import Document, printable, running_head
from groupguide.export.facts import gathering_title
from groupguide.export.fmt import duration, long_date, md_cell, md_text
from groupguide.export.output import Export
from groupguide.i18n import decimal, format_date, t


def _days(minutes: int, day_minutes: int) -> str:
    return decimal(minutes / day_minutes if day_minutes else 0.0, 1, trim=True)


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)


# -- sections ----------------------------------------------------------------------------------


def heading(c: CloseOut) -> list[str]:
    group, year = c.ctx.group, c.year
    title = t("closeout.title") if year.finished else t("closeout.title_provisional")
    lines = [f"# {title}", ""]
    facts = [
        (t("export.field.group"), md_text(group.name)),
        (t("export.field.term"), md_text(group.term)),
        (t("export.field.leader"), md_text(group.facilitator)),
        (t("export.field.organiser"), md_text(c.ctx.organiser)),
        (t("export.field.activity"), md_text(c.ctx.learning_activity())),
        (t("export.field.participants"), _participants_fact(c)),
        (t("closeout.field.made"), format_date(c.ctx.today)),
    ]
    lines += ["\\\n".join(f"**{label}:** {value or '–'}" for label, value in facts), ""]
    if not year.gatherings:
        lines += [t("closeout.no_gatherings"), ""]
    elif year.finished:
        total = len(year.gatherings)
        key = {1: "closeout.finished_one", 2: "closeout.finished_two"}.get(
            total, "closeout.finished"
        )
        lines += [t(key, total=total), ""]
    else:
        remaining = "; ".join(
            f"{md_text(gathering_title(g, n))} ({long_date(g.day)})" for n, g in year.remaining
        )
        lines += [
            t(
                "closeout.provisional",
                held=len(year.held),
                total=len(year.gatherings),
                count=len(year.remaining),
                gatherings=remaining,
            ),
            "",
        ]
    return lines


def _participants_fact(c: CloseOut) -> str:
    """ "8 (Bjørnafjorden 5, Austevoll 1, …)": how many, from which municipalities."""
    people = c.ctx.group.participants
    if not people:
        return "0"
    counts = Counter(p.municipality.strip() for p in people)
    named = sorted(((n, k) for n, k in counts.items() if n), key=lambda item: (-item[1], item[0]))
    parts = [t("closeout.municipality_count", name=md_text(n), count=k) for n, k in named]
    if counts.get(""):
        if not named:
            return str(len(people))
        parts.append(t("closeout.no_municipality", count=counts[""]))
    return f"{len(people)} ({', '.join(parts)})"


def gatherings(c: CloseOut) -> list[str]:
    year, rules = c.year, c.year.rules
    lines = [f"## {t('closeout.gatherings')}", ""]
    if not year.gatherings:
        return lines + [t("closeout.no_gatherings"), ""]
    lines += [
        f"| {t('closeout.col.number')} | {t('closeout.col.gathering')} | "
        f"{t('closeout.col.date')} | {t('closeout.col.place')} | {t('closeout.col.time')} | "
        f"{t('closeout.col.programme')} |",
        "|--:|---|---|---|---|--:|",
    ]
    from groupguide.domain.attendance import gathering_minutes

    for number, gathering in year.gatherings:
        day = format_date(gathering.day) or "–"
        if gathering.held_date and gathering.date and gathering.held_date != gathering.date:
            day = t("closeout.moved", day=day, planned=format_date(gathering.date))
        minutes = gathering_minutes(gathering)
        if number in year.held:
            rows = held_intervals(gathering)
            when = span_text(min(r.start for r in rows), day_end(gathering)) if rows else "–"
            programme = span(minutes)
        else:
            end = gathering.end or time_of(planned_end_minute(gathering))
            planned = f"{format_time(gathering.start)}–{format_time(end)}"
            when = t("closeout.planned_time", span=planned)
            programme = t("closeout.not_held", duration=span(minutes))
        lines.append(
            f"| {number} | {md_cell(gathering_title(gathering, number))} | {day} | "
            f"{md_cell(gathering.location) if gathering.location.strip() else '–'} | {when} | "
            f"{programme} |"
        )
    lines.append("")
    total = year.minutes_held + year.minutes_to_come
    lines += [
        t(
            "closeout.programme_line",
            held=span(year.minutes_held),
            days=_days(year.minutes_held, rules.day_minutes),
            day=span(rules.day_minutes),
            total=span(total),
            total_days=_days(total, rules.day_minutes),
            low=decimal(rules.min_days, 1, trim=True),
            high=decimal(rules.max_days, 1, trim=True),
        ),
        "",
    ]
    if year.programme_short:
        lines += [t("closeout.programme_short", low=decimal(rules.min_days, 1, trim=True)), ""]
    return lines


def span(minutes: int) -> str:
    """ "6 t 5 min" that never breaks across lines (a matrix cell stays one figure, and a
    sentence never ends a line with "2 t" and starts the next with "25 min")."""
    return duration(minutes).replace(" ", "\u00a0")


def cell_text(cell: Cell) -> str:
    """A matrix cell: the time credited ("6 t 5 min", exact, so the row adds up to its total),
    "delvis 3 t 10 min", "fravær", "ikke ført" or "–"."""
    if cell.state == "present":
        return span(cell.minutes)
    if cell.state == "partial":
        return t("closeout.cell.partial", hours=span(cell.minutes))
    return t(f"closeout.cell.{cell.state}")


def attendance(c: CloseOut) -> list[str]:
    year = c.year
    lines = [f"## {t('closeout.attendance')}", ""]
    if not year.participants:
        return lines + [t("closeout.no_participants"), ""]
    numbers = [n for n, _ in year.gatherings]
    head = [t("closeout.col.participant"), t("closeout.col.municipality")]
    head += [str(n) for n in numbers] + [t("closeout.col.total"), t("closeout.col.catch_up")]
    lines += ["| " + " | ".join(head) + " |", "|---|---|" + "--:|" * (len(numbers) + 1) + "---|"]
    for person in year.participants:
        catch_up = f"**{t('closeout.yes')}**" if person.needs_catch_up else t("closeout.no")
        cells = [md_cell(person.participant.name), md_cell(person.participant.municipality)]
        cells += [cell_text(cell) for cell in person.cells]
        cells += [span(person.minutes), catch_up]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", t("closeout.legend"), ""]
    if year.not_taken:
        names = "; ".join(md_text(gathering_title(g, n)) for n, g in year.not_taken)
        lines += [t("closeout.not_taken_note", gatherings=names), ""]
    return lines


def _missed(person: ParticipantHalfYear) -> str:
    absent = [c.number for c in person.cells if c.state in ("absent", "not_taken")]
    partial = [c.number for c in person.cells if c.state == "partial"]
    parts = []
    if absent:
        parts.append(t("closeout.missed_absent", numbers=_numbers(absent)))
    if partial:
        parts.append(t("closeout.missed_partial", numbers=_numbers(partial)))
    return ", ".join(parts) or t("closeout.missed_nothing")


def catch_up(c: CloseOut) -> list[str]:
    year, rules = c.year, c.year.rules
    if not year.participants:
        return []
    low = decimal(rules.min_days, 1, trim=True)
    lines = [f"### {t('closeout.catch_up')}", ""]
    lines += [
        t(
            "closeout.catch_up_rule",
            low=low,
            high=decimal(rules.max_days, 1, trim=True),
            required=span(year.required),
            day=span(rules.day_minutes),
        ),
        "",
    ]
    key = "closeout.catch_up_item" if year.finished else "closeout.catch_up_item_remaining"
    behind = year.catching_up
    for person in behind:
        item = t(
            key,
            name=md_text(person.participant.name),
            missed=_missed(person),
            credited=span(person.minutes),
            short=span(person.short_by),
            low=low,
        )
        lines.append(f"- {item}")
    lines += ["", *([] if behind else [t("closeout.catch_up_none"), ""])]
    must = [p for p in year.participants if not p.needs_catch_up and p.minutes < year.required]
    if must and not year.finished:
        lines += [f"**{t('closeout.must_attend', low=low)}**", ""]
        for person in must:
            needed = span(year.required - person.minutes)
            remaining = span(year.minutes_to_come)
            name = md_text(person.participant.name)
            lines.append(
                f"- {t('closeout.must_attend_item', name=name, needed=needed, remaining=remaining)}"
            )
        lines.append("")
    return lines


def assessments(c: CloseOut) -> list[str]:
    """The leader's formative assessment (§2.3): counts per goal and statuses per participant,
    no comments. Its own section, apart from the anonymous evaluations."""
    from groupguide.export.assessments import assessments_section

    return [*assessments_section(c.ctx).split("\n"), ""]


def audits(c: CloseOut) -> list[str]:
    """The audits' kept distributions (count, median as a range, bins): never a figure."""
    from groupguide.export.audits import closeout_audit_section

    return closeout_audit_section(c.ctx)


# The report, section by section (each one function; add a section by adding it here).
SECTIONS: list[Callable[[CloseOut], list[str]]] = [
    heading,
    gatherings,
    attendance,
    catch_up,
    goals,
    audits,
    assessments,
    evaluations,
    leader,
    wishes,
]


def closeout_markdown(facts: CloseOut) -> str:
    return "\n".join(line for section in SECTIONS for line in section(facts))


def masked_count(facts: CloseOut) -> int:
    """Identifiers the guard masks in what the report shows: the leader's, co-leaders' and
    guest teachers' texts of the held gatherings, the evaluations' free text and the wishes
    noted from the evaluation round."""
    texts = [text for _, text, _ in wish_rows(facts)]  # the wishes table
    for number, gathering in facts.year.gatherings:
        if number not in facts.year.held:
            continue
        texts += [gathering.oral_round_notes, gathering.leader_evaluation]
        texts += [teacher.evaluation for teacher in gathering.teachers]
        status = facts.evaluations.get(gathering.id)
        if status is not None and status.summary is not None:
            texts += [
                a for key, answers in status.summary.texts if key != "wishes" for a in answers
            ]
    return sum(len(find_identifiers(text)) for text in texts)


def build_closeout(ctx: ExportContext, evaluations: dict | None = None) -> Export:
    from groupguide.export.closeout_csv import matrix_csv
    from groupguide.export.fmt import safe_name
    from groupguide.export.output import ExportFile

    facts = closeout_facts(ctx, evaluations)
    markdown = closeout_markdown(facts)
    group_part = safe_name(ctx.group.name, "gruppe")
    title = t("closeout.title") if facts.year.finished else t("closeout.title_provisional")
    document = Document(
        markdown,
        header=(running_head(ctx), title),
        footer=t("export.footer", date=format_date(ctx.today)),
        signatures=signatures(ctx),
    )
    export = Export("closeout")
    export.printables.append(
        printable(
            ctx, f"{t('closeout.file')}-{group_part}", f"{title} – {ctx.group.name}", [document]
        )
    )
    export.files.append(
        ExportFile(f"{t('closeout.file_matrix')}-{group_part}.csv", matrix_csv(facts.year))
    )
    masked = masked_count(facts)
    if masked:
        export.notes.append(t("export.guard.masked", count=masked))
    export.preview = markdown
    return export
