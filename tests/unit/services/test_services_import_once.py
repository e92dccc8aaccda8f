"""Import reads the payload once: each document is stored while it is hashed and inspected,
and nothing commits unless every hash and the signature hold."""

from __future__ import annotations

import random
import sqlite3
import zipfile
from pathlib import Path

import pytest

from spbe_desktop.core.progress import run
from spbe_desktop.errors import StoreError
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import (
    export_bundle,
    import_bundles,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.workspace import assess
from spbe_desktop.store.lock import hold_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore
from tests.support.generate import make_pdf


def _bundle(opd: Path, coord: Path, tmp_path: Path) -> Path:
    assess(opd, "I01", level=2, note="Draf.", status="ready")
    sk = make_pdf(tmp_path / "SK.pdf", ["KEPUTUSAN BUPATI\nNomor 5/2026 tentang Tim SPBE"])
    notes = tmp_path / "notulen.txt"
    notes.write_text("Notulen rapat koordinasi SPBE\n" * 200, encoding="utf-8")
    video = tmp_path / "rekaman.mp4"
    video.write_bytes(random.Random(3).randbytes(300_000))
    run(attach_files(opd, "I01", [AttachRequest(sk), AttachRequest(notes), AttachRequest(video)]))
    card = tmp_path / "opd.card"
    write_identity_card(opd, card)
    trust_card(coord, card)
    out = tmp_path / "b1.zip"
    run(export_bundle(opd, out))
    return out


def _journal_mode(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


def test_documents_arrive_inspected_and_the_workspace_stays_in_wal(
    opd_workspace: Path, coordinator_workspace: Path, tmp_path: Path
) -> None:
    bundle = _bundle(opd_workspace, coordinator_workspace, tmp_path)
    [outcome] = run(import_bundles(coordinator_workspace, [bundle]))
    assert outcome.status == "accepted", outcome
    assert outcome.documents == 3
    with WorkspaceStore.open(coordinator_workspace) as store:
        docs = {d.file_name: d for d in store.documents(store.opds()[0].id)}
        pdf = store.blob_info(docs["SK.pdf"].sha256)
        txt = store.blob_info(docs["notulen.txt"].sha256)
        with store.open_blob(docs["SK.pdf"].sha256) as reader:
            assert reader.read() == (tmp_path / "SK.pdf").read_bytes()
    # What the parser learnt from the bytes, not what the OPD's documents.json said.
    assert (pdf["mime"], pdf["page_count"]) == ("application/pdf", 1)
    assert "Tim SPBE" in pdf["text"]
    assert txt["mime"].startswith("text/plain")
    assert not (tmp_path / "koordinator.spbe-journal").exists()
    assert _journal_mode(coordinator_workspace) == "wal"


def test_a_second_connection_keeps_wal_and_the_import_still_commits(
    opd_workspace: Path, coordinator_workspace: Path, tmp_path: Path
) -> None:
    bundle = _bundle(opd_workspace, coordinator_workspace, tmp_path)
    with WorkspaceStore.open(coordinator_workspace) as other:  # the GUI's own connection
        [outcome] = run(import_bundles(coordinator_workspace, [bundle]))
        assert outcome.status == "accepted", outcome
        assert len(other.documents(other.opds()[0].id)) == 3
    assert _journal_mode(coordinator_workspace) == "wal"


def test_a_document_that_differs_from_its_signed_hash_leaves_the_workspace_unchanged(
    opd_workspace: Path, coordinator_workspace: Path, tmp_path: Path
) -> None:
    """The signature and manifest are intact; one stored document's bytes are not (a bad
    flash disk): the import is refused after streaming, and nothing of it stays."""
    bundle = _bundle(opd_workspace, coordinator_workspace, tmp_path)
    with zipfile.ZipFile(bundle) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith(".mp4"))
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data = bytearray(bundle.read_bytes())
    assert info.compress_type == zipfile.ZIP_STORED
    data[start + 200] ^= 0x01
    # Keep the ZIP's CRC consistent with the changed bytes, so only the SHA-256 can tell.
    payload = bytes(data[start : start + info.compress_size])
    crc_at = info.header_offset + 14
    data[crc_at : crc_at + 4] = zipfile.crc32(payload).to_bytes(4, "little")  # type: ignore[attr-defined]
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    _fix_central_crc(bad, info.filename, zipfile.crc32(payload))  # type: ignore[attr-defined]
    with WorkspaceStore.open(coordinator_workspace) as store:
        before = (len(store.documents()), len(store.blob_hashes()), store.audit_head())
    [outcome] = run(import_bundles(coordinator_workspace, [bad]))
    assert outcome.status == "refused"
    assert outcome.code == "bundle.hash_mismatch"
    with WorkspaceStore.open(coordinator_workspace) as store:
        after = (len(store.documents()), len(store.blob_hashes()), store.audit_head())
    assert after == before
    assert _journal_mode(coordinator_workspace) == "wal"


def _fix_central_crc(path: Path, name: str, crc: int) -> None:
    data = bytearray(path.read_bytes())
    raw = name.encode()
    at = data.rfind(b"PK\x01\x02", 0, data.rfind(raw))
    data[at + 16 : at + 20] = crc.to_bytes(4, "little")
    path.write_bytes(bytes(data))


def test_the_rollback_journal_is_used_only_when_alone(coordinator_workspace: Path) -> None:
    with WorkspaceStore.open(coordinator_workspace) as store:
        with store.appending_journal() as switched:
            assert switched
            assert _journal_mode(coordinator_workspace) == "delete"
        assert _journal_mode(coordinator_workspace) == "wal"
        with WorkspaceStore.open(coordinator_workspace) as other:
            other.profile()
            with store.appending_journal() as switched:
                assert not switched
    assert _journal_mode(coordinator_workspace) == "wal"


def test_no_rollback_journal_while_a_window_holds_the_workspace(
    coordinator_workspace: Path,
) -> None:
    # A window's background jobs (the plan, the dashboard) open the workspace at any moment; in
    # rollback mode they would wait for the whole import and fail as "busy" (seen in the app).
    with (
        hold_workspace(coordinator_workspace),
        WorkspaceStore.open(coordinator_workspace) as store,
        store.appending_journal() as switched,
    ):
        assert not switched
        assert _journal_mode(coordinator_workspace) == "wal"


def test_a_window_cannot_open_the_workspace_during_a_rollback_journal_import(
    coordinator_workspace: Path,
) -> None:
    with WorkspaceStore.open(coordinator_workspace) as store:
        with store.appending_journal() as switched:
            assert switched
            with pytest.raises(StoreError) as refused:
                hold_workspace(coordinator_workspace)
            assert refused.value.code == "store.open_elsewhere"
        with hold_workspace(coordinator_workspace):  # free again once WAL is back
            pass


def test_a_second_program_opens_the_workspace_while_an_import_writes_in_rollback_mode(
    coordinator_workspace: Path,
) -> None:
    with (
        WorkspaceStore.open(coordinator_workspace) as store,
        store.appending_journal() as switched,
        store.transaction(),
    ):
        assert switched
        store.db.conn.execute("CREATE TABLE scratch (x)")  # this writer holds its lock now
        # Its opening cannot switch back to WAL (that needs the writer's lock): it goes on in
        # the current mode and reads, instead of failing with "busy".
        with WorkspaceStore.open(coordinator_workspace) as other:
            assert other.profile().role == "coordinator"
