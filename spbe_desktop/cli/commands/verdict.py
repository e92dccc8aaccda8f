"""spbe verdict: the coordinator accepts an evidence item or returns it for revision."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli import labels
from spbe_desktop.cli.output import num, say, t
from spbe_desktop.services.items import item_rows, judge_item
from spbe_desktop.services.workspace import index_report

HELP = "terima butir atau kembalikan untuk revisi (accept an item or return it)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("code", metavar="ITEM", help="item code, e.g. I1-L1-01")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--accept", action="store_true", help="the item is accepted")
    choice.add_argument(
        "--revise", metavar="REASON", help="return it: wrong-document, not-uploaded or other"
    )
    p.add_argument("--unit", help="the OPD whose item it is (default: the coordinator's own)")
    p.add_argument("--note", default="", help="what must change (needed with 'other')")


def run(args: argparse.Namespace) -> int:
    state = judge_item(
        args.workspace,
        args.code,
        accept=args.accept,
        reason=args.revise,
        note=args.note,
        unit=args.unit,
    )
    report = index_report(args.workspace)
    item = report.pack.item(state.item_code)
    ind = report.pack.indicator(item.indicator_id)
    unit = args.unit.strip() if args.unit and args.unit.strip() else None
    whose = unit or t("unit koordinator sendiri", "the coordinator's own unit")
    if state.verdict == "accepted":
        what = labels.status("accepted")
    else:
        what = f"{labels.status('revision')} ({labels.reason(state.reason)})"
    say(t("Dicatat", "Recorded") + f": {item.code} {item.name} — {what}; {whose}")
    if state.verdict_note:
        say(f"  {t('catatan', 'note')}: {' '.join(state.verdict_note.split())}")
    row = next((r for r in item_rows(args.workspace, ind.id) if r.item.code == item.code), None)
    if row is not None and str(row.status) == "blocked":
        say(
            t(
                "  Butir ini terblokir: tingkat di bawahnya belum lengkap, jadi belum dihitung.",
                "  This item is blocked: a lower level is incomplete, so it does not count yet.",
            )
        )
    value = report.values.get(ind.id)
    if value is not None:
        say(
            t(
                f"Indikator {ind.number}. {ind.name}: nilai {num(value)}; indeks sekarang "
                f"{num(report.result.display)} ({report.result.predicate})",
                f"Indicator {ind.number}. {ind.name}: value {num(value)}; index now "
                f"{num(report.result.display)} ({report.result.predicate})",
            )
        )
    return 0
