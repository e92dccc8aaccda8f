"""spbe indicators: the framework's indicators with this workspace's answers."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import dump_json, say
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
    for r in rows:
        level = str(r["level"]) if r["level"] else "-"
        mark = "" if r["assigned"] else " (tidak ditugaskan)"
        say(
            f"{r['number']:>2}. {r['name'][:60]:<60} {level:>2} {r['status']:<6} "
            f"{r['documents']:>2} dok{mark}"
        )
    return 0
