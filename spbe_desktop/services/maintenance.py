"""Backups and checks of whole workspace files."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from spbe_desktop.core.models import CheckResult
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import StoreError, register_messages
from spbe_desktop.fileio import atomic_path, temporaries
from spbe_desktop.store.workspace_store import WorkspaceStore

register_messages(
    {
        "backup.same_file": {
            "en": "The backup must be a different file from the workspace; choose another name.",
            "id": "Cadangan harus berupa berkas lain dari ruang kerja; pilih nama lain.",
        },
        "backup.key_unprotected": {
            "en": "Note: the private signing key inside is not protected by a passphrase; keep "
            "the backup in a safe place.",
            "id": "Perhatian: kunci privat di dalamnya tidak dilindungi frasa sandi; simpan "
            "cadangan di tempat aman.",
        },
        "usage.init_needs": {
            "en": "Give either --kit KIT, or --role and --instansi.",
            "id": "Berikan --kit KIT, atau --role dan --instansi.",
        },
    }
)


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


register_messages(
    {
        "usage.trust_needs_card": {
            "en": "Give the OPD's identity card (CARD), or --revoke NAME.",
            "id": "Berikan kartu identitas OPD (CARD), atau --revoke NAMA.",
        },
    }
)

register_messages(
    {
        "usage.verdict": {
            "en": "The verdict must be diterima, perlu_revisi or ditolak, not '{verdict}'.",
            "id": "Putusan harus diterima, perlu_revisi atau ditolak, bukan '{verdict}'.",
        },
    }
)
