"""The shipped activity library against the seeds: the phases and questions of the case reflection
as the booklet's praksistrekanten has them, its cautions as tips for the leader, a shared
decision-making step, a buzz exercise that starts with a case, a source for every activity and
phase, and English for every text. User files with new fields are checked like the rest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from groupguide.curricula import load_activities, load_goals
from groupguide.domain.activities import ACTIVITY_KINDS, BUILTIN_ACTIVITY_IDS
from tests.needs import seed

PROGRAMME = "000_3714e8d5b23fdf2b.txt"  # Gruppeveiledning v5.0 (the programme)
BOOKLET = "001_1c48a7835aa5846a.txt"  # the course booklet for individual supervisors (2024)

CASE_PHASES = [
    "presentation",
    "clarifying-questions",
    "reasons",
    "values",
    "ethics",
    "learning-points",
]
P2_PROMPTS = [
    "Hvorfor gjorde du det på den måten?",
    "Hvilke erfaringer, retningslinjer eller kunnskap bygger du på?",
]
P3_PROMPTS = [
    "På hvilken måte blir du berørt av denne opplevelsen?",
    "Hva kunne du gjort annerledes og hva hindret deg i så fall fra å gjøre det?",
    "Hvordan tror du pasienten og eventuelt andre involverte opplevde situasjonen?",
    "Er det noe du tror du bør ta opp med pasienten senere?",
    "Hva gjør denne situasjonen med deg som lege?",
    "Hva kan du lære av hendelsen?",
]
# Questions for the case's phases that we wrote ourselves from the section the phase cites; every
# other question of a phase that cites the booklet stands there word for word.
OWN_PROMPTS = {
    "Fortell om situasjonen: hva skjedde?",  # P1: «Be LIS beskrive situasjonen detaljert …»
    "Hva sa pasienten?",  # P1: what happened, including what the patient said
    "Hva tar hver av oss med seg fra denne kasuistikken?",  # the group's learning points
    "Hvilke læringsmål har vi arbeidet med?",
}
OWN_PHASES = {"ethics", "shared-decision"}  # written from FKM LM-02/03 and LM-26–28 (§1.1.1)
# Evaluative and feeling questions that are not P1's: the booklet's P1 is describing.
NOT_P1 = ["Hvordan synes du dette gikk?", "Hvordan opplevde du det?", "Hvordan føltes"]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def seed_text(name: str) -> str:
    return collapse(seed(name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def goals():
    catalogue, problems = load_goals()
    assert problems == [], [str(p) for p in problems]
    return catalogue


@pytest.fixture(scope="module")
def activities(goals):
    library, problems = load_activities(goals=goals)
    assert problems == [], [str(p) for p in problems]
    return library


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- the library ---------------------------------------------------------------------------------


def test_the_stable_activities(activities):
    assert [a.id for a in activities] == list(BUILTIN_ACTIVITY_IDS)
    assert set(ACTIVITY_KINDS) <= set(BUILTIN_ACTIVITY_IDS)
    for activity in activities:
        assert activity.minutes > 0 and activity.title and activity.description
        assert activity.behaves_like in ACTIVITY_KINDS
        if activity.phases:
            assert sum(p.minutes for p in activity.phases) == activity.minutes, activity.id


def test_suggested_goals_are_known_and_canonical(goals, activities):
    for activity in activities:
        for code in activity.suggested_goals:
            assert goals.canonical(code) == code, (activity.id, code)
    assert activities.get("break").suggested_goals == ()
    assert activities.get("evaluation-round").suggested_goals == ()
    assert "KLK-040" in activities.get("audit").suggested_goals


def test_every_shipped_activity_and_phase_has_english(activities):
    """Titles, descriptions, questions and tips: each in English, item for item."""
    for activity in activities:
        where = activity.id
        assert activity.title_en, where
        assert activity.description_en or not activity.description, where
        for phase in activity.phases:
            where = f"{activity.id}.{phase.id}"
            assert phase.title_en, where
            assert phase.description_en or not phase.description, where
            assert len(phase.prompts_en) == len(phase.prompts), where
            assert len(phase.guidance_en) == len(phase.guidance), where
        english = activity.localised("en")
        assert english.title == activity.title_en
        assert english.description == (activity.description_en or activity.description)
        for shown, phase in zip(english.phases, activity.phases, strict=True):
            assert shown.title == phase.title_en
            assert shown.prompts == phase.prompts_en and shown.guidance == phase.guidance_en
        assert activity.localised("nb") == activity


def test_english_texts_are_not_norwegian(activities):
    """A translation left in Norwegian by mistake: no English text uses æ, ø or å except in
    the Norwegian names it quotes (samvalg, praksistrekanten)."""
    for activity in activities:
        english = activity.localised("en")
        texts = [english.title, english.description]
        for phase in english.phases:
            texts += [phase.title, phase.description, *phase.prompts, *phase.guidance]
        for text in texts:
            assert not re.search(r"[æøåÆØÅ]", text), (activity.id, text)


def test_every_activity_and_phase_cites_its_source(activities):
    for activity in activities:
        if activity.id == "break":  # a break is no learning activity and follows no section
            assert not activity.source
            continue
        assert activity.source, activity.id
        for phase in activity.phases:
            assert phase.source, (activity.id, phase.id)


def test_the_cited_sections_exist_in_the_seeds(activities):
    """Each «heading» a source quotes is in the document it names, and each § is a section of
    the programme."""
    programme, booklet = seed_text(PROGRAMME), seed_text(BOOKLET)
    sources = {a.source for a in activities} | {p.source for a in activities for p in a.phases}
    for source in filter(None, sources):
        for part in source.split(";"):
            document = booklet if "Kurshefte for individuelle veiledere (2024)" in part else None
            if "Gruppeveiledning v5.0" in part:
                document = programme
                for section in re.findall(r"§(\d+(?:\.\d+)+)", part):
                    assert re.search(rf"(^|\s){re.escape(section)} [A-ZÆØÅ]", programme), section
            if document is None:  # a note on what we wrote ourselves, e.g. "spørsmålene …"
                assert "skrevet ut fra" in part, source
                continue
            for heading in re.findall(r"«([^»]+)»", part):
                assert heading in document, (source, heading)


# -- the case reflection, as the booklet has it ----------------------------------------------------


def test_case_reflection_phases(activities):
    case = activities.get("case-reflection")
    assert case.has_presenter
    assert [p.id for p in case.phases] == CASE_PHASES
    phases = {p.id: p for p in case.phases}
    assert list(phases["reasons"].prompts[:2]) == P2_PROMPTS
    assert list(phases["values"].prompts) == P3_PROMPTS
    assert all(p.prompts for p in case.phases)
    assert "Hva gjorde du?" in phases["presentation"].prompts
    assert "Kan du forklare nærmere?" in phases["clarifying-questions"].prompts


def test_p1_describes_and_asks_nothing_evaluative(activities):
    for activity_id in ("case-reflection", "case-shared-decision"):
        phases = {p.id: p for p in activities.get(activity_id).phases}
        for phase_id in ("presentation", "clarifying-questions"):
            for prompt in phases[phase_id].prompts:
                assert not any(prompt.startswith(bad) for bad in NOT_P1), (phase_id, prompt)
                assert prompt not in P3_PROMPTS
        assert "P1" in phases["presentation"].title and "P1" in phases["presentation"].description


def test_booklet_questions_are_verbatim(activities):
    booklet = seed_text(BOOKLET)
    for activity_id in ("case-reflection", "case-shared-decision"):
        for phase in activities.get(activity_id).phases:
            if phase.id in OWN_PHASES:
                continue
            assert "Kurshefte" in phase.source, phase.id
            for prompt in phase.prompts:
                if prompt in OWN_PROMPTS:
                    continue
                # The PDF broke "kunnskaper/erfa-ringer" inside a word.
                assert prompt.replace("erfaringer lå", "erfa ringer lå") in booklet, prompt


def test_the_booklets_cautions_are_tips_for_the_leader_not_questions(activities):
    """Advice disguised as a question, «hvorfor» felt as an accusation, closing an open
    question: in the tips of the phase where they bite, quoted from the booklet."""
    booklet = seed_text(BOOKLET)
    case = {p.id: p for p in activities.get("case-reflection").phases}
    cautions = {
        "clarifying-questions": ["råd kamuflert som et spørsmål", "Gjorde du det sånn eller sånn?"],
        "reasons": ["begynner med hvorfor, kan noen ganger oppfattes anklagende og truende"],
    }
    for phase_id, phrases in cautions.items():
        tips = " ".join(case[phase_id].guidance)
        for phrase in phrases:
            assert phrase in tips and phrase in booklet, (phase_id, phrase)
    every_prompt = [q for a in activities for p in a.phases for q in p.prompts]
    assert not [q for q in every_prompt if "Har du tenkt på" in q]
    assert "«men»" in " ".join(case["learning-points"].guidance)  # feedback language
    # an open question cannot be answered yes or no: none of ours starts like a closed one
    closed = re.compile(r"^(Er|Har|Var|Kan|Spiller|Gjorde|Fikk|Vil|Skal) ")
    allowed = {"Kan du forklare nærmere?", "Er det noe du tror du bør ta opp med pasienten senere?"}
    for prompt in every_prompt:
        assert not closed.match(prompt) or prompt in allowed, prompt


def test_shared_decision_is_its_own_case_activity(activities, goals):
    plain = activities.get("case-reflection")
    samvalg = activities.get("case-shared-decision")
    assert samvalg.behaves_like == "case-reflection" and samvalg.has_presenter
    ids = [p.id for p in samvalg.phases]
    assert ids == CASE_PHASES[:3] + ["shared-decision"] + CASE_PHASES[3:]
    shared = {p.id: p for p in plain.phases}
    for phase in samvalg.phases:
        if phase.id != "shared-decision":
            assert phase == shared[phase.id]  # one text, not two copies that drift apart
    step = samvalg.phases[3]
    assert step.prompts and step.guidance and "LM-26" in step.source
    samvalg_goals = {"FKM LM-26", "FKM LM-27", "FKM LM-28"}
    assert samvalg_goals <= set(samvalg.suggested_goals)
    assert not samvalg_goals & set(plain.suggested_goals)  # offered where the step is
    assert all(code in goals for code in samvalg_goals)


def test_buzz_starts_with_a_case_presented_to_the_group(activities):
    buzz = activities.get("buzz")
    assert [p.id for p in buzz.phases] == ["presentation", "pairs", "plenary"]
    assert buzz.pairs_from() == 1
    assert "§2.2" in buzz.source and "kasuistikk" in buzz.phases[0].description
    assert "kan man presenterer" not in buzz.description  # the seed's typo is not ours to copy


def test_no_seed_typos_in_our_descriptions(activities):
    texts = [a.description for a in activities] + [
        p.description for a in activities for p in a.phases
    ]
    for text in texts:
        for typo in ("kan man presenterer", "gruppedeltakerne presentere ", "LIS 1", "spesialt"):
            assert typo not in text, (typo, text)


# -- user files with the new fields ------------------------------------------------------------------


def test_a_user_activity_may_omit_english_and_gets_norwegian(tmp_path, goals):
    write(
        tmp_path,
        "mine.yaml",
        """\
activities:
  - id: role-play
    title: Rollespill
    minutes: 30
    kind: case-reflection
    source: Eget opplegg
    phases:
      - id: play
        title: Spill
        minutes: 30
        prompts: ["Hva skjedde?", "Hva nå?"]
        guidance: ["Avbryt ikke."]
""",
    )
    library, problems = load_activities(tmp_path, goals=goals)
    assert problems == []
    english = library.get("role-play").localised("en")
    assert english.title == "Rollespill" and english.phases[0].title == "Spill"
    assert english.phases[0].prompts == ("Hva skjedde?", "Hva nå?")
    assert english.phases[0].guidance == ("Avbryt ikke.",)
    assert library.get("role-play").source == "Eget opplegg"
    assert library.get("role-play").has_presenter


def test_english_lists_must_match_item_for_item(tmp_path, goals):
    path = write(
        tmp_path,
        "mine.yaml",
        """\
activities:
  - id: role-play
    title: Rollespill
    title_en: Role play
    minutes: 30
    phases:
      - id: play
        title: Spill
        title_en: Play
        minutes: 30
        prompts: ["Hva skjedde?", "Hva nå?"]
        prompts_en: ["What happened?"]
        guidance: ["Avbryt ikke."]
        guidance_en: ["Do not interrupt."]
        guidence: typo
""",
    )
    library, problems = load_activities(tmp_path, goals=goals)
    found = {(p.key, p.line, p.field, p.severity) for p in problems}
    assert found == {
        ("curricula.translation_count", 12, "activities[0].phases[0].prompts_en", "warning"),
        ("curricula.unknown_field", 15, "activities[0].phases[0].guidence", "error"),
    }
    assert all(p.file == str(path) for p in problems)
    assert library.get("role-play") is None  # the typo is an error: the activity is skipped
    message = next(p for p in problems if p.key == "curricula.translation_count").message
    assert "«prompts_en» har 1 tekst, men «prompts» har 2" in message


def test_the_built_in_shared_decision_is_an_id_not_a_kind(tmp_path, goals):
    write(
        tmp_path,
        "mine.yaml",
        """\
activities:
  - id: case-shared-decision
    title: Min
    minutes: 10
  - id: my-samvalg
    title: Mitt samvalg
    minutes: 10
    kind: case-shared-decision
""",
    )
    library, problems = load_activities(tmp_path, goals=goals)
    assert {p.key for p in problems} == {"curricula.builtin_activity", "curricula.unknown_kind"}
    assert library.get("case-shared-decision").title == "Kasuistikk med samvalg"
    assert "my-samvalg" not in library
