"""The App: wires the workspace and the screens; the work lives in ``groupguide.services``.

``app.services`` is the ``Workspace`` (every store of the data folder, the library, the clock):
screens read and save through it and the use-case modules beside it, never through the store.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

from groupguide.domain.model import Group
from groupguide.i18n import t
from groupguide.services.errors import ServiceError
from groupguide.services.workspace import Workspace
from groupguide.tui.keys import clash_notice, use_keymap
from groupguide.tui.typed_order import KeysInTypedOrder
from groupguide.tui.widgets.key_commands import KeyCommands

# How long after the app has mounted garbage collection stays off (start-up: ``main.run_tui``):
# long enough for the first screen on a slow machine, short enough to leave nothing to chance.
STARTUP_SECONDS = 2.0


class GroupGuideApp(KeysInTypedOrder, App[int]):
    # The group screen's stylesheet is read with the app's: Textual re-parses every stylesheet
    # read so far (and restyles every widget) when a screen brings a new one, which cost ~10 ms
    # when a group was opened (and --demo opens one at once); parsing the file itself costs ~1 ms.
    CSS_PATH = ["app.tcss", "screens/group.tcss"]
    TITLE = "groupguide"
    # Every screen's own keys are in the command palette too (declared once, shown everywhere).
    COMMANDS = App.COMMANDS | {KeyCommands}
    BINDINGS = [
        Binding("f1", "help", t("tui.help"), id="app.help", tooltip=t("tui.help_tip")),
        Binding("ctrl+q", "quit", t("tui.quit"), id="app.quit", priority=True),
        # declared here so that the footer names it in the app's language ("^p søk")
        Binding(
            "ctrl+p",
            "command_palette",
            t("tui.palette"),
            show=False,
            priority=True,
            tooltip=t("tui.palette_tip"),
            id="app.palette",
        ),
    ]

    def __init__(self, services: Workspace, first_screen: Screen | None = None) -> None:
        super().__init__()
        self.services = services
        self.first_screen = first_screen  # shown on top of home, e.g. `groupguide run`
        self._clashes_shown: set[frozenset[str]] = set()

    def get_default_screen(self) -> Screen:
        # Home is the bottom of the screen stack itself rather than pushed onto an empty default
        # screen: one screen less to mount and lay out before the first paint. (Textual does not
        # load a CSS_PATH of the default screen; home's few styles are in app.tcss.)
        from groupguide.tui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        self.title = t("tui.app.title")
        # The command line starts the app with garbage collection off (``main.run_tui``).
        self.set_timer(STARTUP_SECONDS, gc.enable)
        if self.first_screen is not None:
            self.push_screen(self.first_screen)
        for notice in self.services.notices:
            self.notify(str(notice), severity="warning", timeout=20, markup=False)
        use_keymap(self, self.services.settings.keymap)

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: DOMNode) -> None:
        """Two commands on one key after the user's keymap: say so, once per clash."""
        ids = frozenset(b.id or b.action for b in clashed_bindings)
        if ids not in self._clashes_shown:
            self._clashes_shown.add(ids)
            self.notify(
                clash_notice(clashed_bindings),
                title=t("keys.keymap.title"),
                severity="warning",
                timeout=20,
                markup=False,
            )

    def _fatal_error(self) -> None:
        """An unexpected error ends the app (Textual's rule) with a short message and a report
        in a file, instead of Textual's traceback with the values of its variables on a screen
        that may be projected: those values hold the group, notes and assessments."""
        from rich.text import Text

        self.bell()
        path = self.services.write_crash_report()  # where in the code, never a value
        message = t("tui.crash", path=str(path)) if path else t("tui.crash_no_file")
        self._exit_renderables.append(Text(message))
        self._close_messages_no_wait()

    def action_help(self) -> None:
        from groupguide.tui.dialogs.help import HelpDialog

        if isinstance(self.screen, HelpDialog):
            return
        self.push_screen(HelpDialog(self.screen))

    # -- the command palette, in the app's language -------------------------------------------

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(
                CommandPalette(id="--command-palette", placeholder=t("tui.palette_placeholder"))
            )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand(t("tui.cmd.help"), t("tui.cmd.help_tip"), self.action_help)
        yield SystemCommand(t("tui.cmd.theme"), t("tui.cmd.theme_tip"), self.action_change_theme)
        yield SystemCommand(t("tui.cmd.quit"), t("tui.cmd.quit_tip"), self.action_quit)
        if screen.maximized is not None:
            yield SystemCommand(
                t("tui.cmd.minimize"), t("tui.cmd.minimize_tip"), screen.action_minimize
            )
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(
                t("tui.cmd.maximize"), t("tui.cmd.maximize_tip"), screen.action_maximize
            )
        yield SystemCommand(
            t("tui.cmd.screenshot"),
            t("tui.cmd.screenshot_tip"),
            lambda: self.set_timer(0.1, self.deliver_screenshot),
        )

    # -- store access shared by screens --------------------------------------------------------

    def save_group(self, group: Group) -> bool:
        """Save at once; on failure tell the user and keep running (nothing to 'save' later)."""
        try:
            self.services.save_group(group)
        except Exception as exc:  # noqa: BLE001 - any store failure is shown, never raised
            self.show_store_error(exc)
            return False
        return True

    def show_store_error(self, exc: Exception) -> None:
        message = getattr(exc, "message", None) or t("tui.store_error", reason=str(exc))
        self.notify(message, title=t("tui.not_saved"), severity="error", timeout=20, markup=False)


def make_app(services: Workspace, first_screen: Screen | None = None) -> GroupGuideApp:
    return GroupGuideApp(services, first_screen)


def make_run_app(services: Workspace, group_id: str, gathering_id: str) -> GroupGuideApp:
    """The app opening on the run screen (on top of home), as ``groupguide run`` does."""
    from groupguide.tui.screens.run import RunScreen

    return make_app(services, RunScreen(group_id, gathering_id))


def run_app(data_dir: Path, demo: bool = False, run: tuple[str, str] | None = None) -> int:
    """Open the workspace (refusing politely if another copy has it), run the TUI, close.

    ``run``: (group name or id, gathering number, id or title) to open in run mode on top of
    home; a wrong name raises ``NotFound`` after the workspace is closed."""
    workspace = Workspace(data_dir, demo=demo)
    try:
        workspace.open()
    except ServiceError as exc:
        print(f"groupguide: {exc.message}", file=sys.stderr)
        return 1
    try:
        screen = None
        if run is not None:
            from groupguide.services.lookup import find_gathering, find_group
            from groupguide.tui.screens.run import RunScreen

            group = find_group(workspace, run[0])
            screen = RunScreen(group.id, find_gathering(group, run[1]).id)
        workspace.notices = list(workspace.library.problems) + workspace.notices
        app = make_app(workspace, screen)
        # Start-up time: what is loaded by now (Textual, our modules, the workspace) lives as
        # long as the app. Frozen, it is left out of every garbage collection from here on, which
        # then traverses only what the app makes (one full collection over all of it took
        # ~20 ms of a --demo start).
        gc.freeze()
        result = app.run()
        return app.return_code or result or 0  # 1 after an unexpected error
    finally:
        workspace.close()
