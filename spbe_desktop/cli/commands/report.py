"""spbe report: the assessment report as a Word document (Bahasa Indonesia)."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import add_force_argument, drive, num, refuse_existing, say, t
from spbe_desktop.services.reporting import write_report

HELP = "tulis laporan penilaian mandiri (.docx) (write the assessment report)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="REPORT.docx",
        help="the Word file to write",
    )
    p.add_argument(
        "--previous",
        type=Path,
        metavar="OLD.spbe",
        help="the previous period's workspace: its result goes beside today's (only read)",
    )
    add_force_argument(p)


def run(args: argparse.Namespace) -> int:
    refuse_existing(args.out, force=args.force)
    summary = drive(write_report(args.workspace, args.out, previous=args.previous))
    say(t(f"Laporan ditulis: {summary.path}", f"Report written: {summary.path}"))
    say(
        t(
            f"  Indeks {num(summary.index)} ({summary.predicate}), {summary.indicators} indikator, "
            f"{summary.documents} dokumen.",
            f"  Index {num(summary.index)} ({summary.predicate}), {summary.indicators} indicators, "
            f"{summary.documents} documents.",
        )
    )
    if summary.provisional:
        say(
            t(
                "  PERHATIAN: kerangka SEMENTARA; laporan ditandai demikian.",
                "  NOTE: PROVISIONAL framework; the report is marked as such.",
            )
        )
    return 0
