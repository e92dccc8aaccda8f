"""spbe import: verify, then take bundles (or split parts) into a coordinator workspace."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import drive, lang, say
from spbe_desktop.services.exchange import import_bundles, outcome_message

HELP = "impor paket bukti OPD (import bundles)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")


def run(args: argparse.Namespace) -> int:
    outcomes = drive(import_bundles(args.workspace, args.bundles))
    for o in outcomes:
        say(outcome_message(o, lang()))
    bad = [o for o in outcomes if o.status in ("refused", "quarantined")]
    return 1 if bad else 0
