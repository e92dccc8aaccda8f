"""spbe compile: upload-ready evidence, one compiled PDF per indicator plus an index."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import drive, lang, num, say, t
from spbe_desktop.errors import message_for
from spbe_desktop.services.compiled_evidence import DEFAULT_MAX_PDF_BYTES, compile_evidence
from spbe_desktop.services.item_evidence import DEFAULT_ITEM_MAX_BYTES, compile_items

HELP = (
    "susun bukti dukung siap unggah: satu PDF per indikator (compile upload-ready evidence). "
    "DIR must not exist or be empty; it appears only when complete. Per indicator a folder "
    "'NN name' holds 'NN Bukti Dukung.pdf' (a cover listing the documents, then every PDF's "
    "pages and every JPEG/PNG on a page, one bookmark per document) and the other files "
    "(DOCX, encrypted or damaged PDFs...) beside it; index.csv and index.html list every file "
    "with its SHA-256 and pages. With --per-item: one PDF per evidence item (butir) for the "
    "national portal, '<code> <short name>.pdf' in a folder per indicator, at most --max-mb MB "
    "each (pictures downsampled to about 150 dpi, then split into '(bagian k dari n)' parts), "
    "plus notes.csv with each item's note."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument(
        "--max-pdf-mb",
        type=int,
        default=DEFAULT_MAX_PDF_BYTES // (1024 * 1024),
        metavar="MB",
        help="largest compiled PDF, in MB of sources; more is split into parts (default "
        "%(default)s)",
    )
    p.add_argument(
        "--per-item",
        action="store_true",
        help="one PDF per evidence item (butir) instead of one per indicator",
    )
    p.add_argument(
        "--max-mb",
        type=float,
        default=DEFAULT_ITEM_MAX_BYTES / (1024 * 1024),
        metavar="MB",
        help="with --per-item: largest output file in MB (default %(default)g)",
    )


def run(args: argparse.Namespace) -> int:
    if args.per_item:
        return _run_per_item(args)
    limit = max(1, args.max_pdf_mb) * 1024 * 1024
    summary = drive(compile_evidence(args.workspace, args.out, max_pdf_bytes=limit))
    say(
        t(
            f"Bukti dukung disusun di {summary.path}: {summary.indicators} indikator, "
            f"{len(summary.pdfs)} PDF, {summary.documents} dokumen "
            f"({summary.copied} disertakan terpisah).",
            f"Evidence compiled in {summary.path}: {summary.indicators} indicators, "
            f"{len(summary.pdfs)} PDFs, {summary.documents} documents "
            f"({summary.copied} copied beside).",
        )
    )
    for f in summary.findings:
        say(
            f"  ! {t('Indikator', 'Indicator')} {f.params.get('indicator')}: "
            + message_for(f.code, f.params, lang())
        )
    say(t("Daftar berkas: index.html / index.csv", "File list: index.html / index.csv"))
    return 0


def _mb(size: int) -> str:
    return num(size / (1024 * 1024), 2)


def _run_per_item(args: argparse.Namespace) -> int:
    limit = max(int(args.max_mb * 1024 * 1024), 64 * 1024)
    summary = drive(compile_items(args.workspace, args.out, max_bytes=limit))
    pdfs = summary.pdfs
    largest = max((f.size for f in summary.files), default=0)
    say(
        t(
            f"Bukti dukung per butir disusun di {summary.path}: {summary.items} butir, "
            f"{len(pdfs)} PDF ({summary.pages} halaman, {_mb(summary.size)} MB, terbesar "
            f"{_mb(largest)} MB; batas {_mb(limit)} MB), {summary.documents} dokumen, "
            f"{len(summary.files) - len(pdfs)} berkas disertakan terpisah.",
            f"Evidence per item compiled in {summary.path}: {summary.items} items, "
            f"{len(pdfs)} PDFs ({summary.pages} pages, {_mb(summary.size)} MB, largest "
            f"{_mb(largest)} MB; limit {_mb(limit)} MB), {summary.documents} documents, "
            f"{len(summary.files) - len(pdfs)} files copied beside.",
        )
    )
    if summary.recompressed:
        say(
            t("  Gambar diperkecil (150 dpi): ", "  Pictures downsampled (150 dpi): ")
            + ", ".join(summary.recompressed)
        )
    if summary.split:
        say(
            t("  Dibagi menjadi beberapa bagian: ", "  Split into parts: ")
            + ", ".join(summary.split)
        )
    for f in pdfs:
        say(f"  {f.path}: {f.pages} {t('halaman', 'pages')}, {_mb(f.size)} MB")
    for finding in summary.findings:
        say("  ! " + message_for(finding.code, finding.params, lang()))
    say(
        t(
            "Daftar berkas: index.html / index.csv; catatan per butir: notes.csv",
            "File list: index.html / index.csv; each item's note: notes.csv",
        )
    )
    return 0
