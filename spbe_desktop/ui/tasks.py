"""Job functions the GUI runs on worker threads: thin compositions of service calls.

Everything here runs off the GUI thread: it must not touch widgets, and it opens its own
``WorkspaceStore``. Functions return plain values or progress generators (see ``ui.jobs``).

The evidence edits themselves live in ``services.evidence``.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import SpbeError
from spbe_desktop.services.attach import Prepared, prepare_document

# Re-exported for the widgets that run them as jobs.
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


@dataclass(frozen=True, slots=True)
class PrepareOutcome:
    """Per file: the metadata proposal, or the error that refused it."""

    path: Path
    prepared: Prepared | None
    error: SpbeError | None


def prepare_many(
    paths: Sequence[Path], cancel: CancelToken
) -> Generator[Progress, None, list[PrepareOutcome]]:
    """Inspect each file (bounded child process) and propose its metadata."""
    out: list[PrepareOutcome] = []
    for k, path in enumerate(paths):
        cancel.raise_if_cancelled()
        yield Progress(k, len(paths), "progress.inspecting", {"name": path.name})
        try:
            out.append(PrepareOutcome(path, prepare_document(path), None))
        except SpbeError as exc:
            out.append(PrepareOutcome(path, None, exc))
    yield Progress(len(paths), len(paths), "progress.inspecting", {"name": ""})
    return out
