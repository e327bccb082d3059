"""Exports: truthful certificates, escaping, safe file names, no overwrite, CSV/ICS/JSON/HTML
that real readers accept."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, time

import pytest

from groupguide.domain.credit import participant_record
from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.people import Participant, ParticipantNote
from groupguide.export import KINDS, ExportExists, build, write_export
from groupguide.export.fmt import md_text, safe_name, unique_names
from groupguide.export.output import Export, ExportError, ExportFile
from groupguide.i18n import set_language
from tests.export_helpers import check_html, context, example_group

EVIL = "<script>alert(1)</script>"


def small_group(name: str = "Kari Nordmann") -> Group:
    kari = Participant(name, workplace="Os legesenter", supervisor="Per Aas")
    ola = Participant("Ola Hansen", supervisor="Per Aas")
    per = Participant("Per Fravær", supervisor="Liv Moe")
    blocks = [
        Block(
            "case-reflection",
            "Kasuistikk A",
            60,
            goals=["FKM LM-02"],
            held_minutes=60,
            presenters=[kari.id],
            notes="HEMMELIG pasientnotat 01017012345",
        ),
        Block("break", "Lunsj", 30, held_minutes=30),
        Block("buzz", "Summing", 60, goals=["KLK-040"], held_minutes=60),
        Block("audit", "Audit som ikke ble holdt", 30, goals=["FKM LM-62"]),
    ]
    gathering = Gathering(
        "Samling 1",
        date(2026, 9, 16),
        time(9, 0),
        time(12, 0),
        "Os",
        blocks,
        attendance={
            kari.id: Attendance("present"),
            ola.id: Attendance("partial", left=time(10, 0)),
            per.id: Attendance("absent"),
        },
    )
    return Group(
        "Gruppe",
        "2026 høst",
        "Eva Solberg",
        "Bjørnafjorden kommune",
        participants=[kari, ola, per],
        gatherings=[gathering],
    )


def test_absent_participant_gets_no_credit(library):
    group = small_group()
    record = participant_record(group, group.participants[2], library.goals)
    assert record.attended == [] and record.minutes == 0 and record.goals == []
    export = build("certificates", context(library, group))
    names = [f.name for f in export.files]
    assert not any("per" in n for n in names)
    assert any("Per Fravær" in note for note in export.notes)


def test_block_not_held_gives_no_goal(library):
    group = small_group()
    record = participant_record(group, group.participants[0], library.goals)
    assert [g.code for g in record.goals] == ["FKM LM-02", "KLK-040"]
    text = build("certificates", context(library, group)).files[0].content
    assert "Audit som ikke ble holdt" not in text and "LM-62" not in text
    assert "Lunsj" not in text  # breaks are not learning activity
    assert record.minutes == 120


def test_partial_attendance_gives_the_right_hours_and_only_blocks_attended(library):
    group = small_group()
    record = participant_record(group, group.participants[1], library.goals)
    assert record.minutes == 60  # left 10:00 after the first (held) hour
    assert [h.block.title for h in record.attended[0].blocks] == ["Kasuistikk A"]
    assert [g.code for g in record.goals] == ["FKM LM-02"]
    markdown = build("certificates", context(library, group)).preview
    assert "Til stede: 1 t (gikk 10:00)." in markdown


def test_a_gathering_without_a_place_leaves_the_place_out(library):
    group = small_group()
    group.gatherings[0].location = "  "
    markdown = build("certificates", context(library, group)).preview
    assert "–." not in markdown and ", –" not in markdown
    assert "2026, –" not in markdown
    assert ". Til stede: 1 t (gikk 10:00)." in markdown
    set_language("en")
    assert ", –." not in build("certificates", context(library, group)).preview


def test_partial_given_as_minutes_is_capped(library):
    group = small_group()
    gathering = group.gatherings[0]
    gathering.attendance[group.participants[1].id] = Attendance("partial", minutes=45)
    assert participant_record(group, group.participants[1], library.goals).minutes == 45
    gathering.attendance[group.participants[1].id] = Attendance("partial", minutes=900)
    assert participant_record(group, group.participants[1], library.goals).minutes == 120


def test_case_notes_never_in_any_export(library):
    group = small_group()
    group.participants[0].notes = [
        ParticipantNote("Delt notat", shared=True),
        ParticipantNote("Privat notat", shared=False),
    ]
    ctx = context(library, group)
    everything = ""
    for kind in KINDS:
        export = build(kind, ctx)
        everything += export.preview + "".join(f.content for f in export.files)
    assert "HEMMELIG" not in everything and "01017012345" not in everything
    assert "Privat notat" not in everything
    supervisors = build("supervisors", ctx)
    per_aas = next(f for f in supervisors.files if "per-aas" in f.name)
    assert "Delt notat" in per_aas.content
    liv_moe = next(f for f in supervisors.files if "liv-moe" in f.name)
    assert "Kari" not in liv_moe.content  # each supervisor sees only their own participants


@pytest.mark.parametrize(
    "name",
    [
        EVIL,
        "../../x",
        "..",
        "[a](javascript:alert(1))",
        "*bold* | pipe",
        '=HYPERLINK("http://x")',
        "\u202e\x00",
    ],
)
def test_hostile_names_are_harmless(library, name, tmp_path):
    group = small_group(name)
    group.name = name
    group.gatherings[0].title = name
    group.gatherings[0].location = name
    group.gatherings[0].leader_evaluation = name
    ctx = context(library, group)
    for kind in KINDS:
        export = build(kind, ctx)
        for file in export.files:
            assert "/" not in file.name and "\\" not in file.name
            assert not file.name.startswith(".") and ".." not in file.name
            if file.name.endswith(".html"):
                parser = check_html(file.content)
                assert "<script>" not in file.content
                if name == EVIL:
                    assert EVIL in "".join(parser.text)  # shown literally
        written = write_export(tmp_path / kind, export)
        assert all(p.parent == tmp_path / kind for p in written)
    assert not (tmp_path.parent / "x").exists()


def test_csv_reads_back_with_semicolons_and_decimal_comma(library, example_plan):
    group = example_group(library, example_plan)
    export = build("attendance", context(library, group))
    csv_file = next(f for f in export.files if f.name.endswith(".csv"))
    data = csv_file.data()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[0] == "Navn" and header[-1] == "Timer totalt"
    assert len(body) == 8 and all(len(r) == len(header) for r in body)
    jonas = next(r for r in body if r[0] == "Jonas Dahl")
    # left 13:00, in the middle of the case that ran 12:15–13:15 (the day began 09:05): 190 min
    assert header[2] == "Kommune" and jonas[2] == "Austevoll"
    assert jonas[3:5] == ["delvis", "3,17"]
    emil = next(r for r in body if r[0] == "Emil Strand")
    assert emil[3:5] == ["fravær", "0,00"]
    assert emil[7:9] == ["", ""]  # the third gathering: attendance not taken yet
    kari = next(r for r in body if r[0] == "Kari Nordmann")
    assert kari[-2:] == ["2", "12,17"]


def test_csv_neutralises_formulas(library):
    group = small_group("=1+2")
    text = build("attendance", context(library, group)).files[0].content
    assert "\r\n'=1+2;" in text


def test_json_attendance(library, example_plan):
    group = example_group(library, example_plan)
    export = build("attendance", context(library, group))
    data = json.loads(next(f for f in export.files if f.name.endswith(".json")).content)
    assert data["organiser"] == "Bjørnafjorden kommune"
    maria = next(p for p in data["participants"] if p["name"] == "Maria Nilsen")
    assert maria["gatherings"][1]["arrived"] == "2026-10-21T10:30"  # a moment on the day
    assert maria["gatherings"][2]["status"] is None


def test_ics_parses_with_a_real_parser(library, example_plan):
    import icalendar  # a test dependency (pyproject [test])

    group = example_group(library, example_plan)
    group.gatherings[0].location = "Os, møterom; «Lysefjorden»\netg. 2"
    text = build("ics", context(library, group)).files[0].content
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    calendar = icalendar.Calendar.from_ical(text)
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 3
    first = events[0]
    assert str(first["SUMMARY"]) == "Samling 1 – Etikk, samvalg og sykmelding"
    assert str(first["LOCATION"]) == "Os, møterom; «Lysefjorden»\netg. 2"
    start = first.decoded("DTSTART")
    assert (start.year, start.month, start.day, start.hour) == (2026, 9, 16, 9)
    assert str(start.tzinfo) in ("Europe/Oslo", "CEST") or start.utcoffset().seconds == 7200
    assert first.decoded("DTEND").hour == 16
    assert str(first["UID"]) == "gathering1@groupguide"
    assert "FKM LM-02" in str(first["DESCRIPTION"])
    assert events[2].decoded("DTEND").strftime("%H:%M") == "12:30"


def test_every_html_export_parses_cleanly(library, example_plan):
    group = example_group(library, example_plan)
    ctx = context(library, group)
    for kind in KINDS:
        for file in build(kind, ctx).files:
            if file.name.endswith(".html"):
                check_html(file.content)
                assert 'http-equiv="Content-Security-Policy"' in file.content
                assert "@page" in file.content and "size: A4" in file.content


def test_report_without_evaluation_says_so(library, example_plan):
    group = example_group(library, example_plan)
    export = build("report", context(library, group), [1])
    assert (
        "Evalueringen vises når minst 3 har svart" in export.preview
        or "ikke tilgjengelig" in export.preview
    )
    assert len(export.files) == 1


def _answers(data_dir, group, gathering, library, answers, close=True):
    """An evaluation with these answers, closed (results are read only then) unless not."""
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
        "goals": {"FKM LM-02": relevance},
        "good": good,
        "better": "",
        "wishes": wishes,
    }


def test_report_with_evaluation_summary(library, example_plan, tmp_path):
    from groupguide.export.evaluation import evaluation_status

    group = example_group(library, example_plan)
    gathering = group.gatherings[0]
    _answers(
        tmp_path,
        group,
        gathering,
        library,
        [_answer(4, "Gode kasuistikker"), _answer(5, EVIL), _answer(3, wishes="Mer audit")],
    )
    status = evaluation_status(tmp_path, group, gathering)
    assert status.summary is not None and status.count == 3
    export = build("report", context(library, group), [1], {gathering.id: status})
    assert "3 svar" in export.preview
    assert "| Relevans for arbeidet (hele samlingen) | 4,0 | 3 |" in export.preview
    assert "Gode kasuistikker" in export.preview and "Mer audit" in export.preview
    html = export.files[0].content
    check_html(html)
    assert "&lt;script&gt;" in html and EVIL not in html


def test_evaluation_below_threshold_is_hidden(library, example_plan, tmp_path):
    from groupguide.export.evaluation import evaluation_status

    group = example_group(library, example_plan)
    gathering = group.gatherings[0]
    assert evaluation_status(tmp_path, group, gathering).reason == "export.eval.none"
    evaluation = _answers(
        tmp_path,
        group,
        gathering,
        library,
        [_answer(2, "hemmelig enkeltsvar"), _answer(5)],
        close=False,
    )
    status = evaluation_status(tmp_path, group, gathering)
    assert status.summary is None and status.reason == "export.eval.open"
    export = build("report", context(library, group), [1], {gathering.id: status})
    assert "fortsatt åpen (2 svar)" in export.preview
    from groupguide.evaluation.answers import AnswerStore

    AnswerStore(tmp_path).close(evaluation)  # closed: still hidden in a document
    status = evaluation_status(tmp_path, group, gathering)
    assert status.summary is None
    export = build("report", context(library, group), [1], {gathering.id: status})
    assert "Evalueringen vises når minst 3 har svart (nå 2)" in export.preview
    assert "hemmelig enkeltsvar" not in export.preview


def test_a_damaged_evaluation_or_an_odd_answer_is_not_available(
    library, example_plan, tmp_path, monkeypatch
):
    from groupguide.evaluation import results
    from groupguide.evaluation.answers import AnswerStore
    from groupguide.export.evaluation import evaluation_status

    group = example_group(library, example_plan)
    gathering = group.gatherings[0]
    evaluation = _answers(tmp_path, group, gathering, library, [_answer(4), _answer(5), _answer(3)])

    def odd_shape(*args, **kwargs):
        raise TypeError("'int' object is not subscriptable")

    with monkeypatch.context() as patch:
        patch.setattr(results, "aggregate", odd_shape)
        status = evaluation_status(tmp_path, group, gathering)
    assert status.summary is None and status.reason == "export.eval.unavailable"
    assert status.count == 3
    path = AnswerStore(tmp_path).path(evaluation.id)
    path.write_bytes(path.read_bytes()[:40])  # cut short: damaged
    status = evaluation_status(tmp_path, group, gathering)
    assert status.summary is None and status.reason == "export.eval.unavailable"
    export = build("report", context(library, group), [1], {gathering.id: status})
    assert "Den skriftlige evalueringen er ikke tilgjengelig" in export.preview


def test_english_certificates(library, example_plan):
    set_language("en")
    group = example_group(library, example_plan)
    export = build("certificates", context(library, group))
    assert export.files[0].name == "certificate-kari-nordmann.html"
    assert "Confirmation of participation in group guidance" in export.preview
    assert "Wednesday 16 September 2026" in export.preview
    assert '<html lang="en">' in export.files[0].content


def test_writer_refuses_overwrite_without_force(tmp_path):
    export = Export("x", [ExportFile("a.html", "new"), ExportFile("b.html", "new")])
    (tmp_path / "b.html").write_text("old")
    with pytest.raises(ExportExists) as info:
        write_export(tmp_path, export)
    assert "b.html" in info.value.message
    assert not (tmp_path / "a.html").exists()  # nothing written
    assert (tmp_path / "b.html").read_text() == "old"
    written = write_export(tmp_path, export, force=True)
    assert [p.name for p in written] == ["a.html", "b.html"]
    assert (tmp_path / "b.html").read_text() == "new"
    assert not list(tmp_path.glob(".*tmp"))


@pytest.mark.parametrize("name", ["../x.html", "/etc/x", ".hidden", "", "a/b.html", ".."])
def test_writer_refuses_unsafe_names(tmp_path, name):
    with pytest.raises(ExportError):
        write_export(tmp_path / "out", Export("x", [ExportFile(name, "x")]))


def test_writer_reports_unwritable_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError) as info:
        write_export(blocker / "sub", Export("x", [ExportFile("a.html", "x")]))
    assert str(blocker) in info.value.message


def test_safe_names():
    assert safe_name("../../x") == "x"
    assert safe_name("Bjørn Ærlig Åsen") == "bjorn-aerlig-asen"
    assert safe_name("<script>alert(1)</script>") == "script-alert-1-script"
    assert safe_name("..", "deltaker") == "deltaker"
    assert safe_name("x" * 500) == "x" * 60
    assert unique_names(["a.html", "a.html", "a.html"]) == ["a.html", "a-2.html", "a-3.html"]


def test_same_names_do_not_overwrite_each_other(library):
    group = small_group("Kari")
    group.participants[1].name = "KARI"
    names = [f.name for f in build("certificates", context(library, group)).files]
    assert len(names) == len(set(names))


def test_md_text_keeps_markdown_literal():
    from markdown_it import MarkdownIt

    md = MarkdownIt("js-default")
    for value in [
        "- a",
        "1. b",
        "---",
        "# h #",
        "*x* _y_ `z`",
        "[a](http://x)",
        "> q",
        "a | b",
        "&amp;",
        "<b>x</b>",
    ]:
        html = md.render(md_text(value))
        assert html.startswith("<p>") and "<a" not in html and "<b>" not in html, value
        assert "<em>" not in html and "<code>" not in html and "<h1>" not in html, value


def test_organiser_falls_back_to_settings(library):
    group = small_group()
    group.organiser = ""
    ctx = context(library, group, "Kommunen fra innstillinger")
    assert "Kommunen fra innstillinger" in build("certificates", ctx).preview


def test_nothing_held_yet(library):
    group = small_group()
    group.gatherings[0].attendance = None
    for block in group.gatherings[0].blocks:
        block.held_minutes = None
    ctx = context(library, group)
    assert build("certificates", ctx).files == []
    report = build("report", ctx)
    assert report.files == [] and report.notes


def test_export_package_imports_no_textual():
    import subprocess
    import sys

    code = (
        "import sys, groupguide.export as e, groupguide.cli.export\n"
        "for k in e.KINDS: pass\n"
        "import groupguide.export.certificates, groupguide.export.report, "
        "groupguide.export.ics, groupguide.export.handout, groupguide.export.supervisors, "
        "groupguide.export.attendance\n"
        "sys.exit(1 if any(m.split('.')[0] in ('textual', 'rich') for m in sys.modules) "
        "else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_identifiers_in_free_text_are_masked_in_documents(library, example_plan, tmp_path):
    """The leader's texts, the oral round's notes, the phones' free text and shared notes for
    supervisors reach documents masked, and the leader is told how many were masked."""
    from groupguide.domain.confidentiality import control_digits
    from groupguide.domain.people import ParticipantNote
    from groupguide.export.evaluation import evaluation_status

    k1, k2 = control_digits("010190100")
    fnr = f"010190100{k1}{k2}"
    group = example_group(library, example_plan)
    gathering = group.gatherings[0]
    gathering.leader_evaluation = f"Pasient {fnr} ble nevnt"
    gathering.oral_round_notes = "Ring 912 34 567 etterpå"
    _answers(
        tmp_path,
        group,
        gathering,
        library,
        [_answer(4, "skriv til ola.nordmann@eksempel.no"), _answer(5), _answer(3)],
    )
    status = evaluation_status(tmp_path, group, gathering)
    export = build("report", context(library, group), [1], {gathering.id: status})
    for secret in (fnr, "912 34 567", "ola.nordmann@eksempel.no"):
        assert secret not in export.preview
        assert all(secret not in f.content for f in export.files if isinstance(f.content, str))
    assert "fødselsnummer fjernet" in export.preview and "e-post fjernet" in export.preview
    assert any("maskerte 3 mulige pasientidentifikatorer" in n for n in export.notes)
    person = group.participants[0]
    person.notes = [ParticipantNote(f"Hadde med seg pasientens nr {fnr}", shared=True)]
    export = build("supervisors", context(library, group))
    assert fnr not in export.preview and "fødselsnummer fjernet" in export.preview
    assert any("maskerte 1 mulig pasientidentifikator " in n for n in export.notes)


def test_handout_asks_for_the_figures_each_audit_collects(library, example_plan):
    """The handout names the audit's gathering and its measures (the block's own choice, a
    measure of the group's own too); a plan without an audit asks for no figures."""
    from groupguide.domain.activities import add_own_measure

    group = example_group(library, example_plan)
    audit = next(b for g in group.gatherings for b in g.blocks if b.activity == "audit")
    own = add_own_measure(group, "Blodprøver", "per 100 konsultasjoner")
    audit.measures = ["antibiotics", own.id]
    text = build("handout", context(library, group), None).preview
    assert (
        "Til auditen på Samling 1 – Etikk, samvalg og sykmelding: ta med dine egne tall for "
        "antibiotikaresepter (per 100 konsultasjoner) og blodprøver (per 100 konsultasjoner)."
    ) in text
    for gathering in group.gatherings:
        gathering.blocks = [b for b in gathering.blocks if b.activity != "audit"]
    assert "Til auditen" not in build("handout", context(library, group), None).preview
