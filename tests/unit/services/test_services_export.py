"""Export says what it did: nothing to send after a receipt, documents larger than a part."""

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
from spbe_desktop.services.workspace import assess, init_workspace
from tests.support.generate import make_pdf

INSTANSI = "Pemerintah Kabupaten Halmahera Barat"
SPBE = "spbe-2020"  # these tests claim whole levels on SPBE 2020 indicators (I01...)


def _round(tmp_path: Path) -> tuple[Path, Path]:
    opd = tmp_path / "opd.spbe"
    init_workspace(
        opd, role="opd", instansi=INSTANSI, unit="Bappeda", officer="Sari", framework=SPBE
    )
    assess(opd, "I01", level=2, note="Draf.", status="ready")
    sk = make_pdf(tmp_path / "SK.pdf", ["KEPUTUSAN BUPATI\nNomor 5/2026"])
    run(attach_files(opd, "I01", [AttachRequest(sk)]))
    coord = tmp_path / "koor.spbe"
    init_workspace(
        coord, role="coordinator", instansi=INSTANSI, unit="Diskominfo", officer="K", framework=SPBE
    )
    card = tmp_path / "opd.card"
    write_identity_card(opd, card)
    trust_card(coord, card)
    run(export_bundle(opd, tmp_path / "b1.zip"))
    run(import_bundles(coord, [tmp_path / "b1.zip"]))
    issue_receipt(coord, "Bappeda", tmp_path / "r1.spbereceipt")
    accept_receipt(opd, tmp_path / "r1.spbereceipt")
    return opd, coord


def test_a_delta_with_nothing_new_writes_nothing_and_says_so(tmp_path: Path) -> None:
    opd, _coord = _round(tmp_path)
    out = tmp_path / "out" / "b2.zip"
    out.parent.mkdir()
    summary = run(export_bundle(opd, out))
    assert summary.nothing_changed
    assert summary.paths == []
    assert list(out.parent.iterdir()) == []
    # One changed answer makes it a real delta again, with the next sequence number.
    assess(opd, "I01", level=3, note="Sudah ditetapkan.", status="ready")
    summary = run(export_bundle(opd, out))
    assert not summary.nothing_changed
    assert (summary.delta, summary.sequence, summary.indicators) == (True, 2, 1)
    assert out.exists()


def test_a_document_larger_than_a_part_is_named(tmp_path: Path) -> None:
    opd = tmp_path / "opd.spbe"
    init_workspace(
        opd, role="opd", instansi=INSTANSI, unit="Bappeda", officer="Sari", framework=SPBE
    )
    big = make_pdf(tmp_path / "Renstra 2026.pdf", ["RENSTRA"], pad_to_bytes=3 * 1024 * 1024)
    small = make_pdf(tmp_path / "SK.pdf", ["SK"])
    run(attach_files(opd, "I01", [AttachRequest(big), AttachRequest(small)]))
    summary = run(export_bundle(opd, tmp_path / "b.zip", split_mb=1))
    assert [name for name, _size in summary.oversized] == ["Renstra 2026.pdf"]
    assert max(p.stat().st_size for p in summary.paths) > 1024 * 1024


def test_a_pemdi_bundle_counts_the_indicators_its_documents_are_for(tmp_path: Path) -> None:
    # Under the items rule nothing is claimed: the estimate and the summary said "0 indikator".
    from spbe_desktop.services.exchange import estimate_export

    opd = tmp_path / "opd.spbe"
    init_workspace(opd, role="opd", instansi=INSTANSI, unit="Bappeda", officer="Sari")
    for n, (indicator, item) in enumerate([("1", "I1-L1-01"), ("1", "I1-L2-01"), ("2", None)]):
        doc = make_pdf(tmp_path / f"bukti-{n}.pdf", [f"Bukti nomor {n}"])
        run(attach_files(opd, indicator, [AttachRequest(doc)], item=item))
    assert estimate_export(opd).indicators == 2
    summary = run(export_bundle(opd, tmp_path / "b1.zip"))
    assert (summary.documents, summary.indicators) == (3, 2)
