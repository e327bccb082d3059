"""Keys are declared once: the README's key table, the F1 help prose and every hint agree with the
bindings the app declares, and a user's keymap moves a key (or says why it cannot)."""

from __future__ import annotations

import json
import re

import pytest

from groupguide.i18n import all_messages, fields, set_language, t
from groupguide.tui.keys import (
    KEY_NAMES,
    all_declared_bindings,
    key_label,
    parse_keymap,
    valid_key,
)
from tests.conftest import REPO

# -- the README's key table ---------------------------------------------------------------------


def _row_classes() -> dict[str, list[type]]:
    """Each row of the README's key table and the classes whose bindings it documents."""
    from groupguide.tui.app import GroupGuideApp
    from groupguide.tui.dialogs.assessment_form import AssessmentFormDialog
    from groupguide.tui.dialogs.assessments import AssessmentsDialog
    from groupguide.tui.dialogs.base import Dialog
    from groupguide.tui.dialogs.block_form import BlockFormDialog
    from groupguide.tui.dialogs.confirm import ConfirmDialog
    from groupguide.tui.dialogs.criteria import CriteriaDialog
    from groupguide.tui.dialogs.criterion_form import CriterionFormDialog
    from groupguide.tui.dialogs.goal_picker import GoalPickerDialog
    from groupguide.tui.dialogs.guarded_text import GuardedArea
    from groupguide.tui.dialogs.help import HelpDialog
    from groupguide.tui.dialogs.note_form import NoteFormDialog
    from groupguide.tui.dialogs.participant_notes import ParticipantNotesDialog
    from groupguide.tui.dialogs.run_input import RunInputDialog
    from groupguide.tui.screens.checkin import CheckinScreen
    from groupguide.tui.screens.evaluation import EvaluationScreen
    from groupguide.tui.screens.evaluation_results import EvaluationResultsScreen
    from groupguide.tui.screens.export import ExportScreen
    from groupguide.tui.screens.gathering import GatheringScreen
    from groupguide.tui.screens.group import GroupScreen
    from groupguide.tui.screens.home import HomeScreen
    from groupguide.tui.screens.phones_qr import PhonesScreen
    from groupguide.tui.screens.record import RecordScreen
    from groupguide.tui.screens.run import RunScreen
    from groupguide.tui.widgets.coverage_matrix import CoveragePane
    from groupguide.tui.widgets.notes_editor import NoteArea
    from groupguide.tui.widgets.participants_pane import ParticipantsPane
    from groupguide.tui.widgets.plan_pane import PlanPane
    from groupguide.tui.widgets.wishes_pane import WishesPane

    return {
        "everywhere": [GroupGuideApp],
        "home (groups)": [HomeScreen],
        "group": [GroupScreen],
        "— participants tab": [ParticipantsPane],
        "— participant notes": [ParticipantNotesDialog],
        "— participant assessment": [AssessmentsDialog],
        "— assessment criteria": [CriteriaDialog],
        "— plan tab": [PlanPane],
        "— coverage tab": [CoveragePane],
        "— wishes tab": [WishesPane],
        "gathering editor": [GatheringScreen],
        "check-in": [CheckinScreen],
        "record afterwards": [RecordScreen],
        "run mode": [RunScreen, NoteArea],
        "— audit figures from phones": [PhonesScreen],
        "evaluation": [EvaluationScreen],
        "evaluation results": [EvaluationResultsScreen],
        "documents": [ExportScreen],
        "dialogs": [
            Dialog,
            ConfirmDialog,
            BlockFormDialog,
            GoalPickerDialog,
            HelpDialog,
            NoteFormDialog,
            AssessmentFormDialog,
            CriterionFormDialog,
            GuardedArea,
            RunInputDialog,
        ],
    }


# Keys a row may name that are Textual's own, not a binding of ours: moving between fields, and
# Enter on a focused button.
WIDGET_KEYS = {
    "dialogs": {"tab", "shift+tab", "enter"},
    "documents": {"tab"},
    # a row of these lists opens with Enter (the table's own key)
    "— participant notes": {"enter"},
    "— participant assessment": {"enter"},
    "— assessment criteria": {"enter"},
}

_README_WORDS = {
    "esc": "escape",
    "space": "space",
    "enter": "enter",
    "delete": "delete",
    "tab": "tab",
    "↑": "up",
    "↓": "down",
    "←": "left",
    "→": "right",
}


def readme_key(token: str) -> str:
    """A key as the README writes it (`Ctrl+Z`, `Shift+↑`, `Esc`, `N`, `+`) as Textual names it."""
    if token == "+":
        return "plus"
    *modifiers, name = token.split("+")
    name = _README_WORDS.get(name.lower(), name)
    if len(name) == 1 or re.fullmatch(r"F\d+", name):
        name = name.lower()
    return "+".join([m.lower() for m in modifiers] + [name])


def readme_rows() -> dict[str, set[str]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text.split("### Keys", 1)[1].split("\n#", 1)[0]
    rows: dict[str, set[str]] = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or cells[0] in ("screen", "---"):
            continue
        keys: set[str] = set()
        for token in re.findall(r"`([^`]+)`(?:–`([^`]+)`)?", cells[1]):
            first, last = token
            if last:  # a range such as `1`–`4`
                keys |= {str(n) for n in range(int(first), int(last) + 1)}
            else:
                keys.add(readme_key(first))
        rows[cells[0]] = keys
    return rows


def _own_bindings(classes: list[type]):
    for cls in classes:
        for binding in cls.__dict__.get("BINDINGS", ()):
            if getattr(binding, "id", None):
                yield binding


def test_readme_key_table_names_every_binding_and_only_bound_keys():
    rows = readme_rows()
    row_classes = _row_classes()
    assert set(rows) == set(row_classes), "README key table rows and the test's map differ"
    problems = []
    for row, classes in row_classes.items():
        named = rows[row]
        bound: set[str] = set()
        for binding in _own_bindings(classes):
            keys = {k.strip() for k in binding.key.split(",")}
            bound |= keys
            if not keys & named:
                problems.append(
                    f"{row}: the README names no key of {binding.id} "
                    f"({binding.key}, “{binding.description}”)"
                )
        for key in sorted(named - bound - WIDGET_KEYS.get(row, set())):
            problems.append(f"{row}: the README names `{key}`, which nothing there is bound to")
    assert not problems, "\n".join(problems)


def test_every_declared_binding_is_in_some_readme_row():
    documented = {b.id for classes in _row_classes().values() for b in _own_bindings(classes)}
    undocumented = sorted(set(all_declared_bindings()) - documented)
    assert not undocumented, (
        f"bindings in no README row (add them, and to _row_classes): {undocumented}"
    )


def test_every_command_has_an_id_and_a_description():
    """Only scrolling keys (a pane's own navigation, like Textual's) go without an id."""
    from textual.dom import DOMNode

    from groupguide.tui.keys import _subclasses

    all_declared_bindings()
    navigation = {"VerticalPane"}
    missing = [
        f"{cls.__name__}: {binding.key}"
        for cls in _subclasses(DOMNode)
        if cls.__module__.startswith("groupguide.") and cls.__name__ not in navigation
        for binding in cls.__dict__.get("BINDINGS", ())
        if not (getattr(binding, "id", None) and getattr(binding, "description", None))
    ]
    assert not missing, missing


def test_the_readme_parser_sees_ranges_modifiers_and_words():
    assert readme_key("Ctrl+Z") == "ctrl+z"
    assert readme_key("Shift+↑") == "shift+up"
    assert readme_key("Esc") == "escape"
    assert readme_key("N") == "n"
    assert readme_key("F2") == "f2"
    assert {"1", "2", "3", "4", "g", "escape"} <= readme_rows()["group"]


# -- help prose, hints, notices: keys by binding id, never written out ---------------------------

PLACEHOLDER = re.compile(r"\{key\[([^\]]+)\]\}")

# Texts that may name a key literally, and why.
LITERAL_KEYS_ALLOWED = {
    "export.tui.help": "Ctrl+P is the browser's print key there, not ours",
    "planui.goals.count": "Space is the goal list's own key (Textual's SelectionList)",
    "keys.space": "the name of the key itself",
    "keys.keymap.bad_key": "examples of keys as settings.json writes them",
}
NOT_TUI = (
    "cli.",
    "evaluation.cli.",
    "audit.form.",
    "evaluation.form.",
    "evaluation.page.",
    "export.doc.",
    "curricula.",
    "plan.",
    "domain.",
    "store.",
    "problem.",
    "settings.",
)

LITERAL = re.compile(
    r"Ctrl\+|Shift\+|\bEsc\b|\bEnter\b|[Mm]ellomrom|\b[Ss]pace\b|\bF\d{1,2}\b|[→←]"
    r"|\([A-ZÆØÅ]\)|\b(?:[Tt]rykk|[Pp]ress) [A-ZÆØÅ0-9]\b|(?<![\w.\-])[A-ZÆØÅ]: "
    r"|\b\d (?:og|and) \d\b"
)
SINGLE_LETTER = re.compile(r"(?<![\w.\-«“\"])[A-ZÆØÅ](?![\w.\-’'»”{])")


def literal_keys(text: str) -> list[str]:
    """Key names written out in a text: "Ctrl+S", "Esc", "(F)", "trykk N", a lone capital
    letter that does not start a sentence ("N avslutter" mid-sentence)."""
    found = [m.group(0) for m in LITERAL.finditer(text)]
    for m in SINGLE_LETTER.finditer(text):
        before = text[: m.start()].rstrip()
        starts_sentence = not before or before[-1] in ".!?:\n"
        if not (starts_sentence and m.group(0) in "IA"):
            found.append(m.group(0))
    return found


def test_tui_texts_name_keys_by_binding_id_only():
    offenders = []
    for key, (nb, en) in all_messages().items():
        if key.startswith(NOT_TUI) or key in LITERAL_KEYS_ALLOWED:
            continue
        for text in (nb, en):
            found = literal_keys(PLACEHOLDER.sub("", text))
            if found:
                offenders.append(f"{key}: {found} in {text!r}")
    assert not offenders, "write {key[binding.id]} instead:\n" + "\n".join(offenders)


def test_the_literal_key_finder_finds_what_the_new_user_found():
    assert "(F)" in literal_keys("merkes som fravær (F).")
    assert literal_keys("Trykk U for å angre.")
    assert literal_keys("N avslutter økta; B går tilbake.")
    assert not literal_keys("I audit legger du inn tall. A group has 8 LIS1.")


def test_every_key_placeholder_names_a_declared_binding():
    declared = all_declared_bindings()
    unknown = sorted(
        {
            (key, name)
            for key, (nb, en) in all_messages().items()
            for name in PLACEHOLDER.findall(nb + en)
            if name not in declared
        }
    )
    assert not unknown, unknown


def _screen_ids(*rows: str) -> set[str]:
    from groupguide.tui.app import GroupGuideApp

    classes = _row_classes()
    return {b.id for row in rows for b in _own_bindings(classes[row])} | {
        b.id for b in _own_bindings([GroupGuideApp])
    }


HELP_FAMILIES = {
    "tui.home.help": ("home (groups)",),
    "planui.group.help": (
        "group",
        "— participants tab",
        "— plan tab",
        "— coverage tab",
        "— wishes tab",
    ),
    "planui.gathering.help": ("gathering editor",),
    "run.help": ("run mode", "— audit figures from phones"),
    "run.checkin.help": ("check-in",),
    "evaluation.tui.help": ("evaluation",),
    "evaluation.results.help": ("evaluation results",),
    "export.tui.help": ("documents",),
}


def test_f1_help_prose_names_only_keys_of_its_own_screen():
    from groupguide.tui.screens import (
        checkin,
        evaluation,
        evaluation_results,
        export,
        gathering,
        group,
        home,
        phones_qr,
        run,
    )

    screens = [
        home.HomeScreen,
        group.GroupScreen,
        gathering.GatheringScreen,
        run.RunScreen,
        checkin.CheckinScreen,
        evaluation.EvaluationScreen,
        evaluation_results.EvaluationResultsScreen,
        export.ExportScreen,
        phones_qr.PhonesScreen,
    ]
    assert {s.HELP_KEY for s in screens} == set(HELP_FAMILIES)
    for help_key, rows in HELP_FAMILIES.items():
        allowed = _screen_ids(*rows)
        nb, en = all_messages()[help_key]
        stray = set(PLACEHOLDER.findall(nb + en)) - allowed
        assert not stray, f"{help_key} names keys of another screen: {stray}"


def test_the_checkin_hint_names_the_absent_key():
    """The new user's finding: the hint said "(F)" where the footer says Space."""
    text = t("run.checkin.outside_error", time="08:00", span="09:00–15:00")
    assert "(Mellomrom)" in text and "(F)" not in text
    assert key_label(KEY_NAMES.keys_of("checkin.absent")[0]) == "Mellomrom"


def test_both_languages_name_the_same_keys():
    for key, (nb, en) in all_messages().items():
        assert set(PLACEHOLDER.findall(nb)) == set(PLACEHOLDER.findall(en)), key
        assert fields(nb) == fields(en), key


def test_key_labels_read_like_prose():
    assert key_label("ctrl+s") == "Ctrl+S"
    assert key_label("shift+up") == "Shift+↑"
    assert key_label("escape") == "Esc"
    assert key_label("n") == "N"
    assert key_label("f2") == "F2"
    assert key_label("question_mark") == "?"
    assert key_label("space") == "Mellomrom"
    set_language("en")
    assert key_label("space") == "Space"


# -- the user's keymap ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "n",
        "N",
        "ctrl+s",
        "shift+up",
        "f5",
        "space",
        "pagedown",
        "question_mark",
        "?",
        "alt+shift+x",
        "5",
        "escape",
    ],
)
def test_valid_keys(key):
    assert valid_key(key)


@pytest.mark.parametrize(
    "key", ["", " n", "ctl+s", "ctrl+", "f99x", "nope", "ctrl+ctrl+s", "shift+upp", "ctrl+s ", "\t"]
)
def test_invalid_keys(key):
    assert not valid_key(key)


def test_parse_keymap_keeps_what_it_can_and_names_the_rest():
    known = {"run.next", "home.new", "app.help"}
    keymap, notices = parse_keymap(
        {"run.next": "n, pagedown", "home.nwe": "m", "app.help": "f1,ctrl+hepl", "home.new": 5},
        known,
    )
    assert keymap == {"run.next": "n,pagedown"}
    assert len(notices) == 3
    assert any("home.nwe" in n for n in notices)
    assert any("ctrl+hepl" in n and "app.help" in n for n in notices)
    assert any("home.new" in n for n in notices)
    assert parse_keymap({"run.next": ["n", "right"]}, known) == ({"run.next": "n,right"}, [])
    assert parse_keymap(None, known) == ({}, [])
    keymap, notices = parse_keymap(["run.next", "n"], known)
    assert keymap == {} and "keymap" in notices[0] and '["run.next", "n"]' in notices[0]


async def test_a_remapped_key_acts_and_help_and_hints_follow(data_dir):
    """settings.json {"keymap": {"home.new": "m"}}: M opens the new-group dialog, N no longer
    does, the home hint says "Trykk M", F1 shows M; a wrong entry is a notice, not a crash."""
    from groupguide.tui.dialogs.group_form import GroupFormDialog
    from groupguide.tui.dialogs.help import HelpDialog
    from tests.tui_helpers import build_app

    (data_dir / "settings.json").write_text(
        json.dumps(
            {"keymap": {"home.new": "m", "home.nope": "x", "home.import": "ctrl+shift+bogus"}}
        ),
        encoding="utf-8",
    )
    app = build_app(data_dir)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            notices = [n.message for n in app._notifications]
            assert any("home.nope" in n for n in notices)
            assert any("ctrl+shift+bogus" in n for n in notices)
            assert "Trykk M for å lage en ny gruppe" in str(
                app.screen.query_one("#home-empty").render()
            )
            await pilot.press("n")
            await pilot.pause()
            assert not isinstance(app.screen, GroupFormDialog)
            await pilot.press("m")
            await pilot.pause()
            assert isinstance(app.screen, GroupFormDialog)
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("f1")
            await pilot.pause()
            assert isinstance(app.screen, HelpDialog)
            help_text = str(app.screen.query_one("Static").render())
            assert re.search(r"\bm\s+Ny gruppe\s+home\.new", help_text), help_text
    finally:
        app.services.store.close()
        KEY_NAMES.keymap = {}
