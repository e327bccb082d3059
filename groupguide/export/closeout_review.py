"""The close-out's sections on what the half-year covered and what was said about it: the
recommended learning goals held, only planned and missing; the participants' evaluations (the
written, anonymous one only from the threshold, and the oral round); the leader's own
evaluations; the topic wishes and what became of them. Each section is one function
``(CloseOut) -> list[str]`` (see ``closeout.SECTIONS``)."""

from __future__ import annotations

from groupguide.domain.confidentiality import mask
from groupguide.domain.wishes import wish_places
from groupguide.export.closeout_data import CloseOut
from groupguide.export.facts import gathering_title
from groupguide.export.fmt import md_cell, md_paragraphs, md_text
from groupguide.export.report import evaluation_lines
from groupguide.i18n import format_date, t


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def goals(c: CloseOut) -> list[str]:
    cover, catalogue = c.coverage, c.ctx.goals
    held, planned = cover.recommended_held, cover.recommended_planned
    only_planned = [code for code in planned if code not in held]
    missing = cover.recommended_missing
    lines = [f"## {t('closeout.goals')}", ""]
    lines += [
        t(
            "closeout.goals_summary",
            total=len(cover.recommended),
            held=len(held),
            planned=len(only_planned),
            missing=len(missing),
        ),
        "",
    ]

    def where(code: str, of_held: bool) -> str:
        numbers = [
            n
            for n, item in enumerate(cover.per_gathering, start=1)
            if code in (item.held if of_held else item.planned)
        ]
        return t("closeout.goals_where", numbers=_numbers(numbers)) if numbers else ""

    for label, codes, of_held in (
        ("closeout.goals_held", held, True),
        ("closeout.goals_planned", only_planned, False),
        ("closeout.goals_missing", missing, False),
    ):
        lines += [f"**{t(label, count=len(codes))}**", ""]
        if label == "closeout.goals_planned" and codes:
            lines += [t("closeout.goals_planned_note"), ""]
        if not codes:
            lines += [t("closeout.goals_none"), ""]
            continue
        for code in codes:
            goal = catalogue.get(code)
            text = f" {md_text(goal.text)}" if goal is not None else ""
            place = where(code, of_held)
            lines.append(f"- **{md_text(code)}**{text}" + (f" *({place})*" if place else ""))
        lines.append("")
    recommended = set(cover.recommended)
    other = [code for code in sorted(cover.held) if code not in recommended]
    if other:
        lines += [t("closeout.goals_other", codes=", ".join(md_text(code) for code in other)), ""]
    return lines


def evaluations(c: CloseOut) -> list[str]:
    lines = [f"## {t('closeout.evaluations')}", ""]
    lines += [t("closeout.evaluations_intro", threshold=c.threshold), ""]
    for number, gathering in c.year.gatherings:
        lines += [f"### {number}. {md_text(gathering_title(gathering, number))}", ""]
        if number not in c.year.held:
            lines += [t("closeout.not_held_yet"), ""]
            continue
        lines += [f"**{t('closeout.written')}**", ""]
        lines += evaluation_lines(c.evaluations.get(gathering.id), in_short=True)
        lines += [f"**{t('closeout.oral_round')}**", ""]
        oral = md_paragraphs(mask(gathering.oral_round_notes))
        lines += [oral or t("export.report.not_written"), ""]
    return lines


def leader(c: CloseOut) -> list[str]:
    """The leader's own evaluation of each held gathering and, beside it, those of the
    gathering's co-leaders and guest teachers (§2.4 point 3), each masked by the guard."""
    held = [(n, g) for n, g in c.year.gatherings if n in c.year.held]
    others = any(g.teachers for _, g in held)
    lines = [f"## {t('closeout.leader_and_teachers' if others else 'closeout.leader')}", ""]
    for number, gathering in c.year.gatherings:
        lines += [f"### {number}. {md_text(gathering_title(gathering, number))}", ""]
        if number not in c.year.held:
            lines += [t("closeout.not_held_yet"), ""]
            continue
        if gathering.teachers:
            name = c.ctx.group.facilitator.strip() or t("closeout.leader_unnamed")
            role = t("closeout.leader_role")
            lines += [f"**{t('export.report.teacher_evaluation', name=md_text(name), role=role)}**"]
            lines.append("")
        text = md_paragraphs(mask(gathering.leader_evaluation))
        lines += [text or t("export.report.not_written"), ""]
        for teacher in gathering.teachers:
            role = t(f"evaluation.teachers.role.{teacher.role}")
            heading = t("export.report.teacher_evaluation", name=md_text(teacher.name), role=role)
            lines += [f"**{heading}**", ""]
            lines += [md_paragraphs(mask(teacher.evaluation)) or t("export.report.not_written"), ""]
    return lines


def wish_outcome(c: CloseOut, text: str) -> str:
    places = wish_places(c.ctx.group, text)
    if not places:
        return t("closeout.wish.nowhere")
    parts = []
    for place in places:
        if place.held:
            parts.append(
                t("closeout.wish.held", n=place.number, date=format_date(place.gathering.day))
            )
        elif place.held is False:
            parts.append(t("closeout.wish.skipped", n=place.number))
        else:
            parts.append(t("closeout.wish.planned", n=place.number))
    return "; ".join(parts)


def wish_rows(c: CloseOut) -> list[tuple[int, str, bool]]:
    """Every topic wish as (gathering number, text, from the evaluation round), gathering by
    gathering: the written evaluation's (shown only from the anonymity threshold), then those
    the leader noted from the evaluation round (spoken openly: no threshold)."""
    rows = []
    for number, gathering in c.year.gatherings:
        status = c.evaluations.get(gathering.id)
        if status is not None and status.summary is not None:
            for key, answers in status.summary.texts:
                if key == "wishes":
                    rows += [(number, answer, False) for answer in answers]
        rows += [(number, wish, True) for wish in gathering.oral_wishes if wish.strip()]
    return rows


def wishes(c: CloseOut) -> list[str]:
    lines = [f"## {t('closeout.wishes')}", ""]
    rows = wish_rows(c)
    if not rows:
        return lines + [t("closeout.wishes_none"), ""]
    lines += [t("closeout.wishes_intro", threshold=c.threshold), ""]
    lines += [
        f"| {t('closeout.col.wish')} | {t('closeout.col.from')} | {t('closeout.col.outcome')} |",
        "|---|---|---|",
    ]
    for number, text, oral in rows:
        source = t("closeout.wish.from_round" if oral else "export.gathering_n", n=number)
        lines.append(f"| {md_cell(mask(text))} | {source} | {wish_outcome(c, text)} |")
    lines.append("")
    return lines
