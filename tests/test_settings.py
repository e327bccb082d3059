"""Typed settings: validated on load, every problem a notice naming file, key and what is
allowed; the README documents exactly the keys the dataclass has."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

from groupguide.services.workspace import Workspace
from groupguide.settings import Settings, load_settings, with_changes

REPO = Path(__file__).resolve().parent.parent


def test_readme_documents_every_setting_and_no_other():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `([a-z_]+)` \|", section, re.MULTILINE)
    assert documented == [f.name for f in fields(Settings)]


def test_good_settings_load_typed():
    settings, problems = load_settings(
        {
            "evaluation_host": "10.0.0.2",
            "evaluation_port": 0,
            "evaluation_threshold": 5,
            "export_dir": "~/ut",
            "organiser": "Kommunen",
            "language": "EN",
            "keymap": {"run.toggle": "ctrl+space"},
        }
    )
    assert problems == []
    assert settings == Settings(
        "10.0.0.2", 0, 5, "~/ut", "Kommunen", "en", {"run.toggle": "ctrl+space"}
    )


def test_each_wrong_value_is_reported_and_the_rest_still_loads():
    settings, problems = load_settings(
        {
            "evaluation_port": 70000,
            "evaluation_threshold": 1,
            "language": "de",
            "keymap": {"run.toggle": 5, "run.next": "ctrl+n"},
            "colour": "blå",
            "evaluation_host": "10.0.0.2",
            "organiser": 3,
        },
        "/data/settings.json",
    )
    assert settings.evaluation_host == "10.0.0.2"  # the good one applies
    assert settings.evaluation_port == 8765 and settings.evaluation_threshold == 3
    assert settings.language == "" and settings.organiser == ""
    assert settings.keymap == {"run.next": "ctrl+n"}
    where = {(p.file, p.field) for p in problems}
    assert where == {
        ("/data/settings.json", key)
        for key in (
            "evaluation_port",
            "evaluation_threshold",
            "language",
            "keymap.run.toggle",
            "colour",
            "organiser",
        )
    }
    text = "\n".join(str(p) for p in problems)
    assert "65535" in text and "minst 2" in text and "nb, en" in text
    assert "Kjente innstillinger" in text and "evaluation_port" in text


def test_a_settings_file_that_is_no_object_gives_defaults_and_a_notice():
    settings, problems = load_settings(["not", "an", "object"], "s.json")
    assert settings == Settings() and [p.key for p in problems] == ["settings.not_object"]


def test_the_workspace_reports_bad_settings_on_open_and_keeps_unknown_keys(data_dir):
    (data_dir / "settings.json").write_text(
        json.dumps({"evaluation_port": "x", "mine": {"a": 1}}), encoding="utf-8"
    )
    with Workspace(data_dir) as ws:
        assert {p.field for p in ws.notices} == {"evaluation_port", "mine"}
        assert ws.settings.evaluation_port == 8765
        ws.update_settings(export_dir="/tmp/ut")
        assert ws.settings.export_dir == "/tmp/ut"
    saved = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved == {"evaluation_port": "x", "mine": {"a": 1}, "export_dir": "/tmp/ut"}


def test_with_changes_refuses_what_the_setting_does_not_allow():
    import pytest

    with pytest.raises(ValueError):
        with_changes({}, evaluation_port=-1)
    with pytest.raises(ValueError):
        with_changes({}, no_such_setting=1)
    assert with_changes({"x": 1}, language="en") == {"x": 1, "language": "en"}


def test_the_length_of_a_programme_day_is_a_setting():
    settings, problems = load_settings({"day_minutes": 450})
    assert problems == [] and settings.day_minutes == 450
    assert Settings().day_minutes == 360
    for wrong in (59, 721, "360", 360.0, True, None):
        settings, problems = load_settings({"day_minutes": wrong}, "s.json")
        assert settings.day_minutes == 360, wrong
        [problem] = problems
        assert problem.field == "day_minutes" and problem.file == "s.json"
        assert "60 til 720" in problem.message and "360" in problem.message
    assert with_changes({}, day_minutes=300) == {"day_minutes": 300}


def test_the_workspace_plans_with_the_day_length_setting(data_dir):
    (data_dir / "settings.json").write_text(json.dumps({"day_minutes": 300}), encoding="utf-8")
    with Workspace(data_dir) as ws:
        assert ws.rules.day_minutes == 300
        assert ws.rules.max_participants == 12  # the rest as the programme says
        ws.update_settings(day_minutes=420)
        assert ws.rules.day_minutes == 420
    (data_dir / "settings.json").write_text(json.dumps({"day_minutes": 5}), encoding="utf-8")
    with Workspace(data_dir) as ws:
        assert ws.rules.day_minutes == 360
        assert [p.field for p in ws.notices] == ["day_minutes"]
    assert Workspace(data_dir).rules.day_minutes == 360  # not open: the programme's default
