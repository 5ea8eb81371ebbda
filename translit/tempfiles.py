"""Temporary names that carry the writer's process ID, so a later run can remove what a killed run left.

SIGKILL runs no cleanup: the temporary file of an output (``.OUT.PID.XXXX.tmp``) or a half-built
index (``.build-PID.XXXX.tmp``) would stay forever. Each writer first deletes the ones in its
directory whose process has exited. A PID reused by a new process keeps its leftover until then.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection
from pathlib import Path

SUFFIX = ".tmp"


def prefix(stem: str) -> str:
    """The start of this process's temporary names: ``stem`` + PID + "." (mkstemp adds random letters)."""
    return f"{stem}{os.getpid()}."


def remove_stale(directory: str | Path, stem: str, names: Collection[str] = ()) -> None:
    """Delete the ``stem PID.XXXX.tmp`` files in directory whose process is gone.

    A directory of that name is emptied of ``names`` only (what the writer puts in it) and removed if that
    leaves it empty: nothing translit did not write is ever deleted.
    """
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        pid = _writer(entry.name, stem)
        if pid is None or _running(pid):
            continue
        if entry.is_dir(follow_symlinks=False):
            remove_dir(entry.path, names)
        else:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def remove_dir(path: str | Path, names: Collection[str]) -> None:
    """Remove the files ``names`` from a directory translit made, then the directory if it is empty now."""
    for name in names:
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(path, name))
    with contextlib.suppress(OSError):
        os.rmdir(path)


def _writer(name: str, stem: str) -> int | None:
    """The PID in a temporary name of ours, or None for any other name (out.jsonl.2's temp files included)."""
    if not (name.startswith(stem) and name.endswith(SUFFIX)):
        return None
    pid, dot, random = name[len(stem):-len(SUFFIX)].partition(".")
    return int(pid) if pid.isdigit() and dot and random and "." not in random else None


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap liveness check: never delete
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # alive, owned by someone else
    return True
