"""What the written evaluation asks (§2.2, §2.4): besides relevance, the parts and the goals, the
learning environment in the group and the group leader's facilitation, rated 1–5 like the rest,
with results in the results screen, the command line and the gathering report."""

from __future__ import annotations

import json
from datetime import date

import pytest

from groupguide.evaluation.answers import AnswerStore
from groupguide.evaluation.model import ASPECTS, Evaluation
from groupguide.evaluation.results import aggregate
from groupguide.export.evaluation import summary_from_results
from groupguide.phone.forms import BadForm, render_form, validate
from groupguide.tui.screens.evaluation_results import results_content
from tests.test_evaluation_server import Phone, make_group, start, stored


async def test_a_phone_rates_the_learning_environment_and_the_facilitation(data_dir, library):
    server, _ = await start(data_dir, make_group(), library)
    phone = Phone(server)
    try:
        status, page = await phone.get()
        assert "Hvordan var læringsmiljøet i gruppen?" in page
        assert "Hvordan la gruppeveileder til rette for samtalen og refleksjonen?" in page
        assert "5 svært godt" in page and "1 svært dårlig" in page
        status, _, _ = await phone.answer(a0="5", a1="2")
        assert status == 303
        answer = stored(data_dir, server)["answers"][0]
        assert answer["aspects"] == {"environment": 5, "facilitation": 2}
    finally:
        await phone.close()
        await server.stop()


async def test_the_questions_are_optional_and_a_forged_rating_is_refused(data_dir, library):
    server, _ = await start(data_dir, make_group(), library)
    phone = Phone(server)
    try:
        status, _, _ = await phone.answer()  # neither rated: still an answer
        assert status == 303
        assert stored(data_dir, server)["answers"][0]["aspects"] == {}
    finally:
        await phone.close()
        await server.stop()
    evaluation = server.evaluation
    with pytest.raises(BadForm):
        validate(evaluation, [("relevance", "3"), ("a0", "9")], "nb")
    with pytest.raises(BadForm):
        validate(evaluation, [("relevance", "3"), ("a2", "3")], "nb")  # no third question


def _closed_with(data_dir, library, ratings: list[dict[str, int]]) -> Evaluation:
    group = make_group()
    store = AnswerStore(data_dir)
    evaluation = store.open(group, group.gatherings[0], library.goals, date(2026, 11, 23))
    for i, aspects in enumerate(ratings):
        answer = {"relevance": 4, "blocks": {}, "goals": {}, "aspects": aspects, "good": f"g{i}"}
        store.add_answer(evaluation, answer)
    store.close(evaluation)
    return evaluation


def test_results_screen_cli_data_and_report_show_both(data_dir, library):
    evaluation = _closed_with(
        data_dir,
        library,
        [{"environment": 5, "facilitation": 4}, {"environment": 4}, {"environment": 3}],
    )
    results = aggregate(evaluation, 3)
    by_key = {r.key: r for r in results.aspects}
    assert by_key["environment"].mean == 4 and by_key["environment"].n == 3
    assert by_key["facilitation"].n == 1 and by_key["facilitation"].counts == (0, 0, 0, 1, 0)
    shown = results_content(results).plain
    assert "Læringsmiljøet og gruppeveileder" in shown
    assert "Gruppeveileders tilrettelegging av samtalen og refleksjonen" in shown
    kinds = [i["kind"] for i in json.loads(json.dumps(results.to_dict()))["items"]]
    assert kinds.count("aspect") == 2
    titles = [i.title for i in summary_from_results(results).items]
    assert "Læringsmiljøet i gruppen" in titles


def test_below_the_threshold_nothing_of_them_shows(data_dir, library):
    evaluation = _closed_with(data_dir, library, [{"environment": 1}, {"environment": 2}])
    results = aggregate(evaluation, 3)
    assert not results.visible and results.aspects == []
    assert "Læringsmiljøet" not in results_content(results).plain


def test_an_evaluation_from_before_these_questions_does_not_ask_them(data_dir, library):
    evaluation = _closed_with(data_dir, library, [{}, {}, {}])
    data = evaluation.to_dict()
    assert data["aspects"] == list(ASPECTS)
    del data["aspects"]
    for answer in data["answers"]:
        del answer["aspects"]
    old = Evaluation.from_dict(data)
    assert old.aspects == []
    assert 'name="a0"' not in render_form(old, "nb", "n", "/e/x")
    results = aggregate(old, 3)
    assert results.visible and results.aspects == []
    with pytest.raises(BadForm):
        validate(old, [("relevance", "3"), ("a0", "4")], "nb")
