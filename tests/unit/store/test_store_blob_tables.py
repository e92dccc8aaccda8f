"""Migration m0010: new document bytes go into the rowid table ``blob_data``; blobs stored before
it keep their chunks in the WITHOUT ROWID ``blob_chunks`` and still read, check, export and go
away with their document.

The "old" workspace is built the way one at m0009 really is: a file given the migrations up to
m0009 only (so it has no ``blob_data``), filled with the rows today's code wrote into a fresh
workspace, its chunks put into ``blob_chunks`` exactly as the old ``write_blob`` stored them.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlite_utils import Database

from spbe_desktop.cli import main
from spbe_desktop.core.models import DocumentInfo
from spbe_desktop.core.progress import CancelToken, run
from spbe_desktop.services.workspace import init_workspace
from spbe_desktop.store.blobs import CHUNK
from spbe_desktop.store.migrations import migrations
from spbe_desktop.store.workspace_store import WorkspaceStore

M0010 = "m0010_rowid_blob_chunks"
#: Sizes of the old workspace's documents: several chunks with a short last one, under one chunk.
OLD_SIZES = (2 * CHUNK + 12345, 777)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _count(path: Path, sql: str, params: tuple[object, ...] = ()) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()


def _attach(ws: Path, files: list[Path]) -> None:
    args = ["--lang", "en", "attach", str(ws), "I01", *map(str, files), "--kind", "Laporan"]
    assert main(args) == 0


def make_m0009_workspace(folder: Path) -> tuple[Path, dict[str, bytes]]:
    """An OPD workspace at m0009 whose documents are in ``blob_chunks``; returns its path and
    the documents' bytes by SHA-256."""
    files = []
    for n, size in enumerate(OLD_SIZES):
        f = folder / f"lama-{n}.pdf"
        f.write_bytes(os.urandom(size))
        files.append(f)
    source = folder / "source.spbe"
    init_workspace(
        source, role="opd", instansi="Pemprov", unit="Dinas Kominfo", officer="Rina",
        framework="spbe-2020",
    )  # fmt: skip
    _attach(source, files)

    old = folder / "old.spbe"
    conn = sqlite3.connect(old)
    conn.execute("PRAGMA page_size = 65536")  # as every workspace is created
    db = Database(conn)
    migrations.apply(db, stop_before=M0010)
    assert "blob_data" not in _tables(conn)
    conn.execute("ATTACH DATABASE ? AS src", [str(source)])
    skip = {"_sqlite_migrations", "blob_chunks", "documents_fts"}
    for (table,) in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'documents_fts_%'"
    ).fetchall():
        if table not in skip:
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
    conn.execute(
        "INSERT INTO main.documents_fts (rowid, title, number, file_name, text) "
        "SELECT rowid, title, number, file_name, text FROM src.documents_fts"
    )
    conn.execute(
        "INSERT INTO main.blob_chunks (blob_id, seq, data) "
        "SELECT blob_id, seq, data FROM src.blob_data ORDER BY blob_id, seq"
    )
    conn.commit()
    conn.execute("DETACH DATABASE src")
    assert conn.execute("SELECT count(*) FROM blob_chunks").fetchone()[0] == 3 + 1
    conn.close()
    return old, {hashlib.sha256(f.read_bytes()).hexdigest(): f.read_bytes() for f in files}


@pytest.fixture
def old_ws(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    return make_m0009_workspace(tmp_path)


def test_m0010_adds_an_empty_blob_data_and_leaves_the_old_chunks_where_they_are(
    old_ws: tuple[Path, dict[str, bytes]],
) -> None:
    old, docs = old_ws
    conn = sqlite3.connect(old)
    before = conn.execute("SELECT blob_id, seq, data FROM blob_chunks ORDER BY 1, 2").fetchall()
    conn.close()
    with WorkspaceStore.open(old) as store:
        applied = [r[0] for r in store.db.execute("SELECT name FROM _sqlite_migrations")]
        assert applied[-2:] == ["m0009_architecture_code_sources", M0010]
        assert store.db.execute("SELECT count(*) FROM blob_data").fetchone()[0] == 0
        after = store.db.execute("SELECT blob_id, seq, data FROM blob_chunks ORDER BY 1, 2")
        assert after.fetchall() == before  # nothing copied, nothing moved
        sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'blob_data'")
        assert "WITHOUT ROWID" not in sql.fetchone()[0]
        for sha, data in docs.items():
            reader = store.open_blob(sha)
            chunks = list(reader.iter_chunks())
            assert [len(c) for c in chunks][:1] == [min(len(data), CHUNK)]
            assert b"".join(chunks) == data  # byte-identical, from blob_chunks
            assert store.open_blob(sha).read(3 * CHUNK) == data
        assert run(store.check()).ok
    assert main(["--lang", "en", "check", str(old)]) == 0


def test_new_attach_goes_to_blob_data_and_both_kinds_export_into_a_bundle_that_verifies(
    old_ws: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    old, docs = old_ws
    new_file = tmp_path / "baru.pdf"
    new_file.write_bytes(os.urandom(CHUNK + 99))
    new_sha = hashlib.sha256(new_file.read_bytes()).hexdigest()
    _attach(old, [new_file])
    in_data = (
        "SELECT count(*) FROM blob_data WHERE blob_id = (SELECT id FROM blobs WHERE sha256 = ?)"
    )
    in_chunks = in_data.replace("blob_data", "blob_chunks")
    assert (_count(old, in_data, (new_sha,)), _count(old, in_chunks, (new_sha,))) == (2, 0)
    for sha in docs:  # the old documents stay where they were
        assert _count(old, in_chunks, (sha,)) > 0
        assert _count(old, in_data, (sha,)) == 0
    with WorkspaceStore.open(old) as store:
        assert store.open_blob(new_sha).read() == new_file.read_bytes()
        assert run(store.check()).ok

    bundle = tmp_path / "opd.spbebundle"
    assert main(["--lang", "en", "export", str(old), "--out", str(bundle)]) == 0
    assert main(["--lang", "en", "verify", str(bundle)]) == 0
    with zipfile.ZipFile(bundle) as zf:
        in_bundle = {hashlib.sha256(zf.read(i)).hexdigest() for i in zf.infolist()}
    assert {*docs, new_sha} <= in_bundle


def test_check_finds_damaged_bytes_in_either_table(
    old_ws: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    old, _ = old_ws
    new_file = tmp_path / "baru.pdf"
    new_file.write_bytes(os.urandom(5000))
    _attach(old, [new_file])
    for table in ("blob_chunks", "blob_data"):
        damaged = tmp_path / f"damaged-{table}.spbe"
        with WorkspaceStore.open(old) as store:
            store.backup_to(damaged)
        conn = sqlite3.connect(damaged)
        changed = conn.execute(
            f"UPDATE {table} SET data = zeroblob(length(data)) WHERE seq = 0 AND blob_id = "
            f"(SELECT min(blob_id) FROM {table})"
        ).rowcount
        conn.commit()
        conn.close()
        assert changed == 1
        with WorkspaceStore.open(damaged) as store:
            assert [f.code for f in run(store.check()).findings] == ["check.blob_hash"], table


def test_removing_documents_removes_their_chunks_from_both_tables(
    old_ws: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    old, _ = old_ws
    new_file = tmp_path / "baru.pdf"
    new_file.write_bytes(os.urandom(CHUNK + 1))
    _attach(old, [new_file])
    with WorkspaceStore.open(old) as store:
        chunks = "SELECT count(*) FROM blob_chunks"
        data = "SELECT count(*) FROM blob_data"
        assert store.db.execute(chunks).fetchone()[0] == 4
        assert store.db.execute(data).fetchone()[0] == 2
        for doc in store.documents():
            store.remove_document(doc.id, "Rina")
        assert store.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
        assert store.db.execute(chunks).fetchone()[0] == 0
        assert store.db.execute(data).fetchone()[0] == 0
        assert run(store.check()).ok


def test_dropping_imported_parts_removes_their_chunks_from_both_tables(
    old_ws: tuple[Path, dict[str, bytes]],
) -> None:
    """The other way a blob goes (the parts of a split bundle, once imported): the cascade of
    ``DELETE FROM blobs`` reaches ``blob_chunks`` and ``blob_data`` alike."""
    old, docs = old_ws
    part = os.urandom(CHUNK + 10)
    with WorkspaceStore.open(old) as store:
        old_sha = next(iter(docs))
        with store.transaction():
            stored = run(
                store.write_blob(
                    io.BytesIO(part), len(part), DocumentInfo("application/zip"), CancelToken()
                )
            )
            store.add_part(0, "u-1", 1, 2, stored.sha256, "p1.zip")
            store.add_part(0, "u-1", 2, 2, old_sha, "p2.zip")
        # The old blob is only a part now: its document goes, the bytes stay for the part.
        [doc] = [d for d in store.documents() if d.sha256 == old_sha]
        store.remove_document(doc.id, "Rina")
        assert store.has_blob(old_sha)
        old_id = store.db.execute("SELECT id FROM blobs WHERE sha256 = ?", [old_sha]).fetchone()[0]
        new_id = store.db.execute(
            "SELECT id FROM blobs WHERE sha256 = ?", [stored.sha256]
        ).fetchone()[0]
        count = "SELECT count(*) FROM {} WHERE blob_id = ?"
        assert store.db.execute(count.format("blob_chunks"), [old_id]).fetchone()[0] == 3
        assert store.db.execute(count.format("blob_data"), [new_id]).fetchone()[0] == 2
        with store.transaction():
            store.drop_parts(0, "u-1")
        assert not store.has_blob(old_sha)
        assert not store.has_blob(stored.sha256)
        assert store.db.execute(count.format("blob_chunks"), [old_id]).fetchone()[0] == 0
        assert store.db.execute(count.format("blob_data"), [new_id]).fetchone()[0] == 0
