"""Evidence and answer edits the GUI makes: link, unlink, remove, copy out, batch-save answers.

Each function opens its own ``WorkspaceStore``, so it can run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any

from spbe_desktop.core.models import Answer, DocumentRecord
from spbe_desktop.core.names import safe_name
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import StoreError
from spbe_desktop.fileio import atomic_output
from spbe_desktop.services.workspace import _actor_name, _assess
from spbe_desktop.store.workspace_store import WorkspaceStore


def save_answers(workspace: Path, changes: dict[str, dict[str, Any]]) -> dict[str, Answer]:
    """Apply pending answer edits (level 0 = clear the level); returns all answers after."""
    with WorkspaceStore.open(workspace) as store:
        with store.transaction():  # one transaction: the batch is saved whole or not at all
            for indicator, fields in changes.items():
                level = fields.get("level")
                _assess(
                    store,
                    indicator,
                    level=level or None,
                    clear_level=level == 0,
                    note=fields.get("justification"),
                    status=fields.get("status"),
                )
        return store.answers()


def link_documents(
    workspace: Path, doc_ids: Sequence[int], indicator: str, level: int | None
) -> None:
    with WorkspaceStore.open(workspace) as store:
        actor = _actor_name(store)
        for doc_id in doc_ids:
            store.link(doc_id, indicator, level, actor)


def unlink_document(workspace: Path, doc_id: int, indicator: str) -> None:
    with WorkspaceStore.open(workspace) as store:
        store.unlink(doc_id, indicator, _actor_name(store))


def remove_document(workspace: Path, doc_id: int) -> None:
    with WorkspaceStore.open(workspace) as store:
        store.remove_document(doc_id, _actor_name(store))


def export_blob(
    workspace: Path, doc_id: int, folder: Path, cancel: CancelToken
) -> Generator[Progress, None, tuple[Path, str, str]]:
    """Copy a stored document into ``folder`` for viewing; returns (path, mime, title).

    Written to a temporary name and renamed, so a viewer never sees a half-written file; an
    existing copy with the right size is reused.
    """
    with WorkspaceStore.open(workspace) as store:
        doc = store.document(doc_id)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{doc.sha256[:12]}-{safe_name(doc.file_name, 120)}"
        if target.exists() and target.stat().st_size == doc.size:
            return target, doc.mime, doc.title
        done = 0
        try:
            with store.open_blob(doc.sha256) as reader, atomic_output(target) as out:
                for chunk in reader.iter_chunks():
                    cancel.raise_if_cancelled()
                    out.write(chunk)
                    done += len(chunk)
                    yield Progress(
                        done, doc.size, "progress.exporting_document", {"name": doc.file_name}
                    )
        except OSError as exc:
            raise StoreError("store.io", file=target.name, detail=exc.strerror or str(exc)) from exc
        return target, doc.mime, doc.title


def documents(workspace: Path) -> list[DocumentRecord]:
    """The workspace's own stored documents, each with the indicators it is linked to."""
    with WorkspaceStore.open(workspace) as store:
        return store.documents()
