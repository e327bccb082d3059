"""The Ønsker tab: topics participants asked for in earlier evaluations, to carry into a gathering.

The wishes come from the group's written evaluations and from the oral evaluation rounds
(``services.wishes``; those from the oral round are marked); until there are any, the tab shows
its empty state. A wish is carried into a gathering as an open-topic block titled
with the wish.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from groupguide.domain.planning import add_block, wish_block
from groupguide.domain.wishes import carried_into, open_for_wishes
from groupguide.i18n import t
from groupguide.tui.keys import in_typed_order
from groupguide.tui.text import fill, literal
from groupguide.tui.widgets.fit_table import FitTable
from groupguide.tui.widgets.group_pane import GroupPane


class WishesPane(GroupPane):
    BINDINGS = [
        Binding(
            "enter,t",
            "carry",
            t("planui.wishes.carry"),
            id="wishes.carry",
            priority=True,
            tooltip=t("planui.wishes.carry_tip"),
        ),
    ]

    def compose(self) -> ComposeResult:
        yield Static(t("planui.wishes.intro"), id="wishes-info", classes="pane-info")
        yield FitTable(
            id="wishes-table",
            cursor_type="row",
            zebra_stripes=True,
            flex=("carried", "gathering", "wish"),
        )
        yield Static(t("planui.wishes.empty"), id="wishes-empty", classes="hint")

    def on_mount(self) -> None:
        self.wishes: list = []
        self.refresh_view()

    def focus_main(self) -> None:
        self.query_one("#wishes-table", DataTable).focus()

    def refresh_view(self) -> None:
        try:
            from groupguide.services.wishes import load_wishes

            self.wishes = load_wishes(self.app.services, self.group)
        except Exception as exc:  # noqa: BLE001 - a damaged evaluation never stops planning
            self.wishes = []
            self.app.notify(
                t("planui.wishes.unreadable", reason=str(exc)), severity="warning", markup=False
            )
        table = self.query_one("#wishes-table", FitTable)
        columns = [
            ("gathering", t("planui.wishes.col.gathering")),
            ("wish", t("planui.wishes.col.wish")),
            ("carried", t("planui.wishes.col.carried")),
        ]
        table.set_rows(
            columns,
            [
                (None, [literal(w.gathering_title), self._wish_cell(w), self._carried_cell(w.text)])
                for w in self.wishes
            ],
        )
        self.query_one("#wishes-empty").display = not self.wishes
        table.display = bool(self.wishes)
        self.screen.refresh_bindings()

    @staticmethod
    def _wish_cell(wish) -> Text:
        """The wish as typed; one from the oral round says so."""
        cell = literal(wish.text)
        if wish.oral:
            cell.append("  " + t("planui.wishes.oral"), style="italic dim")
        return cell

    def _carried_cell(self, text: str) -> Text:
        """Where a wish went: "✓ Samling 3", or "–" while it is nowhere in the plan."""
        places = carried_into(self.group, text)
        if not places:
            return Text("–", style="dim")
        return Text("✓ " + ", ".join(g.title for g in places), style="bold")

    def count(self) -> int:
        return len(getattr(self, "wishes", []))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "carry":
            return True if self.count() and self.group.gatherings else None
        return True

    @on(DataTable.RowSelected, "#wishes-table")
    def _clicked(self) -> None:
        self.action_carry()

    @in_typed_order  # a priority binding: only for the screen on top
    @work(exclusive=True, group="wishes-dialog")
    async def action_carry(self) -> None:
        """Offer the gatherings not yet held (a held one cannot take up a wish any more); one
        that has the wish already is shown but cannot be chosen again."""
        from groupguide.tui.dialogs.gathering_chooser import GatheringChooserDialog

        table = self.query_one("#wishes-table", DataTable)
        if not self.wishes or table.cursor_row is None or not self.group.gatherings:
            return
        wish = self.wishes[min(table.cursor_row, len(self.wishes) - 1)]
        offered = open_for_wishes(self.group, self.app.services.clock().date())
        taken = {g.id for g in carried_into(self.group, wish.text)}
        if not [g for g in offered if g.id not in taken]:
            key = "planui.wishes.nowhere_left" if offered else "planui.wishes.nowhere"
            self.app.notify(t(key), severity="warning", markup=False)
            return
        gathering_id = await self.app.push_screen_wait(
            GatheringChooserDialog(
                fill(t("planui.wishes.choose"), wish=wish.text),
                offered,
                taken=taken,
                taken_note=t("planui.wishes.has_it"),
                note=t("planui.wishes.only_open"),
            )
        )
        gathering = self.group.gathering(gathering_id) if gathering_id else None
        if gathering is None:
            return
        add_block(gathering, wish_block(wish.text))
        if self.commit():
            self.app.notify(t("planui.wishes.carried", title=gathering.title), markup=False)
            self.refresh_view()
