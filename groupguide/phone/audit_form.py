"""The audit form on a phone: one number per measure, and a page that shows where the phone's own
figure stands against the group's distribution.

While the collection is open, neither the shared screen nor any phone shows the distribution:
watching it change as a colleague taps "send" would tell whose figure is whose. It is shown
when the group leader ends the collection. Until then a phone may change its own figures.

HTML only (escaped, no JavaScript, the local stylesheet; bar widths are classes because the
Content-Security-Policy forbids inline styles). The figure a phone sent is kept on that phone
only, in a cookie, so that its page can show it; the server stores figures without any link to
who sent them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from groupguide.domain.audit import (
    AUDIT_MIN_FIGURES,
    AuditMeasure,
    audit_position,
    audit_summary,
    figure_text,
    parse_figure,
)
from groupguide.phone.forms import BadForm, page, tr

REFRESH_SECONDS = 10
BAR_STEPS = 20  # .w0 … .w20 in form.css: 5 % each
MAX_COOKIE = 200


# What a phone sends a figure for: the domain's measure (its id is the form's key, its label
# comes in the page's language).
Measure = AuditMeasure


def _h(value: object) -> str:
    return escape(str(value), quote=True)


def field_name(index: int) -> str:
    return f"m{index}"


def own_values(measures: Sequence[Measure], own: dict[str, float], lang: str) -> dict[str, str]:
    """The phone's own figures as the form shows them, for changing them."""
    return {
        field_name(i): figure_text(own[m.key], comma=lang == "nb")
        for i, m in enumerate(measures)
        if m.key in own
    }


def render_form(
    title: str,
    measures: Sequence[Measure],
    lang: str,
    nonce: str,
    action: str,
    values: dict[str, str] | None = None,
    error: str = "",
    change: bool = False,
) -> str:
    """The form; ``change`` for replacing the figures this phone sent (``action`` then is the
    change address, and the language link points at the form itself)."""
    values = values or {}
    heading = tr("audit.form.change_title" if change else "audit.form.title", lang)
    intro = tr("audit.form.change_intro" if change else "audit.form.intro", lang)
    parts = [
        f"<h1>{_h(heading)}</h1>",
        f'<p class="sub">{_h(title)}</p>',
        f'<p class="intro">{_h(intro)}</p>',
    ]
    if error:
        parts.append(f'<p class="error" role="alert">{_h(error)}</p>')
    parts.append(f'<form method="post" action="{_h(action)}" accept-charset="utf-8">')
    parts.append(f'<input type="hidden" name="nonce" value="{_h(nonce)}">')
    parts.append(f'<input type="hidden" name="lang" value="{_h(lang)}">')
    for i, measure in enumerate(measures):
        name = field_name(i)
        parts.append(
            f'<label class="text" for="{name}">{_h(measure.label(lang))}</label>'
            f'<input class="figure" id="{name}" name="{name}" type="text" inputmode="decimal" '
            f'autocomplete="off" maxlength="12" placeholder="{_h(tr("audit.form.example", lang))}"'
            f' value="{_h(values.get(name, ""))}">'
        )
    if not change:
        parts.append(f'<p class="hint">{_h(tr("audit.form.hint", lang))}</p>')
    parts.append(f'<button type="submit">{_h(tr("audit.form.submit", lang))}</button>')
    parts.append(f'<p class="anon">{_h(tr("audit.form.anonymous", lang))}</p></form>')
    return page(heading, "".join(parts), lang, switch=action)


def validate(
    measures: Sequence[Measure],
    pairs: Iterable[tuple[str, Any]],
    lang: str,
    allow_none: bool = False,
) -> tuple[dict[str, float] | None, dict[str, str], str]:
    """(figures by measure key, values to refill the form, error). ``figures`` is None when the
    participant must fix something (at least one figure, unless ``allow_none``: a change may
    remove them all). Raises BadForm for what no honest browser sends."""
    allowed = {"nonce", "lang", *(field_name(i) for i in range(len(measures)))}
    values: dict[str, str] = {}
    for name, value in pairs:
        if not isinstance(name, str) or name not in allowed or name in values:
            raise BadForm(name)
        if not isinstance(value, str) or len(value) > 64:
            raise BadForm(name)
        values[name] = value
    figures: dict[str, float] = {}
    for i, measure in enumerate(measures):
        raw = values.get(field_name(i), "").strip()
        if not raw:
            continue
        value = parse_figure(raw, measure.maximum)
        if value is None:
            message = tr(
                "audit.form.not_a_number",
                lang,
                label=measure.label(lang),
                most=figure_text(measure.maximum, comma=lang == "nb"),
            )
            return None, values, message
        # as the phone's cookie writes it (four decimals), so that the figure the cookie gives
        # back on a change is exactly the one stored
        figures[measure.key] = float(f"{value:.4f}")
    if not figures and not allow_none:
        return None, values, tr("audit.form.need_one", lang)
    return figures, values, ""


# -- the phone's own figures, in its cookie ------------------------------------------------------


def own_cookie(measures: Sequence[Measure], figures: dict[str, float]) -> str:
    """``{"sick_leave": 4.2}`` → ``"0:4.2"`` (index:value, joined by "|")."""
    return "|".join(
        f"{i}:{figures[m.key]:.4f}".rstrip("0").rstrip(".")
        for i, m in enumerate(measures)
        if m.key in figures
    )


def read_own_cookie(measures: Sequence[Measure], raw: str | None) -> dict[str, float]:
    """The phone's own figures back from its cookie; anything odd is ignored, never an error."""
    if not raw or len(raw) > MAX_COOKIE:
        return {}
    result: dict[str, float] = {}
    for item in raw.split("|"):
        index, _, text = item.partition(":")
        if not index.isdigit() or int(index) >= len(measures):
            continue
        measure = measures[int(index)]
        value = parse_figure(text, measure.maximum)
        if value is not None:
            result[measure.key] = value
    return result


# -- where my figure stands ------------------------------------------------------------------


def _measure_section(
    measure: Measure, values: list[float], own: float | None, lang: str, is_open: bool
) -> str:
    comma = lang == "nb"
    parts = [f"<h2>{_h(measure.label(lang))}</h2>"]
    if own is not None:
        parts.append(
            f'<p class="own">{_h(tr("audit.mine.own", lang))} '
            f"<strong>{_h(figure_text(own, comma))}</strong></p>"
        )
    if is_open:
        so_far = tr("audit.mine.open", lang, count=len(values))
        parts.append(f'<p class="hint">{_h(so_far)}</p>')
        return "".join(parts)
    summary = audit_summary(values, maximum=measure.maximum)
    if not summary.shown:
        waiting = tr("audit.mine.waiting", lang, count=summary.count, needed=AUDIT_MIN_FIGURES)
        parts.append(f'<p class="hint">{_h(waiting)}</p>')
        return "".join(parts)
    # the median as the bin it falls in, never as a number (it may be one person's figure)
    low, high = summary.median_range or (0.0, 0.0)
    median = tr(
        "audit.mine.median" if summary.exact else "audit.mine.median_range",
        lang,
        low=figure_text(low, comma),
        high=figure_text(high, comma),
        count=summary.count,
    )
    parts.append(f"<p>{_h(median)}</p>")
    position = audit_position(summary, own) if own is not None else None
    if position is not None and position.relation:
        parts.append(f'<p class="relation">{_h(tr(f"audit.mine.{position.relation}", lang))}</p>')
    biggest = max(count for _, _, count in summary.bins) or 1
    rows = []
    for index, (low, high, count) in enumerate(summary.bins):
        steps = round(count * BAR_STEPS / biggest)
        mine = position is not None and position.bin == index
        marker = (
            f'<span class="you">{_h(tr("audit.mine.you", lang)) if mine else ""}'
            "</span>"
        )  # on every row, so that the tracks line up
        rows.append(
            f'<li class="{"mine" if mine else ""}">'
            f'<span class="range">{_h(figure_text(low, comma))}–'
            f"{_h(figure_text(high, comma))}</span>"
            f'<span class="track"><span class="bar w{steps}"></span></span>'
            f'<span class="n">{count}</span>{marker}</li>'
        )
    parts.append(
        f'<ul class="dist" aria-label="{_h(tr("audit.mine.distribution", lang))}">'
        f"{''.join(rows)}</ul>"
    )
    return "".join(parts)


def render_mine(
    title: str,
    measures: Sequence[Measure],
    figures: dict[str, list[float]],
    own: dict[str, float],
    lang: str,
    form_url: str,
    is_open: bool,
) -> str:
    """The phone's page after it sent its figures: while the collection is open, its own figures,
    how many have been sent and a way to change them (reloading itself every few seconds);
    once it has ended, where its own figures stand."""
    heading = tr("audit.mine.title", lang)
    parts = [f"<h1>{_h(heading)}</h1>", f'<p class="sub">{_h(title)}</p>']
    if not own:
        parts.append(f'<p class="message">{_h(tr("audit.mine.none", lang))}</p>')
        if is_open:
            parts.append(
                f'<p><a href="{_h(form_url)}?lang={lang}">'
                f"{_h(tr('audit.mine.to_form', lang))}</a></p>"
            )
    for measure in measures:
        if own and measure.key not in own:
            continue
        parts.append(
            _measure_section(
                measure,
                figures.get(measure.key, []),
                own.get(measure.key),
                lang,
                is_open,
            )
        )
    if own and is_open:
        parts.append(
            f'<p><a class="change" href="{_h(form_url)}/endre?lang={lang}">'
            f"{_h(tr('audit.mine.change', lang))}</a></p>"
        )
    parts.append(f'<p class="anon">{_h(tr("audit.mine.private", lang))}</p>')
    refresh = f'<meta http-equiv="refresh" content="{REFRESH_SECONDS}">' if is_open else ""
    return page(heading, "".join(parts), lang, switch=f"{form_url}/din", head=refresh)
