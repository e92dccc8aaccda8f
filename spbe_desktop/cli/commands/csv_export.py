"""spbe csv: indicator levels (and, for a coordinator, the OPD x indicator matrix) as CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import drive, say, t
from spbe_desktop.services.csv_tables import export_csv

HELP = (
    "ekspor tabel CSV untuk Excel (export CSV tables). Writes into DIR (created if needed): "
    "tingkat-indikator.csv (one row per indicator: level, status, evidence count, verdict) and, "
    "in a coordinator workspace, matriks-opd.csv (indicators down, OPDs across; cells: level "
    "1-5, TB = not applicable, empty = not answered, - = not assigned). UTF-8 with BOM and ';' "
    "as separator, so Excel in the Indonesian locale opens them directly."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")


def run(args: argparse.Namespace) -> int:
    summary = drive(export_csv(args.workspace, args.out))
    for path in summary.paths:
        say(t(f"Ditulis: {path}", f"Written: {path}"))
    return 0
