"""The command line's parser and its scriptable subcommands (the terminal app is started by
``groupguide.main`` when no subcommand is given, or by ``run``).

Exit codes: 0 ok, 1 problems found, 2 wrong usage. A user error never shows a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from groupguide import __version__
from groupguide.fileio import loads_json
from groupguide.i18n import language_from_environment, normalise_language, set_language, t
from groupguide.paths import resolve_data_dir
from groupguide.services.errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, ServiceError

# Modules that add subcommands: each has ``register(subparsers, export_subparsers)``, adding its
# parsers with ``set_defaults(handler=...)``. One line per feature area.
COMMAND_MODULES: tuple[str, ...] = (
    "groupguide.cli.evaluation",
    "groupguide.cli.export",
    "groupguide.cli.run",
)

__all__ = ["EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "CliError", "build_parser", "parse"]


class CliError(ServiceError):
    """A wrong use of the command line (the use cases raise ``ServiceError`` themselves);
    printed without a traceback."""


# argparse's own words, routed through the same catalog as every other text.
_ARGPARSE_TEXTS = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positional",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "show program's version number and exit": "cli.argparse.version",
    "the following arguments are required: %s": "cli.argparse.required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "expected one argument": "cli.argparse.one_argument",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
}


def _argparse_text(message: str) -> str:
    key = _ARGPARSE_TEXTS.get(message)
    return t(key) if key else message


argparse._ = _argparse_text  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own wording, our exit code and prefix
        self.print_usage(sys.stderr)
        print(f"groupguide: {t('cli.usage_error')}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="groupguide", description=t("cli.description"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"groupguide {__version__}",
        help=t("cli.argparse.version"),
    )
    parser.add_argument("--data-dir", metavar="DIR", help=t("cli.opt.data_dir"))
    parser.add_argument("--lang", metavar="nb|en", help=t("cli.opt.lang"))
    parser.add_argument("--demo", action="store_true", help=t("cli.opt.demo"))
    sub = parser.add_subparsers(dest="command", metavar=t("cli.commands"))

    goals = sub.add_parser("goals", help=t("cli.goals.help"))
    goals.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    goals.set_defaults(handler=cmd_goals)

    check = sub.add_parser("check", help=t("cli.check.help"))
    check.add_argument("plan", metavar="PLAN.yaml")
    check.set_defaults(handler=cmd_check)

    imp = sub.add_parser("import", help=t("cli.import.help"))
    imp.add_argument("plan", metavar="PLAN.yaml")
    imp.set_defaults(handler=cmd_import)

    groups = sub.add_parser("groups", help=t("cli.groups.help"))
    groups.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    groups.set_defaults(handler=cmd_groups)

    export = sub.add_parser("export", help=t("cli.export.help"))
    export_sub = export.add_subparsers(dest="what", metavar=t("cli.export.what"), required=True)
    plan = export_sub.add_parser("plan", help=t("cli.export.plan.help"))
    plan.add_argument("--group", required=True, metavar=t("cli.metavar.name"))
    plan.add_argument("--out", required=True, metavar="DIR")
    plan.add_argument("--without-notes", action="store_true", help=t("cli.opt.without_notes"))
    plan.set_defaults(handler=cmd_export_plan)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, export_sub)
    return parser


# -- commands ----------------------------------------------------------------------------------


def cmd_goals(args: argparse.Namespace) -> int:
    library = _library(args)
    if args.json:
        rows = [
            {
                "code": g.code,
                "text": g.text,
                "catalogue": g.catalogue,
                "theme": g.theme,
                "recommended": g.recommended,
                "notes": g.notes,
            }
            for g in library.goals
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(t("cli.goals.heading"))
    theme = None
    for goal in library.goals:
        if goal.theme != theme:
            theme = goal.theme
            print(f"\n{theme}")
        mark = "" if goal.recommended else f" ({t('cli.goals.optional')})"
        print(f"  {goal.code}{mark}: {goal.text}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from groupguide.services.plans import check_plan

    with open_workspace(args, read_only=True) as workspace:  # the settings: a day's length
        result = check_plan(Path(args.plan), _library(args, workspace), workspace.rules)
    for problem in result.problems:
        print(str(problem), file=sys.stderr if problem.is_error else sys.stdout)
    if not result.ok:
        print(t("cli.check.failed", count=len(result.errors)), file=sys.stderr)
        return EXIT_PROBLEMS
    group = result.group
    print(
        t(
            "cli.check.ok",
            name=group.name,
            participants=len(group.participants),
            gatherings=len(group.gatherings),
        )
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from groupguide.services.plans import import_plan

    warnings: list = []
    with open_workspace(args) as workspace:
        _library(args, workspace)
        group, created = import_plan(workspace, Path(args.plan), warnings)
    for warning in warnings:
        print(str(warning))
    print(t("cli.import.created" if created else "cli.import.updated", name=group.name))
    return EXIT_OK


def cmd_groups(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as workspace:
        groups = workspace.groups()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": g.id,
                        "name": g.name,
                        "term": g.term,
                        "participants": len(g.participants),
                        "gatherings": len(g.gatherings),
                        "archived": g.archived,
                    }
                    for g in groups
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not groups:
        print(t("cli.groups.none"))
    for group in groups:
        print(f"{group.name}  ({group.term})  {len(group.participants)}/12")
    return EXIT_OK


def cmd_export_plan(args: argparse.Namespace) -> int:
    from groupguide.services.lookup import find_group
    from groupguide.services.plans import export_plan

    with open_workspace(args, read_only=True) as workspace:
        group = find_group(workspace, args.group)
    target, masked = export_plan(group, Path(args.out), include_notes=not args.without_notes)
    print(t("cli.export.written", path=str(target)))
    if masked:
        print(t("plan.export.masked", count=masked), file=sys.stderr)
    return EXIT_OK


# -- helpers -----------------------------------------------------------------------------------


def data_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(args.data_dir)


def _library(args: argparse.Namespace, workspace=None):
    """The goals and activities, their problems printed (a bad user catalogue is named)."""
    if workspace is None:
        from groupguide.library import Library

        library = Library.load(data_dir(args))
    else:
        library = workspace.library
    for problem in library.problems:
        print(str(problem), file=sys.stderr)
    return library


@contextmanager
def open_workspace(args: argparse.Namespace, read_only: bool = False) -> Iterator:
    """The data folder's workspace, open; its notices printed. ``StorageFailed`` reaches
    ``main`` (printed there, exit code 1)."""
    from groupguide.services.workspace import Workspace

    workspace = Workspace(data_dir(args), read_only=read_only)
    for notice in workspace.open():
        print(str(notice), file=sys.stderr)
    try:
        yield workspace
    finally:
        workspace.close()


def parse(argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The arguments, in the language asked for (``--lang`` first, as the help is translated);
    an exit code when ``--lang`` names no language we have."""
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(language_from_environment())
    explicit = bool(os.environ.get("GROUPGUIDE_LANG"))
    for i, arg in enumerate(argv):
        value = (
            arg.split("=", 1)[1]
            if arg.startswith("--lang=")
            else (argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        )
        if value is not None:
            lang = normalise_language(value)
            if lang is None:
                print(f"groupguide: {t('cli.bad_lang', lang=value)}", file=sys.stderr)
                return EXIT_USAGE
            set_language(lang)
            explicit = True
    args = build_parser().parse_args(argv)
    if not explicit:
        _language_from_settings(args)
    return args


def _language_from_settings(args: argparse.Namespace) -> None:
    """The setting ``language`` when neither ``--lang`` nor ``GROUPGUIDE_LANG`` chose one. A
    settings file that cannot be read is left to the workspace, which reports it on opening."""
    from groupguide.paths import DataPaths
    from groupguide.settings import load_settings

    try:
        raw = loads_json(DataPaths(data_dir(args)).settings.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    language = load_settings(raw)[0].language
    if language:
        set_language(language)


def run_command(args: argparse.Namespace) -> int | None:
    """Run the subcommand; None when there is none (the caller starts the terminal app)."""
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    return handler(args) if handler is not None else None
