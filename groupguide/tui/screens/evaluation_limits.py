"""The open evaluation's limits while it is served: take one answer more than the limit (a late
arrival), allow one more answer from a phone already used (a shared phone), and delete test
answers before the real round, after asking.
"""

from __future__ import annotations

from textual import work

from groupguide.i18n import t
from groupguide.services.errors import ServiceError
from groupguide.tui.dialogs.confirm import ConfirmDialog


class LimitsMixin:
    """For ``EvaluationScreen``: the keys that change what the running round accepts."""

    @work(exclusive=True, group="evaluation-limits")
    async def action_raise_limit(self) -> None:
        if self.session is None or not self.running:
            return
        try:
            self.cap = await self.session.raise_limit()
        except ServiceError as exc:
            self.notify(exc.message, severity="error", markup=False)
            return
        self.notify(t("evaluation.tui.raised", cap=self.cap), markup=False)

    def action_allow_shared(self) -> None:
        if self.session is None or not self.running:
            return
        self.session.allow_shared()
        self.notify(t("evaluation.tui.shared_allowed"), markup=False)

    @work(exclusive=True, group="evaluation-limits")
    async def action_clear_answers(self) -> None:
        if self.session is None or not self.running:
            return
        question = t("evaluation.clear_question", count=self.answers)
        if not await self.app.push_screen_wait(
            ConfirmDialog(question, t("evaluation.tui.clear_confirm"))
        ):
            return
        try:
            await self.session.clear_answers()
        except ServiceError as exc:
            self.notify(exc.message, severity="error", markup=False)
            return
        self.answers = 0
        self.notify(t("evaluation.tui.cleared"), markup=False)
