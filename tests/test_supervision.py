"""The individual supervisors and the leader's §2.3 assessment: the rules, and plan files that
carry contacts, criteria and assessments losslessly (and refuse what is wrong, located)."""

from __future__ import annotations

from datetime import date

import pytest

from groupguide.domain.model import Block, Gathering, Group
from groupguide.domain.participants import update_participant
from groupguide.domain.people import Participant
from groupguide.domain.problems import DomainError
from groupguide.domain.supervision import (
    Assessment,
    assessment_rows,
    planned_goals,
    set_assessment,
    set_criterion,
    suggest_criterion,
    supervisor_buckets,
)
from groupguide.plan_writer import dump_plan
from groupguide.plans import parse_plan
from groupguide.yamlsource import parse_yaml


def _group() -> Group:
    ane = Participant("Ane Lund", supervisor="Kjell Aas", supervisor_email="kjell@example.no")
    even = Participant("Even Rø", supervisor="kjell  aas")
    ida = Participant("Ida Moe")
    jon = Participant("Jon Vik")
    first = Gathering(
        "Samling 1",
        date=date(2027, 2, 10),
        blocks=[
            Block("case-reflection", goals=["FKM LM-02", "FKM LM-50"]),
            Block("buzz", goals=["FKM LM-26"]),
        ],
    )
    second = Gathering("Samling 2", blocks=[Block("audit", goals=["KLK-040", "FKM LM-02"])])
    return Group("G", participants=[ane, even, ida, jon], gatherings=[first, second])


def test_planned_goals_in_plan_order_once():
    assert planned_goals(_group()) == ["FKM LM-02", "FKM LM-50", "FKM LM-26", "KLK-040"]


@pytest.mark.parametrize(
    ("goal", "criterion"),
    [
        ("Kunne drøfte etiske dilemmaer.", "Du kan drøfte etiske dilemmaer."),
        ("Under supervisjon kunne gi råd.", "Du kan under supervisjon gi råd."),
        ("Selvstendig kunne vurdere X.", "Du kan selvstendig vurdere X."),
        ("Kjenne til og ha bevissthet om Y.", "Du kjenner til og har bevissthet om Y."),
        ("Være kjent med begrepene.", "Du er kjent med begrepene."),
        ("Ha kunnskap om Z.", "Du har kunnskap om Z."),
        ("finne frem til kilder.", "Du kan finne frem til kilder."),
        ("Noe helt annet.", "Noe helt annet."),
    ],
)
def test_a_criterion_is_offered_from_the_goal_text(goal, criterion):
    assert suggest_criterion(goal) == criterion


def test_every_shipped_goal_gets_an_offer(library):
    for goal in library.goals:
        offer = suggest_criterion(goal.text)
        assert offer.startswith("Du ") or offer == " ".join(goal.text.split()), goal.code


def test_criteria_are_set_and_cleared():
    group = _group()
    set_criterion(group, "FKM LM-02", "  Du kan drøfte.  ")
    assert group.criteria == {"FKM LM-02": "Du kan drøfte."}
    set_criterion(group, "FKM LM-02", "   ")
    assert group.criteria == {}
    with pytest.raises(DomainError, match="FKM LM-02"):
        set_criterion(group, "FKM LM-02", "x" * 601)


def test_assessment_recorded_replaced_and_removed():
    group = _group()
    ane = group.participants[0]
    set_assessment(group, ane.id, "FKM LM-02", "not_yet", "Mer trening.", date(2027, 2, 10))
    set_assessment(group, ane.id, "FKM LM-02", "reached", " Bra. ", date(2027, 4, 1))
    assert ane.assessments == [Assessment("FKM LM-02", "reached", "Bra.", date(2027, 4, 1))]
    assert set_assessment(group, ane.id, "FKM LM-02", "not_assessed", "") is None
    assert ane.assessments == []
    kept = set_assessment(group, ane.id, "FKM LM-26", "not_assessed", "Var borte.")
    assert kept is not None and kept.comment == "Var borte."


def test_bad_assessments_are_refused():
    group = _group()
    ane = group.participants[0]
    with pytest.raises(DomainError, match="reached, not_yet, not_assessed"):
        set_assessment(group, ane.id, "FKM LM-02", "done")
    with pytest.raises(DomainError, match="FKM LM-03"):
        set_assessment(group, ane.id, "FKM LM-03", "reached")  # not in the plan
    with pytest.raises(DomainError, match="600"):
        set_assessment(group, ane.id, "FKM LM-02", "reached", "x" * 601)
    with pytest.raises(KeyError):
        set_assessment(group, "nobody", "FKM LM-02", "reached")
    assert ane.assessments == []


def test_an_assessment_on_a_goal_no_longer_planned_stays_and_is_marked():
    group = _group()
    ane = group.participants[0]
    set_assessment(group, ane.id, "FKM LM-26", "reached", "Godt samvalg.")
    group.gatherings[0].blocks.pop(1)  # the buzz with LM-26 leaves the plan
    rows = assessment_rows(group, ane)
    assert [(r.code, r.status, r.planned) for r in rows] == [
        ("FKM LM-02", "not_assessed", True),
        ("FKM LM-50", "not_assessed", True),
        ("KLK-040", "not_assessed", True),
        ("FKM LM-26", "reached", False),
    ]
    with pytest.raises(DomainError):
        set_assessment(group, ane.id, "FKM LM-26", "not_yet")
    assert ane.assessments[0].status == "reached"


def test_supervisors_one_bucket_each_and_none_lumped():
    buckets = supervisor_buckets(_group().participants)
    assert [(b.name, b.emails, [p.name for p in b.participants]) for b in buckets] == [
        ("Kjell Aas", ("kjell@example.no",), ["Ane Lund", "Even Rø"]),
        ("", (), ["Ida Moe"]),
        ("", (), ["Jon Vik"]),
    ]
    assert supervisor_buckets([]) == []


def test_a_supervisors_email_in_two_cases_is_one_address():
    ane = Participant("Ane", supervisor="Per Olsen", supervisor_email="per.olsen@example.no")
    even = Participant("Even", supervisor="Per Olsen", supervisor_email="PER.OLSEN@example.no ")
    ida = Participant("Ida", supervisor="Per Olsen", supervisor_email="per@kommune.no")
    (bucket,) = supervisor_buckets([ane, even, ida])
    assert bucket.emails == ("per.olsen@example.no", "per@kommune.no")


def test_supervisor_email_is_checked_when_edited():
    group = _group()
    ida = group.participants[2]
    with pytest.raises(DomainError, match="kjell.example.no"):
        update_participant(group, ida.id, name="Ida Moe", supervisor_email="kjell.example.no")
    update_participant(
        group, ida.id, name="Ida Moe", supervisor="Kari Li", supervisor_email=" kari@li.no "
    )
    assert (ida.supervisor, ida.supervisor_email) == ("Kari Li", "kari@li.no")
    update_participant(group, ida.id, name="Ida Moe", supervisor="Kari Li")  # e-mail unchanged
    assert ida.supervisor_email == "kari@li.no"


def test_store_form_keeps_everything():
    group = _group()
    set_criterion(group, "FKM LM-02", "Du kan drøfte.")
    set_assessment(group, group.participants[0].id, "FKM LM-02", "reached", "Ja.", date(2027, 3, 1))
    again = Group.from_dict(group.to_dict())
    assert again.criteria == group.criteria
    assert again.participants[0].assessments == group.participants[0].assessments
    assert again.participants[0].supervisor_email == "kjell@example.no"
    # data written before these fields existed still loads
    old = group.to_dict()
    del old["criteria"]
    for person in old["participants"]:
        del person["assessments"], person["supervisor_email"]
    assert Group.from_dict(old).participants[0].assessments == []


# -- plan files ------------------------------------------------------------------------------

PLAN = """\
group: {name: G, term: 2027 vår}
participants:
  - name: Ane Lund
    supervisor: Kjell Aas
    supervisor_email: kjell@example.no
    assessments:
      - {goal: LM-02, status: reached, comment: "Drøftet samtykke.", date: 2027-02-11}
      - {goal: FKM LM-26, status: not_yet}
  - {name: Even Rø, supervisor: Kjell Aas}
  - Ida Moe
criteria:
  - {goal: FKM LM-02, text: "Du kan drøfte en etisk utfordring."}
gatherings:
  - title: Samling 1
    date: 2027-02-10
    blocks:
      - {activity: case-reflection, minutes: 60, goals: [FKM LM-02]}
"""


def _read(text, library):
    return parse_plan(parse_yaml(text, "p.yaml"), "p.yaml", library.goals, library.activities)


def test_plan_round_trip_keeps_contacts_criteria_and_assessments(library):
    result = _read(PLAN, library)
    assert result.ok, [str(p) for p in result.problems]
    group = result.group
    ane = group.participants[0]
    assert ane.supervisor_email == "kjell@example.no"
    assert ane.assessments == [
        Assessment("FKM LM-02", "reached", "Drøftet samtykke.", date(2027, 2, 11)),
        Assessment("FKM LM-26", "not_yet"),  # LM-26 is not planned: kept all the same
    ]
    assert group.criteria == {"FKM LM-02": "Du kan drøfte en etisk utfordring."}
    text = dump_plan(group)
    again = _read(text, library)
    assert again.ok and dump_plan(again.group) == text
    assert again.group.to_dict()["participants"][0]["assessments"] == [
        a.to_dict() for a in ane.assessments
    ]
    without = dump_plan(group, include_notes=False)
    assert "assessments" not in without and "Drøftet samtykke" not in without
    assert "criteria" in without  # the criteria are printed in the handout: not confidential


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (
            ("kjell@example.no", "kjell at example"),
            "participants[0].supervisor_email",
            "e-postadresse",
        ),
        (("status: reached", "status: done"), "participants[0].assessments[0].status", "done"),
        (("goal: LM-02, status", "goal: LM-2x, status"), "participants[0].assessments[0].goal", ""),
        (("goal: FKM LM-26", "goal: FKM LM-02"), "participants[0].assessments[1].goal", "to"),
        (('text: "Du kan', 'tekst: "Du kan'), "criteria[0].tekst", "text"),
        (("goal: FKM LM-02, text", "goal: XYZ, text"), "criteria[0].goal", "XYZ"),
    ],
)
def test_plan_mistakes_are_located(library, change, field, words):
    result = _read(PLAN.replace(*change), library)
    errors = [p for p in result.errors if p.field == field]
    assert errors, [str(p) for p in result.problems]
    assert errors[0].line is not None
    assert words in errors[0].message


def test_plan_comment_with_an_identifier_warns(library):
    result = _read(PLAN.replace("Drøftet samtykke.", "Pasient 91234567"), library)
    found = [p for p in result.problems if p.key == "plan.identifier"]
    assert [p.field for p in found] == ["participants[0].assessments[0].comment"]
    criterion = _read(PLAN.replace("en etisk utfordring", "ring 912 34 567"), library)
    assert [p.field for p in criterion.problems if p.key == "plan.identifier"] == [
        "criteria[0].text"
    ]
