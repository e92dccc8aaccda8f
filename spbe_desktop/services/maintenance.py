"""Backups and checks of whole workspace files."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from spbe_desktop.core.models import CheckResult
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import StoreError
from spbe_desktop.fileio import atomic_path, temporaries
from spbe_desktop.store.workspace_store import WorkspaceStore


def key_protected(workspace: Path) -> bool:
    """Is the workspace's signing key encrypted with a passphrase?

    A backup carries the key as it is stored: without a passphrase, whoever reads the backup
    can sign bundles as this OPD (the CLI says so; backups are written with mode 0600).
    """
    with WorkspaceStore.open(workspace) as store:
        return store.profile().key_protected


def check_workspace(
    workspace: Path, cancel: CancelToken | None = None
) -> Generator[Progress, None, CheckResult]:
    """SQLite integrity, the audit chain, and every stored document re-hashed (``spbe check``).

    Yields:
        Progress in bytes re-hashed.
    """
    with WorkspaceStore.open(workspace) as store:
        return (yield from store.check(cancel))


def backup_workspace(workspace: Path, out: Path, *, replace: bool = False) -> Path:
    """Write a consistent copy to ``out`` atomically (temp file, fsync, rename).

    The copy is created with mode 0600 (owner only), like the workspace: it holds the signing
    key.
    """
    if out.exists() and out.resolve() == workspace.resolve():
        raise StoreError("backup.same_file")
    if out.exists() and not replace:
        raise StoreError("store.exists", file=out.name)
    try:
        for stale in temporaries(out):  # left by a backup that was killed: it holds the key
            stale.unlink(missing_ok=True)
        with atomic_path(out) as tmp, WorkspaceStore.open(workspace) as store:
            store.backup_to(tmp)
    except OSError as exc:
        raise StoreError("store.io", file=out.name, detail=exc.strerror or str(exc)) from exc
    return out


def backup_steps(
    workspace: Path, out: Path, cancel: CancelToken | None = None, *, replace: bool = False
) -> Generator[Progress, None, Path]:
    """:func:`backup_workspace` as a job: the same copy, with progress and a cancel.

    SQLite copies the file in one call, so the progress is a start and an end; the copy is
    renamed into place only after the last step, so a cancel (there or before) leaves no file
    and an older backup of the same name intact.

    Yields:
        Progress: the start (total unknown), then the end.

    Raises:
        StoreError: ``backup.same_file``, ``store.exists``, ``store.io``.
        CancelledError: on cancel; no file is left behind.
    """
    cancel = cancel or CancelToken()
    if out.exists() and out.resolve() == workspace.resolve():
        raise StoreError("backup.same_file")
    if out.exists() and not replace:
        raise StoreError("store.exists", file=out.name)
    yield Progress(0, 0, "progress.backup", {"name": out.name})
    cancel.raise_if_cancelled()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        for stale in temporaries(out):  # left by a backup that was killed: it holds the key
            stale.unlink(missing_ok=True)
        with atomic_path(out) as tmp:
            with WorkspaceStore.open(workspace) as store:
                store.backup_to(tmp)
            cancel.raise_if_cancelled()
            yield Progress(1, 1, "progress.backup", {"name": out.name})
    except OSError as exc:
        raise StoreError("store.io", file=out.name, detail=exc.strerror or str(exc)) from exc
    return out
