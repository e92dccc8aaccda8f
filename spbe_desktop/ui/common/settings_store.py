"""UI state only (window geometry, splitters, recent workspaces and folders, language) in an
INI file.

Lives at ``paths.config_dir() / "ui-state.ini"``; losing it must never matter.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from spbe_desktop import paths

MAX_RECENT = 8


class UiSettings:
    """Typed access to the few values the GUI remembers between runs."""

    def __init__(self, file: Path | None = None) -> None:
        target = file or paths.config_dir() / "ui-state.ini"
        self._qs = QSettings(str(target), QSettings.Format.IniFormat)

    def recent_workspaces(self) -> list[Path]:
        value = self._qs.value("recent/workspaces", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(v)) for v in items if v]

    def add_recent(self, path: Path) -> None:
        text = str(path.resolve())
        items = [str(p) for p in self.recent_workspaces() if str(p) != text]
        self._qs.setValue("recent/workspaces", [text, *items][:MAX_RECENT])

    def remove_recent(self, path: Path) -> None:
        items = [str(p) for p in self.recent_workspaces() if p != path]
        self._qs.setValue("recent/workspaces", items)

    def language(self) -> str | None:
        value = self._qs.value("ui/language", None)
        return str(value) if value in ("id", "en") else None

    def set_language(self, lang: str) -> None:
        self._qs.setValue("ui/language", lang)

    def folder(self, purpose: str) -> Path | None:
        """The folder last used for ``purpose`` (e.g. ``"export"``), if any."""
        value = self._qs.value(f"folders/{purpose}", None)
        return Path(str(value)) if value else None

    def set_folder(self, purpose: str, folder: Path) -> None:
        self._qs.setValue(f"folders/{purpose}", str(folder))

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._qs.value(key, None)
        return value if isinstance(value, QByteArray) else None

    def set_bytes_value(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()
