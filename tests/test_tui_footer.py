"""At 80×24 the footer shows each screen's most important keys (a new user could not find
"g Gjennomfør" on the plan tab: the footer ended before it)."""

from __future__ import annotations

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tests.tui_helpers import build_app

CASES = {
    "home": ([], ["home.open", "home.new", "home.import", "home.delete", "app.help"]),
    "participants": (
        ["enter", "1"],
        ["participants.add", "participants.edit", "participants.remove", "group.run", "app.help"],
    ),
    "plan": (
        ["enter", "2"],
        [
            "plan.open",
            "plan.add",
            "plan.edit",
            "plan.delete",
            "group.run",
            "group.evaluation",
            "app.help",
        ],
    ),
    "coverage": (["enter", "3"], ["coverage.open", "coverage.optional", "group.run"]),
    "gathering": (
        ["enter", "2", "enter"],
        [
            "gathering.edit",
            "gathering.add",
            "gathering.goals",
            "gathering.pin",
            "gathering.delete",
            "app.help",
        ],
    ),
    # the test clock (23 November) is not Samling 3's day (2 December): Enter records it as
    # held today, then the check-in opens
    "checkin": (
        ["enter", "2", "down", "down", "g", "enter"],
        ["checkin.confirm", "checkin.absent", "checkin.arrived", "checkin.left", "checkin.reset"],
    ),
    "run": (
        ["enter", "2", "down", "down", "g", "enter", "enter"],
        ["run.toggle", "run.next", "run.notes", "run.evaluation", "run.projector"],
    ),
    # a case reflection: → to the next phase was hidden behind the scroll pane's own →
    "run-case": (
        ["enter", "2", "down", "down", "g", "enter", "enter", "space", "n"],
        ["run.toggle", "run.next", "run.next_phase", "run.speaker"],
    ),
}


def visible_footer_actions(app) -> list[str]:
    """The actions of the footer keys that are wholly on screen, left of the docked palette key."""
    footer = app.screen.query_one(Footer)
    keys = list(footer.query(FooterKey))
    palette = [k.region.x for k in keys if k.has_class("-command-palette")]
    limit = palette[0] if palette else footer.region.right
    return [
        k.action
        for k in keys
        if not k.has_class("-command-palette") and k.region.width and k.region.right <= limit
    ]


@pytest.mark.parametrize("case", list(CASES))
async def test_the_most_important_keys_fit_an_80_column_footer(data_dir, example_plan, case):
    keys, wanted = CASES[case]
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause()
        by_id = {b.binding.id: b.binding.action for b in app.screen.active_bindings.values()}
        visible = visible_footer_actions(app)
        missing = [binding_id for binding_id in wanted if by_id.get(binding_id) not in visible]
        assert not missing, f"{case}: not in the footer at 80 columns: {missing}"
    app.services.store.close()
