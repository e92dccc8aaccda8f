"""Language of the GUI: the app's .qm, Qt's own qtbase .qm, and the QLocale for numbers and dates.

Source strings are Bahasa Indonesia, so Indonesian needs no app translator; English loads
``spbe_desktop_en.qm``. Qt ships no ``qtbase_id.qm``, so a small one for the stock buttons is
shipped with the app and used when Qt's own is missing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
