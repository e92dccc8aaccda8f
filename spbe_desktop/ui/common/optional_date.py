"""A date field that may be left empty (a check box switches the date on)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Slot
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setLocale(QLocale())
        self.edit.setDisplayFormat("d MMMM yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self._on_check_toggled)

    @Slot(bool)
    def _on_check_toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)

    def set_iso(self, value: str | None) -> None:
        if value:
            day = dt.date.fromisoformat(value[:10])
            self.edit.setDate(QDate(day.year, day.month, day.day))
            self.check.setChecked(True)
        else:
            self.check.setChecked(False)

    def iso(self) -> str | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day()).isoformat()
