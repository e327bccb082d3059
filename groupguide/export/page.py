"""Markdown → a self-contained printable HTML page (A4, print rules, a strict CSP).

Markdown is rendered with markdown-it-py's ``js-default`` preset: raw HTML off, so a ``<script>``
typed anywhere arrives as text. Builders escape user text for Markdown too (``fmt.md_text``); the
few HTML pieces built here directly (signature lines, footer, title) go through ``html.escape``.
The stylesheet is inline and allowed by its hash only; nothing is loaded from anywhere.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from html import escape
from importlib import resources
from string import Template

from markdown_it import MarkdownIt

from groupguide.export.document import Printable
from groupguide.export.fmt import strip_controls
from groupguide.i18n import get_language


@lru_cache(maxsize=1)
def _assets() -> tuple[Template, str, str]:
    folder = resources.files("groupguide.export")
    template = Template(folder.joinpath("page.html").read_text(encoding="utf-8"))
    css = folder.joinpath("page.css").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    return template, css, f"sha256-{digest}"


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("js-default")


def render_markdown(markdown: str) -> str:
    return _markdown().render(markdown)


def signature_html(lines: list[tuple[str, str]]) -> str:
    """Signature lines: (label under the line, name printed above the label)."""
    cells = "".join(
        f'<div class="line"><strong>{escape(strip_controls(name)) or "&nbsp;"}</strong>'
        f"{escape(label)}</div>"
        for label, name in lines
    )
    return f'<div class="signature">{cells}</div>\n'


def footer_html(text: str) -> str:
    return f'<p class="footer">{escape(text)}</p>\n'


def document_html(markdown: str, extra_html: str = "") -> str:
    """One document (a certificate, a report) as a section that starts a new printed page."""
    return f'<section class="document">\n{render_markdown(markdown)}{extra_html}</section>\n'


def page(title: str, sections: list[str], lang: str | None = None) -> str:
    """The whole page around already-built sections (see ``document_html``)."""
    template, css, style_hash = _assets()
    return template.substitute(
        lang=lang or get_language(),
        title=escape(strip_controls(title)),
        css=css,
        style_hash=style_hash,
        body="".join(sections).rstrip("\n"),
    )


def printable_html(printable: Printable) -> str:
    """A ``Printable`` as one HTML page: each document a section, signature lines and footer at
    its end."""
    sections = []
    for document in printable.documents:
        extra = (
            signature_html([(s.label, s.name) for s in document.signatures])
            if document.signatures
            else ""
        )
        if document.footer:
            extra += footer_html(document.footer)
        sections.append(document_html(document.markdown, extra))
    return page(printable.title, sections, printable.language)
