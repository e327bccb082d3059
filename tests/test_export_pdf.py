"""Every PDF read back with poppler (pdftotext, pdffonts, pdfinfo): the names as typed (æøå,
Vietnamese, decomposed input), goal codes and full goal texts, dates and clock times, embedded
fonts only, A4, page numbers per document, one participant per page in the combined file,
signature lines, and nothing outside the page margins however long a name or a goal list.
Skips locally without poppler-utils; fails instead under CI (CI=true)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from groupguide.domain.model import Attendance
from groupguide.domain.people import Participant
from groupguide.export import build, write_export
from groupguide.i18n import set_language
from tests import needs
from tests.export_helpers import context, example_group

TOOLS = ("pdftotext", "pdffonts", "pdfinfo")
A4 = (595.276, 841.89)
MARGIN = 18 * 72 / 25.4  # 18 mm left and right, in points
VIETNAMESE = "Nguyễn Thị Lan"
LONG_WORD = "Kjempelangtetternavnutenmellomromsomikkefårplassipåenlinjeiettabellfelt" * 2
LONG_NAME = f"Anne-Margrethe Østerbø-Aaslandsvik Ødegård Bjørnstad {LONG_WORD}"


@pytest.fixture(autouse=True)
def _poppler():
    for tool in TOOLS:
        needs.tool(tool, "poppler-utils")


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def pages_text(pdf: Path, layout: bool = True) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    text = _run("pdftotext", *(["-layout"] if layout else []), str(pdf), "-")
    return text.split("\f")[:-1]


def flat(text: str) -> str:
    """Whitespace runs (line breaks, no-break spaces) as one space."""
    return re.sub(r"\s+", " ", text).strip()


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.pages: list[tuple[float, float]] = []
        self.words: list[tuple[int, str, float, float, float, float]] = []
        self._box: tuple[float, ...] | None = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "page":
            self.pages.append((float(values["width"]), float(values["height"])))
        elif tag == "word":
            self._box = tuple(float(values[k]) for k in ("xmin", "ymin", "xmax", "ymax"))

    def handle_data(self, data):
        if self._box is not None:
            self.words.append((len(self.pages), data, *self._box))
            self._box = None


def words(pdf: Path) -> _Words:
    parser = _Words()
    parser.feed(_run("pdftotext", "-bbox", str(pdf), "-"))
    return parser


def fonts(pdf: Path) -> list[list[str]]:
    lines = _run("pdffonts", str(pdf)).splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


def info(pdf: Path) -> dict[str, str]:
    pairs = (line.split(":", 1) for line in _run("pdfinfo", str(pdf)).splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def assert_inside_margins(pdf: Path, landscape: bool = False) -> None:
    """Every word inside the side margins, on A4 pages (upright; also landscape if allowed)."""
    found = words(pdf)
    sizes = [A4, A4[::-1]] if landscape else [A4]
    assert found.pages and all(
        any(page == pytest.approx(size, abs=0.01) for size in sizes) for page in found.pages
    ), found.pages
    lines: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
    for page, word, x0, y0, x1, y1 in found.words:
        width, height = found.pages[page - 1]
        assert x0 >= MARGIN - 1 and x1 <= width - MARGIN + 1, (page, word, x0, x1)
        assert y0 >= 0 and y1 <= height, (page, word, y0, y1)
        lines.setdefault((page, round(y1)), []).append((x0, x1, word))
    for key, line in lines.items():  # no word drawn over another (a header that did not fit)
        line.sort()
        for (_, end, word), (start, _, after) in zip(line, line[1:], strict=False):
            assert start >= end - 0.5, (key, word, after)


def assert_signature_lines(
    page: str,
    leader: str = "Eva Solberg",
    labels: tuple[str, str] = ("Sted og dato", "Underskrift gruppeveileder"),
) -> None:
    """Place and date, and the leader's signature, side by side; the leader's printed name
    stands right above the signature label."""
    lines = page.splitlines()
    row = next(i for i, line in enumerate(lines) if labels[0] in line and labels[1] in line)
    above = lines[row - 1]
    assert leader in above, lines[row - 1 : row + 1]
    assert abs(above.index(leader) - lines[row].index(labels[1])) <= 1, lines[row - 1 : row + 1]


def assert_well_made(pdf: Path) -> None:
    """A4 on every page, fonts embedded, no Helvetica or any other font sneaking in."""
    assert info(pdf)["Page size"].startswith("595.276 x 841.89 pts (A4)")
    rows = fonts(pdf)
    assert rows, "no fonts"
    for row in rows:
        name, emb = row[0], row[-5]
        assert "DejaVuSans" in name and "Helvetica" not in name, row
        assert emb == "yes", row


# -- the group ---------------------------------------------------------------------------


def _add_present(group, name: str, workplace: str = "") -> Participant:
    person = Participant(name, workplace=workplace)
    group.participants.append(person)
    for gathering in group.gatherings:
        if gathering.attendance is not None:
            gathering.attendance[person.id] = Attendance()
    return person


@pytest.fixture
def group(library, example_plan):
    group = example_group(library, example_plan)
    _add_present(group, unicodedata.normalize("NFD", VIETNAMESE), "Tromsø legevakt")
    _add_present(group, "Åse Ærøy Øvrebø", "Kvæfjord legekontor")
    return group


def _write(library, group, kind: str, tmp_path: Path, numbers=None) -> dict[str, Path]:
    export = build(kind, context(library, group), numbers, None, ("pdf",))
    written = write_export(tmp_path / kind, export)
    assert written and all(p.suffix == ".pdf" for p in written)
    return {p.name: p for p in written}


# -- certificates ------------------------------------------------------------------------


def test_certificate_reads_back(library, group, tmp_path):
    files = _write(library, group, "certificates", tmp_path)
    pdf = files["bekreftelse-nguyen-thi-lan.pdf"]
    assert_well_made(pdf)
    pages = pages_text(pdf)
    text = flat(" ".join(pages))
    # decomposed input is drawn composed: the PDF's text is NFC, no loose combining marks
    assert VIETNAMESE in text and "Tromsø legevakt" in text
    assert not any(unicodedata.combining(c) for c in text)
    assert "Bekreftelse på deltakelse i gruppeveiledning (foreløpig)" in text
    # the status: how many of the half-year's gatherings, and provisional before the last one
    assert "Deltatt på 2 av 3 samlinger i halvåret." in text
    assert "Foreløpig: utstedt før halvårets siste samling er holdt; 1 gjenstår:" in text
    assert "Bjørnafjorden kommune" in text and "Eva Solberg" in text
    assert "onsdag 16. september 2026, Os kulturhus, møterom Lysefjorden" in text
    # the real clock times: the day began 09:05 and the blocks ran back to back (no gap invented)
    assert "10:00–11:05" in text and "14:25–15:25" in text
    assert (
        "FKM LM-02 Kunne identifisere, analysere og håndtere noen etiske utfordringer i "
        "egen klinisk praksis under veiledning." in text
    )
    assert "KLK-040 Selvstendig kunne utstede sykmeldinger, resepter og attester" in text
    assert "12 t 10 min (12,2 timer)" in text
    # every page: the group and the participant in the header, "Side n av N" in the footer
    for number, page in enumerate(pages, start=1):
        head = page.strip().splitlines()[0]
        assert "LIS1 Vestland høst 2026" in head and VIETNAMESE in head, head
        assert f"Side {number} av {len(pages)}" in page
    # signature lines on the last page: place and date, the leader's signature and name
    assert_signature_lines(pages[-1])
    assert (
        info(pdf)["Title"]
        == f"Bekreftelse på deltakelse i gruppeveiledning (foreløpig) – {VIETNAMESE}"
    )
    assert_inside_margins(pdf)


def test_combined_file_has_one_participant_per_page_for_twelve(library, group, tmp_path):
    for name in ("Øystein Berg", "Kåre Ås", "Lise Grønn", "Trude Sæther"):
        _add_present(group, name)
    assert len(group.participants) == 14
    group.gatherings[0].attendance[group.participants[1].id] = Attendance("absent")
    group.gatherings[1].attendance[group.participants[1].id] = Attendance("absent")
    group.gatherings[1].attendance[group.participants[7].id] = Attendance("absent")
    group.gatherings[0].attendance[group.participants[7].id] = Attendance("absent")
    files = _write(library, group, "certificates", tmp_path)
    combined = files["bekreftelser-lis1-vestland-host-2026.pdf"]
    single = [p for name, p in files.items() if name != combined.name]
    assert len(single) == 12
    assert_well_made(combined)
    pages = pages_text(combined)
    assert len(pages) == sum(len(pages_text(p)) for p in single)
    people = []
    for page in pages:
        head = page.strip().splitlines()[0]
        named = [p.name for p in group.participants if unicodedata.normalize("NFC", p.name) in head]
        assert len(named) == 1, head  # exactly one participant on each page
        label = re.search(r"Side (\d+) av (\d+)", page)
        assert label, page
        if label.group(1) == "1":  # a certificate starts on a new page, at its top
            assert "Bekreftelse på deltakelse i gruppeveiledning" in page.split("\n", 3)[-1]
            people.append(named[0])
    assert len(people) == 12 and len(set(people)) == 12
    assert group.participants[1].name not in people and group.participants[7].name not in people
    assert flat(" ".join(pages)).count("Underskrift gruppeveileder") == 12


def test_long_name_and_long_goal_list_stay_on_the_page(library, group, tmp_path):
    person = _add_present(group, LONG_NAME, "Legesenteret i " + "Sør-" * 12 + "Varanger")
    every_goal = [goal.code for goal in library.goals]
    assert len(every_goal) >= 26
    group.gatherings[0].blocks[2].goals = every_goal
    group.gatherings[0].blocks[2].title = "Kasuistikk: " + "svært " * 30 + "lang tittel"
    group.gatherings[0].blocks[2].presenter = person.id
    files = _write(library, group, "certificates", tmp_path)
    pdf = next(p for name, p in files.items() if name.startswith("bekreftelse-anne-margrethe"))
    assert_well_made(pdf)
    assert_inside_margins(pdf)
    raw = "".join(" ".join(pages_text(pdf, layout=False)).split())
    # nothing is cut: the whole name (a word too long for a line is broken, not clipped)
    assert "".join(LONG_NAME.split()) in raw
    for goal in library.goals:
        assert "".join(f"{goal.code} {goal.text}".split()) in raw, goal.code
    pages = pages_text(pdf)
    assert len(pages) >= 3
    for page in pages:
        head = page.strip().splitlines()[0]
        assert "Anne-Margrethe" in head  # shrunk or shortened in the header, never overflowing
    assert_inside_margins(files["bekreftelser-lis1-vestland-host-2026.pdf"])


def test_markup_like_names_are_literal_text(library, group, tmp_path):
    group.participants[0].name = "<b>Kari</b> & [x](javascript:alert(1)) *Nordmann* \\_"
    files = _write(library, group, "certificates", tmp_path)
    pdf = next(p for name, p in files.items() if name.startswith("bekreftelse-b-kari"))
    text = flat(" ".join(pages_text(pdf, layout=False)))
    assert "<b>Kari</b> & [x](javascript:alert(1)) *Nordmann* \\_" in text


def test_characters_the_font_lacks_get_a_note_and_the_file_is_still_written(
    library, group, tmp_path
):
    group.participants[0].name = "Wang 王小明"
    export = build("certificates", context(library, group), None, None, ("pdf",))
    notes = [n for n in export.notes if "王" in n]
    assert notes and "bekreftelse-wang.pdf" in notes[0] and "王 小 明" in notes[0]
    written = write_export(tmp_path, export)
    assert any(p.name == "bekreftelse-wang.pdf" for p in written)


def test_english_page_labels(library, group, tmp_path):
    set_language("en")
    files = _write(library, group, "certificates", tmp_path)
    pages = pages_text(files["certificate-kari-nordmann.pdf"])
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert_signature_lines(pages[-1], labels=("Place and date", "Signature, group leader"))


# -- report and handout ------------------------------------------------------------------


def test_report_lists_attendance_by_name_and_has_signature_lines(library, group, tmp_path):
    maria = group.participant_by_name("Maria Nilsen")
    assert group.gatherings[1].attendance[maria.id].arrived == time(10, 30)
    files = _write(library, group, "report", tmp_path)
    pdf = files["samlingsrapport-2-samling-2-brukermedvirkning-psykisk-helse-og-rus.pdf"]
    assert_well_made(pdf)
    assert_inside_margins(pdf)
    pages = pages_text(pdf)
    text = flat(" ".join(pages))
    assert "Samlingsrapport: Samling 2 – Brukermedvirkning, psykisk helse og rus" in text
    assert "onsdag 21. oktober 2026" in text and "09:02–16:15" in text  # as run mode timed it
    assert "Maria Nilsen delvis 4 t 37 min kom 10:30" in text
    assert "Ahmed Karimi fravær" in text
    assert f"{VIETNAMESE} til stede 6 t 5 min" in text
    assert "Åse Ærøy Øvrebø til stede" in text
    assert "Til stede: 8. Delvis til stede: 1. Fravær: 1. Deltakere i gruppen: 10." in text
    assert "FKM LM-48 Kunne involvere pasienter, pårørende, brukerrepresentanter" in text
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
        assert "Samlingsrapport: Samling 2" in page.strip().splitlines()[0]
    assert_signature_lines(pages[-1])


def test_report_of_a_day_that_went_wrong(library, group, tmp_path):
    """Nobody came but one who left early, nothing was held after the first block."""
    gathering = group.gatherings[0]
    for person in group.participants:
        gathering.attendance[person.id] = Attendance("absent")
    gathering.attendance[group.participants[0].id] = Attendance("partial", left=time(9, 20))
    for block in gathering.blocks[1:]:
        block.held_minutes = None
    files = _write(library, group, "report", tmp_path, [1])
    pdf = next(iter(files.values()))
    assert_well_made(pdf)
    text = flat(" ".join(pages_text(pdf)))
    assert "Kari Nordmann delvis" in text and "gikk 09:20" in text
    assert text.count("fravær") == len(group.participants) - 1
    assert "ikke gjennomført" in text
    assert "Underskrift gruppeveileder" in text


def test_handout_reads_back_and_is_not_for_signing(library, group, tmp_path):
    files = _write(library, group, "handout", tmp_path)
    pdf = files["samlingsplan-lis1-vestland-host-2026.pdf"]
    assert_well_made(pdf)
    assert_inside_margins(pdf)
    pages = pages_text(pdf)
    text = flat(" ".join(pages))
    assert "Samlingsplan: LIS1 Vestland høst 2026" in text
    assert VIETNAMESE in text and "Åse Ærøy Øvrebø" in text
    assert "onsdag 2. desember 2026" in text and "09:00–12:30" in text
    assert "Hva forventes av deg" in text
    assert "Underskrift" not in text and "signeres" not in text
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page


def test_absurdly_long_texts_still_give_a_pdf_with_nothing_lost(library, group, tmp_path):
    """A block title longer than a page cannot keep its table row whole: the row breaks
    instead of the export failing; an overlong leader name or group name is shrunk and
    shortened in the header and footer only."""
    words = " ".join(f"ord{n}" for n in range(1500))
    gathering = group.gatherings[0]
    gathering.blocks[2].title = words
    gathering.leader_evaluation = words
    group.facilitator = "Eva " + "Solberg-" * 200 + "Hansen"
    group.name = "Gruppe " * 300
    files = _write(library, group, "report", tmp_path, [1])
    pdf = next(iter(files.values()))
    assert_well_made(pdf)
    assert_inside_margins(pdf)
    text = flat(" ".join(pages_text(pdf, layout=False)))
    assert text.count("ord1499") == 2  # the title in the agenda, the leader's evaluation
    assert "Underskrift gruppeveileder" in text


@pytest.mark.parametrize("checked_before", [False, True], ids=["first-export", "fonts-checked"])
def test_a_broken_font_install_is_a_clear_error(
    library, group, tmp_path, monkeypatch, checked_before
):
    """Whether or not an earlier export in the process has already looked at which characters
    the fonts cover: a clear message naming the file, never a FontError."""
    from groupguide.export import ExportError
    from groupguide.export.pdf import fonts

    def broken() -> str:
        raise fonts.FontError("DejaVuSans.ttf: No such file")

    fonts._covered.cache_clear()
    if checked_before:
        fonts._covered()
    monkeypatch.setattr(fonts, "register", broken)
    try:
        export = build("handout", context(library, group), None, None, ("pdf",))
        with pytest.raises(ExportError) as caught:
            write_export(tmp_path, export)
    finally:
        fonts._covered.cache_clear()  # the next test looks again, with the real fonts
    assert "samlingsplan-lis1-vestland-host-2026.pdf" in caught.value.message
    assert (
        "DejaVuSans.ttf" in caught.value.message and "Installer groupguide" in caught.value.message
    )


def _two_gatherings_of_three_rows(library):
    """The trial of issue 11: two gatherings, three held blocks each, one participant."""
    from datetime import date

    from groupguide.domain.model import Block, Gathering, Group

    person = Participant("Bjørn Berg", workplace="B legesenter", municipality="Bodø")
    gatherings = []
    for number, day in ((1, date(2026, 11, 18)), (2, date(2026, 11, 30))):
        blocks = [
            Block("open-topic", title="Velkommen", minutes=15, held_minutes=15),
            Block(
                "case-reflection",
                title=f"Kasuistikk {number}",
                minutes=60,
                held_minutes=65,
                goals=["FKM LM-08", "FKM LM-09"] if number == 2 else ["FKM LM-02"],
            ),
            Block("buzz", title="To og to", minutes=30, held_minutes=28, goals=["FKM LM-05"]),
        ]
        gathering = Gathering(
            f"Samling {number}", date=day, location="Rådhuset, møterom 1", blocks=blocks
        )
        gathering.attendance = {person.id: Attendance("present")}
        gatherings.append(gathering)
    return Group(
        "LIS1 Prøvegruppe vår",
        term="2027 vår",
        facilitator="Test Leder",
        participants=[person],
        gatherings=gatherings,
    )


def test_a_certificate_of_two_gatherings_fits_one_page_with_its_sum_and_signature(
    library, tmp_path
):
    group = _two_gatherings_of_three_rows(library)
    export = build("certificates", context(library, group, "Testkommune"), None, None, ("pdf",))
    written = write_export(tmp_path / "certificates", export)
    pdf = next(p for p in written if p.name == "bekreftelse-bjorn-berg.pdf")
    pages = pages_text(pdf)
    assert len(pages) == 1, [page[-400:] for page in pages]
    assert "Sum: 2 samlinger, 3 t 36 min (3,6 timer)." in flat(pages[0])
    assert_signature_lines(pages[0], leader="Test Leder")
