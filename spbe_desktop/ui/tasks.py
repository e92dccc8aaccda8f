"""Job functions the GUI runs on worker threads: thin compositions of service calls.

Everything here runs off the GUI thread: it must not touch widgets, and it opens its own
``WorkspaceStore``. Functions return plain values or progress generators (see ``ui.jobs``).

The evidence edits themselves live in ``services.evidence``.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from pathlib import Path

from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.services.attach import PrepareOutcome, prepare_documents

# The evidence edits are services; widgets run them as jobs through this module.
from spbe_desktop.services.evidence import (
    export_blob,
    link_documents,
    remove_document,
    safe_file_name,
    save_answers,
    unlink_document,
)

__all__ = [
    "PrepareOutcome",
    "export_blob",
    "link_documents",
    "prepare_many",
    "remove_document",
    "safe_file_name",
    "save_answers",
    "unlink_document",
]


def prepare_many(
    paths: Sequence[Path], cancel: CancelToken
) -> Generator[Progress, None, list[PrepareOutcome]]:
    """Inspect each file (one kept, bounded worker process) and propose its metadata."""
    return (yield from prepare_documents(paths, cancel))
