"""Looking after the workspace file as a whole: the full check and the online backup.

Knows no table layout but the list of blobs: the audit chain is walked by ``audit``, and the
blobs are read back through ``blobs``' :class:`~spbe_desktop.store.blobs.BlobReader`.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Generator
from pathlib import Path

from spbe_desktop.core.models import CheckResult, Finding
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.store.audit import chain_break
from spbe_desktop.store.blobs import BlobReader
from spbe_desktop.store.repository import Repository
from spbe_desktop.store.tables import T_BLOBS


class WorkspaceMaintenance(Repository):
    """``spbe check`` and ``spbe backup`` over the open workspace."""

    def check(self, cancel: CancelToken | None = None) -> Generator[Progress, None, CheckResult]:
        """SQLite integrity check, the audit chain, and every blob re-hashed in chunks."""
        cancel = cancel or CancelToken()
        findings: list[Finding] = []
        with self.reading():
            integrity = [r[0] for r in self.db.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                findings.append(Finding("check.integrity", "error", "", {"detail": integrity[0]}))
            fk = self.db.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                findings.append(Finding("check.foreign_keys", "error", "", {"count": len(fk)}))
            count, broken = chain_break(self.db)
            if broken is not None:
                findings.append(Finding("check.audit_chain", "error", str(broken), {"seq": broken}))
            blobs = self.db.execute(
                f"SELECT id, sha256, size FROM {T_BLOBS} ORDER BY id"
            ).fetchall()
        total = sum(b[2] for b in blobs)
        done = 0
        for blob_id, sha, size in blobs:
            digest_obj = hashlib.sha256()
            got = 0
            reader = BlobReader(self.db, blob_id, size)
            for chunk in reader.iter_chunks():
                cancel.raise_if_cancelled()
                digest_obj.update(chunk)
                got += len(chunk)
                done += len(chunk)
                yield Progress(done, total, "progress.checking")
            if got != size or digest_obj.hexdigest() != sha:
                findings.append(Finding("check.blob_hash", "error", sha, {"sha256": sha[:12]}))
        return CheckResult(
            tuple(findings), {"documents": len(blobs), "bytes": total, "audit_entries": count}
        )

    def backup_to(self, out: Path) -> None:
        """SQLite online backup into ``out`` (safe while other processes use the workspace).

        ``out`` must not exist: it is created with mode 0600 before SQLite opens it (the copy
        holds the signing key, so it is never readable by others, not even for a moment); SQLite
        gives its journal the same mode.

        Raises:
            FileExistsError: ``out`` exists.
        """
        out.touch(mode=0o600, exist_ok=False)
        dest = sqlite3.connect(str(out))
        try:
            with self.reading():
                self.db.conn.backup(dest, pages=4096)
        finally:
            dest.close()
