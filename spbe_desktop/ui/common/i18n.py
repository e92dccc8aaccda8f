"""Language of the GUI: the app's .qm, Qt's own qtbase .qm, and the QLocale for numbers and dates.

Source strings are Bahasa Indonesia, so Indonesian needs no app translator; English loads
``spbe_desktop_en.qm``. Qt ships no ``qtbase_id.qm``, so one for Qt's own dialogs (file dialog,
message box buttons, edit menus; source ``resources/i18n/qtbase_id.ts``) is shipped with the app
and used when Qt's own is missing.

The default QLocale follows the language, but Qt's file system model formats sizes and dates
with the *system* locale ("120.56 KiB" on an English desktop); :func:`localize_file_dialog`
gives Qt's own file dialog the GUI's formats (a native dialog keeps the system's, as it should).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QListView, QTreeView
from typing_extensions import override

from spbe_desktop.ui.common import assets

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
_state: dict[str, object] = {"lang": "id", "translators": []}


def current_language() -> str:
    """ "id" or "en": the language the GUI shows now (also used for catalogue messages)."""
    return str(_state["lang"])


def system_language() -> str:
    return "id" if QLocale.system().language() == QLocale.Language.Indonesian else "en"


def locale_for(lang: str) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def install(app: QCoreApplication, lang: str) -> str:
    """Switch the application to ``lang`` ("id" or "en"); returns the language installed.

    Keeps references to the translators for the app's lifetime (Qt does not own them).
    """
    lang = lang if lang in LANGUAGES else "id"
    old = _state["translators"]
    assert isinstance(old, list)
    for translator in old:
        app.removeTranslator(translator)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir), (f"qtbase_{lang}", str(assets.asset_path("i18n")))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
            break
    if lang != "id":
        translator = QTranslator(app)
        qm = assets.translation_file(f"spbe_desktop_{lang}.qm")
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found; showing Bahasa Indonesia", qm)
    _state["translators"] = installed
    _state["lang"] = lang
    QLocale.setDefault(locale_for(lang))
    return lang


#: QFileSystemModel's columns; size and date texts come from the system locale.
_SIZE_COLUMN, _KIND_COLUMN, _DATE_COLUMN = 1, 2, 3


class LocalizedFileModel(QIdentityProxyModel):
    """Qt's file system model with sizes and dates in the GUI's locale ("120,56 KiB",
    "01/12/26 16.55" in Bahasa Indonesia)."""

    @override
    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        source = self.sourceModel()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and isinstance(source, QFileSystemModel)
            and index.column() in (_SIZE_COLUMN, _DATE_COLUMN)
        ):
            at = self.mapToSource(index)
            if index.column() == _SIZE_COLUMN:
                return "" if source.isDir(at) else QLocale().formattedDataSize(source.size(at))
            return QLocale().toString(source.lastModified(at), QLocale.FormatType.ShortFormat)
        return super().data(index, role)


def localize_file_dialog(dialog: QFileDialog) -> QFileDialog:
    """Sizes and dates in Qt's own file dialog in the GUI's locale, in columns as wide as their
    texts ("120,56 KiB", not "120…KiB") and a side bar as wide as its places; a native dialog
    ignores all this."""
    proxy = LocalizedFileModel(dialog)
    dialog.setProxyModel(proxy)
    source = proxy.sourceModel()
    view = dialog.findChild(QTreeView, "treeView")
    if isinstance(source, QFileSystemModel) and view is not None:
        source.directoryLoaded.connect(lambda _folder: _fit_columns(view))
    sidebar = dialog.findChild(QListView, "sidebar")
    if sidebar is not None:
        sidebar.setMinimumWidth(sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + 8)
    return dialog


def _fit_columns(view: QTreeView) -> None:
    for column in (_SIZE_COLUMN, _KIND_COLUMN, _DATE_COLUMN):
        view.resizeColumnToContents(column)
