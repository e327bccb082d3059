"""Wording a new user found wrong: a plural pronoun for one patient identifier, a settings
warning with its label in mid-sentence and straight quotes, and groups sorted "Nummer10" before
"Nummer5"."""

from __future__ import annotations

import json

import pytest

from groupguide.domain.model import Group
from groupguide.domain.ordering import natural_key
from groupguide.i18n import set_language
from groupguide.plans import parse_plan
from groupguide.settings import load_settings
from groupguide.store import Store
from groupguide.yamlsource import parse_yaml


def _identifier_warnings(notes: str, library) -> list[str]:
    text = (
        "group: {name: G}\n"
        "participants: [Kari]\n"
        "gatherings:\n"
        "  - title: S1\n"
        "    blocks:\n"
        f"      - {{activity: buzz, minutes: 20, notes: {json.dumps(notes)}}}\n"
    )
    result = parse_plan(parse_yaml(text, "p.yaml"), "p.yaml", library.goals, library.activities)
    return [p.message for p in result.problems if p.key == "plan.identifier"]


def test_one_patient_identifier_is_it_not_them(library):
    (one,) = _identifier_warnings("Ring pasienten på 912 34 567", library)
    assert "1 pasientidentifikator (" in one
    assert "Fjern den fra planfilen; tekster med den kan" in one and "dem" not in one
    (two,) = _identifier_warnings("Ring 912 34 567 eller 913 45 678", library)
    assert "2 pasientidentifikatorer" in two and "Fjern dem fra planfilen" in two
    set_language("en")
    (one,) = _identifier_warnings("Ring pasienten på 912 34 567", library)
    assert "1 patient identifier (" in one and "Remove it from the plan file" in one


def test_a_settings_warning_names_the_setting_first_in_the_apps_quotes():
    _, problems = load_settings(
        {"evaluation_threshold": 1, "language": "xx", "colour": "red"}, "/d/settings.json"
    )
    shown = [str(p) for p in problems]
    assert shown == [
        "/d/settings.json: advarsel: Innstillingen «evaluation_threshold»: 1 er ikke tillatt: et "
        "heltall, minst 2; standardverdien brukes.",
        "/d/settings.json: advarsel: Innstillingen «language»: «xx» er ikke et språk programmet "
        "har (nb, en); standardverdien brukes.",
        "/d/settings.json: advarsel: Innstillingen «colour»: ukjent, hoppet over. Kjente "
        "innstillinger: evaluation_host, evaluation_port, evaluation_threshold, export_dir, "
        "organiser, language, keymap, day_minutes.",
    ]
    assert [p.field for p in problems] == ["evaluation_threshold", "language", "colour"]
    set_language("en")
    _, problems = load_settings({"evaluation_host": "my host"}, "s.json")
    assert str(problems[0]) == (
        "s.json: warning: The setting “evaluation_host”: “my host” is not a network address (no "
        "spaces, e.g. “192.168.1.23”); the default is used."
    )


def test_a_plan_problem_keeps_its_place_in_the_file():
    from groupguide.domain.problems import Problem

    problem = Problem.of(
        "domain.email.participant", file="p.yaml", line=3, field="x.email", value="a@"
    )
    assert str(problem).startswith("p.yaml:3: x.email: feil: «a@»")


@pytest.mark.parametrize(
    "names",
    [
        ["Nummer5", "Nummer10"],
        ["Gruppe 2", "Gruppe 2b", "Gruppe 10"],
        ["ann", "Bodø", "Émile", "Eva", "zeta", "Ærfugl", "Øst", "Ås"],
        ["Åse", "ØRSTA", "æra"],
    ],
)
def test_names_in_natural_norwegian_order(names):
    expected = names if names[0] != "Åse" else ["æra", "ØRSTA", "Åse"]
    assert sorted(reversed(names), key=natural_key) == expected
    assert sorted(names, key=natural_key) == expected


def test_home_lists_groups_in_natural_order(data_dir):
    names = ["Nummer10", "Nummer5", "nummer1", "Åsane", "Bergen"]
    with Store(data_dir) as store:
        for name in names:
            store.save_group(Group(name=name, term="2027 vår"))
        assert [g.name for g in store.groups()] == [
            "Bergen",
            "nummer1",
            "Nummer5",
            "Nummer10",
            "Åsane",
        ]
