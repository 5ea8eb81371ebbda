"""--jobs workers and signals: the pool stops its workers with SIGTERM when the work is done.

``translit`` (``cli.run``) turns SIGTERM into KeyboardInterrupt so the parent removes its temp
output. Forked workers inherited that handler: a worker caught between sending its last result
and releasing the queue lock printed a traceback, or the whole run hung (seen under load on a
5 MB ``link --jobs 2``). Workers take the default SIGTERM and leave Ctrl-C to the parent.
"""

from __future__ import annotations

import signal

from translit import cli


def test_pool_workers_take_the_default_sigterm_and_ignore_ctrl_c() -> None:
    saved = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    saved_worker = cli._WORKER
    try:
        signal.signal(signal.SIGTERM, cli._terminate)  # as the entry point installs it before forking
        cli._init_worker(saved_worker)  # type: ignore[arg-type]
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)
        cli._WORKER = saved_worker
