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
    from groupguide.cli import CliError, _find_group
    from groupguide.library import Library
    from groupguide.paths import resolve_data_dir
    from groupguide.store import Store, StoreError

    data_dir = resolve_data_dir(args.data_dir)
    store = Store(data_dir)
    try:
        notices = store.open()
    except StoreError as exc:
        raise CliError(exc.message) from None
    try:
        group = _find_group(store, args.group)
        gathering = find_gathering(group, args.gathering)
        library = Library.load(data_dir)
        return run_gathering(data_dir, store, library, group.id, gathering.id,
                             notices=list(library.problems) + list(notices))
    finally:
        store.close()


def run_gathering(data_dir, store, library, group_id: str, gathering_id: str,
                  notices=(), clock=None) -> int:
    """Run the TUI with the run screen on top of the home screen."""
    from groupguide.tui.services import Services

    services = Services(data_dir=data_dir, store=store, library=library, notices=list(notices))
    if clock is not None:
        services.clock = clock
    app = make_run_app(services, group_id, gathering_id)
    return app.run() or 0


def make_run_app(services, group_id: str, gathering_id: str):
    """A GroupGuideApp that opens the run screen right after its own start."""
    from pathlib import Path

    from groupguide.tui import app as app_module
    from groupguide.tui.app import GroupGuideApp
    from groupguide.tui.screens.run import RunScreen

    class RunApp(GroupGuideApp):
        # CSS_PATH is relative to the module defining the class: point at the app's own file.
        CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

        def on_mount(self) -> None:
            # Textual also calls GroupGuideApp.on_mount (it pushes the home screen); the run
            # screen goes on top of it once that is done.
            self.call_later(self.push_screen, RunScreen(group_id, gathering_id))

    return RunApp(services)
