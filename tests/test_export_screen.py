"""The export screen, driven with Pilot: preview, write, overwrite question, folder choice."""

from __future__ import annotations

from textual.widgets import Input, Markdown, OptionList, Static

from groupguide.tui.screens.export import ExportScreen
from tests.tui_helpers import build_app


async def _wait_ready(pilot, screen, tries: int = 100) -> None:
    for _ in range(tries):
        await pilot.pause(0.05)
        if screen.ready:
            return
    raise AssertionError("preview never became ready")


def _files_text(screen) -> str:
    return str(screen.query_one("#export-files", Static).render())


async def _open(data_dir, example_plan, tmp_path, name=None):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    group = store.groups()[0]
    if name is not None:
        group.participants[0].name = name
        store.save_group(group)
    store.save_settings({"export_dir": str(tmp_path / "out")})
    return app, group


async def test_preview_and_write(data_dir, example_plan, tmp_path):
    app, group = await _open(data_dir, example_plan, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = ExportScreen(group.id)
        await app.push_screen(screen)
        await _wait_ready(pilot, screen)
        assert "bekreftelse-kari-nordmann.html" in _files_text(screen)
        assert "bekreftelse-kari-nordmann.pdf" in _files_text(screen)
        markdown = screen.query_one("#export-preview", Markdown)
        assert "Bekreftelse" in markdown.source
        await pilot.press("w")
        for _ in range(400):
            await pilot.pause(0.05)
            if (tmp_path / "out" / "bekreftelse-kari-nordmann.pdf").exists() and not screen.busy:
                break
        written = list((tmp_path / "out").iterdir())
        # 8 certificates and the combined file, each as HTML and as PDF
        assert sorted(p.suffix for p in written) == [".html"] * 9 + [".pdf"] * 9
        assert (tmp_path / "out" / "bekreftelse-kari-nordmann.pdf").read_bytes()[:5] == b"%PDF-"
        assert str(tmp_path / "out") in _files_text(screen)
        assert "bekreftelse-kari-nordmann.html" in _files_text(screen)
        # Again: the files exist, so the screen asks; "no" keeps them.
        (tmp_path / "out" / "bekreftelse-kari-nordmann.html").write_text("mine")
        await pilot.press("w")
        await pilot.pause(0.2)
        assert app.screen.__class__.__name__ == "ConfirmDialog"
        await pilot.press("escape")
        await pilot.pause(0.2)
        assert (tmp_path / "out" / "bekreftelse-kari-nordmann.html").read_text() == "mine"
        await pilot.press("w")
        await pilot.pause(0.2)
        await pilot.press("y")
        for _ in range(400):
            await pilot.pause(0.05)
            if not screen.busy:
                break
        assert "Bekreftelse" in (tmp_path / "out" / "bekreftelse-kari-nordmann.html").read_text()
    app.services.store.close()


async def test_switch_kind_and_folder(data_dir, example_plan, tmp_path):
    app, group = await _open(data_dir, example_plan, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = ExportScreen(group.id)
        await app.push_screen(screen)
        await _wait_ready(pilot, screen)
        kinds = screen.query_one("#export-kinds", OptionList)
        kinds.focus()
        kinds.highlighted = 2  # report
        await pilot.pause(0.1)
        await _wait_ready(pilot, screen)
        assert screen.kind == "report"
        assert screen.query_one("#export-gathering").display
        assert "samlingsrapport-1" in _files_text(screen)
        await pilot.press("o")
        await pilot.pause(0.1)
        app.screen.query_one("#path", Input).value = str(tmp_path / "annen")
        await pilot.press("enter")
        await pilot.pause(0.1)
        await pilot.press("w")
        for _ in range(400):
            await pilot.pause(0.05)
            if (tmp_path / "annen").exists() and not screen.busy:
                break
        assert sorted(p.suffix for p in (tmp_path / "annen").iterdir()) == [
            ".html",
            ".html",
            ".pdf",
            ".pdf",
        ]
        assert app.services.store.settings()["export_dir"] == str(tmp_path / "annen")
    app.services.store.close()


async def test_markup_like_names_are_literal(data_dir, example_plan, tmp_path):
    name = "[@click=app.quit]x [/] <script>"
    app, group = await _open(data_dir, example_plan, tmp_path, name)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = ExportScreen(group.id)
        await app.push_screen(screen)
        await _wait_ready(pilot, screen)
        assert app.is_running
        await pilot.click("#export-preview", offset=(5, 3))
        await pilot.pause(0.1)
        assert app.is_running
    app.services.store.close()


async def test_unwritable_folder_is_reported(data_dir, example_plan, tmp_path):
    app, group = await _open(data_dir, example_plan, tmp_path)
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    app.services.store.save_settings({"export_dir": str(blocker / "sub")})
    async with app.run_test(size=(100, 30)) as pilot:
        screen = ExportScreen(group.id)
        await app.push_screen(screen)
        await _wait_ready(pilot, screen)
        await pilot.press("w")
        for _ in range(50):
            await pilot.pause(0.05)
            if not screen.busy:
                break
        messages = [n.message for n in app._notifications]
        assert any("Kunne ikke skrive" in m for m in messages), messages
        assert app.is_running
    app.services.store.close()
