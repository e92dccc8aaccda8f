"""Set-up: the OPD register (add, pin an identity card, revoke), who answers for which
indicator, and the evaluation kit for an OPD."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from spbe_desktop.core.models import OpdRecord
from spbe_desktop.core.names import slug
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services import exchange
from spbe_desktop.services.coordinator import Overview
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.columns import fit_columns
from spbe_desktop.ui.common.dialogs import FingerprintRequest
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.common.layout import hbox, label, panel, section, vbox
from spbe_desktop.ui.coordinator.calendar_panel import CalendarPanel
from spbe_desktop.ui.coordinator.common import WorkspaceTab, make_table, pin_key
from spbe_desktop.ui.coordinator.setup_models import (
    AssignmentModel,
    OpdRegisterModel,
    RegisterColumn,
)

CARD_FILTER = "(*.card *.spbecard *.json)"
KIT_SUFFIX = ".spbekit"


class SetupTab(WorkspaceTab):
    """The register of OPDs and their assignment; each change is written by a job."""

    changed = Signal()
    receipt_requested = Signal(str)

    def __init__(self, workspace: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(workspace, runner, parent)
        self.overview: Overview | None = None
        self.save_folder = prompts.documents_folder()
        self._pending_select: str | None = None
        self._build()
        self._connect_signals()
        self._update_buttons()

    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("&Tambah OPD…"))
        self.pin_button = QPushButton(self.tr("&Sematkan kartu identitas…"))
        self.pin_button.setToolTip(
            self.tr("Daftarkan kunci tanda tangan OPD dari kartu identitasnya")
        )
        self.revoke_button = QPushButton(self.tr("&Cabut kunci"))
        self.revoke_button.setToolTip(
            self.tr("Paket yang ditandatangani kunci ini tidak akan diterima lagi")
        )
        self.kit_button = QPushButton(self.tr("Terbitkan &kit…"))
        self.kit_button.setToolTip(
            self.tr(
                "Kit penilaian untuk OPD terpilih: kerangka, periode, kunci koordinator dan "
                "indikator yang ditugaskan"
            )
        )
        self.receipt_button = QPushButton(self.tr("Terbitkan tanda &terima…"))
        self.register_model = OpdRegisterModel(self)
        self.register = make_table(self.register_model, "opdRegister", self.tr("Daftar OPD"))
        self.assign_hint = label(
            self.tr(
                "Centang indikator yang dijawab setiap OPD (baris: OPD, kolom: nomor "
                "indikator). Yang belum disimpan diisi dari pemilik bawaan kerangka."
            ),
            wrap=True,
        )
        self.assign_state = label(name="saveState")
        self.save_button = QPushButton(self.tr("Simpan &penugasan"))
        self.reset_button = QPushButton(self.tr("&Kembalikan"))
        self.reset_button.setToolTip(self.tr("Buang perubahan yang belum disimpan"))
        self.assign_model = AssignmentModel(self)
        self.assignments = QTableView()
        self.assignments.setObjectName("assignmentTable")
        self.assignments.setAccessibleName(self.tr("Penugasan indikator per OPD"))
        self.assignments.setModel(self.assign_model)
        self.assignments.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        horizontal = self.assignments.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal.setDefaultSectionSize(34)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(
            panel(
                hbox(
                    (section(self.tr("Daftar OPD")), 1),
                    self.add_button,
                    self.pin_button,
                    self.revoke_button,
                    self.kit_button,
                    self.receipt_button,
                ),
                (self.register, 1),
            )
        )
        splitter.addWidget(
            panel(
                hbox(
                    section(self.tr("Penugasan indikator")),
                    (self.assign_state, 1),
                    self.reset_button,
                    self.save_button,
                ),
                self.assign_hint,
                (self.assignments, 1),
            )
        )
        self.calendar = CalendarPanel(self.workspace, self.runner)
        splitter.addWidget(self.calendar)
        splitter.setChildrenCollapsible(False)
        vbox(splitter, margins=8, parent=self)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.pin_button.clicked.connect(self._on_pin_button_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.kit_button.clicked.connect(self._on_kit_button_clicked)
        self.receipt_button.clicked.connect(self._on_receipt_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.register.selectionModel().selectionChanged.connect(self._update_buttons)
        self.assign_model.edited.connect(self._update_buttons)
        self.calendar.changed.connect(self.changed)
        self.calendar.status_message.connect(self.status_message)

    # ------------------------------------------------------------------ state
    def show_overview(self, overview: Overview, *, keep_edits: bool = True) -> None:
        """Show the register and the assignment; ticks being edited survive unless reset."""
        selected = self.selected_opd()
        self.overview = overview
        d = overview.dashboard
        self.register_model.set_rows(d.opds)
        fit_columns(self.register, 320, main=RegisterColumn.NAME)
        wanted = self._pending_select or (selected.name if selected is not None else None)
        self._pending_select = None
        if wanted:
            self.select_opd(wanted)
        self.assign_model.set_data(
            d.pack, [r.opd for r in d.opds], overview.assignments, keep_edits=keep_edits
        )
        self.calendar.show_calendar(overview.calendar)
        self._update_buttons()

    def selected_opd(self) -> OpdRecord | None:
        rows = self.register.selectionModel().selectedRows() if self.register.model() else []
        if not rows:
            return None
        return self.register_model.row_at(rows[0].row()).opd  # type: ignore[no-any-return]

    def select_opd(self, name: str) -> bool:
        for k, row in enumerate(self.register_model.rows()):
            if row.opd.name.casefold() == name.casefold():
                self.register.selectRow(k)
                return True
        return False

    def opd_names(self) -> list[str]:
        return [r.opd.name for r in self.register_model.rows()]

    @Slot()
    def _update_buttons(self) -> None:
        opd = self.selected_opd()
        self.revoke_button.setEnabled(
            opd is not None and bool(opd.fingerprint) and not opd.revoked_at
        )
        self.kit_button.setEnabled(opd is not None)
        self.receipt_button.setEnabled(opd is not None)
        dirty = self.assign_model.is_dirty()
        self.save_button.setEnabled(dirty)
        self.reset_button.setEnabled(dirty)
        self.assign_state.setText(self.tr("belum disimpan") if dirty else "")

    # ------------------------------------------------------------------ register
    @Slot()
    def _on_add_button_clicked(self) -> None:
        answer = prompts.new_opd(self, self.opd_names())
        if answer is None:
            return
        name, contact = answer
        workspace = self.workspace
        self.runner.submit(
            lambda _t: exchange.register_opd(workspace, name, contact),
            title=self.tr("Menambah OPD"),
            owner=self,
            on_done=lambda _opd: self._after_change(
                self.tr("OPD %1 ditambahkan.").replace("%1", name), select=name
            ),
        )

    @Slot()
    def _on_pin_button_clicked(self) -> None:
        card = prompts.choose_open_file(
            self,
            self.tr("Pilih kartu identitas OPD"),
            self.tr("Kartu identitas %1;;Semua berkas (*)").replace("%1", CARD_FILTER),
            self.save_folder,
        )
        if card is None:
            return
        self.runner.submit(
            lambda _t: exchange.read_identity_card(card),
            title=self.tr("Memeriksa kartu identitas"),
            owner=self,
            modal=True,
            on_done=lambda info: self._confirm_card(card, info),
        )

    def _confirm_card(self, path: Path, card: exchange.IdentityCard) -> None:
        registered = {r.opd.name.casefold(): r.opd for r in self.register_model.rows()}
        selected = self.selected_opd()
        if card.unit.casefold() in registered:
            default = registered[card.unit.casefold()].name
        elif selected is not None and not selected.fingerprint:
            default = selected.name
        else:
            default = card.unit
        holder = registered.get(default.casefold())
        warning = ""
        if holder is not None and holder.fingerprint and holder.fingerprint != card.fingerprint:
            warning = (
                self.tr("%1 sudah memiliki kunci lain (%2); kunci itu akan diganti.")
                .replace("%1", holder.name)
                .replace("%2", holder.fingerprint)
            )
        intro = (
            self.tr(
                'Kartu identitas dari "%1" (%2), petugas: %3. Sebelum disematkan, minta '
                "petugas OPD membacakan sidik jari kuncinya lewat telepon dan pastikan sama "
                "persis dengan yang di bawah ini."
            )
            .replace("%1", card.unit)
            .replace("%2", card.instansi)
            .replace("%3", card.officer or "—")
        )
        workspace = self.workspace
        pin_key(
            self,
            self.runner,
            FingerprintRequest(
                title=self.tr("Sematkan kartu identitas"),
                intro=intro,
                fingerprint=card.fingerprint,
                names=tuple(self.opd_names()),
                default_name=default,
                accept_text=self.tr("&Sematkan"),
                warning=warning,
            ),
            lambda name, replace, unrevoke: exchange.trust_card(
                workspace, path, name, replace=replace, unrevoke=unrevoke
            ),
            lambda result: self._after_change(
                self.tr("Kunci %1 disematkan (sidik jari %2).")
                .replace("%1", result[0].name)
                .replace("%2", result[1]),
                select=result[0].name,
            ),
        )

    @Slot()
    def _on_revoke_button_clicked(self) -> None:
        opd = self.selected_opd()
        if opd is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Cabut kunci OPD"),
            self.tr(
                "Cabut kunci %1? Paket bukti yang ditandatangani kunci ini akan ditolak "
                "sampai OPD mengirim kartu identitas baru dan kartu itu disematkan."
            ).replace("%1", opd.name),
            action=self.tr("Cabut kunci"),
        ):
            return
        workspace, name = self.workspace, opd.name
        self.runner.submit(
            lambda _t: exchange.revoke_opd(workspace, name),
            title=self.tr("Mencabut kunci OPD"),
            owner=self,
            on_done=lambda _r: self._after_change(
                self.tr("Kunci %1 dicabut.").replace("%1", name), select=name
            ),
        )

    @Slot()
    def _on_kit_button_clicked(self) -> None:
        opd = self.selected_opd()
        if opd is None or self.overview is None:
            return
        indicators = self.assign_model.indicators_of(opd.name)
        if not indicators:
            prompts.show_error(
                self,
                self.tr("Belum ada indikator"),
                self.tr(
                    "%1 belum mendapat indikator. Centang indikatornya di tabel penugasan "
                    "lebih dulu."
                ).replace("%1", opd.name),
            )
            return
        suggested = self.save_folder / f"kit-{slug(opd.name, 'opd')}{KIT_SUFFIX}"
        out = prompts.choose_save_file(
            self,
            self.tr("Simpan kit penilaian"),
            suggested,
            self.tr("Kit penilaian (*%1)").replace("%1", KIT_SUFFIX),
        )
        if out is None:
            return
        if out.suffix.lower() != KIT_SUFFIX:
            out = out.with_name(out.name + KIT_SUFFIX)
        passphrase = prompts.signing_passphrase(self, self.overview.profile.key_protected)
        if passphrase == prompts.CANCELLED:
            return
        self.save_folder = out.parent
        workspace, name = self.workspace, opd.name
        self.runner.submit(
            lambda _t: exchange.issue_kit(workspace, name, out, indicators, passphrase),
            title=self.tr("Menulis kit penilaian"),
            owner=self,
            modal=True,
            on_done=lambda payload: self._after_kit(name, out, payload),
        )

    def _after_kit(self, name: str, out: Path, payload: dict[str, Any]) -> None:
        count = len(payload.get("assigned") or [])
        self._after_change(
            self.tr("Kit untuk %1 ditulis ke %2 (%n indikator).", "", count)
            .replace("%1", name)
            .replace("%2", str(out)),
            select=name,
        )

    @Slot()
    def _on_receipt_button_clicked(self) -> None:
        opd = self.selected_opd()
        if opd is not None:
            self.receipt_requested.emit(opd.name)

    def _after_change(self, message: str, select: str | None = None) -> None:
        self.status_message.emit(message)
        if select:
            self._pending_select = select
        self.changed.emit()

    # ------------------------------------------------------------------ assignment
    @Slot()
    def _on_save_button_clicked(self) -> None:
        opds = self.assign_model.opds()
        empty = [o.name for o in opds if not self.assign_model.indicators_of(o.name)]
        if empty and not prompts.confirm(
            self,
            self.tr("OPD tanpa indikator"),
            self.tr(
                "OPD berikut belum mendapat indikator: %1. Tanpa penugasan, OPD dihitung "
                "untuk semua indikator. Simpan tetap?"
            ).replace("%1", ", ".join(empty)),
            action=self.tr("Simpan"),
        ):
            return
        plan = {o.name: (o.contact, self.assign_model.indicators_of(o.name)) for o in opds}
        workspace = self.workspace
        self.runner.submit(
            lambda _t: coord.save_assignments(workspace, plan),
            title=self.tr("Menyimpan penugasan"),
            owner=self,
            on_done=lambda n: self._after_change(self.tr("Penugasan %n OPD disimpan.", "", n)),
        )

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        if self.overview is not None:
            self.show_overview(self.overview, keep_edits=False)
