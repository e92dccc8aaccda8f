"""spbe indicators: the framework's indicators with this workspace's answers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from spbe_desktop.cli import labels
from spbe_desktop.cli.output import dump_json, num, say, t
from spbe_desktop.services.workspace import indicators_json

HELP = "daftar indikator dan jawabannya (list indicators)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    rows = indicators_json(args.workspace)
    if args.json:
        dump_json(rows)
        return 0
    widths = _widths(rows)
    say(
        _line(
            widths,
            "No",
            t("Indikator", "Indicator"),
            t("nilai", "value"),
            t("asesor", "assess"),
            t("sumber", "source"),
            t("tk", "lv"),
            "status",
            t("dok", "docs"),
        )
    )
    for r in rows:
        level = str(r["level"]) if r["level"] else "-"
        mark = "" if r["assigned"] else t(" (tidak ditugaskan)", " (not assigned)")
        judged = num(r["assessor_value"]) if r["assessor_value"] is not None else "-"
        say(
            _line(
                widths,
                f"{r['number']}.",
                r["name"][:60],
                num(r["value"]),
                judged,
                labels.source(r["source"]),
                level,
                labels.answer(str(r["status"])),
                str(r["documents"]),
            )
            + mark
        )
    return 0


#: Column widths of the table (negative: left-aligned), the header and rows alike; the status
#: column grows to its longest word ("tidak berlaku").
_WIDTHS = (3, -60, 5, 6, -8, 2, -6, 4)
_STATUS_COLUMN = 6


def _widths(rows: list[dict[str, Any]]) -> tuple[int, ...]:
    longest = max([len("status"), *(len(labels.answer(str(r["status"]))) for r in rows)])
    widths = list(_WIDTHS)
    widths[_STATUS_COLUMN] = -longest
    return tuple(widths)


def _line(widths: tuple[int, ...], *cells: str) -> str:
    """One row of the table: the header and the indicators line up column by column."""
    return " ".join(
        f"{c:<{-w}}" if w < 0 else f"{c:>{w}}" for c, w in zip(cells, widths, strict=True)
    )
