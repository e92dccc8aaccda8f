"""Import tab: cancel keeps what finished, quarantine needs an explicit decision, revoked keys
are refused, the file dialog path, and the dialogs that guard a key."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from spbe_desktop.ui.common import jobs, prompts
from spbe_desktop.ui.common.dialogs import (
    FingerprintDialog,
    FingerprintRequest,
    NewOpdDialog,
)
from spbe_desktop.ui.coordinator.import_models import ReportColumn
from spbe_desktop.ui.coordinator.setup_models import RegisterColumn


def results(window: Any) -> dict[str, tuple[str, str]]:
    model = window.import_tab.report_model
    return {
        model.index(r, ReportColumn.FILE).data(): (
            model.index(r, ReportColumn.RESULT).data(),
            model.index(r, ReportColumn.DETAIL).data(),
        )
        for r in range(model.rowCount())
    }


def test_coordinator_import_cancel_keeps_finished_files(
    inline_window: Any, round_: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jobs, "PROGRESS_INTERVAL_S", 0.0)  # every step reaches the GUI
    w = inline_window(trust=("Bappeda", "Inspektorat", "BPKAD"))
    tab = w.import_tab
    seen: list[str] = []
    clicked: list[bool] = []

    def on_progress(_done: int, _total: int, text: str) -> None:
        seen.append(text)
        if "inspektorat.zip" in text and not clicked:  # only the first import is cancelled
            clicked.append(True)
            tab.cancel_button.click()

    w.runner.job_started.connect(lambda job: job.signals.progress.connect(on_progress))
    files = [
        round_.opds["Bappeda"].bundles[0],
        round_.opds["Inspektorat"].bundles[0],
        round_.opds["BPKAD"].bundles[0],
    ]
    job = w.import_files(files)
    assert job is not None and job.state == "cancelled"
    assert any(text.startswith("Memverifikasi inspektorat.zip") for text in seen)
    assert results(w) == {
        "bappeda.zip": (
            "Diterima",
            "bappeda.zip: diterima dari Bappeda (urutan 1, 2 dokumen baru).",
        ),
        "inspektorat.zip": ("Belum diperiksa", "Impor dibatalkan sebelum berkas ini diperiksa."),
        "bpkad.part01-of-03.zip": (
            "Belum diperiksa",
            "Impor dibatalkan sebelum berkas ini diperiksa.",
        ),
    }
    assert tab.summary.text().startswith(
        "Impor dibatalkan; berkas yang sudah selesai tetap tersimpan. 1 diterima"
    )
    assert not tab.cancel_button.isVisible() and tab.choose_button.isEnabled()
    # The dashboard already shows what was accepted before the cancel.
    assert w.dashboard.summary_model.rowCount() == 3
    # Importing again is safe: the finished file is a duplicate, the others go in now.
    w.import_files(files[:2])
    assert [v[0] for v in results(w).values()] == ["Duplikat", "Diterima", "Belum diperiksa"]


def test_coordinator_quarantine_needs_a_decision(
    inline_window: Any, round_: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = inline_window()
    tab = w.import_tab
    monkeypatch.setattr(
        prompts, "choose_files", lambda *a, **k: [round_.opds["Dinas Kesehatan"].bundles[0]]
    )
    tab.choose_button.click()
    assert results(w)["dinas-kesehatan.zip"][0] == "Karantina"
    assert "1 berkas dikarantina" in tab.quarantine_label.text()
    asked: list[FingerprintRequest] = []
    monkeypatch.setattr(prompts, "confirm_fingerprint", lambda _p, r: asked.append(r))  # = None
    tab.trust_button.click()
    assert asked and "Dinas Kesehatan" in asked[0].intro
    assert asked[0].accept_text == "&Percayai dan impor ulang"
    # Cancelled: nothing pinned, nothing imported.
    assert w.setup_tab.register_model.rowCount() == 0
    assert results(w)["dinas-kesehatan.zip"][0] == "Karantina"


def test_coordinator_revoked_key_is_refused(
    inline_window: Any, round_: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = inline_window(trust=("Bappeda",))
    setup = w.setup_tab
    assert setup.select_opd("Bappeda")
    assert setup.revoke_button.isEnabled()
    questions: list[str] = []

    def confirm(_parent: Any, _title: str, text: str, **_kw: Any) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    setup.revoke_button.click()
    assert questions[0].startswith("Cabut kunci Bappeda?")
    key = setup.register_model.index(0, RegisterColumn.KEY).data()
    months = (
        "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
    )
    assert re.fullmatch(rf"dicabut \d{{1,2}} ({months}) \d{{4}}", key), key
    assert not setup.revoke_button.isEnabled()
    w.import_files([round_.opds["Bappeda"].bundles[0]])
    result, detail = results(w)["bappeda.zip"]
    assert result == "Ditolak" and "sudah dicabut" in detail


def test_coordinator_errors_reach_the_user_as_one_sentence(
    inline_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = inline_window(trust=("Bappeda",))
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text, **_k: errors.append(text))
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: tmp_path / "r.spbereceipt")
    w.issue_receipt("Bappeda")  # nothing imported from Bappeda yet
    assert errors == [
        "Belum ada paket yang diimpor dari 'Bappeda'; impor dulu sebelum menerbitkan tanda terima."
    ]
    assert not (tmp_path / "r.spbereceipt").exists()


def test_coordinator_fingerprint_dialog_needs_the_phone_check(qtbot: QtBot) -> None:
    request = FingerprintRequest(
        title="Sematkan kartu identitas",
        intro='Kartu identitas dari "Bappeda".',
        fingerprint="27378 43280 19871 00968 97873 53523",
        names=("Bappeda", "BPKAD"),
        default_name="Bappeda",
        accept_text="&Sematkan",
    )
    dialog = FingerprintDialog(request)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(type(dialog.fingerprint))]
    assert "Cocokkan sidik jari ini dengan OPD lewat telepon" in texts
    assert dialog.fingerprint.text() == request.fingerprint
    assert not dialog.ok_button.isEnabled()
    dialog.checked.setChecked(True)
    assert dialog.ok_button.isEnabled()
    dialog.name_combo.setCurrentText("  ")
    assert not dialog.ok_button.isEnabled()
    dialog.name_combo.setCurrentText("BPKAD")
    assert dialog.ok_button.isEnabled() and dialog.chosen_name() == "BPKAD"
    assert not dialog.warning.isVisibleTo(dialog)


def test_coordinator_new_opd_dialog_refuses_a_taken_name(qtbot: QtBot) -> None:
    dialog = NewOpdDialog(["Bappeda"])
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.name_edit.setText("bappeda")
    assert not dialog.ok_button.isEnabled()
    assert dialog.note.text() == "OPD dengan nama ini sudah terdaftar."
    dialog.name_edit.setText("Bapenda")
    dialog.contact_edit.setText("Rudi")
    assert dialog.ok_button.isEnabled() and dialog.values() == ("Bapenda", "Rudi")
