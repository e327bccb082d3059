"""A printable document, said once and rendered as HTML (``page.py``) and as PDF (``pdf/``).

A builder says what a document SAYS: its body as Markdown (user text escaped with ``fmt.md_text``),
the signature lines if it is to be signed, the running header and the footer text. Each output
format decides only how it LOOKS, so a change to the wording or the facts reaches every format.
Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from groupguide.i18n import get_language, t

if TYPE_CHECKING:
    from groupguide.export.context import ExportContext


@dataclass(frozen=True)
class Signature:
    """One signature line: the label under the line and an optional printed name above it."""

    label: str
    name: str = ""


@dataclass(frozen=True)
class Document:
    """One document (a participant's certificate, one gathering's report); starts a new page."""

    markdown: str
    header: tuple[str, str] = ("", "")  # running header: left (the group), right (the person)
    footer: str = ""
    signatures: tuple[Signature, ...] = ()


@dataclass(frozen=True)
class Printable:
    """One output file made of one or more documents (the combined certificates: one each).

    ``stem`` is the file name without its extension (built with ``fmt.safe_name``); the language
    and the page label are fixed when it is built, so rendering later in a thread says the same.
    """

    stem: str
    title: str
    documents: tuple[Document, ...]
    language: str = "nb"
    author: str = ""
    page_label: str = "{page}/{pages}"  # "Side {page} av {pages}"


def running_head(ctx: ExportContext) -> str:
    """The left of every page's header: the group and its term."""
    group = ctx.group
    return " · ".join(part for part in (group.name.strip(), group.term.strip()) if part)


def printable(ctx: ExportContext, stem: str, title: str, documents: list[Document]) -> Printable:
    return Printable(
        stem, title, tuple(documents), get_language(), ctx.group.facilitator, t("export.pdf.page")
    )
