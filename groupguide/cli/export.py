"""``groupguide export {certificates,attendance,report,closeout,handout,ics,letters,supervisors}``:
documents for Kompetanseportalen, the municipality, the participants and their supervisors."""

from __future__ import annotations

import argparse
from pathlib import Path

from groupguide.i18n import t

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
PRINTED = ("certificates", "report", "closeout", "handout", "letters", "supervisors")
WHOLE_HALF_YEAR = ("closeout",)  # no --gathering: it is the whole half-year's account
PER_PARTICIPANT = ("certificates", "supervisors")  # --participant: one person's
# PDF alone by default: it is the file a participant uploads to Kompetanseportalen and the
# leader signs; one file per person leaves no doubt which one to send. HTML on request.
FORMATS = {"pdf": ("pdf",), "html": ("html",), "both": ("html", "pdf")}
DEFAULT_FORMAT = "pdf"


def register(subparsers, export_subparsers) -> None:
    for kind in KINDS:
        parser = export_subparsers.add_parser(kind, help=t(f"export.cli.{kind}"))
        parser.add_argument("--group", required=True, metavar=t("cli.metavar.name"))
        if kind not in WHOLE_HALF_YEAR:
            parser.add_argument(
                "--gathering", metavar="N", help=t(f"export.cli.opt.gathering.{kind}")
            )
        if kind in PER_PARTICIPANT:
            parser.add_argument(
                "--participant",
                metavar=t("cli.metavar.name"),
                help=t(f"documents.cli.opt.participant.{kind}"),
            )
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
    from groupguide.services.lookup import find_gathering, find_group, find_participant

    kind = args.export_kind
    formats = FORMATS[getattr(args, "format", None) or DEFAULT_FORMAT]
    with open_workspace(args, read_only=True) as workspace:
        _library(args, workspace)
        group = find_group(workspace, args.group)
        numbers = people = None
        if getattr(args, "gathering", None) is not None:
            gathering = find_gathering(group, args.gathering)
            numbers = [group.gatherings.index(gathering) + 1]
        if getattr(args, "participant", None) is not None:
            people = [find_participant(group, args.participant).id]
        export = build_export(workspace, group, kind, numbers, formats=formats, people=people)
    for note in export.notes:
        print(note)
    if not export.files:
        print(t("export.cli.nothing"))
        return EXIT_OK
    for path in write_documents(Path(args.out), export, force=args.force):
        print(t("cli.export.written", path=str(path)))
    return EXIT_OK
