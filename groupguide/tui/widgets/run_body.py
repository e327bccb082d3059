"""The middle of the run screen: what the current kind of block needs — prompts and the
speaking order (a round), pairs (a buzz exercise), the audit figures, or the activity's
description. Which part shows is decided by the screen's ``-kind-*`` class (run.tcss)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from groupguide.domain.model import Block
from groupguide.i18n import get_language, t
from groupguide.services.run_session import RunSession
from groupguide.tui.widgets.audit_view import AuditView
from groupguide.tui.widgets.pairs_view import PairsView
from groupguide.tui.widgets.prompt_card import PromptCard
from groupguide.tui.widgets.speaking_order import SpeakingOrder
from groupguide.tui.widgets.vertical_pane import VerticalPane


class RunBody(VerticalPane):  # ←/→ stay the screen's (phases)
    def compose(self) -> ComposeResult:
        yield PairsView(id="run-pairs")
        yield Static("", id="run-audit-phones", markup=False)
        yield AuditView(id="run-audit")
        with Horizontal(id="run-round"):
            yield PromptCard(id="run-prompts")
            yield SpeakingOrder(id="run-speakers")
        yield Static("", id="run-plain", markup=False)

    def show(
        self, session: RunSession, block: Block | None, kind: str, figures_hidden: bool
    ) -> None:
        state, gathering = session.state, session.gathering
        activity = session.activity(block)
        if kind in ("round", "buzz", "audit"):
            phases = session.phases()
            index = state.phase_index(gathering)
            phase = phases[min(index, len(phases) - 1)][0] if phases else None
            self.query_one(PromptCard).show(
                phase, (activity.description if activity else "") or t("run.prompts.none")
            )
        if kind == "round":
            order = session.order()
            self.query_one(SpeakingOrder).show(
                [(p, session.person(p)) for p in order],
                set(state.spoken(gathering)),
                state.next_speaker(gathering, order),
            )
        elif kind == "buzz" and session.pairs_shown():
            self.query_one(PairsView).show(
                [[session.person(p) for p in unit] for unit in session.pairs()]
            )
        elif kind == "audit":
            self.show_audit(session, figures_hidden)
        elif kind == "plain":
            self.query_one("#run-plain", Static).update(
                (activity.description if activity else "") or ""
            )
        else:
            self.query_one("#run-plain", Static).update(t("run.finished_hint"))

    def show_audit(self, session: RunSession, hidden: bool) -> None:
        """The group's distribution per measure; ``hidden`` while phones are still sending."""
        language = get_language()
        self.query_one(AuditView).show(
            [
                (str(i + 1), measure.label(language), session.summary(measure))
                for i, measure in enumerate(session.measures())
            ],
            hidden=hidden,
        )
