"""The left-hand navigator: search, "assigned only" filter, and the indicator tree."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelection, QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from spbe_desktop.core.models import Answer
from spbe_desktop.core.packs import Pack
from spbe_desktop.ui.opd.navigator_model import (
    ID_ROLE,
    KIND_ROLE,
    Column,
    NavigatorFilter,
    NavigatorModel,
)


class Navigator(QWidget):
    """Lets the officer find and pick an indicator; emits ``indicator_selected(id)``."""

    indicator_selected = Signal(str)

    def __init__(
        self, pack: Pack, assigned: tuple[str, ...] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = NavigatorModel(pack, assigned, self)
        self.proxy = NavigatorFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("indicatorSearch")
        self.search.setPlaceholderText(self.tr("Cari indikator (nomor atau nama)…"))
        self.search.setAccessibleName(self.tr("Cari indikator"))
        self.search.setClearButtonEnabled(True)
        self.assigned_only = QCheckBox(self.tr("Hanya indikator yang ditugaskan"))
        self.assigned_only.setObjectName("assignedOnly")
        self.assigned_only.setToolTip(
            self.tr("Tampilkan hanya indikator yang ditugaskan koordinator kepada unit Anda")
        )
        self.assigned_only.setEnabled(assigned is not None)
        self.tree = QTreeView()
        self.tree.setObjectName("indicatorTree")
        self.tree.setAccessibleName(self.tr("Daftar indikator"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(int(Column.NAME), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(int(Column.STATUS), QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.assigned_only)
        layout.addWidget(self.tree)
        self.tree.expandAll()
        self._connect_signals()
        if assigned is not None:
            self.assigned_only.setChecked(True)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.assigned_only.toggled.connect(self._on_assigned_only_toggled)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)

    def update_answers(self, answers: dict[str, Answer]) -> None:
        self.model.update_answers(answers)

    def update_values(self, values: dict[str, Decimal]) -> None:
        self.model.update_values(values)

    def select(self, indicator_id: str) -> bool:
        """Select an indicator (clearing filters that hide it); False if it is unknown."""
        source = self.model.indicator_index(indicator_id)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            self.assigned_only.setChecked(False)
            index = self.proxy.mapFromSource(source)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def current_indicator(self) -> str | None:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) == "indicator":
            return str(index.data(ID_ROLE))
        return None

    def first_visible_indicator(self) -> str | None:
        def walk(parent: QModelIndex) -> str | None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(KIND_ROLE) == "indicator":
                    return str(index.data(ID_ROLE))
                found = walk(index)
                if found:
                    return found
            return None

        return walk(QModelIndex())

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self.tree.expandAll()

    @Slot(bool)
    def _on_assigned_only_toggled(self, on: bool) -> None:
        self.proxy.set_assigned_only(on)
        self.tree.expandAll()

    @Slot(QItemSelection, QItemSelection)
    def _on_tree_selection_changed(self, *_args: object) -> None:
        indicator = self.current_indicator()
        if indicator:
            self.indicator_selected.emit(indicator)
