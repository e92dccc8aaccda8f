"""The architecture inventory travels (issue 19, point 3): two OPDs' signed bundles reach the
coordinator, each OPD's entries bound to the key that signed them; the shared application is
flagged with the other findings; the coordinator's remarks and SIAP status come back in the
receipt; removals travel; a bad ``architecture.json`` is refused whole; old bundles (format 1,
and format 2 without the file) still import.

Real Pemdi 2026 workspaces from a coordinator's kit, real signed bundles and receipts.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]

from spbe_desktop.core.progress import run
from spbe_desktop.services import architecture as arch
from spbe_desktop.services.exchange import (
    accept_receipt,
    export_bundle,
    import_bundles,
    issue_receipt,
    load_identity,
    outcome_message,
)
from tests.support.generate import make_pdf
from tests.support.pair import join_opd, make_coordinator
from tests.unit.services.test_services_exchange_items import _bag, _resign, _state

INSTANSI = "Pemerintah Kabupaten Halmahera Barat"


def _opd(koor: Path, tmp_path: Path, unit: str) -> Path:
    opd = join_opd(
        koor,
        unit,
        tmp_path / f"{unit}.spbe",
        indicators=["1", "13", "14"],
        officer=f"Petugas {unit}",
    )
    return opd.workspace


def _send(opd: Path, koor: Path, out: Path) -> None:
    run(export_bundle(opd, out))
    (outcome,) = run(import_bundles(koor, [out]))
    assert outcome.status == "accepted", outcome_message(outcome, "en")


def _setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    koor = make_coordinator(tmp_path / "koordinator.spbe", instansi=INSTANSI)
    return koor, _opd(koor, tmp_path, "Bappeda"), _opd(koor, tmp_path, "Dinkes")


def test_two_opds_reach_the_coordinator_with_findings_and_remarks_come_back(
    tmp_path: Path,
) -> None:
    koor, bappeda, dinkes = _setup(tmp_path)
    # Bappeda: a service with its process and application, hosted; the app's SIAP screenshot.
    pb = arch.create_object(bappeda, "proses_bisnis", "Perencanaan", ref_code="RAB.09.05")
    svc = arch.create_object(bappeda, "layanan", "Musrenbang Daring", ref_code="RAL.02.03")
    app = arch.create_object(
        bappeda,
        "aplikasi",
        "SIMPEG",
        ref_code="RAA.02.02",
        fields={"url": "https://simpeg.halbar.go.id", "kepemilikan": "Aplikasi Khusus Pemda"},
    )
    srv = arch.create_object(bappeda, "infrastruktur", "Server Diskominfo", ref_code="RAI.01.02")
    arch.add_relation(bappeda, "layanan_proses_bisnis", svc.id, pb.id)
    arch.add_relation(bappeda, "layanan_aplikasi", svc.id, app.id)
    arch.add_relation(bappeda, "aplikasi_infrastruktur", app.id, srv.id)
    shot = make_pdf(tmp_path / "siap-simpeg.pdf", ["SIAP Digital: SIMPEG"])
    app = run(arch.attach_screenshot(bappeda, app.id, shot))
    # Dinkes registers the same application (other spelling), and an unfinished service.
    arch.create_object(
        dinkes,
        "aplikasi",
        "Simpeg",
        ref_code="RAA.02.02",
        fields={"url": "http://www.simpeg.halbar.go.id/"},
    )
    arch.create_object(dinkes, "layanan", "Vaksinasi")
    _send(bappeda, koor, tmp_path / "bappeda-1.spbebundle")
    _send(dinkes, koor, tmp_path / "dinkes-1.spbebundle")

    everything = arch.list_objects(koor)
    assert sorted((o.opd_name, o.name) for o in everything) == [
        ("Bappeda", "Musrenbang Daring"),
        ("Bappeda", "Perencanaan"),
        ("Bappeda", "SIMPEG"),
        ("Bappeda", "Server Diskominfo"),
        ("Dinkes", "Simpeg"),
        ("Dinkes", "Vaksinasi"),
    ]
    theirs = next(o for o in everything if o.opd_name == "Bappeda" and o.name == "SIMPEG")
    assert theirs.uid == app.uid and theirs.siap.screenshot_id is not None
    assert theirs.siap.screenshot_sha256 == app.siap.screenshot_sha256
    assert {(r.kind, r.from_name, r.to_name) for r in arch.relations(koor, theirs.id)} == {
        ("layanan_aplikasi", "Musrenbang Daring", "SIMPEG"),
        ("aplikasi_infrastruktur", "SIMPEG", "Server Diskominfo"),
    }
    assert [o.name for o in arch.list_objects(koor, "aplikasi", unit="Dinkes")] == ["Simpeg"]

    result = arch.summary(koor)
    assert result.counts["aplikasi"] == 2 and result.counts["layanan"] == 2
    codes = [f.code for f in result.findings]
    assert codes[0] == "architecture.finding.shared_application"
    shared = result.findings[0]
    assert shared.opd_names == ("Bappeda", "Dinkes")
    assert "SIMPEG" in shared.message and "Bappeda, Dinkes" in shared.message
    assert "architecture.finding.missing_code" in codes  # Vaksinasi
    assert "architecture.finding.service_without_application" in codes
    assert "architecture.finding.application_without_hosting" in codes  # Dinkes' Simpeg
    assert "architecture.finding.shared_url" not in codes  # same name: reported once

    # The coordinator's workbook holds every unit's rows, sheets and headers as SIA asks.
    book = run(arch.export_workbook(koor, tmp_path / "arsitektur.xlsx"))
    wb = openpyxl.load_workbook(book, read_only=True)
    assert wb.sheetnames[3:10] == [spec.sheet for spec in arch.domain_specs()]
    units = [r[0] for r in wb["01_OPD"].iter_rows(min_row=2, values_only=True)]
    assert units == ["Diskominfo", "Bappeda", "Dinkes"]
    apps = list(wb["06_Aplikasi"].iter_rows(values_only=True))
    assert apps[0][:4] == ("ID", "OPD", "Nama", "Kode RAA")
    assert sorted((r[1], r[2], r[3]) for r in apps[1:]) == [
        ("Bappeda", "SIMPEG", "RAA.02.02 – Fungsi Tertentu"),
        ("Dinkes", "Simpeg", "RAA.02.02 – Fungsi Tertentu"),
    ]
    wb.close()

    # The coordinator enters SIMPEG in SIAP Digital and remarks on it; the receipt brings both.
    arch.set_remark(koor, theirs.id, "Lengkapi basis data dan bahasa pemrograman.")
    arch.set_siap_status(koor, theirs.id, "terinput", siap_id="APL-7", input_date="2026-11-25")
    receipt = tmp_path / "bappeda.spbereceipt"
    issue_receipt(koor, "Bappeda", receipt)
    accept_receipt(bappeda, receipt)
    mine = arch.get_object(bappeda, app.id)
    assert mine.remark == "Lengkapi basis data dan bahasa pemrograman." and mine.remark_by == "Budi"
    assert (mine.siap.status, mine.siap.siap_id, mine.siap.input_date) == (
        "terinput",
        "APL-7",
        "2026-11-25",
    )
    # Remarks alone do not make a delta: nothing of the OPD's changed.
    assert run(export_bundle(bappeda, tmp_path / "none.spbebundle")).nothing_changed

    # Bappeda removes its process and renames its service: the next (delta) bundle carries it.
    arch.delete_object(bappeda, pb.id)
    arch.update_object(bappeda, svc.id, name="Musrenbang Online")
    _send(bappeda, koor, tmp_path / "bappeda-2.spbebundle")
    names = {o.name for o in arch.list_objects(koor, unit="Bappeda")}
    assert names == {"Musrenbang Online", "SIMPEG", "Server Diskominfo"}
    kept = arch.get_object(koor, theirs.id)  # the coordinator's own remark and status stay
    assert kept.remark.startswith("Lengkapi") and kept.siap.siap_id == "APL-7"


def test_inventory_is_signed_and_a_bad_one_is_refused_whole(tmp_path: Path) -> None:
    koor, bappeda, _dinkes = _setup(tmp_path)
    arch.create_object(bappeda, "aplikasi", "SIMPEG", ref_code="RAA.02.02")
    out = tmp_path / "bappeda-1.spbebundle"
    run(export_bundle(bappeda, out))
    payload, _info, _trusted = _bag(out)
    doc = json.loads(payload["architecture.json"])
    assert [o["name"] for o in doc["objects"]] == ["SIMPEG"]
    import zipfile

    with zipfile.ZipFile(out) as zf:
        top = zf.namelist()[0].split("/", 1)[0]
        manifest = zf.read(f"{top}/manifest-sha256.txt").decode()
    assert "data/architecture.json" in manifest  # listed, so signed
    doc["objects"][0]["domain"] = "lain"
    secret = load_identity(bappeda, None)
    bad = _resign(
        out,
        tmp_path / "bad.spbebundle",
        secret,
        payload={"architecture.json": json.dumps(doc).encode()},
    )
    before = _state(koor)
    (outcome,) = run(import_bundles(koor, [bad]))
    assert outcome.status == "refused" and outcome.code == "import.bad_content"
    assert "architecture.json" in outcome_message(outcome, "en")
    assert _state(koor) == before


def test_a_bundle_without_inventory_leaves_the_coordinators_entries(tmp_path: Path) -> None:
    """An OPD that never used the inventory writes no ``architecture.json`` (its bundle is
    what older versions read), and the coordinator's entries for it stay as they are."""
    koor, bappeda, _dinkes = _setup(tmp_path)
    out = tmp_path / "bappeda-1.spbebundle"
    run(export_bundle(bappeda, out))
    payload, _info, _trusted = _bag(out)
    assert "architecture.json" not in payload
    (outcome,) = run(import_bundles(koor, [out]))
    assert outcome.status == "accepted"
    assert arch.list_objects(koor) == []


def test_old_bundles_still_import_and_the_inventory_follows(tmp_path: Path) -> None:
    """A format 1 bundle (made by commit 9a6cfd8) imports into the old, migrated coordinator
    workspace; the old OPD workspace, migrated, then sends its inventory on top."""
    from tests.unit.services.test_services_exchange_old_format import _copy

    koor, opd, old_bundle = _copy(tmp_path)
    (outcome,) = run(import_bundles(koor, [old_bundle]))
    assert outcome.status == "accepted", outcome_message(outcome, "en")
    assert arch.list_objects(koor) == []
    arch.create_object(opd, "aplikasi", "SIPD", ref_code="RAA.02.02")
    _send(opd, koor, tmp_path / "bappeda-2.spbebundle")
    (got,) = arch.list_objects(koor)
    assert (got.opd_name, got.name, got.ref_label) == (
        "Bappeda",
        "SIPD",
        "RAA.02.02 – Fungsi Tertentu",
    )
