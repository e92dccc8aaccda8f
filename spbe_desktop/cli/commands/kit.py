"""spbe kit: issue a signed evaluation kit for one OPD (coordinator)."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import add_force_argument, refuse_existing, say, t
from spbe_desktop.cli.secrets import add_passphrase_argument, signing_passphrase
from spbe_desktop.services.exchange import issue_kit

HELP = "terbitkan kit evaluasi untuk OPD (issue an evaluation kit)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--unit", required=True, help="the OPD's name")
    p.add_argument(
        "--indicators",
        help="comma-separated numbers, e.g. 11,12,13 (default: the "
        "OPD's assignment or the pack's default owners)",
    )
    p.add_argument("--out", type=Path, required=True, metavar="KIT")
    add_passphrase_argument(p)
    add_force_argument(p)


def run(args: argparse.Namespace) -> int:
    indicators = (
        [x.strip() for x in args.indicators.split(",") if x.strip()] if args.indicators else None
    )
    refuse_existing(args.out, force=args.force)
    payload = issue_kit(
        args.workspace,
        args.unit,
        args.out,
        indicators,
        passphrase=signing_passphrase(args, args.workspace),
    )
    say(t(f"Kit evaluasi ditulis: {args.out}", f"Evaluation kit written: {args.out}"))
    say(
        t(
            f"  {args.unit}: {len(payload['assigned'])} indikator ditugaskan",
            f"  {args.unit}: {len(payload['assigned'])} indicators assigned",
        )
    )
    say(
        t(
            f"  Sidik jari koordinator: {payload['coordinator']['fingerprint']}",
            f"  Coordinator fingerprint: {payload['coordinator']['fingerprint']}",
        )
    )
    return 0
