"""Documentation for Kompetanseportalen and for the people around the group: certificates,
attendance sheets, gathering reports, the half-year's close-out, the handout, a calendar,
letters to the individual supervisors before the half-year and summaries for them after it.

Builders are pure (domain objects in, text out, no I/O, no Textual); documents meant for print
are ``Printable``s, written as HTML and/or PDF (``formats.py``); ``write_export`` puts an
``Export`` on disk atomically and never overwrites without ``force``.
"""

from __future__ import annotations

from groupguide.export.context import ExportContext, make_context
from groupguide.export.output import Export, ExportError, ExportExists, ExportFile, write_export

KINDS = (
    "certificates",
    "attendance",
    "report",
    "closeout",
    "handout",
    "ics",
    "letters",
    "supervisors",
)


def build(
    kind: str,
    ctx: ExportContext,
    gatherings: list[int] | None = None,
    evaluations: dict | None = None,
    formats: tuple[str, ...] = ("html",),
) -> Export:
    """Build one kind of export (see ``KINDS``); its printable documents in ``formats``.
    ``gatherings``: only these (1-based numbers), for every kind; None = the whole half-year."""
    from dataclasses import replace

    from groupguide.export.formats import add_files

    if gatherings is not None:
        ctx = replace(ctx, numbers=tuple(gatherings))
    return add_files(_build(kind, ctx, gatherings, evaluations), formats)


def _build(
    kind: str, ctx: ExportContext, gatherings: list[int] | None, evaluations: dict | None
) -> Export:
    if kind == "certificates":
        from groupguide.export.certificates import build_certificates

        return build_certificates(ctx)
    if kind == "attendance":
        from groupguide.export.attendance import build_attendance

        return build_attendance(ctx)
    if kind == "report":
        from groupguide.export.report import build_report

        return build_report(ctx, gatherings, evaluations)
    if kind == "closeout":
        from groupguide.export.closeout import build_closeout

        return build_closeout(ctx, evaluations)
    if kind == "handout":
        from groupguide.export.handout import build_handout

        return build_handout(ctx)
    if kind == "ics":
        from groupguide.export.ics import build_ics

        return build_ics(ctx)
    if kind == "letters":
        from groupguide.export.supervisor_letters import build_letters

        return build_letters(ctx)
    if kind == "supervisors":
        from groupguide.export.supervisors import build_supervisors

        return build_supervisors(ctx)
    raise ValueError(kind)


__all__ = [
    "KINDS",
    "Export",
    "ExportContext",
    "ExportError",
    "ExportExists",
    "ExportFile",
    "build",
    "make_context",
    "write_export",
]
