"""spbe index: the weighted index, the predicate, group indices and the plan to a target."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import dump_json, num, say, t
from spbe_desktop.services.workspace import index_json, index_report, parse_target

HELP = "hitung indeks dan rencana menuju target (compute the index and a plan)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--json", action="store_true")
    p.add_argument("--target", help="target index, e.g. 2.6 (default: the workspace's target)")


def run(args: argparse.Namespace) -> int:
    target = parse_target(args.target) if args.target is not None else None
    report = index_report(args.workspace, target)
    data = index_json(report)
    if args.json:
        dump_json(data)
        return 0
    pack = report.pack
    if pack.provisional:
        say(
            t(
                "PERHATIAN: paket kerangka ini SEMENTARA; angka dapat berubah.",
                "NOTE: this framework pack is PROVISIONAL; figures may change.",
            )
        )
    say(f"{pack.index_name}: {num(data['index'])} ({data['predicate']})")
    for g in data["domains"]:
        say(
            f"  {g['number']}. {g['name'][:50]:<50} {num(g['index'])}  ({t('bobot', 'weight')} "
            f"{num(g['weight'], 1)}%)"
        )
    gap = data["gap"]
    if gap <= 0:
        say(
            t(
                f"Target {num(data['target'])} sudah tercapai.",
                f"Target {num(data['target'])} reached.",
            )
        )
        return 0
    say(
        t(
            f"Kurang {num(gap)} menuju target {num(data['target'])}. Rencana:",
            f"{num(gap)} short of the target {num(data['target'])}. Plan:",
        )
    )
    for k, s in enumerate(data["plan"], 1):
        say(
            f"  {k:>2}. {s['number']:>2} {s['name'][:48]:<48} {s['from']}→{s['to']}  "
            f"+{num(s['gain'], 3)} → {num(s['index_after'])}  [{s['owner']}]"
        )
    if not data["plan_reaches_target"]:
        say(
            t(
                "Target tidak dapat dicapai dengan kenaikan yang diizinkan.",
                "The target cannot be reached with the allowed raises.",
            )
        )
    return 0
