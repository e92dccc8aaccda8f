"""Child-process entry point that parses one document under resource limits.

Run as ``python -m spbe_desktop.documents.worker [--memory-mb N] [--cpu-seconds N] -- PATH``
(or, in a frozen build, ``app --spbe-document-worker ...``). It limits itself first, then prints
the :class:`~spbe_desktop.core.models.DocumentInfo` as UTF-8 JSON on stdout and exits 0. Exit 2
means the path could not be read; any other failure (killed for CPU or memory, a crash) is a
non-zero exit that the parent turns into ``document.text_unreadable``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from spbe_desktop import winapi
from spbe_desktop.documents.inspect import (
    DEFAULT_MEMORY_MB,
    FROZEN_WORKER_FLAG,
    info_to_json,
    inspect_in_process,
)
from spbe_desktop.errors import DocumentError

_MIB = 1024 * 1024


def main(argv: Sequence[str] | None = None) -> int:
    """Inspect the document named on the command line and print the result as JSON.

    Args:
        argv: arguments without the program name; ``sys.argv[1:]`` when None. A leading
            ``--spbe-document-worker`` (the frozen-build dispatch flag) is ignored.

    Returns:
        The process exit status: 0 on success, 2 when the path cannot be read.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == [FROZEN_WORKER_FLAG]:
        args = args[1:]
    parser = argparse.ArgumentParser(prog="spbe-document-worker")
    parser.add_argument("--memory-mb", type=int, default=DEFAULT_MEMORY_MB)
    parser.add_argument("--cpu-seconds", type=int, default=31)
    parser.add_argument("--serve", action="store_true", help="inspect paths read from stdin")
    parser.add_argument("path", type=Path, nargs="?")
    options = parser.parse_args(args)
    if options.serve:
        return serve(memory_mb=options.memory_mb, cpu_seconds=options.cpu_seconds)
    if options.path is None:
        parser.error("a path is needed")
    apply_limits(memory_mb=options.memory_mb, cpu_seconds=options.cpu_seconds)
    # Parsers chatter about every oddity of a broken file; the parent only needs the result.
    warnings.simplefilter("ignore")
    logging.disable(logging.WARNING)
    try:
        info = inspect_in_process(options.path)
    except DocumentError as exc:
        sys.stderr.write(f"{exc.code}\n")
        return 2
    sys.stdout.buffer.write(info_to_json(info))
    sys.stdout.buffer.flush()
    return 0


def serve(*, memory_mb: int, cpu_seconds: int) -> int:
    """Answer one JSON request line ``{"path": ...}`` at a time with one JSON result line.

    The address-space limit holds for the whole life of the worker; the CPU limit is a budget
    of ``cpu_seconds`` per document, raised before each one (exceeding it ends the worker, and
    the parent starts another). A path that cannot be read answers ``!<error code>``.
    """
    apply_limits(memory_mb=memory_mb, cpu_seconds=cpu_seconds, cpu_hard=None)
    warnings.simplefilter("ignore")
    logging.disable(logging.WARNING)
    out = sys.stdout.buffer
    for raw in sys.stdin.buffer:
        try:
            path = Path(json.loads(raw)["path"])
        except (ValueError, KeyError, TypeError):
            return 2
        _raise_cpu_budget(cpu_seconds, memory_mb)
        try:
            line = info_to_json(inspect_in_process(path)).replace(b"\n", b" ")
        except DocumentError as exc:
            line = b"!" + exc.code.encode("ascii")
        out.write(line + b"\n")
        out.flush()
    return 0


def _raise_cpu_budget(seconds: int, memory_mb: int) -> None:
    if sys.platform == "win32":
        # The job's limit is on user time since the start: move it ``seconds`` past now.
        winapi.limit_this_process(memory_mb * _MIB, os.times().user + seconds)
        return
    import resource  # Unix only

    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = int(used.ru_utime + used.ru_stime) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = spent + seconds
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def apply_limits(*, memory_mb: int, cpu_seconds: int, cpu_hard: int | None = 0) -> None:
    """Cap this process's memory and CPU time.

    POSIX: ``RLIMIT_AS`` and ``RLIMIT_CPU``. Windows: a Job Object with a per-process memory
    limit and a user-time limit (:func:`spbe_desktop.winapi.limit_this_process`); if Windows
    refuses the job, the parent's memory watchdog and wall-clock timeout still apply.
    Exceeding the memory cap makes allocations fail with MemoryError; exceeding the CPU cap
    ends the process (SIGXCPU on POSIX, the job on Windows).

    Args:
        memory_mb: memory limit in MiB (address space on POSIX, committed memory on Windows).
        cpu_seconds: CPU-time limit in seconds.
        cpu_hard: None for a serving worker, which raises its own CPU budget per document.
    """
    if sys.platform == "win32":
        cpu = None if cpu_hard is None else float(cpu_seconds)
        winapi.limit_this_process(memory_mb * _MIB, cpu)
        return
    import resource  # Unix only

    _lower_limit(resource.RLIMIT_AS, memory_mb * _MIB, slack=0)
    if cpu_hard is not None:  # one-shot worker: a fixed budget; a serving worker raises its own
        _lower_limit(resource.RLIMIT_CPU, cpu_seconds, slack=2)


def _lower_limit(kind: int, soft: int, *, slack: int) -> None:
    if sys.platform == "win32":
        return
    import resource  # Unix only

    _, hard = resource.getrlimit(kind)
    new_hard = soft + slack
    if hard != resource.RLIM_INFINITY:
        new_hard = min(new_hard, hard)
        soft = min(soft, hard)
    resource.setrlimit(kind, (soft, new_hard))


if __name__ == "__main__":
    sys.exit(main())
