"""Run mode's audit: the measures a block collects, figures typed by the leader or sent from
phones, and the group's distribution kept with the held block.

Individual figures are on disk (in the run state, ``runs/<gathering id>.json``) only while they
are being collected: a phone's figure is saved there before the phone hears it arrived, so a
crash loses nothing. Ending the collection (or the block) *seals* it: the distribution of each
measure (``domain.audit.AuditResult``: count, median and coarse bins, under issue 15's small-n
rule) is saved with the block in the group, and the figures leave the run state; this session
keeps them in memory only, so that a collection opened again, or figures added by hand, go on
from them. After a crash only the distribution is left: a new collection for that block then
replaces it when it ends.

While a collection from phones is going on, the run state also keeps one *proof* per phone
that sent (a hash of the phone's own key with its figures; ``phone.audit_server``), saved in
the same write as the figures, so that after a restart a phone can still change what it sent.
Sealing takes the proofs off the disk with the figures (the server keeps them in memory, and
puts them back if the collection is opened again). Beside them, while the collection is open,
the run state keeps where its form is served (``BlockRun.audit_serving``: host, port, token and
the key that signs the form's nonces), so that after a restart it is served again at the same
address and code (``audit_phones.RunPhones``) and the QR code and the pages already open on the
phones keep working; ending the collection takes that off the disk too.

Figures typed by hand (keys 1–4) are one collection with the phones' ones: while any figure is
in the run state (not yet sealed) the block is *collecting* and the shared screen shows only how
many there are, so that a bar appearing right after someone says their figure cannot tie the
figure to the person. ``end_collection`` (S in run mode, S on the QR screen, or the block's end)
seals them and the distribution shows.
"""

from __future__ import annotations

from collections.abc import Callable

from groupguide.domain.activities import measures_of
from groupguide.domain.anonymity import answer_limit
from groupguide.domain.audit import AuditMeasure, AuditResult, AuditSummary, audit_summary
from groupguide.domain.model import Block
from groupguide.i18n import t
from groupguide.phone.audit_server import AuditNotSaved, AuditStatus
from groupguide.phone.base import ServerStartError
from groupguide.services.audit_phones import RunPhones
from groupguide.services.errors import ServiceError, StorageFailed
from groupguide.store import StoreError


class AuditMixin:
    """For ``RunSession``: what its audit blocks collect, and the collection from phones."""

    phones: RunPhones | None
    sealed: dict[str, dict[str, list[float]]]  # block id → figures no longer on disk
    ended: dict[str, dict[str, list[float]]]  # block id → the figures as its collection ended

    # -- the measures and the figures ---------------------------------------------------------

    def measures(self, block: Block | None = None) -> list[AuditMeasure]:
        """What the (current) audit block collects."""
        block = block if block is not None else self.block()
        if block is None:
            return []
        return measures_of(block, self.group, self.workspace.library.activities)

    def block_figures(self, block_id: str, measure: str) -> list[float]:
        """One block's figures, whether or not it is current: those kept in memory after its
        collection ended and those in the run state."""
        kept = self.sealed.get(block_id, {}).get(measure, [])
        return sorted([*kept, *self.state.block_figures(block_id, measure)])

    def figures(self, measure: str) -> list[float]:
        block = self.block()
        return self.block_figures(block.id, measure) if block is not None else []

    def summary(self, measure: AuditMeasure, block: Block | None = None) -> AuditSummary:
        """The distribution shown for a measure: from the figures this session holds, else from
        what was kept with the block (after a crash or in a later run)."""
        block = block if block is not None else self.block()
        if block is None:
            return audit_summary([])
        values = self.block_figures(block.id, measure.id)
        if values:
            return audit_summary(values, maximum=measure.maximum)
        saved = next((r for r in block.audit if r.measure == measure.id), None)
        return saved.summary() if saved is not None else audit_summary([])

    def add_figure(self, measure: str, value: float) -> None:
        """A figure typed by hand: into the run state, so that the block is collecting (its
        distribution hidden) until the collection ends."""
        self.state.add_figure(self.gathering, measure, value)

    def collecting(self, block: Block | None = None) -> bool:
        """The (current) block's collection is going on, its distribution hidden: phones are
        sending, or figures typed by hand (or left by a crash) are not sealed yet."""
        block = block if block is not None else self.block()
        if block is None or self.kind(block) != "audit":
            return False
        if self.phones is not None and self.phones.is_open and self.phones.block_id == block.id:
            return True
        return any(self.state.block_figures(block.id, m.id) for m in self.measures(block))

    def end_collection(self) -> bool:
        """End the current block's collection, from phones and by hand alike: no more figures
        from phones, and the distribution is kept (``seal``) and shown. True when one was going
        on. ``StorageFailed`` when the distribution could not be saved (its figures stay in the
        run state, still hidden, until ending it again succeeds)."""
        block = self.block()
        if block is None or not self.collecting(block):
            if block is not None:
                self.forget_serving(block)  # opened, nothing sent, restarted: nothing to end
            return False
        if self.phones_open_here():
            return self.close_phones()
        self.seal(block)
        return True

    def shown_figures(self, block_id: str, measure: str) -> list[float]:
        """The figures a phone's page is drawn from: while the collection from phones is open,
        all of them (the page shows only how many); once it has ended, those it ended with, so
        that a figure typed (or removed) by hand afterwards stays hidden there too until the
        collection ends again."""
        phones = self.phones
        if phones is not None and phones.is_open and phones.block_id == block_id:
            return self.block_figures(block_id, measure)
        return list(self.ended.get(block_id, {}).get(measure, []))

    def remove_figure(self, measure: str, value: float) -> bool:
        """Remove one figure typed by mistake (from the run state, or from the figures kept
        after a collection ended; the block's distribution follows when it is sealed again)."""
        if self.state.remove_figure(self.gathering, measure, value):
            return True
        block = self.block()
        kept = self.sealed.get(block.id, {}).get(measure, []) if block is not None else []
        if float(value) in kept:
            kept.remove(float(value))
            self.state.put_figures(block.id, self.sealed.pop(block.id))
            return True
        return False

    def replaces_saved(self, block: Block | None = None) -> bool:
        """The block has a distribution kept from an earlier run whose figures are gone: a new
        collection replaces it."""
        block = block if block is not None else self.block()
        return (
            block is not None
            and bool(block.audit)
            and block.id not in self.sealed
            and not any(self.state.block_figures(block.id, m.id) for m in self.measures(block))
        )

    def seal(self, block: Block) -> bool:
        """Keep the block's distribution with it and take its figures off the disk; True when
        there was anything to seal. ``StorageFailed`` (nothing changed) when the group or the
        run state cannot be saved."""
        taken = self.state.take_figures(block.id)
        if not taken:
            return False
        run = self.state.block_run(block)
        proofs, run.audit_proofs = run.audit_proofs, []
        serving, run.audit_serving = run.audit_serving, None
        figures = self.sealed.get(block.id, {})
        merged = {m: sorted([*figures.get(m, []), *taken.get(m, [])]) for m in {*figures, *taken}}
        before = list(block.audit)
        results = {r.measure: r for r in before}  # a measure with no new figure keeps its own
        measures = self.measures(block)
        results.update(
            {m.id: AuditResult.of(m, merged[m.id]) for m in measures if merged.get(m.id)}
        )
        order = [m.id for m in measures]
        block.audit = sorted(
            results.values(),
            key=lambda r: order.index(r.measure) if r.measure in order else len(order),
        )
        try:
            self.workspace.save_group(self.group)
            self.workspace.runs.save(self.state)
        except (ServiceError, StoreError) as exc:
            block.audit = before
            self.state.put_figures(block.id, taken)
            run.audit_proofs, run.audit_serving = proofs, serving
            raise StorageFailed(getattr(exc, "message", str(exc))) from exc
        self.sealed[block.id] = merged
        self.ended[block.id] = {m: list(v) for m, v in merged.items()}
        return True

    # -- figures from phones ----------------------------------------------------------------

    def phones_open_here(self) -> bool:
        """A collection is open for the current block (its distribution is hidden)."""
        block = self.block()
        return (
            self.phones is not None
            and self.phones.is_open
            and block is not None
            and block.id == self.phones.block_id
        )

    async def open_phones(
        self,
        on_change: Callable[[AuditStatus], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> RunPhones | None:
        """Open (or reopen) the collection for the current audit block and serve it; None when
        the current block is not an audit. ``ServiceError`` when no address can be bound."""
        block = self.block()
        if block is None or self.kind(block) != "audit":
            return None
        if self.phones is not None and self.phones.block_id != block.id:
            await self.stop_phones()
        if self.phones is None:
            title = block.title or t("run.audit.default_title")

            def accept(
                figures: dict[str, float], previous: dict[str, float], forget: str, keep: str
            ) -> None:
                self.accept_phone_figures(figures, previous, forget, keep, on_failure)

            phones = RunPhones(
                block.id,
                title,
                self.measures(block),
                self.workspace.settings,
                accept,
                lambda measure: self.shown_figures(block.id, measure),
                on_change,
                cap=answer_limit(self.group, self.gathering),
                proofs=self.state.block_run(block).audit_proofs,  # sent before a restart
                previous=self.state.block_run(block).audit_serving,  # served before a restart
            )
            try:
                await phones.start()
            except ServerStartError as exc:
                raise ServiceError(
                    t("audit.qr.bind_failed", host=exc.host, reason=exc.message)
                ) from None
            self.phones = phones
        elif not self.phones.is_open:
            self.phones.reopen()
        # an open collection keeps its figures, the phones' proofs and where it is served on
        # disk, so that a crash loses none of them, the phones can still change what they sent,
        # and a restarted app serves it at the same address and code
        run = self.state.block_run(block)
        serving = self.phones.serving
        changed = run.audit_proofs != self.phones.proofs or run.audit_serving != serving
        run.audit_proofs, run.audit_serving = self.phones.proofs, serving
        if block.id in self.sealed:
            self.state.put_figures(block.id, self.sealed.pop(block.id))
            changed = True
        if changed:
            self.save_state()  # StorageFailed: the screen says so; they are in memory still
        return self.phones

    def accept_phone_figures(
        self,
        figures: dict[str, float],
        previous: dict[str, float],
        forget: str = "",
        keep: str = "",
        on_failure: Callable[[str], None] | None = None,
    ) -> None:
        """A phone's figures (replacing its ``previous`` ones, and its proof ``forget`` by
        ``keep``): into the run state and onto disk, in one write, before the phone hears they
        arrived. ``AuditNotSaved``, keeping nothing, when the collection is not open for the
        current block or the disk refuses."""
        block = self.block()
        if block is None or not self.phones_open_here():
            raise AuditNotSaved("the collection is not open for the current block")
        state, gathering = self.state, self.gathering
        run = state.block_run(block)
        proofs = list(run.audit_proofs)
        removed = [(m, v) for m, v in previous.items() if state.remove_figure(gathering, m, v)]
        added = [(m, v) for m, v in figures.items() if state.add_figure(gathering, m, v)]
        run.forget_proof(forget)
        if keep:
            run.remember_proof(keep)
        try:
            self.workspace.runs.save(state)
        except Exception as exc:
            run.audit_proofs = proofs
            for measure, value in added:
                state.remove_figure(gathering, measure, value)
            for measure, value in removed:
                state.add_figure(gathering, measure, value)
            reason = getattr(exc, "message", None) or str(exc)
            if on_failure is not None:
                on_failure(t("audit.qr.not_saved", reason=reason))
            raise AuditNotSaved(reason) from exc

    def close_phones(self) -> bool:
        """End the collection: no more figures; the distribution shows here and on phones, and
        is kept with the block (``seal``). True when one was open. ``StorageFailed`` when the
        distribution could not be saved (the collection is ended; its figures stay in the run
        state until a save succeeds)."""
        phones = self.phones
        if phones is None or not phones.is_open:
            return False
        phones.close()
        block = self.gathering.block(phones.block_id)
        if block is not None and not self.seal(block):
            self.forget_serving(block)  # nothing was sent: no seal took it off the disk
        return True

    def forget_serving(self, block: Block) -> None:
        """Take where the block's collection was served off the disk (it has ended).
        ``StorageFailed`` when the run state cannot be saved."""
        run = self.state.blocks.get(block.id)
        if run is not None and run.audit_serving is not None:
            run.audit_serving = None
            self.save_state()

    def left_block(self) -> bool:
        """After a transition: end the collection when its block is no longer current."""
        block = self.block()
        if self.phones is not None and (block is None or block.id != self.phones.block_id):
            return self.close_phones()
        return False

    async def stop_phones(self) -> None:
        """Stop serving (run mode closes). An open collection is not ended: its figures stay in
        the run state, and the block's end (or a collection opened again) seals them."""
        phones, self.phones = self.phones, None
        if phones is not None:
            await phones.stop()
