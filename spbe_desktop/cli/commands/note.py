"""spbe note: the note that goes with an evidence item on the national portal."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import say, t
from spbe_desktop.services.items import set_item_note

HELP = "tulis catatan butir untuk portal (write an item's note for the portal)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("item", metavar="CODE", help="item code, e.g. I1-L2-01")
    p.add_argument("text", metavar="TEXT", help="the note ('' clears it)")
    p.add_argument("--unit", help="the OPD whose item it is (coordinator; default: own unit)")


def run(args: argparse.Namespace) -> int:
    state = set_item_note(args.workspace, args.item, args.text, unit=args.unit)
    if state.note:
        say(t(f"Catatan {state.item_code}: {state.note}", f"Note {state.item_code}: {state.note}"))
    else:
        say(t(f"Catatan {state.item_code} dikosongkan.", f"Note {state.item_code} cleared."))
    return 0
