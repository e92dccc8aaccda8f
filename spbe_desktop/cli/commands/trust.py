"""spbe trust: pin an OPD's identity card in the coordinator's register (or revoke it)."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import say, t
from spbe_desktop.errors import UsageError
from spbe_desktop.services.exchange import revoke_opd, trust_card

HELP = "sematkan kartu identitas OPD (pin an OPD's card)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("card", type=Path, metavar="CARD", nargs="?")
    p.add_argument("--name", help="register the OPD under this name (default: the card's unit)")
    p.add_argument("--revoke", metavar="NAME", help="revoke the key of this OPD instead")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace the OPD's pinned key with the card's (after confirming it by phone)",
    )
    p.add_argument(
        "--unrevoke",
        action="store_true",
        help="trust a revoked key again (only after the OPD confirmed it by phone)",
    )


def run(args: argparse.Namespace) -> int:
    if args.revoke:
        opd = revoke_opd(args.workspace, args.revoke)
        say(
            t(
                f"Kunci {opd.name} dicabut; paket buktinya akan ditolak.",
                f"The key of {opd.name} is revoked; its bundles will be refused.",
            )
        )
        return 0
    if args.card is None:
        raise UsageError("usage.trust_needs_card")
    opd, fp = trust_card(
        args.workspace, args.card, args.name, replace=args.replace, unrevoke=args.unrevoke
    )
    say(t(f"Disematkan: {opd.name}", f"Pinned: {opd.name}"))
    say(t(f"  Sidik jari: {fp}", f"  Fingerprint: {fp}"))
    say(
        t(
            "  Cocokkan sidik jari ini dengan OPD lewat telepon sebelum mengimpor paketnya.",
            "  Confirm this fingerprint with the OPD by phone before importing its bundles.",
        )
    )
    return 0
