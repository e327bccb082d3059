"""The export screen: choose a document, see its preview, write the files, see where they went.

Building the documents runs in a thread (``asyncio.to_thread``) and writing too; store calls
(the group, settings, the evaluation files) stay on the event-loop thread.
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
from textual.widgets import Header, Markdown, OptionList, Select, Static
from textual.widgets.option_list import Option

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
from groupguide.tui.widgets.footer import Footer

PREVIEW_DOCUMENTS = 2  # the Markdown widget is slow on many long tables; show the first ones
SEPARATOR = "\n\n---\n\n"
ALL_HELD = 0
# printable documents are written both ways here: the PDF to upload and sign, the HTML to open
# in a browser (a choice of format on this screen comes with the documents screen's redesign)
FORMATS = ("html", "pdf")


class ExportScreen(Screen):
    CSS_PATH = "export.tcss"
    HELP_KEY = "export.tui.help"
    BINDINGS = [
        Binding("w", "write", t("export.tui.write"), id="export.write"),
        Binding("o", "choose_folder", t("export.tui.choose_folder"), id="export.folder"),
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
        self.gathering_number = ALL_HELD

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="export-body"):
            with Vertical(id="export-side"):
                yield Static(t("export.tui.kinds"), classes="heading")
                yield OptionList(
                    *[Option(Content(t(f"export.tui.kind.{kind}")), id=kind) for kind in KINDS],
                    id="export-kinds",
                )
                yield Static(t("export.tui.gathering"), id="export-gathering-label")
                yield Select(
                    [(Content(t("export.tui.all_held")), ALL_HELD)],
                    id="export-gathering",
                    allow_blank=False,
                    value=ALL_HELD,
                )
                yield Static("", id="export-folder")
            with Vertical(id="export-main"):
                yield Static("", id="export-files", markup=False)
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
        options = [(Content(t("export.tui.all_held")), ALL_HELD)]
        options += [
            (Content(f"{n}. {g.title or t('export.gathering_n', n=n)}"), n)
            for n, g in enumerate(group.gatherings, start=1)
        ]
        select = self.query_one("#export-gathering", Select)
        select.set_options(options)
        select.value = ALL_HELD
        self.query_one("#export-kinds", OptionList).highlighted = 0
        self.query_one("#export-kinds", OptionList).focus()
        self._show_gathering_choice()
        self.refresh_preview()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "write":
            return (
                True
                if self.ready
                and not self.busy
                and self.export is not None
                and bool(self.export.files)
                else None
            )
        if action == "choose_folder":
            return None if self.busy else True
        return True

    # -- view --------------------------------------------------------------------------------

    def _show_folder(self) -> None:
        self.query_one("#export-folder", Static).update(
            fill(t("export.tui.folder"), path=str(self.folder))
        )

    def _show_gathering_choice(self) -> None:
        show = self.kind == "report"
        self.query_one("#export-gathering", Select).display = show
        self.query_one("#export-gathering-label", Static).display = show

    def _show_files(self, lines: list[str]) -> None:
        self.query_one("#export-files", Static).update(Content("\n".join(lines)))

    @on(OptionList.OptionHighlighted, "#export-kinds")
    def _kind_chosen(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != self.kind:
            self.kind = event.option.id

    def watch_kind(self) -> None:
        if self.is_mounted and self.folder is not None:
            self._show_gathering_choice()
            self.refresh_preview()

    @on(Select.Changed, "#export-gathering")
    def _gathering_chosen(self, event: Select.Changed) -> None:
        value = event.value if isinstance(event.value, int) else ALL_HELD
        if value != self.gathering_number:
            self.gathering_number = value
            if self.kind == "report":
                self.refresh_preview()

    # -- building ----------------------------------------------------------------------------

    def _inputs(self):
        """Everything a build needs, read on the loop thread (store and evaluation files)."""
        group = self.services.group(self.group_id)
        if group is None:
            return None
        numbers = None if self.gathering_number == ALL_HELD else [self.gathering_number]
        return prepare_export(self.services, group, self.kind, numbers, formats=FORMATS)

    @work(exclusive=True, group="export-render")
    async def refresh_preview(self) -> None:
        self.ready = False
        self.export = None
        self._show_files([t("export.tui.rendering")])
        job = self._inputs()
        if job is None:
            self.notify(t("export.tui.group_gone"), severity="error")
            return
        kind = self.kind
        export = await asyncio.to_thread(job.build)
        if kind != self.kind:
            return
        self.export = export
        documents = export.preview.split(SEPARATOR)
        preview = SEPARATOR.join(documents[:PREVIEW_DOCUMENTS])
        if len(documents) > PREVIEW_DOCUMENTS:
            preview += SEPARATOR + t("export.tui.more", count=len(documents) - PREVIEW_DOCUMENTS)
        lines = [t("export.tui.files", count=len(export.files))]
        lines += [f"  {f.name}" for f in export.files]
        lines += export.notes
        self._show_files(lines)
        # writable as soon as the files are known; the preview below is only for reading
        self.ready = True
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
            self._show_files(
                [t("export.tui.written_list", path=str(folder))] + [f"  {p.name}" for p in written]
            )
            self.notify(t("export.tui.written", count=len(written), path=str(folder)), markup=False)
            self._remember_folder(folder)
        finally:
            self.busy = False

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

    def action_back(self) -> None:
        self.app.pop_screen()
