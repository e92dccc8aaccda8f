"""spbe result: the external assessors' value for an indicator at one stage."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import num, say, t
from spbe_desktop.core.items import STAGES
from spbe_desktop.services.items import record_result
from spbe_desktop.services.workspace import index_report

HELP = "catat hasil penilaian asesor eksternal (record an external assessors' result)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("indicator", metavar="INDICATOR", help="number (1) or id (P01)")
    p.add_argument("--value", required=True, help="the assessors' value, 1-5 (e.g. 1.17)")
    p.add_argument("--stage", default="dokumen", help=f"{', '.join(STAGES)} (default: dokumen)")
    p.add_argument("--note", default="", help="the assessors' note or recommendation")


def run(args: argparse.Namespace) -> int:
    res = record_result(
        args.workspace, args.indicator, args.value, stage=args.stage.strip(), note=args.note
    )
    report = index_report(args.workspace)
    ind = report.pack.indicator(res.indicator_id)
    say(
        t(
            f"Dicatat: indikator {ind.number}. {ind.name}, hasil asesor tahap {res.stage} "
            f"{num(res.value)}",
            f"Recorded: indicator {ind.number}. {ind.name}, assessors' result at the "
            f"{res.stage} stage {num(res.value)}",
        )
    )
    if report.assessor is not None:
        say(
            t(
                f"Indeks hasil asesor {num(report.assessor.display)} "
                f"({report.assessor.predicate}); indeks mandiri {num(report.result.display)} "
                f"({report.result.predicate})",
                f"Assessors' index {num(report.assessor.display)} ({report.assessor.predicate}); "
                f"self-assessment index {num(report.result.display)} "
                f"({report.result.predicate})",
            )
        )
    return 0
