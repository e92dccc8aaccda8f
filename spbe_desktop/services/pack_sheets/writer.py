"""Writing a pack as a workbook (one sheet per kind of fact; text never as a formula)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]

from spbe_desktop.core.packs import (
    Indicator,
    LevelSpec,
    Pack,
)
from spbe_desktop.errors import PackError
from spbe_desktop.fileio import atomic_output
from spbe_desktop.services.pack_sheets.layout import GUIDE, NO, SHEETS, YES


def export_pack_xlsx(pack: Pack, out: Path) -> None:
    """Write ``pack`` as a workbook at ``out`` (atomically: the file is whole or absent).

    Raises:
        PackError: ``pack.write_failed`` when the file cannot be written.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in _sheet_rows(pack).items():
        ws = wb.create_sheet(name)
        ws.append(list(SHEETS[name]))
        for row in rows:
            ws.append([_cell_value(v) for v in row])
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # text, never a formula
        ws.freeze_panes = "A2"
    guide = wb.create_sheet("petunjuk")
    for line in GUIDE:
        guide.append(list(line))
    try:
        with atomic_output(out) as fh:
            wb.save(fh)
    except OSError as exc:
        raise PackError("pack.write_failed", file=out.name, detail=exc.strerror or exc) from exc


def _sheet_rows(pack: Pack) -> dict[str, list[list[Any]]]:
    cal = pack.calendar
    meta: list[tuple[str, Any]] = [
        ("schema", pack.schema),
        ("id", pack.id),
        ("version", pack.version),
        ("title", pack.title),
        ("index_name", pack.index_name),
        ("provisional", pack.provisional),
        ("provenance", pack.provenance),
        ("scoring_rule", pack.scoring.rule),
        ("scoring_note", pack.scoring.note),
        ("scoring_provisional", pack.scoring.provisional),
        ("calendar_cycle", cal.cycle if cal else ""),
        ("calendar_note", cal.note if cal else ""),
        ("calendar_provisional", cal.provisional if cal else False),
    ]
    groups: list[list[Any]] = [
        ["domain", d.id, d.number, d.name, d.weight, ""] for d in pack.domains
    ] + [["aspect", a.id, a.number, a.name, a.weight, a.domain_id or ""] for a in pack.aspects]
    families = [
        [f.id, f.name, *f.names, f.note, f.provisional] for f in pack.level_families
    ] or _families_from_levels(pack)
    indicators = [_indicator_row(i) for i in _in_aspect_order(pack)]
    levels: list[list[Any]] = []
    items: list[list[Any]] = []
    for ind in _in_aspect_order(pack):
        for lv in ind.levels:
            levels.append(
                [ind.id, lv.level, lv.criteria, "\n".join(_explicit_evidence(lv)), lv.provisional]
            )
            for it in lv.items:
                fr = it.freshness
                items.append(
                    [
                        it.code,
                        it.name,
                        it.shows,
                        it.required,
                        fr.max_age_months if fr else None,
                        fr.rule if fr else "",
                        fr.provisional if fr else None,
                        "\n".join(it.not_this),
                        it.provisional,
                    ]
                )
    bands: list[list[Any]] = [
        ["predicate", None, b.name, b.minimum, b.maximum, b.provisional] for b in pack.predicates
    ] + [["scoring", b.level, "", b.minimum, b.maximum, None] for b in pack.scoring.bands]
    calendar = [
        [s.id, s.name, s.start, s.end, s.note, s.provisional] for s in (cal.stages if cal else ())
    ]
    sources = [[s.repo, s.path, s.commit, s.used_for] for s in pack.sources]
    return {
        "pack": [list(m) for m in meta],
        "groups": groups,
        "families": families,
        "indicators": indicators,
        "levels": levels,
        "items": items,
        "bands": bands,
        "calendar": calendar,
        "sources": sources,
    }


def _in_aspect_order(pack: Pack) -> Iterator[Indicator]:
    imap = pack.indicator_map
    for a in pack.aspects:
        for ind_id in a.indicator_ids:
            yield imap[ind_id]


def _families_from_levels(pack: Pack) -> list[list[Any]]:
    """A schema-1 pack object keeps no family list: rebuild it from the indicators."""
    seen: dict[str, list[Any]] = {}
    for ind in pack.indicators:
        fam = pack.raw.get("level_families", {}).get(ind.family, {})
        name = fam.get("name", "") if isinstance(fam, dict) else ""
        seen.setdefault(ind.family, [ind.family, name, *(lv.name for lv in ind.levels), "", False])
    return list(seen.values())


def _explicit_evidence(lv: LevelSpec) -> tuple[str, ...]:
    """Evidence texts that are not just the items' names (a schema-1 level's own list)."""
    derived = tuple(i.name for i in lv.items)
    return () if lv.evidence == derived else lv.evidence


def _indicator_row(ind: Indicator) -> list[Any]:
    ext = ind.external
    return [
        ind.id,
        ind.number,
        ind.aspect_id,
        ind.name,
        ind.official_name,
        ind.weight,
        ind.family,
        ind.source,
        ind.default_owner,
        ind.audit_window_years,
        ind.provisional,
        ext.index if ext else "",
        ext.owner if ext else "",
        ext.score_min if ext else None,
        ext.score_max if ext else None,
        ext.default_value if ext else None,
        ext.note if ext else "",
        ext.provisional if ext else None,
        ind.explanation,
    ]


def _cell_value(value: Any) -> Any:
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, Decimal):
        return _plain_number(value)
    if value == "":
        return None
    return value


def _plain_number(value: Decimal) -> int | float:
    """Integral numbers as ints (5, not 5.0): the pack JSON and the workbook agree on them."""
    return int(value) if value == value.to_integral_value() else float(value)
