"""Run mode's audit figures, typed by the leader (keys 1–4, one per measure) or from phones, as
the run screen shows them.

Q on an audit block opens a collection (``RunSession.open_phones``: a form server bound to that
block) and shows its QR code. While it is open, figures arrive from phones into the run state —
sorted, with no link to a phone — saved by the run session before a phone is told they arrived,
without passing through this screen; neither the shared screen nor any phone shows the
distribution yet, since watching it change as someone taps "send" would tell whose figure is
whose. Ending the collection (S on the QR screen, or leaving the block) shows the distribution;
the server keeps serving the phones' own pages ("where do you stand") until run mode closes or a
collection for another block starts. Q on the same block opens it again.

Figures typed by hand are the same collection (``RunSession.collecting``): the shared screen
shows only how many there are, and a notice without the figure tells the leader it was taken,
until S (here, or on the QR screen) ends the collection and shows the distribution.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.widgets import Static

from groupguide.i18n import decimal, get_language, t
from groupguide.services.errors import ServiceError
from groupguide.tui.dialogs.run_input import RunInputDialog
from groupguide.tui.widgets.run_lines import parse_entry

if TYPE_CHECKING:
    from groupguide.phone.audit_server import AuditStatus
    from groupguide.services.audit_phones import RunPhones


class PhonesMixin:
    """For ``RunScreen``: an audit's figures typed by hand, and the collection from phones."""

    @work
    async def action_figure(self, measure_index: int) -> None:
        if self.state is None or self.gathering is None:
            return
        measures = self.session.measures() if self.session is not None else []
        if not 0 <= measure_index < len(measures):
            return
        measure = measures[measure_index]
        most = decimal(measure.maximum, trim=True)
        result = await self.app.push_screen_wait(
            RunInputDialog(
                measure.label(get_language()),
                t("run.audit.prompt"),
                lambda text: parse_entry(text, measure.maximum),
                t("run.audit.error", most=most),
                hidden=True,  # the room sees this screen: the figure shows only on request
            )
        )
        if result is None or self.session is None:
            return
        add, value = result
        if add and self.session.replaces_saved():
            self.notify(t("audit.qr.replaces"), severity="warning")
        if add:
            self.session.add_figure(measure.id, value)
        elif not self.session.remove_figure(measure.id, value):
            self.notify(t("run.audit.not_found"), severity="warning")
            return
        self._transition()
        # on the shared screen too: the count, never the figure
        count = len(self.session.figures(measure.id))
        self.notify(t("run.audit.taken" if add else "run.audit.removed", count=count))

    def action_end_figures(self) -> None:
        """S on an audit block: end its collection (phones and hand-typed figures alike)."""
        if self.session is None:
            return
        phones = self.phones_open_here()
        try:
            ended = self.session.end_collection()
        except ServiceError as exc:
            self.notify(t("audit.not_kept", reason=exc.message), severity="error", markup=False)
            self._render_audit()
            self.refresh_bindings()
            return
        if not ended:
            return
        if phones:
            self.phones_closed()
        else:
            self.notify(t("run.audit.ended"))
            self._render_audit()
        self.refresh_bindings()

    def figures_hidden(self) -> bool:
        """The current block's collection is going on: its distribution is hidden."""
        return self.session is not None and self.session.collecting()

    @property
    def phones(self) -> RunPhones | None:
        """The collection (server alive), open or ended."""
        return self.session.phones if self.session is not None else None

    def phones_open_here(self) -> bool:
        """A collection is open for the current block (its distribution is hidden)."""
        return self.session is not None and self.session.phones_open_here()

    def phones_status(self) -> str:
        block = self._block()
        phones = self.phones
        if phones is None or block is None or block.id != phones.block_id:
            return t("audit.qr.status_off")
        if phones.is_open:
            return t("audit.qr.status_on", count=phones.phones, present=len(self.session.present()))
        return t("audit.qr.status_closed", count=phones.phones)

    def render_phones(self) -> None:
        self.set_class(self.phones_open_here(), "-phones")
        self.query_one("#run-audit-phones", Static).update(self.phones_status())

    @work(exclusive=True, group="run-phones")
    async def action_phones(self) -> None:
        if self.session is None:
            return
        # imported here: the form server (aiohttp) takes a noticeable moment to load, and most
        # runs never need it
        from groupguide.tui.screens.phones_qr import PhonesScreen

        replaces = self.session.replaces_saved()
        try:
            phones = await self.session.open_phones(self._phones_changed, self._phones_failed)
        except ServiceError as exc:
            self.notify(exc.message, severity="error", markup=False)
            return
        if phones is None:
            return
        if replaces:
            self.notify(t("audit.qr.replaces"), severity="warning")
        self._render_audit()
        answer = await self.app.push_screen_wait(PhonesScreen(phones, phones.title))
        if answer == "stop":
            self.close_phones()

    def close_phones(self) -> None:
        """End the collection: no more figures; the distribution is shown here and on phones,
        and kept with the block."""
        if self.session is None:
            return
        try:
            closed = self.session.close_phones()
        except ServiceError as exc:
            self.notify(t("audit.not_kept", reason=exc.message), severity="error", markup=False)
            closed = True
        if closed:
            self.phones_closed()

    def phones_closed(self) -> None:
        self.notify(t("audit.qr.stopped", count=self.phones.phones if self.phones else 0))
        if self.session.kind(self._block()) == "audit":
            self._render_audit()

    def _phones_failed(self, message: str) -> None:
        """The session could not save a phone's figures (the phone was told so too)."""
        self.notify(message, severity="error", markup=False)

    def _phones_changed(self, status: AuditStatus) -> None:
        """The server's callback (in this loop, inside its request): repaint after it."""
        self.call_later(self._show_phones, status.phones)

    def _show_phones(self, count: int) -> None:
        from groupguide.tui.screens.phones_qr import PhonesScreen  # loaded with the phones

        if self.session.kind(self._block()) == "audit":
            self._render_audit()
        for screen in self.app.screen_stack:
            if isinstance(screen, PhonesScreen):
                screen.count = count
