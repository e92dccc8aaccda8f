"""What the architecture inventory shows in both roles: the domains' and SIAP statuses' names,
the short "what SIA asks here" help per domain, the relations' names seen from either end, and
the table of objects.

Texts are marked with ``QT_TRANSLATE_NOOP("architecture", …)`` and read through :func:`tr`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from typing_extensions import override

from spbe_desktop.services.architecture import DOMAINS, ArchObject
from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.common.table_model import Column, ColumnTableModel

_CTX = "architecture"

DOMAIN_NAMES = {
    "proses_bisnis": QT_TRANSLATE_NOOP("architecture", "Proses bisnis"),
    "layanan": QT_TRANSLATE_NOOP("architecture", "Layanan"),
    "data": QT_TRANSLATE_NOOP("architecture", "Data dan informasi"),
    "aplikasi": QT_TRANSLATE_NOOP("architecture", "Aplikasi"),
    "integrasi": QT_TRANSLATE_NOOP("architecture", "Integrasi"),
    "infrastruktur": QT_TRANSLATE_NOOP("architecture", "Infrastruktur"),
    "keamanan": QT_TRANSLATE_NOOP("architecture", "Keamanan"),
}

SIAP_NAMES = {
    "belum": QT_TRANSLATE_NOOP("architecture", "Belum diinput"),
    "draf": QT_TRANSLATE_NOOP("architecture", "Draf"),
    "terinput": QT_TRANSLATE_NOOP("architecture", "Terinput"),
    "perlu_revisi": QT_TRANSLATE_NOOP("architecture", "Perlu revisi"),
}

SIAP_ICONS = {
    "belum": "status-empty",
    "draf": "status-draft",
    "terinput": "status-ready",
    "perlu_revisi": "verdict-revise",
}

#: What SIA SPBE / SIAP Digital asks for in each domain (from the team's reference notes).
DOMAIN_HELP = {
    "proses_bisnis": QT_TRANSLATE_NOOP(
        "architecture",
        "SIAP Digital mencatat proses bisnis dengan uraian dan kode Referensi Arsitektur Proses "
        "Bisnis (RAB: sektor, lalu urusan). Catat juga jenisnya (inti, manajemen, pendukung), "
        "unit pengampu dan sasaran yang didukung. Untuk indikator 15 asesor meminta arsitektur "
        "proses bisnis di SIAP Digital, bukan pasal peraturan.",
    ),
    "layanan": QT_TRANSLATE_NOOP(
        "architecture",
        "SIAP Digital mencatat layanan dengan kode RAL (RAL.01 Layanan Publik, RAL.02 Layanan "
        "Administrasi Pemerintahan), tujuan, fungsi, K/L dan urusan terkait, target, metode, "
        "potensi manfaat dan ekonomi, unit pelaksana, potensi risiko dan mitigasinya. "
        "Hubungkan setiap layanan dengan proses bisnis dan aplikasinya.",
    ),
    "data": QT_TRANSLATE_NOOP(
        "architecture",
        "SIAP Digital mencatat data dengan kode RAD, uraian, tujuan, sifat, jenis dan validitas "
        "data, produsen data dan walidata, informasi terkait, serta interoperabilitasnya.",
    ),
    "aplikasi": QT_TRANSLATE_NOOP(
        "architecture",
        "SIAP Digital mencatat aplikasi dengan kode RAA (RAA.01 Aplikasi Umum, RAA.02 Aplikasi "
        "Khusus), uraian, fungsi, luaran, basis aplikasi, tipe lisensi dan basis data. Aplikasi "
        "Umum hanya yang ditetapkan MenPANRB (mis. SRIKANDI, SP4N-LAPOR!); aplikasi buatan "
        "pemda adalah Aplikasi Khusus. Hubungkan aplikasi dengan layanan, data dan hostingnya.",
    ),
    "integrasi": QT_TRANSLATE_NOOP(
        "architecture",
        "Catat setiap pertukaran data antaraplikasi: aplikasi sumber, aplikasi tujuan di "
        "daerah atau sistem nasional (SIASN, SATUSEHAT, SRIKANDI…), metode (API, SSO, SPLP…) "
        "dan statusnya. Daftar ini menjadi matriks integrasi untuk indikator 16 dan 18.",
    ),
    "infrastruktur": QT_TRANSLATE_NOOP(
        "architecture",
        "SIAP Digital mencatat objek infrastruktur (komputasi awan, server, media penyimpanan, "
        "perangkat jaringan, fasilitas komputasi…) dengan status kepemilikan, pemilik dan "
        "atribut objeknya (spesifikasi, lokasi, tier, bandwidth).",
    ),
    "keamanan": QT_TRANSLATE_NOOP(
        "architecture",
        "SIAP Digital mencatat tujuh objek keamanan (standar dan prosedur, edukasi kesadaran, "
        "identifikasi kerentanan, peningkatan keamanan, penanganan insiden, audit keamanan, "
        "kelaikan) dengan uraian dan tanggalnya; audit dengan jenis, hasil dan tindak lanjut.",
    ),
}

#: A relation's name seen from each end: (kind, "from" | "to") -> name.
RELATION_NAMES = {
    ("layanan_proses_bisnis", "from"): QT_TRANSLATE_NOOP("architecture", "Proses bisnis layanan"),
    ("layanan_proses_bisnis", "to"): QT_TRANSLATE_NOOP("architecture", "Layanan dari proses ini"),
    ("layanan_aplikasi", "from"): QT_TRANSLATE_NOOP("architecture", "Aplikasi pendukung"),
    ("layanan_aplikasi", "to"): QT_TRANSLATE_NOOP("architecture", "Layanan yang didukung"),
    ("aplikasi_data", "from"): QT_TRANSLATE_NOOP("architecture", "Data yang dikelola"),
    ("aplikasi_data", "to"): QT_TRANSLATE_NOOP("architecture", "Aplikasi pengelola data"),
    ("aplikasi_infrastruktur", "from"): QT_TRANSLATE_NOOP("architecture", "Hosting"),
    ("aplikasi_infrastruktur", "to"): QT_TRANSLATE_NOOP("architecture", "Aplikasi di sini"),
    ("integrasi_sumber", "from"): QT_TRANSLATE_NOOP("architecture", "Aplikasi sumber"),
    ("integrasi_sumber", "to"): QT_TRANSLATE_NOOP("architecture", "Integrasi keluar"),
    ("integrasi_tujuan", "from"): QT_TRANSLATE_NOOP("architecture", "Aplikasi tujuan (lokal)"),
    ("integrasi_tujuan", "to"): QT_TRANSLATE_NOOP("architecture", "Integrasi masuk"),
}


def tr(text: object) -> str:
    """Translate a text marked with ``QT_TRANSLATE_NOOP("architecture", …)``."""
    return QCoreApplication.translate(_CTX, str(text))


def domain_name(domain: str) -> str:
    return tr(DOMAIN_NAMES.get(domain, domain))


def siap_name(status: str) -> str:
    return tr(SIAP_NAMES.get(status, status))


def relation_name(kind: str, end: str) -> str:
    return tr(RELATION_NAMES.get((kind, end), kind))


def domain_items(counts: Mapping[str, int] | None = None) -> list[tuple[str, str]]:
    """(text, domain) for a combo box, in SIA's order; with counts: "Aplikasi (3)"."""
    items = []
    for domain in DOMAINS:
        text = domain_name(domain)
        if counts is not None:
            text = (
                QCoreApplication.translate("architecture", "%1 (%2)")
                .replace("%1", text)
                .replace("%2", str(counts.get(domain, 0)))
            )
        items.append((text, domain))
    return items


ObjectColumn = IntEnum("ObjectColumn", "OPD NAME CODE SIAP UPDATED", start=0)


class ArchObjectModel(ColumnTableModel[ArchObject]):
    """Objects of one domain: OPD (hidden on the OPD's side), name, reference code, SIAP
    Digital status, last change."""

    @override
    def columns(self) -> Mapping[int, Column[ArchObject]]:
        return {
            ObjectColumn.OPD: Column(self.tr("OPD"), lambda o: o.opd_name),
            ObjectColumn.NAME: Column(
                self.tr("Nama"),
                lambda o: o.name,
                tooltip=_tooltip,
            ),
            ObjectColumn.CODE: Column(
                self.tr("Kode referensi"),
                lambda o: o.ref_label or "—",
                tooltip=_tooltip,
            ),
            ObjectColumn.SIAP: Column(
                self.tr("Status SIAP"),
                lambda o: siap_name(o.siap.status),
                icon=lambda o: SIAP_ICONS.get(o.siap.status),
                tooltip=_siap_tooltip,
            ),
            ObjectColumn.UPDATED: Column(
                self.tr("Diubah"),
                lambda o: fmt.timestamp(o.updated_at) if o.updated_at else "",
            ),
        }

    def row_of(self, object_id: int) -> int:
        """The row showing ``object_id`` (-1: not shown)."""
        return next((n for n, o in enumerate(self._rows) if o.id == object_id), -1)


def _tooltip(obj: ArchObject) -> str:
    if obj.remark:
        return QCoreApplication.translate("architecture", "Catatan koordinator: %1").replace(
            "%1", obj.remark
        )
    return obj.ref_label or obj.name


def _siap_tooltip(obj: ArchObject) -> str:
    if obj.siap.screenshot_id:
        return QCoreApplication.translate("architecture", "Tangkapan layar: %1").replace(
            "%1", obj.siap.screenshot_title
        )
    return QCoreApplication.translate("architecture", "Belum ada tangkapan layar SIAP Digital")
