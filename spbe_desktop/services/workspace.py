"""Creating and reading workspaces: init, status, indicators, assess, index and plan.

A window's hold on the workspace it shows (:func:`hold_workspace`, a lock file beside it) is
taken through here too, so the GUI needs nothing from the store.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from spbe_desktop.core.agencies import same_agency
from spbe_desktop.core.index import (
    IndexResult,
    Plan,
    compute_index,
    next_predicate,
    plan_to_target,
)
from spbe_desktop.core.item_plan import ItemPlan, plan_items
from spbe_desktop.core.items import (
    accepted_codes,
    assessor_values,
    indicator_values,
    uses_items,
)
from spbe_desktop.core.models import (
    ANSWER_STATUSES,
    SELF_OPD,
    Answer,
    AnswerStatus,
    DocumentRecord,
    Profile,
)
from spbe_desktop.core.packs import (
    SHIPPED_PACKS,
    Pack,
    load_pack_file,
    pack_to_bytes,
    shipped_pack_path,
)
from spbe_desktop.core.text import clean_text
from spbe_desktop.errors import StoreError, UsageError
from spbe_desktop.store.lock import WorkspaceHold as WorkspaceHold
from spbe_desktop.store.lock import hold_workspace as hold_workspace
from spbe_desktop.store.workspace_store import NewProfile, WorkspaceStore

DEFAULT_TARGET = {"spbe-2020": "2.6", "pemdi-2026": "2.5"}


def _actor_name(store: WorkspaceStore | None = None) -> str:
    """Who is acting: the workspace's officer, else the OS user."""
    if store is not None:
        officer = store.profile().officer
        if officer:
            return officer
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "pengguna")


def resolve_pack_json(framework: str) -> bytes:
    """Pack JSON from a shipped pack id or a path to a (corrected) pack file."""
    if framework in SHIPPED_PACKS:
        pack = load_pack_file(shipped_pack_path(framework))
    else:
        pack = load_pack_file(Path(framework))
    return pack_to_bytes(pack)


def init_workspace(
    path: Path,
    *,
    role: str,
    instansi: str,
    unit: str = "",
    officer: str = "",
    framework: str = "pemdi-2026",
    period: str = "2026",
    passphrase: str | None = None,
    pack_json: bytes | None = None,
    coordinator_key: str | None = None,
    assigned: tuple[str, ...] | None = None,
) -> Profile:
    """Create a workspace with a fresh Ed25519 identity.

    Raises:
        UsageError: a role or name is not acceptable.
        StoreError: the file exists or cannot be written.
        PackError: the pack is broken.
    """
    if role not in ("opd", "coordinator"):
        raise UsageError("usage.role", role=role)
    if not instansi.strip():
        raise UsageError("usage.empty_field", field="instansi")
    if role == "opd" and not unit.strip():
        raise UsageError("usage.empty_field", field="unit")
    data = pack_json if pack_json is not None else resolve_pack_json(framework)
    from spbe_desktop.bundles.keys import generate_identity  # cryptography: only when needed

    identity = generate_identity()
    public = identity.public
    pack_id = framework if framework in DEFAULT_TARGET else ""
    new = NewProfile(
        role=role,
        instansi=instansi.strip(),
        unit=unit.strip() or ("Diskominfo" if role == "coordinator" else ""),
        officer=officer.strip(),
        period=str(period),
        key_id=public.key_id_hex(),
        public_key=public.minisign_line(),
        secret_key=identity.to_pem(passphrase),
        key_protected=passphrase is not None,
        coordinator_key=coordinator_key,
        assigned=assigned,
        target=DEFAULT_TARGET.get(pack_id, ""),
    )
    store = WorkspaceStore.create(path, new, data, actor=officer or _actor_name())
    try:
        if not new.target:
            pack = store.pack()
            store.update_profile(_actor_name(store), target=str(_default_target(pack)))
        return store.profile()
    finally:
        store.close()


def _default_target(pack: Pack) -> Decimal:
    """The threshold of "Baik" (the usual target), else the middle band."""
    for band in pack.predicates:
        if band.name.lower() == "baik":
            return band.minimum
    return pack.predicates[len(pack.predicates) // 2].minimum


def open_workspace(path: Path) -> WorkspaceStore:
    """A store for quick reads on the calling thread (the GUI's); never hand it to another.

    Every use case below opens its own store from the workspace path instead.
    """
    return WorkspaceStore.open(path)


def coordinator_fingerprint(profile: Profile) -> str | None:
    """The fingerprint of the coordinator key an OPD workspace pinned from its kit, in six
    groups of five digits to read over the phone (None without a pinned coordinator)."""
    if not profile.coordinator_key:
        return None
    from spbe_desktop.bundles.keys import PublicIdentity  # cryptography: only when needed

    return PublicIdentity.from_minisign(profile.coordinator_key).fingerprint()


def _require_role(store: WorkspaceStore, role: str) -> None:
    actual = store.profile().role
    if actual != role:
        raise StoreError("store.wrong_role", file=store.path.name, expected=role, actual=actual)


def parse_level(value: Any) -> int:
    try:
        level = int(str(value))
    except ValueError:
        raise UsageError("usage.level", level=value) from None
    if not 1 <= level <= 5 or str(level) != str(value).strip():
        raise UsageError("usage.level", level=value)
    return level


def parse_target(value: Any) -> Decimal:
    try:
        target = Decimal(str(value).replace(",", "."))
    except ArithmeticError:
        raise UsageError("usage.target", target=value) from None
    if not target.is_finite() or not Decimal(1) <= target <= Decimal(5):
        raise UsageError("usage.target", target=value)
    return target


def assess(
    workspace: Path,
    indicator: str,
    *,
    level: int | None = None,
    note: str | None = None,
    status: str | None = None,
    opd_id: int = SELF_OPD,
    clear_level: bool = False,
) -> Answer:
    """Record a claimed (OPD) or consolidated (coordinator) level and/or justification.

    ``level=None`` leaves the level as it is; ``clear_level=True`` removes it.
    """
    with WorkspaceStore.open(workspace) as store:
        return _assess(
            store,
            indicator,
            level=level,
            note=note,
            status=status,
            opd_id=opd_id,
            clear_level=clear_level,
        )


def _assess(
    store: WorkspaceStore,
    indicator: str,
    *,
    level: int | None = None,
    note: str | None = None,
    status: str | None = None,
    opd_id: int = SELF_OPD,
    clear_level: bool = False,
) -> Answer:
    ind = store.pack().indicator(indicator)
    if status is not None and status not in ANSWER_STATUSES:
        raise UsageError("usage.status", status=status)
    kwargs: dict[str, Any] = {}
    if clear_level:
        kwargs["level"] = None
    elif level is not None:
        kwargs["level"] = parse_level(level)
    if note is not None:
        kwargs["justification"] = clean_text(note, multiline=True)
    if status is not None:
        kwargs["status"] = status
    return store.set_answer(ind.id, _actor_name(store), opd_id=opd_id, **kwargs)


@dataclass(frozen=True, slots=True)
class IndexReport:
    """The index of a workspace, the assessors' beside it, and the way to the target.

    ``plan`` raises whole levels (the level rule, SPBE 2020); under the items rule (Pemdi 2026)
    it has no steps and ``item_plan`` names the items to have accepted instead.
    """

    result: IndexResult
    plan: Plan
    target: Decimal
    pack: Pack
    values: dict[str, Decimal] = field(default_factory=dict)  # indicator id -> self value
    assessor: IndexResult | None = None  # None until an assessor result is recorded
    assessor_values: dict[str, Decimal] = field(default_factory=dict)
    item_plan: ItemPlan | None = None


def self_values(store: WorkspaceStore) -> dict[str, Decimal]:
    """Every indicator's self-assessment (mandiri) value in this workspace.

    Items rule: from the items accepted for any unit (the instansi has an item once one of its
    units has it), with gating; level rule: the claimed level; external indicators: the
    recorded national index score.
    """
    pack = store.pack()
    answers = store.answers()
    return indicator_values(
        pack,
        accepted=accepted_codes(store.item_states()),
        levels={k: a.level for k, a in answers.items()},
        external=store.external_scores(),
        not_applicable=frozenset(k for k, a in answers.items() if a.status == AnswerStatus.NA),
    )


def index_now(workspace: Path) -> tuple[Pack, IndexResult]:
    """The framework and the index as recorded now, without a plan (the plan is the slow part
    of :func:`index_report`; ``spbe assess`` only says the new index)."""
    with WorkspaceStore.open(workspace) as store:
        pack = store.pack()
        return pack, compute_index(pack, self_values(store))


def index_report(
    workspace: Path,
    target: Decimal | None = None,
    *,
    locked: frozenset[str] = frozenset(),
    costs: Mapping[str, Decimal] | None = None,
) -> IndexReport:
    """The workspace's index, predicate, group indices and the plan to ``target``.

    In an OPD workspace with an assignment, the plan only raises the OPD's own indicators: an
    officer cannot act on the others (they stay in the index at the level recorded here).
    """
    with WorkspaceStore.open(workspace) as store:
        return _index_report(store, target, locked=locked, costs=costs)


def _index_report(
    store: WorkspaceStore,
    target: Decimal | None = None,
    *,
    locked: frozenset[str] = frozenset(),
    costs: Mapping[str, Decimal] | None = None,
) -> IndexReport:
    pack = store.pack()
    profile = store.profile()
    if target is None:
        target = parse_target(profile.target or _default_target(pack))
    if profile.role == "opd" and profile.assigned:
        own = set(profile.assigned)
        locked = locked | {i.id for i in pack.indicators if i.id not in own}
    owners = _owners(store, pack)
    values = self_values(store)
    result = compute_index(pack, values)
    results = store.assessor_results()
    judged = assessor_values(values, results)
    assessor = compute_index(pack, judged) if results else None
    if not uses_items(pack):
        levels = store.levels()
        # Never a raise of an indicator the user marked not applicable (as under the items rule).
        na = frozenset(k for k, a in store.answers().items() if a.status == AnswerStatus.NA)
        plan = plan_to_target(pack, levels, target, locked=locked | na, costs=costs, owners=owners)
        return IndexReport(result, plan, target, pack, values, assessor, judged)
    item_plan = plan_over_items(store, values, target, costs=costs, locked=locked, owners=owners)
    empty = Plan(result.index, target, (), item_plan.reached, Decimal(0))
    return IndexReport(result, empty, target, pack, values, assessor, judged, item_plan)


def plan_over_items(
    store: WorkspaceStore,
    values: Mapping[str, Decimal],
    target: Decimal,
    *,
    costs: Mapping[str, Decimal] | None,
    locked: frozenset[str],
    owners: Mapping[str, str],
) -> ItemPlan:
    """The item plan from what the workspace recorded: accepted items, national index scores,
    and indicators marked not applicable (never planned, like ``locked`` ones)."""
    not_applicable = {k for k, a in store.answers().items() if a.status == AnswerStatus.NA}
    return plan_items(
        store.pack(),
        values,
        target,
        accepted=accepted_codes(store.item_states()),
        scores={k: e.score for k, e in store.external_scores().items()},
        costs=costs,
        locked=frozenset(locked | not_applicable),
        owners=owners,
    )


def _owners(store: WorkspaceStore, pack: Pack) -> dict[str, str]:
    """Which OPD owns each indicator: the coordinator's assignment, else the registered OPD
    whose name matches the pack's default owner ("Bappeda" ~ "Badan Perencanaan …"), else
    the pack's default owner as written."""
    registered = [o for o in store.opds() if o.id != SELF_OPD]
    owners = {}
    for ind in pack.indicators:
        match = next((o.name for o in registered if _owns(o.name, ind.default_owner)), None)
        owners[ind.id] = match or ind.default_owner
    for opd in registered:
        for ind_id in opd.assigned or ():
            owners[ind_id] = opd.name
    return owners


def _owns(unit: str, owner: str) -> bool:
    """Does an OPD name match a pack's default owner ("Bappeda" ~ "Badan Perencanaan …")?"""
    return same_agency(unit, owner)


def index_json(report: IndexReport) -> dict[str, Any]:
    """The ``spbe index --json`` document (the CLI contract)."""
    r = report.result
    nxt = next_predicate(report.pack, r.index)
    return {
        "framework": {
            "id": report.pack.id,
            "version": report.pack.version,
            "hash": report.pack.content_hash,
            "provisional": report.pack.provisional,
        },
        "index": float(r.display),
        "index_exact": float(r.index),
        "predicate": r.predicate,
        "next_predicate": None if nxt is None else {"name": nxt[0], "threshold": float(nxt[1])},
        "target": float(report.target),
        "gap": max(0.0, float(report.target - r.index)),
        "group_kind": report.pack.top_level,
        "domains": [_group_json(g) for g in r.groups],
        "aspects": [_group_json(a) for a in r.aspects],
        "indicators": [
            {
                "id": ind.id,
                "number": ind.number,
                "value": _num(report.values.get(ind.id, Decimal(1))),
                "source": ind.source,
            }
            for ind in report.pack.indicators
        ],
        "plan": _plan_json(report),
        "plan_by_owner": _plan_by_owner(report),
        "plan_reaches_target": (
            report.item_plan.reached if report.item_plan else report.plan.reached
        ),
    } | ({"assessor": _assessor_json(report)} if report.assessor is not None else {})


def _num(value: Decimal) -> float:
    """A value as JSON shows it: four decimals are enough to tell 1.1667 from 1.17."""
    return round(float(value), 4)


def _assessor_json(report: IndexReport) -> dict[str, Any]:
    a = report.assessor
    assert a is not None
    return {
        "index": float(a.display),
        "index_exact": float(a.index),
        "predicate": a.predicate,
        "aspects": [_group_json(g) for g in a.aspects],
        "domains": [_group_json(g) for g in a.groups],
        "indicators": [
            {"id": k, "number": report.pack.indicator(k).number, "value": _num(v)}
            for k, v in report.assessor_values.items()
        ],
    }


def _plan_json(report: IndexReport) -> list[dict[str, Any]]:
    """Plan steps: items to have accepted (items rule), or one-level raises (level rule)."""
    if report.item_plan is not None:
        return [
            {
                "kind": s.kind,
                "item": s.item_code,
                "item_name": s.item_name,
                "level": s.level,
                "score": None if s.score is None else float(s.score),
                "indicator": s.indicator_id,
                "number": s.number,
                "name": s.name,
                "value_after": _num(s.value_after),
                "gain": _num(s.gain),
                "cost": float(s.cost),
                "index_after": _num(s.index_after),
                "owner": s.owner,
            }
            for s in report.item_plan.steps
        ]
    return [
        {
            "indicator": s.indicator_id,
            "number": s.number,
            "name": s.name,
            "from": s.from_level,
            "to": s.to_level,
            "gain": round(float(s.gain), 4),
            "index_after": round(float(s.index_after), 4),
            "owner": s.owner,
        }
        for s in report.plan.steps
    ]


def _plan_by_owner(report: IndexReport) -> list[dict[str, Any]]:
    """The plan per owner (who must act), each with its indicators and item codes."""
    if report.item_plan is None:
        steps: dict[str, list[str]] = {}
        for s in report.plan.steps:
            steps.setdefault(s.owner, []).append(s.indicator_id)
        return [
            {"owner": o, "indicators": sorted(set(ids)), "items": []} for o, ids in steps.items()
        ]
    return [
        {
            "owner": owner,
            "indicators": list(dict.fromkeys(s.indicator_id for s in group)),
            "items": [s.item_code for s in group if s.item_code],
        }
        for owner, group in report.item_plan.by_owner().items()
    ]


def _group_json(g: Any) -> dict[str, Any]:
    """A domain's or an aspect's result as ``index --json`` prints it."""
    return {
        "id": g.id,
        "number": g.number,
        "name": g.name,
        "weight": float(g.weight),
        "index": round(float(g.index), 4),
    }


@dataclass(frozen=True, slots=True)
class GroupProgress:
    id: str
    name: str
    total: int
    answered: int
    ready: int
    with_evidence: int
    index: float = 1.0  # the group's index (fractional under the items rule)
    items_required: int = 0  # required evidence items of the group's indicators (items rule)
    items_counted: int = 0  # of them, accepted and counting (below the first incomplete level)


def status_summary(workspace: Path) -> dict[str, Any]:
    """Progress per top-level group, document totals and the index (``spbe status``)."""
    with WorkspaceStore.open(workspace) as store:
        return _status_summary(store)


def _status_summary(store: WorkspaceStore) -> dict[str, Any]:
    pack = store.pack()
    prof = store.profile()
    answers = store.answers()
    # A coordinator's evidence is what its OPDs sent (and its own): every OPD's documents.
    docs = store.documents(None if prof.role == "coordinator" else SELF_OPD)
    with_docs = {ind for d in docs for ind, _ in d.links}
    assigned = set(prof.assigned) if prof.assigned else None
    # The index only: the plan to the target (the slowest part of an index report) is not
    # part of the status.
    result = compute_index(pack, self_values(store))
    target = parse_target(prof.target or _default_target(pack))
    group_index = {g.id: round(float(g.index), 4) for g in result.groups}
    accepted = accepted_codes(store.item_states()) if uses_items(pack) else frozenset()
    groups = []
    for g in pack.groups():
        ids = [i for i in g.indicator_ids if assigned is None or i in assigned]
        inds = [pack.indicator(i) for i in ids] if uses_items(pack) else []
        groups.append(
            GroupProgress(
                g.id,
                g.name,
                len(ids),
                sum(
                    1
                    for i in ids
                    if (i in answers and answers[i].level is not None)
                    or (i in answers and answers[i].status == AnswerStatus.NA)
                ),
                sum(
                    1
                    for i in ids
                    if i in answers and answers[i].status in (AnswerStatus.READY, AnswerStatus.NA)
                ),
                sum(1 for i in ids if i in with_docs),
                group_index.get(g.id, 1.0),
                sum(len(lv.required_items) for ind in inds for lv in ind.levels),
                sum(len(pack.scoring.counted(ind, accepted)) for ind in inds),
            )
        )
    return {
        "workspace": store.path.name,
        "role": prof.role,
        "instansi": prof.instansi,
        "unit": prof.unit,
        "officer": prof.officer,
        "period": prof.period,
        "coordinator_fingerprint": coordinator_fingerprint(prof),
        "framework": {
            "id": pack.id,
            "version": pack.version,
            "provisional": pack.provisional,
            "title": pack.title,
            "scoring": pack.scoring.rule,
        },
        "groups": [asdict(g) for g in groups],
        "documents": len(docs),
        # A file several OPDs sent is stored once.
        "document_bytes": sum({d.sha256: d.size for d in docs}.values()),
        "index": float(result.display),
        "predicate": result.predicate,
        "target": float(target),
    }


def load_corrected_pack(workspace: Path, pack_file: Path) -> Pack:
    """Switch the workspace to a corrected pack from a file; answers are kept by indicator id.

    Raises:
        PackError: the file is broken (the error names the file and the field).
    """
    pack = load_pack_file(pack_file)
    with WorkspaceStore.open(workspace) as store:
        return store.replace_pack(pack_to_bytes(pack), _actor_name(store))


def indicators_json(workspace: Path) -> list[dict[str, Any]]:
    """The framework's indicators with this workspace's answers (``spbe indicators --json``)."""
    with WorkspaceStore.open(workspace) as store:
        pack = store.pack()
        profile = store.profile()
        answers = store.answers()
        docs = store.documents(None if profile.role == "coordinator" else SELF_OPD)
        values = self_values(store)
        latest = {r.indicator_id: r.value for r in store.assessor_results()}
    assigned = profile.assigned
    evidence: dict[str, int] = {}
    for d in docs:
        for ind_id, _lvl in d.links:
            evidence[ind_id] = evidence.get(ind_id, 0) + 1
    rows: list[dict[str, Any]] = []
    for ind in pack.indicators:
        a = answers.get(ind.id)
        rows.append(
            {
                "id": ind.id,
                "number": ind.number,
                "name": ind.name,
                "weight": float(ind.weight),
                "source": ind.source,
                "value": _num(values[ind.id]),
                "assessor_value": _num(latest[ind.id]) if ind.id in latest else None,
                "level": a.level if a else None,
                "status": a.status if a else AnswerStatus.EMPTY,
                "verdict": a.verdict if a else None,
                "documents": evidence.get(ind.id, 0),
                "assigned": assigned is None or ind.id in assigned,
            }
        )
    return rows


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a window shows first: whose workspace it is, its framework, the answers and the
    documents so far, and (for an OPD) the index they make."""

    profile: Profile
    pack: Pack
    answers: dict[str, Answer]  # indicator id -> this workspace's own answer
    documents: list[DocumentRecord]  # this workspace's own documents, with their links
    index: IndexReport | None  # None for the coordinator, whose window reads its dashboard


def snapshot(workspace: Path) -> Snapshot:
    """Everything a window needs to show a workspace at once, read in one go.

    Opening a workspace made by an older version migrates it here (after a backup), so the GUI
    runs this as a job before it shows the workspace.
    """
    with WorkspaceStore.open(workspace) as store:
        profile = store.profile()
        return Snapshot(
            profile,
            store.pack(),
            store.answers(),
            store.documents(),
            _index_report(store) if profile.role == "opd" else None,
        )
