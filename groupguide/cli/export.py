"""``groupguide export {certificates,attendance,report,handout,ics,letters,supervisors}``: documents for
Kompetanseportalen, the municipality, the participants and their supervisors."""

from __future__ import annotations

import argparse
from pathlib import Path

from groupguide.i18n import t

KINDS = ("certificates", "attendance", "report", "handout", "ics", "letters", "supervisors")
PRINTED = (
    "certificates",
    "report",
    "handout",
    "letters",
    "supervisors",
)  # written as PDF and/or HTML
# PDF alone by default: it is the file a participant uploads to Kompetanseportalen and the
# leader signs; one file per person leaves no doubt which one to send. HTML on request.
FORMATS = {"pdf": ("pdf",), "html": ("html",), "both": ("html", "pdf")}
DEFAULT_FORMAT = "pdf"


def register(subparsers, export_subparsers) -> None:
    for kind in KINDS:
        parser = export_subparsers.add_parser(kind, help=t(f"export.cli.{kind}"))
        parser.add_argument("--group", required=True, metavar=t("cli.metavar.name"))
        parser.add_argument("--gathering", metavar="N", help=t(f"export.cli.opt.gathering.{kind}"))
        parser.add_argument("--out", required=True, metavar="DIR", help=t("export.cli.opt.out"))
        parser.add_argument("--force", action="store_true", help=t("export.cli.opt.force"))
        if kind in PRINTED:
            parser.add_argument(
                "--format",
                choices=tuple(FORMATS),
                default=DEFAULT_FORMAT,
                help=t("export.cli.opt.format"),
            )
        parser.set_defaults(handler=cmd_export, export_kind=kind)


def cmd_export(args: argparse.Namespace) -> int:
    from groupguide.cli.main import EXIT_OK, _library, open_workspace
    from groupguide.services.documents import build_export, write_documents
    from groupguide.services.lookup import find_gathering, find_group

    kind = args.export_kind
    formats = FORMATS[getattr(args, "format", None) or DEFAULT_FORMAT]
    with open_workspace(args, read_only=True) as workspace:
        _library(args, workspace)
        group = find_group(workspace, args.group)
        numbers = None
        if args.gathering is not None:
            gathering = find_gathering(group, args.gathering)
            numbers = [group.gatherings.index(gathering) + 1]
        export = build_export(workspace, group, kind, numbers, formats=formats)
    for note in export.notes:
        print(note)
    if not export.files:
        print(t("export.cli.nothing"))
        return EXIT_OK
    for path in write_documents(Path(args.out), export, force=args.force):
        print(t("cli.export.written", path=str(path)))
    return EXIT_OK
