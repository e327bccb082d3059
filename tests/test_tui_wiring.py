"""The features reach each other from the group screen: run mode, evaluation, results, exports."""

from groupguide.tui.screens.evaluation import EvaluationScreen
from groupguide.tui.screens.evaluation_results import EvaluationResultsScreen
from groupguide.tui.screens.export import ExportScreen
from groupguide.tui.screens.group import GroupScreen
from groupguide.tui.screens.run import RunScreen
from tests.tui_helpers import build_app


async def _group_screen(app, pilot):
    await pilot.pause()
    if not isinstance(app.screen, GroupScreen):
        await pilot.press("enter")
        await pilot.pause()
    assert isinstance(app.screen, GroupScreen)
    await pilot.press("2")  # the Plan tab
    await pilot.pause()


async def test_keys_open_run_evaluation_results_and_export(data_dir, example_plan):
    app = build_app(data_dir, example_plan)
    app.services.store.save_settings({"evaluation_host": "127.0.0.1", "evaluation_port": 0})
    async with app.run_test(size=(120, 40)) as pilot:
        await _group_screen(app, pilot)
        for key, screen_type in (
            ("g", RunScreen),
            ("s", EvaluationResultsScreen),
            ("x", ExportScreen),
            ("v", EvaluationScreen),
        ):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, screen_type), (key, app.screen)
            app.pop_screen()
            await pilot.pause()
            assert isinstance(app.screen, GroupScreen)
    app.services.store.close()
