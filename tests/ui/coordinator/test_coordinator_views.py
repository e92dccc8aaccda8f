"""Dashboard colours and banner, what-if constraints, search filters, history and set-up
details, with the synchronous job runner over an imported round."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from spbe_desktop.services import coordinator as coord
from spbe_desktop.services.workspace import init_workspace
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.coordinator.common import StateDelegate
from spbe_desktop.ui.coordinator.dashboard_models import STATE_ROLE
from spbe_desktop.ui.coordinator.history_models import HistoryColumn
from spbe_desktop.ui.coordinator.palette import tint
from spbe_desktop.ui.coordinator.search_models import SearchColumn
from spbe_desktop.ui.coordinator.what_if_models import ConstraintColumn, PlanColumn


@pytest.fixture
def imported(inline_window: Any, round_: Any) -> Any:
    """Bappeda, Inspektorat and BPKAD pinned and imported; a verdict and two decisions."""
    parts = round_.opds["BPKAD"].bundles
    files = (round_.opds["Bappeda"].bundles[0], round_.opds["Inspektorat"].bundles[0], *parts)
    with_data = inline_window(trust=("Bappeda", "Inspektorat", "BPKAD"), files=files)
    coord.set_verdict(round_.coordinator, "Inspektorat", "29", "perlu_revisi", "Lampirkan pedoman")
    coord.set_verdict(round_.coordinator, "BPKAD", "29", "ditolak", "Bukan auditor bersertifikat")
    coord.set_verdict(round_.coordinator, "Bappeda", "11", "diterima", "")
    coord.decide(round_.coordinator, "11", 3, "Pergub arsitektur")
    coord.decide(round_.coordinator, "29", 3, "LHA internal")
    with_data.refresh()
    return with_data


def test_coordinator_matrix_states_and_palette_aware_colours(imported: Any) -> None:
    m = imported.dashboard.matrix_model
    state = {
        (opd, ind): m.index(m.row_of(opd), m.column_of(ind)).data(STATE_ROLE)
        for opd, ind in [
            ("Bappeda", "I11"),
            ("Bappeda", "I12"),
            ("Inspektorat", "I29"),
            ("BPKAD", "I29"),
            ("BPKAD", "I33"),
        ]
    }
    assert state == {
        ("Bappeda", "I11"): "diterima",
        ("Bappeda", "I12"): "ready",
        ("Inspektorat", "I29"): "perlu_revisi",
        ("BPKAD", "I29"): "ditolak",
        ("BPKAD", "I33"): "ready",
    }
    tip = m.index(m.row_of("BPKAD"), m.column_of("I29")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Klaim: 4 — Terpadu dan Terukur (siap diperiksa)" in tip
    assert "Hasil pemeriksaan: ditolak" in tip
    assert m.index(m.decision_row(), m.column_of("I11")).data() == "3"
    assert m.headerData(m.decision_row(), Qt.Orientation.Vertical) == "Keputusan instansi"
    # The tint follows the palette: light under a light base, dark under a dark one.
    light, dark = QPalette(QColor("white")), QPalette(QColor("#202020"))
    light.setColor(QPalette.ColorRole.Base, QColor("white"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    on_light, on_dark = tint(light, "ditolak"), tint(dark, "ditolak")
    assert on_light is not None and on_dark is not None
    assert on_light.lightness() > 150 > 90 > on_dark.lightness()
    assert on_light.red() > on_light.green()
    option = QStyleOptionViewItem()
    option.palette = light
    index = m.index(m.row_of("BPKAD"), m.column_of("I29"))
    StateDelegate().initStyleOption(option, index)
    assert option.backgroundBrush.color() == on_light
    assert option.text == "4"


def test_coordinator_dashboard_labels_and_chart(imported: Any) -> None:
    d = imported.dashboard
    result = coord.dashboard(imported.workspace).index
    assert d.value.text() == f"{result.display:.2f}".replace(".", ",")
    assert d.predicate.text() == "Kurang"
    assert d.target.text().startswith("Target: 2,60 (Baik)")
    assert d.counts.text() == "3 OPD terdaftar, 3 sudah mengirim paket bukti."
    assert not d.pending.isVisibleTo(d)
    assert d.chart_title.text() == "Indeks per domain"
    assert d.chart.categories[0].startswith("1. Kebijakan Internal SPBE (")  # top row first
    assert "Garis putus-putus: target 2,60." in d.chart.accessibleDescription()
    d.group_combo.setCurrentIndex(d.group_combo.findData("aspect"))
    assert d.chart_title.text() == "Indeks per aspek"
    assert len(d.chart.categories) == 8
    assert not imported.provisional_banner.isVisibleTo(imported)


def test_coordinator_provisional_pack_shows_the_banner(
    gui_lang: None, qtbot: QtBot, inline_runner: Any, tmp_path: Path
) -> None:
    ws = tmp_path / "pemdi.spbe"
    init_workspace(ws, role="coordinator", instansi="Pemkot Ternate", framework="pemdi-2026")
    w = CoordinatorWindow(ws, inline_runner)
    qtbot.addWidget(w)
    assert w.provisional_banner.isVisibleTo(w)
    assert w.provisional_banner.text().startswith("SEMENTARA: kerangka")
    # Pemdi has aspects only: no domain choice, the chart shows aspects.
    assert w.dashboard.chart_title.text() == "Indeks per aspek"
    assert not w.dashboard.group_combo.isVisibleTo(w)
    assert w.dashboard.caption.text() == w.overview.dashboard.pack.index_name


def test_coordinator_what_if_constraints_recompute(imported: Any) -> None:
    imported.tabs.setCurrentWidget(imported.what_if)
    wi = imported.what_if
    before = [
        wi.plan_model.index(r, PlanColumn.INDICATOR).data() for r in range(wi.plan_model.rowCount())
    ]
    first_id = wi.plan_model.row_at(0)[1].indicator_id
    row = next(
        r
        for r in range(wi.constraints_model.rowCount())
        if wi.constraints_model.row_at(r).indicator.id == first_id
    )
    lock = wi.constraints_model.index(row, ConstraintColumn.LOCKED)
    wi.constraints_model.setData(lock, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    after = [
        wi.plan_model.index(r, PlanColumn.INDICATOR).data() for r in range(wi.plan_model.rowCount())
    ]
    assert before[0] not in after
    assert wi.excluded.text() == "1 indikator dikeluarkan dari rencana."
    # One reason per indicator: marking it impossible clears the lock.
    impossible = wi.constraints_model.index(row, ConstraintColumn.IMPOSSIBLE)
    wi.constraints_model.setData(
        impossible, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert lock.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked.value
    assert impossible.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
    wi.constraints_model.setData(
        impossible, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert [
        wi.plan_model.index(r, PlanColumn.INDICATOR).data() for r in range(wi.plan_model.rowCount())
    ] == before
    assert wi.excluded.text() == "Semua indikator boleh dinaikkan."
    # A target nobody can reach: the summary says so and how high it can go.
    for r in range(wi.constraints_model.rowCount()):
        wi.constraints.locked.add(wi.constraints_model.row_at(r).indicator.id)
    wi.constraints.changed.emit()
    assert "tidak tercapai walau semua kenaikan yang diizinkan dilakukan" in wi.summary.text()
    assert wi.plan_model.rowCount() == 0


def test_coordinator_search_filters(imported: Any) -> None:
    s = imported.search
    s.query.setText("")
    s.search()
    assert s.count.text() == "Ketik kata yang dicari."
    s.query.setText("rencana")
    s.search()
    titles = {s.model.index(r, SearchColumn.TITLE).data() for r in range(s.model.rowCount())}
    assert titles == {"Masterplan TIK", "Renstra Bappeda"}
    s.indicator_combo.setCurrentIndex(s.indicator_combo.findData("I12"))
    s.search()
    assert s.model.index(0, SearchColumn.TITLE).data() == "Renstra Bappeda"
    assert s.model.index(0, SearchColumn.INDICATORS).data() == "12"
    assert s.model.rowCount() == 1
    s.indicator_combo.setCurrentIndex(0)
    s.kind_combo.setCurrentIndex(s.kind_combo.findData("SOP"))
    s.search()
    assert s.count.text() == "Tidak ada dokumen yang cocok."
    s.kind_combo.setCurrentIndex(0)
    s.issued_from.check.setChecked(True)  # undated documents fall outside any date range
    s.search()
    assert s.model.rowCount() == 0


def test_coordinator_history_filters(imported: Any) -> None:
    h = imported.history
    imported.tabs.setCurrentWidget(h)
    assert h.loaded and h.model.rowCount() > 10
    h.action_combo.setCurrentIndex(h.action_combo.findData("answer."))
    events = {h.model.index(r, HistoryColumn.EVENT).data() for r in range(h.model.rowCount())}
    assert {
        "Keputusan instansi untuk indikator 11: tingkat 3.",
        "Keputusan instansi untuk indikator 29: tingkat 3.",
    } <= events
    h.action_combo.setCurrentIndex(0)
    h.entity_edit.setText("opd:")
    h.show_button.click()
    events = {h.model.index(r, HistoryColumn.EVENT).data() for r in range(h.model.rowCount())}
    assert events and all(e.startswith("Kunci ") and " disematkan " in e for e in events)
    assert h.count.text() == f"{h.model.rowCount()} catatan."


def test_coordinator_assignment_reset_and_unassigned_warning(
    imported: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spbe_desktop.ui.common import prompts

    setup = imported.setup_tab
    model = setup.assign_model
    assert setup.assign_state.text() == "belum disimpan"  # defaults are only a suggestion
    setup.reset_button.click()
    for ind in model.indicators_of("BPKAD"):
        model.set_tick("BPKAD", ind, False)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, **_k: asked.append(text))
    setup.save_button.click()
    assert asked and asked[0].startswith("OPD berikut belum mendapat indikator: BPKAD.")
    assert setup.save_button.isEnabled()  # declined: nothing written
    setup.reset_button.click()
    assert model.indicators_of("BPKAD")


def test_coordinator_window_embeds_in_the_main_window_stack(
    gui_lang: None, qtbot: QtBot, inline_runner: Any, round_: Any
) -> None:
    """The main window shows a role's view inside its QStackedWidget; so can this one."""
    from PySide6.QtWidgets import QStackedWidget

    stack = QStackedWidget()
    qtbot.addWidget(stack)
    w = CoordinatorWindow(round_.coordinator, inline_runner)
    stack.addWidget(w)
    stack.setCurrentWidget(w)
    stack.resize(1200, 700)
    stack.show()
    qtbot.waitExposed(stack)
    assert not w.isWindow() and w.isVisible()
    messages: list[str] = []
    w.status_message.connect(messages.append)
    w.setup_tab.status_message.emit("uji")
    assert messages == ["uji"]


def test_coordinator_speaks_english_when_chosen(
    qapp: Any, qtbot: QtBot, inline_runner: Any, round_: Any
) -> None:
    from spbe_desktop.ui.common import i18n

    i18n.install(qapp, "en")
    try:
        w = CoordinatorWindow(round_.coordinator, inline_runner)
        qtbot.addWidget(w)
        assert w.tabs.tabText(0) == "&Dashboard"
        assert w.dashboard.gap.text() == "1.60 short of Baik"
        assert w.dashboard.target.text().startswith("Target: 2.60 (Baik)")
        assert w.setup_tab.pin_button.text() == "&Pin identity card…"
        assert w.import_tab.report_model.headers() == ["File", "Result", "OPD", "Details"]
    finally:
        i18n.install(qapp, "id")


def test_coordinator_survives_many_signal_emits(
    gui_lang: None, qtbot: QtBot, inline_runner: Any, round_: Any
) -> None:
    """PySide6 6.12.0 dropped a reference to True per Python emit() and to None per empty
    QModelIndex.data(), aborting the interpreter after a few thousand (pyproject excludes it);
    this fails on any binding that leaks like that."""
    import sys

    w = CoordinatorWindow(round_.coordinator, inline_runner)
    qtbot.addWidget(w)
    cell = w.dashboard.matrix_model.index(0, 0)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(20_000):
        w.setup_tab.status_message.emit("")
        assert cell.data(Qt.ItemDataRole.WhatsThisRole) is None
    assert sys.getrefcount(True) > true_before - 1_000
    assert sys.getrefcount(None) > none_before - 1_000


def test_coordinator_refresh_keeps_what_is_being_typed(imported: Any) -> None:
    """An import or another write refreshes every tab; unsaved input must survive it."""
    setup = imported.setup_tab
    setup.assign_model.set_tick("BPKAD", "I47", True)
    cons = imported.consolidation
    imported.open_consolidation("I29")
    cons.level_combo.setCurrentIndex(cons.level_combo.findData(2))
    cons.level_combo.activated.emit(cons.level_combo.currentIndex())  # as a user's pick does
    cons.note_edit.setPlainText("Masih menunggu sertifikat auditor")
    cons.select_claim("BPKAD")
    cons.comment_edit.setText("Lampirkan sertifikat")
    cons.comment_edit.textEdited.emit("Lampirkan sertifikat")
    imported.refresh()
    assert "I47" in setup.assign_model.indicators_of("BPKAD")
    assert cons.level_combo.currentData() == 2
    assert cons.note_edit.toPlainText() == "Masih menunggu sertifikat auditor"
    assert cons.selected_claim() == "BPKAD"
    assert cons.comment_edit.text() == "Lampirkan sertifikat"
    # Revert discards the assignment edit; another indicator starts from what is stored.
    setup.reset_button.click()
    assert "I47" not in setup.assign_model.indicators_of("BPKAD")
    cons.show_indicator("I11")
    assert cons.note_edit.toPlainText() == "Pergub arsitektur"
    assert cons.level_combo.currentData() == 3
    # Leaving I29 saved what was typed there instead of dropping it.
    from spbe_desktop.store.workspace_store import WorkspaceStore

    with WorkspaceStore.open(imported.workspace) as store:
        decided = store.answers()["I29"]
        assert (decided.level, decided.justification) == (2, "Masih menunggu sertifikat auditor")
        bpkad = store.opd_by_name("BPKAD")
        assert bpkad is not None
        assert store.answers(bpkad.id)["I29"].verdict_comment == "Lampirkan sertifikat"


def test_coordinator_loads_a_corrected_pack(
    gui_lang: None,
    qtbot: QtBot,
    inline_runner: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from spbe_desktop.core.packs import shipped_pack_path
    from spbe_desktop.ui.common import prompts

    ws = tmp_path / "pemdi.spbe"
    init_workspace(ws, role="coordinator", instansi="Pemkot Ternate", framework="pemdi-2026")
    w = CoordinatorWindow(ws, inline_runner)
    qtbot.addWidget(w)
    assert w.provisional_banner.isVisibleTo(w)
    data = json.loads(shipped_pack_path("pemdi-2026").read_text(encoding="utf-8"))
    data["provisional"], data["version"] = False, "1.0.0"
    corrected = tmp_path / "pemdi-final.json"
    corrected.write_text(json.dumps(data), encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(prompts, "choose_open_file", lambda *a, **k: corrected)
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, **_k: asked.append(text) or True)
    w.pack_action.trigger()
    assert asked[0].startswith("Ganti kerangka ruang kerja ini dengan pemdi-final.json?")
    assert not w.provisional_banner.isVisibleTo(w)
    w.tabs.setCurrentWidget(w.history)
    assert w.history.model.index(0, HistoryColumn.EVENT).data() == (
        "Paket kerangka diganti dengan versi yang diperbaiki."
    )
