"""What a new user found in the dialogs, each pinned by a test that failed before the fix."""

from __future__ import annotations

from textual.widgets import Button, DataTable, Static

from groupguide.tui.dialogs.confirm import ConfirmDialog
from tests.tui_helpers import build_app


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


async def _participants_tab(pilot) -> DataTable:
    await pilot.pause()
    await pilot.press("enter", "1")
    await pilot.pause()
    return pilot.app.screen.query_one("#participants-table", DataTable)


# -- confirm dialogs -------------------------------------------------------------------------------


async def test_delete_with_the_keyboard_enter_confirms_an_undoable_delete(data_dir, example_plan):
    """Delete, then Enter: the participant is removed (Enter used to press Avbryt, silently)."""
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _participants_tab(pilot)
        before = table.row_count
        await pilot.press("down", "delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert app.screen.focused.id == "yes"
        assert str(app.screen.query_one("#yes", Button).label) == "Fjern"
        keys = str(app.screen.query_one("#keys", Static).render())
        assert "Enter: Fjern" in keys and "Esc: avbryt" in keys
        await pilot.press("enter")
        await pilot.pause()
        assert table.row_count == before - 1
        assert any("Ola Hansen" in n and "slettet" in n for n in notifications(app))
    app.services.store.close()


async def test_arrows_and_tab_move_between_the_buttons_and_the_hint_follows(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _participants_tab(pilot)
        before = table.row_count
        await pilot.press("down", "delete")
        await pilot.pause()
        dialog = app.screen
        await pilot.press("right")
        assert dialog.focused.id == "no"
        await pilot.pause()
        assert "Enter: Avbryt" in str(dialog.query_one("#keys", Static).render())
        await pilot.press("left")
        assert dialog.focused.id == "yes"
        await pilot.press("tab")
        assert dialog.focused.id == "no"
        await pilot.press("enter")  # Avbryt, chosen on purpose: nothing removed, and it says so
        await pilot.pause()
        assert table.row_count == before
        assert "Avbrutt: «Ola Hansen» er ikke fjernet." in notifications(app)
    app.services.store.close()


async def test_escape_cancels_a_delete_and_says_so(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.services.store.groups()) == 1
        assert any(n.startswith("Avbrutt:") and "ikke slettet" in n for n in notifications(app))
    app.services.store.close()


async def test_an_action_that_cannot_be_undone_keeps_the_focus_on_cancel(data_dir):
    """Overwriting files or closing an evaluation early: Enter cancels, and the dialog says so."""
    app = build_app(data_dir)
    results: list[bool] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ConfirmDialog("Overskrive 3 filer?", "Overskriv"), results.append)
        await pilot.pause()
        assert app.screen.focused.id == "no"
        assert "Enter: Avbryt" in str(app.screen.query_one("#keys", Static).render())
        await pilot.press("enter")
        await pilot.pause()
        app.push_screen(ConfirmDialog("Overskrive 3 filer?", "Overskriv"), results.append)
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
    assert results == [False, True]
    app.services.store.close()


# -- a plan file with problems -----------------------------------------------------------------

BROKEN_PLAN = """\
group:
  name: Testgruppe
  term: 2027 vår
  facilitator: Eva
participants:
  - name: Kari
  - name: Kari
  - email: x@y.no
gatherings:
  - title: Samling 1
    date: 2027-02-30
    blocks:
      - activity: kasuistikk
        minutes: -5
      - activity: finnes-ikke
        minutes: 30
        goals: [LM-999]
      - activity: buzz
        minutes: lots
"""


async def _import(pilot, path) -> None:
    await pilot.pause()
    await pilot.press("i")
    await pilot.pause()
    pilot.app.screen.query_one("#path").value = str(path)
    await pilot.press("enter")
    await pilot.pause()


async def test_import_problems_are_listed_in_a_dialog_that_scrolls(data_dir, tmp_path):
    """Each problem with its line and field, in file order, in a list that scrolls; Esc
    closes it and nothing was imported (it used to be one screen-high toast)."""
    from textual.containers import VerticalScroll

    from groupguide.tui.dialogs.problems import ProblemsDialog

    plan = tmp_path / "broken.yaml"
    plan.write_text(BROKEN_PLAN, encoding="utf-8")
    app = build_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await _import(pilot, plan)
        assert isinstance(app.screen, ProblemsDialog)
        assert not app._notifications
        rows = [str(s.render()) for s in app.screen.query(".problem")]
        assert len(rows) == 9
        assert rows[0].startswith("feil  linje 7 · participants[1].name")
        assert "«2027-02-30» er ikke en dato" in rows[3]
        assert "linje 19 · gatherings[0].blocks[2].minutes" in rows[-1]
        heading = str(app.screen.query_one(".dialog-text").render())
        assert "9 problemer i broken.yaml" in heading
        scroll = app.screen.query_one("#problems", VerticalScroll)
        assert app.screen.focused is scroll and scroll.max_scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        dialog_box = app.screen.query_one(".dialog").region
        assert app.screen.query_one("#close").region.bottom <= dialog_box.bottom
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ProblemsDialog)
        assert app.services.store.groups() == []
    app.services.store.close()


async def test_a_missing_plan_file_is_one_problem_naming_the_file(data_dir, tmp_path):
    from groupguide.tui.dialogs.problems import ProblemsDialog

    app = build_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await _import(pilot, tmp_path / "finnes-ikke.yaml")
        assert isinstance(app.screen, ProblemsDialog)
        assert "1 problem i finnes-ikke.yaml" in str(app.screen.query_one(".dialog-text").render())
        await pilot.press("tab", "enter")  # Lukk
        await pilot.pause()
        assert not isinstance(app.screen, ProblemsDialog)
    app.services.store.close()


# -- a drop-down list in a dialog ------------------------------------------------------------------


async def test_the_presenter_list_stays_inside_the_block_form(data_dir, example_plan):
    """At 120×40 the presenter's list (nine choices) ran over the dialog's bottom border."""
    from textual.widgets import Select
    from textual.widgets._select import SelectOverlay

    from groupguide.tui.dialogs.block_form import BlockFormDialog

    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in ("enter", "2", "enter", "down", "down", "enter"):
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, BlockFormDialog)
        app.screen.query_one("#presenter-0", Select).focus()
        await pilot.press("enter")
        await pilot.pause()
        overlay = app.screen.query_one(SelectOverlay)
        assert overlay.display and overlay.region.height >= 4
        inside = app.screen.query_one(".dialog").content_region
        assert overlay.region.bottom <= inside.bottom, (overlay.region, inside)
        await pilot.press("down", "enter")  # the list still chooses
        await pilot.pause()
        assert (
            app.screen.query_one("#presenter-0", Select).value
            == app.services.store.groups()[0].participants[1].id
        )
    app.services.store.close()


# -- a form's error line -------------------------------------------------------------------------


async def _type_into(pilot, field: str, text: str) -> None:
    """Replace a field's text by typing, as a user does (select all, then the keys)."""
    from textual.widgets import Input

    widget = pilot.app.screen.query_one(f"#{field}", Input)
    widget.focus()
    widget.value = ""
    await pilot.press(*text)
    await pilot.pause()


async def test_the_block_form_error_goes_once_the_field_is_fixed(data_dir, example_plan):
    """0 minutes, save: refused with a message. Typing 45 made it right, but the message stayed
    until the next save; now it goes as the field is fixed, and a new problem replaces it."""
    from groupguide.tui.dialogs.block_form import BlockFormDialog

    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in ("enter", "2", "enter", "down", "down", "enter"):
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, BlockFormDialog)
        error = app.screen.query_one("#error", Static)
        await _type_into(pilot, "minutes", "0")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "1 til 1440 minutter" in str(error.render())
        assert app.screen.focused.id == "minutes"
        await pilot.press("4", "5")  # "045": 45 minutes
        await pilot.pause()
        assert str(error.render()) == ""
        await _type_into(pilot, "pinned", "25:99")
        assert str(error.render()) == ""  # not said before a save is tried
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "«25:99» er ikke et klokkeslett" in str(error.render())
        await _type_into(pilot, "minutes", "0")  # now two things are wrong: the first is named
        assert "1 til 1440 minutter" in str(error.render())
        await _type_into(pilot, "minutes", "50")
        assert "«25:99»" in str(error.render())
        await _type_into(pilot, "pinned", "10:00")
        assert str(error.render()) == ""
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, BlockFormDialog)
        block = app.services.store.groups()[0].gatherings[0].blocks[2]
        assert block.minutes == 50 and str(block.pinned) == "10:00:00"
    app.services.store.close()


async def test_the_gathering_and_participant_forms_clear_a_fixed_error(data_dir, example_plan):
    from groupguide.tui.dialogs.gathering_form import GatheringFormDialog
    from groupguide.tui.dialogs.participant_form import ParticipantFormDialog

    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "2", "n")
        await pilot.pause()
        assert isinstance(app.screen, GatheringFormDialog)
        await _type_into(pilot, "title", "Ekstra")
        await _type_into(pilot, "end", "08:00")
        await pilot.press("enter")
        await pilot.pause()
        error = app.screen.query_one("#error", Static)
        assert "etter start" in str(error.render())
        await _type_into(pilot, "end", "12:00")
        assert str(error.render()) == ""
        await pilot.press("escape", "j", "1", "n")  # j: discard what was typed
        await pilot.pause()
        assert isinstance(app.screen, ParticipantFormDialog)
        await _type_into(pilot, "name", "Kari Nordmann")
        await pilot.press("enter")
        await pilot.pause()
        error = app.screen.query_one("#error", Static)
        assert "allerede" in str(error.render())
        await pilot.press("2")
        await pilot.pause()
        assert str(error.render()) == ""
    app.services.store.close()


# -- carrying a topic wish into a gathering -------------------------------------------------------


async def test_a_wish_goes_only_into_a_gathering_not_yet_held_and_shows_where_it_went(
    data_dir, example_plan, monkeypatch
):
    """The chooser offered the two gatherings already held, and a carried wish looked like any
    other. Now: only Samling 3 (planned) is offered; once carried the wish says where it went,
    and carrying it again offers Samling 3 greyed out ('har ønsket allerede')."""
    from textual.widgets import OptionList

    from groupguide.evaluation import wishes as module
    from groupguide.tui.dialogs.gathering_chooser import GatheringChooserDialog

    def fake(_data_dir, group, threshold=3):
        first = group.gatherings[0]
        return [
            module.TopicWish(first.id, first.title, "Mer om sykmelding"),
            module.TopicWish(first.id, first.title, "Vanskelige samtaler om [/] rus"),
        ]

    monkeypatch.setattr("groupguide.services.wishes.topic_wishes", fake)
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "4")
        await pilot.pause()
        table = app.screen.query_one("#wishes-table", DataTable)
        assert [str(c) for c in table.get_column("carried")] == ["–", "–"]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GatheringChooserDialog)
        choices = app.screen.query_one("#choices", OptionList)
        offered = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
        assert len(offered) == 1 and "Samling 3" in offered[0]
        await pilot.press("enter")
        await pilot.pause()
        group = app.services.store.groups()[0]
        title = group.gatherings[2].title
        assert [str(c) for c in table.get_column("carried")] == [f"✓ {title}", "–"]
        await pilot.press("enter")  # the same wish again: Samling 3 has it, nothing else is open
        await pilot.pause()
        assert not isinstance(app.screen, GatheringChooserDialog)
        assert "allerede med i alle samlinger" in notifications(app)[-1]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, GatheringChooserDialog)
    app.services.store.close()


async def test_the_chooser_greys_out_a_gathering_that_has_the_wish(data_dir, example_plan):
    from datetime import date

    from textual.widgets import OptionList

    from groupguide.domain.model import Gathering
    from groupguide.tui.dialogs.gathering_chooser import GatheringChooserDialog

    first, second = Gathering(title="A", date=date(2026, 12, 1)), Gathering(title="B")
    app = build_app(data_dir)
    results: list[str | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(
            GatheringChooserDialog(
                "Hvor?", [first, second], taken={first.id}, taken_note="har ønsket allerede"
            ),
            results.append,
        )
        await pilot.pause()
        choices = app.screen.query_one("#choices", OptionList)
        assert choices.get_option_at_index(0).disabled
        assert "har ønsket allerede" in str(choices.get_option_at_index(0).prompt)
        assert choices.highlighted == 1
        await pilot.press("enter")
        await pilot.pause()
    assert results == [second.id]
    app.services.store.close()


# -- where dialogs live ----------------------------------------------------------------------------


def test_every_dialog_lives_in_dialogs_with_its_own_stylesheet_and_no_escape_of_its_own():
    import importlib
    import inspect
    import pkgutil
    from pathlib import Path

    from textual.screen import ModalScreen

    import groupguide.tui.dialogs as dialogs
    import groupguide.tui.screens as screens
    from groupguide.tui.dialogs.base import DIALOG_CSS, Dialog
    from groupguide.tui.dialogs.form import FormDialog

    found = []
    for info in pkgutil.iter_modules(dialogs.__path__):
        module = importlib.import_module(f"groupguide.tui.dialogs.{info.name}")
        for cls in vars(module).values():
            if not (
                inspect.isclass(cls)
                and issubclass(cls, Dialog)
                and cls.__module__ == module.__name__
                and cls not in (Dialog, FormDialog)
            ):
                continue
            found.append(cls.__name__)
            own = Path(module.__file__).with_suffix(".tcss")
            assert cls.CSS_PATH == [*DIALOG_CSS, own.name] and own.exists(), cls.__name__
            keys = [k for b in cls.__dict__.get("BINDINGS", ()) for k in b.key.split(",")]
            assert "escape" not in keys, f"{cls.__name__}: Esc is the base's"
    assert len(found) >= 13
    for info in pkgutil.iter_modules(screens.__path__):
        module = importlib.import_module(f"groupguide.tui.screens.{info.name}")
        modal = [
            c.__name__
            for c in vars(module).values()
            if inspect.isclass(c) and issubclass(c, ModalScreen) and c.__module__ == module.__name__
        ]
        assert not modal, f"a dialog in tui/screens/{info.name}.py: {modal}"
