"""``groupguide evaluation open|results``: the phone evaluation from the command line."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from contextlib import suppress

from groupguide.cli import EXIT_OK, CliError, _find_group, _library, _open_store
from groupguide.i18n import decimal, t
from groupguide.paths import resolve_data_dir


def register(subparsers, export_subparsers) -> None:
    evaluation = subparsers.add_parser("evaluation", help=t("evaluation.cli.help"))
    sub = evaluation.add_subparsers(dest="evaluation_command", metavar="open|results",
                                    required=True)
    opened = sub.add_parser("open", help=t("evaluation.cli.open.help"))
    _common(opened)
    opened.add_argument("--host", metavar="H", help=t("evaluation.cli.opt.host"))
    opened.add_argument("--port", type=int, default=None, metavar="P",
                        help=t("evaluation.cli.opt.port"))
    opened.add_argument("--mode", choices=("open", "ballot"), default="open",
                        help=t("evaluation.cli.opt.mode"))
    opened.add_argument("--slips", type=int, default=None, metavar="N",
                        help=t("evaluation.cli.opt.slips"))
    opened.set_defaults(handler=cmd_open)
    results = sub.add_parser("results", help=t("evaluation.cli.results.help"))
    _common(results)
    results.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    results.set_defaults(handler=cmd_results)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group", required=True, metavar=t("cli.metavar.name"))
    parser.add_argument("--gathering", required=True, metavar="N",
                        help=t("evaluation.cli.opt.gathering"))


def _find_gathering(group, wanted: str):
    text = str(wanted).strip()
    if text.isdigit() and 1 <= int(text) <= len(group.gatherings):
        return group.gatherings[int(text) - 1]
    for gathering in group.gatherings:
        if gathering.id == text or gathering.title.casefold() == text.casefold():
            return gathering
    raise CliError(t("evaluation.cli.no_gathering", wanted=text, count=len(group.gatherings)))


def cmd_results(args: argparse.Namespace) -> int:
    from groupguide.evaluation.answers import AnswerStore, EvaluationError
    from groupguide.evaluation.results import aggregate, bar, threshold_from

    with _open_store(args, read_only=True) as store:
        group = _find_group(store, args.group)
        gathering = _find_gathering(group, args.gathering)
        threshold = threshold_from(store.settings())
    try:
        evaluation = AnswerStore(resolve_data_dir(args.data_dir)).load_for(group.id,
                                                                           gathering.id)
    except EvaluationError as exc:
        raise CliError(exc.message) from None
    if evaluation is None:
        raise CliError(t("evaluation.results.no_evaluation"))
    results = aggregate(evaluation, threshold)
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
    items = [(t("evaluation.results.overall"), results.overall), *[
        (r.title, r) for r in results.blocks], *[(r.title, r) for r in results.goals]]
    for title, item in items:
        mean = "–" if item.mean is None else decimal(item.mean)
        print(f"\n{title}   {t('evaluation.results.mean', mean=mean, n=item.n)}")
        most = max(item.counts)
        for value in range(5, 0, -1):
            count = item.counts[value - 1]
            print(f"  {value} {bar(count, most):<20} {count}")
    headings = {"good": t("evaluation.results.good"), "better": t("evaluation.results.better"),
                "wishes": t("evaluation.results.wishes")}
    for name, heading in headings.items():
        print(f"\n{heading}")
        for text in getattr(results, name) or [t("evaluation.results.none")]:
            print("  • " + text.replace("\n", "\n    "))
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    library = _library(args)
    data_dir = resolve_data_dir(args.data_dir)
    with _open_store(args) as store:
        group = _find_group(store, args.group)
        gathering = _find_gathering(group, args.gathering)
        settings = store.settings()
        try:
            return asyncio.run(_serve(args, data_dir, group, gathering, library, settings))
        except KeyboardInterrupt:
            return EXIT_OK


async def _serve(args, data_dir, group, gathering, library, settings) -> int:
    from datetime import date

    from groupguide.evaluation import tokens
    from groupguide.evaluation.answers import AnswerStore, EvaluationError
    from groupguide.evaluation.ballot import new_codes
    from groupguide.phone.evaluation_server import EvaluationServer, ServerStartError, ServerStatus
    from groupguide.phone.lan import candidates
    from groupguide.phone.qr import ansi_lines, qr_matrix
    from groupguide.phone.slips import write_sheet

    host = args.host or settings.get("evaluation_host") or candidates()[0].address
    port = args.port if args.port is not None else settings.get("evaluation_port", 8765)
    if not isinstance(port, int) or not 0 <= port < 65536:
        raise CliError(t("evaluation.cli.bad_port", port=port), code=2)
    count = args.slips if args.slips is not None else max(1, len(group.participants))
    codes = new_codes(count) if args.mode == "ballot" else []
    store = AnswerStore(data_dir)
    try:
        evaluation = store.open(group, gathering, library.goals, date.today(), args.mode,
                                [tokens.digest(c) for c in codes])
    except EvaluationError as exc:
        raise CliError(exc.message) from None
    done = asyncio.Event()
    last = [evaluation.count]

    def changed(status: ServerStatus) -> None:
        if status.answers != last[0]:
            last[0] = status.answers
            print(t("evaluation.tui.count", count=status.answers), flush=True)

    server = EvaluationServer(store, evaluation, host, port, changed)
    try:
        await server.start()
    except ServerStartError as exc:
        raise CliError(t("evaluation.tui.bind_failed", host=host, reason=exc.message)) from None
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGHUP):
        with suppress(NotImplementedError, RuntimeError, AttributeError, ValueError):
            loop.add_signal_handler(sig, done.set)
    try:
        print(gathering.title)
        if not os.environ.get("NO_COLOR"):
            print("\n".join(ansi_lines(qr_matrix(server.url))))
        print(server.url)
        print(t("evaluation.tui.code", code=tokens.pretty(server.token)))
        if host == "127.0.0.1" and not args.host:
            print(t("evaluation.tui.loopback"), file=sys.stderr)
        if codes:
            path = store.sheet_path(evaluation.id)
            try:
                write_sheet(path, gathering.title, [(server.ballot_url(c), c) for c in codes])
                print(t("evaluation.cli.slips_written", count=len(codes), path=str(path)))
            except OSError as exc:
                print(t("evaluation.tui.slips_failed", reason=exc.strerror or str(exc)),
                      file=sys.stderr)
        print(t("evaluation.tui.count", count=evaluation.count))
        print(t("evaluation.cli.stop_hint"), flush=True)
        await done.wait()
    finally:
        try:
            await server.close_evaluation()
        except EvaluationError as exc:
            print(exc.message, file=sys.stderr)
        await server.stop()
        print(t("evaluation.cli.closed", count=evaluation.count), flush=True)
    return EXIT_OK
