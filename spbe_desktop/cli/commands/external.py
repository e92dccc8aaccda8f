"""spbe external: a national index's score (or the value itself) for an external indicator."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import num, plain, say, t
from spbe_desktop.services.items import record_external
from spbe_desktop.services.workspace import index_report

HELP = "catat skor indeks nasional untuk indikator 5, 6, 7, 18 (record a national index score)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("indicator", metavar="INDICATOR", help="number (5) or id (P05)")
    p.add_argument(
        "--score",
        help="the national index score in the pack's range (0-100: value = 1 + 4 × score/100)",
    )
    p.add_argument("--value", help="the indicator value itself, 1-5")
    p.add_argument("--source", default="", help="the index's name (default: the pack's)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="when the score was measured")


def run(args: argparse.Namespace) -> int:
    ext = record_external(
        args.workspace,
        args.indicator,
        score=args.score,
        value=args.value,
        source=args.source,
        measured_on=args.date,
    )
    report = index_report(args.workspace)
    ind = report.pack.indicator(ext.indicator_id)
    when = f", {ext.measured_on}" if ext.measured_on else ""
    if ext.score is not None:
        given = t(
            f"skor {plain(ext.score)} ({ext.source}{when})",
            f"score {plain(ext.score)} ({ext.source}{when})",
        )
    else:
        given = t(
            f"nilai diberikan langsung ({ext.source}{when})",
            f"value given directly ({ext.source}{when})",
        )
    say(
        t(
            f"Indikator {ind.number}. {ind.name}: {given} → nilai {num(ext.value)}",
            f"Indicator {ind.number}. {ind.name}: {given} → value {num(ext.value)}",
        )
    )
    say(
        t(
            f"Indeks sekarang {num(report.result.display)} ({report.result.predicate})",
            f"Index now {num(report.result.display)} ({report.result.predicate})",
        )
    )
    return 0
