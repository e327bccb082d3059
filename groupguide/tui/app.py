"""The App: wires services and screens; the work lives in screens and the domain."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from groupguide.domain.model import Group
from groupguide.i18n import t
from groupguide.store.errors import STORE_FAILURES
from groupguide.tui.services import Services
from groupguide.tui.widgets.key_commands import KeyCommands


class GroupGuideApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "groupguide"
    # Every screen's own keys are in the command palette too (declared once, shown everywhere).
    COMMANDS = App.COMMANDS | {KeyCommands}
    BINDINGS = [
        Binding("f1", "help", t("tui.help"), id="app.help", tooltip=t("tui.help_tip")),
        Binding("ctrl+q", "quit", t("tui.quit"), id="app.quit", priority=True),
        # declared here so that the footer names it in the app's language ("^p søk")
        Binding("ctrl+p", "command_palette", t("tui.palette"), show=False, priority=True,
                tooltip=t("tui.palette_tip")),
    ]

    def __init__(self, services: Services, first_screen: Screen | None = None) -> None:
        super().__init__()
        self.services = services
        self.first_screen = first_screen  # shown on top of home, e.g. `groupguide run`

    def get_default_screen(self) -> Screen:
        # Home is the bottom of the screen stack itself rather than pushed onto an empty default
        # screen: one screen less to mount and lay out before the first paint. (Textual does not
        # load a CSS_PATH of the default screen; home's few styles are in app.tcss.)
        from groupguide.tui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        self.title = t("tui.app.title")
        if self.first_screen is not None:
            self.push_screen(self.first_screen)
        for notice in self.services.notices:
            self.notify(str(notice), severity="warning", timeout=20, markup=False)
        if self.services.demo:
            self.notify(t("tui.demo_notice"), timeout=8)

    def action_help(self) -> None:
        from groupguide.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    # -- the command palette, in the app's language -------------------------------------------

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette",
                                            placeholder=t("tui.palette_placeholder")))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand(t("tui.cmd.help"), t("tui.cmd.help_tip"), self.action_help)
        yield SystemCommand(t("tui.cmd.theme"), t("tui.cmd.theme_tip"),
                            self.action_change_theme)
        yield SystemCommand(t("tui.cmd.quit"), t("tui.cmd.quit_tip"), self.action_quit)
        if screen.maximized is not None:
            yield SystemCommand(t("tui.cmd.minimize"), t("tui.cmd.minimize_tip"),
                                screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(t("tui.cmd.maximize"), t("tui.cmd.maximize_tip"),
                                screen.action_maximize)
        yield SystemCommand(t("tui.cmd.screenshot"), t("tui.cmd.screenshot_tip"),
                            lambda: self.set_timer(0.1, self.deliver_screenshot))

    # -- store access shared by screens --------------------------------------------------------

    def save_group(self, group: Group) -> bool:
        """Save at once; on failure tell the user and keep running (nothing to 'save' later)."""
        try:
            self.services.store.save_group(group)
        except STORE_FAILURES as exc:  # shown, never raised
            self.show_store_error(exc)
            return False
        return True

    def show_store_error(self, exc: Exception) -> None:
        message = getattr(exc, "message", None) or t("tui.store_error", reason=str(exc))
        self.notify(message, title=t("tui.not_saved"), severity="error", timeout=20,
                    markup=False)


def make_app(services: Services, first_screen: Screen | None = None) -> GroupGuideApp:
    return GroupGuideApp(services, first_screen)


def run_app(data_dir: Path, demo: bool = False,
            first_screen: Callable[[object], Screen] | None = None) -> int:
    """Open the store (refusing politely if another copy has it), run the TUI, close.

    ``first_screen(store)`` picks a screen to open on top of home; it may raise the CLI's own
    errors (an unknown group, say), which reach the caller after the store is closed."""
    from groupguide.library import Library
    from groupguide.store import Store, StoreError

    store = Store(data_dir)
    try:
        notices = store.open()
    except StoreError as exc:
        print(f"groupguide: {exc.message}", file=sys.stderr)
        return 1
    try:
        screen = first_screen(store) if first_screen is not None else None
        library = Library.load(data_dir)
        services = Services(data_dir=data_dir, store=store, library=library, demo=demo,
                            notices=list(library.problems) + list(notices))
        result = make_app(services, screen).run()
        return result or 0
    finally:
        store.close()
