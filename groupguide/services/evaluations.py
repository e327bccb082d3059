"""The anonymous evaluation of a gathering: open it and serve the phone form, close it, read the
results with the anonymity threshold. The TUI's evaluation screens and ``groupguide evaluation
open|results`` both go through here.

``EvaluationSession`` is one opening: the evaluation file, its form server on one address, the
ballot codes and their printed slips. It reports through ``on_change`` (called in the loop, with
counts only, never an answer); the caller turns that into a message or a printed line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from groupguide.evaluation import tokens
from groupguide.evaluation.answers import Evaluation, EvaluationError
from groupguide.evaluation.ballot import new_codes
from groupguide.evaluation.results import Results, aggregate
from groupguide.i18n import t
from groupguide.phone.base import ServerStartError, start_on
from groupguide.phone.evaluation_server import EvaluationServer, ServerStatus
from groupguide.phone.lan import Candidate, configured
from groupguide.phone.slips import write_sheet
from groupguide.services.errors import NotFound, ServiceError
from groupguide.services.workspace import Workspace

MODES = ("open", "ballot")


class EvaluationSession:
    """One evaluation opened for phones. ``start()`` (again after changing ``address`` or
    ``mode``) opens the evaluation file and serves it; ``close()`` closes the evaluation and
    stops serving; ``stop()`` only stops serving (the evaluation stays open)."""

    def __init__(
        self,
        workspace: Workspace,
        group_id: str,
        gathering_id: str,
        mode: str = "open",
        on_change: Callable[[ServerStatus], None] | None = None,
        host: str | None = None,
        port: int | None = None,
        slips: int | None = None,
    ) -> None:
        self.workspace = workspace
        self.group_id = group_id
        self.gathering_id = gathering_id
        self.mode = mode if mode in MODES else "open"
        self.on_change = on_change
        self.slips = slips  # how many ballot codes; None = one per participant
        settings = workspace.settings
        if host:
            self.candidates = [Candidate(host, "settings", False, True)]
            self.port = settings.evaluation_port if port is None else port
        else:
            self.candidates, self.port = configured(settings)
            if port is not None:
                self.port = port
        self.address = 0
        self.title = ""
        self.server: EvaluationServer | None = None
        self.codes: list[str] = []

    @property
    def candidate(self) -> Candidate:
        return self.candidates[self.address % len(self.candidates)]

    @property
    def evaluation(self) -> Evaluation | None:
        return self.server.evaluation if self.server is not None else None

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    @property
    def code(self) -> str:
        """The server's token, grouped for reading aloud."""
        return tokens.pretty(self.server.token) if self.server is not None else ""

    def next_address(self) -> None:
        self.address = (self.address + 1) % len(self.candidates)

    async def start(self, fallback_port: bool = True) -> str:
        """Open the evaluation file (new, or the one there is) and serve it; returns the URL.
        ``fallback_port``: take any free port when the configured one is busy. ``NotFound``,
        ``ServiceError`` (a damaged evaluation file, an address that cannot be bound)."""
        await self.stop()
        found = self.workspace.gathering(self.group_id, self.gathering_id)
        if found is None:
            raise NotFound(t("evaluation.tui.not_found"))
        group, gathering = found
        self.title = gathering.title
        count = self.slips if self.slips is not None else max(1, len(group.participants))
        codes = new_codes(count) if self.mode == "ballot" else []
        answers = self.workspace.answers
        try:
            evaluation = answers.open(
                group,
                gathering,
                self.workspace.library.goals,
                self.workspace.clock().date(),
                self.mode,
                [tokens.digest(c) for c in codes],
            )
        except EvaluationError as exc:
            raise ServiceError(exc.message) from None
        host = self.candidate.address
        server = EvaluationServer(answers, evaluation, host, self.port, self.on_change)
        try:
            await (start_on(server) if fallback_port else server.start())
        except ServerStartError as exc:
            raise ServiceError(
                t("evaluation.tui.bind_failed", host=host, reason=exc.message)
            ) from None
        self.server, self.codes = server, codes
        return server.url

    def write_slips(self) -> Path | None:
        """The printable sheet of ballot slips (ballot mode), or None in open mode; ``OSError``
        when it cannot be written."""
        if not self.codes or self.server is None:
            return None
        server = self.server
        path = server.answers.sheet_path(server.evaluation.id)
        write_sheet(path, self.title, [(server.ballot_url(c), c) for c in self.codes])
        return path

    async def close(self) -> None:
        """Close the evaluation (phones are told so) and stop serving. ``ServiceError`` when the
        closed state cannot be saved; the server is stopped all the same."""
        server, self.server = self.server, None
        if server is None:
            return
        try:
            await server.close_evaluation()
        except EvaluationError as exc:
            raise ServiceError(exc.message) from None
        finally:
            await server.stop()

    async def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            await server.stop()


def threshold(workspace: Workspace) -> int:
    return workspace.settings.evaluation_threshold


def load_evaluation(workspace: Workspace, group_id: str, gathering_id: str) -> Evaluation | None:
    """The gathering's evaluation, or None when none was opened; ``ServiceError`` when its file
    is damaged."""
    try:
        return workspace.answers.load_for(group_id, gathering_id)
    except EvaluationError as exc:
        raise ServiceError(exc.message) from None


def results(workspace: Workspace, evaluation: Evaluation) -> Results:
    """Aggregated with the anonymity threshold of the settings."""
    return aggregate(evaluation, threshold(workspace))


def close_evaluation(workspace: Workspace, evaluation: Evaluation) -> None:
    """Close an evaluation no server is serving (from the results screen)."""
    try:
        workspace.answers.close(evaluation)
    except EvaluationError as exc:
        raise ServiceError(exc.message) from None
