"""The relations of one architecture object, from whichever end it is (a service's applications
and processes, an application's services, data and hosting…), and the dialog that picks the
objects at the other end."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from spbe_desktop.services.architecture import (
    RELATION_KINDS,
    ArchObject,
    Relation,
    relation_kinds_for,
)
from spbe_desktop.ui.common.architecture_models import domain_name, relation_name
from spbe_desktop.ui.common.layout import fit_to_screen, label, ok_cancel, vbox

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def other_domain(kind: str, end: str) -> str:
    """The domain at the other end of a relation seen from ``end`` ("from" or "to")."""
    spec = RELATION_KINDS[kind]
    return spec.to_domain if end == "from" else spec.from_domain


def linked(relations: Iterable[Relation], object_id: int, kind: str) -> list[tuple[int, str]]:
    """(id, name) of the objects linked to ``object_id`` by ``kind``, at the other end."""
    out = []
    for rel in relations:
        if rel.kind != kind:
            continue
        if rel.from_id == object_id:
            out.append((rel.to_id, rel.to_name))
        elif rel.to_id == object_id:
            out.append((rel.from_id, rel.from_name))
    return sorted(out, key=lambda pair: pair[1].casefold())


class RelationsBox(QWidget):
    """One row per relation the domain takes part in: its name, the linked objects and
    "Ubah…"; emits ``edit_requested(kind, end)``."""

    edit_requested = Signal(str, str)

    def __init__(self, domain: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.domain = domain
        self.kinds = relation_kinds_for(domain)
        self.lists: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.current: dict[str, list[tuple[int, str]]] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        for row, (kind, end) in enumerate(self.kinds):
            names = label(wrap=True)
            names.setObjectName(f"archRelation_{kind}")
            names.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Ubah…"))
            button.setObjectName(f"archRelationEdit_{kind}")
            button.setAccessibleName(
                self.tr("Ubah %1").replace("%1", relation_name(kind, end).lower())
            )
            button.clicked.connect(lambda _c=False, k=kind, e=end: self.edit_requested.emit(k, e))
            grid.addWidget(label(relation_name(kind, end) + ":", wrap=True), row, 0)
            grid.addWidget(names, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.lists[kind] = names
            self.buttons[kind] = button
        self.show_relations(None, [])

    def show_relations(self, object_id: int | None, relations: Sequence[Relation]) -> None:
        """The object's relations (None: a new object, nothing to link yet)."""
        for kind, _end in self.kinds:
            items = linked(relations, object_id, kind) if object_id is not None else []
            self.current[kind] = items
            text = ", ".join(name for _id, name in items)
            self.lists[kind].setText(text or self.tr("belum ada"))
            self.buttons[kind].setEnabled(object_id is not None)

    def linked_ids(self, kind: str) -> list[int]:
        return [i for i, _name in self.current.get(kind, [])]


class RelationPickDialog(QDialog):
    """Tick the objects of the other domain to link (search by name or code)."""

    def __init__(
        self,
        title: str,
        domain: str,
        candidates: Sequence[ArchObject],
        chosen: Iterable[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        chosen_ids = set(chosen)
        self.search = QLineEdit()
        self.search.setObjectName("relationSearch")
        self.search.setPlaceholderText(self.tr("Cari nama atau kode…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("relationList")
        self.list.setAccessibleName(title)
        for obj in candidates:
            text = obj.name + (f" ({obj.ref_label})" if obj.ref_label else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, obj.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = obj.id in chosen_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        empty = label(wrap=True)
        if not candidates:
            empty.setText(
                self.tr("Belum ada objek %1. Tambahkan dulu di domain itu.").replace(
                    "%1", domain_name(domain).lower()
                )
            )
        empty.setVisible(not candidates)
        vbox(self.search, self.list, empty, ok_cancel(self, self.tr("Simpan")), parent=self)
        self.search.textChanged.connect(self._on_search_text_changed)
        fit_to_screen(self, 460, 420)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def tick(self, name: str, on: bool = True) -> None:
        """Tick (or clear) the object named ``name`` (what a user's click does)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.text() == name or item.text().startswith(name + " ("):
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(name)

    def selected_ids(self) -> list[int]:
        return [
            int(self.list.item(row).data(ID_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
