"""The programme's planning rules as the plan tab shows them: the days meter counts with the
setting ``day_minutes``, and a gathering moved a year ahead by mistake makes the meter warn that
the gatherings no longer lie within the half-year."""

from __future__ import annotations

import json

from groupguide.i18n import set_language
from tests.test_tui_planning import fill_form, open_group
from tests.tui_helpers import build_app


def meter(app) -> str:
    return str(app.screen.query_one("#days-meter").render()).replace("\u00a0", " ")


async def test_the_meter_counts_days_with_the_setting(data_dir, example_plan):
    (data_dir / "settings.json").write_text(json.dumps({"day_minutes": 300}), encoding="utf-8")
    app = build_app(data_dir, example_plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "plan")
        text = meter(app)
        assert "Planlagt: 3 dager – innenfor programmets 2–3 dager" in text  # 900 min / 300
        assert "Samlingene: 16.09.2026–02.12.2026, 2,5 måneder – innenfor halvåret" in text
    app.services.store.close()


async def test_a_gathering_a_year_off_makes_the_meter_warn(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    store = app.services.store
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group(pilot, "plan")
        assert "2,5 dager" in meter(app) and "innenfor halvåret" in meter(app)
        assert not app.screen.query_one("#days-meter").has_class("-over")
        await pilot.press("down", "down", "e")  # gathering 3: the year typed wrong
        await pilot.pause()
        await fill_form(pilot, date="02.12.2027")
        group = store.group(app.screen.group.id)
        assert str(group.gatherings[2].date) == "2027-12-02"
        text = meter(app)
        assert "Samlingene: 16.09.2026–02.12.2027, 14,5 måneder – mer enn et halvår" in text
        assert "sjekk datoene" in text
        await pilot.press("e")
        await pilot.pause()
        await fill_form(pilot, date="02.12.2026")
        assert "innenfor halvåret" in meter(app)
    store.close()


async def test_the_meter_in_english(data_dir, example_plan):
    set_language("en")
    try:
        app = build_app(data_dir, example_plan)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_group(pilot, "plan")
            text = meter(app)
            assert "Gatherings: 2026-09-16–2026-12-02, 2.5 months – within the half-year" in text
        app.services.store.close()
    finally:
        set_language("nb")
