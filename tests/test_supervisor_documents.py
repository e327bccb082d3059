"""The documents for the individual supervisors and §2.3: a letter before the half-year per
supervisor (one per participant without one), the summary with the leader's assessments, the
criteria in the handout, and the assessments section for the half-year's close-out."""

from __future__ import annotations

from datetime import date, time

from groupguide.domain.confidentiality import control_digits
from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.people import Participant, ParticipantNote
from groupguide.domain.supervision import set_assessment, set_criterion
from groupguide.export import build
from groupguide.export.assessments import GUIDE_URL, assessments_section
from groupguide.i18n import set_language
from tests.export_helpers import check_html, context


def _group() -> Group:
    ane = Participant("Ane Lund", supervisor="Kjell Aas", supervisor_email="kjell@example.no")
    even = Participant("Even Rø", supervisor="KJELL AAS")
    ida = Participant("Ida Moe", supervisor="Liv Moe")
    jon = Participant("Jon Vik")
    tor = Participant("Tor Bø")
    held = Gathering(
        "Samling 1",
        date(2027, 2, 10),
        time(9, 0),
        time(12, 0),
        "Bodø",
        [
            Block("case-reflection", "Kasuistikk", 60, goals=["FKM LM-02"], held_minutes=60),
            Block("buzz", "Samvalg", 30, goals=["FKM LM-26"], held_minutes=30),
        ],
        attendance={p.id: Attendance("present") for p in (ane, even, ida, jon, tor)},
        held_date=date(2027, 2, 10),
    )
    upcoming = Gathering(
        "Samling 2",
        date(2027, 4, 21),
        time(9, 0),
        location="Bodø",
        blocks=[Block("audit", "Audit", 45, goals=["KLK-040"])],
    )
    group = Group(
        "LIS1 Nordland",
        "2027 vår",
        "Tor Berge",
        "Bodø kommune",
        participants=[ane, even, ida, jon, tor],
        gatherings=[held, upcoming],
    )
    set_criterion(group, "FKM LM-02", "Du kan drøfte en etisk utfordring fra egen praksis.")
    return group


def _by_name(export):
    return {f.name: f.content for f in export.files}


def test_a_letter_per_supervisor_and_one_per_participant_without(library):
    group = _group()
    export = build("letters", context(library, group))
    names = sorted(_by_name(export))
    assert names == [
        "brev-individuell-veileder-kjell-aas.html",
        "brev-individuell-veileder-liv-moe.html",
        "brev-individuell-veileder-uten-veileder-jon-vik.html",
        "brev-individuell-veileder-uten-veileder-tor-bo.html",
    ]
    files = _by_name(export)
    kjell = files["brev-individuell-veileder-kjell-aas.html"]
    assert "Ane Lund" in kjell and "Even Rø" in kjell and "Ida Moe" not in kjell
    assert "kjell@example.no" in kjell
    jon = files["brev-individuell-veileder-uten-veileder-jon-vik.html"]
    assert "Jon Vik" in jon and "Tor Bø" not in jon and "ikke registrert" in jon
    for content in files.values():
        check_html(content)
        assert "21. april 2027" in content and "14.04.2027" in content  # a week before
        assert "Du kan drøfte en etisk utfordring" in content
        assert "KLK-040" in content  # planned for the gathering to come
        assert GUIDE_URL in content
    assert any("Jon Vik og Tor Bø" in n for n in export.notes)


def test_a_letter_carries_no_notes_assessments_or_evaluation(library):
    group = _group()
    ane = group.participants[0]
    ane.notes = [ParticipantNote("DELT NOTAT", shared=True), ParticipantNote("PRIVAT")]
    set_assessment(group, ane.id, "FKM LM-02", "reached", "VURDERINGSKOMMENTAR")
    group.gatherings[0].leader_evaluation = "LEDERS EVALUERING"
    export = build("letters", context(library, group))
    text = export.preview + "".join(_by_name(export).values())
    for secret in ("DELT NOTAT", "PRIVAT", "VURDERINGSKOMMENTAR", "LEDERS EVALUERING"):
        assert secret not in text


def test_different_emails_for_one_supervisor_are_pointed_out(library):
    group = _group()
    group.participants[1].supervisor_email = "kjell.aas@kommune.no"
    export = build("letters", context(library, group))
    assert any("kjell@example.no, kjell.aas@kommune.no" in n for n in export.notes)


def test_emails_differing_only_in_case_are_one_address(library):
    """E-mail addresses compare case-insensitively: the same address in two cases is one
    address (shown as first written), no heading lists it twice and no note warns of it."""
    group = _group()
    group.participants[1].supervisor_email = "KJELL@Example.no"
    letters = build("letters", context(library, group))
    assert not any("KJELL@Example.no" in n for n in letters.notes)
    assert "KJELL@Example.no" not in letters.preview and "kjell@example.no" in letters.preview
    summary = build("supervisors", context(library, group))
    assert "KJELL@Example.no" not in summary.preview


def test_letters_for_a_group_without_participants_or_gatherings(library):
    empty = build("letters", context(library, Group("Tom")))
    assert not empty.files and "ingen deltakere" in empty.notes[0]
    group = Group("Uten plan", participants=[Participant("Ane Lund", supervisor="Kjell Aas")])
    export = build("letters", context(library, group))
    assert len(export.files) == 1
    assert "ingen samlinger" in export.preview and "Ingen læringsmål" in export.preview


def test_letters_in_english(library):
    set_language("en")
    try:
        export = build("letters", context(library, _group()))
    finally:
        set_language("nb")
    assert "How to feed back themes" in export.preview
    assert "the individual supervisor of Jon Vik (not recorded)" in export.preview


def test_the_summary_shows_the_assessments_labelled_formative(library):
    group = _group()
    ane, even = group.participants[:2]
    set_assessment(group, ane.id, "FKM LM-02", "reached", "Drøftet samtykke.", date(2027, 2, 10))
    set_assessment(group, ane.id, "FKM LM-26", "not_yet", "")
    set_assessment(group, even.id, "FKM LM-26", "reached", "")
    group.gatherings[0].blocks.pop(1)  # LM-26 leaves the plan: assessed earlier, kept
    export = build("supervisors", context(library, group))
    files = _by_name(export)
    assert sorted(files) == [
        "individuell-veileder-kjell-aas.html",
        "individuell-veileder-liv-moe.html",
        "individuell-veileder-uten-veileder-jon-vik.html",
        "individuell-veileder-uten-veileder-tor-bo.html",
    ]
    kjell = next(p for p in export.preview.split("\n---\n") if "Ane Lund" in p)
    assert "| FKM LM-02 | oppnådd, 10.02.2027 | Drøftet samtykke. |" in kjell
    assert "| FKM LM-26 (ikke lenger i planen) | ikke ennå |" in kjell
    assert "Du kan drøfte en etisk utfordring" in kjell  # the criterion used
    assert "underveisvurdering" in kjell and GUIDE_URL in kjell
    assert kjell.count("underveisvurdering") == 1  # said once per document
    liv = next(p for p in export.preview.split("\n---\n") if "Ida Moe" in p)
    assert "ikke vurdert læringsmålene for denne deltakeren ennå" in liv
    assert "Drøftet samtykke" not in liv


def test_assessment_comments_are_masked_in_the_summary(library):
    group = _group()
    k1, k2 = control_digits("010190100")
    fnr = f"010190100{k1}{k2}"
    set_assessment(group, group.participants[0].id, "FKM LM-02", "reached", f"Pasient {fnr}")
    export = build("supervisors", context(library, group))
    assert fnr not in export.preview and "fødselsnummer fjernet" in export.preview
    assert any("maskerte 1 mulig pasientidentifikator " in n for n in export.notes)


def test_every_mask_is_counted_criteria_too(library):
    """Each export's note counts what it masked: an assessment's comment and a criterion in the
    summary; a criterion in the handout and in the letters, once however many letters print it.
    Nothing masked: no note."""
    group = _group()
    k1, k2 = control_digits("010190100")
    fnr = f"010190100{k1}{k2}"
    set_criterion(group, "FKM LM-02", f"Drøfte pasient {fnr} eller ring 912 34 567.")
    set_assessment(group, group.participants[0].id, "FKM LM-02", "reached", f"Pasient {fnr}")
    summary = build("supervisors", context(library, group))
    assert fnr not in summary.preview
    assert any("maskerte 3 mulige pasientidentifikatorer " in n for n in summary.notes)
    for kind in ("handout", "letters"):
        export = build(kind, context(library, group))
        assert fnr not in export.preview and "fødselsnummer fjernet" in export.preview, kind
        assert any("maskerte 2 mulige pasientidentifikatorer " in n for n in export.notes), kind
    set_criterion(group, "FKM LM-02", "Du kan drøfte en etisk utfordring.")
    for kind in ("handout", "letters"):
        assert not any("maskerte" in n for n in build(kind, context(library, group)).notes)


def test_the_handout_prints_the_leaders_criteria_and_invents_none(library):
    group = _group()
    export = build("handout", context(library, group))
    assert "deltatt aktivt i refleksjonen" not in export.preview
    assert "- **FKM LM-02** Du kan drøfte en etisk utfordring" in export.preview
    assert "Uten kriterium ennå: FKM LM-26, KLK-040." in export.preview
    group.criteria.clear()
    bare = build("handout", context(library, group)).preview
    assert "har ikke skrevet kriterier for læringsmålene ennå" in bare
    one = build("handout", context(library, _group()), [2]).preview  # only gathering 2
    assert "har ikke skrevet kriterier" in one and "FKM LM-02** Du kan" not in one


def test_the_close_out_section_counts_per_goal_without_comments(library):
    group = _group()
    ane, even, ida = group.participants[:3]
    set_assessment(group, ane.id, "FKM LM-02", "reached", "KOMMENTAR")
    set_assessment(group, even.id, "FKM LM-02", "not_yet")
    set_assessment(group, ida.id, "KLK-040", "reached")
    section = assessments_section(context(library, group))
    assert section.startswith("## Vurdering av oppnådd kompetanse (§2.3)")
    assert "| FKM LM-02 | 1 | 1 | 3 |" in section
    assert "| KLK-040 | 1 | 0 | 4 |" in section
    assert "- **Ane Lund** – oppnådd: FKM LM-02; ikke vurdert: 2 læringsmål" in section
    assert "- **Jon Vik** – ikke vurdert: 3 læringsmål" in section
    assert "KOMMENTAR" not in section
    assert GUIDE_URL in section


def test_the_close_out_section_when_nothing_is_assessed(library):
    assert "for noen deltaker ennå" in assessments_section(context(library, _group()))
    assert "Ingen læringsmål" in assessments_section(context(library, Group("Tom")))


def test_the_services_build_the_letters_and_the_close_out_section(data_dir, example_plan):
    from groupguide.services.documents import build_export
    from groupguide.services.plans import import_plan
    from groupguide.services.supervision import supervisor_letters
    from groupguide.services.workspace import Workspace
    from tests.tui_helpers import FIXED_NOW, library

    with Workspace(data_dir, library=library(), clock=lambda: FIXED_NOW) as workspace:
        import_plan(workspace, example_plan)
        group = workspace.groups()[0]
        export = supervisor_letters(workspace, group, formats=("html",))
        assert len(export.files) == 4 and all(f.name.endswith(".html") for f in export.files)
        closeout = build_export(workspace, group, "closeout", None, None, ("html",)).preview
    section = closeout[closeout.index("## Vurdering av oppnådd kompetanse") :]
    section = section[: section.index("\n## ", 3)]
    assert "| FKM LM-02 | 1 | 0 | 7 |" in section
    assert "| KLK-040 | 0 | 1 | 7 |" in section
    assert "Jonas Dahl" in section and "Drøftet forventningspress" not in section


def test_assessments_never_reach_the_gathering_report(library, example_plan, tmp_path):
    """The leader's assessment is kept with the participant: the gathering report (which
    carries the anonymous evaluation's section) shows none of it."""
    from groupguide.export.evaluation import evaluation_status
    from tests.export_helpers import example_group

    group = example_group(library, example_plan)
    jonas = group.participant_by_name("Jonas Dahl")
    secret = "VURDERT-HEMMELIG"
    set_assessment(group, jonas.id, "FKM LM-02", "reached", secret)
    statuses = {g.id: evaluation_status(tmp_path, group, g) for g in group.gatherings}
    report = build("report", context(library, group), None, statuses)
    assert secret not in report.preview
    assert all(secret not in f.content for f in report.files if isinstance(f.content, str))
    assert "Vurdering av oppnådd kompetanse" not in report.preview
