"""The form of one architecture object, built from its domain's field list (SIA's order): the
name, the reference code, then each field as the kind of widget its kind asks for."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from spbe_desktop.services.architecture import ArchObject, CodeEntry, DomainSpec, FieldSpec
from spbe_desktop.ui.common.architecture_code_picker import CodePicker
from spbe_desktop.ui.common.optional_date import OptionalDateEdit

FieldWidget = QLineEdit | QPlainTextEdit | QComboBox | OptionalDateEdit


class ArchObjectForm(QWidget):
    """Name, reference code and the domain's fields; emits ``edited`` on every change the user
    makes (not when an object is shown)."""

    edited = Signal()

    def __init__(self, spec: DomainSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._loading = False
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("archNameEdit")
        self.name_edit.setAccessibleName(self.tr("Nama"))
        self.name_edit.setPlaceholderText(self.tr("Nama sebagaimana diinput di SIAP Digital"))
        self.code_picker: CodePicker | None = None
        self.widgets: dict[str, FieldWidget] = {}
        self.pickers: dict[str, CodePicker] = {}  # every code field, the reference code too
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Nama *"), self.name_edit)
        self.name_edit.textEdited.connect(self._on_edited)
        if spec.code_list:
            self.code_picker = CodePicker(spec.code_list)
            self.code_picker.setObjectName("archRefCode")
            self.code_picker.setAccessibleName(self.tr("Kode referensi"))
            self.code_picker.textEdited.connect(self._on_edited)
            self.pickers[""] = self.code_picker
            form.addRow(
                self.tr("Kode referensi (%1)").replace("%1", spec.code_list), self.code_picker
            )
        for field in spec.fields:
            widget = self._widget(field)
            widget.setObjectName(f"archField_{field.key}")
            widget.setAccessibleName(field.label)
            if field.help:
                widget.setToolTip(field.help)
            form.addRow(field.label + (" *" if field.required else ""), widget)
            self.widgets[field.key] = widget

    def _widget(self, field: FieldSpec) -> FieldWidget:
        if field.kind == "multiline":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(64)
            edit.textChanged.connect(self._on_edited)
            return edit
        if field.kind == "choice":
            combo = QComboBox()
            combo.setEditable(field.open)
            combo.addItem("", "")
            for choice in field.choices:
                combo.addItem(choice, choice)
            combo.currentTextChanged.connect(self._on_edited)
            return combo
        if field.kind == "date":
            date = OptionalDateEdit(self.tr("diisi"))
            date.check.toggled.connect(self._on_edited)
            date.edit.dateChanged.connect(self._on_edited)
            return date
        if field.kind == "code" and field.code_list:
            picker = CodePicker(field.code_list)
            picker.textEdited.connect(self._on_edited)
            self.pickers[field.key] = picker
            return picker
        line = QLineEdit()
        if field.kind == "url":
            line.setPlaceholderText("https://…")
        elif field.kind == "number":
            line.setPlaceholderText(self.tr("angka"))
        line.textEdited.connect(self._on_edited)
        return line

    @Slot()
    def _on_edited(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    # ------------------------------------------------------------------ code lists
    def code_lists(self) -> set[str]:
        return {p.list_id for p in self.pickers.values()}

    def set_codes(self, lists: Mapping[str, Iterable[CodeEntry]]) -> None:
        for picker in self.pickers.values():
            picker.set_entries(lists.get(picker.list_id, ()))

    # ------------------------------------------------------------------ values
    def show_object(self, obj: ArchObject | None) -> None:
        """Show ``obj`` (None: an empty form for a new object)."""
        self._loading = True
        try:
            self.name_edit.setText(obj.name if obj else "")
            if self.code_picker is not None:
                self.code_picker.set_code(obj.ref_code if obj else "", obj.ref_label if obj else "")
            values = obj.fields if obj else {}
            for key, widget in self.widgets.items():
                _set_value(widget, values.get(key, ""))
        finally:
            self._loading = False

    def name(self) -> str:
        return self.name_edit.text().strip()

    def ref_code(self) -> str:
        return self.code_picker.code() if self.code_picker is not None else ""

    def values(self) -> dict[str, str]:
        """Every field's value as text ("" for an empty one: it clears the stored value)."""
        out = {}
        for key, widget in self.widgets.items():
            picker = self.pickers.get(key)
            out[key] = picker.code() if picker is not None else _value(widget)
        return out

    def set_read_only(self, read_only: bool) -> None:
        self.name_edit.setReadOnly(read_only)
        for picker in self.pickers.values():
            picker.setReadOnly(read_only)
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)


def _set_value(widget: FieldWidget, value: str) -> None:
    if isinstance(widget, CodePicker):
        widget.set_code(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
        widget.setCursorPosition(0)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        index = widget.findText(value)
        if index < 0 and widget.isEditable():
            widget.setEditText(value)
            return
        if index < 0:  # a value the list no longer offers stays visible (and is kept)
            widget.addItem(value, value)
            index = widget.count() - 1
        widget.setCurrentIndex(index)
    else:
        widget.set_iso(value or None)


def _value(widget: FieldWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentText().strip()
    return widget.iso() or ""
