"""``groupguide run --group NAME --gathering N``: open a gathering directly in run mode.

N is the gathering's 1-based number in the group, or its title. The store is opened like the TUI
does (a second copy refuses politely); a run saved earlier resumes where it was.
"""

from __future__ import annotations

import argparse

from groupguide.i18n import t


def register(subparsers, export_subparsers) -> None:
    run = subparsers.add_parser("run", help=t("run.cli.help"))
    run.add_argument("--group", required=True, metavar=t("cli.metavar.name"))
    run.add_argument("--gathering", required=True, metavar="N", help=t("run.cli.gathering_help"))
    run.set_defaults(handler=cmd_run)


def find_gathering(group, wanted: str):
    """By 1-based number, else by title (exact, then unique prefix), case-insensitive."""
    from groupguide.cli import CliError

    text = wanted.strip()
    if text.isdigit() and 1 <= int(text) <= len(group.gatherings):
        return group.gatherings[int(text) - 1]
    folded = text.casefold()
    exact = [g for g in group.gatherings if g.title.strip().casefold() == folded]
    if len(exact) == 1:
        return exact[0]
    prefix = [g for g in group.gatherings if g.title.strip().casefold().startswith(folded)]
    if folded and len(prefix) == 1:
        return prefix[0]
    names = "; ".join(f"{i}. {g.title}" for i, g in enumerate(group.gatherings, start=1)) or "–"
    raise CliError(t("run.cli.gathering_not_found", wanted=wanted, group=group.name, names=names))


def cmd_run(args: argparse.Namespace) -> int:
    from groupguide.cli import _find_group
    from groupguide.paths import resolve_data_dir
    from groupguide.tui.app import run_app
    from groupguide.tui.screens.run import RunScreen

    def first_screen(store) -> RunScreen:
        group = _find_group(store, args.group)
        return RunScreen(group.id, find_gathering(group, args.gathering).id)

    return run_app(resolve_data_dir(args.data_dir), first_screen=first_screen)


def make_run_app(services, group_id: str, gathering_id: str):
    """The app opening on the run screen (on top of home), as `groupguide run` does."""
    from groupguide.tui.app import make_app
    from groupguide.tui.screens.run import RunScreen

    return make_app(services, RunScreen(group_id, gathering_id))
