"""spbe assess: record a level (OPD claim or coordinator's consolidated level) and a note."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import num, say, t
from spbe_desktop.core.models import AnswerStatus
from spbe_desktop.services.workspace import assess, index_report

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
    report = index_report(args.workspace)
    ind = report.pack.indicator(answer.indicator_id)
    level = answer.level if answer.level is not None else "-"
    say(f"{ind.number}. {ind.name}: {t('tingkat', 'level')} {level} ({answer.status})")
    say(
        t(
            f"Indeks sekarang {num(report.result.display)} ({report.result.predicate})",
            f"Index now {num(report.result.display)} ({report.result.predicate})",
        )
    )
    return 0
