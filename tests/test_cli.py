"""The command line as a user runs it: real subprocesses, exit codes, no tracebacks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, data_dir: Path | None = None, env: dict | None = None):
    full_env = {**os.environ, "GROUPGUIDE_LANG": "nb", **(env or {})}
    if data_dir is not None:
        full_env["GROUPGUIDE_DATA_DIR"] = str(data_dir)
    result = subprocess.run(
        [sys.executable, "-m", "groupguide", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=full_env,
        timeout=60,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_version_and_help():
    assert run("--version").stdout.startswith("groupguide ")
    out = run("--help").stdout
    assert "goals" in out and "check" in out and "import" in out


def test_goals_json_lists_26_goals(data_dir):
    result = run("goals", "--json", data_dir=data_dir)
    assert result.returncode == 0
    goals = json.loads(result.stdout)
    assert len(goals) == 26
    assert {"code", "text", "catalogue", "theme", "recommended"} <= set(goals[0])
    by_code = {g["code"]: g for g in goals}
    assert by_code["FKM LM-02"]["text"] == (
        "Kunne identifisere, analysere og håndtere noen etiske utfordringer i egen klinisk "
        "praksis under veiledning."
    )
    assert by_code["FKM LM-53"]["recommended"] is False


def test_goals_say_the_texts_are_the_programmes_own(data_dir):
    """In English the goals stay in Norwegian, word for word, and the list says why."""
    english = run("--lang", "en", "goals", data_dir=data_dir).stdout
    assert english.splitlines()[0].startswith("The learning goals word for word")
    assert "regulated texts" in english.splitlines()[0]
    assert "FKM LM-53 (optional): Kunne identifisere" in english
    assert run("goals", data_dir=data_dir).stdout.startswith("Læringsmålene ordrett")


def test_check_example_plan_passes(example_plan, data_dir):
    result = run("check", str(example_plan), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "i orden" in result.stdout


def test_check_refuses_thirteen_participants(tmp_path, data_dir):
    plan = tmp_path / "big.yaml"
    people = "\n".join(f"  - Deltaker {i}" for i in range(13))
    plan.write_text(f"group: {{name: Stor}}\nparticipants:\n{people}\n", encoding="utf-8")
    result = run("check", str(plan), data_dir=data_dir)
    assert result.returncode == 1
    assert "12" in result.stderr and "høyst 12" in result.stderr


def test_check_locates_yaml_syntax_error(tmp_path, data_dir):
    plan = tmp_path / "broken.yaml"
    plan.write_text("group: {name: G}\nparticipants:\n  - [Kari\n", encoding="utf-8")
    result = run("check", str(plan), data_dir=data_dir)
    assert result.returncode == 1
    assert f"{plan}:" in result.stderr


def test_check_warns_when_the_gatherings_span_more_than_half_a_year(tmp_path, data_dir):
    """Gatherings 18 months apart are a plan to look at again (a wrong year?), not an error."""
    plan = tmp_path / "long.yaml"
    plan.write_text(
        "group: {name: Lang}\n"
        "participants: [Kari, Ola]\n"
        "gatherings:\n"
        "  - {title: S1, date: 2026-09-16, blocks: [{activity: buzz, minutes: 600}]}\n"
        "  - {title: S2, date: 2028-03-15, blocks: [{activity: buzz, minutes: 480}]}\n",
        encoding="utf-8",
    )
    result = run("check", str(plan), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "18 måneder (16.09.2026–15.03.2028)" in result.stdout
    assert "gjennom halvåret" in result.stdout and f"{plan}:3" in result.stdout
    example = run("check", str(REPO / "sessions" / "example-plan.yaml"), data_dir=data_dir)
    assert "måneder" not in example.stdout


def test_check_counts_days_with_the_day_length_setting(example_plan, data_dir):
    """The example plan holds 900 programme minutes: 2.5 days of 360, but 3.8 of 240."""
    assert "dager" not in run("check", str(example_plan), data_dir=data_dir).stdout
    (data_dir / "settings.json").write_text('{"day_minutes": 240}', encoding="utf-8")
    result = run("check", str(example_plan), data_dir=data_dir)
    assert result.returncode == 0 and "Planlagt tid er 3,8 dager" in result.stdout
    (data_dir / "settings.json").write_text('{"day_minutes": "lang"}', encoding="utf-8")
    result = run("check", str(example_plan), data_dir=data_dir)
    assert "day_minutes" in result.stderr and "dager" not in result.stdout


def test_usage_errors_exit_2(data_dir):
    assert run("nonsense", data_dir=data_dir).returncode == 2
    assert run("check", data_dir=data_dir).returncode == 2
    assert run("--lang", "de", "goals", data_dir=data_dir).returncode == 2


def test_english(data_dir, example_plan):
    result = run("--lang", "en", "check", str(example_plan), data_dir=data_dir)
    assert "The plan is fine" in result.stdout


def test_import_export_import_round_trip(example_plan, data_dir, tmp_path):
    first = run("import", str(example_plan), data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    again = run("import", str(example_plan), data_dir=data_dir)
    assert again.returncode == 0 and "Oppdaterte" in again.stdout
    groups = json.loads(run("groups", "--json", data_dir=data_dir).stdout)
    assert len(groups) == 1  # updated, never duplicated
    out = tmp_path / "out"
    exported = run(
        "export", "plan", "--group", "LIS1 Vestland høst 2026", "--out", str(out), data_dir=data_dir
    )
    assert exported.returncode == 0, exported.stderr
    written = next(out.glob("*.yaml"))
    assert run("check", str(written), data_dir=data_dir).returncode == 0
    assert run("import", str(written), data_dir=data_dir).returncode == 0
    out2 = tmp_path / "out2"
    run(
        "export",
        "plan",
        "--group",
        "LIS1 Vestland høst 2026",
        "--out",
        str(out2),
        data_dir=data_dir,
    )
    assert next(out2.glob("*.yaml")).read_text() == written.read_text()
    assert len(json.loads(run("groups", "--json", data_dir=data_dir).stdout)) == 1


def test_export_unknown_group_is_a_clear_error(data_dir, tmp_path):
    result = run(
        "export", "plan", "--group", "Finnes ikke", "--out", str(tmp_path), data_dir=data_dir
    )
    assert result.returncode == 1 and "Finnes ikke" in result.stderr


def test_second_writer_refused_politely(example_plan, data_dir):
    from groupguide.store import Store

    store = Store(data_dir)
    store.open()
    try:
        result = run("import", str(example_plan), data_dir=data_dir)
    finally:
        store.close()
    assert result.returncode == 1
    assert str(data_dir) in result.stderr


@pytest.mark.parametrize(
    "args", [("import", "/nonexistent/plan.yaml"), ("check", "/nonexistent/plan.yaml")]
)
def test_missing_file_is_a_message(args, data_dir):
    result = run(*args, data_dir=data_dir)
    assert result.returncode == 1 and result.stderr.strip()


def test_an_unexpected_error_is_a_short_message_and_a_report(monkeypatch, tmp_path, capsys):
    """A bug in a command: one line on stderr naming the report, exit code 1, no traceback;
    the report says where in the code, not the error's message (which may quote a note)."""
    import groupguide.main as entry
    from groupguide.paths import CRASH_REPORT

    secret = "fnr 01019012345 Ola Pasient"

    def broken(args):
        raise RuntimeError(secret)

    monkeypatch.setenv("GROUPGUIDE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(entry, "run_command", broken)
    code = entry.main(["--data-dir", str(tmp_path / "data"), "groups"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and secret not in err
    assert "feilrapport" in err
    report = (tmp_path / "cache" / CRASH_REPORT).read_text(encoding="utf-8")
    assert "RuntimeError" in report and "in broken" in report and secret not in report
