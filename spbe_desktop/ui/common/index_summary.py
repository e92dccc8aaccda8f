"""The index at a glance, as the OPD's index panel and the coordinator's dashboard show it."""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

from PySide6.QtWidgets import QWidget

from spbe_desktop.core.index import IndexResult, next_predicate, predicate_for
from spbe_desktop.core.packs import Pack
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.layout import label, vbox


def ceil2(value: Decimal) -> Decimal:
    """Gaps are rounded up, so "kurang 0,13" is never an understatement."""
    return value.quantize(Decimal("0.01"), rounding=ROUND_CEILING)


class IndexSummary(QWidget):
    """The index's name, its value and predicate, and how far the target (or the next
    predicate, once the target is reached) still is."""

    def __init__(self, value_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = label(name="sectionTitle")
        self.value = label("–", name="indexValue")
        self.value.setAccessibleName(value_name)
        self.predicate = label(name="indexPredicate")
        self.gap = label(name="indexGap", wrap=True)
        vbox(self.caption, self.value, self.predicate, self.gap, margins=0, parent=self)

    def show_index(self, pack: Pack, result: IndexResult, target: Decimal) -> None:
        self.caption.setText(pack.index_name)
        self.value.setText(fmt.number(result.display))
        self.predicate.setText(result.predicate)
        if target > result.index:
            self.gap.setText(
                self.tr("kurang %1 menuju %2")
                .replace("%1", fmt.number(ceil2(target - result.index)))
                .replace("%2", predicate_for(pack, target))
            )
            return
        nxt = next_predicate(pack, result.index)
        if nxt is None:
            self.gap.setText(self.tr("Target tercapai; predikat tertinggi."))
        else:
            self.gap.setText(
                self.tr("Target tercapai; kurang %1 menuju %2.")
                .replace("%1", fmt.number(ceil2(nxt[1] - result.index)))
                .replace("%2", nxt[0])
            )
