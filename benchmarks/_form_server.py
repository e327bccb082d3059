"""A form server in its own process for evaluation_bench: ``ours DIR`` or ``bare``.

Prints the form URL on its first line, then serves until stdin closes.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path


async def main(kind: str, data_dir: str | None) -> None:
    from benchmarks.evaluation_bench import _bare_server, _our_server

    if kind == "ours":
        server = await _our_server(Path(data_dir))
        url, stop = server.url, server.stop
    else:
        runner, url = await _bare_server()
        stop = runner.cleanup
    print(url, flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    await stop()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
