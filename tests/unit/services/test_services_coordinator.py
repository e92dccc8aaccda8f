"""Coordinator views over real imported bundles: dashboard, consolidation, what-if, search."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from spbe_desktop.core.progress import run
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.coordinator import SearchQuery
from spbe_desktop.services.exchange import (
    export_bundle,
    import_bundles,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.workspace import assess, init_workspace, open_workspace
from tests.support.generate import make_pdf

TEXT = "LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE TAHUN 2025 PEMERINTAH PROVINSI MALUKU UTARA"
SPBE = "spbe-2020"  # these tests claim whole levels on SPBE 2020 indicators (I01...)


@pytest.fixture(scope="module")
def round_(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A coordinator workspace holding bundles of two OPDs."""
    w = tmp_path_factory.mktemp("round")
    koor = w / "koor.spbe"
    init_workspace(
        koor, role="coordinator", instansi="Pemprov Maluku Utara", officer="Budi", framework=SPBE
    )
    shared = make_pdf(w / "audit-2025.pdf", [TEXT])
    rescan = make_pdf(w / "audit-2025-scan-ulang.pdf", [TEXT], title="Salinan")
    for unit, level, files in [
        ("Inspektorat", 3, [shared]),
        ("Diskominfo Provinsi", 4, [shared, rescan]),
    ]:
        ws = w / f"{unit}.spbe"
        init_workspace(ws, role="opd", instansi="Pemprov Maluku Utara", unit=unit, framework=SPBE)
        assess(ws, "29", level=level, note=f"Audit oleh {unit}")
        run(attach_files(ws, "29", [AttachRequest(f, kind="Laporan") for f in files]))
        card = w / f"{unit}.card"
        write_identity_card(ws, card)
        trust_card(koor, card)
        run(export_bundle(ws, w / f"{unit}.zip"))
    outcomes = run(import_bundles(koor, [w / "Inspektorat.zip", w / "Diskominfo Provinsi.zip"]))
    assert [o.status for o in outcomes] == ["accepted", "accepted"]
    return koor


def test_dashboard_matrix_and_completeness(round_: Path) -> None:
    d = coord.dashboard(round_)
    names = [r.opd.name for r in d.opds]
    assert names == ["Diskominfo Provinsi", "Inspektorat"]
    by_name = {r.opd.name: r for r in d.opds}
    assert by_name["Diskominfo Provinsi"].documents == 2
    assert by_name["Inspektorat"].last_sequence == 1
    assert by_name["Inspektorat"].age_days == 0
    cell = d.matrix[(by_name["Inspektorat"].opd.id, "I29")]
    assert (cell.level, cell.documents) == (3, 1)
    assert d.indicator_completeness["I29"] == (2, 2)
    assert d.index.predicate == "Kurang"  # nothing consolidated yet


def test_consolidation_shows_shared_documents_once_and_flags_rescans(round_: Path) -> None:
    c = coord.consolidation(round_, "29")
    assert [(x.opd.name, x.answer.level if x.answer else None) for x in c.claims] == [
        ("Diskominfo Provinsi", 4),
        ("Inspektorat", 3),
    ]
    assert c.suggested_level == 3
    senders = sorted(e.senders for e in c.evidence)
    assert senders == [("Diskominfo Provinsi",), ("Diskominfo Provinsi", "Inspektorat")]
    flagged = [e for e in c.evidence if e.near_identical]
    assert len(flagged) == 2  # the original and the re-saved copy point at each other


def test_decision_verdict_and_what_if(round_: Path) -> None:
    coord.decide(round_, "29", 3, "Audit internal sesuai pedoman")
    coord.set_verdict(
        round_, "Diskominfo Provinsi", "29", "perlu_revisi", "Bukan auditor bersertifikat"
    )
    d = coord.dashboard(round_)
    assert d.consolidated["I29"].level == 3
    plan = coord.what_if(round_, "1.5").plan
    assert plan.reached
    assert plan.end >= Decimal("1.5")
    locked = coord.what_if(round_, "1.5", locked=["45", "46"], impossible=["47"]).plan
    assert not {s.indicator_id for s in locked.steps} & {"I45", "I46", "I47"}
    assert all(s.owner for s in plan.steps)
    hist = coord.history(round_, action="verdict.")
    assert hist[0].new == {"verdict": "perlu_revisi", "comment": "Bukan auditor bersertifikat"}


def test_search_across_opds_with_filters(round_: Path) -> None:
    hits = coord.search_evidence(round_, SearchQuery("audit infrastruktur"))
    with open_workspace(round_) as store:
        assert {h.opd_id for h in hits} == {o.id for o in store.opds()}
    only = coord.search_evidence(round_, SearchQuery("audit", opd="Inspektorat"))
    assert len(only) == 1
    assert coord.search_evidence(round_, SearchQuery("audit", kind="SOP")) == []
    assert coord.search_evidence(round_, SearchQuery("tidakada")) == []


def test_quarantined_key_can_be_trusted_after_confirmation(tmp_path: Path) -> None:
    from spbe_desktop.services.exchange import trust_public_key

    koor = tmp_path / "k.spbe"
    init_workspace(koor, role="coordinator", instansi="Pemprov", framework=SPBE)
    ws = tmp_path / "bkpsdm.spbe"
    init_workspace(ws, role="opd", instansi="Pemprov", unit="BKPSDM", framework=SPBE)
    assess(ws, "36", level=2)
    run(export_bundle(ws, tmp_path / "b.zip"))
    (first,) = run(import_bundles(koor, [tmp_path / "b.zip"]))
    assert first.status == "quarantined"
    assert first.signer_public_key
    with open_workspace(koor) as store:
        assert store.opds() == []  # nothing written while quarantined
    opd, fp = trust_public_key(koor, "BKPSDM", first.signer_public_key)
    assert fp == first.signer_fingerprint
    (second,) = run(import_bundles(koor, [tmp_path / "b.zip"]))
    assert second.status == "accepted"
    with open_workspace(koor) as store:
        assert store.answers(opd.id)["I36"].level == 2


def test_an_opd_plan_only_raises_its_own_indicators(tmp_path: Path) -> None:
    from spbe_desktop.services.workspace import index_report

    ws = tmp_path / "bappeda.spbe"
    init_workspace(
        ws,
        role="opd",
        instansi="Pemprov",
        unit="Bappeda",
        assigned=("I11", "I12", "I13"),
        framework=SPBE,
    )
    report = index_report(ws, Decimal("1.2"))
    assert report.plan.reached
    assert {s.indicator_id for s in report.plan.steps} <= {"I11", "I12", "I13"}
    far = index_report(ws, Decimal("2.6"))
    assert not far.plan.reached  # three indicators alone cannot lift the instansi to Baik
