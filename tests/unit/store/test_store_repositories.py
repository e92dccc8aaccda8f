"""Each repository of the workspace store on a real workspace file: blobs, documents (links,
full-text search), answers and verdicts, the OPD register, the exchange tables, the audit chain.
"""

from __future__ import annotations

import io
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from spbe_desktop.core.models import SELF_OPD, DocumentInfo, LedgerEntry, RevokedKey
from spbe_desktop.core.progress import CancelToken, run
from spbe_desktop.errors import PackError, StoreError
from spbe_desktop.store.blobs import CHUNK, StoredBlob, text_digest
from spbe_desktop.store.workspace_store import WorkspaceStore

DECREE = "Keputusan Gubernur Maluku Utara tentang Tim Koordinasi SPBE dan arsitektur daerah"


@pytest.fixture
def store(opd_workspace: Path) -> Iterator[WorkspaceStore]:
    with WorkspaceStore.open(opd_workspace) as opened:
        yield opened


@pytest.fixture
def coordinator(coordinator_workspace: Path) -> Iterator[WorkspaceStore]:
    with WorkspaceStore.open(coordinator_workspace) as opened:
        yield opened


def _write(
    store: WorkspaceStore, data: bytes, *, text: str = "", expected_sha256: str | None = None
) -> StoredBlob:
    with store.transaction():
        return run(
            store.write_blob(
                io.BytesIO(data),
                len(data),
                DocumentInfo("application/pdf", page_count=2, text=text),
                CancelToken(),
                expected_sha256=expected_sha256,
                label="sk.pdf",
            )
        )


def _document(
    store: WorkspaceStore,
    data: bytes,
    *,
    title: str = "SK Tim SPBE",
    text: str = "",
    opd_id: int = SELF_OPD,
    kind: str = "Keputusan",
) -> int:
    sha = _write(store, data, text=text).sha256
    with store.transaction():
        return store.add_document(
            "Rina", opd_id=opd_id, sha256=sha, file_name="sk.pdf", title=title, kind=kind
        )


def _count(store: WorkspaceStore, table: str) -> int:
    return int(store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# --------------------------------------------------------------------------- blobs
def test_blob_is_written_and_read_back_in_chunks(store: WorkspaceStore) -> None:
    data = bytes(range(256)) * (CHUNK // 256) + b"tail"
    stored = _write(store, data, text=DECREE)
    assert stored.is_new
    assert stored.size == len(data)
    assert store.has_blob(stored.sha256)
    assert store.blob_hashes() == {stored.sha256}
    reader = store.open_blob(stored.sha256)
    assert [len(c) for c in reader.iter_chunks()] == [CHUNK, 4]
    assert store.open_blob(stored.sha256).read() == data
    info = store.blob_info(stored.sha256)
    assert (info["size"], info["mime"], info["page_count"]) == (len(data), "application/pdf", 2)
    assert info["text"] == DECREE
    digest = store.db.execute(
        "SELECT text_digest FROM blobs WHERE sha256 = ?", [stored.sha256]
    ).fetchone()[0]
    assert digest == text_digest(DECREE)


def test_identical_bytes_are_stored_once(store: WorkspaceStore) -> None:
    first = _write(store, b"bukti dukung" * 1000)
    second = _write(store, b"bukti dukung" * 1000)
    assert (second.sha256, second.is_new) == (first.sha256, False)
    assert _count(store, "blobs") == 1
    assert _count(store, "blob_data") == 1
    assert _count(store, "blob_chunks") == 0


def test_a_hash_mismatch_stores_nothing(store: WorkspaceStore) -> None:
    with pytest.raises(StoreError) as info:
        _write(store, b"isi yang lain", expected_sha256="0" * 64)
    assert info.value.code == "store.hash_mismatch"
    assert _count(store, "blobs") == 0
    assert _count(store, "blob_data") == 0


def test_blobs_need_a_write_transaction_and_exist_to_be_read(store: WorkspaceStore) -> None:
    job = store.write_blob(io.BytesIO(b"x"), 1, DocumentInfo("text/plain"), CancelToken())
    with pytest.raises(RuntimeError, match="write transaction"):
        run(job)
    with pytest.raises(StoreError) as info:
        store.open_blob("f" * 64)
    assert info.value.code == "store.no_document"
    with pytest.raises(StoreError):
        store.blob_info("f" * 64)
    assert not store.has_blob("f" * 64)


def test_text_digest_folds_case_and_spacing_and_needs_enough_text() -> None:
    assert text_digest(DECREE) == text_digest("  " + DECREE.upper().replace(" ", "\n  "))
    assert text_digest(DECREE) != text_digest(DECREE + " (perubahan)")
    assert text_digest("Surat pendek") is None


# --------------------------------------------------------------------------- documents
def test_document_added_once_per_content_and_opd_with_nfc_text(store: WorkspaceStore) -> None:
    decomposed = unicodedata.normalize("NFD", "Peraturan Daerah tentang Kebijakan SPBE — Revisi")
    doc_id = _document(store, b"%PDF-1 perda", title=decomposed)
    assert _document(store, b"%PDF-1 perda", title="Lain") == doc_id
    doc = store.document(doc_id)
    assert doc.title == unicodedata.normalize("NFC", decomposed)
    assert (doc.opd_id, doc.kind, doc.size, doc.mime) == (
        SELF_OPD,
        "Keputusan",
        12,
        "application/pdf",
    )
    assert store.find_document(SELF_OPD, doc.sha256) == doc
    assert store.find_document(SELF_OPD, "0" * 64) is None
    assert [d.id for d in store.documents()] == [doc_id]
    assert [e.entity for e in store.audit_entries(action_prefix="document.add")] == [
        f"document:{doc_id}"
    ]
    with pytest.raises(StoreError) as info:
        store.document(doc_id + 100)
    assert info.value.code == "store.no_document"


def test_links_are_added_replaced_and_removed_with_audit(store: WorkspaceStore) -> None:
    doc_id = _document(store, b"%PDF sk")
    store.link(doc_id, "I01", 3, "Rina")
    store.link(doc_id, "I02", None, "Rina")
    store.link(doc_id, "I01", 4, "Rina")  # same indicator again: the level changes
    assert store.document(doc_id).links == (("I01", 4), ("I02", None))
    assert [d.id for d in store.documents_for("I02")] == [doc_id]
    store.unlink(doc_id, "I02", "Rina")
    assert store.documents_for("I02") == []
    store.replace_links(doc_id, [("I03", 2), ("I04", 5)], "Rina")
    assert store.document(doc_id).links == (("I03", 2), ("I04", 5))
    actions = [e.action for e in store.audit_entries(entity_prefix=f"document:{doc_id}")]
    assert actions.count("link.add") == 5
    assert actions.count("link.remove") == 1
    with pytest.raises(PackError):
        store.link(doc_id, "I999", 1, "Rina")


def test_full_text_search_follows_edits_and_filters(store: WorkspaceStore) -> None:
    sk = _document(store, b"%PDF sk", title="Surat Penugasan", text=DECREE)
    laporan = _document(
        store, b"%PDF lap", title="Laporan Evaluasi", text="Hasil evaluasi mandiri", kind="Laporan"
    )
    store.link(laporan, "I05", 2, "Rina")
    assert [d.id for d in store.search("penugasan")] == [sk]  # title
    assert [d.id for d in store.search("arsitek")] == [sk]  # prefix match in extracted text
    assert [d.id for d in store.search("evaluasi", kind="Laporan")] == [laporan]
    assert store.search("evaluasi", kind="Keputusan") == []
    assert [d.id for d in store.search("evaluasi", indicator_id="I05")] == [laporan]
    assert store.search("evaluasi", opd_id=7) == []
    assert store.search(" -- !! ") == []
    store.update_document(sk, "Rina", title="Keputusan Kepala Dinas", number="800/12")
    assert store.search("penugasan") == []
    assert [d.id for d in store.search("800 12")] == [sk]
    assert store.document(sk).number == "800/12"
    store.set_document_metadata(laporan, {"title": "Rekap Kuesioner"})
    assert [d.id for d in store.search("rekap")] == [laporan]
    with pytest.raises(ValueError, match="cannot change"):
        store.update_document(sk, "Rina", sha256="0" * 64)


def test_removing_a_document_keeps_content_still_in_use(store: WorkspaceStore) -> None:
    other = store.upsert_opd("Rina", "Dinas Kesehatan").id
    mine = _document(store, b"%PDF shared")
    theirs = _document(store, b"%PDF shared", opd_id=other)
    sha = store.document(mine).sha256
    store.link(mine, "I01", 2, "Rina")
    store.remove_document(mine, "Rina")
    assert store.has_blob(sha)  # the other OPD's document still needs the bytes
    assert _count(store, "links") == 0
    assert _count(store, "blob_data") == 1
    store.remove_document(theirs, "Rina")
    assert not store.has_blob(sha)
    assert _count(store, "blob_data") == 0
    assert store.search("SK") == []


def test_text_digests_of_an_indicator(store: WorkspaceStore) -> None:
    doc_id = _document(store, b"%PDF sk", text=DECREE)
    _document(store, b"%PDF unlinked", text="Naskah lain yang cukup panjang untuk sebuah digest")
    store.link(doc_id, "I06", 1, "Rina")
    sha = store.document(doc_id).sha256
    assert store.text_digests_for_indicator("I06") == {sha: text_digest(DECREE)}


# --------------------------------------------------------------------------- answers
def test_answers_change_only_given_fields_and_audit_old_and_new(store: WorkspaceStore) -> None:
    first = store.set_answer("I01", "Rina", level=2)
    assert (first.level, first.justification, first.status) == (2, "", "draft")
    second = store.set_answer("I01", "Rina", justification="Perkada 12/2023", status="ready")
    assert (second.level, second.justification, second.status) == (2, "Perkada 12/2023", "ready")
    entries_before = len(store.audit_entries())
    assert store.set_answer("I01", "Rina", level=2) == second  # nothing changed: no entry
    assert len(store.audit_entries()) == entries_before
    last = store.audit_entries(action_prefix="answer.set")[0]
    assert last.entity == f"answer:{SELF_OPD}:I01"
    assert last.old == {"justification": "", "status": "draft"}
    assert last.new == {"justification": "Perkada 12/2023", "status": "ready"}
    store.set_answer("I02", "Rina", level=4, status="na")
    assert store.levels() == {"I01": 2}  # not applicable: left out
    assert list(store.answers()) == ["I01", "I02"]
    with pytest.raises(PackError):
        store.set_answer("I999", "Rina", level=1)


def test_verdicts_on_opd_answers(coordinator: WorkspaceStore) -> None:
    opd = coordinator.upsert_opd("Budi", "Dinas Pendidikan").id
    coordinator.set_answer("I01", "Budi", opd_id=opd, level=3)
    coordinator.set_answer("I01", "Budi", level=2)  # the coordinator's own answer
    coordinator.set_verdict(opd, "I01", "perlu_revisi", "Lampirkan SK", "Budi")
    coordinator.set_verdict(opd, "I02", "ditolak", "Tidak ada bukti", "Budi")  # no answer yet
    answers = coordinator.answers(opd)
    assert (answers["I01"].level, answers["I01"].verdict) == (3, "perlu_revisi")
    assert answers["I01"].verdict_comment == "Lampirkan SK"
    assert (answers["I02"].status, answers["I02"].verdict) == ("empty", "ditolak")
    assert set(coordinator.answers_for_indicator("I01")) == {opd}
    assert [(a.opd_id, a.indicator_id) for a in coordinator.all_answers()] == [
        (SELF_OPD, "I01"),
        (opd, "I01"),
        (opd, "I02"),
    ]
    verdicts = coordinator.audit_entries(action_prefix="verdict.set")
    assert verdicts[0].old is None
    assert verdicts[1].old == {"verdict": None, "comment": ""}


# --------------------------------------------------------------------------- OPD register
def test_opd_register_finds_by_name_and_key(coordinator: WorkspaceStore) -> None:
    coordinator.upsert_opd("Budi", "Dinas Pendidikan", assigned=("I01", "I02"))
    coordinator.upsert_opd("Budi", "Badan Keuangan", key_id="K1", fingerprint="aa")
    assert [o.name for o in coordinator.opds()] == ["Badan Keuangan", "Dinas Pendidikan"]
    pendidikan = coordinator.opd_by_name("  dinas PENDIDIKAN".strip())
    assert pendidikan is not None
    assert pendidikan.assigned == ("I01", "I02")
    keuangan = coordinator.opd_by_key("K1")
    assert keuangan is not None
    assert keuangan.fingerprint == "aa"
    updated = coordinator.upsert_opd("Budi", "badan keuangan", key_id="K2", contact="0921")
    assert (updated.id, updated.name, updated.key_id) == (keuangan.id, "Badan Keuangan", "K2")
    assert coordinator.opd_by_key("K1") is None
    assert coordinator.opd_by_name("Dinas Sosial") is None
    upserts = coordinator.audit_entries(action_prefix="opd.upsert")
    assert upserts[0].old == {"key_id": "K1"}


def test_revoked_keys_stay_after_the_opd_pins_another(coordinator: WorkspaceStore) -> None:
    coordinator.upsert_opd("Budi", "Badan Keuangan", key_id="K1", fingerprint="aa")
    revoked = RevokedKey("K1", "aa", "Badan Keuangan", "2026-03-01T00:00:00+00:00")
    with coordinator.transaction():
        coordinator.remember_revoked_key(revoked)
        coordinator.upsert_opd("Budi", "Badan Keuangan", key_id="K2", fingerprint="bb")
    assert coordinator.revoked_key("K1") == revoked
    assert coordinator.revoked_key("K2") is None
    assert coordinator.revoked_keys() == [revoked]
    with coordinator.transaction():
        coordinator.forget_revoked_key("K1")
    assert coordinator.revoked_keys() == []


# --------------------------------------------------------------------------- exchange
def _entry(uuid: str, opd_id: int, sequence: int) -> LedgerEntry:
    return LedgerEntry(uuid, opd_id, sequence, "full", "d" * 64, "", 3, 1024, "2026-03-01")


def test_ledger_is_kept_per_opd_and_bundle_uuid(coordinator: WorkspaceStore) -> None:
    a = coordinator.upsert_opd("Budi", "Dinas A").id
    b = coordinator.upsert_opd("Budi", "Dinas B").id
    with coordinator.transaction():
        coordinator.add_ledger(_entry("uuid-1", a, 1))
        coordinator.add_ledger(_entry("uuid-1", b, 1))  # same UUID, another OPD: its own row
        coordinator.add_ledger(_entry("uuid-2", a, 2))
    assert [(e.opd_id, e.bundle_uuid) for e in coordinator.ledger()] == [
        (a, "uuid-1"),
        (a, "uuid-2"),
        (b, "uuid-1"),
    ]
    assert coordinator.ledger(b) == [_entry("uuid-1", b, 1)]
    with pytest.raises(StoreError) as info, coordinator.transaction():
        coordinator.add_ledger(_entry("uuid-1", a, 3))
    assert info.value.code == "store.constraint"
    assert len(coordinator.ledger(a)) == 2


def test_parts_are_kept_per_opd_and_dropped_with_unused_blobs(
    coordinator: WorkspaceStore,
) -> None:
    a = coordinator.upsert_opd("Budi", "Dinas A").id
    b = coordinator.upsert_opd("Budi", "Dinas B").id
    part1 = _write(coordinator, b"part one").sha256
    part2 = _write(coordinator, b"part two").sha256
    kept = _document(coordinator, b"%PDF also a document", opd_id=a)
    kept_sha = coordinator.document(kept).sha256
    with coordinator.transaction():
        coordinator.add_part(a, "u", 1, 3, part1, "u.part1.zip")
        coordinator.add_part(a, "u", 1, 3, part1, "u.part1-again.zip")  # replaces part 1
        coordinator.add_part(a, "u", 2, 3, kept_sha, "u.part2.zip")
        coordinator.add_part(b, "u", 1, 2, part2, "b.part1.zip")
    assert coordinator.parts(a, "u") == [
        (1, 3, part1, "u.part1-again.zip"),
        (2, 3, kept_sha, "u.part2.zip"),
    ]
    assert coordinator.parts(b, "u") == [(1, 2, part2, "b.part1.zip")]
    assert set(coordinator.pending_parts()) == {(a, "u"), (b, "u")}
    assert coordinator.round_overview().pending_bundles == 1  # one UUID, counted once
    with coordinator.transaction():
        coordinator.drop_parts(a, "u")
    assert coordinator.parts(a, "u") == []
    assert not coordinator.has_blob(part1)
    assert coordinator.has_blob(kept_sha)  # a document still holds it
    assert coordinator.has_blob(part2)  # OPD B's part is untouched
    assert list(coordinator.pending_parts()) == [(b, "u")]


def test_parts_stored_before_they_knew_their_opd_are_found_for_any(
    coordinator: WorkspaceStore,
) -> None:
    a = coordinator.upsert_opd("Budi", "Dinas A").id
    sha = _write(coordinator, b"legacy part").sha256
    with coordinator.transaction():
        coordinator.db.execute(
            "INSERT INTO parts (opd_id, bundle_uuid, part, count, blob_sha256, file_name, at) "
            "VALUES (NULL, 'old', 1, 2, ?, 'old.part1.zip', 'x')",
            [sha],
        )
    assert coordinator.parts(a, "old") == [(1, 2, sha, "old.part1.zip")]
    assert list(coordinator.pending_parts()) == [(None, "old")]


def test_receipts_and_settings(store: WorkspaceStore) -> None:
    store.add_receipt("r-1", 1, ["a" * 64, "b" * 64], "digest", "Rina")
    store.add_receipt("r-2", 2, [], "", "Rina")
    receipts = store.receipts()
    assert [(r["receipt_uuid"], r["sequence"]) for r in receipts] == [("r-1", 1), ("r-2", 2)]
    assert receipts[0]["held_hashes"] == '["' + "a" * 64 + '", "' + "b" * 64 + '"]'
    assert store.audit_entries(action_prefix="receipt.")[1].new == {
        "sequence": 1,
        "documents": 2,
    }
    assert store.setting("missing", default={"x": 1}) == {"x": 1}
    store.set_setting("export.folder", "/tmp/keluar")
    store.set_setting("export.folder", ["a", 2, None])
    assert store.setting("export.folder") == ["a", 2, None]


# --------------------------------------------------------------------------- audit
def test_audit_appends_with_the_callers_transaction_or_its_own(store: WorkspaceStore) -> None:
    seq, head = store.audit_head()
    store.audit("Rina", "test.own", "x", None, {"n": 1})
    assert store.audit_head()[0] == seq + 1
    assert store.audit_head()[1] != head
    with pytest.raises(RuntimeError), store.transaction():
        store.audit("Rina", "test.rolled_back", "x", None, None)
        raise RuntimeError("the change fails")
    assert store.audit_entries(action_prefix="test.rolled_back") == []
    store.audit("Rina", "test.other", "y", {"old": "é"}, None)
    entries = store.audit_entries(action_prefix="test.")
    assert [e.action for e in entries] == ["test.other", "test.own"]  # newest first
    assert entries[0].old == {"old": "é"}
    assert [e.action for e in store.audit_entries(entity_prefix="y")] == ["test.other"]
    assert len(store.audit_entries(limit=1)) == 1
    assert store.audit_chain_break() == (seq + 2, None)


@pytest.mark.parametrize("forgery", ["edit", "delete"])
def test_a_forged_or_removed_entry_breaks_the_chain(opd_workspace: Path, forgery: str) -> None:
    with WorkspaceStore.open(opd_workspace) as store:
        store.set_answer("I01", "Rina", level=2)
        store.set_answer("I01", "Rina", level=3)
        seq = store.audit_entries(action_prefix="answer.set")[1].seq
        total = store.audit_head()[0]
    conn = sqlite3.connect(opd_workspace)
    if forgery == "edit":
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET actor = 'Budi' WHERE seq = ?", [seq])
    else:
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DELETE FROM audit WHERE seq = ?", [seq])
    conn.commit()
    conn.close()
    with WorkspaceStore.open(opd_workspace) as store:
        count, broken = store.audit_chain_break()
        result = run(store.check())
    if forgery == "edit":
        assert (count, broken) == (seq, seq)
    else:
        assert (count, broken) == (seq, seq + 1)  # the next entry no longer follows
    assert broken is not None
    assert broken <= total
    assert [f.code for f in result.findings] == ["check.audit_chain"]
    assert result.findings[0].params == {"seq": broken}


# --------------------------------------------------------------------------- overview
def test_round_overview_counts_per_opd_and_cell(coordinator: WorkspaceStore) -> None:
    a = coordinator.upsert_opd("Budi", "Dinas A").id
    coordinator.set_answer("I01", "Budi", opd_id=a, level=3)
    doc = _document(coordinator, b"%PDF a", opd_id=a)
    coordinator.link(doc, "I01", 3, "Budi")
    _document(coordinator, b"%PDF own")
    with coordinator.transaction():
        coordinator.add_ledger(_entry("uuid-1", a, 1))
    overview = coordinator.round_overview()
    assert overview.answers == [(a, "I01", 3, "draft", None)]
    assert overview.documents_per_cell == {(a, "I01"): 1}
    assert overview.documents_per_opd == {SELF_OPD: 1, a: 1}
    assert overview.last_bundle == {a: ("2026-03-01", 1)}
    assert overview.pending_bundles == 0
