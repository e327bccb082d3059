"""One group: tabs for participants, the plan, goal coverage and topic wishes.

Other features add their keys here (run mode, evaluation, exports); they act on
``selected_gathering()``: the gathering under the cursor on the Plan tab (or, on the Dekning tab,
the gathering of the cell under the cursor).

Start-up time (``--demo`` opens this screen at once): a tab's pane is imported and composed when
the tab is first shown; only the tab the screen opens on and the Plan tab (whose cursor is the
selected gathering) are composed with the screen. The tab labels' counts come from the group and
the wishes service, not from the panes.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static, TabbedContent, TabPane

from groupguide.domain.coverage import coverage
from groupguide.domain.model import Gathering, Group
from groupguide.domain.planning import UndoSlot
from groupguide.i18n import t
from groupguide.tui.breakpoints import SizeClassesFirst
from groupguide.tui.keys import FooterOrder
from groupguide.tui.text import percent
from groupguide.tui.widgets.footer import Footer
from groupguide.tui.widgets.group_pane import GroupEdited, GroupPane, OpenGathering
from groupguide.tui.widgets.key_commands import KeyCommands
from groupguide.tui.widgets.plan_pane import PlanPane

from ..dialogs.base import TopOnlyDismiss

TABS = ("participants", "plan", "coverage", "wishes")
TAB_GROUP = Binding.Group(t("planui.tab.switch"), compact=True)


class GroupScreen(SizeClassesFirst, FooterOrder, TopOnlyDismiss, Screen[None]):
    CSS_PATH = "group.tcss"
    HELP_KEY = "planui.group.help"
    # each tab's own keys first, then running the gathering under the cursor (at 80 columns
    # the plan tab's footer used to end before 'g Gjennomfør')
    FOOTER_FIRST = (
        "plan.open",
        "coverage.open",
        "wishes.carry",
        "participants.add",
        "participants.edit",
        "participants.presentations",
        "participants.notes",
        "participants.assess",
        "participants.criteria",
        "participants.remove",
        "plan.add",
        "plan.edit",
        "plan.delete",
        "coverage.optional",
        "group.run",
        "group.evaluation",
        "app.help",
        "group.export",
        "group.results",
        "group.record",
        "group.undo",
    )
    COMMANDS = {KeyCommands}
    # The first tab's table has the focus from the start (as _focus_tab gives it later), so the
    # footer's first keys are the tab's: one footer rebuild and one frame less before it is right.
    AUTO_FOCUS = "GroupPane DataTable"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = [
        Binding("escape", "back", t("planui.back"), id="group.back"),
        *[
            Binding(
                str(i),
                f"tab('{name}')",
                t(f"planui.tab.{name}"),
                id=f"group.tab.{name}",
                group=TAB_GROUP,
                show=False,
            )
            for i, name in enumerate(TABS, start=1)
        ],
        Binding("u,ctrl+z", "undo", t("planui.undo"), id="group.undo"),
        Binding(
            "g", "run_gathering", t("tui.group.run"), id="group.run", tooltip=t("tui.group.run_tip")
        ),
        Binding(
            "v",
            "open_evaluation",
            t("tui.group.evaluation"),
            id="group.evaluation",
            tooltip=t("tui.group.evaluation_tip"),
        ),
        Binding("s", "evaluation_results", t("tui.group.results"), id="group.results"),
        Binding(
            "r",
            "record_gathering",
            t("record.key.open"),
            id="group.record",
            tooltip=t("record.key.open_tip"),
        ),
        Binding(
            "x",
            "export",
            t("tui.group.export"),
            id="group.export",
            tooltip=t("tui.group.export_tip"),
        ),
    ]

    def __init__(self, group_id: str, undo: UndoSlot | None = None, tab: str = "plan") -> None:
        super().__init__()
        self.group_id = group_id
        self.group = Group(name="")  # read from the store in compose
        self.undo = undo or UndoSlot(group_id)
        self.initial_tab = tab
        self._panes: dict[str, GroupPane] = {}  # tab → its pane, once composed
        self._shown = False  # resumed (shown) before

    def compose(self) -> ComposeResult:
        self.group = self.app.services.group(self.group_id) or self.group
        yield Header()
        yield Static("", id="group-info", classes="heading")
        with TabbedContent(initial=self.initial_tab, id="tabs"):
            for name in TABS:
                with TabPane(t(f"planui.tab.{name}"), id=name):
                    if name in (self.initial_tab, "plan"):
                        yield self._new_pane(name)
        yield Footer(compact=True)

    def _new_pane(self, name: str) -> GroupPane:
        """The pane of tab ``name``, its module imported on first use."""
        pane_type: type[GroupPane]
        if name == "participants":
            from groupguide.tui.widgets.participants_pane import ParticipantsPane as pane_type
        elif name == "coverage":
            from groupguide.tui.widgets.coverage_matrix import CoveragePane as pane_type
        elif name == "wishes":
            from groupguide.tui.widgets.wishes_pane import WishesPane as pane_type
        else:
            pane_type = PlanPane
        pane = self._panes[name] = pane_type(self.group, self.undo, id=f"{name}-pane")
        return pane

    async def _compose_tab(self, name: str) -> None:
        """Compose the tab's pane the first time the tab is shown."""
        if name not in self._panes:
            tab_pane = self.query_one("#tabs", TabbedContent).get_pane(name)
            await tab_pane.mount(self._new_pane(name))

    def on_mount(self) -> None:
        self.sub_title = t("planui.group.subtitle")
        self._show_heading()
        self._label_tabs()
        self.call_after_refresh(self._focus_tab)

    # -- what other screens and features use -------------------------------------------------

    def panes(self) -> list[GroupPane]:
        """The panes composed so far (a tab not yet shown has none)."""
        return list(self._panes.values())

    @property
    def active_tab(self) -> str:
        return self.query_one("#tabs", TabbedContent).active

    def selected_gathering(self) -> Gathering | None:
        """The gathering the user points at: on the Dekning tab the cell's gathering, else the
        row under the cursor on the Plan tab."""
        if self.active_tab == "coverage":
            from groupguide.tui.widgets.coverage_matrix import CoveragePane

            pane = self._panes.get("coverage")
            found = pane.selected_gathering_id() if isinstance(pane, CoveragePane) else None
            if found:
                return self.group.gathering(found)
        return self.query_one(PlanPane).selected_gathering()

    def reload(self, force: bool = True) -> None:
        """Read the group again from the store when another screen changed it there (or always,
        with ``force``), and show it. A dialog closing changes nothing in the store, so a task
        still working on ``self.group`` keeps working on the object that is shown and saved."""
        fresh = self.app.services.group(self.group_id)
        if fresh is not None and (force or fresh.to_dict() != self.group.to_dict()):
            self.group = fresh
        for pane in self.panes():
            pane.show_group(self.group)
        self._show_heading()
        self._label_tabs()

    # -- view --------------------------------------------------------------------------------

    def _show_heading(self) -> None:
        group = self.group
        parts = [(group.name, "bold")]
        if group.term:
            parts += ["  ·  ", group.term]
        if group.facilitator:
            parts += ["  ·  ", t("planui.group.facilitator", name=group.facilitator)]
        self.query_one("#group-info", Static).update(Content.assemble(*parts))

    def _label_tabs(self) -> None:
        tabs = self.query_one("#tabs", TabbedContent)
        cap = self.app.services.rules.max_participants
        share = coverage(self.group, self.app.services.library.goals).planned_share
        wishes = self._wish_count()
        labels = {
            "participants": t(
                "planui.tab.participants_n", count=len(self.group.participants), cap=cap
            ),
            "plan": t("planui.tab.plan_n", count=len(self.group.gatherings)),
            "coverage": t("planui.tab.coverage_n", share=percent(share)),
            "wishes": t("planui.tab.wishes_n", count=wishes) if wishes else t("planui.tab.wishes"),
        }
        for pane_id, label in labels.items():
            tabs.get_tab(pane_id).label = Content(label)

    def _wish_count(self) -> int:
        """The wishes the Ønsker tab lists: its own list once composed, else read for the label
        (a wish that cannot be read is reported by the tab itself when it is shown)."""
        if (pane := self._panes.get("wishes")) is not None and pane.is_mounted:
            from groupguide.tui.widgets.wishes_pane import WishesPane

            return pane.count() if isinstance(pane, WishesPane) else 0
        try:
            from groupguide.services.wishes import load_wishes

            return len(load_wishes(self.app.services, self.group))
        except Exception:  # noqa: BLE001 - a damaged evaluation never stops planning
            return 0

    def _focus_tab(self) -> None:
        pane = self._panes.get(self.active_tab)
        if pane is not None and pane.is_mounted:
            pane.focus_main()

    @on(TabbedContent.TabActivated)
    async def _tab_changed(self) -> None:
        await self._compose_tab(self.active_tab)  # a tab chosen with the mouse
        self._focus_tab()
        self.refresh_bindings()

    @on(GroupEdited)
    def _edited(self, event: GroupEdited) -> None:
        event.stop()
        if not event.saved:
            self.reload()  # show what the store holds, not the refused change
            return
        for pane in self.panes():
            pane.refresh_view()
        self._show_heading()
        self._label_tabs()
        self.refresh_bindings()

    @on(OpenGathering)
    def _open(self, event: OpenGathering) -> None:
        event.stop()
        from groupguide.tui.screens.gathering import GatheringScreen

        self.app.push_screen(GatheringScreen(self.group, event.gathering_id, self.undo))

    def on_screen_resume(self) -> None:
        # Not on the first showing: compose has just read the group and the panes show it.
        if self._shown and self.is_mounted:
            self.reload(force=False)
            self.call_after_refresh(self._focus_tab)
        self._shown = True

    # -- actions -----------------------------------------------------------------------------

    GATHERING_ACTIONS = frozenset(
        {"run_gathering", "open_evaluation", "evaluation_results", "record_gathering"}
    )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo":
            return True if self.undo.ready else False
        if action in self.GATHERING_ACTIONS:
            # greyed out (not hidden) while the group has no gathering to act on
            return True if self.group.gatherings else None
        return True

    def _gathering_or_hint(self) -> Gathering | None:
        gathering = self.selected_gathering()
        if gathering is None:
            self.notify(t("tui.group.pick_gathering"), markup=False)
        return gathering

    def action_run_gathering(self) -> None:
        from groupguide.tui.screens.run import RunScreen

        if (gathering := self._gathering_or_hint()) is not None:
            self.app.push_screen(RunScreen(self.group_id, gathering.id))

    def action_open_evaluation(self) -> None:
        from groupguide.tui.screens.evaluation import EvaluationScreen

        if (gathering := self._gathering_or_hint()) is not None:
            self.app.push_screen(EvaluationScreen(self.group_id, gathering.id))

    def action_evaluation_results(self) -> None:
        from groupguide.tui.screens.evaluation_results import EvaluationResultsScreen

        if (gathering := self._gathering_or_hint()) is not None:
            self.app.push_screen(EvaluationResultsScreen(self.group_id, gathering.id))

    def action_record_gathering(self) -> None:
        from groupguide.tui.screens.record import RecordScreen

        if (gathering := self._gathering_or_hint()) is not None:
            self.app.push_screen(RecordScreen(self.group_id, gathering.id))

    def action_export(self) -> None:
        from groupguide.tui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(self.group_id))

    def action_back(self) -> None:
        self.dismiss()

    async def action_tab(self, name: str) -> None:
        await self._compose_tab(name)
        self.query_one("#tabs", TabbedContent).active = name
        self._focus_tab()  # at once: a key typed right after lands on the new tab

    def action_undo(self) -> None:
        removal = self.undo.undo(self.group)
        if removal is None:
            self.notify(t("planui.undo_nothing"), markup=False)
        elif self.app.save_group(self.group):
            self.notify(t("planui.restored", name=removal.label), markup=False)
        self.reload()
        self.refresh_bindings()
