"""The dashboard of a realistic round, grabbed as an image (the documentation screenshot).

Nine OPDs answer their indicators (some over-claim, some are still drafts, one has not sent
anything), the coordinator decides the levels so that the index is 2,47 Cukup, 0,13 short of
Baik. With ``SPBE_SCREENSHOT_DIR`` set the image is written there, e.g. under Xvfb::

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
        SPBE_SCREENSHOT_DIR=docs/screenshots .venv/bin/python -m pytest \
        tests/ui/coordinator/test_coordinator_screenshot.py -p no:cacheprovider
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import (
    export_bundle,
    import_bundles,
    register_opd,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.workspace import assess, init_workspace
from spbe_desktop.ui.coordinator import CoordinatorWindow
from tests.support.generate import make_pdf

INSTANSI = "Pemerintah Provinsi Maluku Utara"
#: The instansi's decided levels: index 2,47 (Cukup).
DECIDED = {
    1: 3, 2: 3, 3: 2, 4: 2, 5: 3, 6: 3, 7: 2, 8: 2, 9: 2, 10: 3,
    11: 3, 12: 2, 13: 2, 14: 3, 15: 3, 16: 3, 17: 3, 18: 3, 19: 3, 20: 3,
    21: 1, 22: 2, 23: 2, 24: 1, 25: 1, 26: 1, 27: 1, 28: 2, 29: 2, 30: 1, 31: 1,
    32: 3, 33: 3, 34: 3, 35: 4, 36: 3, 37: 2, 38: 3, 39: 2, 40: 2, 41: 3,
    42: 3, 43: 2, 44: 3, 45: 3, 46: 2, 47: 2,
}  # fmt: skip
#: OPD -> its indicators; claims differ from the decision where noted in CLAIMS.
OPDS = {
    "Bappeda": [1, 2, 11, 12, 13, 32],
    "Bagian Organisasi Setda": [10, 14, 40],
    "Bidang TIK Diskominfo": [3, 4, 5, 6, 7, 8, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 26, 27,
                              28, 42, 43],
    "BKPSDM": [25, 36, 41],
    "Inspektorat": [9, 29, 30, 31, 39],
    "BPKAD": [33, 34, 38],
    "Bagian Hukum Setda": [44],
    "Dinas Kesehatan": [45, 46, 47],
    "Dinas Perpustakaan dan Kearsipan": [37],
    "Bagian Pengadaan Barang dan Jasa Setda": [35],
}  # fmt: skip
#: (OPD, indicator) -> (claimed level or None for "not answered", status, verdict)
CLAIMS: dict[tuple[str, int], tuple[int | None, str, str | None]] = {
    ("Bappeda", 12): (3, "ready", "perlu_revisi"),
    ("Bappeda", 32): (None, "empty", None),
    ("Bagian Organisasi Setda", 40): (3, "ready", "ditolak"),
    ("Bidang TIK Diskominfo", 21): (2, "ready", "perlu_revisi"),
    ("Bidang TIK Diskominfo", 26): (None, "empty", None),
    ("Bidang TIK Diskominfo", 27): (None, "empty", None),
    ("Bidang TIK Diskominfo", 43): (2, "draft", None),
    ("BKPSDM", 25): (2, "ready", "ditolak"),
    ("Inspektorat", 30): (None, "empty", None),
    ("Inspektorat", 31): (2, "ready", "perlu_revisi"),
    ("Dinas Kesehatan", 47): (2, "draft", None),
}
SILENT = "Bagian Pengadaan Barang dan Jasa Setda"  # registered, nothing sent yet
ACCEPTED = {("Bappeda", 11), ("Bappeda", 1), ("Inspektorat", 29), ("BPKAD", 33),
            ("BPKAD", 34), ("Bidang TIK Diskominfo", 16), ("Bidang TIK Diskominfo", 19),
            ("BKPSDM", 36), ("Dinas Kesehatan", 45)}  # fmt: skip


def build_dashboard_round(root: Path) -> Path:
    koor = root / "koordinator.spbe"
    init_workspace(
        koor,
        role="coordinator",
        instansi=INSTANSI,
        unit="Diskominfo",
        officer="Budi",
        framework="spbe-2020",
    )
    bundles = []
    for k, (unit, indicators) in enumerate(OPDS.items()):
        if unit == SILENT:
            register_opd(koor, unit, "Andi · 0812 4000 1122", [f"I{i:02d}" for i in indicators])
            continue
        ws = root / f"opd{k}.spbe"
        init_workspace(
            ws,
            role="opd",
            instansi=INSTANSI,
            unit=unit,
            officer=f"Petugas {k}",
            framework="spbe-2020",
        )
        for i in indicators:
            level, status, _verdict = CLAIMS.get((unit, i), (DECIDED[i], "ready", None))
            if level is not None:
                assess(ws, str(i), level=level, note=f"Bukti untuk indikator {i}", status=status)
        doc = make_pdf(root / f"bukti{k}.pdf", [f"BUKTI DUKUNG {unit.upper()}"])
        run(attach_files(ws, str(indicators[0]), [AttachRequest(doc, kind="Laporan")]))
        write_identity_card(ws, root / f"opd{k}.card")
        trust_card(koor, root / f"opd{k}.card")
        register_opd(koor, unit, f"Petugas {k}", [f"I{i:02d}" for i in indicators])
        bundles.append(run(export_bundle(ws, root / f"opd{k}.zip")).paths[0])
    outcomes = run(import_bundles(koor, bundles))
    assert {o.status for o in outcomes} == {"accepted"}
    for (unit, i), (_lv, _st, verdict) in CLAIMS.items():
        if verdict:
            coord.set_verdict(koor, unit, str(i), verdict, "Lihat catatan koordinator")
    for unit, i in ACCEPTED:
        coord.set_verdict(koor, unit, str(i), "diterima", "")
    for i, level in DECIDED.items():
        coord.decide(koor, str(i), level, "Keputusan rapat tim koordinasi")
    return koor


def test_coordinator_dashboard_screenshot(
    gui_lang: None, qtbot: QtBot, inline_runner: Any, tmp_path: Path
) -> None:
    koor = build_dashboard_round(tmp_path)
    w = CoordinatorWindow(koor, inline_runner)
    qtbot.addWidget(w)
    w.resize(1440, 860)
    w.show()
    qtbot.waitExposed(w)
    d = w.dashboard
    assert (d.value.text(), d.predicate.text()) == ("2,47", "Cukup")
    assert d.gap.text() == "kurang 0,13 menuju Baik"
    assert d.counts.text() == "10 OPD terdaftar, 9 sudah mengirim paket bukti."
    names = [d.summary_model.index(r, 0).data() for r in range(d.summary_model.rowCount())]
    assert d.summary_model.index(names.index(SILENT), 3).data() == "belum ada"
    image = w.grab().toImage()
    assert image.width() >= 1400 and not image.isNull()
    folder = os.environ.get("SPBE_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert image.save(str(Path(folder) / "coordinator-dashboard.png"))
        w.tabs.setCurrentWidget(w.what_if)
        QApplication.processEvents()
        assert w.grab().save(str(Path(folder) / "coordinator-what-if.png"))
