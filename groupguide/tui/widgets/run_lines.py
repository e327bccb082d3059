"""What run mode's lines say, built from a ``RunSession``: pure functions from the session to
``Content`` (user text literal), so that the run screen only places them in its widgets."""

from __future__ import annotations

from textual.content import Content

from groupguide.domain.audit import MAX_FIGURE, parse_figure
from groupguide.domain.timeline import held_intervals, span_text
from groupguide.domain.values import minutes_of, time_of
from groupguide.i18n import join_and, t
from groupguide.services.run_session import RunSession
from groupguide.tui.widgets.round_timer import clock_text


def parse_entry(raw: str, maximum: float = MAX_FIGURE) -> tuple[bool, float] | None:
    """The leader's entry: "4,2" → (add, 4.2); "-4,2" → (remove, 4.2)."""
    text = raw.strip()
    remove = text.startswith("-")
    value = parse_figure(text[1:] if remove else text, maximum)
    return None if value is None else (not remove, value)


def now_line(session: RunSession) -> Content:
    """ "Block 3 of 9: title (activity) · presenter", or the run is finished."""
    block = session.block()
    total = len(session.gathering.blocks)
    if block is None:
        tally = session.tally()
        if tally.skipped:
            return Content(
                t("run.finished.some", held=tally.held, total=total, skipped=tally.skipped)
            )
        return Content(t("run.finished", count=total))
    activity = session.activity(block)
    label = activity.title if activity else block.activity
    parts = [t("run.now", number=session.state.index + 1, total=total), block.title or label]
    if block.title and label != block.title:
        parts.append(f"({label})")
    if block.presenters:
        names = join_and([session.person(p) for p in block.presenters])
        parts.append("· " + t("run.presenter", name=names))
    return Content(" ".join(parts))


def status_line(session: RunSession) -> Content:
    state = session.state
    if state.finished(session.gathering):
        return Content(t("run.status.finished"))
    if state.running:
        return Content.styled(t("run.status.running"), "bold $text-success")
    return Content.styled(t("run.status.paused"), "bold $text-warning")


def phase_key(session: RunSession, now: float) -> tuple[int, int, int] | None:
    """What the phase lines depend on (repaint only when it changes); None without phases."""
    phases = session.phases()
    if not phases:
        return None
    state = session.state
    return (
        state.phase_index(session.gathering),
        int(state.phase_elapsed(session.gathering, now)),
        len(phases),
    )


def phase_lines(session: RunSession, key: tuple[int, int, int]) -> Content:
    """The phase with its time (red when over), and the next phase or that this is the last."""
    index, seconds, _ = key
    phases = session.phases()
    phase, minutes = phases[min(index, len(phases) - 1)]
    over = seconds > minutes * 60
    line = Content.assemble(
        (t("run.phase", number=index + 1, total=len(phases)), "bold"),
        " ",
        phase.title,
        "  ",
        (f"{clock_text(seconds)} / {minutes} min", "bold $text-error" if over else "$text-muted"),
    )
    if index + 1 < len(phases):
        after, after_minutes = phases[index + 1]
        strip = Content.styled(
            t("run.phase.next", title=after.title, minutes=after_minutes), "$text-muted"
        )
    else:
        strip = Content.styled(t("run.phase.last"), "$text-muted")
    return Content("\n").join([line, strip])


def drift_text(session: RunSession, now: float) -> str:
    """Behind or ahead of the plan, with the expected end; once the day is over, when it was
    held."""
    state, gathering = session.state, session.gathering
    if state.finished(gathering):
        rows = held_intervals(gathering)
        if rows:
            return t(
                "run.drift.held",
                span=span_text(min(r.start for r in rows), max(r.end for r in rows)),
            )
    drift = state.drift_minutes(gathering, now)
    # past midnight the minute of the day goes on counting: 24:35 is 00:35
    end_minute = state.expected_end_minute(gathering, now, session.minute_of_day()) % (24 * 60)
    expected = time_of(end_minute).strftime("%H:%M")
    if drift > 0:
        return t("run.drift.behind", minutes=drift, end=expected)
    if drift < 0:
        # time gained by skipping is said as such, not as a quick pace
        skipped = sum(1 for block in gathering.blocks[: state.index] if not block.held)
        if skipped:
            return t("run.drift.ahead_skipped", minutes=-drift, end=expected, count=skipped)
        return t("run.drift.ahead", minutes=-drift, end=expected)
    return t("run.drift.on_time", end=expected)


def next_line(session: RunSession, drift: str) -> Content:
    """What comes next (planned time, title, minutes) and the drift."""
    state, gathering = session.state, session.gathering
    upcoming = state.next_block_planned(gathering)
    if state.finished(gathering):
        line = t("run.next.none_finished")
    elif upcoming is None:
        line = t("run.next.last")
    else:
        # when it should begin: once the current block has had its planned minutes, from now
        current = state.current_block(gathering)
        left = current.minutes - state.elapsed(gathering, session.now()) / 60 if current else 0
        begins = round(session.minute_of_day() + max(0.0, left))
        if upcoming.pinned is not None and minutes_of(upcoming.pinned) > begins:
            begins = minutes_of(upcoming.pinned)  # waiting for its fixed time (lunch)
        begins %= 24 * 60
        activity = session.activity(upcoming)
        line = t(
            "run.next.block",
            time=time_of(begins).strftime("%H:%M"),
            title=upcoming.title or (activity.title if activity else upcoming.activity),
            minutes=upcoming.minutes,
        )
    return Content(f"{line}  ·  {drift}")


def help_rows(session: RunSession) -> list[Content]:
    """F1 in run mode: the current phase with its description, its tips for the leader and
    the source it follows; then the activity, what it is and its source."""
    block = session.block()
    activity = session.activity(block)
    if block is None or activity is None:
        return []
    rows: list[Content] = []
    phases = session.phases()
    if phases:
        index = min(session.state.phase_index(session.gathering), len(phases) - 1)
        phase = phases[index][0]
        title = t("run.help.phase", number=index + 1, total=len(phases), title=phase.title)
        rows.append(Content.styled(title, "bold"))
        if phase.description:
            rows.append(Content(phase.description))
        if phase.guidance:
            rows.append(Content.styled(t("run.guidance"), "bold $text-warning"))
            rows += [Content.assemble(("› ", "bold $text-warning"), tip) for tip in phase.guidance]
        if phase.source:
            rows.append(Content.styled(t("run.help.source", source=phase.source), "dim"))
        rows.append(Content(""))
    rows.append(Content.styled(t("run.help.now", activity=activity.title), "bold"))
    if activity.description:
        rows.append(Content(activity.description))
    if activity.source:
        rows.append(Content.styled(t("run.help.source", source=activity.source), "dim"))
    return rows
