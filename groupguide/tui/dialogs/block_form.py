"""Edit a block's title, minutes, pinned clock time, presenters, an audit's measures and notes
(Markdown).

Dismisses the values or ``None``. The notes field warns as you type when something looks like a
patient identifier (the confidentiality guard); goals have their own picker (G in the editor).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Input, Label, Select, SelectionList, Static, TextArea
from textual.widgets.selection_list import Selection

from groupguide.domain.audit import MAX_BLOCK_MEASURES, AuditMeasure
from groupguide.domain.confidentiality import find_identifiers
from groupguide.domain.people import Participant
from groupguide.domain.rules import MAX_BLOCK_MINUTES
from groupguide.domain.values import format_time, parse_time
from groupguide.i18n import get_language, t
from groupguide.tui.dialogs.dialog_select import DialogSelect

from .base import DIALOG_CSS
from .form import FormDialog, Refusal

NO_PRESENTER = ""


@dataclass(frozen=True)
class BlockFields:
    title: str
    minutes: int
    pinned: time | None
    presenters: tuple[str, ...]  # participant ids, in order
    notes: str
    measures: tuple[str, ...] = ()  # an audit's measures (ids), in the order chosen
    new_measure: tuple[str, str] | None = None  # (title, unit) of the group's own, to add


class BlockFormDialog(FormDialog[BlockFields | None]):
    CSS_PATH = [*DIALOG_CSS, "block_form.tcss"]
    BINDINGS = [
        Binding("ctrl+s", "save", t("tui.save"), id="dialog.save"),
    ]

    def __init__(
        self,
        title: str,
        activity_title: str,
        initial: BlockFields,
        participants: list[Participant] | None = None,
        slots: int = 0,
        measures: list[AuditMeasure] | None = None,
    ) -> None:
        """``participants`` and ``slots`` (how many present: one for a case, two for an audit)
        are given when the activity has presenters."""
        super().__init__()
        self.title_text = title
        self.activity_title = activity_title
        self.initial = initial
        self.participants = participants if slots else None
        self.slots = slots if participants is not None else 0
        self.measures = measures  # offered to an audit block (the library's and the group's)

    def compose(self) -> ComposeResult:
        initial = self.initial
        with VerticalScroll(classes="dialog form"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(
                Content(t("planui.block.activity", activity=self.activity_title)),
                classes="dialog-text",
            )
            yield Label(t("planui.block.title"))
            yield Input(initial.title, id="title", compact=True)
            with Horizontal(classes="form-row"):
                with Vertical(classes="form-cell"):
                    yield Label(t("planui.block.minutes"))
                    yield Input(str(initial.minutes), id="minutes", type="integer", compact=True)
                with Vertical(classes="form-cell"):
                    yield Label(t("planui.block.pinned"))
                    yield Input(
                        format_time(initial.pinned) or "",
                        id="pinned",
                        compact=True,
                        placeholder=t("planui.block.pinned_placeholder"),
                    )
            if self.participants is not None:
                options = [(Content(t("planui.block.no_presenter")), NO_PRESENTER)]
                options += [(Content(p.name), p.id) for p in self.participants]
                known = {p.id for p in self.participants}
                chosen = [p for p in initial.presenters if p in known]
                with Horizontal(classes="form-row"):
                    for slot in range(self.slots):
                        with Vertical(classes="form-cell"):
                            label = (
                                "planui.block.presenter"
                                if slot == 0
                                else "planui.block.presenter_n"
                            )
                            yield Label(t(label, number=slot + 1))
                            yield DialogSelect(
                                options,
                                id=f"presenter-{slot}",
                                allow_blank=False,
                                compact=True,
                                value=chosen[slot] if slot < len(chosen) else NO_PRESENTER,
                            )
            if self.measures is not None:
                yield from self._measure_fields()
            yield Label(t("planui.block.notes"))
            yield TextArea(initial.notes, id="notes", soft_wrap=True, tab_behavior="focus")
            yield Static("", id="guard", classes="guard", markup=False)
            yield Static("", id="error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.save"), variant="primary", id="save", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def _measure_fields(self) -> ComposeResult:
        language = get_language()
        chosen = set(self.initial.measures)
        yield Label(t("planui.block.measures", most=MAX_BLOCK_MEASURES))
        yield SelectionList[str](
            *[
                Selection(
                    Content(
                        measure.label(language)
                        + (f"  {' '.join(measure.goals)}" if measure.goals else "")
                    ),
                    measure.id,
                    measure.id in chosen,
                )
                for measure in self.measures or []
            ],
            id="measures",
            compact=True,
        )
        with Horizontal(classes="form-row"):
            with Vertical(classes="form-cell"):
                yield Label(t("planui.block.own_measure"))
                yield Input(
                    id="own-title",
                    compact=True,
                    placeholder=t("planui.block.own_measure_placeholder"),
                )
            with Vertical(classes="form-cell"):
                yield Label(t("planui.block.own_unit"))
                yield Input(
                    id="own-unit", compact=True, placeholder=t("planui.block.own_unit_placeholder")
                )

    def _chosen_measures(self) -> tuple[tuple[str, ...], tuple[str, str] | None]:
        if self.measures is None:
            return (), None
        selected = self.query_one("#measures", SelectionList).selected
        order = [m.id for m in self.measures]
        chosen = tuple(sorted(selected, key=order.index))
        title = self.query_one("#own-title", Input).value.strip()
        unit = self.query_one("#own-unit", Input).value.strip()
        return chosen, ((title, unit) if title else None)

    def on_mount(self) -> None:
        self._check_notes()
        self.query_one("#title", Input).focus()

    @on(TextArea.Changed, "#notes")
    def _check_notes(self) -> None:
        findings = find_identifiers(self.query_one("#notes", TextArea).text)
        guard = self.query_one("#guard", Static)
        guard.update(Content(t("planui.block.guard", count=len(findings))) if findings else "")
        guard.set_class(bool(findings), "-warning")

    def _minutes(self) -> int:
        try:
            return int(self.query_one("#minutes", Input).value.strip())
        except ValueError:
            return 0

    def check(self) -> Refusal | None:
        if not 0 < self._minutes() <= MAX_BLOCK_MINUTES:
            return "minutes", t("domain.block.minutes")
        chosen = [p for p in self._presenters() if p]
        if len(set(chosen)) != len(chosen):
            return "presenter-1", t("domain.block.presenter_twice")
        measures, new = self._chosen_measures()
        if len(measures) + (1 if new else 0) > MAX_BLOCK_MEASURES:
            return "measures", t("domain.block.too_many_measures", most=MAX_BLOCK_MEASURES)
        if self.measures is not None and new is None:
            if self.query_one("#own-unit", Input).value.strip():  # a unit without a title
                return "own-title", t("planui.block.own_measure_title")
            if not measures:
                return "measures", t("planui.block.no_measure")
        if new is not None and find_identifiers(" ".join(new)):
            return "own-title", t("planui.block.own_measure_identifier")
        raw_pin = self.query_one("#pinned", Input).value.strip()
        try:
            parse_time(raw_pin)
        except ValueError:
            return "pinned", t("planui.bad_time", value=raw_pin)
        return None

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        if self.refused():
            return
        title = self.query_one("#title", Input).value.strip()
        minutes = self._minutes()
        pinned = parse_time(self.query_one("#pinned", Input).value.strip())
        notes = self.query_one("#notes", TextArea).text
        presenters = tuple(p for p in self._presenters() if p)
        measures, new = self._chosen_measures()
        self.dismiss(BlockFields(title, minutes, pinned, presenters, notes, measures, new))

    def _presenters(self) -> list[str]:
        chosen = []
        for slot in range(self.slots):
            value = self.query_one(f"#presenter-{slot}", Select).value
            chosen.append(value if isinstance(value, str) else NO_PRESENTER)
        return chosen
