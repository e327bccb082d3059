"""``groupguide run --group NAME --gathering N``: open a gathering directly in run mode.

N is the gathering's number in the group (1, 2, …), its id or its title. The terminal app itself
is started by ``groupguide.main`` (the command line never imports it): this module only declares
the command. The data folder is opened like the app does (a second copy refuses politely); a run
saved earlier resumes where it was.
"""

from __future__ import annotations

from groupguide.i18n import t


def register(subparsers, export_subparsers) -> None:
    run = subparsers.add_parser("run", help=t("run.cli.help"))
    run.add_argument("--group", required=True, metavar=t("cli.metavar.name"))
    run.add_argument("--gathering", required=True, metavar="N", help=t("run.cli.gathering_help"))
    run.set_defaults(tui="run")
