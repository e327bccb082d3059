"""The command line: the TUI by default, plus scriptable subcommands.

Exit codes: 0 ok, 1 problems found, 2 wrong usage. A user error never shows a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from groupguide import __version__
from groupguide.i18n import language_from_environment, normalise_language, set_language, t
from groupguide.paths import builtin_dir, resolve_data_dir

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXAMPLE_PLAN = "example-plan.yaml"

# Modules that add subcommands: each has ``register(subparsers, export_subparsers)``, adding its
# parsers with ``set_defaults(handler=...)``. One line per feature area.
COMMAND_MODULES: tuple[str, ...] = (
    "groupguide.cli_evaluation",
    "groupguide.cli_export",
    "groupguide.cli_run",
)


class CliError(Exception):
    """A user error with a message and an exit code; printed without a traceback."""

    def __init__(self, message: str, code: int = EXIT_PROBLEMS) -> None:
        super().__init__(message)
        self.code = code


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
    parser.add_argument("--version", action="version", version=f"groupguide {__version__}",
                        help=t("cli.argparse.version"))
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
        rows = [{"code": g.code, "text": g.text, "catalogue": g.catalogue, "theme": g.theme,
                 "recommended": g.recommended, "notes": g.notes} for g in library.goals]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    theme = None
    for goal in library.goals:
        if goal.theme != theme:
            theme = goal.theme
            print(f"\n{theme}")
        mark = "" if goal.recommended else f" ({t('cli.goals.optional')})"
        print(f"  {goal.code}{mark}: {goal.text}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from groupguide.plans import read_plan

    library = _library(args)
    result = read_plan(Path(args.plan), library.goals, library.activities)
    for problem in result.problems:
        print(str(problem), file=sys.stderr if problem.is_error else sys.stdout)
    if not result.ok:
        print(t("cli.check.failed", count=len(result.errors)), file=sys.stderr)
        return EXIT_PROBLEMS
    group = result.group
    print(t("cli.check.ok", name=group.name, participants=len(group.participants),
            gatherings=len(group.gatherings)))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    library = _library(args)
    with _open_store(args) as store:
        group, created = import_plan(store, Path(args.plan), library)
    print(t("cli.import.created" if created else "cli.import.updated", name=group.name))
    return EXIT_OK


def import_plan(store, path: Path, library) -> tuple:
    """Validate and store a plan; re-importing a group (same name) updates it in place."""
    from groupguide.plans import merge_imported, read_plan

    result = read_plan(path, library.goals, library.activities)
    if not result.ok:
        raise CliError("\n".join(str(p) for p in result.errors))
    group = result.group
    existing = store.find_group(group.name)
    if existing is not None:
        group = merge_imported(existing, group)
    store.save_group(group)
    return group, existing is None


def cmd_groups(args: argparse.Namespace) -> int:
    with _open_store(args, read_only=True) as store:
        groups = store.groups()
    if args.json:
        print(json.dumps([{"id": g.id, "name": g.name, "term": g.term,
                           "participants": len(g.participants),
                           "gatherings": len(g.gatherings), "archived": g.archived}
                          for g in groups], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not groups:
        print(t("cli.groups.none"))
    for group in groups:
        print(f"{group.name}  ({group.term})  {len(group.participants)}/12")
    return EXIT_OK


def cmd_export_plan(args: argparse.Namespace) -> int:
    from groupguide.export.fmt import safe_name
    from groupguide.fileio import atomic_write_text
    from groupguide.plans import dump_plan

    with _open_store(args, read_only=True) as store:
        group = _find_group(store, args.group)
    out_dir = Path(args.out)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{safe_name(group.name, fallback='gruppe')}.yaml"
        atomic_write_text(target, dump_plan(group, include_notes=not args.without_notes))
    except OSError as exc:
        raise CliError(t("cli.write_failed", path=str(out_dir), reason=exc.strerror or exc)) \
            from None
    print(t("cli.export.written", path=str(target)))
    return EXIT_OK


# -- helpers -----------------------------------------------------------------------------------


def _library(args: argparse.Namespace):
    from groupguide.library import Library

    library = Library.load(resolve_data_dir(args.data_dir))
    for problem in library.problems:
        print(str(problem), file=sys.stderr)
    return library


class _StoreSession:
    def __init__(self, args: argparse.Namespace, read_only: bool) -> None:
        from groupguide.store import Store

        self.store = Store(resolve_data_dir(args.data_dir), read_only=read_only)

    def __enter__(self):
        from groupguide.store import StoreError

        try:
            notices = self.store.open()
        except StoreError as exc:
            raise CliError(exc.message) from None
        for notice in notices:
            print(str(notice), file=sys.stderr)
        return self.store

    def __exit__(self, *exc: object) -> None:
        self.store.close()


def _open_store(args: argparse.Namespace, read_only: bool = False) -> _StoreSession:
    return _StoreSession(args, read_only)


def _find_group(store, name: str):
    group = store.find_group(name)
    if group is None:
        names = ", ".join(g.name for g in store.groups()) or "–"
        raise CliError(t("cli.group_not_found", name=name, names=names))
    return group


DEMO_PREFIX = "groupguide-demo-"


def remove_stale_demos() -> None:
    """Delete demo folders left by a killed demo (their lock is free); a running demo keeps its."""
    import time

    from groupguide.store.lock import DataDirLock

    for folder in Path(tempfile.gettempdir()).glob(f"{DEMO_PREFIX}*"):
        # A folder made in the last minutes may belong to a demo still starting (unlocked
        # between preparing its data and opening the app): leave it.
        try:
            if not folder.is_dir() or time.time() - folder.stat().st_mtime < 600:
                continue
        except OSError:
            continue
        lock = DataDirLock(folder)
        try:
            if not lock.acquire():
                continue
        except OSError:
            continue
        try:
            shutil.rmtree(folder, ignore_errors=True)
        finally:
            lock.release()


def prepare_demo() -> Path:
    """A throwaway data folder loaded with the shipped example plan."""
    from groupguide.library import Library
    from groupguide.store import Store

    remove_stale_demos()
    demo_dir = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
    library = Library.load(None)
    store = Store(demo_dir)
    store.open()
    try:
        import_plan(store, builtin_dir("sessions") / EXAMPLE_PLAN, library)
    finally:
        store.close()
    return demo_dir


def run_tui(args: argparse.Namespace) -> int:
    demo_dir = None
    if args.demo:
        demo_dir = prepare_demo()
        data_dir = demo_dir
    else:
        data_dir = resolve_data_dir(args.data_dir)
    try:
        from groupguide.tui.app import run_app

        return run_app(data_dir, demo=args.demo)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def _dispatch(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(language_from_environment())
    # The language must be known before the parser builds its (translated) help.
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value is not None:
            lang = normalise_language(value)
            if lang is None:
                print(f"groupguide: {t('cli.bad_lang', lang=value)}", file=sys.stderr)
                return EXIT_USAGE
            set_language(lang)
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        return run_tui(args)
    return handler(args)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _dispatch(argv)
    except CliError as exc:
        print(f"groupguide: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
