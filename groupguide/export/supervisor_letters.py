"""Letters to the individual supervisors before the half-year (§2.2 "Koordinering av tema"):
one letter per supervisor, covering their participants, and one for each participant without a
supervisor (never lumped together), so that the leader can send each to its addressee.

A letter says what the supervisor needs to coordinate: the gatherings' dates, times and places,
the learning goals planned for each, the leader's assessment criteria (§2.3) and how to feed
themes back to the group leader (by when, for each gathering not yet held). It carries no notes,
no assessments and nothing from the evaluations: those come, after the gatherings, in the
summary (``supervisors.py``)."""

from __future__ import annotations

from datetime import timedelta

from groupguide.domain.confidentiality import count_identifiers
from groupguide.domain.credit import goals_of, is_held
from groupguide.domain.schedule import planned_end_minute
from groupguide.domain.supervision import SupervisorBucket, supervisor_buckets
from groupguide.domain.values import format_time, time_of
from groupguide.export.assessments import criteria_markdown, criteria_written
from groupguide.export.context import ExportContext
from groupguide.export.document import Document, printable, running_head
from groupguide.export.fmt import long_date, md_cell, md_text, unique_names
from groupguide.export.output import Export
from groupguide.export.supervisors import addressee, bucket_stem
from groupguide.i18n import format_date, join_and, t

FEEDBACK_DAYS = 7  # themes reach the leader a week before the gathering


def _participant(person) -> str:
    name = md_text(person.name)
    return f"{name} ({md_text(person.workplace)})" if person.workplace.strip() else name


def letter_goal_codes(ctx: ExportContext) -> list[str]:
    """The known goals of the chosen gatherings, gathering by gathering (each as the letter
    lists it), each once: those whose criteria a letter prints."""
    codes: list[str] = []
    for _, gathering in ctx.chosen():
        goals, _ = goals_of([c for b in gathering.blocks for c in b.goals], ctx.goals)
        codes += [g.code for g in goals]
    return list(dict.fromkeys(codes))


def letter_markdown(ctx: ExportContext, bucket: SupervisorBucket) -> str:
    group = ctx.group
    people = list(bucket.participants)
    names = join_and([p.name for p in people])
    lines = [f"# {t('export.letter.title')}", ""]
    facts = [
        f"**{t('export.sup.to')}:** {md_text(addressee(bucket))}",
        f"**{t('export.letter.from')}:** {md_text(group.facilitator) or '–'}",
        f"**{t('export.field.group')}:** {md_text(group.name)}",
        f"**{t('export.field.term')}:** {md_text(group.term) or '–'}",
        f"**{t('export.field.organiser')}:** {md_text(ctx.organiser) or '–'}",
        f"**{t('export.letter.participants', count=len(people))}:** "
        + ", ".join(_participant(p) for p in people),
    ]
    lines += ["\\\n".join(facts), "", t("export.letter.intro", names=md_text(names)), ""]
    chosen = ctx.chosen()
    lines += [f"## {t('export.letter.dates')}", ""]
    if not chosen:
        lines += [t("export.handout.no_gatherings"), ""]
    else:
        lines += [
            f"| {t('export.col.gathering')} | {t('export.field.date')} | "
            f"{t('export.field.time')} | {t('export.field.place')} | "
            f"{t('export.letter.col.feedback')} |",
            "|---|---|---|---|---|",
        ]
        for number, gathering in chosen:
            end = gathering.end or time_of(planned_end_minute(gathering))
            if is_held(gathering):
                by = t("export.letter.held")
            elif gathering.date is not None:
                by = format_date(gathering.date - timedelta(days=FEEDBACK_DAYS))
            else:
                by = "–"
            lines.append(
                f"| {number}. {md_cell(gathering.title)} | {long_date(gathering.day, True)}"
                f" | {format_time(gathering.start)}–{format_time(end)}"
                f" | {md_cell(gathering.location)} | {by} |"
            )
        lines.append("")
    lines += [f"## {t('export.letter.goals')}", ""]
    for number, gathering in chosen:
        goals, unknown = goals_of([c for b in gathering.blocks for c in b.goals], ctx.goals)
        title = gathering.title or t("export.gathering_n", n=number)
        lines += [f"**{number}. {md_text(title)}**", ""]
        if goals or unknown:
            lines += [f"- **{md_text(g.code)}** {md_text(g.text)}" for g in goals]
            lines += [f"- **{md_text(c)}**" for c in unknown]
        else:
            lines.append(t("export.cert.no_goals"))
        lines.append("")
    lines += [f"## {t('export.assess.section')}", ""]
    lines += criteria_markdown(ctx, letter_goal_codes(ctx), "export.letter.criteria_intro")
    lines += [f"## {t('export.letter.feedback_heading')}", ""]
    lines += [
        t(
            "export.letter.feedback",
            names=md_text(names),
            leader=md_text(group.facilitator) or t("export.letter.the_leader"),
            days=FEEDBACK_DAYS,
        ),
        "",
        t("export.letter.after", names=md_text(names)),
        "",
    ]
    return "\n".join(lines)


def build_letters(ctx: ExportContext) -> Export:
    export = Export("letters")
    footer = t("export.footer.plain", date=format_date(ctx.today))
    buckets = supervisor_buckets(ctx.group.participants)
    stems = unique_names([f"{t('export.file.letter')}-{bucket_stem(b)}" for b in buckets])
    previews = []
    for bucket, stem in zip(buckets, stems, strict=True):
        markdown = letter_markdown(ctx, bucket)
        previews.append(markdown)
        to = addressee(bucket)
        document = Document(markdown, header=(running_head(ctx), to), footer=footer)
        export.printables.append(
            printable(ctx, stem, f"{t('export.letter.title')} – {to}", [document])
        )
        if len(bucket.emails) > 1:
            export.notes.append(
                t("export.letter.emails_differ", name=bucket.name, emails=", ".join(bucket.emails))
            )
    if not buckets:
        export.notes.append(t("export.sup.nobody"))
    # every letter prints the same criteria: each masked text is counted once
    criteria = [text for _, text in criteria_written(ctx, letter_goal_codes(ctx))]
    masked = count_identifiers(criteria) if buckets else 0
    if masked:
        export.notes.append(t("export.guard.masked", count=masked))
    alone = [b.participants[0].name for b in buckets if not b.name]
    if alone:
        export.notes.append(t("export.letter.without", count=len(alone), names=join_and(alone)))
    export.preview = "\n\n---\n\n".join(previews) or t("export.sup.nobody")
    return export
