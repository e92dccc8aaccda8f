"""Regenerate the report preview images in this folder from a realistic coordinator workspace.

Needs LibreOffice Writer (``soffice``) and poppler-utils (``pdftoppm``) on the PATH:

    apt-get install -y libreoffice-writer-nogui poppler-utils
    .venv/bin/python docs/report-preview/regenerate.py

Builds a throw-away coordinator workspace for Pemerintah Provinsi Maluku Utara (SPBE 2020, five
OPDs with answers, verdicts and real generated evidence), writes the DOCX report with
``spbe report``'s service, converts it to PDF with LibreOffice and renders pages at 60 dpi:
page-1.png to page-3.png (cover, contents, summary), indicator.png (an indicator section) and
appendix.png (the document list); evidence-cover.png is the cover of a compiled evidence PDF.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

from spbe_desktop.core.models import LedgerEntry
from spbe_desktop.core.progress import run
from spbe_desktop.documents.sample_text import official_text
from spbe_desktop.documents.samples import make_docx, make_jpeg, make_pdf, make_png
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.compiled_evidence import compile_evidence
from spbe_desktop.services.reporting import write_report
from spbe_desktop.services.workspace import assess, init_workspace, open_workspace

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 29)
GOVERNOR = "GUBERNUR MALUKU UTARA"
KOMINFO = "KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN PROVINSI MALUKU UTARA"

# Consolidated levels per indicator 1-47: index about 2,30 (Cukup), as a province's first cycles.
# One digit per indicator, by domain: 1-10 | 11-20 | 21-31 | 32-47.
LEVELS = [int(c) for c in "33232223232221332232221111121113343323233323222"]
OPDS = {
    "Bappeda": ("I01", "I02", "I11", "I12", "I13", "I14", "I32"),
    "BPKAD": ("I24", "I33", "I34", "I38"),
    "BKPSDM": ("I25", "I36", "I41"),
    "Inspektorat": ("I29", "I30", "I31", "I39"),
    "Biro Hukum": ("I44",),
}


def _official_pdf(
    path: Path,
    kind: str,
    number: str,
    year: int,
    title: str,
    date: dt.date,
    issuer: str,
    extra_pages: int = 1,
) -> AttachRequest:
    lines = official_text(kind, number, year, title, "Sofifi", date, issuer)
    pages = ["\n".join(lines[i : i + 45]) for i in range(0, len(lines), 45)]
    pages += [f"LAMPIRAN {k}\n\n{title}\n\nRincian pelaksanaan." for k in range(1, extra_pages + 1)]
    make_pdf(path, pages, title=title)
    return AttachRequest(path, title=title, kind=kind, issued=date.isoformat(), issuer=issuer)


def build(root: Path) -> Path:
    ws = root / "maluku-utara.spbe"
    init_workspace(
        ws,
        role="coordinator",
        instansi="Pemerintah Provinsi Maluku Utara",
        unit="Dinas Komunikasi, Informatika dan Persandian",
        officer="Budi Hasan",
        period="2024",
        framework="spbe-2020",
    )
    with open_workspace(ws) as store:
        ids = {
            name: store.upsert_opd("Budi Hasan", name, assigned=inds).id
            for name, inds in OPDS.items()
        }
    for number, level in enumerate(LEVELS, 1):
        assess(
            ws,
            str(number),
            level=level,
            status="ready",
            note="Diverifikasi tim sekretariat SPBE terhadap bukti dukung OPD.",
        )
    with open_workspace(ws) as store:
        for name, inds in OPDS.items():
            for ind in inds:
                level = LEVELS[int(ind[1:]) - 1]
                store.set_answer(
                    ind,
                    name,
                    opd_id=ids[name],
                    level=level,
                    status="ready",
                    justification=f"Bukti dukung {name} sudah diunggah.",
                )
        store.set_verdict(ids["Bappeda"], "I01", "diterima", "Pergub sesuai kriteria.", "Budi")
        store.set_verdict(
            ids["Bappeda"],
            "I02",
            "perlu_revisi",
            "Lampirkan Peta Rencana yang sudah ditetapkan.",
            "Budi",
        )
        store.set_verdict(
            ids["Inspektorat"], "I29", "ditolak", "Laporan audit lebih dari dua tahun.", "Budi"
        )
        with store.transaction():
            store.add_ledger(
                LedgerEntry(
                    "b-1",
                    ids["Bappeda"],
                    1,
                    "full",
                    "t1",
                    "",
                    3,
                    90000,
                    "2026-10-02T01:00:00+00:00",
                )
            )
            store.add_ledger(
                LedgerEntry(
                    "b-2",
                    ids["Bappeda"],
                    2,
                    "delta",
                    "t2",
                    "r1",
                    1,
                    30000,
                    "2026-10-20T01:00:00+00:00",
                )
            )
            store.add_ledger(
                LedgerEntry(
                    "k-1", ids["BPKAD"], 1, "full", "t3", "", 2, 60000, "2026-10-15T01:00:00+00:00"
                )
            )
    docs = root / "dok"
    docs.mkdir()
    run(
        attach_files(
            ws,
            "1",
            [
                _official_pdf(
                    docs / "pergub-arsitektur-spbe.pdf",
                    "Peraturan Kepala Daerah",
                    "12",
                    2023,
                    "Arsitektur Sistem Pemerintahan Berbasis Elektronik",
                    dt.date(2023, 6, 14),
                    GOVERNOR,
                    2,
                ),
            ],
            opd_id=ids["Bappeda"],
        )
    )
    run(
        attach_files(
            ws,
            "19",
            [
                _official_pdf(
                    docs / "sk-tim-koordinasi.pdf",
                    "Keputusan/SK",
                    "45",
                    2025,
                    "Pembentukan Tim Koordinasi SPBE",
                    dt.date(2025, 1, 20),
                    GOVERNOR,
                ),
                AttachRequest(
                    make_docx(
                        docs / "notulen-rapat-tim.docx",
                        ["NOTULEN RAPAT TIM KOORDINASI SPBE", "Hari/Tanggal: Selasa"],
                    ),
                    title="Notulen Rapat Tim Koordinasi SPBE",
                    kind="Notulen",
                    issued="2026-08-11",
                ),
                AttachRequest(
                    make_jpeg(docs / "foto-rapat.jpg", 640, 480),
                    title="Dokumentasi rapat",
                    kind="Tangkapan Layar",
                ),
            ],
        )
    )
    run(
        attach_files(
            ws,
            "22",
            [
                _official_pdf(
                    docs / "sop-keamanan.pdf",
                    "SOP",
                    "7",
                    2025,
                    "Penanganan Insiden Keamanan Informasi",
                    dt.date(2025, 9, 2),
                    KOMINFO,
                ),
            ],
        )
    )
    run(
        attach_files(
            ws,
            "33",
            [
                AttachRequest(
                    make_png(docs / "sipd-penganggaran.png", 900, 560),
                    title="Tangkapan layar SIPD Penganggaran",
                    kind="Tangkapan Layar",
                ),
            ],
            opd_id=ids["BPKAD"],
        )
    )
    run(
        attach_files(
            ws,
            "29",
            [
                _official_pdf(
                    docs / "lha-infrastruktur.pdf",
                    "Laporan",
                    "3",
                    2023,
                    "Audit Infrastruktur SPBE",
                    dt.date(2023, 11, 30),
                    "INSPEKTUR PROVINSI MALUKU UTARA",
                ),
            ],
            opd_id=ids["Inspektorat"],
        )
    )
    return ws


def render(pdf: Path, first: int, last: int, stem: Path) -> list[Path]:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", str(first), "-l", str(last), str(pdf), str(stem)],
        check=True,
    )
    return sorted(stem.parent.glob(stem.name + "-*.png"))


def page_of(pdf: Path, needle: str, after: int = 3) -> int:
    reader = PdfReader(pdf)
    for k, page in enumerate(reader.pages):
        if k >= after and needle in (page.extract_text() or ""):
            return k + 1
    raise SystemExit(f"{needle!r} not found in {pdf.name}")


def main() -> int:
    for tool in ("soffice", "pdftoppm"):
        if shutil.which(tool) is None:
            sys.stderr.write(f"{tool} is missing; see the module docstring\n")
            return 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ws = build(root)
        report = root / "laporan.docx"
        run(write_report(ws, report, today=TODAY))
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(root), str(report)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        pdf = root / "laporan.pdf"
        wanted = {
            "page-1.png": 1,
            "page-2.png": 2,
            "page-3.png": 3,
            "indicator.png": page_of(pdf, "Indikator 19. Tim Koordinasi SPBE"),
            "appendix.png": len(PdfReader(pdf).pages),
        }
        for name, number in wanted.items():
            (shot,) = render(pdf, number, number, root / f"shot{number}")
            shutil.copyfile(shot, HERE / name)
            shot.unlink()
        run(compile_evidence(ws, root / "unggah", today=TODAY))
        evidence = next((root / "unggah").glob("19 */19 Bukti Dukung.pdf"))
        (shot,) = render(evidence, 1, 1, root / "cover")
        shutil.copyfile(shot, HERE / "evidence-cover.png")
    for png in sorted(HERE.glob("*.png")):
        sys.stdout.write(f"{png.name}: {png.stat().st_size // 1024} KB\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
