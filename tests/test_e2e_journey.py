"""A new group leader's whole journey in a real terminal (tmux), from an empty data folder:
create a group, add participants, plan a gathering from the activity library, run it
(attendance, a case reflection held, buzz pairs), open the evaluation and answer it from three
simulated phones over HTTP, close it, and write the certificates. The screen is checked at each
step by polling; the files are checked at the end."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_e2e_terminal import _answer
from tests.tmux_harness import TERMINAL, Terminal, groupguide, require_tmux

pytestmark = [pytest.mark.timeout(400), TERMINAL]

PEOPLE = [
    "Anne Berg",
    "Bjørn Dahl",
    "Cecilie Eik",
    "David Fjell",
    "Eva Gran",
    "Frode Hauge",
    "Guro Ness",
    "[/] Hans <b>Moe</b>",
]
BASE = re.compile(r"http://127\.0\.0\.1:\d+")
CODE = re.compile(r"Kode: ([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})")


def test_a_half_year_in_a_real_terminal(tmp_path: Path):
    require_tmux()
    data, out = tmp_path / "data", tmp_path / "out"
    data.mkdir()
    # the LAN address would be this machine's; phones here are local, and the export folder
    # must not be the home folder
    (data / "settings.json").write_text(
        json.dumps({"evaluation_host": "127.0.0.1", "evaluation_port": 0, "export_dir": str(out)})
    )
    term = Terminal(groupguide("--data-dir", str(data)), width=110, height=34)
    try:
        _journey(term, data, out)
    finally:
        term.close()


def _journey(term: Terminal, data: Path, out: Path) -> None:
    term.wait_for("Ingen grupper ennå")

    # a group
    term.send("n")
    term.wait_for("Navn på gruppen")  # the dialog's own label, not the footer's
    term.type("LIS1 Test vår 2027")
    term.send("Enter")
    term.wait_for("0/12")  # home's participant column: the dialog has closed
    term.send("Enter")
    term.wait_for(r"Deltakere 0/12")

    # eight participants (one with a markup-like name)
    term.send("1")
    term.wait_for("0 av maks 12 deltakere")
    for number, name in enumerate(PEOPLE, start=1):
        term.send("n")
        term.wait_for("Utdanningsløp")
        term.type(name)
        term.send("Enter")
        term.wait_for(rf"Deltakere {number}/12")
    assert "[/] Hans <b>Moe</b>" in term.screen()

    # a gathering with a case reflection and a buzz exercise from the activity library
    term.send("2")
    term.wait_for("Ingen samlinger ennå")
    term.send("n")
    term.wait_for("Tittel")
    term.send("Enter")
    term.wait_for(r"Plan \(1\)")
    term.send("Enter")
    term.wait_for("Program")
    # wait for the chooser's own title: the empty agenda's hint and the chooser's description
    # also name the library and the suggested goals, and a key sent too early lands elsewhere
    term.send("a")
    term.wait_for("Ny programpost fra aktivitetsbiblioteket")
    term.send("Enter")  # Kasuistikk med refleksjonsrunde
    # its suggested goals are offered, ticked; Ctrl+S attaches them (nothing until then)
    term.wait_for("Aktivitetens foreslåtte mål er krysset av")
    term.send("C-s")
    term.wait_for(r"Program 1 t  ·")
    term.send("a")
    term.wait_for("Ny programpost fra aktivitetsbiblioteket")
    term.send("Down", "Down", "Enter")  # Summeøvelse (after Kasuistikk med samvalg)
    term.wait_for("Aktivitetens foreslåtte mål er krysset av")
    term.send("Escape")  # declined: this block claims no goal
    term.wait_for("Ingen læringsmål knyttet")
    term.wait_for(r"Program 1 t 25 min")
    term.send("Escape")
    term.wait_for(r"Plan \(1\)")

    # run it: the gathering is planned four weeks ahead, so it asks first; held today, then
    # check-in, hold the case reflection for half a minute, buzz pairs, finish
    term.send("g")
    term.wait_for("Holdt i dag")  # the question's button
    term.send("Enter")
    term.wait_for("Oppmøte")
    term.wait_for("8 av 8 til stede")
    term.send("Enter")
    term.wait_for("Programpost 1 av 2")
    term.send("Space")
    term.wait_for("Klokken går")
    term.wait_for(r"00:3\d", timeout=60)  # held long enough to count as held
    term.send("n")
    screen = term.wait_for("Programpost 2 av 2")
    term.wait_for("Presentasjon av kasuistikken")  # a case first; the pairs come after it
    term.send("Right")
    term.wait_for("Fase 2/3: To og to")
    term.wait_for("Anne Berg")  # the buzz pairs are on screen
    term.wait_for(r"00:3\d", timeout=60)  # the clock runs on into the buzz block
    term.send("n")
    term.wait_for(r"Alle programpostene \(2\) er gjennomført")
    term.send("Escape")
    term.wait_for(r"Plan \(1\)")

    # the evaluation, answered by three phones over HTTP
    term.send("v")
    screen = term.wait_for(CODE.pattern)
    # the URL may wrap inside its widget; the short code beside it is the same token
    url = f"{BASE.search(screen).group(0)}/e/{CODE.search(screen).group(1).replace('-', '')}"
    for relevance, wish in ((5, "Mer om rus"), (4, "[@click=app.quit]x"), (3, "Tvang")):
        assert _answer(url, relevance, wish) == 303
    term.wait_for(r"3 av \d+ har svart")
    term.send("Escape")  # back: the evaluation stays open, served again at the same code
    term.wait_for("Evalueringen er fortsatt åpen")
    term.wait_for(r"Plan \(1\)")
    term.send("v")
    screen = term.wait_for(r"3 av \d+ har svart")
    assert CODE.search(screen).group(1).replace("-", "") == url.rsplit("/", 1)[-1]
    term.send("c")
    term.wait_for("Lukke evalueringen")  # the question, not the footer
    term.send("y")
    term.wait_for("evalueringen er lukket")  # the results screen, after closing
    term.wait_for("Forlat notat")  # the cursor is in the leader's own evaluation
    term.send("Escape")  # out of the field
    term.wait_for("Slett prøvesvar")  # the screen's own keys in the footer again
    term.send("Escape")
    term.wait_for(r"Plan \(1\)")

    # documents: the certificates as PDF and HTML, chosen with the keyboard
    term.send("x")
    term.wait_for(r"9 filer blir skrevet")  # the PDFs by default
    term.send("Tab", "Tab", "Enter")  # to the format, open it
    term.wait_for("PDF og HTML")
    term.send("Down", "Down", "Enter")
    term.wait_for(r"18 filer blir skrevet")
    term.send("w")
    term.wait_for("Skrev 18 fil")
    term.wait_for("xdg-open")  # what was written where, and how to open the folder
    term.send("C-q")
    assert term.exit_code() == 0

    # the files
    group = json.loads(next((data / "groups").glob("*.json")).read_text())
    stored = next(iter(group["group"].values()))
    blocks = stored["gatherings"][0]["blocks"]
    assert blocks[0]["held_minutes"] is not None and blocks[0]["held_minutes"] >= 0
    assert blocks[0]["goals"] and blocks[1]["goals"] == []  # confirmed, declined
    assert blocks[0]["held_start"] and blocks[0]["held_end"]  # the real clock times
    assert stored["gatherings"][0]["held_date"] == blocks[0]["held_start"][:10]
    assert stored["gatherings"][0]["attendance"]
    assert len(stored["pair_history"]) >= 4  # the buzz pairs were recorded
    evaluation = json.loads(next((data / "evaluations").glob("*.json")).read_text())
    assert len(evaluation["answers"]) == 3
    assert "127.0.0.1" not in json.dumps(evaluation)
    certificates = sorted(p.name for p in out.glob("bekreftelse-*.html"))
    assert len(certificates) == 8, certificates
    page = (out / next(n for n in certificates if "moe" in n)).read_text()
    assert "&lt;b&gt;Moe&lt;/b&gt;" in page and "<b>Moe</b>" not in page
    assert "Kasuistikk med refleksjonsrunde" in page
