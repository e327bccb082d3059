"""One e-mail check for every e-mail field: a participant's own and the individual supervisor's,
typed in the app or read from a plan file. A new user's "lan@" was accepted for a participant
while "ikke-epost" was refused for a supervisor."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from groupguide.domain.model import Group
from groupguide.domain.participants import check_email, update_participant
from groupguide.domain.people import Participant
from groupguide.domain.problems import DomainError
from groupguide.domain.rules import add_participant
from groupguide.plans import parse_plan
from groupguide.yamlsource import parse_yaml

BAD = [
    "lan@",
    "ikke-epost",
    "@example.no",
    "kari@example",
    "kari@.no",
    "kari@example.",
    "kari@@example.no",
    "kari nordmann@example.no",
    "kari@exa mple.no",
    "kari@example..no",
]
GOOD = [
    "kari@example.no",
    "ola.nordmann+lis1@bergen.kommune.no",
    "åse.ødegård@kommune.no",
    " kari@example.no ",
]


@pytest.mark.parametrize("whose", ["participant", "supervisor"])
@pytest.mark.parametrize("value", BAD)
def test_what_is_no_address_is_refused_in_every_field(value, whose):
    with pytest.raises(DomainError) as refused:
        check_email(value, whose)
    assert f"«{value.strip()}» ser ikke ut som en e-postadresse" in str(refused.value)


@pytest.mark.parametrize("whose", ["participant", "supervisor"])
@pytest.mark.parametrize("value", GOOD + [""])
def test_an_address_or_nothing_is_accepted(value, whose):
    check_email(value, whose)


def test_the_message_names_whose_address():
    with pytest.raises(DomainError, match=r"\(deltakerens e-post\)"):
        check_email("lan@")
    with pytest.raises(DomainError, match=r"\(individuell veileder\)"):
        check_email("lan@", "supervisor")


def test_adding_and_editing_a_participant_check_the_email():
    group = Group(name="G", term="2027 vår")
    with pytest.raises(DomainError, match="lan@"):
        add_participant(group, Participant(name="Lan", email="lan@"))
    with pytest.raises(DomainError, match="ikke-epost"):
        add_participant(group, Participant(name="Lan", supervisor_email="ikke-epost"))
    assert group.participants == []
    add_participant(group, Participant(name="Lan", email="lan@example.no"))
    lan = group.participants[0]
    with pytest.raises(DomainError, match="lan@"):
        update_participant(group, lan.id, name="Lan", email="lan@")
    assert lan.email == "lan@example.no"


def test_a_plan_file_names_the_wrong_participant_email(library):
    text = (
        "group: {name: G}\n"
        "participants:\n"
        "  - {name: Lan, email: 'lan@'}\n"  # 3
        "  - {name: Kari, supervisor_email: ikke-epost}\n"  # 4
    )
    result = parse_plan(parse_yaml(text, "p.yaml"), "p.yaml", library.goals, library.activities)
    found = {(p.key, p.line, p.field) for p in result.problems}
    assert ("domain.email.participant", 3, "participants[0].email") in found
    assert ("domain.supervisor.email", 4, "participants[1].supervisor_email") in found
    assert not result.ok


async def test_the_participant_form_refuses_a_wrong_email_on_its_field(data_dir, example_plan):
    from groupguide.tui.dialogs.participant_form import ParticipantFormDialog
    from tests.test_tui_planning import open_group, rendered
    from tests.tui_helpers import build_app

    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(80, 24)) as pilot:
        await open_group(pilot, "participants")
        await pilot.press("e")  # Kari Nordmann
        await pilot.pause()
        assert isinstance(app.screen, ParticipantFormDialog)
        app.screen.query_one("#email", Input).value = "lan@"
        app.screen.save()
        await pilot.pause()
        assert isinstance(app.screen, ParticipantFormDialog)  # refused, still open
        assert "«lan@» ser ikke ut som en e-postadresse" in rendered(app, "#error")
        assert app.screen.focused.id == "email"
        app.screen.query_one("#email", Input).value = "kari@example.no"
        app.screen.save()
        await pilot.pause()
        group = store.find_group("LIS1 Vestland høst 2026")
        assert group.participant_by_name("Kari Nordmann").email == "kari@example.no"
    store.close()
