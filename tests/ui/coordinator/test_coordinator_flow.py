"""The coordinator's round, end to end, through the window with the real job runner.

Real services and real files (see conftest): register and pin OPDs, assign indicators, issue a
kit, drop every bundle at once (a tampered one, a duplicate, parts out of order, one from an
unknown key), trust the unknown key, consolidate an indicator, send the receipt back, and read
the index and the plan the way the user sees them.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from spbe_desktop.services import coordinator as coord
from spbe_desktop.services.exchange import accept_receipt, init_from_kit, read_identity_card
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.dialogs import FingerprintRequest
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.coordinator.consolidation_models import ClaimColumn, EvidenceColumn
from spbe_desktop.ui.coordinator.history_models import HistoryColumn
from spbe_desktop.ui.coordinator.import_models import ReportColumn
from spbe_desktop.ui.coordinator.search_models import SearchColumn
from spbe_desktop.ui.coordinator.setup_models import RegisterColumn
from spbe_desktop.ui.coordinator.what_if_models import PlanColumn

WAIT_MS = 30_000


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.cancel_all()
    r.wait_for_done(WAIT_MS)
    QApplication.processEvents()


@pytest.fixture
def coordinator(gui_lang: None, qtbot: QtBot, round_: Any, runner: JobRunner) -> CoordinatorWindow:
    w = CoordinatorWindow(round_.coordinator, runner)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.overview is not None, timeout=WAIT_MS)
    return w


def idle(qtbot: QtBot, runner: JobRunner) -> None:
    """Wait until every job and the jobs its callbacks started have finished."""
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT_MS)
    QApplication.processEvents()


def cells(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def row_of(model: Any, column: int, text: str) -> int:
    return cells(model, column).index(text)


def drop(widget: QWidget, files: list[Path]) -> None:
    """A real drag-and-drop of local files onto ``widget``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    centre = QPointF(widget.rect().center())
    enter = QDragEnterEvent(
        widget.rect().center(),  # QPoint here, QPointF for the drop (as the bindings declare)
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def pin_card(
    qtbot: QtBot,
    w: CoordinatorWindow,
    runner: JobRunner,
    card: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> FingerprintRequest:
    asked: list[FingerprintRequest] = []
    monkeypatch.setattr(prompts, "choose_open_file", lambda *a, **k: card)

    def confirm(_parent: Any, request: FingerprintRequest) -> str:
        asked.append(request)
        return request.default_name

    monkeypatch.setattr(prompts, "confirm_fingerprint", confirm)
    w.setup_tab.pin_button.click()
    idle(qtbot, runner)
    assert len(asked) == 1
    return asked[0]


def test_coordinator_round_end_to_end(
    qtbot: QtBot,
    coordinator: CoordinatorWindow,
    runner: JobRunner,
    round_: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = coordinator
    setup = w.setup_tab
    w.tabs.setCurrentWidget(setup)
    # -- register Bappeda by hand, then pin its identity card ---------------------------------
    monkeypatch.setattr(prompts, "new_opd", lambda _p, _names: ("Bappeda", "Sari · 0812 3456 789"))
    setup.add_button.click()
    idle(qtbot, runner)
    reg = setup.register_model
    assert cells(reg, RegisterColumn.NAME) == ["Bappeda"]
    assert reg.index(0, RegisterColumn.KEY).data() == "belum disematkan"
    assert setup.selected_opd() is not None and setup.selected_opd().name == "Bappeda"

    request = pin_card(qtbot, w, runner, round_.opds["Bappeda"].card, monkeypatch)
    fingerprint = read_identity_card(round_.opds["Bappeda"].card).fingerprint
    assert request.fingerprint == fingerprint
    assert request.default_name == "Bappeda"
    row = row_of(reg, RegisterColumn.NAME, "Bappeda")
    assert reg.index(row, RegisterColumn.FINGERPRINT).data() == fingerprint
    assert reg.index(row, RegisterColumn.KEY).data() == "dipercaya"
    assert reg.index(row, RegisterColumn.CONTACT).data() == "Sari · 0812 3456 789"
    for unit in ("Inspektorat", "BPKAD"):
        assert pin_card(qtbot, w, runner, round_.opds[unit].card, monkeypatch).default_name == unit
    assert cells(reg, RegisterColumn.NAME) == ["BPKAD", "Bappeda", "Inspektorat"]

    # -- assignment: defaults shown, edited, saved ---------------------------------------------
    assign = setup.assign_model
    assert "I11" in assign.indicators_of("Bappeda")  # default owner of Arsitektur SPBE
    assert setup.assign_state.text() == "belum disimpan"
    for name, wanted in {
        "Bappeda": {"I11", "I12", "I13"},
        "Inspektorat": {"I29", "I30", "I31"},
        "BPKAD": {"I29", "I33", "I34"},
    }.items():
        for ind in list(assign.indicators_of(name)):
            assign.set_tick(name, ind, False)
        for ind in wanted:
            assign.set_tick(name, ind, True)
    setup.save_button.click()
    idle(qtbot, runner)
    assert cells(reg, RegisterColumn.ASSIGNED) == ["3", "3", "3"]
    assert setup.assign_state.text() == ""

    # -- the kit for Bappeda -------------------------------------------------------------------
    setup.select_opd("Bappeda")
    kit = tmp_path / "kit-bappeda.spbekit"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: kit)
    setup.kit_button.click()
    idle(qtbot, runner)
    profile = init_from_kit(tmp_path / "dari-kit.spbe", kit, officer="Sari")
    assert profile.unit == "Bappeda" and profile.assigned == ("I11", "I12", "I13")

    # -- one drop: bad signature, duplicate, parts out of order, unknown key ------------------
    w.tabs.setCurrentWidget(w.import_tab)
    drop(w.import_tab, round_.drop())
    idle(qtbot, runner)
    report = w.import_tab.report_model
    results = dict(
        zip(cells(report, ReportColumn.FILE), cells(report, ReportColumn.RESULT), strict=True)
    )
    details = dict(
        zip(cells(report, ReportColumn.FILE), cells(report, ReportColumn.DETAIL), strict=True)
    )
    assert results == {
        "bappeda-ubahan.zip": "Ditolak",
        "bpkad.part03-of-03.zip": "Bagian tersimpan",
        "bpkad.part02-of-03.zip": "Bagian tersimpan",
        "bappeda.zip": "Diterima",
        "inspektorat.zip": "Diterima",
        "bpkad.part01-of-03.zip": "Diterima",
        "bappeda-salinan.zip": "Duplikat",
        "dinas-kesehatan.zip": "Karantina",
    }
    assert "Tanda tangan tidak cocok" in details["bappeda-ubahan.zip"]
    assert "masih kurang: 1, 2" in details["bpkad.part03-of-03.zip"]
    assert "kemudian lengkap dan diterima" in details["bpkad.part03-of-03.zip"]
    assert "sudah diimpor" in details["bappeda-salinan.zip"]
    assert w.import_tab.summary.text() == (
        "3 diterima, 1 duplikat, 1 ditolak, 2 bagian tersimpan, 1 dikarantina."
    )
    assert w.import_tab.quarantine_box.isVisible()

    # -- trust the quarantined key after the phone check, then it is imported -----------------
    asked: list[FingerprintRequest] = []

    def confirm(_parent: Any, req: FingerprintRequest) -> str:
        asked.append(req)
        return "Dinas Kesehatan"

    monkeypatch.setattr(prompts, "confirm_fingerprint", confirm)
    w.import_tab.trust_button.click()
    idle(qtbot, runner)
    assert (
        asked[0].fingerprint == read_identity_card(round_.opds["Dinas Kesehatan"].card).fingerprint
    )
    assert asked[0].default_name == "Dinas Kesehatan"
    row = row_of(report, ReportColumn.FILE, "dinas-kesehatan.zip")
    assert report.index(row, ReportColumn.RESULT).data() == "Diterima"
    assert not w.import_tab.quarantine_box.isVisible()
    assert "Dinas Kesehatan" in cells(reg, RegisterColumn.NAME)

    # -- dashboard: the matrix and completeness ------------------------------------------------
    w.tabs.setCurrentWidget(w.dashboard)
    matrix = w.dashboard.matrix_model
    bappeda, col11 = matrix.row_of("Bappeda"), matrix.column_of("I11")
    assert matrix.index(bappeda, col11).data() == "3"
    # Dinas Kesehatan has no saved assignment yet: no indicator is its (it answered 45 only).
    assert matrix.index(matrix.completeness_row(), matrix.column_of("I29")).data() == "2/2"
    dinkes = row_of(w.dashboard.summary_model, 0, "Dinas Kesehatan")
    assert w.dashboard.summary_model.index(dinkes, 1).data() == "belum ditugaskan"
    summary = w.dashboard.summary_model
    row = row_of(summary, 0, "Bappeda")
    assert summary.index(row, 1).data() == "2 dari 3 (67%)"
    assert summary.index(row, 3).data().endswith("hari ini")
    assert w.dashboard.value.text() == "1,00"
    assert w.dashboard.gap.text() == "kurang 1,60 menuju Baik"

    # -- consolidation of indicator 29: double-click its matrix cell --------------------------
    cons = w.consolidation
    index = matrix.index(matrix.row_of("Inspektorat"), matrix.column_of("I29"))
    w.dashboard.matrix.doubleClicked.emit(index)
    idle(qtbot, runner)
    assert w.tabs.currentWidget() is cons
    assert cons.current_indicator() == "I29"
    claims = cons.claims_model
    assert cells(claims, ClaimColumn.OPD) == ["BPKAD", "Inspektorat"]
    assert cells(claims, ClaimColumn.LEVEL) == ["4 — Terpadu dan Terukur", "3 — Terdefinisi"]
    assert claims.index(1, ClaimColumn.JUSTIFICATION).data() == "Audit internal sesuai pedoman"
    evidence = cons.evidence_model
    senders = cells(evidence, EvidenceColumn.SENDERS)
    assert senders[0] == "dikirim oleh 2 OPD"
    assert evidence.index(0, EvidenceColumn.SENDERS).data(Qt.ItemDataRole.ToolTipRole) == (
        "BPKAD, Inspektorat"
    )
    notes = cells(evidence, EvidenceColumn.NOTE)
    assert sum("hampir sama dengan" in n for n in notes) == 2
    assert cons.suggestion.text().startswith("Saran: 3 — Terdefinisi")

    cons.select_claim("BPKAD")
    cons.verdict_combo.setCurrentIndex(cons.verdict_combo.findData("perlu_revisi"))
    cons.comment_edit.setText("Auditor belum bersertifikat; lampirkan sertifikat")
    cons.verdict_button.click()
    idle(qtbot, runner)
    row = row_of(claims, ClaimColumn.OPD, "BPKAD")
    assert claims.index(row, ClaimColumn.VERDICT).data() == "perlu revisi"
    assert claims.index(row, ClaimColumn.COMMENT).data().startswith("Auditor belum")

    cons.level_combo.setCurrentIndex(cons.level_combo.findData(3))
    cons.note_edit.setPlainText("LHA internal 2025 sesuai pedoman")
    cons.decide_button.click()
    idle(qtbot, runner)
    assert cons.decided_label.text() == "Diputuskan oleh Budi"
    assert matrix.index(matrix.decision_row(), matrix.column_of("I29")).data() == "3"

    # More decisions, so the index moves: 11 → 3, 12 → 2, 33 → 3.
    for indicator, level in (("I11", 3), ("I12", 2), ("I33", 3)):
        cons.show_indicator(indicator)
        idle(qtbot, runner)
        cons.level_combo.setCurrentIndex(cons.level_combo.findData(level))
        cons.decide_button.click()
        idle(qtbot, runner)
    expected = coord.dashboard(round_.coordinator).index
    plan = coord.what_if(round_.coordinator).plan
    shown = f"{expected.display:.2f}".replace(".", ",")
    assert w.dashboard.value.text() == shown
    assert w.dashboard.predicate.text() == expected.predicate == "Kurang"
    gap = (Decimal("2.6") - expected.index).quantize(Decimal("0.01"), rounding="ROUND_CEILING")
    assert w.dashboard.gap.text() == f"kurang {gap:.2f} menuju Baik".replace(".", ",")

    # -- receipt for BPKAD: the verdict travels back ------------------------------------------
    cons.show_indicator("I29")
    idle(qtbot, runner)
    cons.select_claim("BPKAD")
    receipt = tmp_path / "tanda-terima-bpkad.spbereceipt"
    told: list[str] = []
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: receipt)
    monkeypatch.setattr(prompts, "inform", lambda _p, _title, text: told.append(text))
    cons.receipt_button.click()
    idle(qtbot, runner)
    assert told and "Tanda terima untuk BPKAD ditulis" in told[0]
    assert "(1 hasil pemeriksaan)" in told[0]
    back = accept_receipt(round_.opds["BPKAD"].workspace, receipt)
    assert back.verdicts["I29"] == (
        "perlu_revisi",
        "Auditor belum bersertifikat; lampirkan sertifikat",
    )

    # -- preview of the shared audit report (exported in a job, shown with QtPdf) -------------
    cons.evidence.selectRow(0)
    cons.preview_button.click()
    idle(qtbot, runner)
    qtbot.waitUntil(lambda: bool(w.viewer.dialogs), timeout=WAIT_MS)
    dialog = w.viewer.dialogs[-1]
    assert dialog.document is not None
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 1
    dialog.close()

    # -- what-if: the plan the user reads, then "impossible this year" recomputes ------------
    w.tabs.setCurrentWidget(w.what_if)
    wi = w.what_if
    rows = wi.plan_model.rowCount()
    assert rows == len(plan.steps) > 0
    first = plan.steps[0]
    assert wi.plan_model.index(0, PlanColumn.INDICATOR).data() == f"{first.number}. {first.name}"
    assert wi.plan_model.index(0, PlanColumn.RAISE).data() == (
        f"{first.from_level} → {first.to_level}"
    )
    assert wi.plan_model.index(0, PlanColumn.OWNER).data() == first.owner
    assert wi.summary.text().startswith(f"Indeks sekarang {shown} (Kurang). Dengan ")
    assert wi.summary.text().endswith("(Baik).")
    wi.plan_model.setData(
        wi.plan_model.index(0, PlanColumn.IMPOSSIBLE),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    idle(qtbot, runner)
    names = cells(wi.plan_model, PlanColumn.INDICATOR)
    assert f"{first.number}. {first.name}" not in names
    assert wi.excluded.text() == "1 indikator dikeluarkan dari rencana."

    wi.target_spin.setValue(2.0)
    idle(qtbot, runner)
    assert w.dashboard.target.text().startswith("Target: 2,00 (Cukup)")
    assert w.dashboard.gap.text().startswith("kurang")

    # -- search across OPDs, with an OPD filter -----------------------------------------------
    w.tabs.setCurrentWidget(w.search)
    w.search.query.setText("audit infrastruktur")
    w.search.search_button.click()
    idle(qtbot, runner)
    found = cells(w.search.model, SearchColumn.OPD)
    assert sorted(set(found)) == ["BPKAD", "Inspektorat"]
    w.search.opd_combo.setCurrentIndex(w.search.opd_combo.findData("BPKAD"))
    w.search.search_button.click()
    idle(qtbot, runner)
    assert cells(w.search.model, SearchColumn.OPD) == ["BPKAD"]
    assert w.search.count.text() == "1 dokumen ditemukan."

    # -- history: what was done, filtered to verdicts -----------------------------------------
    w.tabs.setCurrentWidget(w.history)
    idle(qtbot, runner)
    events = cells(w.history.model, HistoryColumn.EVENT)
    assert "Jawaban BPKAD untuk indikator 29 dikembalikan untuk revisi." in events
    assert any(e.startswith("Bappeda mengirim paket 2 dokumen baru") for e in events)
    assert any(e.startswith("Tanda terima ke-1 diterbitkan untuk BPKAD") for e in events)
    w.history.action_combo.setCurrentIndex(w.history.action_combo.findData("verdict."))
    idle(qtbot, runner)
    assert cells(w.history.model, HistoryColumn.EVENT) == [
        "Jawaban BPKAD untuk indikator 29 dikembalikan untuk revisi."
    ]
