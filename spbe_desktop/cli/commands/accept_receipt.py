"""spbe accept-receipt: record the coordinator's verdicts; the next export is a delta."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import lang, say, t
from spbe_desktop.core.labels import verdict_label
from spbe_desktop.services.exchange import accept_receipt

HELP = "terima tanda terima koordinator (accept a receipt)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("receipt", type=Path, metavar="RECEIPT")


def run(args: argparse.Namespace) -> int:
    s = accept_receipt(args.workspace, args.receipt)
    say(
        t(
            f"Tanda terima urutan {s.sequence} diterima: koordinator memegang {s.documents} "
            "dokumen.",
            f"Receipt for sequence {s.sequence} accepted: the coordinator holds {s.documents} "
            "documents.",
        )
    )
    for ind, (verdict, comment) in sorted(s.verdicts.items()):
        label = verdict_label(verdict, lang()).lower()
        say(f"  {ind}: {label}" + (f" — {comment}" if comment else ""))
    return 0
