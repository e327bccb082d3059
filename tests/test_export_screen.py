"""The documents screen, driven with Pilot: the files a choice makes (kind, scope, format),
write, what was written where, the overwrite question, folder choice, the preview."""

from __future__ import annotations

from textual.widgets import Input, Markdown, OptionList, Select, TabbedContent
from textual.widgets._select import SelectOverlay

from groupguide.tui.screens.export import ExportScreen
from tests.tui_helpers import build_app


async def _wait_ready(pilot, screen, tries: int = 100) -> None:
    for _ in range(tries):
        await pilot.pause(0.05)
        if screen.ready:
            return
    raise AssertionError("preview never became ready")


def _files_text(screen) -> str:
    return "\n".join(str(line.render()) for line in screen.query("#export-files Static"))


async def _choose(pilot, screen, select_id: str, value: str) -> None:
    screen.query_one(select_id, Select).value = value
    await pilot.pause(0.1)
    await _wait_ready(pilot, screen)


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
        # PDF by default: the certificates to sign and upload, one per line
        assert "9 filer blir skrevet:" in _files_text(screen)
        assert "bekreftelse-kari-nordmann.pdf" in _files_text(screen)
        assert ".html" not in _files_text(screen)
        markdown = screen.query_one("#export-preview", Markdown)
        assert "Bekreftelse" in markdown.source
        await pilot.press("w")
        out = tmp_path / "out"
        for _ in range(400):
            await pilot.pause(0.05)
            if (out / "bekreftelse-kari-nordmann.pdf").exists() and not screen.busy:
                break
        written = list(out.iterdir())
        assert sorted(p.suffix for p in written) == [".pdf"] * 9  # 8 and the combined file
        assert (out / "bekreftelse-kari-nordmann.pdf").read_bytes()[:5] == b"%PDF-"
        # what was written where, and how to open the folder
        shown = _files_text(screen)
        assert "Skrev 9 filer i mappen" in shown and str(out) in shown
        assert "bekreftelse-kari-nordmann.pdf" in shown and "xdg-open" in shown
        # Again, both formats: the PDFs exist, so the screen asks; "no" keeps them.
        await _choose(pilot, screen, "#export-format", "both")
        assert "bekreftelse-kari-nordmann.pdf .html" in _files_text(screen)
        (out / "bekreftelse-kari-nordmann.pdf").write_text("mine")
        await pilot.press("w")
        await pilot.pause(0.2)
        assert app.screen.__class__.__name__ == "ConfirmDialog"
        await pilot.press("escape")
        await pilot.pause(0.2)
        assert (out / "bekreftelse-kari-nordmann.pdf").read_text() == "mine"
        assert not (out / "bekreftelse-kari-nordmann.html").exists()
        await pilot.press("w")
        await pilot.pause(0.2)
        await pilot.press("y")
        for _ in range(400):
            await pilot.pause(0.05)
            if not screen.busy:
                break
        assert "Bekreftelse" in (out / "bekreftelse-kari-nordmann.html").read_text()
        assert (out / "bekreftelse-kari-nordmann.pdf").read_bytes()[:5] == b"%PDF-"
        assert "Skrev 18 filer i mappen" in _files_text(screen)
    app.services.store.close()


async def test_each_kind_offers_what_fits_it(data_dir, example_plan, tmp_path):
    app, group = await _open(data_dir, example_plan, tmp_path)
    kari = group.participants[0]
    async with app.run_test(size=(80, 24)) as pilot:
        screen = ExportScreen(group.id)
        await app.push_screen(screen)
        await _wait_ready(pilot, screen)
        scope = screen.query_one("#export-scope", Select)
        formats = screen.query_one("#export-format", Select)
        # one participant's certificate: that file alone, no combined one
        await _choose(pilot, screen, "#export-scope", f"p:{kari.id}")
        assert "1 fil blir skrevet:" in _files_text(screen)
        assert "bekreftelse-kari-nordmann.pdf" in _files_text(screen)
        # the attendance sheet has no participant choice (back to the half-year), no format
        kinds = screen.query_one("#export-kinds", OptionList)
        kinds.highlighted = 1
        await pilot.pause(0.1)
        await _wait_ready(pilot, screen)
        assert screen.kind == "attendance" and scope.value == "all"
        assert formats.disabled and formats.value == "csv"
        assert "oppmote-lis1-vestland-host-2026.csv .json" in _files_text(screen)
        await _choose(pilot, screen, "#export-scope", "g:2")
        assert screen.scope == "g:2"
        # a gathering chosen stays chosen for the report
        kinds.highlighted = 2
        await pilot.pause(0.1)
        await _wait_ready(pilot, screen)
        assert scope.value == "g:2" and not formats.disabled and formats.value == "pdf"
        assert _files_text(screen).count("samlingsrapport-") == 1
        assert "samlingsrapport-2-samling-2" in _files_text(screen)
        # the close-out is the whole half-year's, its matrix as CSV besides
        kinds.highlighted = 3
        await pilot.pause(0.1)
        await _wait_ready(pilot, screen)
        assert screen.kind == "closeout" and scope.value == "all" and scope.disabled
        text = _files_text(screen)
        assert "sluttrapport-lis1-vestland-host-2026.pdf" in text
        assert "sluttrapport-oppmote-lis1-vestland-host-2026.csv" in text
        assert (
            "Sluttrapport for halvåret (foreløpig)"
            in screen.query_one("#export-preview", Markdown).source
        )
        # the preview is a key away, and back
        tabs = screen.query_one("#export-tabs", TabbedContent)
        await pilot.press("v")
        assert tabs.active == "preview"
        await pilot.press("v")
        assert tabs.active == "files"
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
        assert sorted(p.suffix for p in (tmp_path / "annen").iterdir()) == [".pdf", ".pdf"]
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
        assert "bekreftelse-click-app-quit-x-script.pdf" in _files_text(screen)
        # the scope offers the participant by the name as typed, as text
        await pilot.click("#export-scope")
        await pilot.pause(0.2)
        assert app.is_running
        overlay = screen.query_one(SelectOverlay)
        prompts = [str(overlay.get_option_at_index(i).prompt) for i in range(overlay.option_count)]
        assert f"Deltaker: {name}" in prompts
        await pilot.press("escape")
        await pilot.press("v")
        await pilot.pause(0.1)
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


async def test_every_kind_can_be_chosen_with_the_keyboard(data_dir, example_plan, tmp_path):
    """Down through the whole list: each document kind shows what it will write (the letters
    to the individual supervisors used to end the app with a KeyError)."""
    from groupguide.export import KINDS
    from groupguide.tui.widgets.export_lines import KIND_SCOPES

    assert set(KIND_SCOPES) == set(KINDS)
    app, group = await _open(data_dir, example_plan, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = ExportScreen(group.id)
        await app.push_screen(screen)
        await _wait_ready(pilot, screen)
        screen.query_one("#export-kinds", OptionList).focus()
        seen = [screen.kind]
        for _ in range(len(KINDS) - 1):
            await pilot.press("down")
            await pilot.pause(0.1)
            await _wait_ready(pilot, screen)
            seen.append(screen.kind)
            assert "blir skrevet" in _files_text(screen), screen.kind
        assert sorted(seen) == sorted(KINDS)
        assert app.screen is screen
    app.services.store.close()
