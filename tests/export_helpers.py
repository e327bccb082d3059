"""Shared helpers for the export tests: the example group with stable ids, a fixed clock, and a
strict HTML well-formedness check."""

from __future__ import annotations

from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

from groupguide.export import make_context
from groupguide.plans import read_plan

FIXED_NOW = datetime(2026, 11, 23, 9, 0)
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


def example_group(library, example_plan: Path):
    result = read_plan(example_plan, library.goals, library.activities)
    assert result.group is not None, [str(p) for p in result.problems]
    group = result.group
    for number, gathering in enumerate(group.gatherings, start=1):
        gathering.id = f"gathering{number}"  # stable UIDs in the calendar golden file
    return group


def context(library, group, organiser=""):
    return make_context(group, library, FIXED_NOW, organiser)


class StrictHTML(HTMLParser):
    """Fails on unbalanced or misnested tags, and records script/link/iframe elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def check_html(text: str) -> StrictHTML:
    assert text.startswith("<!DOCTYPE html>")
    parser = StrictHTML()
    parser.feed(text)
    parser.close()
    assert not parser.errors, parser.errors
    assert not parser.stack, f"unclosed: {parser.stack}"
    for tag in ("script", "iframe", "object", "embed", "link", "img", "a", "form"):
        assert tag not in parser.tags, tag
    return parser
