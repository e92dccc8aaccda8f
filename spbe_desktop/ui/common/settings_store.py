"""UI state only (window geometry, splitters, recent workspaces and folders, language) in an
INI file.

Lives at ``paths.config_dir() / "ui-state.ini"``; losing it must never matter.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from spbe_desktop import paths

MAX_RECENT = 8


@dataclass(frozen=True, slots=True)
class RecentWorkspace:
    """A workspace in the recent list, with what was known when it was last opened (older
    settings have only the path)."""

    path: Path
    role: str | None = None  # "opd" | "coordinator"
    period: str | None = None
    opened: dt.datetime | None = None  # local time
    indicator: str | None = None  # the indicator shown last (OPD)


class UiSettings:
    """Typed access to the few values the GUI remembers between runs."""

    def __init__(self, file: Path | None = None) -> None:
        target = file or paths.config_dir() / "ui-state.ini"
        self._qs = QSettings(str(target), QSettings.Format.IniFormat)

    def recent_workspaces(self) -> list[Path]:
        value = self._qs.value("recent/workspaces", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(v)) for v in items if v]

    def add_recent(
        self,
        path: Path,
        role: str | None = None,
        period: str | None = None,
        opened: dt.datetime | None = None,
    ) -> None:
        """Put ``path`` first in the recent list, noting its role, period and when it was
        opened (now, unless ``opened``)."""
        text = str(path.resolve())
        items = [str(p) for p in self.recent_workspaces() if str(p) != text]
        kept = [text, *items][:MAX_RECENT]
        self._qs.setValue("recent/workspaces", kept)
        details = {k: v for k, v in self._details().items() if k in kept}
        entry = details.get(text, {})
        when = opened or dt.datetime.now()
        entry.update(opened=when.isoformat(timespec="seconds"))
        if role:
            entry["role"] = role
        if period:
            entry["period"] = period
        details[text] = entry
        self._set_details(details)

    def remove_recent(self, path: Path) -> None:
        items = [str(p) for p in self.recent_workspaces() if p != path]
        self._qs.setValue("recent/workspaces", items)

    def recent_entries(self) -> list[RecentWorkspace]:
        """The recent list, newest first, with role, period, date and last indicator."""
        details = self._details()
        return [_entry(p, details.get(str(p), {})) for p in self.recent_workspaces()]

    def last_indicator(self, path: Path) -> str | None:
        value = self._details().get(str(path.resolve()), {}).get("indicator")
        return str(value) if value else None

    def set_last_indicator(self, path: Path, indicator: str) -> None:
        key = str(path.resolve())
        details = self._details()
        if details.get(key, {}).get("indicator") == indicator:
            return
        details.setdefault(key, {})["indicator"] = indicator
        self._set_details(details)

    def _details(self) -> dict[str, dict[str, Any]]:
        """Per workspace path: role, period, opened, indicator (a JSON text; bad text: none)."""
        value = self._qs.value("recent/details", "")
        try:
            data = json.loads(str(value)) if value else {}
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): v for k, v in data.items() if isinstance(v, dict)}

    def _set_details(self, details: dict[str, dict[str, Any]]) -> None:
        self._qs.setValue("recent/details", json.dumps(details, ensure_ascii=False))

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

    def output_folder(self, kind: str) -> Path | None:
        """The folder the last output of ``kind`` (``"report"``, ``"items"``, ``"csv"``...) went
        to, if any; the folder may have gone since."""
        value = self._qs.value(f"outputs/{kind}", None)
        return Path(str(value)) if value else None

    def set_output_folder(self, kind: str, folder: Path) -> None:
        self._qs.setValue(f"outputs/{kind}", str(folder))

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._qs.value(key, None)
        return value if isinstance(value, QByteArray) else None

    def set_bytes_value(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()


def _entry(path: Path, data: dict[str, Any]) -> RecentWorkspace:
    opened = None
    try:
        opened = dt.datetime.fromisoformat(str(data["opened"])) if data.get("opened") else None
    except ValueError:
        opened = None
    role = data.get("role")
    return RecentWorkspace(
        path=path,
        role=str(role) if role in ("opd", "coordinator") else None,
        period=str(data["period"]) if data.get("period") else None,
        opened=opened,
        indicator=str(data["indicator"]) if data.get("indicator") else None,
    )
