"""spbe assess: record a level (OPD claim or coordinator's consolidated level) and a note."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import num, say, t
from spbe_desktop.core.items import uses_items
from spbe_desktop.core.models import AnswerStatus
from spbe_desktop.services.workspace import assess, index_now

HELP = "isi tingkat indikator (record a level)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("indicator", metavar="INDICATOR", help="number (7) or id (I07)")
    p.add_argument("--level", help="1-5")
    p.add_argument("--note", help="justification text")
    p.add_argument("--status", choices=[AnswerStatus.DRAFT, AnswerStatus.READY, AnswerStatus.NA])


def run(args: argparse.Namespace) -> int:
    answer = assess(
        args.workspace, args.indicator, level=args.level, note=args.note, status=args.status
    )
    pack, result = index_now(args.workspace)
    ind = pack.indicator(answer.indicator_id)
    level = answer.level if answer.level is not None else "-"
    say(f"{ind.number}. {ind.name}: {t('tingkat', 'level')} {level} ({answer.status})")
    if answer.level is not None and args.level and uses_items(pack):
        say(_pemdi_hint(ind.source, f"{args.workspace} {ind.number}"))
    say(
        t(
            f"Indeks sekarang {num(result.display)} ({result.predicate})",
            f"Index now {num(result.display)} ({result.predicate})",
        )
    )
    return 0


def _pemdi_hint(source: str, where: str) -> str:
    """Under Pemdi 2026 a level is only a claim: say where the value comes from instead."""
    if source == "external":
        return t(
            "  Tingkat ini dicatat sebagai klaim; nilai Pemdi indikator ini berasal dari skor "
            f"indeks nasional (lihat 'spbe external {where} --score …').",
            "  The level is recorded as a claim; this indicator's Pemdi value comes from a "
            f"national index score (see 'spbe external {where} --score …').",
        )
    return t(
        "  Tingkat ini dicatat sebagai klaim; nilai Pemdi berasal dari butir yang diterima "
        f"(lihat 'spbe items {where}').",
        "  The level is recorded as a claim; the Pemdi value comes from accepted items "
        f"(see 'spbe items {where}').",
    )
