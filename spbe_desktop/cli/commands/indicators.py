"""spbe indicators: the framework's indicators with this workspace's answers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from spbe_desktop.cli.output import dump_json, say
from spbe_desktop.services.workspace import open_workspace

HELP = "daftar indikator dan jawabannya (list indicators)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    with open_workspace(args.workspace) as store:
        pack = store.pack()
        answers = store.answers()
        docs = store.documents(None if store.profile().role == "coordinator" else 0)
        assigned = store.profile().assigned
    evidence: dict[str, int] = {}
    for d in docs:
        for ind_id, _lvl in d.links:
            evidence[ind_id] = evidence.get(ind_id, 0) + 1
    rows: list[dict[str, Any]] = []
    for ind in pack.indicators:
        a = answers.get(ind.id)
        rows.append(
            {
                "id": ind.id,
                "number": ind.number,
                "name": ind.name,
                "weight": float(ind.weight),
                "level": a.level if a else None,
                "status": a.status if a else "empty",
                "verdict": a.verdict if a else None,
                "documents": evidence.get(ind.id, 0),
                "assigned": assigned is None or ind.id in assigned,
            }
        )
    if args.json:
        dump_json(rows)
        return 0
    for r in rows:
        level = str(r["level"]) if r["level"] else "-"
        mark = "" if r["assigned"] else " (tidak ditugaskan)"
        say(
            f"{r['number']:>2}. {r['name'][:60]:<60} {level:>2} {r['status']:<6} "
            f"{r['documents']:>2} dok{mark}"
        )
    return 0
