"""spbe identity: write the identity card, or print the minisign public key."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import add_force_argument, refuse_existing, say, t
from spbe_desktop.cli.secrets import add_passphrase_argument, signing_passphrase
from spbe_desktop.services.exchange import minisign_public_key, write_identity_card

HELP = "kartu identitas / kunci publik (identity card or public key)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--out", type=Path, metavar="CARD")
    add_force_argument(p)
    g.add_argument("--minisign", action="store_true", help="print the minisign public key")
    add_passphrase_argument(p)


def run(args: argparse.Namespace) -> int:
    if args.minisign:
        text = minisign_public_key(args.workspace)
        say(text.splitlines()[-1])
        return 0
    refuse_existing(args.out, force=args.force)
    card = write_identity_card(args.workspace, args.out, signing_passphrase(args, args.workspace))
    say(t(f"Kartu identitas ditulis: {args.out}", f"Identity card written: {args.out}"))
    say(f"  {card.unit} — {card.instansi}")
    say(
        t(
            f"  Sidik jari (bacakan lewat telepon): {card.fingerprint}",
            f"  Fingerprint (read it aloud on the phone): {card.fingerprint}",
        )
    )
    return 0
