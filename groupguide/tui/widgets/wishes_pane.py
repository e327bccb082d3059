"""The Ønsker tab: topics participants asked for in earlier evaluations, to carry into a gathering.

The wishes come from the evaluation feature; until it exists (or until evaluations have answers)
the tab shows its empty state. A wish is carried into a gathering as an open-topic block titled
with the wish.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from groupguide.domain.model import Group
from groupguide.domain.planning import add_block, is_held, wish_block
from groupguide.i18n import t
from groupguide.tui.dialogs.gathering_chooser import GatheringChooserDialog
from groupguide.tui.text import fill, literal
from groupguide.tui.widgets.fit_table import FitTable
from groupguide.tui.widgets.group_pane import GroupPane


def load_wishes(data_dir: Path, group: Group) -> list:
    """The group's topic wishes, or [] when the evaluation feature is not there (yet)."""
    try:
        from groupguide.evaluation.wishes import topic_wishes
    except ImportError:
        return []
    return list(topic_wishes(data_dir, group))


class WishesPane(GroupPane):
    BINDINGS = [
        Binding("enter,t", "carry", t("planui.wishes.carry"), id="wishes.carry",
                priority=True, tooltip=t("planui.wishes.carry_tip")),
    ]

    def compose(self) -> ComposeResult:
        yield Static(t("planui.wishes.intro"), id="wishes-info", classes="pane-info")
        yield FitTable(id="wishes-table", cursor_type="row", zebra_stripes=True,
                       flex=("wish", "gathering"))
        yield Static(t("planui.wishes.empty"), id="wishes-empty", classes="hint")

    def on_mount(self) -> None:
        self.wishes: list = []
        self.refresh_view()

    def focus_main(self) -> None:
        self.query_one("#wishes-table", DataTable).focus()

    def refresh_view(self) -> None:
        from groupguide.evaluation.answers import SHAPE_ERRORS

        try:
            self.wishes = load_wishes(self.app.services.data_dir, self.group)
        except SHAPE_ERRORS as exc:  # an answer of an odd shape never stops planning
            self.wishes = []
            self.app.notify(t("planui.wishes.unreadable", reason=str(exc)), severity="warning",
                            markup=False)
        table = self.query_one("#wishes-table", FitTable)
        columns = [("gathering", t("planui.wishes.col.gathering")),
                   ("wish", t("planui.wishes.col.wish"))]
        table.set_rows(columns, [(None, [literal(w.gathering_title), literal(w.text)])
                                 for w in self.wishes])
        self.query_one("#wishes-empty").display = not self.wishes
        table.display = bool(self.wishes)
        self.screen.refresh_bindings()

    def count(self) -> int:
        return len(getattr(self, "wishes", []))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "carry":
            return True if self.count() and self.group.gatherings else None
        return True

    @on(DataTable.RowSelected, "#wishes-table")
    def _clicked(self) -> None:
        self.action_carry()

    def _next_gathering_id(self) -> str | None:
        today = self.app.services.clock().date()
        upcoming = [g for g in self.group.gatherings
                    if not is_held(g) and (g.date is None or g.date >= today)]
        return upcoming[0].id if upcoming else None

    @work(exclusive=True, group="wishes-dialog")
    async def action_carry(self) -> None:
        table = self.query_one("#wishes-table", DataTable)
        if not self.wishes or table.cursor_row is None or not self.group.gatherings:
            return
        wish = self.wishes[min(table.cursor_row, len(self.wishes) - 1)]
        gathering_id = await self.app.push_screen_wait(GatheringChooserDialog(
            fill(t("planui.wishes.choose"), wish=wish.text), self.group.gatherings,
            highlight=self._next_gathering_id()))
        gathering = self.group.gathering(gathering_id) if gathering_id else None
        if gathering is None:
            return
        add_block(gathering, wish_block(wish.text))
        if self.commit():
            self.app.notify(t("planui.wishes.carried", title=gathering.title), markup=False)
