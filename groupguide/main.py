"""The program's entry (``groupguide``): the command line's subcommands, or the terminal app.

Above both front doors, so that neither imports the other: ``groupguide.cli`` parses and runs the
scriptable subcommands, ``groupguide.tui`` is the terminal app, started here when no subcommand is
given or for ``run``. ``--demo`` works with every subcommand: it runs on a throwaway data folder
holding the example group, removed afterwards. A ``ServiceError`` (or the CLI's own ``CliError``)
is printed without a traceback and gives its exit code. Everything the command line prints
passes ``cli.safe_output``'s filter: no terminal control character from a name or a file.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
from collections.abc import Sequence

from groupguide.cli.main import parse, run_command
from groupguide.cli.safe_output import clean, filtered_output
from groupguide.paths import resolve_data_dir
from groupguide.services.errors import EXIT_OK, ServiceError


def run_tui(args: argparse.Namespace, demo: bool) -> int:
    # Start-up time: no garbage collection while Textual and the app are loaded and the first
    # screen is built (the app turns it on again once started: ``STARTUP_SECONDS``). Nearly all
    # that is made then lives as long as the app; the ~130 collections that went over it found
    # next to nothing and cost ~15 ms of a --demo start.
    gc.disable()
    try:
        from groupguide.tui.app import run_app

        run_target = (args.group, args.gathering) if getattr(args, "tui", None) == "run" else None
        return run_app(resolve_data_dir(args.data_dir), demo=demo, run=run_target)
    finally:
        gc.enable()


def _dispatch(argv: Sequence[str] | None) -> int:
    with filtered_output():
        args = parse(argv)
    if isinstance(args, int):
        return args
    demo_dir = None
    if args.demo:
        from groupguide.services.demo import prepare_demo

        demo_dir = prepare_demo()
        args.data_dir = str(demo_dir)
    try:
        with filtered_output():  # a name with an ESC sequence never reaches the terminal raw
            code = run_command(args)
        return run_tui(args, demo=args.demo) if code is None else code
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _dispatch(argv)
    except ServiceError as exc:
        print(f"groupguide: {clean(exc.message)}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:  # noqa: BLE001 - the last line: a short message, never a traceback
        return _unexpected_error()


def _unexpected_error() -> int:
    """A bug: where in the code and the kind of error go to a report in the cache folder
    (never a value or the error's message, which may quote a name or a note); the terminal
    gets one short message."""
    from groupguide.fileio import write_crash_report
    from groupguide.i18n import t
    from groupguide.paths import CRASH_REPORT, cache_dir

    path = write_crash_report(cache_dir() / CRASH_REPORT)
    message = t("cli.crash", path=str(path)) if path else t("cli.crash_no_file")
    print(f"groupguide: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
