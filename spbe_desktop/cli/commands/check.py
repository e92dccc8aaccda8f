"""spbe check: SQLite integrity, the audit chain, and every stored document re-hashed."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import drive, lang, say, size, t
from spbe_desktop.errors import message_for
from spbe_desktop.services.maintenance import check_workspace

HELP = "periksa keutuhan ruang kerja (check the workspace)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")


def run(args: argparse.Namespace) -> int:
    result = drive(check_workspace(args.workspace))
    d = result.details
    for f in result.findings:
        say("  ✗ " + message_for(f.code, f.params, lang()))
    if result.ok:
        say(
            t(
                f"BAIK: ruang kerja utuh — {d['documents']} dokumen ({size(d['bytes'])}) cocok "
                f"dengan hash-nya, {d['audit_entries']} entri log audit berantai benar.",
                f"OK: workspace intact — {d['documents']} documents ({size(d['bytes'])}) match "
                f"their hashes, {d['audit_entries']} audit entries chain correctly.",
            )
        )
        return 0
    say(
        t(
            "RUSAK: ruang kerja gagal diperiksa; pulihkan dari cadangan.",
            "DAMAGED: the workspace failed the check; restore it from a backup.",
        )
    )
    return 1
