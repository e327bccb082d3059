"""The command line against hostile or broken input (issue 15): names with terminal escape
sequences, files nested thousands of levels deep, a group file renamed to a name with spaces,
a full disk, a busy port, identifiers in a plan file, and the evaluation's own commands."""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from groupguide.domain.confidentiality import control_digits
from groupguide.main import main
from tests.test_cli import REPO, run

ESCAPES = "\x1b]0;eid\x07\x1b[2J\x1b[31m"


def _plan(tmp_path: Path, name: str, extra: str = "") -> Path:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        f'group: {{name: "{name}", term: Høst}}\n'
        "participants: [Kari, Ola, Per]\n"
        "gatherings:\n"
        "  - title: Første samling\n"
        "    date: 2026-09-16\n"
        "    blocks:\n"
        "      - {activity: buzz, title: Summing, minutes: 20}\n" + extra,
        encoding="utf-8",
    )
    return plan


def test_terminal_control_characters_never_reach_the_terminal(tmp_path, data_dir):
    """Before: names with ESC sequences were printed raw by groups, import and check."""
    name = "Gruppe \\e]0;eid\\a\\e[2J\\e[31mrød"  # YAML escapes: ESC, BEL
    plan = _plan(tmp_path, name)
    results = [
        run("check", str(plan), data_dir=data_dir),
        run("import", str(plan), data_dir=data_dir),
        run("groups", data_dir=data_dir),
        run("evaluation", "results", "--group", "x", "--gathering", "1", data_dir=data_dir),
    ]
    for result in results:
        for stream in (result.stdout, result.stderr):
            assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", stream), repr(stream)
    assert "Gruppe ]0;eid[2J[31mrød" in results[2].stdout  # the letters stay, the controls go
    stored = json.loads(run("groups", "--json", data_dir=data_dir).stdout)
    assert stored[0]["name"].startswith("Gruppe \x1b]0;eid")  # JSON escapes them: \u001b


def test_a_file_nested_thousands_deep_is_set_aside_with_a_message(tmp_path, data_dir):
    """Before: a deeply nested JSON file crashed the CLI (RecursionError) and stayed."""
    plan = _plan(tmp_path, "Dyp")
    (data_dir / "groups").mkdir()
    deep = data_dir / "groups" / "dyp.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    (data_dir / "settings.json").write_text('{"a":' * 50_000 + "1" + "}" * 50_000)
    (data_dir / "evaluations").mkdir()
    (data_dir / "evaluations" / "x-y.json").write_text("[" * 100_000 + "]" * 100_000)
    result = run("import", str(plan), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "dyp.json" in result.stderr and "settings.json" in result.stderr
    assert not deep.exists() and list((data_dir / "groups").glob("dyp.json.corrupt-*"))
    assert run("groups", data_dir=data_dir).returncode == 0


def test_a_group_file_renamed_to_a_name_with_spaces_works_everywhere(tmp_path, data_dir):
    """Before: V, evaluation open and results crashed on such a group (its id is the name)."""
    plan = _plan(tmp_path, "Omdøpt")
    assert run("import", str(plan), data_dir=data_dir).returncode == 0
    (original,) = (data_dir / "groups").glob("*.json")
    original.rename(original.with_name("Min gruppe ø.json"))
    for command in (
        ["evaluation", "slips", "--count", "3"],
        ["evaluation", "results"],
        ["evaluation", "close"],
        ["evaluation", "results", "--json"],
    ):
        result = run(*command, "--group", "Omdøpt", "--gathering", "1", data_dir=data_dir)
        assert result.returncode == 0, (command, result.stderr)
    files = [p.name for p in (data_dir / "evaluations").iterdir()]
    assert any(re.fullmatch(r"id-[0-9a-f]{32}\.json", f) for f in files), files


def test_import_on_a_full_disk_says_so_in_words(tmp_path, data_dir, capsys, monkeypatch):
    plan = _plan(tmp_path, "Full")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(tempfile, "mkstemp", full)
    code = main(["--data-dir", str(data_dir), "import", str(plan)])
    err = capsys.readouterr().err
    assert code == 1 and "disken er full" in err and "Traceback" not in err


def test_identifiers_in_a_plan_are_warnings_with_file_line_and_field(tmp_path, data_dir):
    k1, k2 = control_digits("010190100")
    plan = _plan(
        tmp_path,
        "Vakt",
        "    oral_round_notes: Ring 912 34 567 om pasienten\n"
        f"    leader_evaluation: Gjaldt 010190 100{k1}{k2}\n",
    )
    checked = run("check", str(plan), data_dir=data_dir)
    assert checked.returncode == 0 and "i orden" in checked.stdout  # warnings, not errors
    lines = [line for line in checked.stdout.splitlines() if "Taushetsplikt" in line]
    assert len(lines) == 2
    oral = next(line for line in lines if "oral_round_notes" in line)
    leader = next(line for line in lines if "leader_evaluation" in line)
    assert f"{plan}:8: gatherings[0].oral_round_notes" in oral and "telefonnummer" in oral
    assert f"{plan}:9: gatherings[0].leader_evaluation" in leader and "fødselsnummer" in leader
    imported = run("import", str(plan), data_dir=data_dir)
    assert imported.returncode == 0 and imported.stdout.count("Taushetsplikt") == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve_until_ready(args: list[str], env: dict) -> tuple[int, str, str]:
    """Run ``evaluation open`` until it says how to stop, then Ctrl-C; (code, out, err)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "groupguide", "evaluation", "open", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out = ""
        deadline = time.monotonic() + 30
        while "Ctrl+C" not in out and time.monotonic() < deadline and proc.poll() is None:
            out += proc.stdout.readline()
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        rest, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, out + rest, err


def test_evaluation_commands_open_stop_close_clear_and_a_busy_port(tmp_path, data_dir):
    """Before: the evaluation port silently moved when the configured one was busy (e.g. held
    by the audit server); Ctrl-C closed the evaluation without asking."""
    plan = _plan(tmp_path, "Kveld")
    assert run("import", str(plan), data_dir=data_dir).returncode == 0
    target = ["--group", "Kveld", "--gathering", "1"]
    port = _free_port()
    (data_dir / "settings.json").write_text(
        json.dumps({"evaluation_host": "127.0.0.1", "evaluation_port": port})
    )
    env = {**os.environ, "GROUPGUIDE_DATA_DIR": str(data_dir), "NO_COLOR": "1"}
    holder = socket.socket()
    holder.bind(("127.0.0.1", port))
    holder.listen()
    try:
        # the configured port is busy: another is taken, and said, with the URL on it
        code, out, err = _serve_until_ready(target, env)
        assert code == 0 and "Traceback" not in err, err
        chosen = int(re.search(r"http://127\.0\.0\.1:(\d+)/e/", out).group(1))
        assert chosen != port and f"Port {port} var i bruk" in err and str(chosen) in err
        assert "0 av 3 har svart" in out and "stoler på telefonen" in out
        assert "fortsatt åpen" in out  # Ctrl-C stopped serving, it did not close
        # a port the leader names on the command line is that port or nothing
        code, out, err = _serve_until_ready([*target, "--port", str(port)], env)
        assert code == 1 and "Kunne ikke starte skjemaserveren på 127.0.0.1" in err
    finally:
        holder.close()
    state = json.loads(next((data_dir / "evaluations").glob("*.json")).read_text())
    assert state["status"] == "open" and state["serving"]["port"] == chosen
    closed = run("evaluation", "close", *target, data_dir=data_dir)
    assert closed.returncode == 0 and "lukket med 0 svar" in closed.stdout
    code, out, err = _serve_until_ready(target, env)
    assert code == 0 and "0 av 3" in out  # closed without answers: nothing to protect
    run("evaluation", "close", *target, data_dir=data_dir)
    cleared = run("evaluation", "clear", *target, data_dir=data_dir)
    assert cleared.returncode == 2 and "--yes" in cleared.stderr  # no terminal to ask on
    cleared = run("evaluation", "clear", *target, "--yes", data_dir=data_dir)
    assert cleared.returncode == 0 and "slettet" in cleared.stdout


def test_a_closed_evaluation_with_answers_is_not_reopened(tmp_path, data_dir, library):
    from groupguide.evaluation.answers import AnswerStore
    from groupguide.store import Store

    plan = _plan(tmp_path, "Lukket")
    assert run("import", str(plan), data_dir=data_dir).returncode == 0
    with Store(data_dir) as store:
        group = store.groups()[0]
    answers = AnswerStore(data_dir)
    evaluation = answers.open(group, group.gatherings[0], library.goals, group.gatherings[0].date)
    answers.add_answer(evaluation, {"relevance": 4, "blocks": {}, "goals": {}, "good": "x"})
    answers.close(evaluation)
    target = ["--group", "Lukket", "--gathering", "1"]
    again = run("evaluation", "open", *target, "--yes", data_dir=data_dir)
    assert again.returncode == 1 and "kan ikke åpnes igjen" in again.stderr
    shown = run("evaluation", "results", *target, data_dir=data_dir)
    assert "Bare 1 svar, færre enn 3" in shown.stdout and "x" not in shown.stdout.split("\n", 2)[2]


def test_a_gathering_not_yet_held_needs_a_yes(tmp_path, data_dir):
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "group: {name: Senere}\nparticipants: [Kari]\ngatherings:\n"
        "  - {title: Neste år, date: 2099-01-01}\n",
        encoding="utf-8",
    )
    assert run("import", str(plan), data_dir=data_dir).returncode == 0
    result = run("evaluation", "open", "--group", "Senere", "--gathering", "1", data_dir=data_dir)
    assert result.returncode == 2 and "ikke holdt ennå" in result.stderr
    assert "--yes" in result.stderr
    assert not (data_dir / "evaluations").exists() or not list(
        (data_dir / "evaluations").glob("*.json")
    )
    slips = run("evaluation", "slips", "--group", "Senere", "--gathering", "1", data_dir=data_dir)
    assert slips.returncode == 0 and "1 lapp med" in slips.stdout


@pytest.mark.parametrize("count", ["0", "-3"])
def test_slips_count_must_be_positive(tmp_path, data_dir, count):
    plan = _plan(tmp_path, "Tall")
    run("import", str(plan), data_dir=data_dir)
    result = run(
        "evaluation",
        "slips",
        "--group",
        "Tall",
        "--gathering",
        "1",
        "--count",
        count,
        data_dir=data_dir,
    )
    assert result.returncode == 2 and "Ugyldig antall" in result.stderr


def test_export_plan_masks_identifiers_in_notes_and_says_so(example_plan, data_dir, tmp_path):
    """A case note typed in run mode with a national identity number and a phone number: the
    plan file written for a backup or another machine carries neither (it leaves the app), the
    command says so, and the note in the app is unchanged."""
    from dataclasses import replace

    from groupguide.domain.people import ParticipantNote
    from tests.tui_helpers import open_store

    store = open_store(data_dir, example_plan)
    group = store.groups()[0]
    nine = "010190100"
    fnr = nine + "".join(map(str, control_digits(nine)))
    note = f"Pasienten, fnr {fnr}, tlf 912 34 567, ble drøftet."
    group.gatherings[0].blocks[1].notes = note
    group.gatherings[0].leader_evaluation = "Ring meg på 91234567."
    group.participants[0].notes = [ParticipantNote("kari@example.no har spurt", shared=True)]
    group.participants[1].notes = [replace(group.participants[0].notes[0], text="Ingen her")]
    store.save_group(group)
    store.close()
    out = tmp_path / "out"
    result = run("export", "plan", "--group", group.name, "--out", str(out), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    text = next(out.glob("*.yaml")).read_text(encoding="utf-8")
    for secret in (fnr, "912 34 567", "91234567", "kari@example.no"):
        assert secret not in text
    assert "ble drøftet" in text and "Ingen her" in text
    assert "antall: 4" in result.stderr
    store = open_store(data_dir)
    assert store.groups()[0].gatherings[0].blocks[1].notes == note
    store.close()
    quiet = run(
        "export",
        "plan",
        "--group",
        group.name,
        "--out",
        str(tmp_path / "o2"),
        "--without-notes",
        data_dir=data_dir,
    )
    assert quiet.returncode == 0 and "Taushetsplikt" not in quiet.stderr
