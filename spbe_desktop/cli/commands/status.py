"""spbe status: who, which framework, progress per domain or aspect, documents, the index.

Under Pemdi 2026 each aspect shows its (fractional) index and the required evidence items that
count, since claimed levels do not make the value there.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from spbe_desktop.cli import labels
from spbe_desktop.cli.output import dump_json, num, say, size, t
from spbe_desktop.services.workspace import status_summary

HELP = "ringkasan kemajuan (progress summary)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    data = status_summary(args.workspace)
    if args.json:
        dump_json(data)
        return 0
    fw = data["framework"]
    say(
        f"{data['instansi']} — {data['unit']} ({labels.role(data['role'])}), "
        f"{t('periode', 'period')} "
        f"{data['period']}"
    )
    if data["coordinator_fingerprint"]:
        fp = data["coordinator_fingerprint"]
        say(t(f"Sidik jari koordinator: {fp}", f"Coordinator fingerprint: {fp}"))
    say(
        f"{fw['title']} v{fw['version']}"
        + (t(" [SEMENTARA]", " [PROVISIONAL]") if fw["provisional"] else "")
    )
    say("")
    if fw.get("scoring") == "items":
        _items_groups(data)
    else:
        _level_groups(data)
    say("")
    say(
        t(
            f"Dokumen: {data['documents']} ({size(data['document_bytes'])})",
            f"Documents: {data['documents']} ({size(data['document_bytes'])})",
        )
    )
    say(
        t(
            f"Indeks: {num(data['index'])} ({data['predicate']}), target {num(data['target'])}",
            f"Index: {num(data['index'])} ({data['predicate']}), target {num(data['target'])}",
        )
    )
    return 0


def _level_groups(data: dict[str, Any]) -> None:
    """SPBE 2020: how many indicators have a level, are ready, have evidence."""
    say(
        t(
            "Kelompok                                   terisi  siap  berbukti",
            "Group                                      answered ready evidence",
        )
    )
    for g in data["groups"]:
        say(
            f"{g['name'][:42]:<42} {g['answered']:>3}/{g['total']:<3} {g['ready']:>4} "
            f"{g['with_evidence']:>7}"
        )


def _items_groups(data: dict[str, Any]) -> None:
    """Pemdi 2026: the value comes from accepted items, so each aspect's index and its
    required items that count, not claimed levels."""
    say(
        t(
            "Aspek                                      indeks  butir wajib dihitung  berbukti",
            "Aspect                                     index   required items counted evidence",
        )
    )
    for g in data["groups"]:
        items = f"{g['items_counted']}/{g['items_required']}"
        say(
            f"{g['name'][:42]:<42} {num(g['index']):>6}  {items:>20}  "
            f"{g['with_evidence']:>3}/{g['total']}"
        )
