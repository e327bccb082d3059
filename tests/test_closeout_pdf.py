"""The close-out report's PDF read back with poppler: the names as typed, the attendance matrix of
12 participants × 4 gatherings whole on one upright A4 page, a matrix too wide for it on a
landscape page of its own, the signature lines, A4, embedded fonts, page numbers.
Skips locally without poppler-utils; fails instead under CI (CI=true)."""

from __future__ import annotations

import copy
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from groupguide.domain.model import Attendance, Group
from groupguide.domain.people import Participant
from groupguide.export import build, write_export
from tests import needs
from tests.export_helpers import context, example_group
from tests.test_export_pdf import (
    A4,
    TOOLS,
    assert_inside_margins,
    assert_signature_lines,
    assert_well_made,
    flat,
    info,
    pages_text,
    words,
)

VIETNAMESE = "Nguyễn Thị Lan"
MORE = [
    (unicodedata.normalize("NFD", VIETNAMESE), "Tromsø"),
    ("Åse Ærøy Øvrebø", "Nord-Aurdal"),
    ("Anne-Margrethe Østerbø-Aaslandsvik", "Kvæfjord"),
    ("Muhammad Abdirahman Warsame", "Bjørnafjorden"),
]


@pytest.fixture(autouse=True)
def _poppler():
    for tool in TOOLS:
        needs.tool(tool, "poppler-utils")


def _twelve(library, example_plan, gatherings: int) -> Group:
    """The example group with 12 participants and ``gatherings`` gatherings, the extra ones
    held like the second (everyone present) and placed before the last, not yet held one."""
    group = example_group(library, example_plan)
    for name, municipality in MORE:
        person = Participant(name, workplace="Legekontoret", municipality=municipality)
        group.participants.append(person)
        for gathering in group.gatherings:
            if gathering.attendance is not None:
                gathering.attendance[person.id] = Attendance()
    while len(group.gatherings) < gatherings:
        extra = copy.deepcopy(group.gatherings[1])
        number = len(group.gatherings)
        extra.id, extra.title = f"extra{number}", f"Samling {number} – Ekstra"
        extra.date = extra.held_date = date(2026, 11, 1 + number)
        for block in extra.blocks:
            block.held_start = block.held_end = None
        group.gatherings.insert(number - 1, extra)
    return group


def _pdf(library, group, tmp_path: Path) -> Path:
    export = build("closeout", context(library, group), None, {}, ("pdf",))
    written = write_export(tmp_path, export)
    assert [p.suffix for p in written] == [".pdf", ".csv"]
    return written[0]


def test_closeout_reads_back_with_the_whole_matrix_on_one_page(library, example_plan, tmp_path):
    group = _twelve(library, example_plan, 4)
    pdf = _pdf(library, group, tmp_path)
    assert_well_made(pdf)
    assert_inside_margins(pdf)
    pages = pages_text(pdf)
    text = flat(" ".join(pages))
    assert not any(unicodedata.combining(c) for c in text)
    assert "Sluttrapport for halvåret (foreløpig)" in text
    assert "3 av 4 samlinger er holdt; 1 gjenstår: Samling 3 – Screening" in text
    assert "12 (Bjørnafjorden 6, Austevoll 1, Kvæfjord 1, Nord-Aurdal 1, Samnanger 1" in text
    # the matrix: its heading and every participant's row on one page, totals beside them
    matrix = [page for page in pages if "Trenger å ta igjen" in page and "Deltaker" in page]
    assert len(matrix) == 1
    rows = {}
    for line in matrix[0].splitlines():
        for person in group.participants:
            name = unicodedata.normalize("NFC", person.name)
            if line.strip().startswith(name.split()[0]) and name.split()[0] not in rows:
                rows[name.split()[0]] = flat(line)
    assert len(rows) == 12, rows.keys()
    assert rows["Emil"] == (
        "Emil Strand Bjørnafjorden fravær 6 t 5 min 6 t 5 min – 12 t 10 min nei"
    )
    assert rows["Ahmed"].endswith("6 t 5 min fravær fravær – 6 t 5 min ja")
    assert rows["Nguyễn"] == (
        f"{VIETNAMESE} Tromsø 6 t 5 min 6 t 5 min 6 t 5 min – 18 t 15 min nei"
    )
    assert "delvis" in rows["Jonas"] and rows["Åse"].startswith("Åse Ærøy Øvrebø Nord-Aurdal")
    # who needs to catch up, in the report's own words
    assert "Ahmed Karimi: fravær på samling 2, 3; godkjent 6 t 5 min" in text
    assert "mindre enn 2 dager (12 t; en dag regnes som 6 t program)" in text
    # goal codes with their texts, and the leader's signature lines at the end
    assert "FKM LM-02 Kunne identifisere, analysere og håndtere noen etiske utfordringer" in text
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
        head = page.strip().splitlines()[0]
        assert "LIS1 Vestland høst 2026" in head and "Sluttrapport for halvåret" in head
    assert_signature_lines(pages[-1])
    assert info(pdf)["Title"] == "Sluttrapport for halvåret (foreløpig) – LIS1 Vestland høst 2026"


def test_a_matrix_too_wide_for_the_upright_page_gets_a_landscape_one(
    library, example_plan, tmp_path
):
    group = _twelve(library, example_plan, 7)
    pdf = _pdf(library, group, tmp_path)
    assert_inside_margins(pdf, landscape=True)
    found = words(pdf)
    wide = [n for n, size in enumerate(found.pages, start=1) if size[0] > size[1]]
    assert len(wide) == 1 and found.pages[0] == pytest.approx(A4, abs=0.01)
    pages = pages_text(pdf)
    page = pages[wide[0] - 1]
    # the heading, the whole matrix and the catch-up list share the landscape page
    assert "Oppmøte" in page and "Trenger å ta igjen" in page
    plain = flat(pages_text(pdf, layout=False)[wide[0] - 1])
    assert all(unicodedata.normalize("NFC", p.name) in plain for p in group.participants)
    assert re.search(r"Deltaker\s+Kommune\s+1\s+2\s+3\s+4\s+5\s+6\s+7\s+Sum", page), page
    # no word broken inside a cell: the municipality and the totals are whole
    assert "Bjørnafjorden" in page and "30 t 25 min" in page
    # what follows is upright again, and the page numbers run on through it
    assert "Læringsmål" not in page and "Læringsmål" in pages[wide[0]]
    assert f"Side {wide[0]} av {len(pages)}" in page
    assert_signature_lines(pages[-1])
