"""The phone form: HTML pages (escaped, no JavaScript, local CSS only) and strict validation.

Texts come from the i18n catalog in the language the participant picked (``?lang=en``), else in
the app's language (``--lang``): the server renders per request.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from html import escape
from typing import Any

from groupguide.evaluation.model import SCALE, TEXT_FIELDS, Evaluation
from groupguide.i18n import LANGUAGES, all_messages, get_language, render

MAX_TEXT = 2000
CSS_PATH = "/assets/form.css"


class BadForm(Exception):
    """A post no honest browser sends (unknown or repeated fields, a value off the scale)."""


def tr(key: str, lang: str, **params: object) -> str:
    texts = all_messages().get(key)
    if texts is None:
        return key
    return render(texts[LANGUAGES.index(lang) if lang in LANGUAGES else 0], params)


def pick_lang(value: object) -> str:
    """The language a participant picked on the page, else the app's own (``--lang``)."""
    return value if value in LANGUAGES else get_language()


def _h(value: object) -> str:
    return escape(str(value), quote=True)


def page(title: str, body: str, lang: str, switch: str | None = None, head: str = "") -> str:
    """A whole page. ``switch`` is the URL (without query) the language links point at;
    ``head`` is trusted markup for the head (never participant text)."""
    other = "en" if lang == "nb" else "nb"
    switch_html = ""
    if switch:
        label = tr("evaluation.form.switch", lang)
        switch_html = (
            f'<a class="lang" href="{_h(switch)}?lang={other}" hreflang="{other}">{_h(label)}</a>'
        )
    return (
        "<!doctype html>\n"
        f'<html lang="{"nb" if lang == "nb" else "en"}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="same-origin">'
        f'<title>{_h(title)}</title><link rel="stylesheet" href="{CSS_PATH}">{head}</head>'
        f"<body><main>{switch_html}{body}</main></body></html>\n"
    )


def message_page(key: str, lang: str, switch: str | None = None) -> str:
    """A friendly one-message page: ``evaluation.page.<key>.title`` / ``.text``."""
    title = tr(f"evaluation.page.{key}.title", lang)
    text = tr(f"evaluation.page.{key}.text", lang)
    return page(title, f'<h1>{_h(title)}</h1><p class="message">{_h(text)}</p>', lang, switch)


def _scale(
    name: str,
    legend: str,
    value: str,
    lang: str,
    hint: str = "",
    required: bool = False,
    ends: str = "relevance",
) -> str:
    """A 1–5 question; ``ends`` names what its 1 and 5 mean (``evaluation.form.ends.*``)."""
    low = tr(f"evaluation.form.ends.{ends}.low", lang)
    high = tr(f"evaluation.form.ends.{ends}.high", lang)
    cells = []
    for n in SCALE:
        checked = " checked" if value == str(n) else ""
        req = " required" if required else ""
        cells.append(
            f'<label class="opt"><input type="radio" name="{name}" value="{n}"'
            f"{checked}{req}><span>{n}</span></label>"
        )
    hint_html = f'<p class="hint">{_h(hint)}</p>' if hint else ""
    return (
        f'<fieldset class="scale"><legend>{_h(legend)}</legend>{hint_html}'
        f'<div class="opts">{"".join(cells)}</div>'
        f'<div class="ends"><span>{_h(low)}</span><span>{_h(high)}</span></div></fieldset>'
    )


def _text(name: str, label: str, value: str) -> str:
    return (
        f'<label class="text" for="{name}">{_h(label)}</label>'
        f'<textarea id="{name}" name="{name}" rows="3" maxlength="{MAX_TEXT}">'
        f"{_h(value)}</textarea>"
    )


def render_form(
    evaluation: Evaluation,
    lang: str,
    nonce: str,
    action: str,
    values: dict[str, str] | None = None,
    error: str = "",
    ballot: str = "",
    warned: bool = False,
) -> str:
    """The evaluation form. ``warned``: the texts came back masked with a warning about
    patient identifiers; sending again stores them (masked again where needed)."""
    values = values or {}
    title = tr("evaluation.form.title", lang)
    parts = [
        f"<h1>{_h(title)}</h1>",
        f'<p class="sub">{_h(evaluation.gathering_title)}</p>',
        f'<p class="intro">{_h(tr("evaluation.form.intro", lang))}</p>',
    ]
    if error:
        parts.append(f'<p class="error" role="alert">{_h(error)}</p>')
    parts.append(f'<form method="post" action="{_h(action)}" accept-charset="utf-8">')
    parts.append(f'<input type="hidden" name="nonce" value="{_h(nonce)}">')
    parts.append(f'<input type="hidden" name="lang" value="{_h(lang)}">')
    if ballot:
        parts.append(f'<input type="hidden" name="ballot" value="{_h(ballot)}">')
    if warned:
        parts.append('<input type="hidden" name="warned" value="1">')
    parts.append(
        _scale(
            "relevance",
            tr("evaluation.form.relevance", lang),
            values.get("relevance", ""),
            lang,
            required=True,
        )
    )
    if evaluation.blocks:
        parts.append(f"<h2>{_h(tr('evaluation.form.blocks', lang))}</h2>")
        for i, item in enumerate(evaluation.blocks):
            parts.append(_scale(f"b{i}", item.title, values.get(f"b{i}", ""), lang))
    if evaluation.aspects:
        parts.append(f"<h2>{_h(tr('evaluation.form.aspects', lang))}</h2>")
        for i, key in enumerate(evaluation.aspects):
            parts.append(
                _scale(
                    f"a{i}",
                    tr(f"evaluation.form.aspect.{key}", lang),
                    values.get(f"a{i}", ""),
                    lang,
                    hint=tr(f"evaluation.form.aspect.{key}.hint", lang),
                    ends="quality",
                )
            )
    for name in TEXT_FIELDS:
        parts.append(_text(name, tr(f"evaluation.form.{name}", lang), values.get(name, "")))
    if evaluation.goals:
        parts.append(
            f"<h2>{_h(tr('evaluation.form.goals', lang))}</h2>"
            f'<p class="hint">{_h(tr("evaluation.form.goals_hint", lang))}</p>'
        )
        for i, item in enumerate(evaluation.goals):
            parts.append(
                _scale(
                    f"g{i}",
                    item.title,
                    values.get(f"g{i}", ""),
                    lang,
                    hint=item.detail,
                    ends="confidence",
                )
            )
    parts.append(f'<button type="submit">{_h(tr("evaluation.form.submit", lang))}</button>')
    parts.append(f'<p class="anon">{_h(tr("evaluation.form.anonymous", lang))}</p></form>')
    return page(title, "".join(parts), lang, switch=action)


def render_code_form(lang: str, action: str, error: str = "", typed: str = "") -> str:
    """Ballot mode's shared address: a field for the code on the participant's slip (a GET
    form, no JavaScript), which leads to the slip's own form."""
    title = tr("evaluation.page.ballot_needed.title", lang)
    parts = [
        f"<h1>{_h(title)}</h1>",
        f'<p class="intro">{_h(tr("evaluation.form.code_intro", lang))}</p>',
    ]
    if error:
        parts.append(f'<p class="error" role="alert">{_h(error)}</p>')
    parts.append(
        f'<form method="get" action="{_h(action)}" accept-charset="utf-8">'
        f'<input type="hidden" name="lang" value="{_h(lang)}">'
        f'<label class="text" for="kode">{_h(tr("evaluation.form.code_label", lang))}</label>'
        '<input class="code" id="kode" name="kode" type="text" autocomplete="off" '
        'autocapitalize="characters" spellcheck="false" maxlength="24" required '
        f'placeholder="XXXXX-XXXXX" value="{_h(typed[:24])}">'
        f'<button type="submit">{_h(tr("evaluation.form.code_submit", lang))}</button></form>'
        f'<p class="anon">{_h(tr("evaluation.form.code_anonymous", lang))}</p>'
    )
    return page(title, "".join(parts), lang, switch=action)


def clean_text(value: str) -> str:
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    kept = "".join(
        c for c in value if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs", "Co", "Cn")
    )
    return kept.strip()


def allowed_fields(evaluation: Evaluation) -> set[str]:
    names = {"relevance", "nonce", "lang", "ballot", "warned", *TEXT_FIELDS}
    names.update(f"b{i}" for i in range(len(evaluation.blocks)))
    names.update(f"g{i}" for i in range(len(evaluation.goals)))
    names.update(f"a{i}" for i in range(len(evaluation.aspects)))
    return names


def validate(
    evaluation: Evaluation, pairs: Iterable[tuple[str, Any]], lang: str
) -> tuple[dict[str, Any] | None, dict[str, str], str]:
    """(answer, values, error): ``answer`` is None when the participant must fix something
    (``error`` says what; ``values`` refills the form). Raises BadForm for tampered posts."""
    allowed = allowed_fields(evaluation)
    values: dict[str, str] = {}
    for name, value in pairs:
        if not isinstance(name, str) or name not in allowed or name in values:
            raise BadForm(name)
        if not isinstance(value, str) or len(value) > MAX_TEXT * 4:
            raise BadForm(name)
        values[name] = value
    ratings: dict[str, int] = {}
    for name, value in values.items():
        if name == "relevance" or (name[:1] in ("b", "g", "a") and name[1:].isdigit()):
            if value == "":
                continue
            if value not in ("1", "2", "3", "4", "5"):
                raise BadForm(name)
            ratings[name] = int(value)
    texts = {name: clean_text(values.get(name, "")) for name in TEXT_FIELDS}
    for name in TEXT_FIELDS:
        values[name] = texts[name]
    if any(len(text) > MAX_TEXT for text in texts.values()):
        return None, values, tr("evaluation.form.too_long", lang, limit=MAX_TEXT)
    if "relevance" not in ratings:
        return None, values, tr("evaluation.form.need_relevance", lang)
    answer = {
        "relevance": ratings["relevance"],
        "blocks": {
            item.key: ratings[f"b{i}"]
            for i, item in enumerate(evaluation.blocks)
            if f"b{i}" in ratings
        },
        "goals": {
            item.key: ratings[f"g{i}"]
            for i, item in enumerate(evaluation.goals)
            if f"g{i}" in ratings
        },
        "aspects": {
            key: ratings[f"a{i}"] for i, key in enumerate(evaluation.aspects) if f"a{i}" in ratings
        },
        **texts,
    }
    return answer, values, ""
