"""The coordinator's architecture tab (issue 19): two OPDs' bundles that both register the same
application are imported; the tab lists both OPDs' objects per domain, flags the shared
application among the other findings, keeps a remark, and writes the combined workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.services import architecture as arch
from spbe_desktop.services.exchange import (
    accept_receipt,
    export_bundle,
    import_bundles,
    issue_receipt,
    trust_card,
)
from spbe_desktop.services.workspace import init_workspace
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.jobs import InlineJobRunner
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.coordinator.architecture_tab import ArchitectureTab
from spbe_desktop.ui.opd.architecture_page import ArchitecturePage
from tests.ui.coordinator.conftest import INSTANSI, SPBE, _opd

SHARED = "SIMPEG Terpadu"


@pytest.fixture
def coordinator(tmp_path: Path) -> Path:
    """Bappeda and BKD both register SIMPEG Terpadu; their bundles are imported (the OPDs'
    workspaces stay beside it, named after the unit)."""
    koor = tmp_path / "koordinator.spbe"
    init_workspace(
        koor,
        role="coordinator",
        instansi=INSTANSI,
        unit="Diskominfo",
        officer="Budi",
        framework=SPBE,
    )
    bundles = []
    for unit, extra in (("Bappeda", "Layanan perencanaan"), ("BKD", "Layanan kepegawaian")):
        src = _opd(tmp_path, unit, {"11": (2, "Arsitektur sebagian")}, {})
        arch.create_object(
            src.workspace,
            "aplikasi",
            SHARED,
            ref_code="RAA.02",
            fields={"url": "https://simpeg.example.go.id"},
        )
        arch.create_object(src.workspace, "layanan", extra, ref_code="RAL.02")
        bundle = tmp_path / f"{unit}.zip"
        run(export_bundle(src.workspace, bundle))
        trust_card(koor, src.card)
        bundles.append(bundle)
    run(import_bundles(koor, bundles))
    return koor


def test_the_tab_shows_both_opds_and_the_shared_application(
    gui_lang: None,
    qtbot: QtBot,
    coordinator: Path,
    inline_runner: InlineJobRunner,
    tmp_path: Path,
    sample_docs: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = CoordinatorWindow(coordinator, inline_runner)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tab = window.architecture
    window.tabs.setCurrentWidget(tab)
    assert tab.loaded
    tab.select_domain("aplikasi")
    assert sorted(o.opd_name for o in tab.objects()) == ["BKD", "Bappeda"]
    assert {o.name for o in tab.objects()} == {SHARED}
    assert tab.domain_combo.currentText().endswith("(2)")

    codes = [f.code for f in tab.findings]
    assert "architecture.finding.shared_application" in codes
    shared = next(f for f in tab.findings if f.code == "architecture.finding.shared_application")
    assert set(shared.opd_names) == {"Bappeda", "BKD"}
    row = tab.finding_model.rows().index(shared)
    texts = [tab.finding_model.index(row, c).data() for c in range(4)]
    assert "shared_application" in texts[1] and SHARED in texts[3]
    assert "Aplikasi sama di dua OPD: 1" in tab.findings_counts.text()
    # The services have no application: that is a finding too, one per OPD.
    assert codes.count("architecture.finding.service_without_application") == 2

    # Choosing a finding shows its object.
    tab.select_domain("layanan")
    tab.finding_table.selectRow(row)
    assert str(tab.domain_combo.currentData()) == "aplikasi"
    chosen = tab.table.selectionModel().selectedRows()
    assert chosen and tab.model.row_at(chosen[0].row()).name == SHARED

    # The unit filter narrows the table to one OPD; a remark is kept for that OPD's receipt.
    tab.unit_combo.setCurrentIndex(tab.unit_combo.findData("BKD"))
    assert [o.opd_name for o in tab.objects()] == ["BKD"]
    tab.table.selectRow(0)
    assert tab.remark_edit.isEnabled()
    tab.remark_edit.setText("Aplikasi milik BKD; Bappeda cukup sebagai pengguna.")
    tab.remark_button.click()
    remarks = {o.opd_name: o.remark for o in arch.list_objects(coordinator, "aplikasi")}
    assert remarks == {"BKD": "Aplikasi milik BKD; Bappeda cukup sebagai pengguna.", "Bappeda": ""}
    # As SIAP Digital administrator the coordinator records BKD's application as typed in.
    monkeypatch.setattr(prompts, "choose_open_file", lambda *_a, **_k: sample_docs["png"])
    tab.siap.attach_button.click()
    tab.siap.set_status("terinput")
    tab.siap.siap_id.setText("APL-0007")
    tab.siap.save_button.click()
    bkd_app = next(o for o in arch.list_objects(coordinator, "aplikasi") if o.opd_name == "BKD")
    assert (bkd_app.siap.status, bkd_app.siap.siap_id) == ("terinput", "APL-0007")
    assert bkd_app.siap.screenshot_id is not None
    assert "Terinput" in tab.model.index(0, 3).data()

    out = tmp_path / "gabungan.xlsx"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *_a, **_k: out)
    tab.export_button.click()
    book = openpyxl.load_workbook(out)
    assert [s for s in book.sheetnames if s.startswith("06_")] == ["06_Aplikasi"]
    sheet = book["06_Aplikasi"]
    headers = [c.value for c in sheet[1]]
    assert "Nama" in headers and "OPD" in headers
    units = sorted(sheet.cell(r, headers.index("OPD") + 1).value for r in (2, 3))
    assert units == ["BKD", "Bappeda"]

    # The remark travels back in BKD's receipt and shows above the object on BKD's page.
    receipt = tmp_path / "tanda-terima-bkd.spbereceipt"
    issue_receipt(coordinator, "BKD", receipt)
    bkd = tmp_path / "bkd.spbe"
    accept_receipt(bkd, receipt)
    page = ArchitecturePage(bkd, inline_runner, "BKD")
    qtbot.addWidget(page)
    page.select_domain("aplikasi")
    page.reload()
    assert page.select_object(SHARED)
    assert not page.remark.isHidden()
    assert "Bappeda cukup sebagai pengguna" in page.remark.text()
    assert page.siap.status() == "terinput"


def open_architecture_tab(
    qtbot: QtBot, workspace: Path, runner: InlineJobRunner
) -> ArchitectureTab:
    """The Arsitektur tab of a coordinator window on ``workspace``, shown (qtbot keeps the
    window)."""
    window = CoordinatorWindow(workspace, runner)
    qtbot.addWidget(window)
    window.show()
    tab = window.architecture
    window.tabs.setCurrentWidget(tab)
    return tab


def test_the_coordinator_extends_a_code_list(
    gui_lang: None,
    qtbot: QtBot,
    coordinator_workspace: Path,
    inline_runner: InlineJobRunner,
) -> None:
    tab = open_architecture_tab(qtbot, coordinator_workspace, inline_runner)
    tab.add_code_button.click()
    dialog = tab.code_dialog
    assert dialog is not None
    dialog.list_combo.setCurrentIndex(dialog.list_combo.findData("RAB"))
    dialog.code_edit.setText("rab.02.06.01")
    dialog.name_edit.setText("Perikanan Tangkap")
    assert dialog.parent_code() == "RAB.02.06"
    dialog.accept()
    found = arch.find_codes(coordinator_workspace, "RAB", "tangkap")
    assert [(e.code, e.source) for e in found] == [("RAB.02.06.01", "lokal")]
