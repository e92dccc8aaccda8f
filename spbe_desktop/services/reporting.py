"""Reports from a workspace: the DOCX assessment report and the CSV tables.

Builds the report models from a :class:`WorkspaceStore` and runs the pure renderers in
``spbe_desktop.reports`` (compiled evidence: :mod:`.compiled_evidence`). Each long operation is
a generator that yields :class:`Progress`, takes a :class:`CancelToken` and opens its own store,
so it can run on a worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from spbe_desktop.core.index import compute_index, merge_runs, predicate_for
from spbe_desktop.core.items import uses_items
from spbe_desktop.core.labels import item_verdict_label
from spbe_desktop.core.models import SELF_OPD, Answer, AnswerStatus, DocumentRecord
from spbe_desktop.core.packs import Indicator, Pack
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import StoreError
from spbe_desktop.fileio import atomic_path, private_temp_dir, remove_stale_temp_dirs
from spbe_desktop.reports import (
    Chapter,
    CompletenessRow,
    EvidenceRow,
    GroupRow,
    IndicatorSection,
    OpdAnswerRow,
    PlanRow,
    ReportError,
    ReportModel,
    render_docx,
)
from spbe_desktop.reports.fmt import date_id, decimal_id
from spbe_desktop.reports.model import AspectResult, ItemLine, ItemPlanRow
from spbe_desktop.services.items import ItemRow, _item_rows
from spbe_desktop.services.workspace import IndexReport, _index_report, _owners, self_values
from spbe_desktop.store.workspace_store import WorkspaceStore

#: Private folders beside the report where an older version's workspace is read from a copy.
TEMP_PREFIX = ".spbe-report-"


# --------------------------------------------------------------------------- the report model


def document_refs(documents: list[DocumentRecord]) -> dict[int, int]:
    """Document id -> its running number ("D<n>") in the report appendix and the covers."""
    return {d.id: k for k, d in enumerate(sorted(documents, key=lambda d: d.id), 1)}


def _answered(answer: Answer | None) -> bool:
    return answer is not None and (answer.level is not None or answer.status == AnswerStatus.NA)


def recorded_level(answer: Answer | None) -> int | None:
    """The level an answer records, or None when there is none or it is "not applicable"."""
    return answer.level if answer is not None and answer.status != AnswerStatus.NA else None


def document_facts(d: DocumentRecord, ref: int) -> dict[str, Any]:
    """The :class:`~spbe_desktop.reports.DocumentFacts` of a stored document, as keyword
    arguments for the report rows and compile sources that extend it."""
    return {
        "ref": ref,
        "title": d.title,
        "kind": d.kind,
        "number": d.number,
        "issued": d.issued,
        "file_name": d.file_name,
        "sha256": d.sha256,
        "size": d.size,
        "mime": d.mime,
    }


def _evidence_row(
    d: DocumentRecord, ref: int, source: str, pack: Pack, indicator_id: str | None = None
) -> EvidenceRow:
    imap = pack.indicator_map
    return EvidenceRow(
        **document_facts(d, ref),
        page_count=d.page_count,
        source=source,
        level=next((lvl for ind, lvl in d.links if ind == indicator_id), None),
        indicators=tuple(sorted({imap[i].number for i, _ in d.links if i in imap})),
    )


def build_report_model(
    workspace: Path, *, today: dt.date | None = None, previous: str = ""
) -> ReportModel:
    """Collect everything the assessment report shows from a workspace.

    Args:
        workspace: the workspace file (OPD or coordinator).
        today: the report date (default: today).
        previous: the previous period's result line (:func:`previous_result`), or "".

    Returns:
        The report model: index and plan, one section per indicator with its evidence (and,
        for a coordinator, every OPD's answer and verdict), completeness and the documents.
    """
    with WorkspaceStore.open(workspace) as store:
        return replace(_build_report_model(store, today=today), previous=previous)


def previous_result(previous: Path, scratch_parent: Path) -> str:
    """The previous period's result as the report prints it: "Indeks SPBE 2024: 2,47 Cukup".

    The old workspace is only read, never changed (an older version's file is read from a
    migrated copy in a private folder under ``scratch_parent``).

    Raises:
        StoreError: the old workspace does not exist or cannot be read.
    """
    if not previous.exists():
        raise StoreError("store.not_found", file=previous.name)
    scratch_parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_dirs(scratch_parent, TEMP_PREFIX)
    with (
        private_temp_dir(scratch_parent, TEMP_PREFIX) as scratch,
        WorkspaceStore.read_only(previous, scratch) as store,
    ):
        pack = store.pack()
        period = store.profile().period
        result = compute_index(pack, self_values(store))
    return f"{pack.index_name} {period}: {decimal_id(result.display)} {result.predicate}"


def _build_report_model(store: WorkspaceStore, *, today: dt.date | None) -> ReportModel:
    pack = store.pack()
    prof = store.profile()
    coordinator = prof.role == "coordinator"
    report = _index_report(store)
    result = report.result
    answers = store.answers()
    documents = store.documents(None if coordinator else SELF_OPD)
    refs = document_refs(documents)
    opds = store.opds() if coordinator else []
    names = {SELF_OPD: prof.unit or prof.instansi} | {o.id: o.name for o in opds}
    owners = _owners(store, pack)
    by_indicator: dict[str, list[DocumentRecord]] = {}
    for d in documents:
        for ind_id, _ in d.links:
            by_indicator.setdefault(ind_id, []).append(d)
    opd_answers = {o.id: store.answers(o.id) for o in opds}
    items_rule = uses_items(pack)
    # The assessors' value per indicator only where they recorded one (the index fills the rest
    # with the self value).
    judged = {r.indicator_id for r in store.assessor_results()} if items_rule else set()

    def item_lines(ind: Indicator) -> tuple[ItemLine, ...]:
        if not items_rule:
            return ()
        return tuple(_item_line(r, refs) for r in _item_rows(store, ind.id, None))

    def section(ind: Indicator) -> IndicatorSection:
        a = answers.get(ind.id)
        level = recorded_level(a)
        spec = ind.level(level) if level is not None else None
        rows = []
        for o in opds:
            oa = opd_answers[o.id].get(ind.id)
            if oa is None and (o.assigned is None or ind.id not in o.assigned):
                continue
            rows.append(
                OpdAnswerRow(
                    opd=o.name,
                    level=oa.level if oa is not None else None,
                    level_name=ind.level(oa.level).name if oa is not None and oa.level else "",
                    status=oa.status if oa is not None else AnswerStatus.EMPTY,
                    verdict=oa.verdict if oa is not None else None,
                    comment=oa.verdict_comment if oa is not None else "",
                )
            )
        return IndicatorSection(
            number=ind.number,
            id=ind.id,
            name=ind.name,
            weight=ind.weight,
            level=level,
            level_name=spec.name if spec else "",
            criteria=spec.criteria if spec else "",
            status=a.status if a is not None else AnswerStatus.EMPTY,
            justification=a.justification if a is not None else "",
            owner=owners.get(ind.id, ""),
            verdict=a.verdict if a is not None else None,
            verdict_comment=a.verdict_comment if a is not None else "",
            evidence=tuple(
                _evidence_row(d, refs[d.id], names.get(d.opd_id, str(d.opd_id)), pack, ind.id)
                for d in by_indicator.get(ind.id, [])
            ),
            opd_answers=tuple(rows),
            value=report.values.get(ind.id) if items_rule else None,
            assessor_value=report.assessor_values.get(ind.id) if ind.id in judged else None,
            items=item_lines(ind),
        )

    imap = pack.indicator_map
    aspect_index = {g.id: g.index for g in result.aspects}
    domain_index = {g.id: g.index for g in result.domains}
    chapters: list[Chapter] = []
    if pack.top_level == "domain":
        amap = {a.id: a for a in pack.aspects}
        for dom in pack.domains:
            children = tuple(
                Chapter(
                    "aspect",
                    amap[a].number,
                    amap[a].name,
                    amap[a].weight,
                    aspect_index[a],
                    indicators=tuple(section(imap[i]) for i in amap[a].indicator_ids),
                )
                for a in dom.aspect_ids
            )
            chapters.append(
                Chapter(
                    "domain",
                    dom.number,
                    dom.name,
                    dom.weight,
                    domain_index[dom.id],
                    children=children,
                )
            )
    else:
        for asp in pack.aspects:
            chapters.append(
                Chapter(
                    "aspect",
                    asp.number,
                    asp.name,
                    asp.weight,
                    aspect_index[asp.id],
                    indicators=tuple(section(imap[i]) for i in asp.indicator_ids),
                )
            )

    domain_names = {d.id: d.name for d in pack.domains}
    aspect_domain = {a.id: domain_names.get(a.domain_id or "", "") for a in pack.aspects}
    return ReportModel(
        role=prof.role,
        instansi=prof.instansi,
        unit=prof.unit,
        officer=prof.officer,
        period=prof.period,
        generated=today or dt.date.today(),
        pack_id=pack.id,
        pack_title=pack.title,
        pack_version=pack.version,
        pack_hash=pack.content_hash,
        provisional=pack.provisional,
        provenance=pack.provenance,
        index_name=pack.index_name,
        index=result.display,
        predicate=result.predicate,
        target=report.target,
        target_predicate=predicate_for(pack, report.target),
        group_kind=pack.top_level,
        groups=tuple(GroupRow(g.number, g.name, g.weight, g.index) for g in result.groups),
        aspects=tuple(
            GroupRow(a.number, a.name, a.weight, a.index, aspect_domain[a.id])
            for a in result.aspects
        )
        if pack.top_level == "domain"
        else (),
        plan=tuple(
            PlanRow(s.number, s.name, s.from_level, s.to_level, s.gain, s.index_after, s.owner)
            for s in merge_runs(report.plan.steps)
        ),
        plan_reached=report.plan.reached,
        chapters=tuple(chapters),
        completeness=tuple(_completeness(store, pack, coordinator)),
        documents=tuple(
            _evidence_row(d, refs[d.id], names.get(d.opd_id, str(d.opd_id)), pack)
            for d in sorted(documents, key=lambda d: d.id)
        ),
        unanswered=sum(1 for i in pack.indicators if not _answered(answers.get(i.id))),
        indicator_count=len(pack.indicators),
        **(_items_parts(report) if items_rule else {}),
    )


def _item_line(row: ItemRow, refs: dict[int, int]) -> ItemLine:
    """An item as the report lists it: status, documents (appendix numbers), note, verdict."""
    judged = [s for s in row.states if s.verdict]
    own = [s for s in judged if s.opd_id == SELF_OPD]
    verdict = (own or judged)[0] if judged else None
    words = item_verdict_label(verdict.verdict) if verdict is not None else ""
    if verdict is not None and verdict.verdict_note.strip():
        words += f": {verdict.verdict_note.strip()}"
    return ItemLine(
        code=row.item.code,
        level=row.item.level,
        name=row.item.name,
        required=row.item.required,
        status=str(row.status),
        documents=tuple(f"D{refs[d.id]}" for d in row.documents if d.id in refs),
        note=row.note,
        verdict=words,
    )


def _items_parts(report: IndexReport) -> dict[str, Any]:
    """The items-rule parts of the report model: mandiri vs asesor per aspect, the item plan."""
    asesor = {g.id: g.index for g in report.assessor.aspects} if report.assessor else {}
    steps = report.item_plan.steps if report.item_plan is not None else ()
    return {
        "items_rule": True,
        "results": tuple(
            AspectResult(a.number, a.name, a.weight, a.index, asesor.get(a.id))
            for a in report.result.aspects
        ),
        "assessor_index": report.assessor.display if report.assessor else None,
        "assessor_predicate": report.assessor.predicate if report.assessor else "",
        "item_plan": tuple(
            ItemPlanRow(
                s.number,
                s.name,
                f"{s.item_code} {s.item_name}"
                if s.item_code
                else f"Skor indeks nasional {decimal_id(s.score or 0)}",
                s.value_after,
                s.gain,
                s.index_after,
                s.owner,
            )
            for s in steps
        ),
    }


def _completeness(store: WorkspaceStore, pack: Pack, coordinator: bool) -> list[CompletenessRow]:
    rows: list[CompletenessRow] = []
    if coordinator:
        for o in store.opds():
            assigned = o.assigned or ()  # no saved assignment: none yet (as on the dashboard)
            answers = store.answers(o.id)
            ledger = store.ledger(o.id)
            last = max(ledger, key=lambda e: e.sequence) if ledger else None
            kind = "delta" if last is not None and last.kind == "delta" else "lengkap"
            rows.append(
                CompletenessRow(
                    name=o.name,
                    answered=sum(1 for i in assigned if _answered(answers.get(i))),
                    assigned=len(assigned),
                    documents=len(store.documents(o.id)),
                    last_bundle=f"No. {last.sequence} ({kind}), {date_id(last.at)}"
                    if last
                    else "-",
                )
            )
        return rows
    prof = store.profile()
    # An OPD's own workspace without an assignment answers for the whole pack.
    assigned = prof.assigned or tuple(i.id for i in pack.indicators)
    answers = store.answers()
    exports = store.audit_entries(action_prefix="bundle.export", limit=1)
    last_export = "-"
    if exports:
        sequence = exports[0].new.get("sequence") if isinstance(exports[0].new, dict) else None
        last_export = (f"No. {sequence}, " if sequence else "") + date_id(exports[0].at)
    rows.append(
        CompletenessRow(
            name=prof.unit or prof.instansi,
            answered=sum(1 for i in assigned if _answered(answers.get(i))),
            assigned=len(assigned),
            documents=len(store.documents()),
            last_bundle=last_export,
        )
    )
    return rows


# --------------------------------------------------------------------------- the DOCX report


@dataclass(frozen=True, slots=True)
class ReportSummary:
    path: Path
    index: Decimal
    predicate: str
    indicators: int
    documents: int
    provisional: bool


def write_report(
    workspace: Path,
    out: Path,
    cancel: CancelToken | None = None,
    *,
    today: dt.date | None = None,
    previous: Path | None = None,
) -> Generator[Progress, None, ReportSummary]:
    """Write the assessment report of ``workspace`` to ``out`` (a ``.docx``), atomically.

    ``previous``, the previous period's workspace, puts its result beside today's; it is only
    read.

    Yields:
        Progress in steps: collecting, writing, done.

    Raises:
        ReportError: ``report.io`` (cannot write), ``report.same_as_workspace``.
        StoreError: the workspace cannot be opened.
        CancelledError: on cancel; no file is left behind.
    """
    cancel = cancel or CancelToken()
    if out.exists() and out.resolve() == workspace.resolve():
        raise ReportError("report.same_as_workspace", file=out.name)
    yield Progress(0, 2, "progress.report_collecting")
    before = previous_result(previous, out.absolute().parent) if previous is not None else ""
    cancel.raise_if_cancelled()
    model = build_report_model(workspace, today=today, previous=before)
    cancel.raise_if_cancelled()
    yield Progress(1, 2, "progress.report_writing", {"name": out.name})
    try:
        # Written under a temporary name, renamed only after the last progress step: a cancel
        # there (the GUI's Cancel) leaves the folder as it was, an older report intact.
        with atomic_path(out) as tmp:
            render_docx(model, tmp)
            yield Progress(2, 2, "progress.report_writing", {"name": out.name})
    except OSError as exc:
        raise ReportError("report.io", file=out.name, detail=exc.strerror or str(exc)) from exc
    return ReportSummary(
        out,
        model.index,
        model.predicate,
        len(model.indicators()),
        len(model.documents),
        model.provisional,
    )
