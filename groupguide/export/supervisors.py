"""Summaries for the participants' individual supervisors (§2.2 "koordinering av tema"): one
file per supervisor, holding only that supervisor's participants, and one for each participant
without a supervisor (never lumped together). Per participant: the gatherings attended (and
missed), the learning goals worked on, the formative notes the leader chose to share
(``ParticipantNote.shared``) and the leader's formative assessment per goal (§2.3). Block notes
(case notes) and the anonymous evaluation are never read here."""

from __future__ import annotations

from groupguide.domain.confidentiality import count_identifiers, mask
from groupguide.domain.credit import goals_of, is_held, participant_record
from groupguide.domain.supervision import SupervisorBucket, supervisor_buckets
from groupguide.domain.timeline import held_intervals, span_text
from groupguide.export.assessments import (
    assessment_masked_texts,
    formative_label,
    participant_assessment_markdown,
)
from groupguide.export.context import ExportContext
from groupguide.export.document import Document, printable, running_head
from groupguide.export.fmt import (
    duration,
    long_date,
    md_paragraphs,
    md_text,
    safe_name,
    unique_names,
)
from groupguide.export.output import Export
from groupguide.i18n import format_date, t


def _held_span(gathering) -> str:
    """ ", 13:41–15:10": the clock times the gathering was held."""
    rows = held_intervals(gathering)
    if not rows:
        return ""
    return f", {span_text(min(r.start for r in rows), max(r.end for r in rows))}"


def addressee(bucket: SupervisorBucket) -> str:
    """ "Kjell Aas (kjell@example.no)", or who the letter is for when there is no supervisor."""
    if bucket.name:
        emails = ", ".join(bucket.emails)
        return f"{bucket.name} ({emails})" if emails else bucket.name
    return t("export.sup.no_supervisor_for", name=bucket.participants[0].name)


def bucket_stem(bucket: SupervisorBucket) -> str:
    if bucket.name:
        return f"{t('export.file.supervisor')}-{safe_name(bucket.name, 'x')}"
    name = safe_name(bucket.participants[0].name, "x")
    return f"{t('export.file.supervisor')}-{t('export.file.no_supervisor')}-{name}"


def supervisor_markdown(ctx: ExportContext, bucket: SupervisorBucket) -> str:
    group = ctx.group
    people = list(bucket.participants)
    lines = [f"# {t('export.sup.title')}", ""]
    facts = [
        f"**{t('export.sup.to')}:** {md_text(addressee(bucket))}",
        f"**{t('export.field.group')}:** {md_text(group.name)}",
        f"**{t('export.field.term')}:** {md_text(group.term) or '–'}",
        f"**{t('export.field.leader')}:** {md_text(group.facilitator) or '–'}",
        f"**{t('export.field.organiser')}:** {md_text(ctx.organiser) or '–'}",
    ]
    lines += ["\\\n".join(facts), "", t("export.sup.intro"), "", formative_label(), ""]
    for person in people:
        record = participant_record(group, person, ctx.goals, ctx.numbers)
        heading = md_text(person.name)
        if person.workplace.strip():
            heading += f" ({md_text(person.workplace)})"
        lines += [f"## {heading}", ""]
        if record.attended:
            lines += [f"**{t('export.sup.attended')}**", ""]
            for item in record.attended:
                title = item.gathering.title or t("export.gathering_n", n=item.number)
                lines.append(
                    f"- {md_text(title)}, {long_date(item.gathering.day)}"
                    f"{_held_span(item.gathering)}: {duration(item.minutes)}"
                )
            lines.append("")
        else:
            lines += [t("export.sup.no_attendance"), ""]
        if record.missed:
            missed = ", ".join(
                f"{md_text(g.title or t('export.gathering_n', n=n))} ({format_date(g.day)})"
                for n, g in record.missed
            )
            lines += [f"**{t('export.sup.missed')}:** {missed}", ""]
        lines += [f"**{t('export.sup.goals')}**", ""]
        if record.goals:
            lines += [f"- **{md_text(g.code)}** {md_text(g.text)}" for g in record.goals]
        else:
            lines.append(t("export.cert.no_goals"))
        lines.append("")
        shared = [n for n in person.notes if n.shared and n.text.strip()]
        if shared:
            lines += [f"**{t('export.sup.notes')}**", ""]
            for note in shared:
                when = f"*{format_date(note.date)}*\\\n" if note.date else ""
                lines += [when + md_paragraphs(mask(note.text)), ""]
        lines += participant_assessment_markdown(ctx, person)
    upcoming = [(n, g) for n, g in ctx.chosen() if not is_held(g)]
    if upcoming:
        lines += [f"## {t('export.sup.upcoming')}", ""]
        for number, gathering in upcoming:
            goals, _ = goals_of([c for b in gathering.blocks for c in b.goals], ctx.goals)
            codes = ", ".join(md_text(g.code) for g in goals) or "–"
            title = gathering.title or t("export.gathering_n", n=number)
            lines.append(f"- {md_text(title)}, {long_date(gathering.date)}: {codes}")
        lines.append("")
    return "\n".join(lines)


def build_supervisors(ctx: ExportContext) -> Export:
    export = Export("supervisors")
    footer = t("export.footer.plain", date=format_date(ctx.today))
    buckets = supervisor_buckets(ctx.participants())
    stems = unique_names([bucket_stem(b) for b in buckets])
    previews = []
    for bucket, stem in zip(buckets, stems, strict=True):
        markdown = supervisor_markdown(ctx, bucket)
        previews.append(markdown)
        to = addressee(bucket)
        document = Document(markdown, header=(running_head(ctx), to), footer=footer)
        export.printables.append(
            printable(ctx, stem, f"{t('export.sup.title')} – {to}", [document])
        )
    if not buckets:
        export.notes.append(t("export.sup.nobody"))
    people = [p for bucket in buckets for p in bucket.participants]
    notes = [n.text for p in people for n in p.notes if n.shared and n.text.strip()]
    masked = count_identifiers(notes + assessment_masked_texts(ctx, people))
    if masked:
        export.notes.append(t("export.guard.masked", count=masked))
    export.preview = "\n\n---\n\n".join(previews) or t("export.sup.nobody")
    return export
