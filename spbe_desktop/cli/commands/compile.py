"""spbe compile: upload-ready evidence, one compiled PDF per indicator plus an index."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import drive, lang, say, t
from spbe_desktop.errors import message_for
from spbe_desktop.services.compiled_evidence import DEFAULT_MAX_PDF_BYTES, compile_evidence

HELP = (
    "susun bukti dukung siap unggah: satu PDF per indikator (compile upload-ready evidence). "
    "DIR must not exist or be empty; it appears only when complete. Per indicator a folder "
    "'NN name' holds 'NN Bukti Dukung.pdf' (a cover listing the documents, then every PDF's "
    "pages and every JPEG/PNG on a page, one bookmark per document) and the other files "
    "(DOCX, encrypted or damaged PDFs...) beside it; index.csv and index.html list every file "
    "with its SHA-256 and pages."
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


def run(args: argparse.Namespace) -> int:
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
