"""Reading a workbook's cells; problems named by sheet, row and column."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from spbe_desktop.errors import PackError
from spbe_desktop.services.pack_sheets.layout import (
    _NO,
    _YES,
    MAX_PROBLEMS_SHOWN,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    MAX_XLSX_BYTES,
    NO,
    SHEETS,
    YES,
    _short,
)
from spbe_desktop.services.pack_sheets.writer import _plain_number


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
