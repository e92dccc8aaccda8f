"""Loading an edited architecture workbook (see :mod:`.architecture_xlsx` for the sheets):
every row checked first, each problem named by sheet, row and column; then all rows applied in
one transaction, or none."""

from __future__ import annotations

import zipfile
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]

from spbe_desktop.core.architecture import (
    DOMAIN_LABELS,
    DOMAINS,
    RELATION_KINDS,
    SIAP_STATUSES,
    ArchObject,
    DomainSpec,
    FieldSpec,
    load_model,
    parse_code_text,
)
from spbe_desktop.core.models import SELF_OPD
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import SpbeError, UsageError
from spbe_desktop.services.architecture_values import check_value, known_codes
from spbe_desktop.services.architecture_xlsx import (
    OBJECT_BASE,
    RELATIONS_SHEET,
    SIAP_SHEET,
    WorkbookError,
    WorkbookImport,
    WorkbookProblem,
    code_header,
)
from spbe_desktop.services.workspace import _actor_name
from spbe_desktop.store.workspace_store import WorkspaceStore


@dataclass(slots=True)
class _Row:
    sheet: str
    row: int
    domain: str
    opd_id: int
    uid: str
    name: str
    ref_code: str | None
    fields: dict[str, str]


def import_workbook(
    workspace: Path, file: Path, cancel: CancelToken | None = None
) -> Generator[Progress, None, WorkbookImport]:
    """Load an edited workbook: every row checked first, then all applied in one transaction.

    Raises:
        WorkbookError: the problems found (sheet, row, column each); nothing changed.
    """
    cancel = cancel or CancelToken()
    sheets = _read(file, cancel)
    yield Progress(1, 3, "progress.architecture_import", {"name": file.name})
    with WorkspaceStore.open(workspace) as store:
        problems: list[WorkbookProblem] = []
        plan = _check(store, sheets, problems)
        cancel.raise_if_cancelled()
        yield Progress(2, 3, "progress.architecture_import", {"name": file.name})
        if problems:
            raise WorkbookError(file.name, problems)
        result = _apply(store, plan)
    yield Progress(3, 3, "progress.architecture_import", {"name": file.name})
    return result


#: Guards against a hostile or runaway file (as the pack sheets have): size on disk, size
#: unpacked (a ZIP bomb), rows per sheet.
MAX_XLSX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 20_000


def _read(file: Path, cancel: CancelToken) -> dict[str, list[list[Any]]]:
    """The rows of the sheets the import reads (object sheets, relations, SIAP status)."""
    wanted = {d.sheet for d in load_model().domains} | {RELATIONS_SHEET, SIAP_SHEET}
    try:
        size = file.stat().st_size
        with zipfile.ZipFile(file) as zf:
            unpacked = sum(i.file_size for i in zf.infolist())
        if size > MAX_XLSX_BYTES or unpacked > MAX_UNPACKED_BYTES:
            raise UsageError(
                "architecture.workbook_unreadable", file=file.name, detail=f"{unpacked} bytes"
            )
        wb = openpyxl.load_workbook(file, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UsageError(
            "architecture.workbook_unreadable", file=file.name, detail=str(exc)[:120]
        ) from exc
    try:
        sheets: dict[str, list[list[Any]]] = {}
        for ws in wb.worksheets:
            if ws.title not in wanted:
                continue
            rows: list[list[Any]] = []
            for values in ws.iter_rows(values_only=True):
                if len(rows) > MAX_ROWS:
                    raise UsageError(
                        "architecture.workbook_unreadable",
                        file=file.name,
                        detail=f"{ws.title}: > {MAX_ROWS} rows",
                    )
                rows.append(list(values))
            cancel.raise_if_cancelled()
            sheets[ws.title] = rows
        return sheets
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UsageError(
            "architecture.workbook_unreadable", file=file.name, detail=str(exc)[:120]
        ) from exc
    finally:
        wb.close()


@dataclass(slots=True)
class _Plan:
    rows: list[_Row] = field(default_factory=list)
    relations: list[tuple[str, tuple[int, str], tuple[int, str]]] = field(default_factory=list)
    siap: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)


def _cells(table: list[list[Any]]) -> tuple[dict[str, int], list[tuple[int, list[Any]]]]:
    header = [str(h).strip() if h is not None else "" for h in (table[0] if table else [])]
    cols = {h: i for i, h in enumerate(header) if h}
    rows = [
        (n, r)
        for n, r in enumerate(table[1:], start=2)
        if any(v is not None and str(v).strip() for v in r)
    ]
    return cols, rows


def _get(row: list[Any], cols: Mapping[str, int], name: str) -> Any:
    i = cols.get(name)
    return row[i] if i is not None and i < len(row) else None


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _check(
    store: WorkspaceStore, sheets: Mapping[str, list[list[Any]]], problems: list[WorkbookProblem]
) -> _Plan:
    model = load_model()
    codes = known_codes(store)
    prof = store.profile()
    units = {prof.unit.casefold(): SELF_OPD}
    if prof.role == "coordinator":
        units.update({o.name.casefold(): o.id for o in store.opds()})
    existing = {(o.opd_id, o.uid): o for o in store.arch_objects()}
    plan = _Plan()
    seen: set[tuple[int, str]] = set()

    def bad(sheet: str, row: int, column: str, exc: SpbeError) -> None:
        problems.append(
            WorkbookProblem(
                sheet,
                row,
                column,
                "architecture.sheet.bad_value",
                {"code": exc.code, **{k: str(v) for k, v in exc.params.items()}},
            )
        )

    def unit_of(sheet: str, n: int, value: Any) -> int | None:
        text = _text(value)
        if not text:
            return SELF_OPD
        opd_id = units.get(text.casefold())
        if opd_id is None:
            problems.append(
                WorkbookProblem(sheet, n, "OPD", "architecture.sheet.unknown_unit", {"value": text})
            )
        return opd_id

    for spec in model.domains:
        if spec.sheet not in sheets:
            problems.append(WorkbookProblem(spec.sheet, 0, "", "architecture.sheet.missing_sheet"))
            continue
        cols, rows = _cells(sheets[spec.sheet])
        for column in OBJECT_BASE:
            if column not in cols:
                problems.append(
                    WorkbookProblem(spec.sheet, 1, column, "architecture.sheet.missing_column")
                )
        if any(c not in cols for c in OBJECT_BASE):
            continue
        for n, row in rows:
            opd_id = unit_of(spec.sheet, n, _get(row, cols, "OPD"))
            uid = _text(_get(row, cols, "ID"))
            name = _text(_get(row, cols, "Nama"))
            if not name:
                problems.append(
                    WorkbookProblem(spec.sheet, n, "Nama", "architecture.sheet.empty_name")
                )
            if opd_id is None:
                continue
            if uid:
                if (opd_id, uid) in seen:
                    problems.append(
                        WorkbookProblem(
                            spec.sheet, n, "ID", "architecture.sheet.duplicate_id", {"value": uid}
                        )
                    )
                seen.add((opd_id, uid))
            ref: str | None = None
            if spec.code_list and code_header(spec) in cols:
                value = _get(row, cols, code_header(spec))
                try:
                    ref = _ref(spec, value, codes)
                except SpbeError as exc:
                    bad(spec.sheet, n, code_header(spec), exc)
            fields: dict[str, str] = {}
            for f in spec.fields:
                if f.label not in cols:
                    continue
                try:
                    fields[f.key] = check_value(f, _get(row, cols, f.label), codes)
                except SpbeError as exc:
                    bad(spec.sheet, n, f.label, exc)
            plan.rows.append(_Row(spec.sheet, n, spec.domain, opd_id, uid, name, ref, fields))
    _check_relations(sheets, plan, existing, unit_of, problems)
    _check_siap(sheets, plan, existing, unit_of, bad, problems)
    return plan


def _ref(spec: DomainSpec, value: Any, codes: set[str]) -> str:
    field_ = FieldSpec("ref_code", spec.code_list, "code", code_list=spec.code_list)
    return check_value(field_, value, codes)


def _resolve(
    plan: _Plan,
    existing: Mapping[tuple[int, str], ArchObject],
    opd_id: int,
    domain: str,
    uid: str,
    name: str,
) -> tuple[int, str] | None:
    """An object named in a relation or status row: by ID (workbook or workspace), else by
    name within its unit and domain (workbook rows first). (opd, uid-or-"#row") or None."""
    if uid:
        if any(r.opd_id == opd_id and r.uid == uid and r.domain == domain for r in plan.rows):
            return (opd_id, uid)
        o = existing.get((opd_id, uid))
        return (opd_id, uid) if o is not None and o.domain == domain else None
    key = name.casefold()
    for r in plan.rows:
        if r.opd_id == opd_id and r.domain == domain and r.name.casefold() == key:
            return (opd_id, r.uid or f"#{r.sheet}:{r.row}")
    for (o_opd, o_uid), o in existing.items():
        if o_opd == opd_id and o.domain == domain and o.name.casefold() == key:
            return (o_opd, o_uid)
    return None


def _check_relations(
    sheets: Any, plan: _Plan, existing: Any, unit_of: Any, problems: list[WorkbookProblem]
) -> None:
    if RELATIONS_SHEET not in sheets:
        return
    cols, rows = _cells(sheets[RELATIONS_SHEET])
    for n, row in rows:
        opd_id = unit_of(RELATIONS_SHEET, n, _get(row, cols, "OPD"))
        kind = parse_code_text(_text(_get(row, cols, "Jenis Relasi"))).lower()
        spec = RELATION_KINDS.get(kind)
        if spec is None:
            problems.append(
                WorkbookProblem(
                    RELATIONS_SHEET,
                    n,
                    "Jenis Relasi",
                    "architecture.sheet.bad_value",
                    {
                        "code": "architecture.unknown_relation",
                        "kind": kind,
                        "known": ", ".join(RELATION_KINDS),
                    },
                )
            )
            continue
        if opd_id is None:
            continue
        ends = []
        for side, domain in (("Dari", spec.from_domain), ("Ke", spec.to_domain)):
            uid = _text(_get(row, cols, f"{side} (ID)"))
            name = _text(_get(row, cols, f"{side} (Nama)"))
            found = _resolve(plan, existing, opd_id, domain, uid, name)
            if found is None:
                problems.append(
                    WorkbookProblem(
                        RELATIONS_SHEET,
                        n,
                        f"{side} (ID)" if uid else f"{side} (Nama)",
                        "architecture.sheet.unknown_object",
                        {"value": uid or name},
                    )
                )
            ends.append(found)
        if ends[0] is not None and ends[1] is not None:
            plan.relations.append((kind, ends[0], ends[1]))


def _check_siap(
    sheets: Any, plan: _Plan, existing: Any, unit_of: Any, bad: Any, problems: list[WorkbookProblem]
) -> None:
    if SIAP_SHEET not in sheets:
        return
    cols, rows = _cells(sheets[SIAP_SHEET])
    by_label = {v.casefold(): k for k, v in DOMAIN_LABELS.items()}
    date_field = FieldSpec("siap_date", "Tanggal Input", "date")
    for n, row in rows:
        opd_id = unit_of(SIAP_SHEET, n, _get(row, cols, "OPD"))
        domain = by_label.get(
            _text(_get(row, cols, "Domain")).casefold(), _text(_get(row, cols, "Domain"))
        )
        status = _text(_get(row, cols, "Status SIAP")).lower().replace(" ", "_") or "belum"
        if status not in SIAP_STATUSES:
            problems.append(
                WorkbookProblem(
                    SIAP_SHEET,
                    n,
                    "Status SIAP",
                    "architecture.sheet.bad_value",
                    {
                        "code": "architecture.bad_status",
                        "status": status,
                        "known": ", ".join(SIAP_STATUSES),
                    },
                )
            )
            continue
        try:
            date = check_value(date_field, _get(row, cols, "Tanggal Input"), set())
        except SpbeError as exc:
            bad(SIAP_SHEET, n, "Tanggal Input", exc)
            continue
        if opd_id is None:
            continue
        uid, name = _text(_get(row, cols, "ID")), _text(_get(row, cols, "Nama"))
        found = _resolve(plan, existing, opd_id, domain, uid, name) if domain in DOMAINS else None
        if found is None:
            problems.append(
                WorkbookProblem(
                    SIAP_SHEET,
                    n,
                    "ID" if uid else "Nama",
                    "architecture.sheet.unknown_object",
                    {"value": uid or name},
                )
            )
            continue
        plan.siap.append(
            (
                found[0],
                found[1],
                {
                    "siap_status": status,
                    "siap_id": _text(_get(row, cols, "ID SIAP")),
                    "siap_date": date or None,
                },
            )
        )


def _apply(store: WorkspaceStore, plan: _Plan) -> WorkbookImport:
    actor = _actor_name(store)
    created = updated = relations = 0
    ids: dict[tuple[int, str], int] = {}
    with store.transaction():
        for r in plan.rows:
            key = r.uid or f"#{r.sheet}:{r.row}"
            old = store.arch_object_by_uid(r.opd_id, r.uid) if r.uid else None
            if old is None:
                ids[(r.opd_id, key)] = store.add_arch_object(
                    actor,
                    opd_id=r.opd_id,
                    domain=r.domain,
                    name=r.name,
                    ref_code=r.ref_code or "",
                    fields=r.fields,
                    uid=r.uid or None,
                )
                created += 1
                continue
            ids[(r.opd_id, key)] = old.id
            merged = {**old.fields, **r.fields}
            changes: dict[str, Any] = {"name": r.name, "fields": merged}
            if r.ref_code is not None:
                changes["ref_code"] = r.ref_code
            before = (old.name, dict(old.fields), old.ref_code)
            store.update_arch_object(actor, old.id, **changes)
            if before != (
                r.name,
                {k: v for k, v in merged.items() if v},
                changes.get("ref_code", old.ref_code),
            ):
                updated += 1

        def object_id(end: tuple[int, str]) -> int:
            if end in ids:
                return ids[end]
            found = store.arch_object_by_uid(*end)
            assert found is not None  # checked before the transaction
            return found.id

        for kind, a, b in plan.relations:
            relations += store.add_arch_relation(actor, kind, object_id(a), object_id(b))
        for opd_id, uid, values in plan.siap:
            target = store.arch_object(object_id((opd_id, uid)))
            now = {
                "siap_status": target.siap.status,
                "siap_id": target.siap.siap_id,
                "siap_date": target.siap.input_date,
            }
            if now != values:
                store.update_arch_object(actor, target.id, siap_by=actor, **values)
    return WorkbookImport(created, updated, 0, relations)
