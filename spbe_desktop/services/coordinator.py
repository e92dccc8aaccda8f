"""The coordinator's views of a round: dashboard, consolidation per indicator, search, history.

Built for a province-sized round (40 OPDs × 47 indicators × ~6 documents ≈ 11,000 documents):
each view is a handful of aggregate queries, never one query per cell. Every public function
takes the workspace path and opens its own store, so the GUI runs them as jobs on any thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from spbe_desktop.bundles.bag import BagReader
from spbe_desktop.core.index import IndexResult, Plan, compute_index, plan_to_target
from spbe_desktop.core.item_plan import ItemPlan
from spbe_desktop.core.items import uses_items
from spbe_desktop.core.models import (
    SELF_OPD,
    VERDICTS,
    Answer,
    AnswerStatus,
    AuditEntry,
    DocumentRecord,
    OpdRecord,
    Profile,
)
from spbe_desktop.core.packs import Pack
from spbe_desktop.core.text import clean_text
from spbe_desktop.errors import SpbeError, UsageError
from spbe_desktop.services.exchange.common import DOCUMENTS_JSON, MAX_BUNDLE_BYTES
from spbe_desktop.services.exchange.identity import register_opd
from spbe_desktop.services.workspace import (
    _actor_name,
    _default_target,
    _owns,
    _require_role,
    parse_target,
    plan_over_items,
    self_values,
)
from spbe_desktop.store.workspace_store import WorkspaceStore


@dataclass(frozen=True, slots=True)
class Cell:
    """One OPD × indicator cell of the dashboard matrix."""

    level: int | None
    status: str
    verdict: str | None
    documents: int


@dataclass(frozen=True, slots=True)
class OpdRow:
    opd: OpdRecord
    assigned: int
    answered: int
    documents: int
    last_bundle_at: str | None
    last_sequence: int | None
    age_days: int | None

    @property
    def completeness(self) -> float:
        return self.answered / self.assigned if self.assigned else 0.0


@dataclass(frozen=True, slots=True)
class Dashboard:
    pack: Pack
    opds: list[OpdRow]
    matrix: dict[tuple[int, str], Cell]  # (opd id, indicator id)
    indicator_completeness: dict[str, tuple[int, int]]  # indicator -> (answered, assigned OPDs)
    consolidated: dict[str, Answer]
    index: IndexResult
    target: Decimal
    pending_parts: int


def _default_assignments(store: WorkspaceStore) -> dict[str, list[str]]:
    """Indicator id -> OPD names: the coordinator's assignment, else matched default owners."""
    pack = store.pack()
    opds = store.opds()
    out: dict[str, list[str]] = {i.id: [] for i in pack.indicators}
    for opd in opds:
        if opd.assigned:
            for ind_id in opd.assigned:
                out.setdefault(ind_id, []).append(opd.name)
    for ind in pack.indicators:
        if not out[ind.id]:
            out[ind.id] = [o.name for o in opds if _owns(o.name, ind.default_owner)]
    return out


def dashboard(
    workspace: Path, target: Decimal | None = None, today: dt.date | None = None
) -> Dashboard:
    """Everything the dashboard shows, from a few aggregate queries."""
    with WorkspaceStore.open(workspace) as store:
        return _dashboard(store, target, today)


def _dashboard(
    store: WorkspaceStore, target: Decimal | None = None, today: dt.date | None = None
) -> Dashboard:
    pack = store.pack()
    today = today or dt.date.today()
    opds = store.opds()
    overview = store.round_overview()
    answers = overview.answers
    docs_by_cell = overview.documents_per_cell
    per_opd_docs = overview.documents_per_opd
    last = overview.last_bundle
    pending = overview.pending_bundles
    matrix: dict[tuple[int, str], Cell] = {}
    answered_by_opd: dict[int, int] = defaultdict(int)
    items_rule = uses_items(pack)

    def filled(cell: Cell | None) -> bool:
        """Answered: a claimed level (SPBE 2020), or evidence sent (items rule, where no level
        is claimed), or marked not applicable."""
        if cell is None:
            return False
        if cell.status == AnswerStatus.NA:
            return True
        return cell.documents > 0 if items_rule else cell.level is not None

    for opd_id, ind, level, status, verdict in answers:
        matrix[(opd_id, ind)] = Cell(level, status, verdict, docs_by_cell.get((opd_id, ind), 0))
    for (opd_id, ind), n in docs_by_cell.items():
        if (opd_id, ind) not in matrix:
            matrix[(opd_id, ind)] = Cell(None, AnswerStatus.EMPTY, None, n)
    all_ids = [i.id for i in pack.indicators]
    rows = []
    ind_done: dict[str, list[int]] = {i: [0, 0] for i in all_ids}
    for opd in opds:
        # No saved assignment: nothing is assigned yet (not "everything"), the same meaning the
        # register, the matrix, the kit and the report give it. An indicator counts an OPD
        # when it is assigned to it, or when the OPD answered it all the same.
        assigned = list(opd.assigned or ())
        for ind in all_ids:
            answered = filled(matrix.get((opd.id, ind)))
            answered_by_opd[opd.id] += int(answered)
            if ind in assigned or answered:
                ind_done[ind][1] += 1
                ind_done[ind][0] += int(answered)
        at, seq = last.get(opd.id, (None, None))
        age = None
        if at:
            age = (today - dt.date.fromisoformat(str(at)[:10])).days
        rows.append(
            OpdRow(
                opd,
                len(assigned),
                answered_by_opd.get(opd.id, 0),
                per_opd_docs.get(opd.id, 0),
                at,
                seq,
                age,
            )
        )
    consolidated = store.answers(SELF_OPD)
    if target is None:
        target = parse_target(store.profile().target or _default_target(pack))
    return Dashboard(
        pack,
        rows,
        matrix,
        {k: (v[0], v[1]) for k, v in ind_done.items()},
        consolidated,
        # Pemdi 2026: from the accepted items and national index scores; SPBE 2020: the
        # consolidated levels.
        compute_index(pack, self_values(store)),
        target,
        int(pending),
    )


#: The evaluation's stages in their order: self-assessment, document review, interview, site
#: visit, announcement. The coordinator sets the day each one ends (the stage calendar).
CALENDAR_STAGES = ("mandiri", "dokumen", "interviu", "visitasi", "pengumuman")
#: The settings key the stage calendar is kept under ({stage: ISO date}).
CALENDAR_KEY = "stage_calendar"


@dataclass(frozen=True, slots=True)
class StageDeadline:
    """The stage under way on a given day: the first whose end date has not passed."""

    stage: str
    ends: dt.date
    days_left: int  # 0: ends today


def _calendar(store: WorkspaceStore) -> dict[str, dt.date]:
    raw = store.setting(CALENDAR_KEY, {})
    out: dict[str, dt.date] = {}
    if isinstance(raw, dict):
        for stage in CALENDAR_STAGES:
            if stage in raw:
                with contextlib.suppress(TypeError, ValueError):
                    out[stage] = dt.date.fromisoformat(str(raw[stage]))
    return out


def stage_calendar(workspace: Path) -> dict[str, dt.date]:
    """Stage -> the day it ends, for the stages the coordinator has dated, in stage order."""
    with WorkspaceStore.open(workspace) as store:
        return _calendar(store)


def set_stage_calendar(
    workspace: Path, dates: Mapping[str, dt.date | str | None]
) -> dict[str, dt.date]:
    """Set (or, with None, clear) the end dates of the given stages; the others stay.

    Raises:
        UsageError: an unknown stage or a date that is not YYYY-MM-DD.
    """
    parsed: dict[str, dt.date | None] = {}
    for stage, value in dates.items():
        if stage not in CALENDAR_STAGES:
            raise UsageError("usage.calendar_stage", stage=stage)
        if value is None or isinstance(value, dt.date):
            parsed[stage] = value
            continue
        try:
            parsed[stage] = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise UsageError("usage.date", value=value) from None
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        old = {k: v.isoformat() for k, v in _calendar(store).items()}
        new = dict(old)
        for stage, day in parsed.items():
            if day is None:
                new.pop(stage, None)
            else:
                new[stage] = day.isoformat()
        new = {k: new[k] for k in CALENDAR_STAGES if k in new}
        if new != old:
            with store.transaction():
                store.set_setting(CALENDAR_KEY, new)
                store.audit(_actor_name(store), "calendar.set", "calendar", old, new)
        return _calendar(store)


def current_stage(calendar: Mapping[str, dt.date], today: dt.date) -> StageDeadline | None:
    """The first dated stage that has not ended before ``today``; None when all have."""
    for stage in CALENDAR_STAGES:
        ends = calendar.get(stage)
        if ends is not None and ends >= today:
            return StageDeadline(stage, ends, (ends - today).days)
    return None


@dataclass(frozen=True, slots=True)
class Overview:
    """What the dashboard and the set-up tab show, read in one go."""

    dashboard: Dashboard
    assignments: dict[str, list[str]]  # indicator id -> OPD names (saved or default owners)
    profile: Profile
    #: stage -> the day it ends (the stage calendar; empty until the coordinator sets it)
    calendar: dict[str, dt.date] = field(default_factory=dict)


def overview(workspace: Path, target: Decimal | None = None) -> Overview:
    """The dashboard, each indicator's OPDs (saved or default owners), the profile and the
    stage calendar."""
    with WorkspaceStore.open(workspace) as store:
        return Overview(
            _dashboard(store, target),
            _default_assignments(store),
            store.profile(),
            _calendar(store),
        )


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """A document in the consolidation view: shown once per content, with who sent it."""

    document: DocumentRecord
    senders: tuple[str, ...]  # OPD names that sent the same bytes
    near_identical: tuple[str, ...] = ()  # titles of other documents with the same text


@dataclass(frozen=True, slots=True)
class Claim:
    opd: OpdRecord
    answer: Answer | None


@dataclass(frozen=True, slots=True)
class Consolidation:
    indicator_id: str
    claims: list[Claim]
    evidence: list[EvidenceItem]
    decided: Answer | None
    suggested_level: int | None = None
    notes: list[str] = field(default_factory=list)


def consolidation(workspace: Path, indicator: str) -> Consolidation:
    """Every OPD's claim and evidence for one indicator, duplicates shown once and marked."""
    with WorkspaceStore.open(workspace) as store:
        return _consolidation(store, indicator)


def _consolidation(store: WorkspaceStore, indicator: str) -> Consolidation:
    pack = store.pack()
    ind = pack.indicator(indicator)
    opds = {o.id: o for o in store.opds()}
    answers = store.answers_for_indicator(ind.id)
    digests = store.text_digests_for_indicator(ind.id)
    docs = [d for d in store.documents_for(ind.id, opd_id=None) if d.opd_id != SELF_OPD]
    by_sha: dict[str, list[DocumentRecord]] = defaultdict(list)
    for d in docs:
        by_sha[d.sha256].append(d)
    by_text: dict[str, list[DocumentRecord]] = defaultdict(list)
    for sha, group in by_sha.items():
        digest = digests.get(sha)
        if digest:
            by_text[digest].append(group[0])
    evidence = []
    for sha, group in by_sha.items():
        digest = digests.get(sha)
        twins = (
            [x.title for x in by_text.get(digest or "", []) if x.sha256 != sha] if digest else []
        )
        evidence.append(
            EvidenceItem(
                group[0],
                tuple(sorted({opds[d.opd_id].name for d in group if d.opd_id in opds})),
                tuple(twins),
            )
        )
    claims = [
        Claim(o, answers.get(o.id))
        for o in opds.values()
        if o.id in answers or (o.assigned and ind.id in o.assigned)
    ]
    claims.sort(key=lambda c: c.opd.name)
    levels = [c.answer.level for c in claims if c.answer and c.answer.level]
    suggested = min(levels) if levels else None
    return Consolidation(ind.id, claims, evidence, store.answers(SELF_OPD).get(ind.id), suggested)


def decide(workspace: Path, indicator: str, level: int | None, note: str) -> Answer:
    """The coordinator's consolidated level and note for the instansi."""
    with WorkspaceStore.open(workspace) as store:
        ind = store.pack().indicator(indicator)
        return store.set_answer(
            ind.id,
            _actor_name(store),
            level=level,
            justification=note,
            status=AnswerStatus.READY if level else AnswerStatus.DRAFT,
        )


def set_verdict(
    workspace: Path, opd_name: str, indicator: str, verdict: str | None, comment: str
) -> None:
    """Verdict for one OPD's claim; it goes into that OPD's next receipt."""
    with WorkspaceStore.open(workspace) as store:
        opd = store.opd_by_name(opd_name)
        if opd is None:
            raise UsageError("exchange.unknown_opd", name=opd_name)
        if verdict is not None and verdict not in VERDICTS:
            raise UsageError("usage.verdict", verdict=verdict)
        store.set_verdict(
            opd.id, store.pack().indicator(indicator).id, verdict, comment, _actor_name(store)
        )


def save_assignments(workspace: Path, plan: Mapping[str, tuple[str, list[str]]]) -> int:
    """Write each OPD's indicators: ``plan`` is name -> (contact, indicator ids)."""
    for name, (contact, indicators) in plan.items():
        register_opd(workspace, name, contact, indicators)
    return len(plan)


@dataclass(frozen=True, slots=True)
class WhatIf:
    """The way to the target: one-level raises (SPBE 2020), or items to have accepted and
    national index scores to raise (Pemdi 2026: ``item_plan``; ``plan`` then has no steps)."""

    plan: Plan
    owners: dict[str, str]
    item_plan: ItemPlan | None = None


def what_if(
    workspace: Path,
    target: Decimal | str | None = None,
    *,
    locked: Sequence[str] = (),
    impossible: Sequence[str] = (),
    costs: Mapping[str, Decimal] | None = None,
) -> WhatIf:
    """The cheapest path from the consolidated levels to the target, with the owner of each step.

    ``locked`` indicators keep their level; ``impossible`` ones cannot be raised this year (both
    are simply excluded from the raises; they are separate so the UI can say why).
    """
    with WorkspaceStore.open(workspace) as store:
        return _what_if(store, target, locked=locked, impossible=impossible, costs=costs)


def _what_if(
    store: WorkspaceStore,
    target: Decimal | str | None,
    *,
    locked: Sequence[str],
    impossible: Sequence[str],
    costs: Mapping[str, Decimal] | None,
) -> WhatIf:
    pack = store.pack()
    levels = store.levels(SELF_OPD)
    assignments = _default_assignments(store)
    owners = {
        i.id: (", ".join(assignments.get(i.id) or []) or i.default_owner) for i in pack.indicators
    }
    tgt = (
        parse_target(target)
        if target is not None
        else parse_target(store.profile().target or _default_target(pack))
    )
    excluded = frozenset(pack.indicator(i).id for i in [*locked, *impossible])
    if uses_items(pack):
        values = self_values(store)
        item_plan = plan_over_items(store, values, tgt, costs=costs, locked=excluded, owners=owners)
        start = compute_index(pack, values).index
        return WhatIf(Plan(start, tgt, (), item_plan.reached, Decimal(0)), owners, item_plan)
    plan = plan_to_target(pack, levels, tgt, locked=excluded, costs=costs, owners=owners)
    return WhatIf(plan, owners)


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A search: the words, and the filters (None: any OPD, indicator, kind or date)."""

    text: str
    opd: str | None = None
    indicator: str | None = None
    kind: str | None = None
    issued_from: str | None = None
    issued_to: str | None = None


def search_evidence(
    workspace: Path, query: SearchQuery, *, limit: int = 200
) -> list[DocumentRecord]:
    """Full-text search across every OPD's evidence, with filters."""
    with WorkspaceStore.open(workspace) as store:
        opd_id = None
        if query.opd:
            rec = store.opd_by_name(query.opd)
            opd_id = rec.id if rec else -1
        ind = store.pack().indicator(query.indicator).id if query.indicator else None
        found = store.search(
            query.text, opd_id=opd_id, indicator_id=ind, kind=query.kind, limit=limit
        )
    if query.issued_from or query.issued_to:
        lo, hi = query.issued_from or "0000", query.issued_to or "9999"
        found = [d for d in found if d.issued and lo <= d.issued <= hi]
    return found


def history(
    workspace: Path, *, action: str = "", entity: str = "", limit: int = 2000
) -> list[AuditEntry]:
    """The audit log, newest first, filtered by action and entity prefixes."""
    with WorkspaceStore.open(workspace) as store:
        return store.audit_entries(action_prefix=action, entity_prefix=entity, limit=limit)


def document_titles(workspace: Path, bundles: Sequence[Path]) -> dict[str, str]:
    """SHA-256 -> title of the documents the workspace holds and the given bundles list, so
    an import's message names "Masterplan TIK" instead of ``data/documents/<hash>.pdf``.

    Best effort: a bundle that cannot be read (the refused ones among them) adds nothing.
    """
    titles: dict[str, str] = {}
    for path in bundles:
        with contextlib.suppress(SpbeError, OSError, KeyError, TypeError, ValueError):
            with BagReader(path, max_total_bytes=MAX_BUNDLE_BYTES) as reader:
                if DOCUMENTS_JSON not in reader.payload_names():
                    continue
                listed = reader.read_json(DOCUMENTS_JSON)["documents"]
            for doc in listed if isinstance(listed, list) else ():
                if isinstance(doc, dict) and isinstance(doc.get("sha256"), str):
                    name = clean_text(doc.get("title") or doc.get("file_name") or "")[:200]
                    if name:
                        titles[doc["sha256"]] = name
    with WorkspaceStore.open(workspace) as store:
        for d in store.documents(None):
            titles.setdefault(d.sha256, d.title or d.file_name)
    return titles


def summary_json(d: Dashboard) -> dict[str, Any]:
    return {
        "index": float(d.index.display),
        "predicate": d.index.predicate,
        "target": float(d.target),
        "gap": max(0.0, float(d.target - d.index.index)),
        "opds": [
            {
                "name": r.opd.name,
                "assigned": r.assigned,
                "answered": r.answered,
                "documents": r.documents,
                "last_bundle_at": r.last_bundle_at,
                "age_days": r.age_days,
            }
            for r in d.opds
        ],
    }
