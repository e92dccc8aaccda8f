"""spbe pack: the workspace's framework pack as a workbook, and an edited workbook back in."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import add_force_argument, refuse_existing, say, t
from spbe_desktop.core.packs import Pack
from spbe_desktop.services.pack_sheets import export_workspace_pack, import_workspace_pack

HELP = "paket kerangka sebagai lembar kerja (framework pack as a spreadsheet)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="pack_action", metavar="ACTION")
    sub.required = True
    exp = sub.add_parser(
        "export",
        help="tulis paket ruang kerja ke .xlsx (write the workspace's pack as .xlsx)",
        description="Write the workspace's framework pack as a workbook to correct.",
    )
    exp.add_argument("workspace", type=Path, metavar="WORKSPACE")
    exp.add_argument("--out", type=Path, required=True, metavar="PACK.xlsx")
    add_force_argument(exp)
    imp = sub.add_parser(
        "import",
        help="pakai paket dari .xlsx yang sudah dikoreksi (use a corrected .xlsx pack)",
        description="Validate an edited workbook and switch the workspace to its pack; "
        "answers are kept by indicator.",
    )
    imp.add_argument("workspace", type=Path, metavar="WORKSPACE")
    imp.add_argument("workbook", type=Path, metavar="PACK.xlsx")


def run(args: argparse.Namespace) -> int:
    if args.pack_action == "export":
        refuse_existing(args.out, force=args.force)
        pack = export_workspace_pack(args.workspace, args.out)
        say(
            t(
                f"Paket {pack.id} {pack.version} ditulis ke {args.out}.",
                f"Pack {pack.id} {pack.version} written to {args.out}.",
            )
        )
        _summary(pack)
        return 0
    pack = import_workspace_pack(args.workspace, args.workbook)
    say(
        t(
            f"Ruang kerja kini memakai paket {pack.id} {pack.version} dari {args.workbook.name}.",
            f"The workspace now uses pack {pack.id} {pack.version} from {args.workbook.name}.",
        )
    )
    _summary(pack)
    say(
        t(
            "  Kit yang diterbitkan sesudah ini membawa paket yang sudah dikoreksi.",
            "  Kits issued from now on carry the corrected pack.",
        )
    )
    return 0


def _summary(pack: Pack) -> None:
    items = [i for ind in pack.indicators for i in ind.items]
    external = sum(1 for ind in pack.indicators if ind.source == "external")
    marked = sum(1 for i in items if i.provisional)
    say(
        t(
            f"  {len(pack.indicators)} indikator ({external} dari indeks lain), {len(items)} "
            f"butir, {marked} butir sementara; {pack.content_hash}",
            f"  {len(pack.indicators)} indicators ({external} from other indices), {len(items)} "
            f"items, {marked} provisional items; {pack.content_hash}",
        )
    )
