"""spbe backup: a consistent copy through SQLite's online backup (safe while the app runs)."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import add_force_argument, lang, refuse_existing, say, size, t
from spbe_desktop.errors import message_for
from spbe_desktop.services.maintenance import backup_workspace, key_protected

HELP = (
    "cadangkan ruang kerja (back up the workspace). The copy is readable by its owner only "
    "(mode 0600) and holds the signing key."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    add_force_argument(p)


def run(args: argparse.Namespace) -> int:
    refuse_existing(args.out, force=args.force)
    out = backup_workspace(args.workspace, args.out, replace=args.force)
    say(
        t(
            f"Cadangan ditulis: {out} ({size(out.stat().st_size)})",
            f"Backup written: {out} ({size(out.stat().st_size)})",
        )
    )
    if not key_protected(args.workspace):
        say("  " + message_for("backup.key_unprotected", {}, lang()))
    return 0
