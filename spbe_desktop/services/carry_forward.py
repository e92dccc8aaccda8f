"""A new period's workspace from the previous period's one ("Mulai periode baru").

Every evaluation repeats yearly with many of the same documents. :func:`carry_forward` makes
the new period's workspace: the same role, instansi, unit, officer and signing key, the new
framework (Pemdi 2026 unless told otherwise), and last period's documents once each, by hash,
with their metadata. A document whose validity ended before the new period starts stays behind
and is listed. Nothing that was a judgement comes along (levels, notes, verdicts, national
scores, assessors' results): under the same framework the documents are re-linked to the same
indicators and items, under another framework they are linked where a mapping of the
indicators suggests, and either way each carries the mark "dari periode lalu — periksa" until
someone checks it.

Guarantees: the old workspace is only read (opened read-only, even while the app holds it; an
older version's workspace is read from a migrated private copy); the new one is built in a
private folder beside its destination and renamed into place only when complete, so a kill or a
cancel leaves no half workspace, and the next run removes what a killed one left. A generator
yielding :class:`~spbe_desktop.core.progress.Progress` and taking a
:class:`~spbe_desktop.core.progress.CancelToken`, so the GUI runs it as a job.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.bundles.keys import PublicIdentity
from spbe_desktop.core.models import SELF_OPD, DocumentInfo, DocumentRecord, Profile
from spbe_desktop.core.packs import Pack, load_pack_bytes
from spbe_desktop.core.packs.mapping import PackMapping, load_mapping_file, shipped_mapping_path
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import StoreError, UsageError
from spbe_desktop.fileio import (
    fsync_folder,
    long_path,
    private_temp_dir,
    remove_stale_temp_dirs,
)
from spbe_desktop.fileio import replace as replace_file
from spbe_desktop.services.workspace import (
    DEFAULT_TARGET,
    _actor_name,
    _default_target,
    resolve_pack_json,
)
from spbe_desktop.store.workspace_store import CHUNK, NewProfile, StoredBlob, WorkspaceStore

#: The private folder (beside the new workspace) where it is built; a killed run's is removed by
#: the next run in that folder (the OS lock inside tells a live run's from a dead one's).
TEMP_PREFIX = ".spbe-new-period-"
_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True, slots=True)
class CarriedDocument:
    """A document taken over: its id in the new workspace and what became of its links."""

    document_id: int
    title: str
    file_name: str
    sha256: str
    size: int
    how: str  # "relinked" | "suggested" | "unlinked"
    indicators: tuple[str, ...]  # indicator links in the new workspace
    items: tuple[str, ...]  # item links in the new workspace


@dataclass(frozen=True, slots=True)
class LeftBehind:
    """A document not taken over because its validity ended before the new period."""

    title: str
    file_name: str
    sha256: str
    valid_until: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A link suggested through the mapping: a carried document for a new indicator (or item)."""

    document_id: int
    title: str
    indicator_id: str
    indicator_number: int
    indicator_name: str
    item: str | None
    from_indicators: tuple[str, ...]  # the old indicators that lead here, e.g. ("I11", "I14")
    from_numbers: tuple[int, ...]
    basis: str  # "source" | "inferred"
    sources: tuple[str, ...]
    needs_update: bool  # the mapping says such evidence usually needs a new version
    context_only: bool  # the indicator's value comes from a national index


@dataclass(frozen=True, slots=True)
class NotRelinked:
    """A link of the old workspace the new framework has no place for (a changed pack)."""

    document_id: int
    title: str
    ref: str  # indicator id or item code


@dataclass(frozen=True, slots=True)
class CarryForwardResult:
    workspace: Path
    previous: Path
    profile: Profile
    previous_period: str
    previous_framework: str  # "spbe-2020 1.1.0"
    framework: str  # "pemdi-2026 0.2.0"
    same_framework: bool
    fingerprint: str  # of the signing key, which stays the same
    carried: tuple[CarriedDocument, ...]
    expired: tuple[LeftBehind, ...]
    period_starts: str  # "2027-01-01": documents valid until before this stayed behind
    relinked_indicators: int
    relinked_items: int
    not_relinked: tuple[NotRelinked, ...]
    suggestions: tuple[Suggestion, ...]
    mapping: str | None  # "spbe2020-pemdi2026 0.1.0"; None without a mapping
    mapping_file: str | None  # the file it came from
    mapping_provisional: bool
    opds: int  # a coordinator's registered OPDs taken over (keys, trust, revocations)
    revoked_keys: int
    assignments_dropped: bool  # another framework: indicator assignments no longer apply

    @property
    def bytes(self) -> int:
        return sum(d.size for d in self.carried)


@dataclass(frozen=True, slots=True)
class _Plan:
    old_profile: Profile
    old_pack: Pack
    new_pack: Pack
    period: str
    starts: dt.date
    mapping: PackMapping | None
    carry: tuple[DocumentRecord, ...]
    expired: tuple[LeftBehind, ...]

    @property
    def same_framework(self) -> bool:
        return self.old_pack.id == self.new_pack.id

    @property
    def from_framework(self) -> str:
        return f"{self.old_pack.id} {self.old_pack.version}"


def carry_forward(
    workspace: Path,
    previous: Path,
    *,
    period: str | None = None,
    framework: str = "pemdi-2026",
    mapping: Path | None = None,
    officer: str | None = None,
    cancel: CancelToken | None = None,
) -> Generator[Progress, None, CarryForwardResult]:
    """Make the new period's workspace ``workspace`` from last period's ``previous``.

    The new workspace keeps the old one's signing key (copied, passphrase and all) rather than
    making a new one: a coordinator pins each OPD's key once, so with the same key next
    period's bundles import without a new identity card, a phone call and re-trust; and an
    OPD keeps the coordinator key it pinned from its kit. A coordinator's workspace brings its
    OPD register along too (names, pinned keys, trust, revoked keys). Only the workspace's own
    documents come along: in a coordinator's workspace, the OPDs' documents come back in their
    bundles, each OPD carrying its own forward.

    Args:
        workspace: the new ``.spbe`` file; must not exist.
        previous: last period's workspace; only read, never changed (the app may hold it open).
        period: the new period, a year; default: the old period + 1.
        framework: a shipped pack id or a corrected pack file (default Pemdi 2026).
        mapping: a corrected mapping file for another framework (default: the shipped mapping
            for the two frameworks, if there is one).
        officer: the officer of the new period (default: the old workspace's).

    Yields:
        Progress in bytes of documents copied.

    Raises:
        StoreError: the new file exists, the old one cannot be read, the disk is full.
        UsageError: the period is not a year, or comes before the old one.
        PackError: the framework or the mapping file is broken (naming file and field).
        CancelledError: on cancel; nothing is left behind.
    """
    cancel = cancel or CancelToken()
    if workspace.exists():
        raise StoreError("store.exists", file=workspace.name)
    if not previous.exists():
        raise StoreError("store.not_found", file=previous.name)
    pack_json = resolve_pack_json(framework)
    new_pack = load_pack_bytes(pack_json, source="pack")
    folder = workspace.absolute().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_dirs(folder, TEMP_PREFIX)
        with private_temp_dir(folder, TEMP_PREFIX) as scratch:
            yield Progress(0, 0, "progress.inspecting", {"name": previous.name})
            with WorkspaceStore.read_only(previous, scratch) as src:
                plan = _plan(src, new_pack, period, mapping)
                built = scratch / "new.spbe"
                result = yield from _build(
                    src, built, plan, pack_json, workspace, previous, officer, cancel
                )
            cancel.raise_if_cancelled()
            _move_into_place(built, workspace)
    except OSError as exc:  # the folder beside it cannot be written
        raise StoreError("store.io", file=workspace.name, detail=exc.strerror or str(exc)) from exc
    return result


def _plan(src: WorkspaceStore, new_pack: Pack, period: str | None, mapping: Path | None) -> _Plan:
    """Check the period and the mapping, and sort the old documents into carried and expired."""
    old = src.profile()
    old_pack = src.pack()
    new_period = _new_period(old.period, period)
    starts = dt.date(int(new_period), 1, 1)
    chosen: PackMapping | None = None
    if mapping is not None:
        chosen = load_mapping_file(mapping, old_pack, new_pack)
    elif old_pack.id != new_pack.id:
        shipped = shipped_mapping_path(old_pack.id, new_pack.id)
        if shipped is not None:
            chosen = load_mapping_file(shipped, old_pack, new_pack)
    carry: list[DocumentRecord] = []
    expired: list[LeftBehind] = []
    for doc in src.documents(SELF_OPD):
        until = _date(doc.valid_until)
        if until is not None and until < starts:
            expired.append(LeftBehind(doc.title, doc.file_name, doc.sha256, until.isoformat()))
        else:
            carry.append(doc)
    return _Plan(old, old_pack, new_pack, new_period, starts, chosen, tuple(carry), tuple(expired))


def _new_period(old: str, given: str | None) -> str:
    old = old.strip()
    if given is None or not str(given).strip():
        if not _YEAR.match(old):
            raise UsageError("usage.period_year", period=old)
        return str(int(old) + 1)
    new = str(given).strip()
    if not _YEAR.match(new):
        raise UsageError("usage.period_year", period=new)
    if _YEAR.match(old) and int(new) < int(old):
        raise UsageError("usage.period_before", period=new, previous=old)
    return new


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _build(
    src: WorkspaceStore,
    built: Path,
    plan: _Plan,
    pack_json: bytes,
    workspace: Path,
    previous: Path,
    officer: str | None,
    cancel: CancelToken,
) -> Generator[Progress, None, CarryForwardResult]:
    """Create the new workspace at ``built`` and fill it; closed (its WAL folded in) on return."""
    old = plan.old_profile
    same = plan.same_framework
    officer_name = old.officer if officer is None else officer.strip()
    actor = officer_name or _actor_name()
    target = old.target if same and old.target else DEFAULT_TARGET.get(plan.new_pack.id, "")
    new = NewProfile(
        role=old.role,
        instansi=old.instansi,
        unit=old.unit,
        officer=officer_name,
        period=plan.period,
        key_id=old.key_id,
        public_key=old.public_key,
        secret_key=src.secret_key(),
        key_protected=old.key_protected,
        coordinator_key=old.coordinator_key,
        assigned=old.assigned if same else None,
        target=target or str(_default_target(plan.new_pack)),
    )
    dst = WorkspaceStore.create(built, new, pack_json, actor=actor)
    try:
        opds, revoked = _copy_register(src, dst, actor, keep_assignments=same)
        total = sum(d.size for d in plan.carry)
        done = 0
        carried: list[CarriedDocument] = []
        suggestions: list[Suggestion] = []
        missing: list[NotRelinked] = []
        for doc in plan.carry:
            cancel.raise_if_cancelled()
            step = yield from _carry_one(src, dst, doc, plan, actor, cancel, done, total)
            carried.append(step.carried)
            suggestions.extend(step.suggestions)
            missing.extend(step.missing)
            done += doc.size
            yield Progress(done, total, "progress.carrying", {"name": doc.title})
        dst.audit(
            actor,
            "carried.from",
            "profile",
            None,
            {
                "previous_workspace": previous.name,
                "previous_uuid": old.workspace_uuid,
                "previous_period": old.period,
                "previous_framework": plan.from_framework,
                "documents": len(carried),
                "expired": [e.sha256 for e in plan.expired],
                "mapping": plan.mapping.label if plan.mapping else None,
            },
        )
        profile = dst.profile()
    finally:
        dst.close()
    wal = Path(f"{built}-wal")
    if wal.exists() and wal.stat().st_size > 0:  # the last connection folds the WAL in
        raise StoreError("store.io", file=workspace.name, detail="journal not checkpointed")
    mapping = plan.mapping
    return CarryForwardResult(
        workspace=workspace,
        previous=previous,
        profile=profile,
        previous_period=old.period,
        previous_framework=plan.from_framework,
        framework=f"{plan.new_pack.id} {plan.new_pack.version}",
        same_framework=same,
        fingerprint=PublicIdentity.from_minisign(old.public_key).fingerprint(),
        carried=tuple(carried),
        expired=plan.expired,
        period_starts=plan.starts.isoformat(),
        relinked_indicators=sum(len(c.indicators) for c in carried) if same else 0,
        relinked_items=sum(len(c.items) for c in carried) if same else 0,
        not_relinked=tuple(missing),
        suggestions=tuple(suggestions),
        mapping=mapping.label if mapping else None,
        mapping_file=mapping.source if mapping else None,
        mapping_provisional=bool(mapping and mapping.provisional),
        opds=opds,
        revoked_keys=revoked,
        assignments_dropped=not same
        and (old.assigned is not None or any(o.assigned for o in src.opds())),
    )


def _copy_register(
    src: WorkspaceStore, dst: WorkspaceStore, actor: str, *, keep_assignments: bool
) -> tuple[int, int]:
    """A coordinator's OPDs (pinned keys, trust, revocations) and revoked keys, as they were;
    indicator assignments only under the same framework."""
    opds = src.opds()
    revoked = src.revoked_keys()
    with dst.transaction():
        for o in opds:
            dst.upsert_opd(
                actor,
                o.name,
                contact=o.contact,
                key_id=o.key_id,
                public_key=o.public_key,
                fingerprint=o.fingerprint,
                trusted_at=o.trusted_at,
                revoked_at=o.revoked_at,
                assigned=o.assigned if keep_assignments else None,
            )
        for key in revoked:
            dst.remember_revoked_key(key)
    return len(opds), len(revoked)


@dataclass(frozen=True, slots=True)
class _Step:
    carried: CarriedDocument
    suggestions: tuple[Suggestion, ...]
    missing: tuple[NotRelinked, ...]


def _carry_one(
    src: WorkspaceStore,
    dst: WorkspaceStore,
    doc: DocumentRecord,
    plan: _Plan,
    actor: str,
    cancel: CancelToken,
    done: int,
    total: int,
) -> Generator[Progress, None, _Step]:
    """Copy one document (bytes, what was read from them, metadata), its links and its mark
    in one transaction."""
    info = src.blob_info(doc.sha256)
    facts = DocumentInfo(
        mime=info["mime"],
        page_count=info["page_count"],
        text=info["text"] or "",
        has_text_layer=info["has_text_layer"],
        metadata=info["metadata"],
        warnings=tuple(info["warnings"]),
    )
    with dst.transaction():
        job = dst.write_blob(
            io.BufferedReader(src.open_blob(doc.sha256), buffer_size=CHUNK),
            doc.size,
            facts,
            cancel,
            expected_sha256=doc.sha256,
            label=doc.title,
        )
        while True:
            try:
                step = next(job)
            except StopIteration as stop:
                stored: StoredBlob = stop.value
                break
            yield Progress(done + step.done, total, "progress.carrying", {"name": doc.title})
        new_id = dst.add_document(
            actor,
            opd_id=SELF_OPD,
            sha256=stored.sha256,
            file_name=doc.file_name,
            title=doc.title,
            kind=doc.kind,
            number=doc.number,
            issued=doc.issued,
            valid_until=doc.valid_until,
            issuer=doc.issuer,
        )
        if plan.same_framework:
            links, items, missing = _relink(dst, doc, new_id, plan.new_pack, actor)
            suggestions: tuple[Suggestion, ...] = ()
        else:
            suggestions = _suggest(dst, doc, new_id, plan, actor)
            links = tuple(dict.fromkeys(s.indicator_id for s in suggestions))
            items = tuple(s.item for s in suggestions if s.item)
            missing = ()
        how = "unlinked" if not links else "relinked" if plan.same_framework else "suggested"
        dst.mark_carried(new_id, plan.old_profile.period, plan.from_framework, how, actor)
    carried = CarriedDocument(
        new_id, doc.title, doc.file_name, doc.sha256, doc.size, how, links, items
    )
    return _Step(carried, suggestions, missing)


def _relink(
    dst: WorkspaceStore, doc: DocumentRecord, new_id: int, pack: Pack, actor: str
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[NotRelinked, ...]]:
    """Same framework: the same items, then the same indicators at the levels they had (an item
    link sets its indicator's link to the item's level; the old link's level is put back)."""
    item_map = pack.item_map
    indicators = pack.indicator_map
    items: list[str] = []
    links: list[str] = []
    missing: list[NotRelinked] = []
    for code in doc.items:
        if code in item_map:
            dst.link_item(new_id, code, actor)
            items.append(code)
        else:
            missing.append(NotRelinked(new_id, doc.title, code))
    for indicator_id, level in doc.links:
        if indicator_id in indicators:
            dst.link(new_id, indicator_id, level, actor)
            links.append(indicator_id)
        else:
            missing.append(NotRelinked(new_id, doc.title, indicator_id))
    return tuple(links), tuple(items), tuple(missing)


def _suggest(
    dst: WorkspaceStore, doc: DocumentRecord, new_id: int, plan: _Plan, actor: str
) -> tuple[Suggestion, ...]:
    """Another framework: link where the mapping leads, never at a level (an item, where the
    mapping names one, brings its own level: the new framework's criteria)."""
    if plan.mapping is None:
        return ()
    old_pack, new_pack = plan.old_pack, plan.new_pack
    from_ids = [indicator_id for indicator_id, _ in doc.links]
    from_ids += [
        old_pack.item_map[code].indicator_id for code in doc.items if code in old_pack.item_map
    ]
    targets = plan.mapping.targets(dict.fromkeys(from_ids))
    # Indicator-only links first: a later item link on the same indicator sets its level.
    targets.sort(key=lambda t: t[0].item is not None)
    out: list[Suggestion] = []
    for target, olds in targets:
        ind = new_pack.indicator(target.indicator_id)
        if target.item:
            dst.link_item(new_id, target.item, actor)
        else:
            dst.link(new_id, ind.id, None, actor)
        out.append(
            Suggestion(
                document_id=new_id,
                title=doc.title,
                indicator_id=ind.id,
                indicator_number=ind.number,
                indicator_name=ind.name,
                item=target.item,
                from_indicators=olds,
                from_numbers=tuple(old_pack.indicator(o).number for o in olds),
                basis=target.basis,
                sources=target.sources,
                needs_update=ind.id in plan.mapping.update,
                context_only=ind.external is not None,
            )
        )
    return tuple(out)


def _move_into_place(built: Path, workspace: Path) -> None:
    """fsync the finished file, then rename it to its name (refusing one that appeared)."""
    try:
        fd = os.open(long_path(built), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        if workspace.exists():
            raise StoreError("store.exists", file=workspace.name)
        replace_file(built, workspace)
        fsync_folder(workspace.absolute().parent)
    except OSError as exc:
        raise StoreError("store.io", file=workspace.name, detail=exc.strerror or str(exc)) from exc


def check_carried(workspace: Path, document_id: int) -> None:
    """Record that the officer checked a document carried over from the previous period: its
    mark "dari periode lalu — periksa" is then shown as checked."""
    with WorkspaceStore.open(workspace) as store:
        store.document(document_id)
        store.check_carried(document_id, _actor_name(store))
