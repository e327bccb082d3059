"""A user's keymap that puts a command on a key another command of the same screen keeps is
reported (in both languages) and left out: both commands keep their standard keys. Textual 8.2.8
alone gave the key to the moved command and took it from the other one silently
(settings.json {"keymap": {"home.new": "i"}}: "i Ny gruppe" in the footer, N dead, Importer
plan without a key)."""

from __future__ import annotations

import json

from textual.binding import Binding

from groupguide.i18n import set_language
from groupguide.tui.keys import KEY_NAMES, without_clashes


def _home() -> list[Binding]:
    from groupguide.tui.app import GroupGuideApp
    from groupguide.tui.screens.home import HomeScreen

    merged = [HomeScreen._merged_bindings, GroupGuideApp._merged_bindings]
    return [b for m in merged for found in m.key_to_bindings.values() for b in found]


def test_a_key_another_command_keeps_is_left_out():
    kept, dropped = without_clashes({"home.new": "i", "home.rename": "m"}, [_home()])
    assert kept == {"home.rename": "m"}
    assert [(i, key, other.id) for i, key, other in dropped] == [("home.new", "i", "home.import")]


def test_a_swap_and_a_key_shared_by_design_are_no_clash():
    keymap = {"home.new": "i", "home.import": "n", "home.archive": "a,x"}
    assert without_clashes(keymap, [_home()]) == (keymap, [])


def test_two_commands_moved_onto_one_key_both_keep_theirs():
    kept, dropped = without_clashes({"home.new": "m", "home.rename": "m"}, [_home()])
    assert kept == {} and {d[0] for d in dropped} == {"home.new", "home.rename"}


def test_a_standard_key_given_back_can_clash_in_turn():
    # home.import is refused F1 (help); its I given back then clashes with home.new moved to I.
    kept, dropped = without_clashes({"home.import": "f1", "home.new": "i"}, [_home()])
    assert kept == {}
    assert [(d[0], d[2].id) for d in dropped] == [
        ("home.import", "app.help"),
        ("home.new", "home.import"),
    ]


async def _run(data_dir, language: str):
    from groupguide.tui.dialogs.group_form import GroupFormDialog
    from groupguide.tui.dialogs.path_input import PathDialog
    from tests.tui_helpers import build_app

    set_language(language)
    (data_dir / "settings.json").write_text(
        json.dumps({"language": language, "keymap": {"home.new": "i"}}), encoding="utf-8"
    )
    app = build_app(data_dir)
    try:
        async with app.run_test(size=(100, 24)) as pilot:
            await pilot.pause()
            notices = [n.message for n in app._notifications]
            active = {key: active.binding.id for key, active in app.screen.active_bindings.items()}
            assert active["n"] == "home.new" and active["i"] == "home.import"
            await pilot.press("n")
            await pilot.pause()
            assert isinstance(app.screen, GroupFormDialog)
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("i")
            await pilot.pause()
            assert isinstance(app.screen, PathDialog)
            return notices
    finally:
        app.services.store.close()
        KEY_NAMES.keymap = {}
        set_language("nb")


async def test_the_clash_is_reported_and_both_keep_their_keys(data_dir):
    notices = await _run(data_dir, "nb")
    assert len(notices) == 1, notices
    assert "I for «home.new» (Ny gruppe) er allerede tasten for «Importer plan»" in notices[0]
    assert "Begge beholder standardtasten (Ny gruppe: N)" in notices[0]


async def test_the_clash_is_reported_in_english(data_dir):
    notices = await _run(data_dir, "en")
    assert len(notices) == 1, notices
    assert "is already the key for" in notices[0] and "home.new" in notices[0]


def test_the_readme_example_keymap_clashes_nowhere():
    from groupguide.tui.app import GroupGuideApp
    from groupguide.tui.keys import _namespaces, all_declared_bindings

    all_declared_bindings()
    example = {"run.next": "n,pagedown", "run.back": "b,pageup", "app.help": "f1,question_mark"}
    assert without_clashes(example, _namespaces(GroupGuideApp)) == (example, [])
    # …while "n" for help clashes with a screen's own N (and is left out).
    kept, dropped = without_clashes({"app.help": "n"}, _namespaces(GroupGuideApp))
    assert kept == {} and dropped[0][0] == "app.help"
