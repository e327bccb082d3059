"""What the documents screen offers and shows: whom or what each document can be made for and the
formats it comes in (said once, in ``KIND_SCOPES`` and ``FORMAT_CHOICES``) as the choices' options,
and its lines (the files a document makes, the builder's notes, how to open the folder), with
user text literal.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from rich.text import Text
from textual.content import Content
from textual.widgets import Static

from groupguide.domain.model import Group
from groupguide.export import Export
from groupguide.i18n import t

WHOLE = "all"  # the scope "the whole half-year" (a report: every gathering held)
# What each kind can be made for: the whole half-year, one gathering ("g"), one participant
# ("p"). The close-out is the half-year's account only.
KIND_SCOPES = {
    "certificates": ("g", "p"),
    "attendance": ("g",),
    "report": ("g",),
    "closeout": (),
    "handout": ("g",),
    "ics": ("g",),
    "letters": ("g",),
    "supervisors": ("g", "p"),
}
# The formats offered for the printable documents; the others come in one fixed set of files.
FORMAT_CHOICES = {"pdf": ("pdf",), "html": ("html",), "both": ("html", "pdf")}
FIXED_FORMAT = {"attendance": "csv", "ics": "ics"}


def scope_options(kind: str, group: Group) -> list[tuple[Content, str]]:
    """The choices of whom or what a document covers: ``all``, ``g:N``, ``p:<id>``."""
    whole = "export.tui.all_held" if kind == "report" else "documents.tui.whole"
    options = [(Content(t(whole)), WHOLE)]
    if "g" in KIND_SCOPES[kind]:
        options += [
            (Content(f"{n}. {g.title or t('export.gathering_n', n=n)}"), f"g:{n}")
            for n, g in enumerate(group.gatherings, start=1)
        ]
    if "p" in KIND_SCOPES[kind]:
        options += [
            (Content(t("documents.tui.participant", name=p.name)), f"p:{p.id}")
            for p in group.participants
        ]
    return options


def format_options(kind: str) -> list[tuple[Content, str]]:
    if kind in FIXED_FORMAT:
        key = FIXED_FORMAT[kind]
        return [(Content(t(f"documents.tui.format.{key}")), key)]
    return [(Content(t(f"documents.tui.format.{key}")), key) for key in FORMAT_CHOICES]


def open_folder_hint(folder: Path) -> str:
    """The command that opens the folder in the file manager, on this system."""
    if sys.platform == "darwin":
        command = "open"
    elif sys.platform.startswith("win"):
        return t("documents.tui.open_folder", command=f'explorer "{folder}"')
    else:
        command = "xdg-open"
    return t("documents.tui.open_folder", command=f"{command} {shlex.quote(str(folder))}")


def file_lines(names: list[str]) -> list[Static]:
    """One line per document: the file name, with the other formats of the same name beside
    it ("bekreftelse-kari-nordmann.pdf .html"), so 18 files take 9 lines; a name too long for
    the line wraps under itself."""
    stems: dict[str, list[str]] = {}
    for name in names:
        stem, dot, ext = name.rpartition(".")
        stems.setdefault(stem if dot else name, []).append(f".{ext}" if dot else "")
    lines = []
    for stem, extensions in stems.items():
        line = Text(f"{stem}{extensions[0]}")
        if extensions[1:]:
            line.append(" " + " ".join(extensions[1:]), style="bold")
        lines.append(Static(line, classes="file"))
    return lines


def line(text: str, classes: str = "") -> Static:
    return Static(Content(text), classes=classes)


def notes(export: Export) -> list[Static]:
    """The builder's notes (who gets no certificate, identifiers masked …), set apart."""
    return [line(note, "note") for note in export.notes]
