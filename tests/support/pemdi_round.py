"""The Provinsi Maluku Utara's Pemdi 2026 round, built with the services (issue 15).

The coordinator (Diskominfo) has sent kits to five OPDs; they attached real PDFs to items and
sent pakets, the coordinator judged them (some accepted, some returned with a reason), the
receipts went back, and the external assessors' first results are in. Bappeda has sent a
second paket for level 2 of indicator 1 and attached one more document since.

``build_round`` makes it; the steps (``pdf``, ``attach``, ``send``, ``judge``, ``receipt``)
serve smaller rounds too. Qt-free: the UI tests open what it writes.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import (
    accept_receipt,
    export_bundle,
    import_bundles,
    issue_receipt,
)
from spbe_desktop.services.items import judge_item, record_result, set_item_note
from tests.support.generate import make_pdf
from tests.support.pair import join_opd, make_coordinator

INSTANSI = "Pemerintah Provinsi Maluku Utara"
COORDINATOR_OFFICER = "Budi Santoso"

#: Days left in the document stage (the queue's deadline).
DAYS_LEFT = 12

#: unit -> (officer, kit indicators)
OPDS = {
    "Bappeda": ("Rina Hasan", ["1", "6"]),
    "Dinas Kesehatan": ("dr. Nurlela Umasugi", ["2", "17"]),
    "BKPSDM": ("Fadli Tomagola", ["3"]),
    "Inspektorat": ("Sarfan Mahmud", ["9"]),
    "Bagian Organisasi Setda": ("Wati Djafar", ["15", "20"]),
}

#: (unit, indicator, item, document title): what each OPD attaches before its first paket.
FIRST: list[tuple[str, str, str, str]] = [
    ("Bappeda", "1", "I1-L1-01", "Rancangan Akhir RPJMD Provinsi Maluku Utara 2025–2029"),
    ("Dinas Kesehatan", "2", "I2-L1-01", "Rencana Strategis Dinas Kesehatan 2025–2029"),
    ("Dinas Kesehatan", "2", "I2-L1-02", "Laporan Layanan Aplikasi SIMPUS Triwulan III 2026"),
    ("Dinas Kesehatan", "17", "I17-L1-01", "Alamat Portal Layanan Kesehatan Maluku Utara"),
    ("Dinas Kesehatan", "17", "I17-L1-02", "Surat Edaran Kepala Dinas tentang Portal Layanan"),
    ("BKPSDM", "3", "I3-L1-01", "Draf Peta Kompetensi Digital ASN Provinsi Maluku Utara"),
    ("BKPSDM", "3", "I3-L1-02", "Laporan Penggunaan Aplikasi e-Kinerja 2026"),
    ("BKPSDM", "3", "I3-L1-03", "Dokumentasi Komunitas Belajar Digital ASN"),
    ("BKPSDM", "3", "I3-L1-04", "Laporan Pembelajaran Mikro Internal Semester I 2026"),
    ("BKPSDM", "3", "I3-L1-05", "Rekap Daftar Hadir Pelatihan Literasi Digital"),
    (
        "Inspektorat",
        "9",
        "I9-L1-01",
        "Keputusan Gubernur Maluku Utara Nomor 120 Tahun 2025 tentang Tim Koordinasi "
        "Pemerintah Digital",
    ),
    ("Inspektorat", "9", "I9-L1-02", "Program Kerja Pengawasan Tahunan Inspektorat 2026"),
    ("Inspektorat", "9", "I9-L1-03", "Kutipan PKPT 2026: Audit Keamanan Aplikasi"),
    ("Bagian Organisasi Setda", "15", "I15-L1-01", "Peta Proses Bisnis Pelayanan Perizinan"),
    ("Bagian Organisasi Setda", "15", "I15-L1-02", "Laporan Evaluasi Kelembagaan 2025"),
    ("Bagian Organisasi Setda", "20", "I20-L1-01", "Hasil Survei Kepuasan Masyarakat 2025"),
]
#: (unit, item) -> None to accept, or (reason, note) to return; items not listed wait.
VERDICTS: dict[tuple[str, str], tuple[str, str] | None] = {
    ("Bappeda", "I1-L1-01"): None,
    ("Dinas Kesehatan", "I2-L1-01"): None,
    ("Dinas Kesehatan", "I2-L1-02"): (
        "wrong-document",
        "Laporan aplikasi, bukan bukti manajemen layanan; lampirkan log tiket layanan.",
    ),
    ("Dinas Kesehatan", "I17-L1-01"): None,
    ("Dinas Kesehatan", "I17-L1-02"): (
        "wrong-document",
        "Surat edaran tidak menampilkan portal; lampirkan tangkapan layar portal.",
    ),
    ("BKPSDM", "I3-L1-01"): None,
    ("BKPSDM", "I3-L1-02"): None,
    ("BKPSDM", "I3-L1-03"): ("other", "Foto kegiatan tanpa daftar hadir dan notulen."),
    ("BKPSDM", "I3-L1-05"): ("wrong-document", "Yang diminta tangkapan layar dasbor MyASN."),
    ("Inspektorat", "I9-L1-01"): (
        "wrong-document",
        "SK Tim Koordinasi Pemdi, bukan SK Tim Audit Keamanan dan Teknologi.",
    ),
    ("Inspektorat", "I9-L1-02"): None,
    ("Bagian Organisasi Setda", "I15-L1-02"): ("not-uploaded", "Berkas PDF tidak dapat dibuka."),
}
#: Bappeda's second paket: level 2 of indicator 1 (opened by the accepted level-1 item).
SECOND: list[tuple[str, str]] = [
    ("I1-L2-01", "RKPD Provinsi Maluku Utara Tahun 2026"),
    ("I1-L2-02", "Notulen Rapat Penyusunan Arsitektur SPBE Daerah"),
    ("I1-L2-03", "Notulen Rapat Tim Koordinasi Pemerintah Digital 14 Oktober 2026"),
]
SECOND_VERDICTS: dict[str, tuple[str, str] | None] = {
    "I1-L2-01": None,
    "I1-L2-02": (
        "wrong-document",
        "Notulen rapat, bukan Arsitektur Pemdi; lampirkan ekspor SIAP Digital.",
    ),
}
BAPPEDA_NOTE = "Arsitektur layanan perizinan dan kesehatan; lihat halaman 3–5."
LATER = ("I1-L2-04", "DPA Bappeda Tahun Anggaran 2026")  # attached since, not yet sent
#: indicator -> (stage, value, note) of the external assessors' results.
ASSESSOR: dict[str, tuple[str, str, str]] = {
    "P01": ("dokumen", "1.5", "Arsitektur Pemdi belum ada di SIAP Digital."),
    "P02": ("dokumen", "1.5", "Log tiket layanan ditunjukkan saat verifikasi."),
    "P03": ("dokumen", "1.1", "Komunitas belajar tanpa daftar hadir."),
    "P09": ("dokumen", "1.5", "SK tim audit sudah ada, belum diunggah."),
    "P17": ("dokumen", "1.25", ""),
}


@dataclass(frozen=True)
class PemdiRound:
    root: Path
    coordinator: Path
    opds: dict[str, Path]

    @property
    def bappeda(self) -> Path:
        return self.opds["Bappeda"]

    def copy(self, root: Path) -> PemdiRound:
        """The round copied to ``root`` (each test changes a copy of one built round)."""
        shutil.copytree(self.root, root)
        return PemdiRound(
            root,
            root / self.coordinator.name,
            {unit: root / ws.name for unit, ws in self.opds.items()},
        )


def pdf(
    folder: Path, title: str, *, pages: tuple[str, ...] = ("Halaman 2", "Halaman 3"), stem: int = 60
) -> Path:
    """A PDF titled ``title``, its first page the title in capitals, named after the title's
    first ``stem`` characters."""
    name = "".join(c if c.isalnum() else "-" for c in title.lower())[:stem].strip("-") + ".pdf"
    return make_pdf(folder / name, [title.upper(), *pages], title=title)


def attach(ws: Path, indicator: str, item: str, file: Path, title: str) -> None:
    run(attach_files(ws, indicator, [AttachRequest(file, title=title)], item=item))


def judge(koor: Path, unit: str, item: str, verdict: tuple[str, str] | None) -> None:
    """Accept the item (``verdict`` None) or return it with ``(reason, note)``."""
    if verdict is None:
        judge_item(koor, item, accept=True, unit=unit)
    else:
        judge_item(koor, item, accept=False, reason=verdict[0], note=verdict[1], unit=unit)


def send(koor: Path, ws: Path, out: Path) -> None:
    """The OPD's paket written to ``out`` and accepted by the coordinator."""
    (bundle,) = run(export_bundle(ws, out)).paths
    (outcome,) = run(import_bundles(koor, [bundle]))
    assert outcome.status == "accepted", outcome


def receipt(koor: Path, unit: str, ws: Path, out: Path) -> None:
    """The coordinator's receipt for ``unit``, accepted by its workspace."""
    issue_receipt(koor, unit, out)
    accept_receipt(ws, out)


def build_round(root: Path) -> PemdiRound:
    files = root / "dokumen"
    files.mkdir()
    today = dt.date.today()
    koor = make_coordinator(
        root / "koordinator-malut-2026.spbe",
        instansi=INSTANSI,
        officer=COORDINATOR_OFFICER,
        stages={
            "mandiri": today - dt.timedelta(days=20),
            "dokumen": today + dt.timedelta(days=DAYS_LEFT),
            "interviu": today + dt.timedelta(days=DAYS_LEFT + 21),
            "visitasi": today + dt.timedelta(days=DAYS_LEFT + 42),
        },
    )
    opds: dict[str, Path] = {}
    for k, (unit, (officer, indicators)) in enumerate(OPDS.items()):
        opd = join_opd(
            koor,
            unit,
            root / f"opd-{k}.spbe",
            indicators=indicators,
            officer=officer,
            kit=root / f"kit-{k}.spbekit",
        )
        opds[unit] = opd.workspace
    for unit, indicator, item, title in FIRST:
        attach(opds[unit], indicator, item, pdf(files, title), title)
    for k, ws in enumerate(opds.values()):
        send(koor, ws, root / f"paket-{k}-1.zip")
    for (unit, item), verdict in VERDICTS.items():
        judge(koor, unit, item, verdict)
    for k, (unit, ws) in enumerate(opds.items()):
        receipt(koor, unit, ws, root / f"tanda-terima-{k}-1.spbereceipt")

    bappeda = opds["Bappeda"]
    for item, title in SECOND:
        attach(bappeda, "1", item, pdf(files, title), title)
    set_item_note(bappeda, "I1-L2-02", BAPPEDA_NOTE)
    send(koor, bappeda, root / "paket-bappeda-2.zip")
    for item, verdict in SECOND_VERDICTS.items():
        judge(koor, "Bappeda", item, verdict)
    receipt(koor, "Bappeda", bappeda, root / "tanda-terima-bappeda-2.spbereceipt")
    attach(bappeda, "1", LATER[0], pdf(files, LATER[1]), LATER[1])

    for indicator, (stage, value, note) in ASSESSOR.items():
        record_result(koor, indicator, value, stage=stage, note=note)
    return PemdiRound(root, koor, opds)
