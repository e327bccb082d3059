"""``groupguide evaluation open|results``: the phone evaluation from the command line."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from contextlib import suppress

from groupguide.cli.main import EXIT_OK, EXIT_USAGE, CliError, _library, open_workspace
from groupguide.i18n import decimal, t


def register(subparsers, export_subparsers) -> None:
    evaluation = subparsers.add_parser("evaluation", help=t("evaluation.cli.help"))
    sub = evaluation.add_subparsers(
        dest="evaluation_command", metavar="open|results", required=True
    )
    opened = sub.add_parser("open", help=t("evaluation.cli.open.help"))
    _common(opened)
    opened.add_argument("--host", metavar="H", help=t("evaluation.cli.opt.host"))
    opened.add_argument(
        "--port", type=int, default=None, metavar="P", help=t("evaluation.cli.opt.port")
    )
    opened.add_argument(
        "--mode", choices=("open", "ballot"), default="open", help=t("evaluation.cli.opt.mode")
    )
    opened.add_argument(
        "--slips", type=int, default=None, metavar="N", help=t("evaluation.cli.opt.slips")
    )
    opened.set_defaults(handler=cmd_open)
    results = sub.add_parser("results", help=t("evaluation.cli.results.help"))
    _common(results)
    results.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    results.set_defaults(handler=cmd_results)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group", required=True, metavar=t("cli.metavar.name"))
    parser.add_argument(
        "--gathering", required=True, metavar="N", help=t("evaluation.cli.opt.gathering")
    )


def _target(workspace, args: argparse.Namespace):
    from groupguide.services.lookup import find_gathering, find_group

    group = find_group(workspace, args.group)
    return group, find_gathering(group, args.gathering)


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
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    status = t("evaluation.results.closed" if results.closed else "evaluation.results.open")
    print(gathering.title)
    print(t("evaluation.results.summary", count=results.count, status=status))
    if not results.visible:
        print(t("evaluation.results.hidden", threshold=results.threshold))
        return EXIT_OK
    if results.few:
        print(t("evaluation.results.few", count=results.count, threshold=results.threshold))
    items = [
        (t("evaluation.results.overall"), results.overall),
        *[(r.title, r) for r in results.blocks],
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


def cmd_open(args: argparse.Namespace) -> int:
    if args.port is not None and not 0 <= args.port < 65536:
        raise CliError(t("evaluation.cli.bad_port", port=args.port), code=EXIT_USAGE)
    with open_workspace(args) as workspace:
        _library(args, workspace)
        group, gathering = _target(workspace, args)
        try:
            return asyncio.run(_serve(args, workspace, group, gathering))
        except KeyboardInterrupt:
            return EXIT_OK


async def _serve(args, workspace, group, gathering) -> int:
    from groupguide.phone.qr import ansi_lines, qr_matrix
    from groupguide.services.errors import ServiceError
    from groupguide.services.evaluations import EvaluationSession

    done = asyncio.Event()
    last = [-1]

    def changed(status) -> None:
        if status.answers != last[0]:
            last[0] = status.answers
            print(t("evaluation.tui.count", count=status.answers), flush=True)

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
    url = await session.start(fallback_port=False)
    evaluation = session.evaluation
    last[0] = evaluation.count
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGHUP):
        with suppress(NotImplementedError, RuntimeError, AttributeError, ValueError):
            loop.add_signal_handler(sig, done.set)
    try:
        print(gathering.title)
        if not os.environ.get("NO_COLOR"):
            print("\n".join(ansi_lines(qr_matrix(url))))
        print(url)
        print(t("evaluation.tui.code", code=session.code))
        if session.candidate.loopback and not args.host:
            print(t("evaluation.tui.loopback"), file=sys.stderr)
        try:
            path = session.write_slips()
            if path is not None:
                print(t("evaluation.cli.slips_written", count=len(session.codes), path=str(path)))
        except OSError as exc:
            print(
                t("evaluation.tui.slips_failed", reason=exc.strerror or str(exc)), file=sys.stderr
            )
        print(t("evaluation.tui.count", count=evaluation.count))
        print(t("evaluation.cli.stop_hint"), flush=True)
        await done.wait()
    finally:
        try:
            await session.close()
        except ServiceError as exc:
            print(exc.message, file=sys.stderr)
        print(t("evaluation.cli.closed", count=evaluation.count), flush=True)
    return EXIT_OK
