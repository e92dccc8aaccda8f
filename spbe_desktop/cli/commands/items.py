"""spbe items: an indicator's evidence items (butir) per level, with status and documents."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from spbe_desktop.cli import labels
from spbe_desktop.cli.output import dump_json, num, say, t
from spbe_desktop.services.items import ItemRow, item_rows, items_json
from spbe_desktop.services.workspace import indicators_json

HELP = "butir bukti dukung satu indikator (an indicator's evidence items)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("indicator", metavar="INDICATOR", help="number (1) or id (P01)")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--unit",
        help="only this OPD's documents and verdicts (default: an OPD its own; a coordinator "
        "every unit together)",
    )


def run(args: argparse.Namespace) -> int:
    rows = item_rows(args.workspace, args.indicator, unit=args.unit)
    if args.json:
        dump_json(items_json(rows))
        return 0
    indicator = _indicator(args.workspace, args.indicator, rows)
    _header(indicator)
    if indicator is not None and indicator["source"] == "external":
        say(
            t(
                "  Nilai indikator ini berasal dari skor indeks nasional, bukan dari butir; "
                "catat skornya dengan 'spbe external'. Butir di bawah hanya bahan pendukung.",
                "  This indicator's value comes from a national index score, not from items; "
                "record the score with 'spbe external'. The items below are supporting "
                "material only.",
            )
            if rows
            else t(
                "  Nilai indikator ini berasal dari skor indeks nasional; catat skornya dengan "
                "'spbe external'.",
                "  This indicator's value comes from a national index score; record the score "
                "with 'spbe external'.",
            )
        )
    levels: dict[int, list[ItemRow]] = {}
    for r in rows:
        levels.setdefault(r.item.level, []).append(r)
    for level, group in levels.items():
        say("")
        required = [r for r in group if r.item.required]
        done = sum(1 for r in required if str(r.status) == "accepted")
        if required:
            say(
                f"{labels.level(level)} — "
                + t(
                    f"{done} dari {len(required)} butir wajib diterima",
                    f"{done} of {len(required)} required items accepted",
                )
            )
        else:
            say(labels.level(level))
        for r in group:
            _item(r)
    if any(str(r.status) == "blocked" for r in rows):
        say("")
        say(
            t(
                "Butir terblokir tidak dihitung sampai semua butir wajib tingkat di bawahnya "
                "diterima.",
                "Blocked items do not count until every required item of the levels below is "
                "accepted.",
            )
        )
    return 0


def _indicator(workspace: Path, ref: str, rows: list[ItemRow]) -> dict[str, Any] | None:
    """The indicator's row of ``spbe indicators`` (its value and the assessors')."""
    key = ref.strip()
    for entry in indicators_json(workspace):
        if rows and entry["id"] == rows[0].item.indicator_id:
            return entry
        if not rows and key.lower() in (str(entry["number"]), str(entry["id"]).lower()):
            return entry
    return None


def _header(ind: dict[str, Any] | None) -> None:
    if ind is None:
        return
    line = f"{ind['number']}. {ind['name']} — " + t(
        f"nilai mandiri {num(ind['value'])}", f"self-assessment value {num(ind['value'])}"
    )
    if ind["assessor_value"] is not None:
        line += t(
            f", hasil asesor {num(ind['assessor_value'])}",
            f", assessors' result {num(ind['assessor_value'])}",
        )
    say(f"{line} ({labels.source(ind['source'], long=True)})")


def _item(r: ItemRow) -> None:
    say(
        f"  {r.item.code:<10} {labels.required(r.item.required):<9} "
        f"{labels.status(str(r.status)):<10} {r.item.name}"
    )
    pad = " " * 4
    for d in r.documents:
        line = f"{pad}{t('dokumen', 'document')}: #{d.id} {d.title or d.file_name}"
        mark = r.carried.get(d.id)
        if mark is not None and mark.checked_at is None:
            line += t(
                f" — dari periode lalu ({mark.from_period}) — periksa",
                f" — from the previous period ({mark.from_period}) — check it",
            )
        say(line)
    if str(r.status) == "blocked" and any(s.verdict == "accepted" for s in r.states):
        say(
            pad
            + t(
                "sudah diterima; dihitung setelah tingkat di bawahnya lengkap",
                "already accepted; counts once the levels below are complete",
            )
        )
    for s in r.states:
        if s.verdict != "revision":
            continue
        text = labels.reason(s.reason)
        if s.verdict_note:
            text += f" — {_one_line(s.verdict_note)}"
        say(f"{pad}{t('revisi', 'revision')}: {text}")
    if r.note:
        say(f"{pad}{t('catatan', 'note')}: {_one_line(r.note)}")


def _one_line(text: str) -> str:
    """A note as one line under its item (a note may hold line breaks)."""
    return " ".join(text.split())
