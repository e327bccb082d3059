"""The individual supervisor and §2.3 in the app: the supervisor's e-mail in the participant
form, the leader's notes shared one by one, the criteria offered from the goal texts, and the
assessment per participant and goal, each saved at once and refused with a message when wrong."""

from __future__ import annotations

import os
from pathlib import Path

from textual.geometry import Region
from textual.widgets import DataTable, Input, TextArea

from groupguide.tui.dialogs.assessment_form import AssessmentFormDialog
from groupguide.tui.dialogs.assessments import AssessmentsDialog
from groupguide.tui.dialogs.criteria import CriteriaDialog
from groupguide.tui.dialogs.criterion_form import CriterionFormDialog
from groupguide.tui.dialogs.note_form import NoteFormDialog
from groupguide.tui.dialogs.participant_form import ParticipantFormDialog
from groupguide.tui.dialogs.participant_notes import ParticipantNotesDialog
from tests.test_tui_planning import cells, notifications, open_group, rendered
from tests.tui_helpers import FIXED_NOW, build_app

SHOTS = os.environ.get("GROUPGUIDE_SHOTS")  # a folder: save screenshots there to look at


def _shot(app, name: str) -> None:
    if SHOTS:
        app.save_screenshot(filename=f"{name}.svg", path=SHOTS)


async def test_supervisor_email_is_entered_and_refused_when_wrong(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(80, 24)) as pilot:
        await open_group(pilot, "participants")
        await pilot.press("e")  # Kari Nordmann
        await pilot.pause()
        assert isinstance(app.screen, ParticipantFormDialog)
        app.screen.query_one("#supervisor_email", Input).value = "per.aas(at)example"
        app.screen.save()
        await pilot.pause()
        assert isinstance(app.screen, ParticipantFormDialog)  # refused, still open
        assert "ser ikke ut som en e-postadresse" in rendered(app, "#error")
        assert app.screen.focused.id == "supervisor_email"
        _shot(app, "participant-form-80x24")
        app.screen.query_one("#supervisor_email", Input).value = "per.aas@example.no"
        app.screen.save()
        await pilot.pause()
        group = store.find_group("LIS1 Vestland høst 2026")
        assert group.participant_by_name("Kari Nordmann").supervisor_email == "per.aas@example.no"
    store.close()


async def test_notes_are_written_shared_and_removed(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "participants")
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ParticipantNotesDialog)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteFormDialog)
        app.screen.query_one(TextArea).load_text("Ring meg på 912 34 567")
        await pilot.pause()
        assert "pasientidentifikator" in str(app.screen.query_one(".guard").render())
        app.screen.action_save()
        await pilot.pause()
        note_text = "Vil øve mer på samvalg; god på etiske spørsmål."
        # an empty note is refused
        await pilot.press("n")
        await pilot.pause()
        app.screen.action_save()
        await pilot.pause()
        assert isinstance(app.screen, NoteFormDialog)
        assert "tomt" in rendered(app, "#error")
        app.screen.query_one(TextArea).load_text(note_text)
        app.screen.query_one("#shared").value = True
        _shot(app, "note-form-120x40")
        app.screen.action_save()
        await pilot.pause()
        assert isinstance(app.screen, ParticipantNotesDialog)
        table = app.screen.query_one(DataTable)
        assert cells(table, "shared") == ["–", "delt"]
        _shot(app, "notes-120x40")
        group = store.find_group("LIS1 Vestland høst 2026")
        kari = group.participant_by_name("Kari Nordmann")
        assert [(n.text, n.shared, n.date) for n in kari.notes] == [
            ("Ring meg på 912 34 567", False, FIXED_NOW.date()),
            (note_text, True, FIXED_NOW.date()),
        ]
        await pilot.press("up", "space")  # share the first one too, then keep it again
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        kari = store.find_group("LIS1 Vestland høst 2026").participant_by_name("Kari Nordmann")
        assert [(n.text, n.shared) for n in kari.notes] == [(note_text, True)]
        await pilot.press("u")  # the delete undone, in its place and saved
        await pilot.pause()
        kari = store.find_group("LIS1 Vestland høst 2026").participant_by_name("Kari Nordmann")
        assert [n.text for n in kari.notes] == ["Ring meg på 912 34 567", note_text]
        await pilot.press("u")  # nothing more to undo: nothing changes
        await pilot.pause()
        assert (
            len(
                store.find_group("LIS1 Vestland høst 2026")
                .participant_by_name("Kari Nordmann")
                .notes
            )
            == 2
        )
        await pilot.press("escape")
        await pilot.pause()
    store.close()


async def test_criteria_offered_from_goal_text_and_assessment_entered(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "participants")
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, CriteriaDialog)
        table = app.screen.query_one(DataTable)
        codes = cells(table, "goal")
        assert codes[0] == "FKM LM-02" and "FKM LM-03" in codes
        _shot(app, "criteria-120x40")
        await pilot.press("down", "enter")  # FKM LM-03 has none: a start is offered
        await pilot.pause()
        assert isinstance(app.screen, CriterionFormDialog)
        offered = app.screen.query_one(TextArea).text
        assert offered.startswith("Du kjenner til og har bevissthet om etiske utfordringer")
        _shot(app, "criterion-form-120x40")
        app.screen.query_one(TextArea).load_text(
            "Du kan drøfte et etisk dilemma fra en annen kultur."
        )
        app.screen.action_save()
        await pilot.pause()
        group = store.find_group("LIS1 Vestland høst 2026")
        assert group.criteria["FKM LM-03"] == "Du kan drøfte et etisk dilemma fra en annen kultur."
        await pilot.press("d")  # remove it again
        await pilot.pause()
        assert "FKM LM-03" not in store.find_group("LIS1 Vestland høst 2026").criteria
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("down", "a")  # Ola Hansen
        await pilot.pause()
        assert isinstance(app.screen, AssessmentsDialog)
        await pilot.press("1")  # FKM LM-02 reached at once
        await pilot.pause()
        await pilot.press("down", "down", "2")  # KLK-009 not yet
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AssessmentFormDialog)
        app.screen.query_one(TextArea).load_text("x" * 601)
        app.screen.action_save()
        await pilot.pause()
        assert "600 tegn" in rendered(app, "#error")
        app.screen.query_one(TextArea).load_text("Trenger mer trening med retningslinjen.")
        app.screen.query_one("#status-reached").value = True
        await pilot.pause()
        _shot(app, "assessment-form-120x40")
        app.screen.action_save()
        await pilot.pause()
        assert isinstance(app.screen, AssessmentsDialog)
        _shot(app, "assessments-120x40")
        ola = store.find_group("LIS1 Vestland høst 2026").participant_by_name("Ola Hansen")
        assert [(a.goal, a.status, a.comment, a.date) for a in ola.assessments] == [
            ("FKM LM-02", "reached", "", FIXED_NOW.date()),
            ("KLK-009", "reached", "Trenger mer trening med retningslinjen.", FIXED_NOW.date()),
        ]
        await pilot.press("up", "up", "0")  # back to not assessed: the record goes
        await pilot.pause()
        ola = store.find_group("LIS1 Vestland høst 2026").participant_by_name("Ola Hansen")
        assert [a.goal for a in ola.assessments] == ["KLK-009"]
    store.close()


async def test_an_assessment_on_a_goal_no_longer_planned_is_shown_not_editable(
    data_dir, example_plan
):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    group = store.find_group("LIS1 Vestland høst 2026")
    jonas = group.participant_by_name("Jonas Dahl")
    from groupguide.domain.people import Assessment

    jonas.assessments.append(Assessment("FKM LM-10", "reached", "Fra en tidligere plan."))
    store.save_group(group)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_group(pilot, "participants")
        names = cells(app.screen.query_one("#participants-table", DataTable), "name")
        await pilot.press(*["down"] * names.index("Jonas Dahl"), "a")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        goals = cells(table, "goal")
        assert goals[-1] == "FKM LM-10 (ikke lenger i planen)"
        _shot(app, "assessments-80x24")
        table.move_cursor(row=len(goals) - 1)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AssessmentsDialog)
        assert any("ikke lenger i planen" in m for m in notifications(app))
        await pilot.press("2")
        await pilot.pause()
        kept = store.find_group("LIS1 Vestland høst 2026").participant_by_name("Jonas Dahl")
        assert kept.assessments[-1].status == "reached"  # refused: unchanged
    store.close()


async def test_assessments_with_no_goals_planned(data_dir, tmp_path):
    plan = Path(tmp_path / "p.yaml")
    plan.write_text("group: {name: Tom}\nparticipants: [Ane Lund]\n", encoding="utf-8")
    app = build_app(data_dir, plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_group(pilot, "participants")
        await pilot.press("a")
        await pilot.pause()
        assert "Ingen læringsmål er planlagt" in rendered(app, "#assess-empty")
        await pilot.press("1", "e")  # nothing to act on: nothing happens
        await pilot.pause()
        assert isinstance(app.screen, AssessmentsDialog)
    app.services.store.close()


async def test_ctrl_t_masks_an_identifier_in_a_note(data_dir, example_plan):
    """The guard names what it found under the field; Ctrl+T masks it there, before saving."""
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "participants")
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        area.load_text("Pasient med fnr 01019012345 ringte.")
        area.focus()
        await pilot.pause()
        warning = str(app.screen.query_one(".guard").render())
        assert "pasientidentifikator" in warning and "Ctrl+T" in warning  # the key is named
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "01019012345" not in area.text and "ringte" in area.text
        assert not app.screen.query_one("GuardedText").has_class("-warning")
        app.screen.action_save()
        await pilot.pause()
    kari = store.find_group("LIS1 Vestland høst 2026").participant_by_name("Kari Nordmann")
    assert kari.notes and "01019012345" not in kari.notes[-1].text
    store.close()


async def test_the_notes_keys_fit_or_wrap_between_keys(data_dir, example_plan):
    """The notes dialog's key hint shows every key with its action on one line at 100 columns;
    narrower, it wraps between the keys, never between a key and what it does."""
    for width in (100, 72):
        app = build_app(data_dir, example_plan)
        async with app.run_test(size=(width, 30)) as pilot:
            await open_group(pilot, "participants")
            await pilot.press("o")
            await pilot.pause()
            assert isinstance(app.screen, ParticipantNotesDialog)
            hint = app.screen.query_one(".dialog-keys")
            strips = hint.render_lines(Region(0, 0, hint.size.width, hint.size.height))
            rows = [" ".join(s.text.split()) for s in strips if s.text.strip()]
            if width == 100:
                assert len(rows) == 1 and rows[0].endswith("U angre"), rows
            for row in rows:
                assert not row.endswith((" U", " Delete", " N", " E", " Mellomrom")), rows
                assert not row.startswith(("angre", "slett", "nytt", "rediger", "del/")), rows
            assert "U angre" in " ".join(rows)
        app.services.store.close()
