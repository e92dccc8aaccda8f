"""The architecture inventory as a workbook, both ways: the sheets SIAP Digital's operator
types from, and an edited workbook loaded back (an OPD that prefers Excel).

Sheets, in order: ``00_Petunjuk``, ``01_OPD``, ``02_KodeReferensi``, one per domain
(``03_ProsesBisnis`` … ``09_Keamanan``; columns ID, OPD, Nama, the reference code, then the
domain's fields in SIA order), ``10_Relasi`` and ``11_StatusSIAP``. Row 1 holds the column
headers; code cells read ``kode – nama``; text is never written as a formula.

Loading checks every row first and names each problem by sheet, row and column; only a
workbook without problems is applied, in one transaction (all rows or none). A row with an ID
updates that object, a row without one makes a new object; rows left out of the workbook are
not deleted (delete in the app), and relations listed are added.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spbe_desktop.core.architecture import (
    CODE_SEPARATOR,
    DOMAIN_LABELS,
    RELATION_KINDS,
    ArchObject,
    DomainSpec,
    load_model,
    merge_codes,
)
from spbe_desktop.core.models import SELF_OPD
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import SpbeError, StoreError, message_for
from spbe_desktop.fileio import atomic_output
from spbe_desktop.store.workspace_store import WorkspaceStore

GUIDE_SHEET = "00_Petunjuk"
OPD_SHEET = "01_OPD"
CODES_SHEET = "02_KodeReferensi"
RELATIONS_SHEET = "10_Relasi"
SIAP_SHEET = "11_StatusSIAP"
OBJECT_BASE = ("ID", "OPD", "Nama")
OPD_HEADERS = ("Nama", "Peran", "Jumlah Objek")
CODE_HEADERS = ("Daftar", "Kode", "Nama", "Tingkat", "Induk", "Sementara", "Sumber")
RELATION_HEADERS = ("OPD", "Jenis Relasi", "Dari (ID)", "Dari (Nama)", "Ke (ID)", "Ke (Nama)")
SIAP_HEADERS = (
    "ID",
    "OPD",
    "Domain",
    "Nama",
    "Status SIAP",
    "ID SIAP",
    "Tanggal Input",
    "Tangkapan Layar",
    "Catatan Koordinator",
)
GUIDE = (
    "Buku kerja inventaris arsitektur SPBE/Pemdi untuk pengisian SIAP Digital.",
    "Satu lembar per domain (03–09), satu baris per objek; baris 1 adalah judul kolom, jangan "
    "diubah.",
    "Kolom kode ditulis 'kode – nama' (lihat 02_KodeReferensi); cukup ketik kodenya.",
    "Baris baru: kosongkan kolom ID. Baris yang dihapus dari buku kerja tidak menghapus objek; "
    "hapus lewat aplikasi.",
    "10_Relasi menghubungkan objek satu unit: isi ID atau Nama objek di kolom Dari dan Ke.",
    "11_StatusSIAP: status di SIAP Digital (belum, draf, terinput, perlu_revisi), ID SIAP dan "
    "tanggal input.",
    "Muat kembali: spbe architecture import RUANG-KERJA BERKAS.xlsx (semua baris atau tidak "
    "sama sekali).",
)


def code_header(spec: DomainSpec) -> str:
    return f"Kode {spec.code_list}"


def object_headers(spec: DomainSpec) -> tuple[str, ...]:
    """An object sheet's columns: ID, OPD, Nama, the reference code (if any), the fields."""
    code = (code_header(spec),) if spec.code_list else ()
    return OBJECT_BASE + code + tuple(f.label for f in spec.fields)


def sheet_names() -> tuple[str, ...]:
    return (
        GUIDE_SHEET,
        OPD_SHEET,
        CODES_SHEET,
        *(d.sheet for d in load_model().domains),
        RELATIONS_SHEET,
        SIAP_SHEET,
    )


@dataclass(frozen=True, slots=True)
class WorkbookProblem:
    """One problem of a loaded workbook, named by sheet, row and column."""

    sheet: str
    row: int
    column: str
    code: str
    params: Mapping[str, str] = field(default_factory=dict)

    def message(self, lang: str = "id") -> str:
        params = {"sheet": self.sheet, "row": str(self.row), "column": self.column, **self.params}
        if self.code == "architecture.sheet.bad_value":
            inner = message_for(self.params["code"], self.params, lang)
            params["problem"] = inner.rstrip(".")
        return message_for(self.code, params, lang)


class WorkbookError(SpbeError):
    """A workbook that was not loaded: every problem found, each naming sheet, row, column."""

    def __init__(self, file: str, problems: Sequence[WorkbookProblem]) -> None:
        super().__init__(
            "architecture.workbook_invalid",
            file=file,
            count=len(problems),
            first=problems[0].message("id") if problems else "",
        )
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class WorkbookImport:
    created: int
    updated: int
    deleted: int
    relations: int


# ---------------------------------------------------------------------------------- export
def export_workbook(
    workspace: Path, out: Path, cancel: CancelToken | None = None
) -> Generator[Progress, None, Path]:
    """Write the inventory (an OPD's own; a coordinator's of every unit) to ``out``."""
    import openpyxl  # type: ignore[import-untyped]  # only when writing: the GUI imports this

    cancel = cancel or CancelToken()
    model = load_model()
    with WorkspaceStore.open(workspace) as store:
        prof = store.profile()
        opd_filter = None if prof.role == "coordinator" else SELF_OPD
        objs = store.arch_objects(opd_filter)
        rels = store.arch_relations(opd_filter)
        local = store.arch_local_codes()
        units = [(prof.unit, "Koordinator" if prof.role == "coordinator" else "OPD")]
        if prof.role == "coordinator":
            units += [(o.name, "OPD") for o in store.opds()]
    total = len(sheet_names())
    wb = openpyxl.Workbook()
    wb.remove(wb.active)

    def sheet(name: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        ws = wb.create_sheet(name)
        ws.append(list(headers))
        for row in rows:
            ws.append(["" if v is None else v for v in row])
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # text, never a formula
        ws.freeze_panes = "A2"

    steps = 0

    def step() -> Progress:
        nonlocal steps
        steps += 1
        cancel.raise_if_cancelled()
        return Progress(steps, total, "progress.architecture_export", {"name": out.name})

    sheet(GUIDE_SHEET, ("Petunjuk",), [(line,) for line in GUIDE])
    yield step()
    sheet(
        OPD_SHEET,
        OPD_HEADERS,
        [(n, role, sum(1 for o in objs if o.opd_name == n)) for n, role in units],
    )
    yield step()
    codes = merge_codes([e for entries in model.code_lists.values() for e in entries] + local)
    sheet(
        CODES_SHEET,
        CODE_HEADERS,
        [
            (
                e.list_id,
                e.code,
                e.name,
                e.level,
                e.parent or "",
                "ya" if e.provisional else "tidak",
                e.source,
            )
            for e in codes
        ],
    )
    yield step()
    for spec in model.domains:
        sheet(
            spec.sheet,
            object_headers(spec),
            [_object_row(spec, o) for o in objs if o.domain == spec.domain],
        )
        yield step()
    by_id = {o.id: o for o in objs}
    sheet(
        RELATIONS_SHEET,
        RELATION_HEADERS,
        [
            (
                by_id[r.from_id].opd_name,
                f"{r.kind}{CODE_SEPARATOR}{RELATION_KINDS[r.kind].label}",
                by_id[r.from_id].uid,
                r.from_name,
                by_id[r.to_id].uid,
                r.to_name,
            )
            for r in rels
        ],
    )
    yield step()
    sheet(
        SIAP_SHEET,
        SIAP_HEADERS,
        [
            (
                o.uid,
                o.opd_name,
                DOMAIN_LABELS[o.domain],
                o.name,
                o.siap.status,
                o.siap.siap_id,
                o.siap.input_date or "",
                o.siap.screenshot_title,
                o.remark,
            )
            for o in objs
        ],
    )
    yield step()
    try:
        with atomic_output(out) as fh:
            wb.save(fh)
    except OSError as exc:
        raise StoreError("store.io", file=out.name, detail=exc.strerror or str(exc)) from exc
    return out


def _object_row(spec: DomainSpec, o: ArchObject) -> list[Any]:
    row: list[Any] = [o.uid, o.opd_name, o.name]
    if spec.code_list:
        row.append(o.ref_label)
    for f in spec.fields:
        value = o.fields.get(f.key, "")
        if f.kind == "code" and value:
            value = _label(value)
        row.append(value)
    return row


def _label(code: str) -> str:
    for entries in load_model().code_lists.values():
        for e in entries:
            if e.code == code:
                return e.label
    return code
