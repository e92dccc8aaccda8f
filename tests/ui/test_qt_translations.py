"""Qt's own dialogs speak the GUI's language: the shipped ``qtbase_id.qm`` and the default QLocale.

Qt ships no Indonesian for its widgets, so ``resources/i18n/qtbase_id.ts`` carries Qt's source
texts for the dialogs the app shows. Where no native dialog exists (Linux without a desktop
portal, the offscreen platform here) Qt's own file dialog is what the user sees.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spbe_desktop.ui.common import i18n, prompts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def lang(qapp: QApplication) -> Iterator[str]:
    yield "id"
    i18n.install(qapp, "id")


def _file_dialog(qtbot: QtBot, folder: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "Pilih", str(folder), "Dokumen (*.pdf);;Semua berkas (*)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _labels(widget: QWidget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def _headers(dialog: QFileDialog) -> list[str]:
    header = next(h for h in dialog.findChildren(QHeaderView) if h.isVisible())
    model = header.model()
    return [str(model.headerData(i, header.orientation())) for i in range(model.columnCount())]


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_file_dialog_in_indonesian(
    qtbot: QtBot, qapp: QApplication, lang: str, tmp_path: Path
) -> None:
    assert i18n.install(qapp, "id") == "id"
    (tmp_path / "sk.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = _file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptOpen)

    assert {"&Lihat di:", "&Nama berkas:", "&Jenis berkas:"} <= _labels(dialog)
    assert not {"&Look in:", "File &name:", "Files of &type:"} & _labels(dialog)
    buttons = {_plain(b.text()) for b in dialog.findChildren(QPushButton) if b.isVisible()}
    assert {"Buka", "Batal"} <= buttons
    assert _headers(dialog) == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
    tips = {w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()}
    assert {"Kembali", "Maju", "Folder induk", "Buat folder baru"} <= tips


def test_save_dialog_in_indonesian(
    qtbot: QtBot, qapp: QApplication, lang: str, tmp_path: Path
) -> None:
    i18n.install(qapp, "id")
    dialog = _file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptSave)
    buttons = {_plain(b.text()) for b in dialog.findChildren(QPushButton) if b.isVisible()}
    assert "Simpan" in buttons
    assert "Save" not in buttons


def test_file_dialog_in_english(
    qtbot: QtBot, qapp: QApplication, lang: str, tmp_path: Path
) -> None:
    assert i18n.install(qapp, "en") == "en"
    dialog = _file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptOpen)
    assert {"&Look in:", "File &name:", "Files of &type:"} <= _labels(dialog)
    assert _headers(dialog)[0] == "Name"


def test_message_box_standard_buttons(qtbot: QtBot, qapp: QApplication, lang: str) -> None:
    i18n.install(qapp, "id")
    box = QMessageBox(QMessageBox.Icon.Question, "Tanya", "Lanjutkan?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    box.setDetailedText("rincian")
    qtbot.addWidget(box)
    texts = {_plain(b.text()) for b in box.buttons()}
    assert {"Ya", "Tidak", "Batal"} <= texts
    assert not {"Yes", "No", "Cancel"} & texts

    i18n.install(qapp, "en")
    english = QMessageBox(QMessageBox.Icon.Question, "Ask", "Go on?")
    english.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(english)
    assert {_plain(b.text()) for b in english.buttons()} == {"Yes", "No"}


def test_progress_dialog_and_edit_menu(qtbot: QtBot, qapp: QApplication, lang: str) -> None:
    i18n.install(qapp, "id")
    progress = QProgressDialog()
    qtbot.addWidget(progress)
    assert [b.text() for b in progress.findChildren(QPushButton)] == ["Batal"]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    actions = {_plain(a.text()).split("\t")[0] for a in menu.actions() if a.text()}
    assert {"Urungkan", "Salin", "Tempel", "Pilih semua"} <= actions


def test_default_locale_follows_language(qapp: QApplication, lang: str) -> None:
    i18n.install(qapp, "id")
    assert QLocale().language() == QLocale.Language.Indonesian
    assert QLocale().territory() == QLocale.Country.Indonesia
    assert QLocale().toString(2.5, "f", 2) == "2,50"
    i18n.install(qapp, "en")
    assert QLocale().language() == QLocale.Language.English
    assert QLocale().toString(2.5, "f", 2) == "2.50"


def test_shipped_qm_matches_its_source(tmp_path: Path) -> None:
    """``qtbase_id.qm`` is built from ``resources/i18n/qtbase_id.ts``: an edit of one without
    the other shows up here."""
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / "qtbase_id.qm"
    source = ROOT / "resources" / "i18n" / "qtbase_id.ts"
    subprocess.run([found, "-silent", str(source), "-qm", str(built)], check=True)
    shipped = ROOT / "spbe_desktop" / "ui" / "assets" / "i18n" / "qtbase_id.qm"
    assert built.read_bytes() == shipped.read_bytes()


def _rows(qtbot: QtBot, dialog: QFileDialog, name: str) -> list[str]:
    """The detail view's texts of the row of ``name`` once the model has read the folder."""
    view = next(v for v in dialog.findChildren(QTreeView) if v.isVisible())
    model, root = view.model(), view.rootIndex()

    def row() -> list[str]:
        for r in range(model.rowCount(root)):
            if model.index(r, 0, root).data() == name:
                return [str(model.index(r, c, root).data()) for c in range(4)]
        return []

    qtbot.waitUntil(lambda: bool(row()) and row()[1] != "")
    return row()


@pytest.mark.parametrize(
    ("language", "size"), [("id", "120,56 KiB"), ("en", "120.56 KiB")], ids=["id", "en"]
)
def test_file_dialog_sizes_and_dates_in_the_gui_locale(
    qtbot: QtBot, qapp: QApplication, lang: str, tmp_path: Path, language: str, size: str
) -> None:
    """Qt's file system model formats with the *system* locale; the dialogs the app opens show
    the GUI's ("120,56 KiB", the Indonesian short date) whatever the desktop's language."""
    i18n.install(qapp, language)
    path = tmp_path / "rpjmd.pdf"
    path.write_bytes(b"x" * 123456)
    dialog = QFileDialog(None, "Pilih", str(tmp_path), "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    i18n.localize_file_dialog(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    _name, shown_size, _kind, date = _rows(qtbot, dialog, "rpjmd.pdf")
    assert shown_size == size
    modified = QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))
    assert date == i18n.locale_for(language).toString(modified, QLocale.FormatType.ShortFormat)
    # the columns are as wide as their texts ("120,56 KiB", never "120…KiB")
    view = next(v for v in dialog.findChildren(QTreeView) if v.isVisible())
    metrics = view.fontMetrics()

    def fits() -> bool:
        return all(
            view.columnWidth(column) > metrics.horizontalAdvance(text)
            for column, text in ((1, shown_size), (3, date))
        )

    qtbot.waitUntil(fits)


def test_prompts_open_the_localized_dialog(
    qtbot: QtBot, qapp: QApplication, lang: str, tmp_path: Path
) -> None:
    """The prompts' file dialogs carry the GUI's formats and keep what Qt's statics did: the
    mode, the suggested name of a save dialog, folders only for a folder."""
    i18n.install(qapp, "id")
    seen: list[tuple[object, ...]] = []

    def look_and_answer(accept: bool) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append(
            (
                type(dialog.proxyModel()),
                dialog.fileMode(),
                dialog.acceptMode(),
                dialog.testOption(QFileDialog.Option.ShowDirsOnly),
                [Path(f).name for f in dialog.selectedFiles()],
            )
        )
        if accept:
            dialog.accept()
        else:
            dialog.reject()

    QTimer.singleShot(0, lambda: look_and_answer(False))
    many = QFileDialog.FileMode.ExistingFiles
    assert prompts._ask_files(None, "Pilih", str(tmp_path), "Semua berkas (*)", many) == []

    QTimer.singleShot(0, lambda: look_and_answer(True))
    chosen = prompts._ask_files(
        None, "Simpan", str(tmp_path / "Laporan.docx"), "", QFileDialog.FileMode.AnyFile, save=True
    )
    assert chosen == [tmp_path / "Laporan.docx"]

    QTimer.singleShot(0, lambda: look_and_answer(False))
    assert (
        prompts._ask_files(None, "Folder", str(tmp_path), "", QFileDialog.FileMode.Directory) == []
    )

    proxies, modes, accepts, dirs_only, names = zip(*seen, strict=True)
    assert set(proxies) == {i18n.LocalizedFileModel}
    assert modes == (many, QFileDialog.FileMode.AnyFile, QFileDialog.FileMode.Directory)
    assert accepts[1] == QFileDialog.AcceptMode.AcceptSave and accepts[0] != accepts[1]
    assert dirs_only == (False, False, True)
    assert names[1] == ["Laporan.docx"]
