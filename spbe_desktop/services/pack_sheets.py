"""A framework pack as a spreadsheet and back, so coordinators can correct provisional facts.

The workbook has one sheet per kind of fact: ``pack`` (title, version, scoring rule, calendar
header), ``groups`` (domains and aspects), ``families`` (level names), ``indicators``,
``levels``, ``items``, ``bands`` (predicate bands and the scoring rule's value bands),
``calendar`` and ``sources``; ``petunjuk`` explains the columns and is ignored on import.
Import reads the cells, reports every problem by sheet, row and column, builds schema-2 pack
JSON and validates it with :func:`~spbe_desktop.core.packs.parse_pack`, whose complaints are
mapped back to cells. Exporting a schema-2 pack and importing the workbook gives the same pack
(same content hash). Plain Python; openpyxl only here.
"""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from spbe_desktop.core.packs import (
    Indicator,
    LevelSpec,
    Pack,
    load_pack_bytes,
    parse_pack,
)
from spbe_desktop.errors import PackError
from spbe_desktop.fileio import atomic_output
from spbe_desktop.services.workspace import load_corrected_pack
from spbe_desktop.store.workspace_store import WorkspaceStore

#: Refuse larger workbooks before opening them (a pack workbook is well under 1 MB).
MAX_XLSX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 20_000
MAX_PROBLEMS_SHOWN = 20

YES, NO = "ya", "tidak"
_YES = {"ya", "y", "yes", "true", "benar", "1"}
_NO = {"tidak", "t", "no", "n", "false", "salah", "0", ""}
_CODE = re.compile(r"^I(\d{1,3})-L([1-5])-(\d{2})$")

SHEETS: dict[str, tuple[str, ...]] = {
    "pack": ("key", "value"),
    "groups": ("kind", "id", "number", "name", "weight", "domain"),
    "families": (
        "id",
        "name",
        "level_1",
        "level_2",
        "level_3",
        "level_4",
        "level_5",
        "note",
        "provisional",
    ),
    "indicators": (
        "id",
        "number",
        "aspect",
        "name",
        "official_name",
        "weight",
        "family",
        "source",
        "default_owner",
        "audit_window_years",
        "provisional",
        "external_index",
        "external_owner",
        "score_min",
        "score_max",
        "default_value",
        "external_note",
        "external_provisional",
        "explanation",
    ),
    "levels": ("indicator", "level", "criteria", "evidence", "provisional"),
    "items": (
        "code",
        "name",
        "shows",
        "required",
        "max_age_months",
        "freshness_rule",
        "freshness_provisional",
        "not_this",
        "provisional",
    ),
    "bands": ("kind", "level", "name", "min", "max", "provisional"),
    "calendar": ("id", "name", "start", "end", "note", "provisional"),
    "sources": ("repo", "path", "commit", "used_for"),
}
PACK_KEYS = (
    "schema",
    "id",
    "version",
    "title",
    "index_name",
    "provisional",
    "provenance",
    "scoring_rule",
    "scoring_note",
    "scoring_provisional",
    "calendar_cycle",
    "calendar_note",
    "calendar_provisional",
)

GUIDE = (
    ("Lembar", "Isi"),
    ("pack", "Identitas paket (id, versi, judul), aturan nilai, dan kepala kalender."),
    ("groups", "Domain (SPBE) dan aspek dengan bobotnya; kolom domain diisi untuk aspek SPBE."),
    ("families", "Nama tingkat 1-5 per keluarga tingkat."),
    ("indicators", "Indikator; source = evidence atau external (nilai dari indeks lain)."),
    ("levels", "Kriteria tiap tingkat per indikator (id indikator, tingkat 1-5)."),
    ("items", "Butir bukti: kode I<nomor>-L<tingkat>-<nn>; required ya/tidak; not_this per baris."),
    ("bands", "kind predicate: rentang predikat; kind scoring: rentang nilai tiap tingkat."),
    ("calendar", "Tahap evaluasi dan tanggalnya (TTTT-BB-HH)."),
    ("sources", "Sumber publik: repositori owner/nama, path, commit, kegunaan."),
    ("", "Kolom ya/tidak menerima ya atau tidak. Daftar (not_this, evidence): satu per baris sel."),
)


# ================================================================================== export
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


# ================================================================================== import
@dataclass
class _Problems:
    file: str
    found: list[tuple[str, str]] = field(default_factory=list)  # (en, id)

    def add(
        self, sheet: str, row: int | None, col: int | None, en: str, id_: str, header: str = ""
    ) -> None:
        where_en, where_id = f"sheet {sheet}", f"lembar {sheet}"
        if row is not None:
            where_en, where_id = f"{where_en}, row {row}", f"{where_id}, baris {row}"
        if col is not None:
            letter = get_column_letter(col)
            label = f" ({header})" if header else ""
            where_en += f", column {letter}{label}"
            where_id += f", kolom {letter}{label}"
        self.found.append((f"{where_en}: {en}", f"{where_id}: {id_}"))

    def raise_if_any(self) -> None:
        if not self.found:
            return
        shown = self.found[:MAX_PROBLEMS_SHOWN]
        more = len(self.found) - len(shown)
        en = "; ".join(p[0] for p in shown) + (f"; and {more} more" if more else "")
        id_ = "; ".join(p[1] for p in shown) + (f"; dan {more} lagi" if more else "")
        raise PackError(
            "pack.sheet_invalid",
            file=self.file,
            count=len(self.found),
            problems_en=en,
            problems_id=id_,
        )


@dataclass(frozen=True)
class _Row:
    sheet: str
    number: int
    values: dict[str, Any]
    columns: dict[str, int]


_Where = tuple[str, int | None, int | None, str]


class _Reader:
    """Reads typed cells; every bad cell is a problem, and reading goes on."""

    def __init__(self, problems: _Problems) -> None:
        self.p = problems
        #: JSON path -> the cell it came from, to point parse_pack's complaints at cells.
        self.origin: dict[str, _Where] = {}

    def _bad(self, row: _Row, key: str, en: str, id_: str) -> None:
        self.p.add(row.sheet, row.number, row.columns.get(key), en, id_, key)

    def note(self, path: str, row: _Row, key: str | None = None) -> None:
        col = row.columns.get(key) if key else None
        self.origin[path] = (row.sheet, row.number, col, key or "")

    def text(self, row: _Row, key: str, required: bool = True) -> str:
        value = row.values.get(key)
        if value is None:
            text = ""
        elif isinstance(value, bool):
            text = YES if value else NO
        elif isinstance(value, int | float):
            text = str(_plain_number(Decimal(str(value))))
        elif isinstance(value, datetime | date):
            text = value.isoformat()[:10]
        else:
            text = str(value)
        if required and not text.strip():
            self._bad(row, key, "must not be empty", "tidak boleh kosong")
        return text

    def lines(self, row: _Row, key: str) -> list[str]:
        return [ln.strip() for ln in self.text(row, key, required=False).splitlines() if ln.strip()]

    def flag(self, row: _Row, key: str, default: bool = False) -> bool:
        value = row.values.get(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        word = str(value).strip().casefold()
        if word in _YES:
            return True
        if word in _NO:
            return False
        self._bad(row, key, f"expected {YES} or {NO}", f"harus {YES} atau {NO}")
        return default

    def number(self, row: _Row, key: str, required: bool = True) -> int | float | None:
        value = row.values.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self._bad(row, key, "must not be empty", "tidak boleh kosong")
            return None
        if isinstance(value, bool):
            dec = None
        else:
            try:
                dec = Decimal(str(value).strip().replace(",", "."))
            except InvalidOperation:
                dec = None
        if dec is None or not dec.is_finite():
            self._bad(row, key, "expected a number", "harus berupa angka")
            return None
        return _plain_number(dec)

    def whole(self, row: _Row, key: str, required: bool = True) -> int | None:
        num = self.number(row, key, required)
        if num is None:
            return None
        if not isinstance(num, int):
            self._bad(row, key, "expected a whole number", "harus bilangan bulat")
            return None
        return num

    def day(self, row: _Row, key: str) -> str | None:
        value = row.values.get(key)
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip()).isoformat()
            except ValueError:
                pass
        self._bad(row, key, "expected a date (YYYY-MM-DD)", "harus tanggal (TTTT-BB-HH)")
        return None


def import_pack_xlsx(path: Path) -> bytes:
    """Read an edited pack workbook and return the validated pack as JSON bytes.

    Raises:
        PackError: ``pack.sheet_unreadable`` when the file is not a readable workbook;
            ``pack.sheet_invalid`` naming the sheet, row and column of every problem found.
    """
    problems = _Problems(path.name)
    sheets = _read_workbook(path)
    rows: dict[str, list[_Row]] = {}
    for name, headers in SHEETS.items():
        rows[name] = _rows(sheets, name, headers, problems)
    problems.raise_if_any()  # a missing sheet or column would make every later step noisy
    reader = _Reader(problems)
    data = _build(rows, reader)
    problems.raise_if_any()
    try:
        parse_pack(data, source=path.name)
    except PackError as exc:
        if exc.code != "pack.invalid":
            raise
        _point_at_cell(exc, reader, problems)
        problems.raise_if_any()
        raise  # pragma: no cover - _point_at_cell always adds a problem
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _read_workbook(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    try:
        size = path.stat().st_size
        if size > MAX_XLSX_BYTES:
            raise PackError("pack.sheet_unreadable", file=path.name, detail=f"{size} bytes")
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(i.file_size for i in zf.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise PackError(
                "pack.sheet_unreadable", file=path.name, detail=f"{unpacked} bytes unpacked"
            )
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except PackError:
        raise
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise PackError("pack.sheet_unreadable", file=path.name, detail=_short(exc)) from exc
    try:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for ws in wb.worksheets:
            if ws.title not in SHEETS:
                continue
            data: list[tuple[Any, ...]] = []
            for k, values in enumerate(ws.iter_rows(values_only=True)):
                if k > MAX_ROWS:
                    raise PackError(
                        "pack.sheet_unreadable", file=path.name, detail=f"{ws.title}: too many rows"
                    )
                data.append(tuple(values))
            out[ws.title] = data
        return out
    except PackError:
        raise
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise PackError("pack.sheet_unreadable", file=path.name, detail=_short(exc)) from exc
    finally:
        wb.close()


def _rows(
    sheets: dict[str, list[tuple[Any, ...]]],
    name: str,
    headers: Sequence[str],
    problems: _Problems,
) -> list[_Row]:
    if name not in sheets:
        problems.add(name, None, None, "the sheet is missing", "lembar ini tidak ada")
        return []
    data = sheets[name]
    head = [str(h).strip() if h is not None else "" for h in (data[0] if data else ())]
    columns = {h: k + 1 for k, h in enumerate(head) if h}
    missing = [h for h in headers if h not in columns]
    for h in missing:
        problems.add(name, 1, None, f"column {h} is missing", f"kolom {h} tidak ada")
    if missing:
        return []
    out = []
    for k, values in enumerate(data[1:], start=2):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        cells = {h: values[c - 1] if c - 1 < len(values) else None for h, c in columns.items()}
        out.append(_Row(name, k, cells, columns))
    return out


def _build(rows: dict[str, list[_Row]], r: _Reader) -> dict[str, Any]:
    meta = {r.text(row, "key", required=False).strip(): row for row in rows["pack"]}
    for key in PACK_KEYS:
        if key not in meta:
            r.p.add("pack", None, None, f"the key {key} is missing", f"kunci {key} tidak ada")
    if any(key not in meta for key in PACK_KEYS):
        return {}

    def mtext(key: str, required: bool = True) -> str:
        r.note(f"$.{_META_PATH.get(key, key)}", meta[key], "value")
        return r.text(meta[key], "value", required)

    data: dict[str, Any] = {}
    r.note("$.schema", meta["schema"], "value")
    data["schema"] = r.whole(meta["schema"], "value")
    for key in ("id", "version", "title", "index_name"):
        data[key] = mtext(key)
    r.note("$.provisional", meta["provisional"], "value")
    data["provisional"] = r.flag(meta["provisional"], "value")
    data["provenance"] = mtext("provenance")
    sources = [_source(row, k, r) for k, row in enumerate(rows["sources"])]
    if sources:
        data["sources"] = sources
    data["level_families"] = _families(rows["families"], r)
    data["scoring"] = _scoring(meta, rows["bands"], r, mtext)
    data["predicates"] = _predicates(rows["bands"], r)
    calendar = _calendar(meta, rows["calendar"], r, mtext)
    if calendar is not None:
        data["calendar"] = calendar
    data.update(_structure(rows, r))
    return data


_META_PATH = {
    "scoring_rule": "scoring.rule",
    "scoring_note": "scoring.note",
    "calendar_cycle": "calendar.cycle",
    "calendar_note": "calendar.note",
}


def _source(row: _Row, k: int, r: _Reader) -> dict[str, Any]:
    base = f"$.sources[{k}]"
    r.note(base, row)
    for key in SHEETS["sources"]:
        r.note(f"{base}.{key}", row, key)
    out: dict[str, Any] = {"repo": r.text(row, "repo"), "path": r.text(row, "path")}
    commit = r.text(row, "commit", required=False).strip()
    if commit:
        out["commit"] = commit
    out["used_for"] = r.text(row, "used_for")
    return out


def _families(rows: list[_Row], r: _Reader) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for row in rows:
        fid = r.text(row, "id").strip()
        base = f"$.level_families.{fid}"
        r.note(base, row)
        r.note(f"{base}.levels", row, "level_1")
        fam: dict[str, Any] = {
            "name": r.text(row, "name", required=False),
            "levels": {str(n): r.text(row, f"level_{n}") for n in range(1, 6)},
        }
        note = r.text(row, "note", required=False)
        if note:
            fam["note"] = note
        fam["provisional"] = r.flag(row, "provisional")
        if fid in out:
            r.p.add(row.sheet, row.number, row.columns["id"], "listed twice", "tercantum dua kali")
        out[fid] = fam
    return out


def _scoring(meta: dict[str, _Row], bands: list[_Row], r: _Reader, mtext: Any) -> dict[str, Any]:
    rule = mtext("scoring_rule").strip()
    out: dict[str, Any] = {"rule": rule}
    note = mtext("scoring_note", required=False)
    if note:
        out["note"] = note
    r.note("$.scoring.provisional", meta["scoring_provisional"], "value")
    out["provisional"] = r.flag(meta["scoring_provisional"], "value")
    level_rows = [row for row in bands if _kind(row, r) == "scoring"]
    if level_rows or rule == "items":
        r.note("$.scoring.level_bands", level_rows[0] if level_rows else meta["scoring_rule"])
        level_bands = []
        for k, row in enumerate(level_rows):
            base = f"$.scoring.level_bands[{k}]"
            r.note(base, row)
            for key, col in (("level", "level"), ("min", "min"), ("max", "max")):
                r.note(f"{base}.{key}", row, col)
            level_bands.append(
                {
                    "level": r.whole(row, "level"),
                    "min": r.number(row, "min"),
                    "max": r.number(row, "max"),
                }
            )
        out["level_bands"] = level_bands
    return out


def _kind(row: _Row, r: _Reader) -> str:
    kind = r.text(row, "kind").strip()
    if kind not in ("predicate", "scoring"):
        r.p.add(
            row.sheet,
            row.number,
            row.columns["kind"],
            "expected predicate or scoring",
            "harus predicate atau scoring",
            "kind",
        )
    return kind


def _predicates(bands: list[_Row], r: _Reader) -> list[dict[str, Any]]:
    out = []
    rows = [row for row in bands if row.values.get("kind") == "predicate"]
    if rows:
        r.note("$.predicates", rows[0])
    for k, row in enumerate(rows):
        base = f"$.predicates[{k}]"
        r.note(base, row)
        for key in ("name", "min", "max", "provisional"):
            r.note(f"{base}.{key}", row, key)
        out.append(
            {
                "name": r.text(row, "name"),
                "min": r.number(row, "min"),
                "max": r.number(row, "max"),
                "provisional": r.flag(row, "provisional"),
            }
        )
    return out


def _calendar(
    meta: dict[str, _Row], rows: list[_Row], r: _Reader, mtext: Any
) -> dict[str, Any] | None:
    cycle = mtext("calendar_cycle", required=False)
    if not rows and not cycle.strip():
        return None
    r.note("$.calendar", meta["calendar_cycle"], "value")
    out: dict[str, Any] = {"cycle": cycle}
    note = mtext("calendar_note", required=False)
    if note:
        out["note"] = note
    r.note("$.calendar.provisional", meta["calendar_provisional"], "value")
    out["provisional"] = r.flag(meta["calendar_provisional"], "value")
    stages = []
    for k, row in enumerate(rows):
        base = f"$.calendar.stages[{k}]"
        r.note(base, row)
        for key in SHEETS["calendar"]:
            r.note(f"{base}.{key}", row, key)
        stage: dict[str, Any] = {
            "id": r.text(row, "id"),
            "name": r.text(row, "name"),
            "start": r.day(row, "start"),
            "end": r.day(row, "end"),
        }
        stage_note = r.text(row, "note", required=False)
        if stage_note:
            stage["note"] = stage_note
        stage["provisional"] = r.flag(row, "provisional")
        stages.append(stage)
    out["stages"] = stages
    return out


def _structure(rows: dict[str, list[_Row]], r: _Reader) -> dict[str, Any]:
    """Domains/aspects with their indicators, levels and items, in sheet order."""
    domains: dict[str, dict[str, Any]] = {}
    aspects: dict[str, dict[str, Any]] = {}
    aspect_rows: dict[str, _Row] = {}
    domain_rows: dict[str, _Row] = {}
    aspect_domain: dict[str, str] = {}
    for row in rows["groups"]:
        kind = r.text(row, "kind").strip()
        gid = r.text(row, "id").strip()
        obj = {
            "id": gid,
            "number": r.whole(row, "number"),
            "name": r.text(row, "name"),
            "weight": r.number(row, "weight"),
        }
        if kind == "domain":
            domains[gid] = {**obj, "aspects": []}
            domain_rows[gid] = row
        elif kind == "aspect":
            aspects[gid] = {**obj, "indicators": []}
            aspect_rows[gid] = row
            aspect_domain[gid] = r.text(row, "domain", required=False).strip()
        else:
            r.p.add(
                row.sheet,
                row.number,
                row.columns["kind"],
                "expected domain or aspect",
                "harus domain atau aspect",
                "kind",
            )

    by_number: dict[int, dict[str, Any]] = {}
    by_id: dict[str, dict[str, Any]] = {}
    ind_rows: dict[str, _Row] = {}
    for row in rows["indicators"]:
        ind = _indicator(row, r)
        aspect_id = r.text(row, "aspect").strip()
        if aspect_id not in aspects:
            r.p.add(
                row.sheet,
                row.number,
                row.columns["aspect"],
                f"no aspect {aspect_id!r} in the sheet groups",
                f"aspek {aspect_id!r} tidak ada di lembar groups",
                "aspect",
            )
            continue
        aspects[aspect_id]["indicators"].append(ind)
        by_id[ind["id"]] = ind
        ind_rows[ind["id"]] = row
        if isinstance(ind["number"], int):
            by_number[ind["number"]] = ind

    level_rows: dict[tuple[str, int], _Row] = {}
    for row in rows["levels"]:
        ind_id = r.text(row, "indicator").strip()
        n = r.whole(row, "level")
        if ind_id not in by_id:
            r.p.add(
                row.sheet,
                row.number,
                row.columns["indicator"],
                f"no indicator {ind_id!r} in the sheet indicators",
                f"indikator {ind_id!r} tidak ada di lembar indicators",
                "indicator",
            )
            continue
        if n is None:
            continue
        if (ind_id, n) in level_rows or not 1 <= n <= 5:
            r.p.add(
                row.sheet,
                row.number,
                row.columns["level"],
                "each indicator needs the levels 1 to 5 once each",
                "setiap indikator butuh tingkat 1 sampai 5, masing-masing sekali",
                "level",
            )
            continue
        level_rows[(ind_id, n)] = row
        lv: dict[str, Any] = {
            "level": n,
            "criteria": r.text(row, "criteria"),
            "provisional": r.flag(row, "provisional"),
            "items": [],
        }
        evidence = r.lines(row, "evidence")
        if evidence:
            lv["evidence"] = evidence
        by_id[ind_id]["levels"].append(lv)
    for ind_id, ind in by_id.items():
        ind["levels"].sort(key=lambda lv: lv["level"])
        if [lv["level"] for lv in ind["levels"]] != [1, 2, 3, 4, 5]:
            r.p.add(
                "levels",
                None,
                None,
                f"indicator {ind_id} needs one row for each level 1 to 5",
                f"indikator {ind_id} butuh satu baris untuk setiap tingkat 1 sampai 5",
            )

    item_rows: list[tuple[_Row, dict[str, Any], str, int]] = []
    for row in rows["items"]:
        code = r.text(row, "code").strip()
        if not code:
            continue  # already reported as empty
        m = _CODE.match(code)
        target = by_number.get(int(m.group(1))) if m else None
        if m is None or target is None or len(target["levels"]) != 5:
            if m is None or target is None:
                r.p.add(
                    row.sheet,
                    row.number,
                    row.columns["code"],
                    "expected a code I<number>-L<level>-<nn> of an indicator in the sheet "
                    "indicators",
                    "harus kode I<nomor>-L<tingkat>-<nn> dari indikator di lembar indicators",
                    "code",
                )
            continue
        item = _item(row, code, r)
        level = int(m.group(2))
        target["levels"][level - 1]["items"].append(item)
        item_rows.append((row, item, target["id"], level))

    # JSON paths, as parse_pack will name them, for pointing its complaints at cells.
    top: list[dict[str, Any]]
    if domains:
        for aid, asp in aspects.items():
            dom = domains.get(aspect_domain[aid])
            if dom is None:
                row = aspect_rows[aid]
                r.p.add(
                    row.sheet,
                    row.number,
                    row.columns["domain"],
                    f"no domain {aspect_domain[aid]!r} in the sheet groups",
                    f"domain {aspect_domain[aid]!r} tidak ada di lembar groups",
                    "domain",
                )
                continue
            dom["aspects"].append(asp)
        top = list(domains.values())
        key = "domains"
        for d_k, dom in enumerate(top):
            drow = domain_rows[dom["id"]]
            r.note(f"$.domains[{d_k}]", drow)
            for col in ("id", "number", "name", "weight"):
                r.note(f"$.domains[{d_k}].{col}", drow, col)
            r.note(f"$.domains[{d_k}].aspects", drow, "id")
            for a_k, asp in enumerate(dom["aspects"]):
                _note_aspect(r, f"$.domains[{d_k}].aspects[{a_k}]", asp, aspect_rows, ind_rows)
    else:
        top = list(aspects.values())
        key = "aspects"
        for a_k, asp in enumerate(top):
            _note_aspect(r, f"$.aspects[{a_k}]", asp, aspect_rows, ind_rows)
    r.origin.setdefault(f"$.{key}", ("groups", None, None, ""))
    _note_levels_and_items(r, level_rows, item_rows)
    return {key: top}


_IND_COLUMNS = {
    "id": "id",
    "number": "number",
    "name": "name",
    "official_name": "official_name",
    "weight": "weight",
    "family": "family",
    "source": "source",
    "explanation": "explanation",
    "default_owner": "default_owner",
    "audit_window_years": "audit_window_years",
    "provisional": "provisional",
    "external": "external_index",
    "external.index": "external_index",
    "external.owner": "external_owner",
    "external.score_min": "score_min",
    "external.score_max": "score_max",
    "external.default_value": "default_value",
    "external.note": "external_note",
    "external.provisional": "external_provisional",
    "levels": "id",
}


def _note_aspect(
    r: _Reader,
    base: str,
    asp: dict[str, Any],
    aspect_rows: dict[str, _Row],
    ind_rows: dict[str, _Row],
) -> None:
    row = aspect_rows[asp["id"]]
    r.note(base, row)
    for key in ("id", "number", "name", "weight"):
        r.note(f"{base}.{key}", row, key)
    r.note(f"{base}.indicators", row, "id")
    for i_k, ind in enumerate(asp["indicators"]):
        ibase = f"{base}.indicators[{i_k}]"
        irow = ind_rows[ind["id"]]
        r.note(ibase, irow)
        for key, col in _IND_COLUMNS.items():
            r.note(f"{ibase}.{key}", irow, col)
        for l_k, lv in enumerate(ind["levels"]):
            r.origin[f"#level:{ind['id']}:{lv['level']}"] = (
                "",
                None,
                None,
                f"{ibase}.levels[{l_k}]",
            )
            for m_k, item in enumerate(lv["items"]):
                r.origin[f"#item:{id(item)}"] = (
                    "",
                    None,
                    None,
                    f"{ibase}.levels[{l_k}].items[{m_k}]",
                )


def _note_levels_and_items(
    r: _Reader,
    level_rows: dict[tuple[str, int], _Row],
    item_rows: list[tuple[_Row, dict[str, Any], str, int]],
) -> None:
    for (ind_id, n), row in level_rows.items():
        marker = r.origin.get(f"#level:{ind_id}:{n}")
        if marker is None:
            continue
        base = marker[3]
        r.note(base, row)
        for key in ("level", "criteria", "evidence", "provisional"):
            r.note(f"{base}.{key}", row, key)
        r.note(f"{base}.items", row, "level")
    for row, item, _ind_id, _level in item_rows:
        marker = r.origin.get(f"#item:{id(item)}")
        if marker is None:
            continue
        base = marker[3]
        r.note(base, row)
        for key in ("code", "name", "shows", "required", "not_this", "provisional"):
            r.note(f"{base}.{key}", row, key)
        r.note(f"{base}.freshness", row, "max_age_months")
        r.note(f"{base}.freshness.max_age_months", row, "max_age_months")
        r.note(f"{base}.freshness.rule", row, "freshness_rule")
        r.note(f"{base}.freshness.provisional", row, "freshness_provisional")


def _indicator(row: _Row, r: _Reader) -> dict[str, Any]:
    ind: dict[str, Any] = {
        "id": r.text(row, "id").strip(),
        "number": r.whole(row, "number"),
        "name": r.text(row, "name"),
    }
    official = r.text(row, "official_name", required=False)
    if official:
        ind["official_name"] = official
    ind["weight"] = r.number(row, "weight")
    ind["family"] = r.text(row, "family").strip()
    source = r.text(row, "source").strip()
    ind["source"] = source
    if source == "external" or r.text(row, "external_index", required=False).strip():
        ext: dict[str, Any] = {"index": r.text(row, "external_index")}
        owner = r.text(row, "external_owner", required=False)
        if owner:
            ext["owner"] = owner
        ext["score_min"] = r.number(row, "score_min")
        ext["score_max"] = r.number(row, "score_max")
        ext["default_value"] = r.number(row, "default_value")
        ext_note = r.text(row, "external_note", required=False)
        if ext_note:
            ext["note"] = ext_note
        ext["provisional"] = r.flag(row, "external_provisional")
        ind["external"] = ext
    ind["explanation"] = r.text(row, "explanation")
    ind["default_owner"] = r.text(row, "default_owner", required=False)
    window = r.whole(row, "audit_window_years", required=False)
    if window is not None:
        ind["audit_window_years"] = window
    ind["provisional"] = r.flag(row, "provisional")
    ind["levels"] = []
    return ind


def _item(row: _Row, code: str, r: _Reader) -> dict[str, Any]:
    item: dict[str, Any] = {
        "code": code,
        "name": r.text(row, "name"),
        "shows": r.text(row, "shows"),
        "required": r.flag(row, "required"),
    }
    months = r.whole(row, "max_age_months", required=False)
    if months is not None:
        item["freshness"] = {
            "max_age_months": months,
            "rule": r.text(row, "freshness_rule"),
            "provisional": r.flag(row, "freshness_provisional"),
        }
    item["not_this"] = r.lines(row, "not_this")
    item["provisional"] = r.flag(row, "provisional")
    return item


def _point_at_cell(exc: PackError, r: _Reader, problems: _Problems) -> None:
    """Turn parse_pack's JSON path into the sheet, row and column it came from."""
    path = str(exc.params.get("field", "$"))
    detail = str(exc.params.get("detail", ""))
    probe = path
    while probe:
        where = r.origin.get(probe)
        if where is not None and where[0]:
            sheet, row, col, header = where
            problems.add(sheet, row, col, detail, f"aturan paket: {detail}", header)
            return
        probe = _parent(probe)
    problems.add("pack", None, None, f"{path}: {detail}", f"{path}: {detail}")


def _parent(path: str) -> str:
    if path.endswith("]"):
        return path[: path.rindex("[")]
    if "." in path:
        return path[: path.rindex(".")]
    return ""


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


# ============================================================================ workspaces
def export_workspace_pack(workspace: Path, out: Path) -> Pack:
    """Write the workspace's framework pack as a workbook (``spbe pack export``)."""
    with WorkspaceStore.open(workspace) as store:
        pack = store.pack()
    export_pack_xlsx(pack, out)
    return pack


def import_workspace_pack(workspace: Path, xlsx: Path) -> Pack:
    """Validate an edited workbook and switch the workspace to the pack it holds.

    Answers are kept by indicator id (see :func:`~spbe_desktop.services.workspace.
    load_corrected_pack`). Nothing changes when the workbook has a problem.

    Raises:
        PackError: the workbook is unreadable or invalid (sheet, row and column named).
    """
    raw = import_pack_xlsx(xlsx)
    load_pack_bytes(raw, source=xlsx.name)
    with tempfile.TemporaryDirectory(prefix="spbe-pack-") as tmp:
        json_file = Path(tmp) / f"{xlsx.stem}.json"
        json_file.write_bytes(raw)
        return load_corrected_pack(workspace, json_file)
