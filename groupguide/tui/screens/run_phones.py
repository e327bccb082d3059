"""Run mode's audit figures from phones: what the run screen does with a collection.

Q on an audit block opens a collection (a form server bound to that block) and shows its QR
code. While it is open, figures arrive from phones into the run state — sorted, with no link to
a phone — and are saved before a phone is told they arrived; neither the shared screen nor any
phone shows the distribution yet, since watching it change as someone taps "send" would tell
whose figure is whose. Ending the collection (S on the QR screen, or leaving the block) shows the
distribution; the server keeps serving the phones' own pages ("where do you stand") until run
mode closes or a collection for another block starts. Q on the same block opens it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.widgets import Static

from groupguide.i18n import t

if TYPE_CHECKING:
    from groupguide.domain.model import Block
    from groupguide.phone.audit_server import AuditStatus
    from groupguide.tui.screens.phones_qr import RunPhones


class PhonesMixin:
    """For ``RunScreen``: the collection of audit figures from phones."""

    phones: RunPhones | None = None  # the collection (server alive), open or ended

    def phones_open_here(self) -> bool:
        """A collection is open for the current block (its distribution is hidden)."""
        block = self._block()
        return (self.phones is not None and self.phones.is_open and block is not None
                and block.id == self.phones.block_id)

    def phones_status(self) -> str:
        block = self._block()
        phones = self.phones
        if phones is None or block is None or block.id != phones.block_id:
            return t("audit.qr.status_off")
        if phones.is_open:
            return t("audit.qr.status_on", count=phones.phones, present=len(self._present()))
        return t("audit.qr.status_closed", count=phones.phones)

    def render_phones(self) -> None:
        self.set_class(self.phones_open_here(), "-phones")
        self.query_one("#run-audit-phones", Static).update(self.phones_status())

    @work(exclusive=True, group="run-phones")
    async def action_phones(self) -> None:
        block = self._block()
        if block is None or self.state is None or self._kind(block) != "audit":
            return
        # imported here: the form server (aiohttp) takes a noticeable moment to load, and most
        # runs never need it
        from groupguide.phone.base import ServerStartError
        from groupguide.tui.screens.phones_qr import PhonesScreen, RunPhones

        title = block.title or t("run.audit.default_title")
        if self.phones is not None and self.phones.block_id != block.id:
            old, self.phones = self.phones, None
            await old.stop()
        if self.phones is None:
            phones = RunPhones(block.id, title, self.app.services.store.settings(),
                               self._phone_figures, lambda m: self._block_figures(block, m),
                               self._phones_changed)
            try:
                await phones.start()
            except ServerStartError as exc:
                self.notify(t("audit.qr.bind_failed", host=exc.host, reason=exc.message),
                            severity="error", markup=False)
                return
            self.phones = phones
        elif not self.phones.is_open:
            self.phones.reopen()
        self._render_audit()
        answer = await self.app.push_screen_wait(PhonesScreen(self.phones, title))
        if answer == "stop":
            self.close_phones()

    def close_phones(self) -> None:
        """End the collection: no more figures; the distribution is shown here and on phones."""
        phones = self.phones
        if phones is None or not phones.is_open:
            return
        phones.close()
        self.notify(t("audit.qr.stopped", count=phones.phones))
        if self._kind(self._block()) == "audit":
            self._render_audit()

    async def stop_phones(self) -> None:
        phones, self.phones = self.phones, None
        if phones is not None:
            await phones.stop()

    def _block_figures(self, block: Block, measure: str) -> list[float]:
        return self.state.block_figures(block.id, measure) if self.state is not None else []

    def _phone_figures(self, figures: dict[str, float], previous: dict[str, float]) -> None:
        """A phone's figures (replacing its ``previous`` ones): into the run state and onto disk
        before the phone hears they arrived. Raises AuditNotSaved, keeping nothing, on failure."""
        from groupguide.phone.audit_server import AuditNotSaved

        block = self._block()
        if (self.state is None or self.gathering is None or self.runs is None
                or block is None or not self.phones_open_here()):
            raise AuditNotSaved("the collection is not open for the current block")
        state, gathering = self.state, self.gathering
        removed = [(m, v) for m, v in previous.items() if state.remove_figure(gathering, m, v)]
        added = [(m, v) for m, v in figures.items() if state.add_figure(gathering, m, v)]
        try:
            self.runs.save(state)
        except Exception as exc:
            for measure, value in added:
                state.remove_figure(gathering, measure, value)
            for measure, value in removed:
                state.add_figure(gathering, measure, value)
            self.notify(t("audit.qr.not_saved", reason=str(exc)), severity="error",
                        markup=False)
            raise AuditNotSaved(str(exc)) from exc

    def _phones_changed(self, status: AuditStatus) -> None:
        """The server's callback (in this loop, inside its request): repaint after it."""
        self.call_later(self._show_phones, status.phones)

    def _show_phones(self, count: int) -> None:
        from groupguide.tui.screens.phones_qr import PhonesScreen  # loaded with the phones

        if self._kind(self._block()) == "audit":
            self._render_audit()
        for screen in self.app.screen_stack:
            if isinstance(screen, PhonesScreen):
                screen.count = count
