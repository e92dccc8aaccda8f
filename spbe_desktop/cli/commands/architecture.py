"""spbe architecture: the architecture inventory's counts and findings; its workbook out and in.

``spbe architecture WS [--json]``, ``spbe architecture export WS --out FILE.xlsx [--force]``,
``spbe architecture import WS FILE.xlsx``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import drive, dump_json, lang, refuse_existing, say, t
from spbe_desktop.errors import UsageError, message_for
from spbe_desktop.services import architecture as arch
from spbe_desktop.services.architecture import WorkbookError, export_workbook, import_workbook

HELP = (
    "inventaris arsitektur SPBE/Pemdi (architecture inventory): 'spbe architecture WS [--json]' "
    "counts objects per domain and lists findings; 'spbe architecture export WS --out "
    "FILE.xlsx' writes the workbook for SIAP Digital; 'spbe architecture import WS FILE.xlsx' "
    "loads an edited workbook (all rows or none)."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "words",
        nargs="+",
        metavar="[export|import] WORKSPACE [FILE]",
        help="WORKSPACE; or export WORKSPACE --out FILE.xlsx; or import WORKSPACE FILE.xlsx",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", type=Path, metavar="FILE.xlsx")
    p.add_argument("--force", action="store_true", help="replace --out if it already exists")


def run(args: argparse.Namespace) -> int:
    words: list[str] = list(args.words)
    if words[0] == "export" and len(words) == 2:
        if args.out is None:
            raise UsageError("usage.architecture_out")
        refuse_existing(args.out, force=args.force)
        path = drive(export_workbook(Path(words[1]), args.out))
        say(t(f"Ditulis: {path}", f"Written: {path}"))
        return 0
    if words[0] == "import" and len(words) == 3:
        return _import(Path(words[1]), Path(words[2]))
    if len(words) != 1:
        raise UsageError("usage.architecture_args")
    return _show(Path(words[0]), as_json=args.json)


def _import(workspace: Path, file: Path) -> int:
    try:
        result = drive(import_workbook(workspace, file))
    except WorkbookError as exc:
        for problem in exc.problems:
            say(problem.message(lang()))
        raise
    say(
        t(
            f"Dimuat dari {file.name}: {result.created} objek baru, {result.updated} diubah, "
            f"{result.deleted} dihapus, {result.relations} relasi.",
            f"Loaded from {file.name}: {result.created} new objects, {result.updated} changed, "
            f"{result.deleted} removed, {result.relations} relations.",
        )
    )
    return 0


def _show(workspace: Path, *, as_json: bool) -> int:
    result = arch.summary(workspace, lang="id")
    if as_json:
        dump_json(arch.summary_json(result))
        return 0
    say(t("Inventaris arsitektur", "Architecture inventory"))
    for domain in arch.DOMAINS:
        n = result.counts.get(domain, 0)
        entered = result.siap[domain]["terinput"]
        label = arch.DOMAIN_LABELS[domain]
        say(
            t(
                f"  {label:<20} {n:>4} objek, {entered} terinput di SIAP Digital",
                f"  {label:<20} {n:>4} objects, {entered} entered in SIAP Digital",
            )
        )
    say("")
    if not result.findings:
        say(t("Tidak ada temuan.", "No findings."))
        return 0
    say(t(f"Temuan ({len(result.findings)}):", f"Findings ({len(result.findings)}):"))
    for f in result.findings:
        say(f"  - {f.message if lang() == 'id' else message_for(f.code, f.params, 'en')}")
    return 0
