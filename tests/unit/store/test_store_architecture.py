"""Migration m0008 (the architecture inventory) on workspaces made by older code keeps every row,
adds empty tables, and the migrated workspace takes inventory objects at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from spbe_desktop.services import architecture as arch
from spbe_desktop.services.workspace import snapshot
from tests.unit.store.test_migration_items import KOORDINATOR, OPD, raw_tables, unpack

ARCH_TABLES = ("arch_objects", "arch_relations", "arch_codes")


@pytest.mark.parametrize("name", [OPD, KOORDINATOR])
def test_m0008_keeps_every_row_and_adds_empty_inventory_tables(name: str, tmp_path: Path) -> None:
    ws = unpack(name, tmp_path)
    before = raw_tables(ws)
    assert not set(ARCH_TABLES) & set(before)
    snapshot(ws)  # opens, backs up, migrates
    after = raw_tables(ws)
    assert [r[2] for r in sorted(after["_sqlite_migrations"])][-3:] == [
        "m0008_architecture_inventory",
        "m0009_architecture_code_sources",
        "m0010_rowid_blob_chunks",
    ]
    for table in ARCH_TABLES:
        assert after[table] == [], table
    for table, rows in before.items():
        if table != "_sqlite_migrations":
            assert after[table] == rows, table
    # The migrated workspace takes objects and relations; the audit chain grows.
    app = arch.create_object(ws, "aplikasi", "SIMPEG", ref_code="RAA.02.02")
    svc = arch.create_object(ws, "layanan", "Kepegawaian", ref_code="RAL.02.04")
    arch.add_relation(ws, "layanan_aplikasi", svc.id, app.id)
    assert [r.to_name for r in arch.relations(ws, svc.id)] == ["SIMPEG"]
    conn = sqlite3.connect(ws)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] == len(before["audit"]) + 3
    finally:
        conn.close()


def test_inventory_constraints_hold_in_sqlite(opd_workspace: Path) -> None:
    """Domain, SIAP status and relation kind are checked by the schema itself."""
    app = arch.create_object(opd_workspace, "aplikasi", "SIMPEG")
    conn = sqlite3.connect(opd_workspace)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE arch_objects SET siap_status = 'selesai' WHERE id = ?", [app.id])
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE arch_objects SET domain = 'lain' WHERE id = ?", [app.id])
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO arch_relations (kind, from_id, to_id) VALUES ('x', ?, ?)",
                [app.id, app.id],
            )
    finally:
        conn.close()


def test_m0009_keeps_local_codes_as_the_workspaces_own_beside_the_coordinators(
    tmp_path: Path,
) -> None:
    """A workspace at m0008 with a code it added opens with the code kept (source "lokal");
    the coordinator's set may then hold the same code apart, and replacing it leaves the own."""
    from sqlite_utils import Database

    from spbe_desktop.store.migrations import migrations
    from spbe_desktop.store.workspace_store import WorkspaceStore

    ws = unpack(OPD, tmp_path)
    db = Database(sqlite3.connect(ws))
    migrations.apply(db, stop_before="m0009_architecture_code_sources")
    db.execute(
        "INSERT INTO arch_codes (code, list_id, name, added_by, added_at) "
        "VALUES ('RAL.01.04.01', 'RAL', 'Perizinan Usaha Mikro', 'Rina', '2026-11-30')"
    )
    db.conn.commit()
    db.close()
    with WorkspaceStore.open(ws) as store:  # backs up, migrates
        (own,) = store.arch_local_codes()
        assert (own.code, own.name, own.source) == (
            "RAL.01.04.01",
            "Perizinan Usaha Mikro",
            "lokal",
        )
        theirs = [("RAL", "RAL.01.04.01", "Perizinan UMKM"), ("RAB", "RAB.02.06.01", "Tangkap")]
        assert store.replace_coordinator_codes("Rina", theirs, "Diskominfo")
        assert [(e.code, e.source) for e in store.arch_local_codes()] == [
            ("RAB.02.06.01", "koordinator"),
            ("RAL.01.04.01", "koordinator"),
            ("RAL.01.04.01", "lokal"),
        ]
        assert not store.replace_coordinator_codes("Rina", theirs, "Diskominfo")  # same set
    assert list(tmp_path.glob(f"{OPD}.before-migration-*.bak"))
    # The coordinator's name of the code wins while it gives one; the own shows again after.
    found = arch.code_entry(ws, "RAL.01.04.01")
    assert found is not None and (found.name, found.source) == ("Perizinan UMKM", "koordinator")
    with WorkspaceStore.open(ws) as store:
        assert store.replace_coordinator_codes("Rina", [], "Diskominfo")
        assert store.arch_local_codes() == [own]
    assert arch.code_entry(ws, "RAL.01.04.01") == own
