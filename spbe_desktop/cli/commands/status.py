"""spbe status: who, which framework, progress per domain, documents, the index."""

from __future__ import annotations

import argparse
from pathlib import Path

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
        f"{data['instansi']} — {data['unit']} ({data['role']}), {t('periode', 'period')} "
        f"{data['period']}"
    )
    if data["coordinator_fingerprint"]:
        fp = data["coordinator_fingerprint"]
        say(t(f"Sidik jari koordinator: {fp}", f"Coordinator fingerprint: {fp}"))
    say(
        f"{fw['title']} v{fw['version']}"
        + (" [SEMENTARA / PROVISIONAL]" if fw["provisional"] else "")
    )
    say("")
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
