"""Child-process entry point that parses one document under resource limits.

Run as ``python -m spbe_desktop.documents.worker [--memory-mb N] [--cpu-seconds N] -- PATH``
(or, in a frozen build, ``app --spbe-document-worker ...``). It limits itself first, then prints
the :class:`~spbe_desktop.core.models.DocumentInfo` as UTF-8 JSON on stdout and exits 0. Exit 2
means the path could not be read; any other failure (killed for CPU or memory, a crash) is a
non-zero exit that the parent turns into ``document.text_unreadable``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

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
    parser.add_argument("path", type=Path)
    options = parser.parse_args(args)
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


def apply_limits(*, memory_mb: int, cpu_seconds: int) -> None:
    """Cap this process's address space and CPU time (no-op where ``resource`` is missing).

    Exceeding the memory cap makes allocations fail with MemoryError; exceeding the CPU cap
    delivers SIGXCPU, which terminates the process.

    Args:
        memory_mb: address-space limit in MiB.
        cpu_seconds: CPU-time limit in seconds.
    """
    if sys.platform == "win32":
        # TODO: use a Windows job object; until then the parent's wall-clock timeout applies.
        return
    import resource  # Unix only

    _lower_limit(resource.RLIMIT_AS, memory_mb * _MIB, slack=0)
    _lower_limit(resource.RLIMIT_CPU, cpu_seconds, slack=2)


def _lower_limit(kind: int, soft: int, *, slack: int) -> None:
    import resource  # Unix only

    _, hard = resource.getrlimit(kind)
    new_hard = soft + slack
    if hard != resource.RLIM_INFINITY:
        new_hard = min(new_hard, hard)
        soft = min(soft, hard)
    resource.setrlimit(kind, (soft, new_hard))


if __name__ == "__main__":
    sys.exit(main())
