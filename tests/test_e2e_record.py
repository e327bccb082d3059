"""Issue 11's day in a real terminal (tmux): a gathering planned for Wednesday 09:00 is run on
Thursday from 22:40 into the night, with one late arrival and one early departure; the
certificates, the report and the attendance sheet then show the real date, the real clock times
and each participant's right credit.

The time comes from the test hook ``GROUPGUIDE_TEST_CLOCK_FILE`` (a file holding the moment the
app sees): the test moves the day forward by rewriting it, so every minute is known.
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tmux_harness import REPO, TERMINAL, Terminal, groupguide, require_tmux

pytestmark = [pytest.mark.timeout(300), TERMINAL]

GROUP = "Nattgruppa vår 2027"
PLAN = """\
group:
  name: Nattgruppa vår 2027
  term: 2027 vår
  facilitator: Siri Vold
  organiser: Tromsø kommune
participants:
  - {name: Aksel Fjell, workplace: Tromsø legevakt}
  - {name: Bodil Strand, workplace: Kvaløysletta legesenter}
  - {name: Carl Lie, workplace: Tromsdalen legesenter}
  - {name: Dina Moe, workplace: Sentrum legekontor}
gatherings:
  - title: Nattsamling
    date: 2027-03-10
    start: "09:00"
    end: "12:00"
    location: Legevakta, møterom 2
    blocks:
      - {activity: av-intro, title: "Innledning: natt og søvn", minutes: 20, goals: [KLK-030]}
      - {activity: case-reflection, title: "Kasuistikk: uro om natta", minutes: 60, goals: [FKM LM-02], presenter: Aksel Fjell}
      - {activity: break, title: "Pause", minutes: 15, pinned: "10:30"}
      - {activity: buzz, title: "Samvalg to og to", minutes: 20, goals: [FKM LM-26]}
      - {activity: evaluation-round, title: "Muntlig evalueringsrunde", minutes: 15}
  - title: Dagsamling
    date: 2027-05-05
    start: "09:00"
    blocks:
      - {activity: open-topic, title: "Åpent tema", minutes: 30}
"""


class FakeClock:
    def __init__(self, path: Path, moment: str) -> None:
        self.path = path
        self.set(moment)

    def set(self, moment: str) -> None:
        self.path.write_text(moment, encoding="utf-8")


def _cli(data: Path, env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "groupguide", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_night_on_another_day_gives_documents_with_the_real_times(tmp_path: Path):
    require_tmux()
    data, out = tmp_path / "data", tmp_path / "out"
    data.mkdir()
    plan = tmp_path / "nattgruppa.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    clock = FakeClock(tmp_path / "clock", "2027-03-11T22:40")
    hook = {"GROUPGUIDE_TEST_CLOCK_FILE": str(clock.path)}
    env = {**os.environ, **hook, "GROUPGUIDE_LANG": "nb", "PYTHONPATH": str(REPO)}
    _cli(data, env, "import", str(plan))

    term = Terminal(
        groupguide("--data-dir", str(data), "run", "--group", GROUP, "--gathering", "1"),
        width=100,
        height=30,
        env=hook,
    )
    try:
        _run_the_night(term, clock)
    finally:
        term.close()

    for kind in ("certificates", "report"):
        _cli(data, env, "export", kind, "--group", GROUP, "--out", str(out), "--format", "html")
    _cli(data, env, "export", "attendance", "--group", GROUP, "--out", str(out))
    _check_documents(out)


def _run_the_night(term: Terminal, clock: FakeClock) -> None:
    # another day than planned: asked before anything is recorded
    screen = term.wait_for("Holdt i dag")
    assert "10.03.2027" in screen and "11.03.2027" in screen  # planned, and today
    term.send("Enter")
    term.wait_for("4 av 4 til stede")
    # Bodil came at 23:10 (after the planned end, within the night), Carl left at 00:10
    # (after midnight), Dina was away
    term.send("Down", "s")
    term.wait_for("Kom klokken")
    term.type("23:10")  # the proposed time (now) is selected: typing replaces it
    term.send("Enter")
    term.wait_for("kom 23:10")
    term.send("Down", "g")
    term.wait_for("Gikk klokken")
    term.type("00:10")
    term.send("Enter")
    term.wait_for("gikk 00:10")
    term.send("Down", "Space")
    term.wait_for("3 av 4 til stede")
    term.send("Enter")
    term.wait_for("Programpost 1 av 5")

    # the night as it went: 22:40 start; the break is ended at once (skipped)
    term.send("Space")
    term.wait_for("Klokken går")
    for moment, block in (
        ("2027-03-11T23:00", "Programpost 2 av 5"),  # the introduction: 20 min
        ("2027-03-12T00:00", "Programpost 3 av 5"),  # the case: 60 min, past midnight
        ("2027-03-12T00:00", "Programpost 4 av 5"),  # the break: no time, skipped
        ("2027-03-12T00:20", "Programpost 5 av 5"),  # the buzz exercise: 20 min
    ):
        clock.set(moment)
        term.send("n")
        term.wait_for(block)
    clock.set("2027-03-12T00:35")  # the evaluation round: 15 min
    term.send("n")
    term.wait_for("4 av 5 programposter gjennomført, 1 hoppet over")
    term.wait_for("Holdt 22:40–00:35")
    term.send("Escape")
    term.send("C-q")
    assert term.exit_code() == 0


def _read(out: Path, pattern: str) -> str:
    (path,) = out.glob(pattern)
    text = path.read_text(encoding="utf-8-sig")
    return re.sub(r"<[^>]+>", " ", text) if path.suffix == ".html" else text


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _check_documents(out: Path) -> None:
    # the report: the real date with the planned one, the real times, the skipped break
    report = _flat(_read(out, "samlingsrapport-1-*.html"))
    assert "torsdag 11. mars 2027 (planlagt onsdag 10. mars 2027)" in report
    assert "Tid: 22:40–00:35" in report
    for span, title in (
        ("22:40–23:00", "Innledning: natt og søvn"),
        ("23:00–00:00", "Kasuistikk: uro om natta"),
        ("00:00–00:20", "Samvalg to og to"),
        ("00:20–00:35", "Muntlig evalueringsrunde"),
    ):
        assert f"{span} {title}" in report, span
    assert "– Pause 15 ikke gjennomført" in report  # no time invented for it
    # credit against the real intervals: 20 + 60 + 20 + 15 = 115 programme minutes
    assert "Aksel Fjell til stede 1 t 55 min" in report
    assert "Bodil Strand delvis 1 t 25 min kom 23:10" in report  # 50 + 20 + 15
    assert "Carl Lie delvis 1 t 30 min gikk 00:10" in report  # 20 + 60 + 10
    assert "Dina Moe fravær" in report

    # the attendance sheet: the day as held in the column, hours per participant
    sheet = _read(out, "oppmote-*.csv")
    rows = list(csv.reader(sheet.splitlines(), delimiter=";"))
    assert rows[0][2:4] == ["Kommune", "Samling 1 11.03.2027 22:40–00:35 oppmøte"]
    by_name = {row[0]: row[3:5] for row in rows[1:]}
    assert by_name == {
        "Aksel Fjell": ["til stede", "1,92"],
        "Bodil Strand": ["delvis", "1,42"],
        "Carl Lie": ["delvis", "1,50"],
        "Dina Moe": ["fravær", "0,00"],
    }

    # the certificates: the real date and times, only the blocks each was there for
    bodil = _flat(_read(out, "bekreftelse-bodil-strand.html"))
    assert "Bekreftelse på deltakelse i gruppeveiledning (foreløpig)" in bodil
    assert "torsdag 11. mars 2027, Legevakta, møterom 2. Til stede: 1 t 25 min (kom 23:10)" in bodil
    assert "23:10–00:00 Kasuistikk: uro om natta 50" in bodil  # there 50 of 60 minutes
    assert "Innledning: natt og søvn" not in bodil  # it ended before she came
    assert "Deltatt på 1 av 2 samlinger i halvåret." in bodil
    assert "1 gjenstår: Dagsamling (5. mai 2027)" in bodil
    carl = _flat(_read(out, "bekreftelse-carl-lie.html"))
    assert "00:00–00:10 Samvalg to og to 10" in carl  # there 10 of 20 minutes: half
    assert "Muntlig evalueringsrunde" not in carl  # he had left
    assert not list(out.glob("bekreftelse-dina-moe.html"))  # no certificate without credit
