"""Temporary files that belong to a workspace, and their removal when a program was killed.

An export writes its bundle under hidden pending names beside the chosen file and renames them
only after the workspace committed the bundle's sequence number. A kill (or a dying battery)
between those steps used to leave the pending files behind for good: gigabytes of hidden files,
some of them complete, validly signed bundles that no ledger knows. So every export is
registered in the workspace *before* its first byte is written, holds an OS lock on a small
lock file beside its output while it runs, and is forgotten when it ends. Whenever the workspace
is opened, :func:`clean_leftovers` looks at the registered exports whose lock is free (their
program is gone): a committed one is finished (renamed into place), any other is deleted.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spbe_desktop import paths
from spbe_desktop.errors import FileInUseError
from spbe_desktop.fileio import (
    FileLock,
    fsync_folder,
    remove_stale_temp_dirs,
    replace,
    temporaries,
)

if TYPE_CHECKING:
    from spbe_desktop.store.workspace_store import WorkspaceStore

log = logging.getLogger(__name__)

PENDING_EXPORTS = "pending_exports"
#: Folders in the user's cache where an import copies split parts / stages documents.
PARTS_PREFIX = "spbe-parts-"
STAGING_PREFIX = "spbe-import-"


@dataclass(frozen=True, slots=True)
class PendingExport:
    """One export in flight: where it writes, where its files go, whether it committed."""

    bundle_uuid: str
    lock: str
    pending: tuple[str, ...]
    final: tuple[str, ...]
    committed: bool = False

    @classmethod
    def from_json(cls, data: Any) -> PendingExport | None:
        try:
            return cls(
                bundle_uuid=str(data["bundle_uuid"]),
                lock=str(data["lock"]),
                pending=tuple(str(p) for p in data["pending"]),
                final=tuple(str(p) for p in data["final"]),
                committed=bool(data.get("committed", False)),
            )
        except (KeyError, TypeError):
            return None


def pending_exports(store: WorkspaceStore) -> list[PendingExport]:
    raw = store.setting(PENDING_EXPORTS, [])
    found = [PendingExport.from_json(x) for x in raw] if isinstance(raw, list) else []
    return [p for p in found if p is not None]


def _save(store: WorkspaceStore, items: list[PendingExport]) -> None:
    store.set_setting(PENDING_EXPORTS, [asdict(p) for p in items])


def register_export(store: WorkspaceStore, entry: PendingExport) -> None:
    """Record an export before it creates any file, its lock file included (own transaction).

    Earlier entries of exports that are gone are settled first, so none of them can later
    mistake this export's files (same names, same output) for its own.
    """
    clean_leftovers(store)
    with store.transaction():
        items = [p for p in pending_exports(store) if p.bundle_uuid != entry.bundle_uuid]
        _save(store, [*items, entry])


def mark_export_committed(store: WorkspaceStore, entry: PendingExport) -> None:
    """Inside the transaction that commits the export's sequence number (re-adds the entry if
    another program settled it meanwhile)."""
    committed = PendingExport(entry.bundle_uuid, entry.lock, entry.pending, entry.final, True)
    items = [p for p in pending_exports(store) if p.bundle_uuid != entry.bundle_uuid]
    _save(store, [*items, committed])


def forget_export(store: WorkspaceStore, bundle_uuid: str) -> None:
    with store.transaction():
        _save(store, [p for p in pending_exports(store) if p.bundle_uuid != bundle_uuid])


def clean_leftovers(store: WorkspaceStore) -> list[str]:
    """Finish or remove the files of exports whose program is gone; returns what was done.

    Never raises for file-system trouble (a flash disk that is not plugged in, a read-only
    folder): such an entry stays registered and is tried again next time.
    """
    done: list[str] = []
    items = pending_exports(store)
    if not items:
        return done
    keep: list[PendingExport] = []
    for entry in items:
        try:
            lock = FileLock.try_acquire(Path(entry.lock))
        except OSError:
            keep.append(entry)
            continue
        if lock is None:  # still being written by a running program
            keep.append(entry)
            continue
        try:
            done += _settle(entry)
        except (OSError, FileInUseError) as exc:
            log.warning("could not clean up export %s: %s", entry.bundle_uuid, exc)
            keep.append(entry)
            continue
        finally:
            lock.release()
        with contextlib.suppress(OSError):
            Path(entry.lock).unlink()
    if len(keep) != len(items):
        _save(store, keep)
    return done


def _settle(entry: PendingExport) -> list[str]:
    done: list[str] = []
    pairs = [(Path(p), Path(f)) for p, f in zip(entry.pending, entry.final, strict=False)]
    for pending, final in pairs:
        for tmp in temporaries(pending):
            tmp.unlink(missing_ok=True)
            done.append(f"removed {tmp}")
        if not pending.exists():
            continue
        if entry.committed and not final.exists():
            # The workspace recorded this bundle; only the rename was missing.
            replace(pending, final)
            fsync_folder(final.parent)
            done.append(f"finished {final}")
        else:
            pending.unlink()
            done.append(f"removed {pending}")
    return done


def remove_stale_import_files() -> int:
    """Remove part copies and staged documents that killed imports left; returns folders removed.

    Folders still held by a running import (in this or another program) are kept.
    """
    cache = paths.cache_dir()
    if not cache.is_dir():
        return 0
    return remove_stale_temp_dirs(cache, PARTS_PREFIX) + remove_stale_temp_dirs(
        cache, STAGING_PREFIX
    )
