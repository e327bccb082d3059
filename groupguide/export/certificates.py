"""Attendance certificates ("Bekreftelse på deltakelse i gruppeveiledning") for
Kompetanseportalen: one file per participant and one combined file (HTML and/or PDF), each
certificate with the leader's signature lines."""

from __future__ import annotations

from groupguide.domain.credit import HalfYearStatus, ParticipantRecord, participant_record
from groupguide.domain.people import Participant
from groupguide.domain.timeline import span_text
from groupguide.domain.values import format_time
from groupguide.export.context import ExportContext
from groupguide.export.document import Document, Signature, printable, running_head
from groupguide.export.facts import block_title
from groupguide.export.fmt import (
    duration,
    hours_decimal,
    long_date,
    md_cell,
    md_text,
    safe_name,
    unique_names,
)
from groupguide.export.output import Export
from groupguide.i18n import format_date, t

FACT_GAP = " · "


def _field(label: str, value: str) -> str:
    return f"**{label}:** {md_text(value) if value.strip() else '–'}"


def attendance_note(record) -> str:
    """Arrival and departure as recorded ("kom 10:30, gikk 14:00")."""
    parts = []
    if record.arrived is not None:
        parts.append(t("export.cert.arrived", time=format_time(record.arrived)))
    if record.left is not None:
        parts.append(t("export.cert.left", time=format_time(record.left)))
    if not parts and record.status == "partial":
        parts.append(t("export.cert.partial"))
    return ", ".join(parts)


def certificate_title(record: ParticipantRecord) -> str:
    """The title, marked provisional while a gathering of the half-year is still to be held."""
    status = record.status
    if status is not None and status.provisional:
        return t("export.cert.title_provisional")
    return t("export.cert.title")


def status_lines(status: HalfYearStatus | None) -> list[str]:
    """ "Deltatt på 2 av 3 samlinger." with the held gatherings missed named, and whether the
    certificate is provisional (issued before the half-year's last gathering is held)."""
    if status is None:
        return []
    lines = [t("export.cert.status", attended=status.attended, total=status.total)]
    if status.missed:
        lines.append(
            t(
                "export.cert.status_missed",
                gatherings="; ".join(_gathering_name(n, g) for n, g in status.missed),
            )
        )
    if status.provisional:
        lines.append(
            t(
                "export.cert.status_provisional",
                count=len(status.remaining),
                gatherings="; ".join(_gathering_name(n, g) for n, g in status.remaining),
            )
        )
    return [" ".join(lines), ""]


def _gathering_name(number: int, gathering) -> str:
    title = md_text(gathering.title or t("export.gathering_n", n=number))
    return f"{title} ({long_date(gathering.day)})" if gathering.day else title


def certificate_markdown(ctx: ExportContext, record: ParticipantRecord) -> str:
    group, person = ctx.group, record.participant
    lines = [f"# {certificate_title(record)}", ""]
    # related facts share a line, so that a certificate of a few gatherings fits one A4 page
    where = _field(t("export.field.workplace"), person.workplace)
    if person.municipality.strip():  # optional: printed when known, after the workplace
        where += FACT_GAP + _field(t("export.field.municipality"), person.municipality)
    facts = [
        _field(t("export.field.participant"), person.name),
        where,
        _field(t("export.field.activity"), ctx.learning_activity()),
        _field(t("export.field.organiser"), ctx.organiser),
        _field(t("export.field.group"), group.name)
        + FACT_GAP
        + _field(t("export.field.term"), group.term),
        _field(t("export.field.leader"), group.facilitator),
    ]
    lines += ["\\\n".join(facts), ""]
    lines += [
        t("export.cert.intro", count=len(record.attended), hours=hours_decimal(record.minutes)),
        "",
    ]
    lines += status_lines(record.status)
    for item in record.attended:
        gathering = item.gathering
        lines.append(f"## {md_text(gathering.title or t('export.gathering_n', n=item.number))}")
        lines.append("")
        where = md_text(gathering.location) if gathering.location.strip() else ""
        attended = duration(item.minutes)
        note = attendance_note(item.record) if item.partial else ""
        if note:  # "Til stede: 1 t 25 min (kom 23:10)."
            attended += f" ({md_text(note)})"
        lines.append(
            t(
                "export.cert.gathering_line" if where else "export.cert.gathering_line_no_place",
                date=long_date(gathering.day, True),
                place=where,
                attended=attended,
            )
        )
        lines.append("")
        if item.blocks:
            lines.append(
                f"| {t('export.col.time')} | {t('export.col.block')} | "
                f"{t('export.col.minutes')} | {t('export.col.goals')} |"
            )
            lines.append("|---|---|--:|---|")
            for held in item.blocks:
                title = md_cell(block_title(held.block, ctx.activities))
                if held.presented:
                    title += f" *({t('export.cert.presented')})*"
                span = span_text(held.start, held.end)
                codes = ", ".join(md_text(ctx.goals.canonical(c) or c) for c in held.goals) or "–"
                if held.block.goals and not held.goals_count:  # there for under half of it
                    codes = f"– *({t('export.cert.goals_not_counted')})*"
                lines.append(f"| {span} | {title} | {held.minutes} | {codes} |")
            lines.append("")
        else:
            lines += [t("export.cert.no_blocks"), ""]
    lines += [f"## {t('export.cert.goals_heading')}", ""]
    if record.goals:
        lines += [f"- **{md_text(g.code)}** {md_text(g.text)}" for g in record.goals]
        lines.append("")
    else:
        lines += [t("export.cert.no_goals"), ""]
    if record.unknown_goals:
        lines += [
            t(
                "export.cert.unknown_goals",
                codes=", ".join(md_text(c) for c in record.unknown_goals),
            ),
            "",
        ]
    total = t(
        "export.cert.totals_line",
        count=len(record.attended),
        duration=duration(record.minutes),
        hours=hours_decimal(record.minutes),
    )
    # a labelled line, not a section: the signature lines stay on the page with it
    lines += [f"**{t('export.cert.totals')}:** {total}", ""]
    return "\n".join(lines)


def signatures(ctx: ExportContext) -> tuple[Signature, ...]:
    """Place and date; the leader's signature with the printed name."""
    return (
        Signature(t("export.sign.place_date")),
        Signature(t("export.sign.leader"), ctx.group.facilitator),
    )


def certificate_document(ctx: ExportContext, record: ParticipantRecord) -> Document:
    """One participant's certificate with the leader's signature lines."""
    return Document(
        certificate_markdown(ctx, record),
        header=(running_head(ctx), record.participant.name),
        footer=t("export.footer", date=format_date(ctx.today)),
        signatures=signatures(ctx),
    )


def certificate_records(ctx: ExportContext) -> tuple[list[ParticipantRecord], list[Participant]]:
    """Records of participants with credit, and those without any (no certificate for them)."""
    with_credit, without = [], []
    for person in ctx.participants():
        record = participant_record(ctx.group, person, ctx.goals, ctx.numbers)
        (with_credit if record.attended else without).append(record if record.attended else person)
    return with_credit, without


def build_certificates(ctx: ExportContext) -> Export:
    records, without = certificate_records(ctx)
    export = Export("certificates")
    stems = unique_names(
        [
            f"{t('export.file.certificate')}-{safe_name(r.participant.name, 'deltaker')}"
            for r in records
        ]
    )
    documents = []
    for record, stem in zip(records, stems, strict=True):
        document = certificate_document(ctx, record)
        documents.append(document)
        title = f"{certificate_title(record)} – {record.participant.name}"
        export.printables.append(printable(ctx, stem, title, [document]))
    if records and ctx.people is None:  # one person's certificate needs no combined file
        combined = f"{t('export.file.certificates')}-{safe_name(ctx.group.name, 'gruppe')}"
        export.printables.append(
            printable(ctx, combined, f"{t('export.cert.title')} – {ctx.group.name}", documents)
        )
    for person in without:
        export.notes.append(t("export.cert.none_for", name=person.name))
    if not records:
        export.notes.append(t("export.cert.nobody"))
    previews = [d.markdown for d in documents]
    export.preview = "\n\n---\n\n".join(previews) if previews else t("export.cert.nobody")
    return export
