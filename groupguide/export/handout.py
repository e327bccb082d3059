"""The term handout for participants before the first gathering: dates, places, the programme
outline, the goals each gathering addresses, the leader's assessment criteria per goal (known
beforehand, §2.3: the leader's own, never invented here) and what is expected of participants.
It is the plan: planned dates and times; a gathering already held on another day says when, in
one line. Case notes never appear; only block titles and presenters' names."""

from __future__ import annotations

from groupguide.domain.activities import measures_of
from groupguide.domain.confidentiality import count_identifiers
from groupguide.domain.credit import goals_of
from groupguide.domain.presenters import presenter_names
from groupguide.domain.schedule import is_programme, planned_end_minute, schedule
from groupguide.domain.values import format_time, time_of
from groupguide.export.assessments import criteria_markdown, criteria_written
from groupguide.export.context import ExportContext
from groupguide.export.document import Document, printable, running_head
from groupguide.export.facts import block_title
from groupguide.export.fmt import long_date, md_cell, md_text, safe_name
from groupguide.export.output import Export
from groupguide.i18n import format_date, get_language, join_and, t


def handout_markdown(ctx: ExportContext) -> str:
    group = ctx.group
    lines = [f"# {t('export.handout.title')}: {md_text(group.name)}", ""]
    facts = [
        f"**{t('export.field.activity')}:** {md_text(ctx.learning_activity())}",
        f"**{t('export.field.organiser')}:** {md_text(ctx.organiser) or '–'}",
        f"**{t('export.field.term')}:** {md_text(group.term) or '–'}",
        f"**{t('export.field.leader')}:** {md_text(group.facilitator) or '–'}",
        f"**{t('export.field.participants')}:** "
        + (", ".join(md_text(p.name) for p in group.participants) or "–"),
    ]
    lines += ["\\\n".join(facts), ""]
    lines += [t("export.handout.intro"), ""]
    lines += [f"## {t('export.handout.dates')}", ""]
    lines += [
        f"| {t('export.col.gathering')} | {t('export.field.date')} | "
        f"{t('export.field.time')} | {t('export.field.place')} |",
        "|---|---|---|---|",
    ]
    for number, gathering in ctx.chosen():
        end = gathering.end or time_of(planned_end_minute(gathering))
        lines.append(
            f"| {number}. {md_cell(gathering.title)} | {long_date(gathering.date, True)}"
            f" | {format_time(gathering.start)}–{format_time(end)}"
            f" | {md_cell(gathering.location)} |"
        )
    lines.append("")
    for number, gathering in ctx.chosen():
        title = gathering.title or t("export.gathering_n", n=number)
        lines += [f"## {number}. {md_text(title)}", ""]
        lines += [f"{long_date(gathering.date, True)}, {md_text(gathering.location) or '–'}", ""]
        if gathering.held_date is not None and gathering.held_date != gathering.date:
            lines += [f"*{t('export.handout.held_on', date=long_date(gathering.held_date, True))}*"]
            lines.append("")
        rows = [r for r in schedule(gathering)]
        if rows:
            lines += [
                f"| {t('export.col.time')} | {t('export.col.block')} | "
                f"{t('export.col.presenters')} |",
                "|---|---|---|",
            ]
            for row in rows:
                name = md_cell(block_title(row.block, ctx.activities))
                if not is_programme(row.block):
                    name = f"*{name}*"
                presenters = md_cell(join_and(presenter_names(group, row.block)))
                lines.append(
                    f"| {format_time(row.start)}–{format_time(row.end)} | {name} | {presenters} |"
                )
            lines.append("")
        goals, unknown = goals_of([c for b in gathering.blocks for c in b.goals], ctx.goals)
        if goals or unknown:
            lines += [f"**{t('export.handout.goals')}**", ""]
            lines += [f"- **{md_text(g.code)}** {md_text(g.text)}" for g in goals]
            lines += [f"- **{md_text(c)}**" for c in unknown]
            lines.append("")
    lines += [f"## {t('export.assess.section')}", ""]
    lines += criteria_markdown(ctx, _goal_codes(ctx))
    lines += [f"## {t('export.handout.expectations')}", ""]
    lines += [
        f"- {t(key)}"
        for key in (
            "export.handout.expect.attend",
            "export.handout.expect.case",
            "export.handout.expect.confidential",
        )
    ]
    lines += [f"- {line}" for line in _audit_expectations(ctx)]
    lines += [
        f"- {t(key)}"
        for key in ("export.handout.expect.evaluation", "export.handout.expect.certificate")
    ]
    lines.append("")
    return "\n".join(lines)


def _goal_codes(ctx: ExportContext) -> list[str]:
    """The chosen gatherings' goals, each once in plan order (the criteria the handout prints)."""
    return list(dict.fromkeys(c for _, g in ctx.chosen() for b in g.blocks for c in b.goals))


def _in_sentence(label: str) -> str:
    """ "Sykmeldinger (…)" inside a sentence: "sykmeldinger (…)"; "HbA1c" stays as it is."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def _audit_expectations(ctx: ExportContext) -> list[str]:
    """For each gathering with an audit: bring your own figures for what that audit collects
    (the block's measures, or its activity's defaults). Nothing when no audit is planned."""
    if ctx.activities is None:
        return []
    lines = []
    language = get_language()
    for number, gathering in ctx.chosen():
        for block in gathering.blocks:
            activity = ctx.activities.get(block.activity)
            if activity is None or activity.behaves_like != "audit":
                continue
            measures = measures_of(block, ctx.group, ctx.activities)
            if measures:
                lines.append(
                    t(
                        "export.handout.expect.audit",
                        gathering=gathering.title or t("export.gathering_n", n=number),
                        measures=join_and([_in_sentence(m.label(language)) for m in measures]),
                    )
                )
    return [md_text(line) for line in lines]


def build_handout(ctx: ExportContext) -> Export:
    markdown = handout_markdown(ctx)
    title = f"{t('export.handout.title')}: {ctx.group.name}"
    document = Document(
        markdown,
        header=(running_head(ctx), t("export.handout.title")),
        footer=t("export.footer.plain", date=format_date(ctx.today)),
    )
    stem = f"{t('export.file.handout')}-{safe_name(ctx.group.name, 'gruppe')}"
    export = Export(
        "handout", preview=markdown, printables=[printable(ctx, stem, title, [document])]
    )
    if not ctx.group.gatherings:
        export.notes.append(t("export.handout.no_gatherings"))
    masked = count_identifiers(text for _, text in criteria_written(ctx, _goal_codes(ctx)))
    if masked:
        export.notes.append(t("export.guard.masked", count=masked))
    return export
