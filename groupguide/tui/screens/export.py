"""The documents screen: choose a document, whom or what it covers and its format; see the files
it makes (and, a key away, its preview); write them; see what was written where.

What each kind covers and the formats it comes in are said once, in ``KIND_SCOPES`` and
``FORMAT_CHOICES`` (``widgets.export_lines``, with the screen's lines). Building runs in a thread
(``asyncio.to_thread``) and writing too; store calls (the group, settings, the evaluation files)
stay on the event-loop thread.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from markdown_it import MarkdownIt
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import (
    Header,
    Markdown,
    OptionList,
    Select,
    Static,
    TabbedContent,
    TabPane,
)
from textual.widgets.option_list import Option

from groupguide.domain.model import Group
from groupguide.export import Export
from groupguide.i18n import t
from groupguide.services.documents import (
    KINDS,
    default_export_dir,
    existing,
    prepare_export,
    remember_export_dir,
    write_documents,
)
from groupguide.services.errors import ServiceError
from groupguide.tui.dialogs.confirm import confirm
from groupguide.tui.dialogs.path_input import PathDialog
from groupguide.tui.text import fill
from groupguide.tui.widgets.export_lines import (
    FIXED_FORMAT,
    FORMAT_CHOICES,
    WHOLE,
    file_lines,
    format_options,
    line,
    notes,
    open_folder_hint,
    scope_options,
)
from groupguide.tui.widgets.footer import Footer

PREVIEW_DOCUMENTS = 2  # the Markdown widget is slow on many long tables; show the first ones
SEPARATOR = "\n\n---\n\n"


class ExportScreen(Screen):
    CSS_PATH = "export.tcss"
    HELP_KEY = "export.tui.help"
    BINDINGS = [
        Binding("w", "write", t("export.tui.write"), id="export.write"),
        Binding("o", "choose_folder", t("export.tui.choose_folder"), id="export.folder"),
        Binding("v", "toggle_view", t("documents.tui.toggle_view"), id="export.view"),
        Binding("escape", "back", t("export.tui.back"), id="export.back"),
    ]

    kind: reactive[str] = reactive("certificates")
    ready: reactive[bool] = reactive(False, bindings=True)
    busy: reactive[bool] = reactive(False, bindings=True)

    def __init__(self, group_id: str) -> None:
        super().__init__()
        self.group_id = group_id
        self.folder: Path | None = None
        self.export: Export | None = None
        self.scope = WHOLE
        self.format = "pdf"  # of the printable documents; kept while the screen is open

    def compose(self) -> ComposeResult:
        group = self.services.group(self.group_id)
        scopes = scope_options(self.kind, group) if group else [(Content(""), WHOLE)]
        yield Header()
        with Horizontal(id="export-body"):
            with Vertical(id="export-side"):
                yield Static(t("export.tui.kinds"), classes="heading")
                yield OptionList(
                    *[Option(Content(t(f"export.tui.kind.{kind}")), id=kind) for kind in KINDS],
                    id="export-kinds",
                )
                yield Static(t("documents.tui.scope"), classes="label")
                yield Select(
                    scopes, id="export-scope", allow_blank=False, value=WHOLE, compact=True
                )
                yield Static(t("documents.tui.format"), classes="label")
                yield Select(
                    format_options(self.kind),
                    id="export-format",
                    allow_blank=False,
                    value=self.format,
                    compact=True,
                )
                yield Static("", id="export-folder")
            with TabbedContent(id="export-tabs"):
                with TabPane(t("documents.tui.files_tab"), id="files"):
                    with VerticalScroll(id="export-files-scroll"):
                        yield Static("", id="export-about", markup=False)
                        yield Vertical(id="export-files")
                with TabPane(t("documents.tui.preview_tab"), id="preview"):
                    with VerticalScroll(id="export-preview-scroll"):
                        yield Markdown(
                            "",
                            id="export-preview",
                            open_links=False,
                            parser_factory=lambda: MarkdownIt("js-default"),
                        )
        yield Footer()

    # -- setup -------------------------------------------------------------------------------

    @property
    def services(self):
        return self.app.services

    def on_mount(self) -> None:
        group = self.services.group(self.group_id)
        if group is None:
            self.notify(t("export.tui.group_gone"), severity="error")
            self.app.pop_screen()
            return
        self.title = t("export.tui.title")
        self.sub_title = group.name
        self.folder = default_export_dir(self.services)
        self._show_folder()
        self._set_choices(group)
        kinds = self.query_one("#export-kinds", OptionList)
        kinds.highlighted = 0
        kinds.focus()
        self.refresh_preview()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "write":
            ready = self.ready and not self.busy and self.export is not None
            return True if ready and bool(self.export.files) else None
        if action == "choose_folder":
            return None if self.busy else True
        return True

    # -- choices -----------------------------------------------------------------------------

    def _set_choices(self, group: Group) -> None:
        """The scope and format choices of the current kind; a choice still on offer stays."""
        scope = self.query_one("#export-scope", Select)
        options = scope_options(self.kind, group)
        values = [value for _, value in options]
        self.scope = self.scope if self.scope in values else WHOLE
        with self.prevent(Select.Changed):
            scope.set_options(options)
            scope.value = self.scope
        scope.disabled = len(options) == 1
        formats = self.query_one("#export-format", Select)
        options = format_options(self.kind)
        with self.prevent(Select.Changed):
            formats.set_options(options)
            formats.value = options[0][1] if self.kind in FIXED_FORMAT else self.format
        formats.disabled = self.kind in FIXED_FORMAT

    def _show_folder(self) -> None:
        self.query_one("#export-folder", Static).update(
            fill(t("export.tui.folder"), path=str(self.folder))
        )

    async def _show_files(self, lines: list[Static], about: str | None = None) -> None:
        """The files pane: what the kind is (``about``), then ``lines``."""
        if about is not None:
            self.query_one("#export-about", Static).update(Content(about))
        files = self.query_one("#export-files", Vertical)
        await files.remove_children()
        await files.mount_all(lines)

    @on(OptionList.OptionHighlighted, "#export-kinds")
    def _kind_chosen(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != self.kind:
            self.kind = event.option.id

    def watch_kind(self) -> None:
        if self.is_mounted and self.folder is not None:
            group = self.services.group(self.group_id)
            if group is not None:
                self._set_choices(group)
            self.refresh_preview()

    @on(Select.Changed, "#export-scope")
    def _scope_chosen(self, event: Select.Changed) -> None:
        if isinstance(event.value, str) and event.value != self.scope:
            self.scope = event.value
            self.refresh_preview()

    @on(Select.Changed, "#export-format")
    def _format_chosen(self, event: Select.Changed) -> None:
        value = event.value
        if isinstance(value, str) and value in FORMAT_CHOICES and value != self.format:
            self.format = value
            self.refresh_preview()

    # -- building ----------------------------------------------------------------------------

    def _inputs(self):
        """Everything a build needs, read on the loop thread (store and evaluation files)."""
        group = self.services.group(self.group_id)
        if group is None:
            return None
        numbers = people = None
        if self.scope.startswith("g:"):
            numbers = [int(self.scope[2:])]
        elif self.scope.startswith("p:"):
            people = [self.scope[2:]]
        formats = FORMAT_CHOICES[self.format]
        return prepare_export(self.services, group, self.kind, numbers, None, formats, people)

    @work(exclusive=True, group="export-render")
    async def refresh_preview(self) -> None:
        self.ready = False
        self.export = None
        about = t(f"documents.tui.about.{self.kind}")
        await self._show_files([line(t("export.tui.rendering"))], about)
        job = self._inputs()
        if job is None:
            self.notify(t("export.tui.group_gone"), severity="error")
            return
        kind, scope, chosen_format = self.kind, self.scope, self.format
        export = await asyncio.to_thread(job.build)
        if (kind, scope, chosen_format) != (self.kind, self.scope, self.format):
            return
        self.export = export
        heading = t("documents.tui.will_write", count=len(export.files))
        await self._show_files(
            [line(heading), *file_lines([f.name for f in export.files]), *notes(export)]
        )
        # writable as soon as the files are known; the preview is only for reading
        self.ready = True
        documents = export.preview.split(SEPARATOR)
        preview = SEPARATOR.join(documents[:PREVIEW_DOCUMENTS])
        if len(documents) > PREVIEW_DOCUMENTS:
            preview += SEPARATOR + t("export.tui.more", count=len(documents) - PREVIEW_DOCUMENTS)
        await self.query_one("#export-preview", Markdown).update(preview)
        self.query_one("#export-preview-scroll", VerticalScroll).scroll_home(animate=False)

    # -- actions -----------------------------------------------------------------------------

    @work(exclusive=True, group="export-write")
    async def action_write(self) -> None:
        export, folder = self.export, self.folder
        if export is None or not export.files or folder is None or self.busy:
            return
        self.busy = True
        try:
            force = False
            try:
                present = await asyncio.to_thread(existing, folder, export)
            except ServiceError as exc:
                self._failed(exc)
                return
            if present:
                question = fill(
                    t("export.tui.overwrite_question", count=len(present)), path=str(folder)
                )
                if not await confirm(
                    self.app,
                    question,
                    t("export.tui.overwrite"),
                    cancelled=t("export.tui.not_overwritten"),
                ):
                    return
                force = True
            try:
                written = await asyncio.to_thread(write_documents, folder, export, force)
            except ServiceError as exc:
                self._failed(exc)
                return
            await self._show_written(folder, written)
            self.notify(t("export.tui.written", count=len(written), path=str(folder)), markup=False)
            self._remember_folder(folder)
        finally:
            self.busy = False

    async def _show_written(self, folder: Path, written: list[Path]) -> None:
        """What was written where: the folder, the files, how to open the folder."""
        lines = [line(t("documents.tui.written", count=len(written)))]
        lines.append(Static(Content(str(folder)), classes="folder"))
        lines += file_lines([path.name for path in written])
        lines.append(line(open_folder_hint(folder), "open-folder"))
        await self._show_files(lines)
        self.query_one("#export-tabs", TabbedContent).active = "files"

    def _failed(self, exc: ServiceError) -> None:
        self.notify(
            exc.message, title=t("export.tui.failed"), severity="error", timeout=20, markup=False
        )

    def _remember_folder(self, folder: Path) -> None:
        try:
            remember_export_dir(self.services, folder)
        except ServiceError as exc:  # a remembered folder is a convenience only
            self.app.show_store_error(exc)

    @work(exclusive=True, group="export-folder")
    async def action_choose_folder(self) -> None:
        answer = await self.app.push_screen_wait(
            PathDialog(
                t("export.tui.folder_title"), t("export.tui.folder_prompt"), str(self.folder or "")
            )
        )
        if not answer:
            return
        self.folder = Path(answer).expanduser()
        self._show_folder()
        self.refresh_bindings()

    def action_toggle_view(self) -> None:
        tabs = self.query_one("#export-tabs", TabbedContent)
        tabs.active = "preview" if tabs.active == "files" else "files"

    def action_back(self) -> None:
        self.app.pop_screen()
