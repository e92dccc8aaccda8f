"""A workspace made before the evidence-item model (commit 9a6cfd8, migrations m0001-m0005)
opens with today's code, is backed up first, migrates to m0006 and keeps everything.

The two workspaces in ``tests/fixtures/old_workspace`` were made by that commit's own ``spbe``
(see the README there): an OPD under SPBE 2020 and a Pemdi 2026 coordinator with one OPD's
bundle imported. ``expected.json`` holds what the old ``spbe index --json`` printed for them.
Each test works on a fresh copy.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
import stat
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from spbe_desktop.cli import main
from spbe_desktop.core.index import compute_index
from spbe_desktop.core.progress import CancelToken, run
from spbe_desktop.services import items
from spbe_desktop.services.evidence import export_blob
from spbe_desktop.services.maintenance import check_workspace
from spbe_desktop.services.workspace import (
    index_json,
    index_report,
    indicators_json,
    snapshot,
    status_summary,
)
from spbe_desktop.store.workspace_store import WorkspaceStore

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "old_workspace"
EXPECTED: dict[str, Any] = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
OPD = "opd-spbe2020.spbe"
KOORDINATOR = "koordinator-pemdi2026.spbe"
OLD_MIGRATIONS = [
    "m0001_create_workspace",
    "m0002_add_audit_indexes",
    "m0003_add_text_digest",
    "m0004_register_own_unit_and_revoked_keys",
    "m0005_ledger_and_parts_per_opd",
]
NEW_TABLES = (
    "item_links",
    "item_states",
    "external_scores",
    "assessor_results",
    "carried_documents",
    "arch_objects",
    "arch_relations",
    "arch_codes",
    "blob_data",
)
#: Every step after the fixtures' (m0007: the marks of documents carried into a new period;
#: m0008: the architecture inventory; m0009: where its reference codes came from; m0010: the
#: rowid table new document bytes go into).
NEW_MIGRATIONS = [
    "m0006_evidence_items",
    "m0007_carried_documents",
    "m0008_architecture_inventory",
    "m0009_architecture_code_sources",
    "m0010_rowid_blob_chunks",
]


def unpack(name: str, folder: Path) -> Path:
    path = folder / name
    with gzip.open(FIXTURES / f"{name}.gz", "rb") as src:
        path.write_bytes(src.read())
    path.chmod(0o600)
    return path


def raw_tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read with plain sqlite3 (no code of ours)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


@pytest.fixture(params=[OPD, KOORDINATOR])
def old(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return unpack(request.param, tmp_path)


def test_fixture_is_what_the_old_code_made(old: Path) -> None:
    """The copy really is pre-item: five migrations, none of the new tables."""
    before = raw_tables(old)
    assert [r[2] for r in before["_sqlite_migrations"]] == OLD_MIGRATIONS
    assert not set(NEW_TABLES) & set(before)


def test_opening_backs_up_then_migrates_and_keeps_every_row(old: Path) -> None:
    before = raw_tables(old)
    snapshot(old)  # what the GUI does first
    backup = old.with_name(f"{old.name}.before-migration-0005.bak")
    assert backup.is_file()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600  # it holds the signing key
    assert raw_tables(backup) == before  # the copy is the workspace as it was
    after = raw_tables(old)
    # raw_tables sorts rows by repr (id 10 before id 2): the record's own order is its id.
    applied = [r[2] for r in sorted(after["_sqlite_migrations"])]
    assert applied == [*OLD_MIGRATIONS, *NEW_MIGRATIONS]
    for table in NEW_TABLES:
        assert after[table] == [], table
    for table, rows in before.items():
        if table != "_sqlite_migrations":
            assert after[table] == rows, table
    # Opening again migrates nothing and makes no second copy.
    status_summary(old)
    assert sorted(p.name for p in old.parent.glob("*.bak")) == [backup.name]
    assert raw_tables(old) == after


def test_check_passes_and_documents_rehash_to_their_sha256(
    old: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(old)
    old_docs = conn.execute(
        "SELECT d.id, d.sha256, b.size FROM documents d JOIN blobs b USING (sha256) ORDER BY d.id"
    ).fetchall()
    old_audit = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    conn.close()
    assert len(old_docs) == 2
    result = run(check_workspace(old))
    assert result.ok and result.findings == ()
    assert result.details["audit_entries"] == old_audit
    assert result.details["documents"] == 2
    assert main(["--lang", "en", "check", str(old)]) == 0
    assert "audit entries chain correctly" in capsys.readouterr().out
    for doc_id, sha, size in old_docs:
        path, _mime, _title = run(export_blob(old, doc_id, tmp_path / "out", CancelToken()))
        data = path.read_bytes()
        assert len(data) == size and hashlib.sha256(data).hexdigest() == sha


def _index_figures(doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "index": doc["index"],
        "index_exact": doc["index_exact"],
        "predicate": doc["predicate"],
        "aspects": [(a["id"], a["index"]) for a in doc["aspects"]],
        "domains": [(d["id"], d["index"]) for d in doc["domains"]],
    }


def test_opd_workspace_keeps_answers_documents_and_its_index(tmp_path: Path) -> None:
    ws = unpack(OPD, tmp_path)
    snap = snapshot(ws)
    assert (snap.profile.role, snap.profile.instansi, snap.profile.unit, snap.profile.officer) == (
        "opd",
        "Pemerintah Kota Ternate",
        "Dinas Kominfo",
        "Rina Salim",
    )
    assert snap.pack.id == "spbe-2020"
    got = {k: (a.level, a.status, a.justification) for k, a in snap.answers.items()}
    assert got == {
        "I01": (3, "ready", "Perwal SPBE ditetapkan 2024; dievaluasi tiap tahun."),
        "I07": (2, "draft", "Renstra TIK memuat peta rencana."),
        "I13": (4, "draft", ""),
        "I30": (None, "na", "Tidak ada layanan publik yang relevan."),
    }
    docs = {d.file_name: d for d in snap.documents}
    assert sorted(docs) == ["perwal-spbe.pdf", "renstra-tik.pdf"]
    perwal = docs["perwal-spbe.pdf"]
    assert (perwal.title, perwal.kind, perwal.number, perwal.issued, perwal.issuer) == (
        "Perwal SPBE",
        "Peraturan Kepala Daerah",
        "12 Tahun 2024",
        "2024-05-02",
        "Wali Kota Ternate",
    )
    assert sorted(perwal.links) == [("I01", 3), ("I13", 2)]
    assert docs["renstra-tik.pdf"].links == (("I07", 2),)
    assert all(d.items == () for d in snap.documents)  # no item links yet

    # The index is the one the old code printed.
    old_index = EXPECTED[OPD]
    doc = index_json(index_report(ws))
    assert _index_figures(doc) == _index_figures(old_index)
    assert snap.index is not None and float(snap.index.result.display) == old_index["index"]
    assert status_summary(ws)["index"] == old_index["index"]
    rows = {r["id"]: r for r in indicators_json(ws)}
    assert rows["I01"]["level"] == 3 and rows["I01"]["value"] == 3.0
    assert rows["I30"]["status"] == "na" and rows["I30"]["value"] == 1.0
    assert rows["I13"]["documents"] == 1
    # Old documents were linked to indicators, not to items: every item lists none.
    rows = items.items_json(items.item_rows(ws, "1"))
    assert [r["code"] for r in rows] == [i.code for i in snap.pack.indicator(1).items]
    assert all(r["documents"] == [] and r["verdicts"] == [] for r in rows)


def test_coordinator_workspace_keeps_the_opds_claims_verdicts_and_documents(
    tmp_path: Path,
) -> None:
    ws = unpack(KOORDINATOR, tmp_path)
    snap = snapshot(ws)
    assert snap.profile.role == "coordinator" and snap.pack.id == "pemdi-2026"
    # The coordinator's own consolidated levels.
    got = {k: (a.level, a.status, a.justification) for k, a in snap.answers.items()}
    assert got == {
        "P01": (2, "ready", "Sesuai klaim Bappeda."),
        "P20": (3, "ready", "Survei kepuasan 2025 dan tindak lanjutnya."),
    }
    with WorkspaceStore.open(ws) as store:
        bappeda = store.opd_by_name("Bappeda")
        assert bappeda is not None and bappeda.key_id and bappeda.assigned == ("P01", "P02")
        claims = store.answers(bappeda.id)
        docs = {d.file_name: d for d in store.documents(bappeda.id)}
        levels = store.levels()
        pack = store.pack()
    got = {k: (a.level, a.status, a.justification) for k, a in claims.items()}
    assert got == {
        "P01": (2, "ready", "RAN Pemdi masuk Renja 2026."),
        "P02": (1, "draft", "Baru rancangan."),
    }
    verdicts = {k: (a.verdict, a.verdict_comment) for k, a in claims.items()}
    assert verdicts == {
        "P01": ("diterima", "SK lengkap dan bertanggal."),
        "P02": ("perlu_revisi", "Unggah Renja yang sudah ditetapkan."),
    }
    assert sorted(docs) == ["renstra-tik.pdf", "sk-tim-pemdi.pdf"]
    sk = docs["sk-tim-pemdi.pdf"]
    assert (sk.title, sk.number, sk.issued, sk.links) == (
        "SK Tim Koordinasi Pemdi",
        "100.3.3.2/45",
        "2026-01-15",
        (("P01", 2),),
    )
    assert docs["renstra-tik.pdf"].links == (("P02", 1),)
    rows = {r["number"]: r for r in indicators_json(ws)}
    assert rows[1]["level"] == 2 and rows[20]["level"] == 3 and rows[1]["documents"] == 1

    # The old index came from these consolidated levels, and they still give it.
    old_index = EXPECTED[KOORDINATOR]
    by_levels = compute_index(pack, levels)
    assert float(by_levels.display) == old_index["index"] == 1.35
    assert [(a.id, round(float(a.index), 4)) for a in by_levels.aspects] == [
        (a["id"], a["index"]) for a in old_index["aspects"]
    ]
    # Under Pemdi 2026 the value now comes from accepted items (README: "a level recorded with
    # spbe assess --level stays a claim"): none is accepted yet, so the index starts at 1.
    doc = index_json(index_report(ws))
    assert doc["index"] == 1.0 and {i["value"] for i in doc["indicators"]} == {1.0}
    assert "assessor" not in doc
    assert status_summary(ws)["index"] == 1.0
    # The migrated workspace takes the new model at once.
    items.judge_item(ws, "I1-L1-01", accept=True, unit="Bappeda")
    assert next(r for r in indicators_json(ws) if r["number"] == 1)["value"] == 1.5
    items.record_result(ws, "1", "2.0")
    assert index_json(index_report(ws))["assessor"]["index"] == float((Decimal(100) + 5 * 1) / 100)
