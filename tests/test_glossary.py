"""One word for each thing (``groupguide/i18n/glossary.py``): no catalogue text, and no text the
shipped YAML catalogues show, uses a banned variant; plurals are never in brackets; a number's
noun agrees with it; the plural choice itself works."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import yaml

from groupguide.i18n import agree, all_messages, fields, render, set_language, t
from groupguide.i18n.glossary import NOUNS, STYLE_RULES, TERMS
from tests.conftest import REPO

LANGS = ("nb", "en")


def _pattern(fragment: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{fragment})(?![\w])", re.IGNORECASE)


BANNED = {
    lang: [
        (term.concept, fragment, _pattern(fragment))
        for term in TERMS
        for fragment in term.banned(lang)
    ]
    for lang in LANGS
}


def catalogue_texts(lang: str) -> Iterator[tuple[str, str]]:
    index = LANGS.index(lang)
    for key, texts in all_messages().items():
        yield f"catalog {key}", texts[index]


def _activity_texts(lang: str) -> Iterator[tuple[str, str]]:
    suffix = "_en" if lang == "en" else ""
    data = yaml.safe_load((REPO / "sessions" / "activities.yaml").read_text(encoding="utf-8"))
    for activity in data["activities"]:
        where = f"activities.yaml {activity['id']}"
        for name in ("title", "description"):
            if activity.get(name + suffix):
                yield where, activity[name + suffix]
        for measure in activity.get("measures") or []:
            for name in ("title", "unit"):
                if measure.get(name + suffix):
                    yield f"{where} measure {measure['id']}", measure[name + suffix]
        for phase in activity.get("phases") or []:
            pwhere = f"{where} phase {phase['id']}"
            for name in ("title", "description"):
                if phase.get(name + suffix):
                    yield pwhere, phase[name + suffix]
            for name in ("prompts", "guidance"):
                for text in phase.get(name + suffix) or []:
                    yield pwhere, text


def _curricula_texts(lang: str) -> Iterator[tuple[str, str]]:
    """The catalogues' own titles and headings. The goal texts are the regulation's words,
    quoted verbatim (``curricula/SCHEMA.md``): they are not ours to reword."""
    if lang != "nb":
        return
    for path in sorted((REPO / "curricula").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        yield f"{path.name} title", data["catalogue"]["title"]


def _example_plan_texts(lang: str) -> Iterator[tuple[str, str]]:
    if lang != "nb":
        return
    data = yaml.safe_load((REPO / "sessions" / "example-plan.yaml").read_text(encoding="utf-8"))
    for gi, gathering in enumerate(data["gatherings"]):
        yield f"example-plan gathering {gi}", gathering["title"]
        for bi, block in enumerate(gathering.get("blocks") or []):
            if block.get("title"):
                yield f"example-plan gathering {gi} block {bi}", block["title"]


def all_texts(lang: str) -> Iterator[tuple[str, str]]:
    yield from catalogue_texts(lang)
    yield from _activity_texts(lang)
    yield from _curricula_texts(lang)
    yield from _example_plan_texts(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_no_text_uses_a_banned_variant(lang):
    found = []
    for where, text in all_texts(lang):
        for concept, fragment, pattern in BANNED[lang]:
            for match in pattern.finditer(text):
                found.append(f"{where}: «{match.group(0)}» ({concept}: not /{fragment}/)")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", LANGS)
def test_no_plural_in_brackets_and_no_bare_intensifier(lang):
    found = []
    for where, text in all_texts(lang):
        for rule in STYLE_RULES[lang]:
            for match in re.finditer(rule, text):
                found.append(f"{where}: «{match.group(0)}» in {text[:70]!r}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", LANGS)
def test_a_number_chooses_its_noun(lang):
    """``{count} samlinger`` says "1 samlinger" when count is 1: the text must choose."""
    plurals = {plural for singular, plural in NOUNS[lang] if plural != singular}
    number_noun = re.compile(r"\{(\w+)\}\s+(?:\w+\s+)?([\w-]+)")
    found = []
    for where, text in catalogue_texts(lang):
        for match in number_noun.finditer(text):
            if match.group(2).casefold() in plurals:
                found.append(f"{where}: «{match.group(0)}»")
    assert not found, "\n".join(found)


def test_plural_choice():
    assert agree("{count} {count|samling|samlinger}", {"count": 1}) == "{count} samling"
    assert agree("{count} {count|samling|samlinger}", {"count": 3}) == "{count} samlinger"
    assert agree("{count|a|b}", {"count": 0}) == "b"
    assert agree("{count|a|b}", {"count": "1"}) == "a"
    assert agree("{count|a|b}", {}) == "b"  # not given: the plural
    assert render("{n} {n|fil|filer} og {m} {m|lapp|lapper}", {"n": 1, "m": 2}) == (
        "1 fil og 2 lapper"
    )
    assert fields("{count} {count|samling|samlinger} i {year}") == {"count", "year"}


def test_catalogue_texts_choose_by_number():
    set_language("nb")
    try:
        assert t("cli.check.ok", name="x", participants=1, gatherings=1).endswith(
            "1 deltaker, 1 samling."
        )
        assert t("cli.check.ok", name="x", participants=8, gatherings=3).endswith(
            "8 deltakere, 3 samlinger."
        )
        set_language("en")
        assert t("cli.check.ok", name="x", participants=1, gatherings=2).endswith(
            "1 participant, 2 gatherings."
        )
    finally:
        set_language("nb")


def test_every_banned_pattern_compiles_and_the_preferred_word_passes():
    for lang in LANGS:
        for term in TERMS:
            preferred = term.nb if lang == "nb" else term.en
            for fragment in term.banned(lang):
                assert not _pattern(fragment).search(preferred), (term.concept, fragment)
