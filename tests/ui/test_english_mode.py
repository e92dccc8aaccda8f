"""English mode is complete (issue 15): the app's own words are English, the pack's stay Indonesian.

A small Pemdi 2026 round (a coordinator and Bappeda: one item accepted, one returned with a
reason, a stage calendar and an assessor result) is opened in English: Bappeda's page of
indicator 1 and every tab of the coordinator window. Key labels are checked for their English,
and every text a widget shows (labels, buttons, tabs, headers, cells, tooltips, placeholders) is
searched for the app's own Indonesian vocabulary once the pack's texts (indicator and item names,
criteria: Indonesian by regulation) and the users' own texts are taken out.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spbe_desktop.core.models import KINDS
from spbe_desktop.core.packs.model import Pack
from spbe_desktop.services.items import record_result, set_item_note
from spbe_desktop.services.workspace import snapshot
from spbe_desktop.ui.common import assets, i18n
from spbe_desktop.ui.common.jobs import InlineJobRunner
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView
from tests.support.pair import join_opd, make_coordinator
from tests.support.pemdi_round import PemdiRound, attach, judge, pdf, receipt, send
from tests.ui.conftest import make_window

#: What the users typed in the round: names, titles, notes (not the app's words).
USER_TEXTS = (
    "Pemerintah Provinsi Maluku Utara",
    "Diskominfo",
    "Budi Santoso",
    "Bappeda",
    "Rina Hasan",
    "Rancangan Akhir RPJMD Provinsi Maluku Utara 2025–2029",
    "Notulen Rapat Penyusunan Arsitektur SPBE Daerah",
    "Notulen rapat, bukan Arsitektur Pemdi; lampirkan ekspor SIAP Digital.",
    "Arsitektur layanan perizinan dan kesehatan; lihat halaman 3–5.",
    "Arsitektur Pemdi belum ada di SIAP Digital.",
)
#: The app's own Indonesian words, which English mode must not show anywhere.
INDONESIAN = re.compile(
    r"\b("
    r"butir|paket|belum|sudah|diterima|dikembalikan|terlampir|terblokir|kosong|revisi|"
    r"diperhatikan|diharapkan|catatan|koordinator|penilai|asesor|mandiri|simpan|hapus|tambah|"
    r"pilih|lampirkan|ubah|tahap|hari|lagi|jadwal|nilai|tingkat|indikator|aspek|wajib|"
    r"opsional|menunggu|pemeriksaan|tanda terima|kunci|semua|oleh|dicatat|periode|laporan|"
    r"berkas|dokumen|objek|terinput|sementara|dasbor|riwayat|cari|tidak|untuk|dengan|dari|"
    r"yang|atau"
    r")\b",
    re.IGNORECASE,
)
TAG = re.compile(r"<[^>]+>")


def build_round(root: Path) -> PemdiRound:
    """Bappeda's first paket of the Maluku Utara round: I1-L1-01 accepted, I1-L2-02 returned,
    the receipt back at Bappeda, the assessors' result for P01."""
    today = dt.date.today()
    koor = make_coordinator(
        root / "koordinator.spbe",
        instansi=USER_TEXTS[0],
        officer="Budi Santoso",
        stages={"mandiri": today - dt.timedelta(days=20), "dokumen": today + dt.timedelta(days=12)},
    )
    ws = join_opd(
        koor, "Bappeda", root / "bappeda.spbe", indicators=["1", "6"], officer="Rina Hasan"
    ).workspace
    for item, title in (("I1-L1-01", USER_TEXTS[5]), ("I1-L2-02", USER_TEXTS[6])):
        attach(ws, "1", item, pdf(root, title, pages=("Halaman 2",), stem=50), title)
    set_item_note(ws, "I1-L2-02", USER_TEXTS[8])
    send(koor, ws, root / "paket-1.zip")
    judge(koor, "Bappeda", "I1-L1-01", None)
    judge(koor, "Bappeda", "I1-L2-02", ("wrong-document", USER_TEXTS[7]))
    receipt(koor, "Bappeda", ws, root / "tanda-terima.spbereceipt")
    record_result(koor, "P01", "1.5", stage="dokumen", note=USER_TEXTS[9])
    return PemdiRound(root, koor, {"Bappeda": ws})


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> PemdiRound:
    return build_round(tmp_path_factory.mktemp("english-round"))


@pytest.fixture
def round_(_template: PemdiRound, tmp_path: Path) -> PemdiRound:
    return _template.copy(tmp_path / "round")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English installed for the test, Bahasa Indonesia restored after it."""
    assert i18n.install(qapp, "en") == "en"
    qapp.setStyleSheet(assets.stylesheet())
    yield
    i18n.install(qapp, "id")


def _open(
    qtbot: QtBot, qapp: QApplication, runner: InlineJobRunner, tmp_path: Path, ws: Path
) -> MainWindow:
    window = make_window(qtbot, qapp, runner, tmp_path)
    window.resize(1366, 800)
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
        window.open_workspace(ws)
    return window


def _strings(value: Any) -> Iterator[str]:
    """Every text in a pack's JSON."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


def _not_ours(pack: Pack) -> list[str]:
    """Texts the app shows but did not write (the pack's and the users'), longest first."""
    texts = {t.strip() for t in _strings(pack.raw) if len(t.strip()) > 2}
    texts.update(USER_TEXTS)
    # Document kinds are data, stored and sent as the portal names them (Laporan, Notulen...).
    texts.update(KINDS)
    return sorted(texts, key=len, reverse=True)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model hides columnCount from Python
            return 1

    for c in range(columns(QModelIndex())):
        for role in roles:
            yield str(model.headerData(c, Qt.Orientation.Horizontal, role) or "")

    def rows(parent: QModelIndex, depth: int) -> Iterator[str]:
        for r in range(model.rowCount(parent)):
            for c in range(columns(parent)):
                for role in roles:
                    yield str(model.index(r, c, parent).data(role) or "")
            if depth < 3:
                yield from rows(model.index(r, 0, parent), depth + 1)

    yield from rows(QModelIndex(), 0)


def shown_texts(root: QWidget) -> list[str]:
    """Every text the visible widgets under ``root`` show, as plain text."""
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        found += [w.toolTip(), w.accessibleName()]
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        if isinstance(w, QGroupBox):
            found.append(w.title())
        if isinstance(w, QLineEdit | QPlainTextEdit):
            found.append(w.placeholderText())
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            found += list(_model_texts(w))
    return [html.unescape(TAG.sub(" ", t)).replace("&", "") for t in found if t]


def indonesian_left(texts: list[str], not_ours: list[str]) -> list[tuple[str, str]]:
    """(word, text) for each text still holding an app word in Indonesian."""
    left = []
    for text in texts:
        rest = text
        for theirs in not_ours:
            if theirs in rest:
                rest = rest.replace(theirs, " ")
        match = INDONESIAN.search(rest)
        if match:
            left.append((match.group(0), text))
    return left


def test_opd_indicator_page_is_english_but_for_the_pack(
    qtbot: QtBot,
    qapp: QApplication,
    english: None,
    inline_runner: InlineJobRunner,
    round_: PemdiRound,
    tmp_path: Path,
) -> None:
    window = _open(qtbot, qapp, inline_runner, tmp_path, round_.bappeda)
    view = window.view
    assert isinstance(view, OpdWorkspaceView)
    assert view.select_indicator("P01")
    page = view.page
    panel = page.items_panel
    qtbot.waitUntil(lambda: panel.item_status_text("I1-L2-02") != "")
    assert [panel.item_status_text(c) for c in ("I1-L1-01", "I1-L2-02", "I1-L3-01")] == [
        "accepted",
        "revision",
        "blocked",
    ]
    assert panel.heading.text() == "Evidence items per level"
    assert panel.select_item("I1-L2-02")
    detail = panel.detail.text()
    assert "The document must show:" in detail
    assert "Returned for revision: wrong document — Notulen rapat" in detail
    # The texts that stayed Indonesian in English mode (issue 15).
    texts = shown_texts(window)
    assert "Note for the coordinator" in texts
    assert any(t.startswith("Draft: still in progress.") for t in texts)
    assert any(t.startswith("No level is claimed: this indicator's value") for t in texts)
    assert (
        view.navigator.model.indicator_index("P01").siblingAtColumn(1).data().startswith("value ")
    )
    assert indonesian_left(texts, _not_ours(view.pack)) == []

    # The checklist before sending: its heading, not "Perlu diperhatikan".
    window.export_action.trigger()
    dialog = view.export_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.check is not None)
    assert dialog.problems_box.isVisibleTo(dialog)
    text = dialog.problems_label.text()
    assert "Worth a look before sending" in text
    assert "Nothing new since the last receipt" in text
    dialog.reject()


def test_coordinator_window_is_english_on_every_tab(
    qtbot: QtBot,
    qapp: QApplication,
    english: None,
    inline_runner: InlineJobRunner,
    round_: PemdiRound,
    tmp_path: Path,
) -> None:
    window = _open(qtbot, qapp, inline_runner, tmp_path, round_.coordinator)
    coord = window.view
    assert isinstance(coord, CoordinatorWindow)
    qtbot.waitUntil(lambda: coord.tabs.indexOf(coord.queue) >= 0)
    tabs = [coord.tabs.tabText(i).replace("&", "") for i in range(coord.tabs.count())]
    assert tabs[:6] == [
        "Dashboard",
        "Import bundles",
        "Consolidation",
        "Revision queue",
        "Assessor results",
        "Target what-if",
    ]
    assert "OPDs and assignment" in tabs

    coord.tabs.setCurrentWidget(coord.queue)
    qtbot.waitUntil(lambda: coord.queue.loaded)
    assert coord.queue.deadline.text().startswith(
        "Deadline — Stage: document review, days left: 12 ("
    )
    assert coord.queue.summary.text() == "Items waiting for review: 0; returned for revision: 1."
    statuses = [
        coord.queue.model.index(r, c).data()
        for r in range(coord.queue.model.rowCount())
        for c in range(coord.queue.model.columnCount())
    ]
    assert "returned" in statuses

    pack = _not_ours(snapshot(round_.coordinator).pack)
    left: list[tuple[str, str, str]] = []
    for i in range(coord.tabs.count()):
        coord.tabs.setCurrentIndex(i)
        tab = coord.tabs.widget(i)
        if hasattr(tab, "loaded"):  # the tabs that read on first show
            qtbot.waitUntil(partial(getattr, tab, "loaded"))
        QApplication.processEvents()
        name = coord.tabs.tabText(i)
        left += [(name, w, t) for w, t in indonesian_left(shown_texts(window), pack)]
    assert left == []
