"""Turn a file into a :class:`~spbe_desktop.core.models.DocumentInfo`: the public entry points.

PDF and DOCX parsing runs in a child process (:mod:`spbe_desktop.documents.worker`) with memory
and CPU limits and a wall-clock timeout, because a crafted or broken file can make pypdf or lxml
spin or allocate without bound, and the caller (a GUI job, the CLI) must survive that. Bad
*content* is never an exception here: it becomes a warning code in the result. Only a path that
cannot be read at all (missing, a folder, no permission) raises :class:`DocumentError`.

Images and plain text are read in-process: they need a few header bytes or one bounded read.
The child-process plumbing is in :mod:`.child`, the parsers in :mod:`.extract`; their public
names are re-exported here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from spbe_desktop.core.models import DocumentInfo
from spbe_desktop.documents import detect
from spbe_desktop.documents.child import (
    CHILD_MIMES,
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT_S,
    FROZEN_WORKER_FLAG,
    DocumentInspector,
    info_from_json,
    info_to_json,
    inspect_in_child,
    worker_command,
)
from spbe_desktop.documents.extract import (
    EMPTY,
    ENCRYPTED,
    MAX_TEXT_CHARS,
    SCANNED_NO_TEXT,
    TEXT_TRUNCATED,
    TEXT_UNREADABLE,
    checked_mime,
    docx_info,
    pdf_info,
    simple_info,
    unreadable,
)

__all__ = [
    "DEFAULT_MEMORY_MB",
    "DEFAULT_TIMEOUT_S",
    "EMPTY",
    "ENCRYPTED",
    "FROZEN_WORKER_FLAG",
    "MAX_TEXT_CHARS",
    "SCANNED_NO_TEXT",
    "TEXT_TRUNCATED",
    "TEXT_UNREADABLE",
    "DocumentInspector",
    "info_from_json",
    "info_to_json",
    "inspect_document",
    "inspect_in_process",
    "unreadable",
    "worker_command",
]

logger = logging.getLogger(__name__)


def inspect_document(
    path: Path,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    memory_mb: int = DEFAULT_MEMORY_MB,
) -> DocumentInfo:
    """Inspect a document safely: PDF and DOCX are parsed in a limited child process.

    Blocks for up to ``timeout_s`` (plus process start-up), so call it from a job, never from
    the UI thread.

    Args:
        path: the file to inspect.
        timeout_s: wall-clock seconds the child may take before it is killed; its CPU limit is
            this rounded up plus one second.
        memory_mb: memory limit of the child, in MiB (address space on POSIX, committed
            memory on Windows).

    Returns:
        What could be learnt. A document that is encrypted, malformed, too slow or too large to
        parse yields ``text=""`` and a warning such as ``document.text_unreadable`` instead of an
        exception.

    Raises:
        DocumentError: ``document.not_found``, ``document.not_a_file`` or
            ``document.read_failed`` when the path itself cannot be read.
        ValueError: ``timeout_s`` or ``memory_mb`` is not positive.
    """
    if timeout_s <= 0 or memory_mb <= 0:
        raise ValueError("timeout_s and memory_mb must be positive")
    mime, empty = checked_mime(path)
    if empty is not None:
        return empty
    if mime not in CHILD_MIMES:
        return simple_info(path, mime)
    return inspect_in_child(path, mime, timeout_s, memory_mb)


def inspect_in_process(path: Path) -> DocumentInfo:
    """Inspect a document in the calling process, without any resource limit.

    This is what the worker runs inside the child; tests and fuzzers call it directly. Prefer
    :func:`inspect_document` for files from users.

    Args:
        path: the file to inspect.

    Returns:
        What could be learnt; content problems become warning codes, never exceptions.

    Raises:
        DocumentError: when the path itself cannot be read (see :func:`inspect_document`).
    """
    mime, empty = checked_mime(path)
    if empty is not None:
        return empty
    parser: Callable[[Path, int], DocumentInfo]
    if mime == detect.PDF:
        parser = pdf_info
    elif mime == detect.DOCX:
        parser = docx_info
    else:
        return simple_info(path, mime, MAX_TEXT_CHARS)
    try:
        # The cap is read here, at call time, so a test can lower it on this module.
        return parser(path, MAX_TEXT_CHARS)
    # NOTE: this is the boundary where arbitrary bytes meet third-party parsers, which raise
    # anything from KeyError to RecursionError or MemoryError on crafted input. Every such
    # failure means the same thing to the user: the text could not be read.
    except Exception as exc:
        logger.warning("could not parse %s as %s: %r", path.name, mime, exc)
        return unreadable(mime)
