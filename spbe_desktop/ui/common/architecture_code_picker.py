"""A field for a reference code (RAB, RAL, RAA…): type part of the code or of the name and pick
from the list ("perik" offers "RAB.02.06 – Perikanan", "RAA.02" offers its children)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from spbe_desktop.services.architecture import CODE_SEPARATOR, CodeEntry


class CodePicker(QLineEdit):
    """A line edit completing ``kode – nama`` from one code list; the service reads the code
    from what it holds (a bare code, or a code with its name)."""

    def __init__(self, list_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_id = list_id
        self._labels: dict[str, str] = {}  # code -> "kode – nama"
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr("Ketik kode atau nama (%1…)").replace("%1", f"{list_id}.01")
        )
        self.list_model = QStringListModel(self)
        self.picker = QCompleter(self.list_model, self)
        self.picker.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.picker.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.picker.setMaxVisibleItems(12)
        self.setCompleter(self.picker)

    def set_entries(self, entries: Iterable[CodeEntry]) -> None:
        """The codes offered (the shipped list and the workspace's own additions)."""
        self._labels = {e.code: e.label for e in entries}
        self.list_model.setStringList(list(self._labels.values()))

    def entries_count(self) -> int:
        return len(self._labels)

    def matches(self, text: str) -> list[str]:
        """The labels the list offers for ``text`` (what the pop-up shows)."""
        self.picker.setCompletionPrefix(text)
        model = self.picker.completionModel()
        return [str(model.index(row, 0).data()) for row in range(model.rowCount())]

    def set_code(self, code: str, label: str = "") -> None:
        """Show ``code`` as ``kode – nama`` (its label when known)."""
        self.setText(label or self._labels.get(code, code))
        self.setCursorPosition(0)

    def code(self) -> str:
        """The code typed or picked ("" when empty); unknown text is returned as typed for the
        service to refuse in one sentence."""
        text = self.text().strip()
        head = text.split(CODE_SEPARATOR, 1)[0].strip()
        return head if head in self._labels else text
