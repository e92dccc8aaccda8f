"""The architecture inventory as use cases: objects per domain, relations, reference codes,
SIAP Digital status with its screenshot, the coordinator's remarks and findings, and the link to
the evaluation's items.

Every function takes the workspace path and opens its own store, so the command line, the GUI's
jobs and the tests call the same thing. Each change is one transaction with its audit entry.
The workbook (``architecture_xlsx``) and the bundle part (``architecture_exchange``) live beside
this module; the GUI imports only this one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import EllipsisType
from typing import Any

from spbe_desktop.core.architecture import (
    CODE_SEPARATOR,
    DOMAIN_LABELS,
    DOMAINS,
    RELATION_KINDS,
    SIAP_LABELS,
    SIAP_STATUSES,
    ArchObject,
    CodeEntry,
    DomainSpec,
    FieldSpec,
    Finding,
    Relation,
    RelationKind,
    SiapInfo,
    fold,
    list_of,
    load_model,
    merge_codes,
    search_codes,
)
from spbe_desktop.core.architecture_findings import FINDING_CODES, find_problems
from spbe_desktop.core.models import SELF_OPD
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import UsageError
from spbe_desktop.services.architecture_evidence import (
    ArchSuggestion,
    accept_suggestion,
    item_suggestions,
)
from spbe_desktop.services.architecture_values import check_value, known_codes, list_unit, unit_id
from spbe_desktop.services.architecture_xlsx import (
    WorkbookError,
    WorkbookImport,
    WorkbookProblem,
    export_workbook,
)
from spbe_desktop.services.workspace import _actor_name
from spbe_desktop.store.workspace_store import WorkspaceStore

__all__ = [
    "CODE_SEPARATOR",
    "DOMAINS",
    "DOMAIN_LABELS",
    "FINDING_CODES",
    "RELATION_KINDS",
    "SIAP_LABELS",
    "SIAP_STATUSES",
    "ArchObject",
    "ArchSuggestion",
    "ArchitectureSummary",
    "CodeEntry",
    "DomainSpec",
    "FieldSpec",
    "Finding",
    "Relation",
    "RelationKind",
    "SiapInfo",
    "WorkbookError",
    "WorkbookImport",
    "WorkbookProblem",
    "accept_suggestion",
    "add_local_code",
    "add_relation",
    "attach_screenshot",
    "code_entry",
    "code_lists_version",
    "create_object",
    "delete_object",
    "domain_spec",
    "domain_specs",
    "export_workbook",
    "find_codes",
    "findings",
    "get_object",
    "import_workbook",
    "item_suggestions",
    "list_objects",
    "relation_kinds_for",
    "relations",
    "remove_relation",
    "set_related",
    "set_remark",
    "set_siap_status",
    "summary",
    "summary_json",
    "update_object",
]


@dataclass(frozen=True, slots=True)
class ArchitectureSummary:
    counts: Mapping[str, int]
    findings: tuple[Finding, ...]
    #: domain -> SIAP Digital status -> number of objects
    siap: Mapping[str, Mapping[str, int]]


# ---------------------------------------------------------------------------------- model
def domain_specs() -> tuple[DomainSpec, ...]:
    return load_model().domains


def domain_spec(domain: str) -> DomainSpec:
    _check_domain(domain)
    return load_model().domain(domain)


def code_lists_version() -> str:
    return load_model().version


def _codes(workspace: Path | None, list_id: str) -> list[CodeEntry]:
    """A list's codes: the shipped ones, then the workspace's own and (an OPD's) those of its
    coordinator, one entry per code."""
    shipped = list(load_model().code_lists.get(list_id, ()))
    if workspace is None:
        return shipped
    with WorkspaceStore.open(workspace) as store:
        added = [e for e in store.arch_local_codes() if e.list_id == list_id]
    return merge_codes(shipped + added)


def find_codes(
    workspace: Path | None, list_id: str, query: str = "", limit: int = 50
) -> list[CodeEntry]:
    """Codes of a list whose code starts with ``query`` or whose name holds its words."""
    return search_codes(_codes(workspace, list_id), query, limit)


def code_entry(workspace: Path | None, code: str) -> CodeEntry | None:
    """The entry of an exact code, or of an exact name (any list), else None."""
    text = code.strip()
    lists = [list_of(text.upper())] if text.upper().startswith("RA") else []
    lists = lists or list(load_model().code_lists)
    entries = [e for lst in lists for e in _codes(workspace, lst)]
    for e in entries:
        if e.code == text.upper():
            return e
    key = fold(text)
    return next((e for e in entries if fold(e.name) == key or fold(e.label) == key), None)


def add_local_code(
    workspace: Path, list_id: str, code: str, name: str, parent: str | None = None
) -> CodeEntry:
    """Add a code below a national list (deeper levels are the instansi's to extend)."""
    code = code.strip().upper()
    if parent and not code.startswith(parent + "."):
        raise UsageError("architecture.code_format", ref=code, list=parent)
    parts = code.split(".")
    if (
        parts[0] != list_id
        or len(parts) < 2
        or not all(p.isdigit() and len(p) == 2 for p in parts[1:])
    ):
        raise UsageError("architecture.code_format", ref=code, list=list_id)
    if not name.strip():
        raise UsageError("architecture.empty_name")
    with WorkspaceStore.open(workspace) as store:
        if any(e.code == code for e in _codes(workspace, list_id)):
            raise UsageError("architecture.code_exists", ref=code)
        store.add_arch_code(_actor_name(store), list_id, code, name.strip())
    entry = code_entry(workspace, code)
    assert entry is not None
    return entry


# ---------------------------------------------------------------------------------- objects
def list_objects(
    workspace: Path, domain: str | None = None, *, query: str = "", unit: str | None = None
) -> list[ArchObject]:
    """Objects of a domain (or all); an OPD's own, a coordinator's of every unit unless
    ``unit`` names one; ``query`` matches name, code and field values."""
    if domain is not None:
        _check_domain(domain)
    with WorkspaceStore.open(workspace) as store:
        opd_id = list_unit(store, unit)
        objs = store.arch_objects(opd_id, domain)
    if query.strip():
        words = fold(query).split()
        objs = [o for o in objs if all(w in _haystack(o) for w in words)]
    return sorted(
        objs,
        key=lambda o: (
            o.opd_id != SELF_OPD,
            o.opd_name.casefold(),
            DOMAINS.index(o.domain),
            o.name.casefold(),
            o.id,
        ),
    )


def _haystack(o: ArchObject) -> str:
    return fold(" ".join([o.name, o.ref_label, o.opd_name, *o.fields.values()]))


def get_object(workspace: Path, object_id: int) -> ArchObject:
    with WorkspaceStore.open(workspace) as store:
        return store.arch_object(object_id)


def create_object(
    workspace: Path,
    domain: str,
    name: str,
    *,
    ref_code: str = "",
    fields: Mapping[str, str] | None = None,
    unit: str | None = None,
) -> ArchObject:
    """A new object of the workspace's own unit (or of the OPD ``unit``, coordinator)."""
    spec = domain_spec(domain)
    if not name.strip():
        raise UsageError("architecture.empty_name")
    with WorkspaceStore.open(workspace) as store:
        codes = known_codes(store)
        ref = _ref_code(spec, ref_code, codes)
        clean = _clean_fields(spec, fields or {}, codes)
        object_id = store.add_arch_object(
            _actor_name(store),
            opd_id=unit_id(store, unit),
            domain=domain,
            name=name.strip(),
            ref_code=ref,
            fields=clean,
        )
        return store.arch_object(object_id)


def update_object(
    workspace: Path,
    object_id: int,
    *,
    name: str | None = None,
    ref_code: str | None = None,
    fields: Mapping[str, str] | None = None,
) -> ArchObject:
    """Change an object; ``fields`` merges (only the keys given change, "" clears one)."""
    with WorkspaceStore.open(workspace) as store:
        obj = store.arch_object(object_id)
        spec = load_model().domain(obj.domain)
        codes = known_codes(store)
        changes: dict[str, Any] = {}
        if name is not None:
            if not name.strip():
                raise UsageError("architecture.empty_name")
            changes["name"] = name.strip()
        if ref_code is not None:
            changes["ref_code"] = _ref_code(spec, ref_code, codes)
        if fields is not None:
            merged = dict(obj.fields)
            merged.update(_clean_fields(spec, fields, codes, keep_empty=True))
            changes["fields"] = {k: v for k, v in merged.items() if v}
        if changes:
            store.update_arch_object(_actor_name(store), object_id, **changes)
        return store.arch_object(object_id)


def delete_object(workspace: Path, object_id: int) -> None:
    with WorkspaceStore.open(workspace) as store:
        store.delete_arch_object(_actor_name(store), object_id)


def set_siap_status(
    workspace: Path,
    object_id: int,
    status: str,
    *,
    siap_id: str | None = None,
    input_date: str | None = None,
    screenshot_id: int | EllipsisType | None = ...,
) -> ArchObject:
    """Record where an object stands in SIAP Digital: status, its id there, the date it was
    entered, and the screenshot (a document of the same unit; None takes it off)."""
    if status not in SIAP_STATUSES:
        raise UsageError("architecture.bad_status", status=status, known=", ".join(SIAP_STATUSES))
    with WorkspaceStore.open(workspace) as store:
        obj = store.arch_object(object_id)
        changes: dict[str, Any] = {"siap_status": status, "siap_by": _actor_name(store)}
        if siap_id is not None:
            changes["siap_id"] = siap_id.strip()
        if input_date is not None:
            changes["siap_date"] = (
                check_value(FieldSpec("siap_date", "Tanggal input", "date"), input_date, set())
                or None
            )
        if not isinstance(screenshot_id, EllipsisType):
            if screenshot_id is not None and store.document(screenshot_id).opd_id != obj.opd_id:
                raise UsageError("architecture.screenshot_other_unit", unit=obj.opd_name)
            changes["siap_screenshot"] = screenshot_id
        store.update_arch_object(_actor_name(store), object_id, **changes)
        return store.arch_object(object_id)


def attach_screenshot(
    workspace: Path, object_id: int, file: Path, cancel: CancelToken | None = None
) -> Generator[Progress, None, ArchObject]:
    """Store ``file`` as a document of the object's unit ("Tangkapan Layar") and make it the
    object's SIAP Digital screenshot."""
    from spbe_desktop.services.attach import AttachRequest, attach_files

    obj = get_object(workspace, object_id)
    title = f"Tangkapan layar SIAP Digital{CODE_SEPARATOR}{obj.name}"
    results = yield from attach_files(
        workspace,
        None,
        [AttachRequest(file, title=title, kind="Tangkapan Layar")],
        cancel,
        opd_id=obj.opd_id,
    )
    status = obj.siap.status if obj.siap.status != "belum" else "draf"
    return set_siap_status(workspace, object_id, status, screenshot_id=results[0].document_id)


def set_remark(workspace: Path, object_id: int, remark: str) -> ArchObject:
    """The coordinator's remark on an OPD's object (it goes back in the next receipt)."""
    from spbe_desktop.core.clock import now_iso
    from spbe_desktop.core.text import clean_text

    with WorkspaceStore.open(workspace) as store:
        if store.profile().role != "coordinator":
            raise UsageError("architecture.remark_coordinator")
        store.arch_object(object_id)
        text = clean_text(remark, multiline=True, max_length=4000)
        actor = _actor_name(store)
        store.update_arch_object(
            actor,
            object_id,
            remark=text,
            remark_by=actor if text else "",
            remark_at=now_iso() if text else None,
        )
        return store.arch_object(object_id)


# ---------------------------------------------------------------------------------- relations
def relation_kinds_for(domain: str) -> list[tuple[str, str]]:
    """(kind, "from" | "to"): the relations an object of ``domain`` takes part in."""
    out = []
    for r in RELATION_KINDS.values():
        if r.from_domain == domain:
            out.append((r.kind, "from"))
        if r.to_domain == domain:
            out.append((r.kind, "to"))
    return out


def relations(workspace: Path, object_id: int) -> list[Relation]:
    """Every relation the object is either end of."""
    with WorkspaceStore.open(workspace) as store:
        obj = store.arch_object(object_id)
        return [r for r in store.arch_relations(obj.opd_id) if object_id in (r.from_id, r.to_id)]


def _relation_ends(
    store: WorkspaceStore, kind: str, from_id: int, to_id: int
) -> tuple[ArchObject, ArchObject]:
    spec = RELATION_KINDS.get(kind)
    if spec is None:
        raise UsageError(
            "architecture.unknown_relation", kind=kind, known=", ".join(RELATION_KINDS)
        )
    a, b = store.arch_object(from_id), store.arch_object(to_id)
    if (a.domain, b.domain) != (spec.from_domain, spec.to_domain):
        raise UsageError(
            "architecture.bad_relation",
            kind=kind,
            from_domain=DOMAIN_LABELS[spec.from_domain],
            to_domain=DOMAIN_LABELS[spec.to_domain],
        )
    if a.opd_id != b.opd_id:
        raise UsageError("architecture.relation_other_unit", unit=a.opd_name)
    return a, b


def add_relation(workspace: Path, kind: str, from_id: int, to_id: int) -> None:
    with WorkspaceStore.open(workspace) as store:
        _relation_ends(store, kind, from_id, to_id)
        store.add_arch_relation(_actor_name(store), kind, from_id, to_id)


def remove_relation(workspace: Path, kind: str, from_id: int, to_id: int) -> None:
    with WorkspaceStore.open(workspace) as store:
        store.remove_arch_relation(_actor_name(store), kind, from_id, to_id)


def set_related(workspace: Path, object_id: int, kind: str, other_ids: Sequence[int]) -> None:
    """Make the object's relations of ``kind`` exactly ``other_ids`` (from either end), in one
    transaction."""
    spec = RELATION_KINDS.get(kind)
    if spec is None:
        raise UsageError(
            "architecture.unknown_relation", kind=kind, known=", ".join(RELATION_KINDS)
        )
    with WorkspaceStore.open(workspace) as store:
        obj = store.arch_object(object_id)
        forward = obj.domain == spec.from_domain
        actor = _actor_name(store)
        with store.transaction():
            have = {
                (r.to_id if forward else r.from_id)
                for r in store.arch_relations(obj.opd_id)
                if r.kind == kind and (r.from_id if forward else r.to_id) == object_id
            }
            want = set(other_ids)
            for other in sorted(have - want):
                pair = (object_id, other) if forward else (other, object_id)
                store.remove_arch_relation(actor, kind, *pair)
            for other in sorted(want - have):
                pair = (object_id, other) if forward else (other, object_id)
                _relation_ends(store, kind, *pair)
                store.add_arch_relation(actor, kind, *pair)


# ---------------------------------------------------------------------------------- findings
def findings(workspace: Path, lang: str = "id") -> list[Finding]:
    with WorkspaceStore.open(workspace) as store:
        return _findings(store, lang)


def _findings(store: WorkspaceStore, lang: str) -> list[Finding]:
    opd_id = list_unit(store, None)
    return find_problems(
        store.arch_objects(opd_id),
        store.arch_relations(opd_id),
        load_model(),
        known_codes(store),
        lang,
    )


def summary(workspace: Path, lang: str = "id") -> ArchitectureSummary:
    """Counts per domain and status, and the findings (an OPD's own; a coordinator's over every
    unit, its own included)."""
    with WorkspaceStore.open(workspace) as store:
        objs = store.arch_objects(list_unit(store, None))
        found = _findings(store, lang)
    counts = Counter(o.domain for o in objs)
    siap: dict[str, dict[str, int]] = {d: dict.fromkeys(SIAP_STATUSES, 0) for d in DOMAINS}
    for o in objs:
        siap[o.domain][o.siap.status] += 1
    return ArchitectureSummary({d: counts.get(d, 0) for d in DOMAINS}, tuple(found), siap)


def summary_json(result: ArchitectureSummary) -> dict[str, Any]:
    """``spbe architecture --json``: exactly counts per domain and findings (code, message)."""
    return {
        "counts": {d: result.counts.get(d, 0) for d in DOMAINS},
        "findings": [{"code": f.code, "message": f.message} for f in result.findings],
    }


# ---------------------------------------------------------------------------------- helpers
def _check_domain(domain: str) -> None:
    if domain not in DOMAINS:
        raise UsageError("architecture.unknown_domain", domain=domain, known=", ".join(DOMAINS))


def _ref_code(spec: DomainSpec, value: str, codes: set[str]) -> str:
    if not spec.code_list:
        return ""
    field = FieldSpec("ref_code", spec.code_list, "code", code_list=spec.code_list)
    return check_value(field, value, codes)


def _clean_fields(
    spec: DomainSpec, fields: Mapping[str, str], codes: set[str], *, keep_empty: bool = False
) -> dict[str, str]:
    out = {}
    for key, value in fields.items():
        f = spec.field(key)
        if f is None:
            raise UsageError(
                "architecture.unknown_field",
                domain=spec.domain,
                field=key,
                known=", ".join(x.key for x in spec.fields),
            )
        clean = check_value(f, value, codes)
        if clean or keep_empty:
            out[key] = clean
    return out


def import_workbook(
    workspace: Path, file: Path, cancel: CancelToken | None = None
) -> Generator[Progress, None, WorkbookImport]:
    """Load an edited workbook, all rows or none (:mod:`.architecture_sheets`).

    Raises:
        WorkbookError: the problems found (sheet, row, column each); nothing changed.
    """
    from spbe_desktop.services.architecture_sheets import import_workbook as load

    return (yield from load(workspace, file, cancel))
