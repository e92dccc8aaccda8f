"""“Mulai periode baru”: the new period's workspace from last period's one, and what came along.

:class:`NewPeriodDialog` asks for the old workspace, the new file, the period and the framework
(Pemdi 2026 unless told otherwise); :func:`summary` puts the carry-forward result into words
for the result dialog: the documents carried, the expired ones left behind, the links remade or
suggested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from spbe_desktop.services.carry_forward import CarryForwardResult
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.layout import label, ok_cancel, vbox
from spbe_desktop.ui.common.outputs_dialogs import PathField

#: The period spin box's lowest value, shown as "otomatis": last period + 1.
_AUTO = 2000


@dataclass(frozen=True, slots=True)
class NewPeriodRequest:
    previous: Path
    workspace: Path
    period: str | None  # None: the old period + 1
    framework: str


def suggested_name(previous: Path, old_period: str, new_period: str) -> Path:
    """``kominfo-2025.spbe`` → ``kominfo-2026.spbe``; without the year in it, the year added."""
    stem = previous.stem
    if old_period and re.search(rf"(?<!\d){re.escape(old_period)}(?!\d)", stem):
        stem = re.sub(rf"(?<!\d){re.escape(old_period)}(?!\d)", new_period, stem)
    else:
        stem = f"{stem} {new_period}"
    return previous.with_name(f"{stem}.spbe")


class NewPeriodDialog(QDialog):
    """Last period's workspace in, the new period's workspace out (nothing in the old changes)."""

    def __init__(
        self, previous: Path | None, old_period: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mulai periode baru"))
        self._old_period = old_period
        self.previous = PathField(previous, self._choose_previous)
        year = int(old_period) + 1 if old_period.isdigit() else _AUTO
        self.period = QSpinBox()
        self.period.setRange(_AUTO, 2100)
        self.period.setSpecialValueText(self.tr("otomatis (periode lalu + 1)"))
        self.period.setValue(year)
        suggested = (
            suggested_name(previous, old_period, str(year))
            if previous is not None and year != _AUTO
            else None
        )
        self.workspace = PathField(suggested, self._choose_workspace)
        self.framework = QComboBox()  # the first entry is the default: Pemdi 2026
        self.framework.addItem(self.tr("Pemerintah Digital 2026 (sementara)"), "pemdi-2026")
        self.framework.addItem(self.tr("SPBE (PermenPANRB 59/2020)"), "spbe-2020")
        form = QFormLayout()
        form.addRow(self.tr("Ruang kerja periode &lalu:"), self.previous)
        form.addRow(self.tr("Ruang kerja &baru:"), self.workspace)
        form.addRow(self.tr("&Periode (tahun):"), self.period)
        form.addRow(self.tr("&Kerangka penilaian:"), self.framework)
        intro = label(
            self.tr(
                "Peran, nama, kunci tanda tangan dan dokumen yang masih berlaku dibawa ke ruang "
                "kerja baru, masing-masing sekali. Dokumen yang masa berlakunya habis "
                "ditinggalkan. Tingkat, catatan dan hasil pemeriksaan tidak dibawa. Ruang kerja "
                "lama tidak diubah."
            ),
            wrap=True,
        )
        self.buttons = ok_cancel(self, self.tr("&Buat ruang kerja"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        vbox(intro, form, self.buttons, parent=self)
        self._suggested = suggested
        self.previous.changed.connect(self._update)
        self.workspace.changed.connect(self._update)
        self.period.valueChanged.connect(self._on_period_value_changed)
        self._update()

    @Slot(int)
    def _on_period_value_changed(self, year: int) -> None:
        """The suggested file name follows the period, until the user types another one."""
        previous = self.previous.path()
        if previous is None or year == _AUTO or self.workspace.path() != self._suggested:
            return
        self._suggested = suggested_name(previous, self._old_period, str(year))
        self.workspace.set_path(self._suggested)

    def _choose_previous(self, current: Path | None) -> Path | None:
        return prompts.choose_open_file(
            self,
            self.tr("Ruang kerja periode lalu"),
            prompts.workspace_filter(),
            current.parent if current is not None else None,
        )

    def _choose_workspace(self, current: Path | None) -> Path | None:
        return prompts.choose_save_file(
            self,
            self.tr("Ruang kerja periode baru"),
            current or Path(),
            prompts.workspace_filter(),
        )

    @Slot()
    def _update(self) -> None:
        self.ok_button.setEnabled(
            self.previous.path() is not None and self.workspace.path() is not None
        )

    def request(self) -> NewPeriodRequest:
        previous, workspace = self.previous.path(), self.workspace.path()
        assert previous is not None
        assert workspace is not None
        if workspace.suffix.lower() != ".spbe":
            workspace = workspace.with_name(workspace.name + ".spbe")
        year = self.period.value()
        return NewPeriodRequest(
            previous,
            workspace,
            None if year == _AUTO else str(year),
            str(self.framework.currentData()),
        )


# Written out in full: pyside6-lupdate finds only literal QCoreApplication.translate calls.
def summary(r: CarryForwardResult) -> tuple[str, str]:
    """The result in words: a short text, and the lists (left behind, links) as details."""
    text = (
        QCoreApplication.translate(
            "NewPeriod",
            "Ruang kerja periode %1 dibuat: %2. Dokumen dibawa: %3 (%4), masing-masing sekali.",
        )
        .replace("%1", r.profile.period)
        .replace("%2", r.workspace.name)
        .replace("%3", str(len(r.carried)))
        .replace("%4", fmt.size(r.bytes))
    )
    text += " " + QCoreApplication.translate(
        "NewPeriod", "Ditinggalkan karena masa berlakunya habis: %1."
    ).replace("%1", str(len(r.expired)))
    if r.same_framework:
        text += " " + QCoreApplication.translate(
            "NewPeriod", "Tautan dibuat ulang: %1 ke indikator, %2 ke butir."
        ).replace("%1", str(r.relinked_indicators)).replace("%2", str(r.relinked_items))
    elif r.mapping is not None:
        text += " " + QCoreApplication.translate(
            "NewPeriod",
            "Saran tautan: %1; periksa dan tautkan sendiri, tingkat tetap ditentukan kriteria "
            "kerangka baru.",
        ).replace("%1", str(len(r.suggestions)))
    else:
        text += " " + QCoreApplication.translate(
            "NewPeriod", "Tidak ada pemetaan antara kedua kerangka: dokumen dibawa tanpa tautan."
        )
    if r.carried:
        text += " " + QCoreApplication.translate(
            "NewPeriod", 'Setiap dokumen yang dibawa ditandai "dari periode lalu — periksa".'
        )
    lines: list[str] = []
    if r.expired:
        lines.append(
            QCoreApplication.translate(
                "NewPeriod", "Ditinggalkan (masa berlaku habis sebelum %1):"
            ).replace("%1", fmt.date(r.period_starts))
        )
        lines += [
            "  • "
            + QCoreApplication.translate("NewPeriod", "%1 (berlaku s.d. %2)")
            .replace("%1", e.title or e.file_name)
            .replace("%2", fmt.date(e.valid_until))
            for e in r.expired
        ]
    if r.suggestions:
        lines.append(
            QCoreApplication.translate(
                "NewPeriod", "Saran tautan (dari indikator lama → indikator baru):"
            )
        )
        for s in r.suggestions:
            target = f"{s.indicator_number} {s.indicator_name}" + (f" ({s.item})" if s.item else "")
            olds = ", ".join(str(n) for n in s.from_numbers)
            line = (
                QCoreApplication.translate("NewPeriod", "%1: %2 → %3")
                .replace("%1", s.title)
                .replace("%2", olds)
            )
            lines.append("  • " + line.replace("%3", target))
    for m in r.not_relinked:
        lines.append(
            "  • "
            + QCoreApplication.translate("NewPeriod", "%1: %2 tidak ada di kerangka baru")
            .replace("%1", m.title)
            .replace("%2", m.ref)
        )
    return text, "\n".join(lines)
