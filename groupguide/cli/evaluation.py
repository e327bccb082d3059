"""``groupguide evaluation open|close|clear|slips|results``: the phone evaluation from the command
line.

``open`` serves the form until Ctrl-C (or SIGTERM/SIGHUP), which stops serving and leaves the
evaluation open: ``open`` again serves it at the same address and code, ``close`` closes it.
Questions (a gathering not yet held, clearing answers) are asked on a terminal and need
``--yes`` otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from contextlib import suppress

from groupguide.cli.main import EXIT_OK, EXIT_USAGE, CliError, _library, open_workspace
from groupguide.cli.safe_output import clean, unfiltered
from groupguide.i18n import decimal, t


def register(subparsers, export_subparsers) -> None:
    evaluation = subparsers.add_parser("evaluation", help=t("evaluation.cli.help"))
    sub = evaluation.add_subparsers(
        dest="evaluation_command", metavar="open|close|clear|slips|results", required=True
    )
    opened = sub.add_parser("open", help=t("evaluation.cli.open.help"))
    _common(opened)
    opened.add_argument("--host", metavar="H", help=t("evaluation.cli.opt.host"))
    opened.add_argument(
        "--port", type=int, default=None, metavar="P", help=t("evaluation.cli.opt.port")
    )
    opened.add_argument(
        "--mode", choices=("open", "ballot"), default=None, help=t("evaluation.cli.opt.mode")
    )
    opened.add_argument(
        "--slips", type=int, default=None, metavar="N", help=t("evaluation.cli.opt.slips")
    )
    _yes(opened)
    opened.set_defaults(handler=cmd_open)
    closed = sub.add_parser("close", help=t("evaluation.cli.close.help"))
    _common(closed)
    closed.set_defaults(handler=cmd_close)
    cleared = sub.add_parser("clear", help=t("evaluation.cli.clear.help"))
    _common(cleared)
    _yes(cleared)
    cleared.set_defaults(handler=cmd_clear)
    slips = sub.add_parser("slips", help=t("evaluation.cli.slips.help"))
    _common(slips)
    slips.add_argument(
        "--count", type=int, default=None, metavar="N", help=t("evaluation.cli.opt.slips")
    )
    slips.set_defaults(handler=cmd_slips)
    results = sub.add_parser("results", help=t("evaluation.cli.results.help"))
    _common(results)
    results.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    results.set_defaults(handler=cmd_results)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group", required=True, metavar=t("cli.metavar.name"))
    parser.add_argument(
        "--gathering", required=True, metavar="N", help=t("evaluation.cli.opt.gathering")
    )


def _yes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--yes", action="store_true", help=t("evaluation.cli.opt.yes"))


def _target(workspace, args: argparse.Namespace):
    from groupguide.services.lookup import find_gathering, find_group

    group = find_group(workspace, args.group)
    return group, find_gathering(group, args.gathering)


def _ask(question: str, args: argparse.Namespace) -> bool:
    """Yes with ``--yes``; else asked on a terminal; refused (with how to say yes) otherwise."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise CliError(t("evaluation.cli.needs_yes", question=question), code=EXIT_USAGE)
    try:
        answer = input(clean(f"{question} {t('evaluation.cli.yes_no')} "))
    except EOFError:
        return False
    return answer.strip().casefold() in ("j", "ja", "y", "yes")


def cmd_results(args: argparse.Namespace) -> int:
    from groupguide.evaluation.results import bar
    from groupguide.services import evaluations

    with open_workspace(args, read_only=True) as workspace:
        group, gathering = _target(workspace, args)
        evaluation = evaluations.load_evaluation(workspace, group.id, gathering.id)
        if evaluation is None:
            raise CliError(t("evaluation.results.no_evaluation"))
        results = evaluations.results(workspace, evaluation)
    if args.json:
        data = results.to_dict()
        data["leader_evaluation"] = gathering.leader_evaluation
        data["oral_round_notes"] = gathering.oral_round_notes
        data["oral_wishes"] = list(gathering.oral_wishes)
        data["teachers"] = [x.to_dict() for x in gathering.teachers]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(gathering.title)
    print(t("evaluation.results.summary", count=results.count, status=status_text(results)))
    if not results.visible:
        print(hidden_text(results))
        return EXIT_OK
    items = [
        (t("evaluation.results.overall"), results.overall),
        *[(r.title, r) for r in results.blocks],
        *[(r.title, r) for r in results.aspects],
        *[(r.title, r) for r in results.goals],
    ]
    for title, item in items:
        mean = "–" if item.mean is None else decimal(item.mean)
        print(f"\n{title}   {t('evaluation.results.mean', mean=mean, n=item.n)}")
        most = max(item.counts)
        for value in range(5, 0, -1):
            count = item.counts[value - 1]
            print(f"  {value} {bar(count, most):<20} {count}")
    headings = {
        "good": t("evaluation.results.good"),
        "better": t("evaluation.results.better"),
        "wishes": t("evaluation.results.wishes"),
    }
    for name, heading in headings.items():
        print(f"\n{heading}")
        for text in getattr(results, name) or [t("evaluation.results.none")]:
            print("  • " + text.replace("\n", "\n    "))
    return EXIT_OK


def status_text(results) -> str:
    return t("evaluation.results.closed" if results.closed else "evaluation.results.open")


def hidden_text(results) -> str:
    """Why nothing is shown: still open, or too few answers even though closed."""
    if not results.closed:
        return t("evaluation.results.hidden", threshold=results.threshold)
    if not results.count:
        return t("evaluation.results.nobody")
    return t("evaluation.results.too_few", count=results.count, threshold=results.threshold)


def cmd_close(args: argparse.Namespace) -> int:
    from groupguide.services import evaluations

    with open_workspace(args) as workspace:
        group, gathering = _target(workspace, args)
        evaluation = evaluations.load_evaluation(workspace, group.id, gathering.id)
        if evaluation is None:
            raise CliError(t("evaluation.results.no_evaluation"))
        if evaluation.status == "closed":
            print(t("evaluation.cli.already_closed", count=evaluation.count))
            return EXIT_OK
        evaluations.close_evaluation(workspace, evaluation)
        threshold = evaluations.threshold(workspace)
    print(t("evaluation.cli.closed", count=evaluation.count))
    if 0 < evaluation.count < threshold:
        print(t("evaluation.results.too_few", count=evaluation.count, threshold=threshold))
    return EXIT_OK


def cmd_clear(args: argparse.Namespace) -> int:
    from groupguide.services import evaluations

    with open_workspace(args) as workspace:
        group, gathering = _target(workspace, args)
        evaluation = evaluations.load_evaluation(workspace, group.id, gathering.id)
        if evaluation is None:
            raise CliError(t("evaluation.results.no_evaluation"))
        if not _ask(t("evaluation.clear_question", count=evaluation.count), args):
            print(t("evaluation.cli.nothing_done"))
            return EXIT_OK
        evaluations.clear_answers(workspace, evaluation)
    print(t("evaluation.cli.cleared", count=evaluation.count))
    return EXIT_OK


def cmd_slips(args: argparse.Namespace) -> int:
    from groupguide.services import evaluations

    if args.count is not None and args.count < 1:
        raise CliError(t("evaluation.cli.bad_count", count=args.count), code=EXIT_USAGE)
    with open_workspace(args) as workspace:
        _library(args, workspace)
        group, gathering = _target(workspace, args)
        path, count = evaluations.prepare_slips(workspace, group.id, gathering.id, args.count)
    print(t("evaluation.cli.slips_ahead", count=count, path=str(path)))
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    from groupguide.services import evaluations

    if args.port is not None and not 0 <= args.port < 65536:
        raise CliError(t("evaluation.cli.bad_port", port=args.port), code=EXIT_USAGE)
    with open_workspace(args) as workspace:
        _library(args, workspace)
        group, gathering = _target(workspace, args)
        state = evaluations.state(workspace, group.id, gathering.id)
        if state.status == "closed" and state.count:
            raise CliError(t("evaluation.cli.closed_hint", count=state.count))
        if state.not_held and state.status in ("none", "ready"):
            if not _ask(t("evaluation.not_held_question", title=gathering.title), args):
                print(t("evaluation.cli.nothing_done"))
                return EXIT_OK
        try:
            return asyncio.run(_serve(args, workspace, group, gathering))
        except KeyboardInterrupt:  # a second Ctrl-C while stopping
            return EXIT_OK


async def _serve(args, workspace, group, gathering) -> int:
    from groupguide.phone.qr import ansi_lines, qr_matrix
    from groupguide.services.evaluations import EvaluationSession

    done = asyncio.Event()
    last = [-1]

    def changed(status) -> None:
        if status.answers != last[0]:
            last[0] = status.answers
            print(t("evaluation.cli.count", count=status.answers, cap=status.cap), flush=True)

    session = EvaluationSession(
        workspace,
        group.id,
        gathering.id,
        args.mode,
        changed,
        host=args.host,
        port=args.port,
        slips=args.slips,
    )
    url = await session.start()
    evaluation = session.evaluation
    last[0] = evaluation.count
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        with suppress(NotImplementedError, RuntimeError, AttributeError, ValueError):
            loop.add_signal_handler(sig, done.set)
    try:
        print(gathering.title)
        if not os.environ.get("NO_COLOR"):  # drawn with escape sequences: past the filter
            out = unfiltered(sys.stdout)
            out.write("\n".join(ansi_lines(qr_matrix(url))) + "\n")
            out.flush()
        print(url)
        print(t("evaluation.tui.code", code=session.code))
        if session.notice:
            print(session.notice, file=sys.stderr)
        if session.candidate.loopback and not args.host:
            print(t("evaluation.tui.loopback"), file=sys.stderr)
        trust = (
            "evaluation.mode_trust_ballot"
            if evaluation.mode == "ballot"
            else "evaluation.mode_trust_open"
        )
        print(t(trust))
        try:
            path = session.write_slips()
            if path is not None:
                print(t("evaluation.cli.slips_written", path=str(path)))
        except OSError as exc:
            print(
                t("evaluation.tui.slips_failed", reason=exc.strerror or str(exc)), file=sys.stderr
            )
        print(t("evaluation.cli.count", count=evaluation.count, cap=evaluation.cap))
        print(t("evaluation.cli.stop_hint"), flush=True)
        await done.wait()
    finally:
        await session.stop()
        print(t("evaluation.cli.stopped", count=evaluation.count), flush=True)
    return EXIT_OK
