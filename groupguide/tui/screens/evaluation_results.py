"""Evaluation results: bars and mean per item, free text in random order, topic wishes, and the
leader's own evaluation, notes and topic wishes from the oral round recorded beside them; the
gathering's co-leaders and guest teachers with their own evaluations (``K``) below the results.

Results show only once the evaluation is closed and enough have answered (``aggregate``). From
here the leader can also close an evaluation nobody serves, delete test answers (confirmed) and
print ballot slips ahead of the gathering. The leader's texts are checked for patient identifiers
as they are typed (the same guard as run mode's notes).

Everything participants typed is shown literally (``Content``), never parsed as markup.
"""

from __future__ import annotations

import asyncio
import webbrowser

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Label, Static, TextArea

from groupguide.domain.anonymity import answer_limit
from groupguide.domain.people import Teacher
from groupguide.evaluation.ballot import MAX_SLIPS
from groupguide.evaluation.model import Evaluation
from groupguide.evaluation.results import ItemResult, Results, bar
from groupguide.i18n import decimal, t
from groupguide.services import evaluations
from groupguide.services.errors import ServiceError
from groupguide.tui.dialogs.confirm import ConfirmDialog
from groupguide.tui.dialogs.run_input import RunInputDialog
from groupguide.tui.dialogs.teacher_form import TeacherFormDialog, teacher_label
from groupguide.tui.text import content
from groupguide.tui.widgets.footer import Footer
from groupguide.tui.widgets.notes_editor import NotesEditor


def _mean(value: float | None) -> str:
    return "–" if value is None else decimal(value)


def item_lines(result: ItemResult, title: str) -> list[Content]:
    """Two lines per item: the title with mean and n, then the 1–5 distribution as bars."""
    most = max(result.counts) if result.n else 0
    head = Content.assemble(
        (title, "bold"),
        "   ",
        (t("evaluation.results.mean", mean=_mean(result.mean), n=result.n), "$text-muted"),
    )
    cells: list[Content | str | tuple[str, str]] = ["  "]
    for value in range(1, 6):
        count = result.counts[value - 1]
        cells += [
            (f"{value}:", "$text-muted"),
            (f"{bar(count, most, 4):<4}", "$accent"),
            f" {count:<2} ",
        ]
    return [head, Content.assemble(*cells)]


def wishes_from(text: str) -> list[str]:
    """The oral round's wishes as typed, one per line (empty lines and "- " bullets dropped)."""
    lines = (line.strip() for line in text.splitlines())
    return [line.removeprefix("- ").removeprefix("• ").strip() for line in lines if line.strip()]


def teachers_content(teachers: list[Teacher]) -> Content:
    """The co-leaders' and guest teachers' own evaluations (typed by the leader: literal)."""
    lines = [Content.styled(t("evaluation.teachers.heading"), "bold underline")]
    if not teachers:
        lines.append(Content.styled("  " + t("evaluation.teachers.none"), "$text-muted"))
    for teacher in teachers:
        lines.append(Content.assemble("  ", (teacher_label(teacher), "bold")))
        text = teacher.evaluation or t("evaluation.teachers.no_evaluation")
        lines.append(Content("    " + text.replace("\n", "\n    ")))
    return Content("\n").join(lines)


def close_question(key: str, count: int, threshold: int) -> str:
    """The question before closing, with a warning when so few have answered that nothing will
    be shown (and no more answers can come)."""
    question = t(key, count=count)
    if 0 < count < threshold:
        question += "\n\n" + t("evaluation.close_few", count=count, threshold=threshold)
    return question


def results_content(results: Results) -> Content:
    """The whole read-only part as one Content (user text literal)."""
    lines: list[Content] = []
    status = t("evaluation.results.closed" if results.closed else "evaluation.results.open")
    lines.append(Content(t("evaluation.results.summary", count=results.count, status=status)))
    if not results.visible:
        if results.closed and not results.count:
            hidden = t("evaluation.results.nobody")
        elif results.closed:
            hidden = t(
                "evaluation.results.too_few", count=results.count, threshold=results.threshold
            )
        else:
            hidden = t("evaluation.results.hidden", threshold=results.threshold)
            hidden += "\n\n" + t("evaluation.results.not_served")
        lines += [Content(""), Content(hidden)]
        return Content("\n").join(lines)
    lines.append(Content(""))
    if results.overall is not None:
        lines += item_lines(results.overall, t("evaluation.results.overall"))
    if results.blocks:
        lines += [Content(""), Content.styled(t("evaluation.results.blocks"), "bold underline")]
        for item in results.blocks:
            lines += item_lines(item, item.title)
    if results.aspects:
        lines += [Content(""), Content.styled(t("evaluation.results.aspects"), "bold underline")]
        for item in results.aspects:
            lines += item_lines(item, item.title)
    for name in ("good", "better", "wishes"):
        texts = getattr(results, name)
        lines += [Content(""), Content.styled(t(f"evaluation.results.{name}"), "bold underline")]
        if not texts:
            lines.append(Content.styled("  " + t("evaluation.results.none"), "$text-muted"))
        for text in texts:
            lines.append(Content.assemble("  • ", Content(text.replace("\n", "\n    "))))
    if results.goals:
        lines += [Content(""), Content.styled(t("evaluation.results.goals"), "bold underline")]
        for item in results.goals:
            lines += item_lines(item, item.title)
            if item.detail:
                lines.append(Content.styled("    " + item.detail, "$text-muted italic"))
    return Content("\n").join(lines)


class EvaluationResultsScreen(Screen):
    """Results, the leader's texts, and the evaluation's housekeeping when nothing serves it."""

    CSS_PATH = "evaluation_results.tcss"
    HELP_KEY = "evaluation.results.help"
    BINDINGS = [
        Binding("escape", "leave", t("evaluation.results.back"), id="evaluation_results.back"),
        Binding(
            "ctrl+s",
            "save_notes",
            t("tui.save"),
            id="evaluation_results.save",
            tooltip=t("evaluation.results.save_tip"),
        ),
        Binding(
            "c",
            "close_evaluation",
            t("evaluation.results.close"),
            id="evaluation_results.close",
            tooltip=t("evaluation.results.close_tip"),
        ),
        Binding(
            "t",
            "clear_answers",
            t("evaluation.tui.clear"),
            id="evaluation_results.clear",
            tooltip=t("evaluation.tui.clear_tip"),
        ),
        Binding(
            "p",
            "print_slips",
            t("evaluation.results.slips"),
            id="evaluation_results.slips",
            tooltip=t("evaluation.results.slips_tip"),
        ),
        Binding(
            "k",
            "teachers",
            t("evaluation.teachers.key"),
            id="evaluation_results.teachers",
            tooltip=t("evaluation.teachers.key_tip"),
        ),
    ]

    can_close: reactive[bool] = reactive(False, bindings=True)
    can_clear: reactive[bool] = reactive(False, bindings=True)
    can_print: reactive[bool] = reactive(False, bindings=True)

    def __init__(self, group_id: str, gathering_id: str) -> None:
        super().__init__()
        self.group_id = group_id
        self.gathering_id = gathering_id
        self.evaluation: Evaluation | None = None
        self._saved = ("", "", "")

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="results-columns"):
            with VerticalScroll(id="results-scroll"):
                yield Static("", id="results-title", classes="heading", markup=False)
                yield Static("", id="results-body", markup=False)
                yield Static("", id="results-teachers", markup=False)
            with Vertical(id="results-notes"):
                yield Label(t("evaluation.results.leader"), classes="results-label")
                yield NotesEditor(title="", area_id="results-leader", classes="-fill")
                yield Label(t("evaluation.results.oral"), classes="results-label")
                yield NotesEditor(title="", area_id="results-oral", classes="-fill")
                yield Label(t("evaluation.results.oral_wishes"), classes="results-label")
                yield NotesEditor(title="", area_id="results-wishes", classes="-fill")
        yield Footer()

    def on_mount(self) -> None:
        found = self.app.services.gathering(self.group_id, self.gathering_id)
        if found is None:
            self.notify(t("evaluation.tui.not_found"), severity="error")
            self.app.pop_screen()
            return
        group, gathering = found
        self.title = t("evaluation.results.title")
        self.sub_title = group.name
        self.query_one("#results-title", Static).update(content(gathering.title))
        leader, oral, wishes = self.query(NotesEditor)
        leader.load(gathering.leader_evaluation)
        oral.load(gathering.oral_round_notes)
        wishes.load("\n".join(gathering.oral_wishes))
        self._saved = self._notes()
        self.query_one("#results-teachers", Static).update(teachers_content(gathering.teachers))
        self.refresh_results()
        # the first field, not the results beside it: a sentence typed at once lands in it
        # instead of firing the screen's one-letter commands
        self.query_one("#results-leader", TextArea).focus()

    def refresh_results(self) -> None:
        body = self.query_one("#results-body", Static)
        try:
            self.evaluation = evaluations.load_evaluation(
                self.app.services, self.group_id, self.gathering_id
            )
        except ServiceError as exc:
            self.evaluation = None
            body.update(content(exc.message))
            self.can_close = False
            return
        if self.evaluation is None:
            body.update(content(t("evaluation.results.no_evaluation")))
            self.can_close = self.can_clear = False
            self.can_print = True
            return
        body.update(results_content(evaluations.results(self.app.services, self.evaluation)))
        self.can_close = self.evaluation.is_open
        self.can_clear = self.evaluation.count > 0
        self.can_print = not (self.evaluation.status == "closed" and self.evaluation.count)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close_evaluation":
            return True if self.can_close else False  # closed: nothing to offer
        if action == "clear_answers":
            return True if self.can_clear else None
        if action == "print_slips":
            return True if self.can_print else None
        return True

    def _notes(self) -> tuple[str, str, str]:
        return (
            self.query_one("#results-leader", TextArea).text,
            self.query_one("#results-oral", TextArea).text,
            self.query_one("#results-wishes", TextArea).text,
        )

    def save_notes(self) -> bool:
        notes = self._notes()
        if notes == self._saved:
            return True
        found = self.app.services.gathering(self.group_id, self.gathering_id)
        if found is None:
            return False
        group, gathering = found
        gathering.leader_evaluation, gathering.oral_round_notes, wishes = notes
        gathering.oral_wishes = wishes_from(wishes)
        if self.app.save_group(group):
            self._saved = notes
            return True
        return False

    def action_save_notes(self) -> None:
        if self.save_notes():
            self.notify(t("evaluation.results.saved"))

    def action_leave(self) -> None:
        if self.save_notes():
            self.app.pop_screen()

    @work
    async def action_teachers(self) -> None:
        """Co-leaders and guest teachers, and their own evaluation (§2.1, §2.4 point 3)."""
        found = self.app.services.gathering(self.group_id, self.gathering_id)
        if found is None:
            return
        group, gathering = found
        teachers = await self.app.push_screen_wait(
            TeacherFormDialog(t("evaluation.teachers.title"), gathering.teachers)
        )
        if teachers is None:
            return
        before = gathering.teachers
        gathering.teachers = teachers
        if not self.app.save_group(group):
            gathering.teachers = before
            return
        self.query_one("#results-teachers", Static).update(teachers_content(teachers))

    @work
    async def action_close_evaluation(self) -> None:
        if self.evaluation is None or not self.evaluation.is_open:
            return
        question = close_question(
            "evaluation.results.close_question",
            self.evaluation.count,
            evaluations.threshold(self.app.services),
        )
        if not await self.app.push_screen_wait(
            ConfirmDialog(question, t("evaluation.results.close"))
        ):
            return
        try:
            evaluations.close_evaluation(self.app.services, self.evaluation)
        except ServiceError as exc:
            self.notify(exc.message, severity="error", markup=False)
        self.refresh_results()

    @work
    async def action_clear_answers(self) -> None:
        if self.evaluation is None or not self.evaluation.count:
            return
        question = t("evaluation.clear_question", count=self.evaluation.count)
        if not await self.app.push_screen_wait(
            ConfirmDialog(question, t("evaluation.tui.clear_confirm"))
        ):
            return
        try:
            evaluations.clear_answers(self.app.services, self.evaluation)
        except ServiceError as exc:
            self.notify(exc.message, severity="error", markup=False)
            return
        self.notify(t("evaluation.tui.cleared"), markup=False)
        self.refresh_results()

    @work
    async def action_print_slips(self) -> None:
        """Ballot slips printed ahead: how many (one per participant present by default), then
        the sheet opens in the browser."""
        found = self.app.services.gathering(self.group_id, self.gathering_id)
        if found is None:
            return
        group, gathering = found
        default = str(answer_limit(group, gathering))
        count = await self.app.push_screen_wait(
            RunInputDialog(
                t("evaluation.results.slips"),
                t("evaluation.results.slips_prompt"),
                _slip_count,
                t("evaluation.results.slips_bad", most=MAX_SLIPS),
                default,
            )
        )
        if count is None:
            return
        try:
            path, made = evaluations.prepare_slips(
                self.app.services, self.group_id, self.gathering_id, count
            )
        except ServiceError as exc:
            self.notify(exc.message, severity="error", markup=False)
            return
        self.notify(t("evaluation.results.slips_done", count=made, path=str(path)), markup=False)
        self.refresh_results()
        try:
            await asyncio.to_thread(webbrowser.open, path.as_uri())
        except (webbrowser.Error, OSError):
            pass  # the notice names the file


def _slip_count(text: str) -> int:
    value = int(text.strip())
    if not 1 <= value <= MAX_SLIPS:
        raise ValueError(text)
    return value
