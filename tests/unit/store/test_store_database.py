"""Opening workspace files: migrations, refusals, the audit chain, check and backup."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from spbe_desktop.core.models import DocumentInfo
from spbe_desktop.core.progress import CancelToken, run
from spbe_desktop.errors import CancelledError, StoreError, WorkspaceBusyError
from spbe_desktop.store.database import open_database
from spbe_desktop.store.workspace_store import WorkspaceStore


def test_new_workspace_uses_wal_strict_tables_and_foreign_keys(opd_workspace: Path) -> None:
    with WorkspaceStore.open(opd_workspace) as store:
        db = store.db
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
        assert sql.rstrip().endswith("STRICT")
        assert store.profile().role == "opd"
    assert opd_workspace.stat().st_mode & 0o077 == 0  # holds the private key: user-only


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"hello, not sqlite", "store.not_a_workspace"), (b"", "store.not_a_workspace")],
)
def test_non_workspace_files_are_refused(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "x.spbe"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        WorkspaceStore.open(path)
    assert info.value.code == code
    assert path.read_bytes() == content  # never damaged


def test_missing_and_directory_workspaces(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        WorkspaceStore.open(tmp_path / "nope.spbe")
    with pytest.raises(StoreError) as info:
        WorkspaceStore.open(tmp_path)
    assert info.value.code == "store.not_a_workspace"


def test_plain_sqlite_file_that_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        WorkspaceStore.open(path)
    assert info.value.code == "store.not_a_workspace"
    assert path.read_bytes() == before


def test_workspace_from_newer_version_is_refused_unchanged(opd_workspace: Path) -> None:
    conn = sqlite3.connect(opd_workspace)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('spbe_desktop', 'm9999_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = opd_workspace.read_bytes()
    with pytest.raises(StoreError) as info:
        WorkspaceStore.open(opd_workspace)
    assert info.value.code == "store.newer_version"
    assert "newer version" in info.value.message("en")
    assert opd_workspace.read_bytes() == before


def test_older_workspace_is_backed_up_then_migrated(opd_workspace: Path) -> None:
    text = "KEPUTUSAN GUBERNUR MALUKU UTARA TENTANG TIM KOORDINASI SPBE " * 3
    with WorkspaceStore.open(opd_workspace) as store:
        sha = _store_blob(store, text.encode())
    # Make the file look like one written before m0003 existed (no text digest column).
    conn = sqlite3.connect(opd_workspace)
    conn.execute("DROP INDEX blobs_text_digest")
    conn.execute("ALTER TABLE blobs DROP COLUMN text_digest")
    conn.execute("UPDATE blobs SET text = ?", [text])
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0003_add_text_digest'")
    conn.commit()
    conn.close()
    with WorkspaceStore.open(opd_workspace) as store:
        digest = store.db.execute(
            "SELECT text_digest FROM blobs WHERE sha256 = ?", [sha]
        ).fetchone()
        assert digest[0] is not None  # back-filled by the migration
        assert store.profile().unit == "Dinas Kominfo"
        assert run(store.check()).ok
    backups = list(opd_workspace.parent.glob("opd.spbe.before-migration-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    names = {r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")}
    assert "m0003_add_text_digest" not in names
    assert "m0001_create_workspace" in names
    old.close()


def test_audit_log_is_append_only_and_chained(opd_workspace: Path) -> None:
    with WorkspaceStore.open(opd_workspace) as store:
        store.set_answer("I01", "Rina", level=3, justification="Perkada 12/2023")
        store.set_answer("I01", "Rina", level=4)
        entries = store.audit_entries(action_prefix="answer.")
        assert [e.new.get("level") for e in entries] == [4, 3]
        assert entries[0].old == {"level": 3}
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            store.db.execute("UPDATE audit SET actor = 'x' WHERE seq = 1")
        result = run(store.check())
        assert result.ok, result.findings


def test_check_detects_a_forged_audit_entry(opd_workspace: Path) -> None:
    with WorkspaceStore.open(opd_workspace) as store:
        store.set_answer("I02", "Rina", level=2)
    conn = sqlite3.connect(opd_workspace)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET new = '{\"level\": 5}' WHERE action = 'answer.set'")
    conn.commit()
    conn.close()
    with WorkspaceStore.open(opd_workspace) as store:
        result = run(store.check())
    assert not result.ok
    assert [f.code for f in result.findings] == ["check.audit_chain"]


def _store_blob(store: WorkspaceStore, data: bytes) -> str:
    import io

    with store.transaction():
        stored = run(
            store.write_blob(io.BytesIO(data), len(data), DocumentInfo("text/plain"), CancelToken())
        )
        store.add_document(
            "t", opd_id=0, sha256=stored.sha256, file_name="a.txt", title="A", kind="Laporan"
        )
    return stored.sha256


def test_identical_content_is_stored_once_and_rehashed_by_check(opd_workspace: Path) -> None:
    data = b"bukti dukung " * 300_000  # ~3.9 MB: several chunks
    with WorkspaceStore.open(opd_workspace) as store:
        sha = _store_blob(store, data)
        assert _store_blob(store, data) == sha
        assert store.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
        assert store.db.execute("SELECT count(*) FROM blob_data").fetchone()[0] == 4
        assert store.db.execute("SELECT count(*) FROM blob_chunks").fetchone()[0] == 0
        assert store.open_blob(sha).read() == data
        assert run(store.check()).ok
    conn = sqlite3.connect(opd_workspace)
    assert conn.execute("UPDATE blob_data SET data = zeroblob(10) WHERE seq = 2").rowcount == 1
    conn.commit()
    conn.close()
    with WorkspaceStore.open(opd_workspace) as store:
        result = run(store.check())
    assert [f.code for f in result.findings] == ["check.blob_hash"]


def test_cancel_while_storing_leaves_nothing(opd_workspace: Path) -> None:
    import io

    token = CancelToken()
    with WorkspaceStore.open(opd_workspace) as store:
        job = store.write_blob(
            io.BytesIO(b"x" * (5 * 1024 * 1024)), 5 * 1024 * 1024, DocumentInfo("text/plain"), token
        )
        with pytest.raises(CancelledError), store.transaction():
            next(job)
            token.cancel()
            run(job)
        assert store.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
        assert store.db.execute("SELECT count(*) FROM blob_data").fetchone()[0] == 0
        assert store.db.execute("SELECT count(*) FROM blob_chunks").fetchone()[0] == 0


def test_second_writer_gets_workspace_busy(opd_workspace: Path) -> None:
    holder = sqlite3.connect(opd_workspace)
    holder.execute("BEGIN IMMEDIATE")
    try:
        db = open_database(opd_workspace, busy_timeout=0.2)
        store = WorkspaceStore(opd_workspace, db)
        with pytest.raises(WorkspaceBusyError) as info:
            store.set_answer("I03", "Rina", level=2)
        assert "busy" in info.value.message("en")
        store.close()
    finally:
        holder.rollback()
        holder.close()


def test_second_writer_waits_for_a_short_transaction(opd_workspace: Path) -> None:
    holder = sqlite3.connect(opd_workspace, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(0.3, holder.rollback).start()
    with WorkspaceStore.open(opd_workspace) as store:
        assert store.set_answer("I03", "Rina", level=2).level == 2
    holder.close()


def test_backup_is_a_consistent_workspace(opd_workspace: Path, tmp_path: Path) -> None:
    from spbe_desktop.services.maintenance import backup_workspace

    with WorkspaceStore.open(opd_workspace) as store:
        store.set_answer("I05", "Rina", level=3)
        out = backup_workspace(opd_workspace, tmp_path / "cadangan.spbe")
    with WorkspaceStore.open(out) as copy:
        assert copy.answers()["I05"].level == 3
        assert run(copy.check()).ok
    with pytest.raises(StoreError):
        backup_workspace(opd_workspace, out)


def test_new_workspaces_use_large_pages(opd_workspace: Path) -> None:
    with WorkspaceStore.open(opd_workspace) as store:
        assert store.db.execute("PRAGMA page_size").fetchone()[0] == 65536


def test_ledger_and_parts_survive_the_per_opd_migration(tmp_path: Path) -> None:
    """A coordinator workspace from before m0005 (ledger keyed by UUID alone, parts without an
    OPD) opens with every ledger entry and stored part kept; the parts are then found for the
    OPD whose bundle they belong to."""
    from sqlite_utils import Database

    from spbe_desktop.services.workspace import init_workspace
    from spbe_desktop.store.migrations import migrations

    new = tmp_path / "new.spbe"
    init_workspace(new, role="coordinator", instansi="Pemprov", unit="Diskominfo", officer="K")
    old = tmp_path / "old.spbe"
    db = Database(sqlite3.connect(old))
    later = {m.name for m in migrations._migrations if m.name >= "m0004"}
    migrations.apply(db, stop_before=later)
    db.execute("ATTACH DATABASE ? AS src", [str(new)])
    for table in ("packs", "profile"):
        db.execute(f"INSERT INTO {table} SELECT * FROM src.{table}")
    db.execute("INSERT INTO opds (id, name, created_at) VALUES (0, 'Diskominfo', 'x')")
    db.execute("INSERT INTO opds (id, name, key_id, created_at) VALUES (3, 'Bappeda', 'k', 'x')")
    db.execute(
        "INSERT INTO blobs (id, sha256, size, mime, created_at) VALUES (1, ?, 1, 'a/b', 'x')",
        ["ab" * 32],
    )
    db.execute("INSERT INTO blob_chunks VALUES (1, 0, x'00')")
    db.execute("INSERT INTO ledger VALUES ('u-1', 3, 1, 'full', 'd', '', 2, 10, '2026-01-01')")
    db.execute("INSERT INTO parts VALUES ('u-2', 1, 2, ?, 'p1.zip', '2026-01-02')", ["ab" * 32])
    db.conn.commit()
    db.execute("DETACH DATABASE src")
    db.close()

    with WorkspaceStore.open(old) as store:
        [entry] = store.ledger()
        assert (entry.bundle_uuid, entry.opd_id, entry.sequence) == ("u-1", 3, 1)
        assert store.parts(3, "u-2") == [(1, 2, "ab" * 32, "p1.zip")]
        assert list(store.pending_parts()) == [(None, "u-2")]
        assert store.has_blob("ab" * 32)
    [backup] = list(tmp_path.glob("old.spbe.before-migration-*.bak"))
    assert backup.stat().st_mode & 0o077 == 0  # holds the private key: user-only
