"""The checklist before sending (issue 15): drafts, empty and unassigned indicators, files the
assessors cannot open, very large files, nothing new since the last receipt; and a workspace
with nothing at all to send. Real workspaces, real PDFs, a real receipt round."""

from __future__ import annotations

from pathlib import Path

from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import (
    accept_receipt,
    export_bundle,
    import_bundles,
    issue_receipt,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.items import set_item_note
from spbe_desktop.services.presend import (
    DRAFT,
    EMPTY,
    LARGE,
    LARGE_FILE_BYTES,
    NOTHING_NEW,
    SCANNED,
    UNASSIGNED,
    UNREADABLE,
    presend_check,
)
from spbe_desktop.services.workspace import assess, init_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore
from tests.support.generate import make_pdf, make_scanned_pdf

INSTANSI = "Pemerintah Kabupaten Halmahera Barat"
SK_TEXT = ["KEPUTUSAN BUPATI HALMAHERA BARAT\nTENTANG TIM KOORDINASI SPBE"]


def _opd(tmp_path: Path, framework: str = "spbe-2020", name: str = "opd.spbe") -> Path:
    path = tmp_path / name
    init_workspace(
        path, role="opd", instansi=INSTANSI, unit="Bappeda", officer="Sari", framework=framework
    )
    return path


def _assign(workspace: Path, *indicators: str) -> None:
    with WorkspaceStore.open(workspace) as store:
        store.update_profile("test", assigned=tuple(indicators))


def test_a_fresh_workspace_has_nothing_to_send(tmp_path: Path) -> None:
    check = presend_check(_opd(tmp_path))
    assert check.nothing_to_send
    # Every indicator of the pack is the unit's (no assignment) and empty.
    assert check.counts() == {EMPTY: 47}


def test_drafts_empty_and_unassigned_indicators(tmp_path: Path) -> None:
    opd = _opd(tmp_path)
    _assign(opd, "I01", "I02", "I03")
    assess(opd, "I01", level=2, note="Masih disusun.", status="draft")
    assess(opd, "I02", level=3, note="Sudah ditetapkan.", status="ready")
    assess(opd, "I09", level=1, note="Kami isi juga.", status="ready")  # not assigned

    check = presend_check(opd, unsaved=["I02"])  # I02 typed again, not saved yet
    assert not check.nothing_to_send
    assert [(f.kind, f.indicator) for f in check.findings] == [
        (DRAFT, "I01"),
        (DRAFT, "I02"),
        (EMPTY, "I03"),
        (UNASSIGNED, "I09"),
    ]
    assert check.of_kind(EMPTY)[0].number == 3
    assert check.counts() == {DRAFT: 2, EMPTY: 1, UNASSIGNED: 1}


def test_files_the_assessors_cannot_open_and_very_large_files(tmp_path: Path) -> None:
    opd = _opd(tmp_path)
    _assign(opd, "I01", "I19")
    folder = tmp_path / "berkas"
    folder.mkdir()
    encrypted = make_pdf(folder / "sandi.pdf", SK_TEXT, user_password="rahasia")
    whole = make_pdf(folder / "utuh.pdf", SK_TEXT * 3).read_bytes()
    truncated = folder / "terpotong.pdf"
    truncated.write_bytes(whole[: len(whole) // 2])
    scan = make_scanned_pdf(folder / "pindaian.pdf")
    big = make_pdf(folder / "besar.pdf", SK_TEXT, pad_to_bytes=LARGE_FILE_BYTES + 1024)
    run(
        attach_files(
            opd,
            "I19",
            [
                AttachRequest(encrypted, title="SK berkata sandi", level=1),
                AttachRequest(truncated, title="SK terpotong", level=1),
                AttachRequest(scan, title="SK pindaian", level=1),
            ],
        )
    )
    run(attach_files(opd, "I01", [AttachRequest(big, title="Laporan besar", level=1)]))
    assess(opd, "I01", status="ready")
    assess(opd, "I19", status="ready")

    check = presend_check(opd)
    unreadable = {f.title: (f.flag, f.indicators) for f in check.of_kind(UNREADABLE)}
    assert unreadable == {
        "SK berkata sandi": ("encrypted", (19,)),
        "SK terpotong": ("unreadable", (19,)),
    }
    assert [f.title for f in check.of_kind(SCANNED)] == ["SK pindaian"]
    (large,) = check.of_kind(LARGE)
    assert (large.title, large.indicators) == ("Laporan besar", (1,))
    assert large.size > LARGE_FILE_BYTES
    assert check.counts() == {UNREADABLE: 2, SCANNED: 1, LARGE: 1}


def test_nothing_new_since_the_last_receipt(tmp_path: Path) -> None:
    opd = _opd(tmp_path)
    _assign(opd, "I01")
    assess(opd, "I01", level=2, note="Sudah ditetapkan.", status="ready")
    run(attach_files(opd, "I01", [AttachRequest(make_pdf(tmp_path / "sk.pdf", SK_TEXT))]))
    assert presend_check(opd).counts() == {}  # never sent: everything is new
    coord = tmp_path / "koor.spbe"
    init_workspace(
        coord,
        role="coordinator",
        instansi=INSTANSI,
        unit="Diskominfo",
        officer="K",
        framework="spbe-2020",
    )
    write_identity_card(opd, tmp_path / "opd.card")
    trust_card(coord, tmp_path / "opd.card")
    run(export_bundle(opd, tmp_path / "b1.zip"))
    run(import_bundles(coord, [tmp_path / "b1.zip"]))
    issue_receipt(coord, "Bappeda", tmp_path / "r1.spbereceipt")
    accept_receipt(opd, tmp_path / "r1.spbereceipt")

    check = presend_check(opd)
    assert check.counts() == {NOTHING_NEW: 1} and not check.nothing_to_send
    assess(opd, "I01", level=3, note="Naik.", status="ready")
    assert presend_check(opd).counts() == {}


def test_pemdi_items_count_as_work_and_index_fed_indicators_are_never_empty(
    tmp_path: Path,
) -> None:
    opd = _opd(tmp_path, framework="pemdi-2026")
    with WorkspaceStore.open(opd) as store:
        pack = store.pack()
    evidence = [i for i in pack.indicators if i.external is None]
    fed = [i for i in pack.indicators if i.external is not None]
    first, second = evidence[0], evidence[1]
    _assign(opd, first.id, second.id, *(i.id for i in fed))
    item = first.items[0]
    sk = make_pdf(tmp_path / "sk.pdf", SK_TEXT)
    run(attach_files(opd, None, [AttachRequest(sk, title="SK Tim")], item=item.code))
    set_item_note(opd, second.items[0].code, "Diunggah di portal minggu depan.")

    check = presend_check(opd)
    assert not check.nothing_to_send
    assert check.counts() == {}, check.findings
