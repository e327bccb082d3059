"""The anonymous evaluation of a gathering: open it and serve the phone form, close it, read the
results with the anonymity rules. The TUI's evaluation screens and ``groupguide evaluation
open|close|clear|slips|results`` all go through here.

``EvaluationSession`` is one opening: the evaluation file, its form server on one address, the
ballot codes and their printed slips, and (in memory only) which phones' addresses have
answered. It reports through ``on_change`` (called in the loop, with counts only, never an
answer); the caller turns that into a message or a printed line.

Stopping is not closing: ``stop()`` (the screen left, Ctrl-C on the command line, a crash)
leaves the evaluation open, and the next ``start()`` serves it again at the same address, port
and code, so the QR code and the pages already on the phones keep working. Only ``close()``
(confirmed by the leader) closes it, after which it takes no more answers and its results can
be read when enough have answered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from groupguide.domain.anonymity import answer_limit, not_yet_held
from groupguide.evaluation import tokens
from groupguide.evaluation.answers import EvaluationError
from groupguide.evaluation.ballot import MAX_SLIPS, new_codes
from groupguide.evaluation.model import Evaluation
from groupguide.evaluation.results import Results, aggregate
from groupguide.i18n import t
from groupguide.phone.addresses import AddressBook
from groupguide.phone.base import ServerStartError
from groupguide.phone.evaluation_server import EvaluationServer, ServerStatus
from groupguide.phone.lan import Candidate, configured
from groupguide.phone.resume import resume, serving, start_at
from groupguide.phone.slips import next_sheet_path, write_sheet
from groupguide.services.errors import NotFound, ServiceError
from groupguide.services.workspace import Workspace

MODES = ("open", "ballot")


class EvaluationClosed(ServiceError):
    """The evaluation is closed with answers: it cannot take more (``clear`` starts over)."""


@dataclass(frozen=True)
class EvaluationState:
    """What the leader should know before opening: is there an evaluation, in what state, with
    how many answers, and has the gathering been held at all."""

    status: str  # "none", "ready", "open" or "closed"
    count: int
    not_held: bool
    mode: str = "open"
    slips: int = 0  # unused ballot codes


class EvaluationSession:
    """One evaluation opened for phones. ``start()`` (again after changing ``address`` or
    ``mode``) opens the evaluation file and serves it; ``close()`` closes the evaluation and
    stops serving; ``stop()`` only stops serving (the evaluation stays open)."""

    def __init__(
        self,
        workspace: Workspace,
        group_id: str,
        gathering_id: str,
        mode: str | None = None,
        on_change: Callable[[ServerStatus], None] | None = None,
        host: str | None = None,
        port: int | None = None,
        slips: int | None = None,
    ) -> None:
        self.workspace = workspace
        self.group_id = group_id
        self.gathering_id = gathering_id
        self.mode = mode if mode in MODES else None  # None: as the evaluation file says
        self.on_change = on_change
        self.slips = slips  # how many ballot codes; None = one per participant present
        settings = workspace.settings
        self.port_given = port is not None  # the leader chose the port: no other will do
        if host:
            self.candidates = [Candidate(host, "settings", False, True)]
            self.port = settings.evaluation_port if port is None else port
        else:
            self.candidates, self.port = configured(settings)
            if port is not None:
                self.port = port
        self.address = 0
        self.moved = False  # the leader asked for another address: do not go back to the old one
        self.title = ""
        self.server: EvaluationServer | None = None
        self.codes: list[str] = []
        self.sheet: Path | None = None  # the sheet of slips written at this opening
        self.notice = ""  # e.g. the port was busy and another was taken
        self.addresses = AddressBook()  # kept across restarts, forgotten on close

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
        self.moved = True

    async def start(self) -> str:
        """Open the evaluation file (new, or the one there is) and serve it; returns the URL.
        An evaluation that was being served (before a crash or a restart) is served again at
        the same address, port and code when they are still to be had. A busy port falls back
        to a free one, said in ``notice``, unless the leader chose the port (``--port``). ``NotFound``,
        ``EvaluationClosed``, ``ServiceError`` (a damaged file, an address that cannot be
        bound)."""
        await self.stop()
        found = self.workspace.gathering(self.group_id, self.gathering_id)
        if found is None:
            raise NotFound(t("evaluation.tui.not_found"))
        group, gathering = found
        self.title = gathering.title
        answers = self.workspace.answers
        goals, today = self.workspace.library.goals, self.workspace.clock().date()
        try:
            current = answers.prepare(group, gathering, goals, today)
        except EvaluationError as exc:
            raise ServiceError(exc.message) from None
        if current.status == "closed" and current.answers:
            raise EvaluationClosed(t("evaluation.closed_cannot_reopen"))
        mode = self.mode or (current.mode if current.mode in MODES else "open")
        self.mode = mode
        limit = answer_limit(group, gathering)
        codes: list[str] = []
        if mode == "ballot" and not current.ballots:
            codes = new_codes(self.slips if self.slips is not None else limit)
        try:
            evaluation = answers.open(
                group, gathering, goals, today, mode, [tokens.digest(c) for c in codes], limit
            )
        except EvaluationError as exc:
            raise ServiceError(exc.message) from None
        server = await self._serve(evaluation)
        evaluation.serving = serving(server, self.port)
        try:
            answers.save(evaluation)
        except EvaluationError as exc:
            await server.stop()
            raise ServiceError(exc.message) from None
        self.server, self.codes = server, codes
        return server.url

    async def _serve(self, evaluation: Evaluation) -> EvaluationServer:
        """Bind where it was served before (``phone.resume``) unless the leader chose another
        address or port; a busy port falls back to any free one (said in ``notice``)."""
        keep = not self.moved and not self.port_given
        where = resume(
            evaluation.serving, self.candidates, self.address, self.port, keep_address=keep
        )
        self.address = where.address
        host = self.candidate.address
        self.notice = ""
        server = EvaluationServer(
            self.workspace.answers,
            evaluation,
            host,
            where.port,
            self.on_change,
            token=where.token,
            addresses=self.addresses,
            nonce_key=where.key,
        )
        try:
            busy = await start_at(server, fixed=self.port_given)
        except ServerStartError as exc:
            raise ServiceError(t("evaluation.bind_failed", host=host, reason=exc.message)) from None
        if busy is not None:
            self.notice = t("evaluation.port_busy", port=busy, chosen=server.port)
        return server

    def write_slips(self) -> Path | None:
        """The printable sheet of ballot slips (ballot mode): a new one for codes made at this
        opening, else the sheet already written (slips printed ahead, or before a restart);
        None in open mode. ``OSError`` when it cannot be written."""
        server = self.server
        if server is None or server.evaluation.mode != "ballot":
            return None
        answers = server.answers
        if self.codes:
            path = next_sheet_path(answers.sheet_path(server.evaluation.id))
            write_sheet(
                path,
                self.title,
                [(server.ballot_url(c), c) for c in self.codes],
                server.evaluation.day,
            )
            self.codes = []  # on the sheet now; a second call opens the same sheet
            self.sheet = path
            return path
        return self.sheet or latest_sheet(answers.sheet_path(server.evaluation.id))

    async def raise_limit(self) -> int:
        """One answer more than the limit (the leader's deliberate choice); the new limit."""
        if self.server is None:
            raise ServiceError(t("evaluation.not_serving"))
        try:
            return await self.server.raise_limit()
        except EvaluationError as exc:
            raise ServiceError(exc.message) from None

    def allow_shared(self) -> None:
        """One more answer from a phone (a network address) that has answered."""
        if self.server is not None:
            self.server.allow_shared()

    async def clear_answers(self) -> None:
        """Forget the answers given so far (a test round) and which phones gave them."""
        if self.server is None:
            raise ServiceError(t("evaluation.not_serving"))
        try:
            await self.server.clear_answers()
        except EvaluationError as exc:
            raise ServiceError(exc.message) from None

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
            self.addresses.clear()
            await server.stop()

    async def stop(self) -> None:
        """Stop serving; the evaluation stays open (``start`` serves it again)."""
        server, self.server = self.server, None
        if server is not None:
            await server.stop()


def latest_sheet(first: Path) -> Path | None:
    """The newest sheet of slips written for an evaluation (``first``, ``…-2``, …), if any."""
    found = [p for p in first.parent.glob(f"{first.stem}*.html") if p.is_file()]
    return max(found, key=lambda p: (len(p.name), p.name)) if found else None


def threshold(workspace: Workspace) -> int:
    return workspace.settings.evaluation_threshold


def state(workspace: Workspace, group_id: str, gathering_id: str) -> EvaluationState:
    """What is there before opening. ``NotFound``; ``ServiceError`` for a damaged file."""
    found = workspace.gathering(group_id, gathering_id)
    if found is None:
        raise NotFound(t("evaluation.tui.not_found"))
    _, gathering = found
    evaluation = load_evaluation(workspace, group_id, gathering_id)
    not_held = not_yet_held(gathering, workspace.clock().date())
    if evaluation is None:
        return EvaluationState("none", 0, not_held)
    return EvaluationState(
        evaluation.status, evaluation.count, not_held, evaluation.mode, len(evaluation.ballots)
    )


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
    """Close an evaluation no server is serving (from the results screen or the CLI)."""
    try:
        workspace.answers.close(evaluation)
    except EvaluationError as exc:
        raise ServiceError(exc.message) from None


def clear_answers(workspace: Workspace, evaluation: Evaluation) -> None:
    """Forget an evaluation's answers (given as a test, before the real round); a closed one
    can then be opened again. Confirmed by the caller: it cannot be undone."""
    try:
        workspace.answers.clear(evaluation)
    except EvaluationError as exc:
        raise ServiceError(exc.message) from None


def prepare_slips(
    workspace: Workspace, group_id: str, gathering_id: str, count: int | None = None
) -> tuple[Path, int]:
    """Ballot slips printed ahead, before anyone knows the laptop's address: ``count`` new
    one-time codes (default: one per participant present) on a sheet that carries only the
    codes, which the shared form accepts. The evaluation will open in ballot mode. Returns the
    sheet and the number of slips. ``NotFound``, ``EvaluationClosed``, ``ServiceError``."""
    found = workspace.gathering(group_id, gathering_id)
    if found is None:
        raise NotFound(t("evaluation.tui.not_found"))
    group, gathering = found
    answers = workspace.answers
    goals, today = workspace.library.goals, workspace.clock().date()
    try:
        evaluation = answers.prepare(group, gathering, goals, today)
    except EvaluationError as exc:
        raise ServiceError(exc.message) from None
    if evaluation.status == "closed" and evaluation.answers:
        raise EvaluationClosed(t("evaluation.closed_cannot_reopen"))
    wanted = answer_limit(group, gathering) if count is None else count
    codes = new_codes(max(1, min(wanted, MAX_SLIPS)))
    if evaluation.status == "ready":
        evaluation.mode = "ballot"
    try:
        answers.add_ballots(evaluation, [tokens.digest(c) for c in codes])
    except EvaluationError as exc:
        raise ServiceError(exc.message) from None
    path = next_sheet_path(answers.sheet_path(evaluation.id))
    try:
        write_sheet(path, gathering.title, [(None, c) for c in codes], evaluation.day)
    except OSError as exc:
        raise ServiceError(
            t("evaluation.tui.slips_failed", reason=exc.strerror or str(exc))
        ) from None
    return path, len(codes)
