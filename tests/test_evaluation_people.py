"""The evaluation's other voices (§2.4): wishes raised in the oral evaluation round, noted by the
leader, join the wishes tab marked as from the oral round; co-leaders and guest teachers (§2.1
"Kursledere") are named on a gathering with their own evaluation beside the leader's, in the
results screen, the plan file and the gathering report."""

from __future__ import annotations

from datetime import datetime

from textual.widgets import DataTable, Input, Select, Static, TextArea

from groupguide.domain.people import Teacher
from groupguide.evaluation.wishes import topic_wishes
from groupguide.export import build
from groupguide.export.context import make_context
from groupguide.export.report import masked_count
from groupguide.plan_writer import dump_plan
from groupguide.plans import parse_plan
from groupguide.tui.dialogs.teacher_form import TeacherFormDialog
from groupguide.tui.screens.evaluation_results import EvaluationResultsScreen, wishes_from
from groupguide.yamlsource import parse_yaml
from tests.test_evaluation_tui import app_and_group, static_text  # noqa: F401 - the fixture
from tests.test_tui_planning import open_group
from tests.tui_helpers import build_app

PLAN = """
group: {name: Gruppe, organiser: Testkommune}
participants: [A1, A2, A3]
gatherings:
  - title: Samling 1
    date: 2027-03-11
    start: "09:00"
    oral_round_notes: Godt engasjement.
    oral_wishes: [Mer om rus, "Sykmelding ved psykiske lidelser"]
    teachers:
      - {name: Anne Berg, role: co-leader, evaluation: Gruppen kom godt i gang.}
      - {name: Per Lie, role: guest-teacher}
    blocks:
      - {activity: open-topic, title: Velkommen, minutes: 30}
"""


def _read(text: str, library):
    return parse_plan(parse_yaml(text, "p.yaml"), "p.yaml", library.goals, library.activities)


def test_the_plan_file_carries_wishes_and_teachers_and_notes_stay_out_without_notes(library):
    result = _read(PLAN, library)
    assert result.ok, [str(p) for p in result.problems]
    gathering = result.group.gatherings[0]
    assert gathering.oral_wishes == ["Mer om rus", "Sykmelding ved psykiske lidelser"]
    assert gathering.teachers == [
        Teacher("Anne Berg", "co-leader", "Gruppen kom godt i gang."),
        Teacher("Per Lie", "guest-teacher", ""),
    ]
    again = _read(dump_plan(result.group), library)
    assert dump_plan(again.group) == dump_plan(result.group)
    public = dump_plan(result.group, include_notes=False)
    assert "Per Lie" in public and "Anne Berg" in public
    assert "kom godt i gang" not in public and "Mer om rus" not in public
    wrong = _read(PLAN.replace("role: guest-teacher", "role: sensor"), library)
    assert [(p.key, p.field) for p in wrong.problems if p.key.startswith("plan.")] == [
        ("plan.teacher_role", "gatherings[0].teachers[1].role")
    ]


def test_oral_wishes_join_the_wishes_marked_and_need_no_threshold(data_dir, library):
    group = _read(PLAN, library).group
    wishes = topic_wishes(data_dir, group, threshold=3)  # no written evaluation at all
    assert [(w.text, w.oral) for w in wishes] == [
        ("Mer om rus", True),
        ("Sykmelding ved psykiske lidelser", True),
    ]
    assert wishes_from("- Mer om rus\n\n  • Søvn \n") == ["Mer om rus", "Søvn"]


def test_the_report_has_the_wishes_and_each_teachers_evaluation(library):
    group = _read(PLAN, library).group
    gathering = group.gatherings[0]
    gathering.blocks[0].held_minutes = 30
    report = build("report", make_context(group, library, datetime(2027, 3, 12)), [1]).preview
    assert "**Ønsker til tema fra evalueringsrunden**" in report and "- Mer om rus" in report
    assert "## Evaluering fra Anne Berg (medveileder)" in report
    assert "Gruppen kom godt i gang." in report
    lie = report.index("## Evaluering fra Per Lie (gjesteunderviser)")
    assert report[lie:].split("\n")[2] == "Ikke skrevet."
    leader = report.index("## Gruppeveileders egen evaluering")
    assert leader < report.index("## Evaluering fra Anne Berg")  # beside the leader's, after it
    gathering.teachers[1].evaluation = "Ring pasienten på 91234567."
    assert masked_count(gathering, None) == 1


async def test_results_screen_notes_wishes_and_adds_a_guest_teacher(app_and_group):  # noqa: F811
    app, group = app_and_group
    gathering = group.gatherings[0]
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        screen = EvaluationResultsScreen(group.id, gathering.id)
        app.push_screen(screen)
        await pilot.pause()
        assert "Ingen andre enn deg" in static_text(screen, "#results-teachers")
        screen.query_one("#results-wishes", TextArea).text = "Mer om rus\n- Søvn og skiftarbeid\n"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.group(group.id).gatherings[0].oral_wishes == [
            "Mer om rus",
            "Søvn og skiftarbeid",
        ]
        await pilot.press("escape", "k")  # out of the leader's field (it has the cursor)
        await pilot.pause()
        assert isinstance(app.screen, TeacherFormDialog)
        dialog = app.screen
        await pilot.press("ctrl+s")  # no name: refused
        await pilot.pause()
        assert "Skriv inn et navn" in str(dialog.query_one("#error", Static).render())
        dialog.query_one("#name", Input).value = "Per Lie"
        dialog.query_one("#role", Select).value = "guest-teacher"
        dialog.query_one("#evaluation", TextArea).text = "Gode spørsmål fra gruppen."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        stored = store.group(group.id).gatherings[0].teachers
        assert stored == [Teacher("Per Lie", "guest-teacher", "Gode spørsmål fra gruppen.")]
        shown = static_text(screen, "#results-teachers")
        assert "Per Lie (gjesteunderviser)" in shown and "Gode spørsmål" in shown
        # the same name twice is refused; removing takes them off the list
        await pilot.press("k")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#name", Input).value = "per lie"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "allerede" in str(dialog.query_one("#error", Static).render())
        dialog.query_one("#who", Select).value = 0
        await pilot.pause()
        assert dialog.query_one("#name", Input).value == "Per Lie"
        await pilot.click("#delete")
        await pilot.pause()
        assert store.group(group.id).gatherings[0].teachers == []


async def test_the_wishes_tab_marks_those_from_the_oral_round(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    group = store.groups()[0]
    group.gatherings[0].oral_wishes = ["Mer om rus"]
    store.save_group(group)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "wishes")
        table = app.screen.query_one("#wishes-table", DataTable)
        assert table.display
        row = [str(c) for c in table.get_row_at(0)]
        assert "Mer om rus  (fra evalueringsrunden)" in row
    store.close()
