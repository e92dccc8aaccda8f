"""Texts for codes: errors and progress come from the shared catalogue, in the GUI's language.

The catalogue (``spbe_desktop.errors``) already holds Indonesian and English for every code the
services raise or yield, so the GUI and the CLI can never drift apart; only UI-born texts are
marked for Qt's translation system (in the widgets that show them). The GUI asks for the texts
of an app user (``audience="app"``): where the CLI's text says which command to run, the app's
says which menu or button to use.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from spbe_desktop.errors import SpbeError, message_for
from spbe_desktop.ui.common.i18n import current_language


def error_text(error: BaseException) -> str:
    """One sentence for the user; never a traceback."""
    if isinstance(error, SpbeError):
        return error.message(current_language(), "app")
    return message_for(
        "internal.unexpected", {"detail": type(error).__name__}, current_language(), "app"
    )


def code_text(code: str, params: dict[str, Any] | None = None) -> str:
    """Catalogue text for a progress or warning code."""
    return message_for(code, params or {}, current_language(), "app")


def error_title() -> str:
    return QCoreApplication.translate("messages", "Tidak dapat dilanjutkan")
