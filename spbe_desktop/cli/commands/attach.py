"""spbe attach: store documents as evidence and link them to an indicator or one of its
evidence items (``--item I1-L1-01``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import drive, lang, say, size, t
from spbe_desktop.errors import message_for
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.workspace import parse_level

HELP = "lampirkan dokumen bukti dukung (attach evidence)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("indicator", metavar="INDICATOR")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--title")
    p.add_argument("--kind")
    p.add_argument("--number")
    p.add_argument("--issued", metavar="YYYY-MM-DD")
    p.add_argument("--valid-until", metavar="YYYY-MM-DD")
    p.add_argument("--issuer")
    p.add_argument("--level", help="the level this document supports")
    p.add_argument(
        "--item",
        metavar="CODE",
        help="the evidence item (butir) the documents are for, e.g. I1-L1-01",
    )


def run(args: argparse.Namespace) -> int:
    level = parse_level(args.level) if args.level else None
    requests = [
        AttachRequest(
            path=f,
            title=args.title if len(args.files) == 1 else None,
            kind=args.kind,
            number=args.number,
            issued=args.issued,
            valid_until=args.valid_until,
            issuer=args.issuer,
            level=level,
        )
        for f in args.files
    ]
    results = drive(attach_files(args.workspace, args.indicator, requests, item=args.item))
    for r in results:
        again = t(" (sudah tersimpan, tidak disalin lagi)", " (already stored, not copied again)")
        say(
            f"#{r.document_id} {r.file_name} — {r.kind}, {size(r.size)}, "
            f"sha256 {r.sha256[:12]}…{again if r.was_stored_before else ''}"
        )
        for w in r.warnings:
            say("  ! " + message_for(w, {"file": r.file_name}, lang()))
    if args.item and results:
        code = args.item.strip().upper()
        say(t(f"Ditautkan ke butir {code}.", f"Linked to item {code}."))
    return 0
