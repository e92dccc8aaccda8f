"""The demo workspace: a made-up OPD with a plausible, half-finished self-assessment.

"Dinas Komunikasi dan Informatika" of "Pemerintah Provinsi Maluku Utara" (names of people and
numbers are invented). Its sample documents are generated (real PDF, DOCX and PNG files, one
scanned PDF without text, one expired decree, one audit report older than two years) and
attached through :func:`spbe_desktop.services.attach.attach_files`, the same path the GUI uses.

The coordinator's verdicts come the way they come to a real OPD: the answers that carry one
were sent in a signed bundle, a throw-away coordinator workspace imported it, judged them and
issued a receipt, and the demo accepted that receipt. So the demo's next export is a delta, and
everything it shows about verdicts and receipts agrees.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.core.models import AnswerStatus, Verdict
from spbe_desktop.core.progress import run
from spbe_desktop.documents.sample_text import official_text
from spbe_desktop.documents.samples import make_docx, make_pdf, make_png, make_scanned_pdf
from spbe_desktop.fileio import atomic_path, temporaries
from spbe_desktop.services import coordinator, exchange
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.workspace import _actor_name, _assess, init_workspace, open_workspace

INSTANSI = "Pemerintah Provinsi Maluku Utara"
UNIT = "Dinas Komunikasi dan Informatika"
OFFICER = "Nurlela Abdullah"
PLACE = "Sofifi"
GOVERNOR = "GUBERNUR MALUKU UTARA"
HEAD = "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI MALUKU UTARA"
#: The coordinator that judged the demo's first bundle (its workspace is thrown away).
COORDINATOR_UNIT = "Sekretariat Tim Koordinasi SPBE"
COORDINATOR_OFFICER = "Koordinator SPBE (contoh)"
LINES_PER_PAGE = 42


@dataclass(frozen=True, slots=True)
class _Doc:
    file: str
    kind: str
    number: str
    issued: dt.date
    issuer: str
    level: int | None
    title: str
    valid_until: dt.date | None = None
    form: str = "pdf"  # "pdf" | "docx" | "scan" | "png"


@dataclass(frozen=True, slots=True)
class _Answer:
    indicator: str
    level: int | None
    status: AnswerStatus
    note: str
    docs: Sequence[_Doc] = ()
    verdict: tuple[Verdict, str] | None = None


def _plan(today: dt.date) -> list[_Answer]:
    year = today.year

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    perkada, sop, report, screen = "Peraturan Kepala Daerah", "SOP", "Laporan", "Tangkapan Layar"
    # A table: one answer per block, one document per two lines (file, kind, number, issued,
    # issuer, level, then the title), which reads better than one value per line.
    # fmt: off
    return [
        _Answer("I03", 2, AnswerStatus.READY, (
            "Pergub Nomor 14 Tahun 2024 tentang Manajemen Data sudah ditetapkan dan memuat "
            "arsitektur data, data induk, dan data referensi (Pasal 4-9). Basis data, kualitas "
            "data, dan interoperabilitas belum diatur, sehingga baru memenuhi tingkat 2."
        ), [
            _Doc("pergub-14-2024-manajemen-data.pdf", perkada, "14", dt.date(year - 2, 5, 20),
                 GOVERNOR, 2, "Manajemen Data Pemerintah Provinsi Maluku Utara"),
        ], (Verdict.DITERIMA, "Sesuai; muatan yang belum diatur dicatat untuk tahun depan.")),
        _Answer("I05", 2, AnswerStatus.DRAFT, (
            "Kebijakan layanan pusat data diatur dalam Pergub 9/2023, baru untuk perangkat daerah "
            "di lingkungan Setda."
        ), [
            _Doc("pergub-9-2023-pusat-data.pdf", perkada, "9", dt.date(year - 3, 3, 2),
                 GOVERNOR, 2, "Penyelenggaraan Layanan Pusat Data"),
        ]),
        _Answer("I08", 3, AnswerStatus.DRAFT, (
            "Pergub Nomor 21 Tahun 2024 mengatur ruang lingkup dan siklus manajemen keamanan "
            "informasi untuk seluruh perangkat daerah (Pasal 3 dan Lampiran I)."
        ), [
            _Doc("pergub-21-2024-keamanan-informasi.pdf", perkada, "21", dt.date(year - 2, 8, 14),
                 GOVERNOR, 3, "Manajemen Keamanan Informasi SPBE"),
        ]),
        _Answer("I16", 3, AnswerStatus.DRAFT, (
            "Pusat data provinsi melayani 31 perangkat daerah dengan SOP layanan yang sama. "
            "Daftar pengguna terlampir (hasil pindaian)."
        ), [
            _Doc("sop-layanan-pusat-data.docx", sop, "7", dt.date(year - 1, 2, 10),
                 HEAD, 2, "Standar Operasional Prosedur Layanan Pusat Data", form="docx"),
            _Doc("daftar-pengguna-pusat-data-scan.pdf", "Dokumen Lainnya", "",
                 dt.date(year - 1, 11, 3), HEAD, 3, "Daftar Pengguna Layanan Pusat Data (pindaian)",
                 form="scan"),
        ]),
        _Answer("I17", 2, AnswerStatus.DRAFT, (
            "Jaringan intra sudah menghubungkan kantor gubernur dan 18 perangkat daerah; topologi "
            "sedang diminta dari bidang infrastruktur."
        )),
        _Answer("I19", 3, AnswerStatus.READY, (
            "Tim Koordinasi SPBE dibentuk dengan Keputusan Gubernur dan rapat rutin tiga kali "
            "setahun (notulen terlampir)."
        ), [
            _Doc("sk-tim-koordinasi-spbe.pdf", "Keputusan/SK", "188.4/45", dt.date(year - 2, 1, 15),
                 GOVERNOR, 2, "Pembentukan Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik",
                 valid_until=ago(45)),
            _Doc("notulen-rapat-tim-koordinasi.docx", "Notulen", "12", ago(70),
                 HEAD, 3, "Rapat Koordinasi Tim SPBE Triwulan III", form="docx"),
        ], (Verdict.PERLU_REVISI, (
            "SK tim sudah tidak berlaku; lampirkan SK perpanjangan atau SK tim yang baru."
        ))),
        _Answer("I22", 2, AnswerStatus.DRAFT, (
            "SOP keamanan informasi baru diterapkan pada aplikasi layanan yang dikelola "
            "Diskominfo."
        ), [
            _Doc("sop-keamanan-informasi.docx", sop, "11", dt.date(year - 1, 6, 5),
                 HEAD, 2, "Standar Operasional Prosedur Pengamanan Aplikasi", form="docx"),
        ]),
        _Answer("I31", 3, AnswerStatus.DRAFT, (
            "Audit keamanan oleh auditor internal mengikuti pedoman BSSN."
        ), [
            _Doc("laporan-audit-keamanan.pdf", report, "4", ago(3 * 365 + 20),
                 HEAD, 3, "Laporan Hasil Audit Keamanan SPBE"),
        ]),
        _Answer("I42", 3, AnswerStatus.READY, (
            "Pengaduan masyarakat diterima lewat SP4N-LAPOR! dan diteruskan ke perangkat daerah "
            "dengan alur persetujuan (tangkapan layar terlampir)."
        ), [
            _Doc("tangkapan-layar-lapor.png", screen, "", ago(20),
                 "", 3, "Tangkapan layar alur tindak lanjut pengaduan", form="png"),
        ]),
        _Answer("I43", 4, AnswerStatus.DRAFT, (
            "Portal Satu Data Maluku Utara terhubung dengan Portal Data Indonesia."
        ), [
            _Doc("tangkapan-layar-portal-data.png", screen, "", ago(30),
                 "", 2, "Tangkapan layar pencarian dan unduh dataset", form="png"),
            _Doc("laporan-integrasi-satu-data.pdf", report, "9", ago(90),
                 HEAD, 4, "Laporan Integrasi Portal Satu Data dengan Portal Data Indonesia"),
        ]),
        _Answer("I20", None, AnswerStatus.NA, (
            "Kolaborasi penerapan SPBE dikoordinasikan Bappeda; Diskominfo tidak memimpin "
            "kegiatan kolaborasi pada periode ini."
        )),
    ]
    # fmt: on


def _pages(lines: list[str]) -> list[str]:
    return [
        "\n".join(lines[i : i + LINES_PER_PAGE]) for i in range(0, len(lines), LINES_PER_PAGE)
    ] or [""]


def _make(folder: Path, doc: _Doc) -> Path:
    path = folder / doc.file
    if doc.form == "scan":
        return make_scanned_pdf(path, pages=2)
    if doc.form == "png":
        # Sizes differ per file so that two screenshots are never the same content.
        return make_png(path, 1200 + len(doc.file), 760)
    lines = official_text(
        doc.kind, doc.number, doc.issued.year, doc.title, PLACE, doc.issued, doc.issuer or HEAD
    )
    if doc.form == "docx":
        return make_docx(path, lines, title=doc.title, author=OFFICER)
    return make_pdf(path, _pages(lines), title=doc.title, author=OFFICER)


def create_demo_workspace(path: Path, today: dt.date | None = None) -> Path:
    """Create the demo workspace at ``path`` (atomically: built beside it, then renamed).

    Returns:
        ``path``. An existing file there is left alone and returned as it is.
    """
    if path.exists():
        return path
    today = today or dt.date.today()
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in temporaries(path):  # left by a demo set-up that was killed
        _remove_database(stale)
    plan = _plan(today)
    with tempfile.TemporaryDirectory(prefix="spbe-demo-") as tmp, atomic_path(path) as partial:
        folder = Path(tmp)
        try:
            init_workspace(
                partial,
                role="opd",
                instansi=INSTANSI,
                unit=UNIT,
                officer=OFFICER,
                framework="spbe-2020",
                period=str(today.year),
            )
            with open_workspace(partial) as store:
                pack = store.pack()
                owned = [i.id for i in pack.indicators if i.default_owner == "Diskominfo"]
                store.update_profile(_actor_name(store), assigned=(*owned, "I31"))
            # First the answers the coordinator has judged: sent, judged, receipt back.
            judged = [a for a in plan if a.verdict]
            _fill(partial, folder, judged)
            _receipt_from_coordinator(partial, folder, judged, today)
            # Then the work done since: the next export sends only that.
            _fill(partial, folder, [a for a in plan if not a.verdict])
        finally:
            for suffix in ("-wal", "-shm"):  # the workspace file itself is atomic_path's
                Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return path


def _fill(workspace: Path, folder: Path, answers: Sequence[_Answer]) -> None:
    """Attach the answers' documents and record the answers."""
    for answer in answers:
        requests = [
            AttachRequest(
                path=_make(folder, doc),
                title=doc.title,
                kind=doc.kind,
                number=doc.number or "",
                issued=doc.issued.isoformat(),
                valid_until=doc.valid_until.isoformat() if doc.valid_until else None,
                issuer=doc.issuer,
                level=doc.level,
            )
            for doc in answer.docs
        ]
        if requests:
            run(attach_files(workspace, answer.indicator, requests))
    with open_workspace(workspace) as store:
        for answer in answers:
            _assess(
                store, answer.indicator, level=answer.level, note=answer.note, status=answer.status
            )


def _receipt_from_coordinator(
    workspace: Path, folder: Path, judged: Sequence[_Answer], today: dt.date
) -> None:
    """Send what is there, have a coordinator import it and judge ``judged``, and accept the
    receipt it issues (its key becomes the demo's coordinator key, as a kit would make it)."""
    bundle = folder / "kiriman" / "bukti-pertama.zip"
    bundle.parent.mkdir()
    run(exchange.export_bundle(workspace, bundle))
    koordinator = folder / "koordinator.spbe"
    init_workspace(
        koordinator,
        role="coordinator",
        instansi=INSTANSI,
        unit=COORDINATOR_UNIT,
        officer=COORDINATOR_OFFICER,
        framework="spbe-2020",
        period=str(today.year),
    )
    exchange.trust_public_key(koordinator, UNIT, exchange.minisign_public_key(workspace))
    run(exchange.import_bundles(koordinator, [bundle]))
    for answer in judged:
        assert answer.verdict is not None
        verdict, comment = answer.verdict
        coordinator.set_verdict(koordinator, UNIT, answer.indicator, verdict, comment)
    receipt = folder / "tanda-terima.spbereceipt"
    exchange.issue_receipt(koordinator, UNIT, receipt)
    exchange.accept_receipt(workspace, receipt)


def _remove_database(path: Path) -> None:
    """A workspace file and the journal files SQLite keeps beside it."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
