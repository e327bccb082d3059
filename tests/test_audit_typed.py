"""A participant's audit figure typed by the leader in run mode, on a screen the room may see:
hidden while typed (the same row of dots whatever its length), shown only on request for a few
seconds, and repeated nowhere afterwards (follow-up of issue 15)."""

from __future__ import annotations

import re

from textual.widgets import Button, Input, Static

from groupguide.tui.dialogs.hidden_input import MASK, HiddenInput
from groupguide.tui.dialogs.run_input import RunInputDialog
from tests.test_run_screen import SIZE, _app

FORMS = ("12,5", "12.5")


def screen_text(app) -> str:
    """Everything the terminal shows now, as text (the SVG's characters, spaces unescaped)."""
    svg = app.export_screenshot()
    return re.sub(r"<[^>]+>", "", svg.replace("&#160;", " "))


async def _open_figure_dialog(app, pilot) -> RunInputDialog:
    screen = app.screen  # gathering 1 is held: go back to its audit block (index 6)
    while screen.state.index > 6:
        await pilot.press("b")
    await pilot.pause()
    assert screen.has_class("-kind-audit")
    await pilot.press("1")
    await pilot.pause()
    assert isinstance(app.screen, RunInputDialog)
    return app.screen


async def test_a_typed_figure_is_hidden_and_shown_only_on_request(data_dir, example_plan):
    app, _store, _group, _gathering, _clock = _app(data_dir, example_plan, gathering_number=1)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        run = app.screen
        dialog = await _open_figure_dialog(app, pilot)
        field = dialog.query_one(HiddenInput)
        hint = dialog.query_one("#run-input-hint", Static)
        assert "Ctrl+R viser det i noen sekunder" in str(hint.render())
        await pilot.press(*"4")
        await pilot.pause()
        short = field.render_line(0).text
        await pilot.press(*"2,5")  # now "42,5": the same dots, however many were typed
        await pilot.pause()
        assert field.value == "42,5"
        assert field.render_line(0).text == short and MASK in short
        shown = screen_text(app)
        assert "42,5" not in shown and "42.5" not in shown and "••••••" in shown
        # Ctrl+R shows it, so that the leader can check it before saving ...
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert not field.hidden and "42,5" in field.render_line(0).text
        assert "skjules igjen om noen sekunder" in str(hint.render())
        assert str(dialog.query_one("#reveal", Button).label) == "Skjul tallet"
        # ... and it hides again by itself (the timer's callback) or with Ctrl+R
        dialog.hide_value()
        await pilot.pause()
        assert field.hidden and "42,5" not in screen_text(app)
        await pilot.press("ctrl+r", "ctrl+r")
        await pilot.pause()
        assert field.hidden and dialog._hide_timer is None
        # the Show button does the same and gives the field its focus back
        await pilot.click("#reveal")
        await pilot.pause()
        assert not field.hidden and field.has_focus
        await pilot.press("ctrl+r")
        # a typo fixed while hidden: the error line never repeats what was typed
        await pilot.press("backspace", "backspace", "backspace", "backspace", *"4x2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, RunInputDialog)
        error = str(dialog.query_one("#run-input-error", Static).render())
        assert "Skriv et tall" in error and "4x2" not in screen_text(app)
        await pilot.press("backspace", "backspace", "backspace", *"12,5", "enter")
        await pilot.pause()
        assert app.screen is run
        assert run.session.figures("sick_leave") == [12.5]
        # afterwards: the notice gives the count, and nothing on the screen names the figure
        notices = [str(n.message) for n in app._notifications]
        assert any("Tallet er tatt imot (1 tall)" in n for n in notices)
        assert not [n for n in notices for form in FORMS if form in n]
        after = screen_text(app)
        assert not [form for form in FORMS if form in after]
        assert "1 tall mottatt" in str(run.query_one("#run-audit").render())


async def test_a_removal_is_hidden_too_and_a_missing_figure_not_named(data_dir, example_plan):
    app, _store, _group, _gathering, _clock = _app(data_dir, example_plan, gathering_number=1)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        run = app.screen
        await _open_figure_dialog(app, pilot)
        await pilot.press(*"17,3", "enter")
        await pilot.pause()
        dialog = await _open_figure_dialog(app, pilot)
        await pilot.press(*"-17,4")
        await pilot.pause()
        assert "17,4" not in screen_text(app) and "-" not in dialog.query_one(
            HiddenInput
        ).render_line(0).text.replace("•", "")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is run and run.session.figures("sick_leave") == [17.3]
        notices = " ".join(str(n.message) for n in app._notifications)
        assert "finnes ikke i listen" in notices and "17,4" not in notices and "17,3" not in notices
        await _open_figure_dialog(app, pilot)
        await pilot.press(*"-17,3", "enter")
        await pilot.pause()
        assert run.session.figures("sick_leave") == []
        assert "17,3" not in screen_text(app)


async def test_a_clock_time_question_is_not_hidden():
    """The same dialog asks for clock times and counts: those are no one's secret."""
    from textual.app import App

    class Host(App):
        pass

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(RunInputDialog("Start", "Klokkeslett", lambda text: text, "Feil", "09:15"))
        await pilot.pause()
        dialog = app.screen
        field = dialog.query_one(Input)
        assert not isinstance(field, HiddenInput) and "09:15" in field.render_line(0).text
        assert not dialog.query("#reveal") and not dialog.query("#run-input-hint")
        assert dialog.check_action("reveal", ()) is False
        await pilot.press("ctrl+r")  # bound to nothing here
        await pilot.pause()
        assert "09:15" in field.render_line(0).text
