"""spbe index: the weighted index, the predicate, group indices and the plan to a target.

Under Pemdi 2026 (the items rule) it shows the fractional self-assessment index, the external
assessors' index beside it once a result is recorded, and the plan as the evidence items to have
accepted, grouped by owner and indicator. Under SPBE 2020 the plan raises whole levels.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from spbe_desktop.cli.output import dump_json, num, plain, say, t
from spbe_desktop.services.workspace import IndexReport, index_json, index_report, parse_target

HELP = "hitung indeks dan rencana menuju target (compute the index and a plan)"

#: Item codes per line under an indicator of the plan.
CODES_PER_LINE = 6


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
    if report.pack.provisional:
        say(
            t(
                "PERHATIAN: paket kerangka ini SEMENTARA; angka dapat berubah.",
                "NOTE: this framework pack is PROVISIONAL; figures may change.",
            )
        )
    if report.item_plan is None:
        _levels(report, data)
    else:
        _items(report, data)
    return 0


# ------------------------------------------------------------------------ SPBE 2020 (levels)


def _levels(report: IndexReport, data: dict[str, Any]) -> None:
    say(f"{report.pack.index_name}: {num(data['index'])} ({data['predicate']})")
    _assessor_line(data)
    for g in data["domains"]:
        say(
            f"  {g['number']}. {g['name'][:50]:<50} {num(g['index'])}  ({t('bobot', 'weight')} "
            f"{num(g['weight'], 1)}%)"
        )
    if not _gap_line(data):
        return
    for k, s in enumerate(data["plan"], 1):
        say(
            f"  {k:>2}. {s['number']:>2} {s['name'][:48]:<48} {s['from']}→{s['to']}  "
            f"+{num(s['gain'], 3)} → {num(s['index_after'])}  [{s['owner']}]"
        )
    _unreachable(data)


# ---------------------------------------------------------------------- Pemdi 2026 (items)


def _items(report: IndexReport, data: dict[str, Any]) -> None:
    say(
        f"{report.pack.index_name} ({t('penilaian mandiri', 'self-assessment')}): "
        f"{num(data['index'])} ({data['predicate']})"
    )
    judged = data.get("assessor")
    _assessor_line(data)
    say("")
    head = f"{t('Aspek', 'Aspect'):<53} {t('mandiri', 'self'):>7}"
    if judged:
        head += f" {t('asesor', 'assessors'):>9}"
    say(head + f" {t('bobot', 'weight'):>7}")
    theirs = {a["id"]: a["index"] for a in judged["aspects"]} if judged else {}
    for a in data["aspects"]:
        line = f"  {a['number']}. {a['name'][:48]:<48} {num(a['index']):>7}"
        if judged:
            line += f" {num(theirs.get(a['id'], a['index'])):>9}"
        say(line + f" {num(a['weight'], 1):>6}%")
    say("")
    if not _gap_line(data):
        return
    start = {i["number"]: i["value"] for i in data["indicators"]}
    owners: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for s in data["plan"]:
        owners.setdefault(s["owner"], {}).setdefault(s["number"], []).append(s)
    for owner, indicators in owners.items():
        say(f"  {owner}")
        for number, steps in indicators.items():
            gain = sum(s["gain"] for s in steps)
            say(
                f"    {number:>2}. {steps[0]['name'][:54]:<54} {num(start[number])} → "
                f"{num(steps[-1]['value_after'])}  (+{num(gain, 3)})"
            )
            codes = [_step_code(s) for s in steps]
            for k in range(0, len(codes), CODES_PER_LINE):
                say("        " + "  ".join(codes[k : k + CODES_PER_LINE]))
    if data["plan"]:
        end = max(s["index_after"] for s in data["plan"])
        say(
            t(
                f"Indeks setelah rencana: {num(end)} ({len(data['plan'])} langkah)",
                f"Index after the plan: {num(end)} ({len(data['plan'])} steps)",
            )
        )
    _unreachable(data)


def _step_code(step: dict[str, Any]) -> str:
    """An item's code, or the national index score to reach."""
    if step["kind"] == "item":
        return str(step["item"])
    return t(f"skor ≥ {plain(step['score'])}", f"score ≥ {plain(step['score'])}")


# ------------------------------------------------------------------------------ shared


def _assessor_line(data: dict[str, Any]) -> None:
    judged = data.get("assessor")
    if judged:
        say(
            t(
                f"Indeks hasil asesor eksternal: {num(judged['index'])} ({judged['predicate']})",
                f"External assessors' index: {num(judged['index'])} ({judged['predicate']})",
            )
        )


def _gap_line(data: dict[str, Any]) -> bool:
    """Say how far the target is; False when it is reached (no plan to show)."""
    gap = data["gap"]
    if gap <= 0:
        say(
            t(
                f"Target {num(data['target'])} sudah tercapai.",
                f"Target {num(data['target'])} reached.",
            )
        )
        return False
    say(
        t(
            f"Kurang {num(gap)} menuju target {num(data['target'])}. Rencana:",
            f"{num(gap)} short of the target {num(data['target'])}. Plan:",
        )
    )
    return True


def _unreachable(data: dict[str, Any]) -> None:
    if not data["plan_reaches_target"]:
        say(
            t(
                "Target tidak dapat dicapai dengan kenaikan yang diizinkan.",
                "The target cannot be reached with the allowed raises.",
            )
        )
