"""The first screen: every group with its term, size, next gathering and goal coverage."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from groupguide.domain.coverage import coverage
from groupguide.domain.model import Group
from groupguide.domain.upcoming import next_gathering_text
from groupguide.i18n import t
from groupguide.services.errors import ServiceError
from groupguide.tui.keys import FooterOrder, in_typed_order
from groupguide.tui.text import fill, literal
from groupguide.tui.widgets.footer import Footer
from groupguide.tui.widgets.key_commands import KeyCommands

# Start-up time: this is the first screen, so the dialogs, the group screen and the planning
# module are imported where they are first used, not before the first paint.
if TYPE_CHECKING:
    from groupguide.domain.planning import UndoSlot


class HomeScreen(FooterOrder, Screen):
    HELP_KEY = "tui.home.help"
    FOOTER_FIRST = (
        "home.open",
        "home.new",
        "home.import",
        "home.delete",
        "home.rename",
        "home.archive",
        "home.unarchive",
        "app.help",
        "home.undo",
    )
    COMMANDS = {KeyCommands}
    BINDINGS = [
        Binding(
            "enter",
            "open_group",
            t("tui.home.open"),
            id="home.open",
            priority=True,
            tooltip=t("tui.home.open_tip"),
        ),
        Binding("n", "new_group", t("tui.home.new"), id="home.new", tooltip=t("tui.home.new_tip")),
        Binding("r", "rename_group", t("tui.home.rename"), id="home.rename"),
        Binding("a", "archive_group(True)", t("tui.home.archive"), id="home.archive"),
        Binding("a", "archive_group(False)", t("tui.home.unarchive"), id="home.unarchive"),
        Binding("delete,d", "delete_group", t("tui.home.delete"), id="home.delete"),
        Binding("u,ctrl+z", "undo_delete", t("tui.home.undo"), id="home.undo"),
        Binding("i", "import_plan", t("tui.home.import"), id="home.import"),
        Binding("h", "toggle_archived", t("tui.home.show_archived"), id="home.show_archived"),
    ]

    show_archived: reactive[bool] = reactive(False, bindings=True)
    has_selection: reactive[bool] = reactive(False, bindings=True)
    can_undo: reactive[bool] = reactive(False, bindings=True)
    selected_archived: reactive[bool] = reactive(False, bindings=True)

    def __init__(self) -> None:
        super().__init__()
        self._deleted: list[Group] = []  # every delete since start, undone newest first
        self._rows: list[str] = []
        self._archived: set[str] = set()  # ids of the archived groups listed
        self._plan_undo: dict[str, UndoSlot] = {}  # per group: the last delete inside it
        self._shown = False  # resumed (shown) before

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("tui.home.heading"), id="home-heading", classes="heading")
        yield DataTable(id="groups", cursor_type="row", zebra_stripes=True)
        yield Static("", id="home-empty", classes="hint", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = t("tui.app.title")
        self.sub_title = t("tui.home.subtitle")
        table = self.query_one("#groups", DataTable)
        # Text labels: a str label is parsed as Rich markup, which first loads Rich's emoji table.
        table.add_column(Text(t("tui.home.col.name")), key="name")
        table.add_column(Text(t("tui.home.col.term")), key="term")
        table.add_column(Text(t("tui.home.col.participants")), key="participants")
        table.add_column(Text(t("tui.home.col.next")), key="next")
        table.add_column(Text(t("tui.home.col.coverage")), key="coverage")
        if self.app.services.demo:
            # --demo opens its group at once (this list is filled when home is first shown) and
            # says it is a demo on the screen it shows, not first here under it; not when the
            # command line asked for another first screen (`--demo run`), which stays on top
            listed = [g.id for g in self.store.groups() if not g.archived]
            if self.app.first_screen is not None:
                listed = []
            if listed:
                self.open_group(listed[0])
            self.app.notify(t("tui.demo_notice"), timeout=8)
            if listed:
                return
        self.refresh_groups()

    def on_screen_resume(self) -> None:
        # Not on the first showing, which follows on_mount: it has just filled the list (or,
        # with --demo, opened the group on top; the list is filled when home comes back).
        if self._shown and self.is_mounted:
            self.refresh_groups()  # a group screen may have changed counts and coverage
        self._shown = True

    # -- view ------------------------------------------------------------------------------

    @property
    def store(self):
        """The workspace: groups are read and saved through it."""
        return self.app.services

    def refresh_groups(self, select: str | None = None) -> None:
        table = self.query_one("#groups", DataTable)
        current = select or self.selected_id()
        table.clear()
        groups = [g for g in self.store.groups() if self.show_archived or not g.archived]
        self._rows = []
        goals = self.app.services.library.goals
        cap = self.app.services.rules.max_participants
        for group in groups:
            upcoming = self.app.services.next_gathering(group)
            share = coverage(group, goals).planned_share
            name = literal(group.name, "dim" if group.archived else "")
            if group.archived:
                name.append(f"  ({t('tui.home.archived')})", style="italic dim")
            table.add_row(
                name,
                literal(group.term),
                Text(f"{len(group.participants)}/{cap}", justify="right"),
                Text(
                    next_gathering_text(upcoming),
                    style="bold" if upcoming.state == "overdue" else "",
                ),
                Text(
                    f"{round(share * 100)} %", justify="right", style="bold" if share >= 1 else ""
                ),
                key=group.id,
            )
            self._rows.append(group.id)
        if current in self._rows:
            table.move_cursor(row=self._rows.index(current))
        self._archived = {g.id for g in groups if g.archived}
        self._selection_changed()
        empty = self.query_one("#home-empty", Static)
        empty.update("" if self._rows else t("tui.home.empty"))
        empty.display = not self._rows

    def selected_id(self) -> str | None:
        table = self.query_one("#groups", DataTable)
        if not self._rows or table.cursor_row is None or table.cursor_row >= len(self._rows):
            return None
        return self._rows[table.cursor_row]

    def selected_group(self) -> Group | None:
        group_id = self.selected_id()
        return self.store.group(group_id) if group_id else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "archive_group":  # A archives, or brings an archived group back
            if not self.has_selection:
                return None
            return parameters[0] != self.selected_archived if parameters else True
        if action in ("open_group", "rename_group", "delete_group"):
            return True if self.has_selection else None
        if action == "undo_delete":
            return True if self.can_undo else None
        return True

    def watch_show_archived(self) -> None:
        if self.is_mounted:
            self.refresh_groups()

    # -- actions ---------------------------------------------------------------------------

    def open_group(self, group_id: str) -> None:
        from groupguide.domain.planning import UndoSlot
        from groupguide.tui.screens.group import GroupScreen

        undo = self._plan_undo.setdefault(group_id, UndoSlot(group_id))
        self.app.push_screen(GroupScreen(group_id, undo))

    @in_typed_order  # a priority binding: only for the screen on top
    def action_open_group(self) -> None:
        group_id = self.selected_id()
        if group_id is not None:
            self.open_group(group_id)

    @on(DataTable.RowSelected, "#groups")
    def _row_selected(self) -> None:
        self.action_open_group()

    @work
    async def action_new_group(self) -> None:
        from groupguide.tui.dialogs.group_form import GroupFormDialog

        fields = await self.app.push_screen_wait(
            GroupFormDialog(
                t("tui.home.new_title"), taken=lambda name: self.store.find_group(name) is not None
            )
        )
        if fields is None:
            return
        group = Group(
            name=fields.name,
            term=fields.term,
            facilitator=fields.facilitator,
            organiser=fields.organiser,
        )
        if self.app.save_group(group):
            self.refresh_groups(select=group.id)
            self._warn_without_organiser(group)

    @work
    async def action_rename_group(self) -> None:
        from groupguide.tui.dialogs.group_form import GroupFields, GroupFormDialog

        group = self.selected_group()
        if group is None:
            return
        initial = GroupFields(group.name, group.term, group.facilitator, group.organiser)

        def taken(name: str) -> bool:
            other = self.store.find_group(name)
            return other is not None and other.id != group.id

        fields = await self.app.push_screen_wait(
            GroupFormDialog(t("tui.home.rename_title"), initial, taken)
        )
        if fields is None:
            return
        group.name, group.term = fields.name, fields.term
        group.facilitator, group.organiser = fields.facilitator, fields.organiser
        if self.app.save_group(group):
            self.refresh_groups(select=group.id)
            self._warn_without_organiser(group)

    def _warn_without_organiser(self, group: Group) -> None:
        """The plan check's warning, in the app too: certificates would print "Arrangør: –"."""
        if not group.organiser.strip() and not self.app.services.settings.organiser.strip():
            self.notify(t("domain.group.no_organiser"), severity="warning", timeout=12)

    def action_archive_group(self, archive: bool = True) -> None:
        group = self.selected_group()
        if group is None or group.archived == archive:
            return
        group.archived = archive
        if self.app.save_group(group):
            key = "tui.home.archived_done" if group.archived else "tui.home.unarchived_done"
            self.notify(t(key, name=group.name), markup=False)
            self.refresh_groups()

    @work
    async def action_delete_group(self) -> None:
        from groupguide.tui.dialogs.confirm import confirm

        group = self.selected_group()
        if group is None:
            return
        question = fill(t("tui.home.delete_question"), name=group.name)
        if not await confirm(
            self.app,
            question,
            t("tui.home.delete"),
            undoable=True,
            cancelled=t("tui.home.not_deleted", name=group.name),
        ):
            return
        try:
            self._deleted.append(self.store.delete_group(group.id))
        except ServiceError as exc:  # shown, never raised
            self.app.show_store_error(exc)
            return
        self.can_undo = True
        self.notify(t("tui.home.deleted", name=group.name), markup=False)
        self.refresh_groups()

    def action_undo_delete(self) -> None:
        if not self._deleted:
            return
        group = self._deleted.pop()
        if self.app.save_group(group):
            self.notify(t("tui.home.restored", name=group.name), markup=False)
            self.refresh_groups(select=group.id)
        else:
            self._deleted.append(group)  # not restored: U can try again
        self.can_undo = bool(self._deleted)

    def action_toggle_archived(self) -> None:
        self.show_archived = not self.show_archived

    @work
    async def action_import_plan(self) -> None:
        from groupguide.tui.dialogs.path_input import PathDialog

        path = await self.app.push_screen_wait(
            PathDialog(
                t("tui.home.import_title"),
                t("tui.home.import_prompt"),
                placeholder=t("tui.home.import_placeholder"),
            )
        )
        if not path:
            return
        from groupguide.services.errors import PlanInvalid
        from groupguide.services.plans import import_plan

        warnings: list = []
        try:
            group, created = import_plan(self.app.services, Path(path).expanduser(), warnings)
        except PlanInvalid as exc:  # each problem with file, line and field, in a list that scrolls
            from groupguide.tui.dialogs.problems import ProblemsDialog

            self.app.push_screen(ProblemsDialog(t("tui.home.import_failed"), exc.problems))
            return
        except ServiceError as exc:
            self.app.show_store_error(exc)
            return
        key = "cli.import.created" if created else "cli.import.updated"
        self.notify(t(key, name=group.name), markup=False)
        if warnings:  # imported, but what looks like a patient identifier deserves a look
            from groupguide.tui.dialogs.problems import ProblemsDialog

            self.app.push_screen(ProblemsDialog(t("tui.home.import_warnings"), warnings))
        self.refresh_groups(select=group.id)

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.has_selection = bool(self._rows)
        self.selected_archived = self.selected_id() in self._archived
