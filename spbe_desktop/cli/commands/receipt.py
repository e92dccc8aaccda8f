"""spbe receipt: a signed receipt for one OPD (holdings and verdicts)."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import add_force_argument, refuse_existing, say, t
from spbe_desktop.cli.secrets import add_passphrase_argument, signing_passphrase
from spbe_desktop.services.exchange import issue_receipt

HELP = "terbitkan tanda terima untuk OPD (issue a receipt)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--unit", required=True)
    p.add_argument("--out", type=Path, required=True, metavar="RECEIPT")
    add_force_argument(p)
    add_passphrase_argument(p)


def run(args: argparse.Namespace) -> int:
    refuse_existing(args.out, force=args.force)
    payload = issue_receipt(
        args.workspace, args.unit, args.out, signing_passphrase(args, args.workspace)
    )
    say(t(f"Tanda terima ditulis: {args.out}", f"Receipt written: {args.out}"))
    say(
        t(
            f"  {payload['unit']}: urutan {payload['sequence']}, {len(payload['held'])} dokumen, "
            f"{len(payload['verdicts'])} putusan",
            f"  {payload['unit']}: sequence {payload['sequence']}, "
            f"{len(payload['held'])} documents,"
            f" {len(payload['verdicts'])} verdicts",
        )
    )
    return 0
