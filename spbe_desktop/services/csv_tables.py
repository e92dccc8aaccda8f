"""The CSV tables of a workspace: one row per indicator, and (coordinator) OPDs across.

Both are UTF-8 with BOM and ``;``-separated for Excel in the Indonesian locale (see
:mod:`spbe_desktop.reports.tables`). On SPBE 2020 they show the claimed level 1-5; on a framework
scored from items (Pemdi 2026) they show the fractional value the index uses
(:func:`~spbe_desktop.services.workspace.self_values`, the one place values are computed), the
accepted required items and the assessors' latest value, because a level column there would
contradict the index.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from spbe_desktop.core.items import accepted_codes, indicator_values, uses_items
from spbe_desktop.core.labels import status_label, verdict_label
from spbe_desktop.core.models import SELF_OPD, Answer, AnswerStatus
from spbe_desktop.core.packs import Indicator, Pack
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.fileio import atomic_path
from spbe_desktop.reports import ReportError, Table, write_csv
from spbe_desktop.reports.fmt import decimal_id, weight_id
from spbe_desktop.services.reporting import recorded_level
from spbe_desktop.services.workspace import _owners, self_values
from spbe_desktop.store.workspace_store import WorkspaceStore

LEVELS_CSV = "tingkat-indikator.csv"
MATRIX_CSV = "matriks-opd.csv"

#: How the value of an indicator is found, as the tables name it.
SOURCE_LABELS = {"evidence": "Butir bukti", "external": "Indeks nasional"}


@dataclass(frozen=True, slots=True)
class CsvSummary:
    paths: tuple[Path, ...]
    rows: int


def _accepted_required(ind: Indicator, accepted: frozenset[str]) -> str:
    required = [i for i in ind.items if i.required]
    if not required:
        return ""
    done = sum(1 for i in required if i.code in accepted)
    return f"{done} dari {len(required)}"


def _levels_table(store: WorkspaceStore) -> Table:
    """One row per indicator: its level or value, status, evidence count and verdict."""
    pack = store.pack()
    coordinator = store.profile().role == "coordinator"
    answers = store.answers()
    owners = _owners(store, pack)
    counts: dict[str, int] = {}
    for d in store.documents(None if coordinator else SELF_OPD):
        for ind_id, _ in d.links:
            counts[ind_id] = counts.get(ind_id, 0) + 1
    domains = {d.id: d.name for d in pack.domains}
    aspects = {a.id: a.name for a in pack.aspects}
    spbe = pack.top_level == "domain"
    items = uses_items(pack)
    if items:
        values = self_values(store)
        accepted = accepted_codes(store.item_states())
        assessor = {r.indicator_id: r.value for r in store.assessor_results()}
    head = ["No", "Kode", "Indikator", *(["Domain"] if spbe else []), "Aspek", "Bobot (%)"]
    if items:
        head += ["Sumber Nilai", "Nilai Mandiri", "Butir Wajib Diterima", "Nilai Asesor"]
    else:
        head += ["Tingkat", "Nama Tingkat"]
    head += [
        "Status",
        "Jumlah Bukti",
        "Verifikasi",
        "Catatan Verifikasi",
        "Penanggung Jawab",
        "Penjelasan",
    ]
    rows = []
    for ind in pack.indicators:
        a = answers.get(ind.id)
        row = [str(ind.number), ind.id, ind.name]
        row += [domains.get(ind.domain_id or "", "")] if spbe else []
        row += [aspects.get(ind.aspect_id, ""), weight_id(ind.weight)]
        if items:
            row += [
                SOURCE_LABELS.get(ind.source, ind.source),
                decimal_id(values[ind.id]),
                _accepted_required(ind, accepted),
                decimal_id(assessor[ind.id]) if ind.id in assessor else "",
            ]
        else:
            level = recorded_level(a)
            row += ["" if level is None else str(level), ind.level(level).name if level else ""]
        row += [
            status_label(a.status if a is not None else AnswerStatus.EMPTY),
            str(counts.get(ind.id, 0)),
            verdict_label(a.verdict) if a is not None and a.verdict else "",
            a.verdict_comment if a is not None else "",
            owners.get(ind.id, ""),
            a.justification if a is not None else "",
        ]
        rows.append(tuple(row))
    return Table(tuple(head), tuple(rows))


def _unit_values(store: WorkspaceStore, pack: Pack, opd_id: int) -> Mapping[str, Decimal]:
    """One OPD's values from its own accepted items and answers (the instansi's national index
    scores apply to every unit)."""
    answers = store.answers(opd_id)
    return indicator_values(
        pack,
        accepted=accepted_codes(store.item_states(opd_id)),
        levels={k: a.level for k, a in answers.items()},
        external=store.external_scores(),
        not_applicable=frozenset(k for k, a in answers.items() if a.status == AnswerStatus.NA),
    )


def _matrix_table(store: WorkspaceStore) -> Table:
    """Indicators down, OPDs across, then the consolidated result.

    SPBE 2020 cells: the level 1-5; ``TB`` not applicable; empty when not answered. Pemdi
    cells: the value from the OPD's accepted items (``TB``, empty as before). ``-`` when the
    indicator is not assigned to that OPD.
    """
    pack = store.pack()
    opds = store.opds()
    answers = {o.id: store.answers(o.id) for o in opds}
    own = store.answers()
    items = uses_items(pack)
    values = {o.id: _unit_values(store, pack, o.id) for o in opds} if items else {}
    consolidated = self_values(store) if items else {}

    def cell(a: Answer | None, assigned: bool, value: Decimal | None) -> str:
        if a is not None and a.status == AnswerStatus.NA:
            return "TB"
        if value is not None:  # items rule: the unit's value wherever it is assigned
            return decimal_id(value) if assigned else "-"
        if a is None:
            return "" if assigned else "-"
        return "" if a.level is None else str(a.level)

    header = ("No", "Indikator", *(o.name for o in opds), "Konsolidasi")
    rows = []
    for ind in pack.indicators:
        unit_cells = (
            cell(
                answers[o.id].get(ind.id),
                o.assigned is None or ind.id in o.assigned,
                values[o.id][ind.id] if items else None,
            )
            for o in opds
        )
        mine = cell(own.get(ind.id), True, consolidated[ind.id] if items else None)
        rows.append((str(ind.number), ind.name, *unit_cells, mine))
    return Table(header, tuple(rows))


def export_csv(
    workspace: Path, out_dir: Path, cancel: CancelToken | None = None
) -> Generator[Progress, None, CsvSummary]:
    """Write ``tingkat-indikator.csv`` and, for a coordinator, ``matriks-opd.csv`` into ``out_dir``.

    Each file is replaced atomically.

    Yields:
        Progress per file.

    Raises:
        ReportError: ``report.io`` when the folder or a file cannot be written.
    """
    cancel = cancel or CancelToken()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError("report.io", file=str(out_dir), detail=exc.strerror or str(exc)) from exc
    with WorkspaceStore.open(workspace) as store:
        tables = [(LEVELS_CSV, _levels_table(store))]
        if store.profile().role == "coordinator":
            tables.append((MATRIX_CSV, _matrix_table(store)))
    paths = [out_dir / name for name, _ in tables]
    try:
        # Renamed into place together after the last progress step: a cancel (the app's Cancel)
        # leaves none of this run's files, older ones intact.
        with ExitStack() as staged:
            for k, (name, table) in enumerate(tables):
                cancel.raise_if_cancelled()
                yield Progress(k, len(tables), "progress.csv", {"name": name})
                write_csv(staged.enter_context(atomic_path(paths[k])), table)
            yield Progress(len(tables), len(tables), "progress.csv", {"name": ""})
    except OSError as exc:
        raise ReportError("report.io", file=str(out_dir), detail=exc.strerror or str(exc)) from exc
    return CsvSummary(tuple(paths), sum(len(t.rows) for _, t in tables))
