"""Run mode and the day as it is held: starting on another day than planned asks first
(record it as held today, or go back), and the end of the day offers recording afterwards.
"""

from __future__ import annotations

from textual import work

from groupguide.i18n import format_date, t
from groupguide.tui.dialogs.confirm import ConfirmDialog


class DayMixin:
    """For ``RunScreen``: the day the gathering is held, and correcting it afterwards."""

    @work
    async def _begin(self) -> None:
        """Another day than planned: ask before anything is recorded (held today, or back);
        then the check-in when attendance is not taken yet."""
        session = self.session
        planned = session.other_day() if session is not None else None
        if planned is not None:
            question = t(
                "record.other_day.question",
                title=session.gathering.title,
                planned=format_date(planned, weekday=True),
                today=format_date(session.today(), weekday=True),
            )
            held_today = await self.app.push_screen_wait(
                ConfirmDialog(
                    question,
                    t("record.other_day.yes"),
                    focus_confirm=True,
                    cancel_label=t("record.other_day.back"),
                    variant="primary",
                )
            )
            if not held_today:
                self._leave()
                return
            if not self._saving(session.hold_today):
                self._leave()
                return
            self.notify(
                t("record.other_day.done", today=format_date(session.today(), weekday=True))
            )
            self._render_all()
        if self.session is not None and self.session.gathering.attendance is None:
            self.action_attendance()

    def action_record(self) -> None:
        from groupguide.tui.screens.record import RecordScreen

        if self.session is None or self.session.block() is not None:
            return
        self._capture_notes()
        self._save_notes()
        self._save_state(quiet=True)
        # run mode closes first: the record is saved over the group it leaves behind
        self.app.pop_screen()
        self.app.push_screen(RecordScreen(self.group_id, self.gathering_id))
