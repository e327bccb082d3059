"""The half-year's close-out report: who needs to catch up (the programme's 2 days), the matrix
as every other document counts it, goals held / only planned / missing, evaluations never below
the anonymity threshold, topic wishes and what became of them, provisional until the last
gathering is held, and the matrix as CSV for Norwegian Excel."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, time

from groupguide.domain.attendance import participant_minutes
from groupguide.domain.halfyear import half_year, required_minutes
from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.people import Participant
from groupguide.domain.planning import wish_block
from groupguide.domain.rules import DEFAULT_RULES
from groupguide.export import build
from groupguide.export.evaluation import evaluation_status
from groupguide.i18n import set_language
from tests.export_helpers import check_html, context, example_group

EVIL = "<script>alert(1)</script>"


def _hold(gathering: Gathering, group: Group, absent: tuple[str, ...] = ()) -> None:
    """Hold a gathering as planned, everyone present except ``absent`` (names)."""
    gathering.held_date = gathering.date
    for block in gathering.blocks:
        block.held_minutes = block.minutes
    gathering.attendance = {
        p.id: Attendance("absent" if p.name in absent else "present") for p in group.participants
    }


def _rows(year) -> dict[str, object]:
    return {p.participant.name: p for p in year.participants}


def _closeout(library, group, evaluations=None):
    """The close-out as HTML; its preview with the no-break spaces of "6 t 5 min" as spaces."""
    export = build("closeout", context(library, group), None, evaluations or {}, ("html",))
    export.preview = export.preview.replace("\u00a0", " ")
    return export


def _answers(data_dir, group, gathering, library, answers, close=True):
    from groupguide.evaluation.answers import AnswerStore

    store = AnswerStore(data_dir)
    evaluation = store.open(group, gathering, library.goals, gathering.date)
    for answer in answers:
        store.add_answer(evaluation, answer)
    if close:
        store.close(evaluation)
    return evaluation


def _answer(relevance, good="", wishes=""):
    return {
        "relevance": relevance,
        "blocks": {},
        "goals": {},
        "good": good,
        "better": "",
        "wishes": wishes,
    }


# -- who needs to catch up ---------------------------------------------------------------------


def test_an_absent_participant_needs_to_catch_up(library, example_plan):
    """Emil missed the first (full) day: 6 t 5 min credited and 3 t still to come cannot reach
    the programme's 2 days (12 t), so he needs to catch up, and the report says so by name."""
    group = example_group(library, example_plan)
    year = half_year(group)
    rows = _rows(year)
    assert year.required == 720 and not year.finished
    emil, jonas = rows["Emil Strand"], rows["Jonas Dahl"]
    assert [c.state for c in emil.cells] == ["absent", "present", "remaining"]
    assert emil.needs_catch_up and emil.short_by == 720 - 365 - 180
    # the same minutes as the certificates and the attendance sheet
    gathering = group.gatherings[1]
    assert emil.cells[1].minutes == participant_minutes(group, gathering, emil.participant.id)
    # Jonas left early at the first one but can still reach 2 days at the last one
    assert jonas.cells[0].state == "partial" and not jonas.needs_catch_up
    assert {p.participant.name for p in year.catching_up} == {"Emil Strand", "Ahmed Karimi"}

    text = _closeout(library, group).preview
    section = text.split("### Trenger å ta igjen")[1].split("## Læringsmål")[0]
    assert "- **Emil Strand**: fravær på samling 1; godkjent 6 t 5 min, mangler 2 t 55 min" in (
        section
    )
    assert "**Ahmed Karimi**" in section and "**Jonas Dahl**" not in section.split("**Må")[0]
    # the rule in the report's own words, from the programme's 2–3 days
    assert "Programmet varer 2–3 dager totalt (§2.1)" in section
    assert "mindre enn 2 dager (12 t; en dag regnes som 6 t program)" in section
    # those who must attend what is left to get there
    assert "Jonas Dahl: trenger 2 t 45 min av 3 t som gjenstår." in section
    emil_row = next(line for line in text.splitlines() if line.startswith("| Emil Strand"))
    assert "| fravær |" in emil_row and emil_row.endswith("| **ja** |")


def test_at_the_half_years_end_missing_the_last_gathering_counts(library, example_plan):
    group = example_group(library, example_plan)
    _hold(group.gatherings[2], group, absent=("Jonas Dahl",))
    year = half_year(group)
    assert year.finished and not year.remaining
    assert _rows(year)["Jonas Dahl"].needs_catch_up  # 9 t 15 min < 12 t
    assert not _rows(year)["Kari Nordmann"].needs_catch_up
    text = _closeout(library, group).preview
    assert text.startswith("# Sluttrapport for halvåret\n")
    assert "foreløpig" not in text.lower().split("## samlinger")[0]
    assert "Halvåret er ferdig: alle 3 samlinger er holdt." in text
    assert "- **Jonas Dahl**: fravær på samling 3, delvis på samling 1; godkjent 9 t 15 min" in text
    assert "Må være med" not in text


def test_the_finished_line_says_both_and_the_one(library, example_plan):
    group = example_group(library, example_plan)
    _hold(group.gatherings[2], group)
    del group.gatherings[1]
    assert "Halvåret er ferdig: begge samlingene er holdt." in _closeout(library, group).preview
    del group.gatherings[1]
    assert "Halvåret er ferdig: samlingen er holdt." in _closeout(library, group).preview
    set_language("en")
    assert "The half-year is finished: its gathering has been held." in (
        _closeout(library, group).preview
    )
    group = example_group(library, example_plan)
    _hold(group.gatherings[2], group)
    del group.gatherings[0]
    assert "The half-year is finished: both gatherings have been held." in (
        _closeout(library, group).preview
    )


def test_the_length_of_a_day_is_the_setting(library, example_plan):
    group = example_group(library, example_plan)
    long_days = replace(DEFAULT_RULES, day_minutes=420)
    assert required_minutes(long_days) == 840
    year = half_year(group, long_days)
    # 12 t 10 min + 3 t to come = 15 t 10 min ≥ 14 t: Kari is fine; Jonas (9 t 15 + 3) is not
    assert not _rows(year)["Kari Nordmann"].needs_catch_up
    assert _rows(year)["Jonas Dahl"].needs_catch_up


def test_a_plan_below_two_days_is_named_as_the_problem(library):
    kari = Participant("Kari")
    blocks = [Block("buzz", "Summing", 120, held_minutes=120)]
    gathering = Gathering("Eneste", date(2026, 9, 16), time(9), None, "Os", blocks)
    gathering.attendance = {kari.id: Attendance()}
    group = Group("G", participants=[kari], gatherings=[gathering])
    year = half_year(group)
    assert year.programme_short and _rows(year)["Kari"].needs_catch_up
    text = _closeout(library, group).preview
    assert "er under programmets 2 dager" in text and "det er planen som må utvides" in text


def test_attendance_never_taken_is_said(library, example_plan):
    group = example_group(library, example_plan)
    group.gatherings[1].attendance = None  # the blocks were held, nobody was checked in
    year = half_year(group)
    assert _rows(year)["Kari Nordmann"].cells[1].state == "not_taken"
    text = _closeout(library, group).preview
    assert "| ikke ført |" in text
    assert "Oppmøtet er ikke registrert for Samling 2 – Brukermedvirkning" in text


# -- the other sections ------------------------------------------------------------------------


def test_gatherings_goals_and_the_provisional_line(library, example_plan):
    group = example_group(library, example_plan)
    text = _closeout(library, group).preview
    assert text.startswith("# Sluttrapport for halvåret (foreløpig)\n")
    assert "**Foreløpig:** halvåret er ikke ferdig. 2 av 3 samlinger er holdt; 1 gjenstår" in text
    assert "**Deltakere:** 8 (Bjørnafjorden 5, Austevoll 1, Samnanger 1, Tysnes 1)" in text
    # date, place and the hours held of every gathering; the one to come as planned
    assert (
        "| 1 | Samling 1 – Etikk, samvalg og sykmelding | 16.09.2026 | "
        "Os kulturhus, møterom Lysefjorden | 09:05–16:10 | 6 t 5 min |" in text
    )
    assert "| planlagt 09:00–12:30 | planlagt 3 t |" in text
    assert "Holdt: 12 t 10 min program (2 dager à 6 t)" in text
    # goals: held, only planned (on the third gathering), none missing from the plan
    assert "**Gjennomført (22)**" in text and "**Bare planlagt (3)**" in text
    assert "- **KLK-027** Ha kjennskap til screeningundersøkelser" in text
    assert "**Ikke med i planen (0)**" in text
    # signature lines and the footer come with the document
    document = build("closeout", context(library, group), None, {}).printables[0].documents[0]
    assert [s.label for s in document.signatures] == ["Sted og dato", "Underskrift gruppeveileder"]
    assert "Skal signeres av gruppeveileder" in document.footer


def test_evaluation_text_below_the_threshold_is_absent(library, example_plan, tmp_path):
    """Two answers to gathering 1 (closed): only the count; three to gathering 2: the summary,
    its free text and its topic wishes, with what became of each wish."""
    group = example_group(library, example_plan)
    first, second, third = group.gatherings
    _answers(
        tmp_path,
        group,
        first,
        library,
        [_answer(2, "hemmelig enkeltsvar", "ønske fra bare to"), _answer(5)],
    )
    _answers(
        tmp_path,
        group,
        second,
        library,
        [
            _answer(4, "Gode kasuistikker", "Mer om legevakt"),
            _answer(5, EVIL, "Vanskelige samtaler"),
            _answer(3, wishes="Søvn og skiftarbeid"),
        ],
    )
    third.blocks.append(wish_block("Mer om legevakt"))  # carried into the gathering to come
    statuses = {g.id: evaluation_status(tmp_path, group, g) for g in group.gatherings}
    export = _closeout(library, group, statuses)
    text = export.preview
    everything = text + "".join(f.content for f in export.files)
    for secret in ("hemmelig enkeltsvar", "ønske fra bare to"):
        assert secret not in everything
    assert "Evalueringen vises når minst 3 har svart (nå 2)" in text
    assert "Gode kasuistikker" in text and "| 4,0 | 3 |" in text
    # in short: the questions nobody answered are left out (and said so); the wishes have a
    # section of their own
    assert "| Relevans for arbeidet (hele samlingen) | 4,0 | 3 |" in text
    assert "spørsmål som ingen svarte på, er utelatt." in text
    assert "Ønsker til senere samlinger" not in text
    assert "| Mer om legevakt | Samling 2 | planlagt på samling 3 |" in text
    assert "| Søvn og skiftarbeid | Samling 2 | ikke tatt opp |" in text
    html = next(f.content for f in export.files if f.name.endswith(".html"))
    check_html(html)
    assert "&lt;script&gt;" in html and EVIL not in html
    # once the third gathering is held with the wish's block, the wish was taken up there
    _hold(third, group)
    text = _closeout(library, group, statuses).preview
    assert "| Mer om legevakt | Samling 2 | tatt opp på samling 3 (02.12.2026) |" in text


def test_the_evaluation_rounds_wishes_are_listed_with_what_became_of_them(library, example_plan):
    """Wishes the leader noted from the (spoken, open) evaluation round need no threshold: they
    are listed, marked as from the round, with what became of them, even with no written
    evaluation at all; an identifier in one is masked and counted."""
    from groupguide.domain.confidentiality import control_digits

    k1, k2 = control_digits("010190100")
    fnr = f"010190100{k1}{k2}"
    group = example_group(library, example_plan)
    first, second, third = group.gatherings
    first.oral_wishes = ["Mer om legevakt", "Søvn og skiftarbeid"]
    second.oral_wishes = [f"Pasienten {fnr}"]
    third.blocks.append(wish_block("Mer om legevakt"))
    export = _closeout(library, group)
    text = export.preview
    assert "Ingen temaønsker" not in text
    assert "| Mer om legevakt | Samling 1, evalueringsrunden | planlagt på samling 3 |" in text
    assert "| Søvn og skiftarbeid | Samling 1, evalueringsrunden | ikke tatt opp |" in text
    assert fnr not in text and "fødselsnummer fjernet" in text
    assert any("maskerte 1 mulig pasientidentifikator " in note for note in export.notes)
    _hold(third, group)
    text = _closeout(library, group).preview
    assert (
        "| Mer om legevakt | Samling 1, evalueringsrunden | tatt opp på samling 3 (02.12.2026) |"
    ) in text
    set_language("en")
    text = _closeout(library, group).preview
    assert "| Søvn og skiftarbeid | Gathering 1, evaluation round | not taken up |" in text


def test_co_leaders_and_guest_teachers_evaluations_beside_the_leaders(library, example_plan):
    from groupguide.domain.confidentiality import control_digits
    from groupguide.domain.people import Teacher

    k1, k2 = control_digits("010190100")
    fnr = f"010190100{k1}{k2}"
    group = example_group(library, example_plan)
    first = group.gatherings[0]
    first.leader_evaluation = "Godt opplegg."
    first.teachers = [
        Teacher("Ola Gjest", "guest-teacher", f"Fin gruppe. Pasient {fnr} ble nevnt."),
        Teacher("Kari Med", "co-leader"),
    ]
    export = _closeout(library, group)
    text = export.preview
    section = text[text.index("## Egen evaluering fra gruppeveileder og undervisere") :]
    section = section[: section.index("\n## ")]
    assert "**Evaluering fra Ola Gjest (gjesteunderviser)**" in section
    assert "**Evaluering fra Kari Med (medveileder)**" in section
    assert "Fin gruppe." in section and fnr not in text and "fødselsnummer fjernet" in section
    assert section.index("Godt opplegg.") < section.index("Ola Gjest") < section.index("Kari Med")
    assert any("maskerte 1 mulig pasientidentifikator " in note for note in export.notes)
    # without any co-leader or guest teacher, the section is the leader's own, as before
    first.teachers = []
    assert "## Gruppeveileders egen evaluering" in _closeout(library, group).preview


def test_leaders_texts_are_masked_and_counted(library, example_plan):
    from groupguide.domain.confidentiality import control_digits

    k1, k2 = control_digits("010190100")
    fnr = f"010190100{k1}{k2}"
    group = example_group(library, example_plan)
    group.gatherings[0].leader_evaluation = f"Godt opplegg. Pasient {fnr} ble nevnt."
    group.gatherings[1].oral_round_notes = "Ønsket mer tid til kasuistikk."
    export = _closeout(library, group)
    assert fnr not in export.preview and "fødselsnummer fjernet" in export.preview
    assert "Godt opplegg." in export.preview and "Ønsket mer tid til kasuistikk." in export.preview
    assert any("maskerte 1 mulig pasientidentifikator " in note for note in export.notes)


def test_hostile_names_stay_text(library, example_plan):
    group = example_group(library, example_plan)
    group.participants[0].name = '=HYPERLINK("x") | *fet* [a](javascript:x)'
    group.participants[0].municipality = EVIL
    export = _closeout(library, group)
    html = next(f.content for f in export.files if f.name.endswith(".html"))
    check_html(html)
    assert EVIL not in html and "&lt;script&gt;" in html
    assert "<a " not in html and "[a](javascript:x)" in html  # no link made, the text kept
    matrix = next(f for f in export.files if f.name.endswith(".csv"))
    rows = list(csv.reader(io.StringIO(matrix.data().decode("utf-8-sig")), delimiter=";"))
    assert rows[1][0].startswith("'=HYPERLINK")  # a formula stays text in Excel


def test_matrix_csv_for_norwegian_excel(library, example_plan):
    group = example_group(library, example_plan)
    export = _closeout(library, group)
    matrix = next(f for f in export.files if f.name.endswith(".csv"))
    assert matrix.name == "sluttrapport-oppmote-lis1-vestland-host-2026.csv"
    data = matrix.data()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Navn", "Arbeidssted", "Kommune"]
    assert header[-2:] == ["Trenger å ta igjen", "Mangler timer"]
    emil = next(r for r in body if r[0] == "Emil Strand")
    assert emil[3:5] == ["fravær", "0,00"] and emil[7:9] == ["ikke holdt ennå", ""]
    assert emil[-4:] == ["1", "6,08", "ja", "2,92"]
    jonas = next(r for r in body if r[0] == "Jonas Dahl")
    assert jonas[3:5] == ["delvis", "3,17"] and jonas[-2:] == ["nei", "0,00"]


def test_english(library, example_plan):
    set_language("en")
    group = example_group(library, example_plan)
    export = _closeout(library, group)
    text = export.preview
    assert text.startswith("# Close-out report for the half-year (provisional)\n")
    assert "### Needs to catch up" in text and "**Emil Strand**: absent from gathering 1" in text
    assert {f.name for f in export.files} == {
        "close-out-lis1-vestland-host-2026.html",
        "close-out-attendance-lis1-vestland-host-2026.csv",
    }


def test_before_anything_is_held_and_for_an_empty_group(library):
    """Made too early, the close-out still says what it can: nothing held, everything to come,
    nobody behind yet (the plan reaches 2 days); and for an empty group, that it is empty."""
    kari = Participant("Kari")
    blocks = [Block("buzz", "Summing", 360)]
    days = [Gathering(f"Dag {n}", date(2027, 2, n), time(9), None, "Os", blocks) for n in (1, 2)]
    group = Group("G", participants=[kari], gatherings=days)
    year = half_year(group)
    assert year.held == () and not year.finished and year.minutes_to_come == 720
    assert not _rows(year)["Kari"].needs_catch_up
    text = _closeout(library, group).preview
    assert "**Foreløpig:** halvåret er ikke ferdig. 0 av 2 samlinger er holdt; 2 gjenstår" in text
    assert "| Kari |   | – | – | 0 min | nei |" in text
    assert "Ingen trenger å ta igjen." in text
    assert "Kari: trenger 12 t av 12 t som gjenstår." in text
    empty = _closeout(library, Group("Tom")).preview
    assert "Halvåret har ingen samlinger ennå." in empty
    assert "Gruppen har ingen deltakere." in empty and "Trenger å ta igjen" not in empty
