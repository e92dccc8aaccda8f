"""Writing a signed bundle: full, delta after a receipt, or split parts; then verifying it."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import uuid
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spbe_desktop.bundles import bag as bagfmt
from spbe_desktop.bundles.files import drop_cached_pages, on_removable_medium, write_error
from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.items import ItemState
from spbe_desktop.core.models import (
    SELF_OPD,
    Answer,
    document_metadata,
)
from spbe_desktop.core.packs import Pack
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import BundleError, SpbeError, UsageError
from spbe_desktop.fileio import FileLock, fsync_folder, replace, temporaries
from spbe_desktop.services.architecture_exchange import ARCH_JSON, bundle_inventory
from spbe_desktop.services.exchange.common import (
    BUNDLE_FORMAT,
    DOC_DIR,
    TEXT_DIR,
    WORKSPACE_JSON,
    answer_digest,
    comment_value,
    relabel,
    verify_file,
)
from spbe_desktop.services.exchange.identity import (
    _load_identity,
    public_identity,
)
from spbe_desktop.services.exchange.manifest import (
    AnswerEntry,
    BundleMeta,
    DocumentEntry,
    ItemNoteEntry,
    Manifest,
    json_bytes,
)
from spbe_desktop.services.workspace import _actor_name, _require_role
from spbe_desktop.store.leftovers import (
    PendingExport,
    forget_export,
    mark_export_committed,
    register_export,
)
from spbe_desktop.store.workspace_store import WorkspaceStore

# ---------------------------------------------------------------------------------- export


@dataclass(frozen=True, slots=True)
class ExportEstimate:
    documents: int
    bytes: int
    indicators: int
    delta: bool
    total_documents: int


@dataclass(frozen=True, slots=True)
class ExportSummary:
    paths: list[Path]
    documents: int
    bytes: int
    indicators: int
    sequence: int
    fingerprint: str
    delta: bool
    verified: bool
    bundle_uuid: str
    #: Documents larger than the part size asked for: each made a part of its own, larger than
    #: the limit. (file name, bytes)
    oversized: tuple[tuple[str, int], ...] = ()
    #: A delta with nothing new since the last receipt: nothing was written.
    nothing_changed: bool = False
    #: The bundle was on a removable medium and was verified by reading every byte back from
    #: the device (its cached pages dropped); otherwise the payload hashes computed while
    #: writing were checked against the signed manifest.
    read_back: bool = False


def _last_receipt(store: WorkspaceStore) -> dict[str, Any] | None:
    receipts = store.receipts()
    return receipts[-1] if receipts else None


def _selection(store: WorkspaceStore, full: bool) -> tuple[list[Answer], list[Any], bool, str]:
    """(answers to carry, documents to carry, is_delta, base receipt uuid)."""
    answers = list(store.answers().values())
    docs = store.documents()
    receipt = None if full else _last_receipt(store)
    if receipt is None:
        return answers, docs, False, ""
    held = set(json.loads(receipt["held_hashes"]))
    digests = json.loads(receipt["answers_digest"] or "{}")
    changed = [a for a in answers if digests.get(a.indicator_id) != answer_digest(a)]
    carried = [d for d in docs if d.sha256 not in held]
    return changed, carried, True, str(receipt["receipt_uuid"])


#: Audit actions that change what the coordinator would receive (an item's verdict arrives in
#: receipts: it is not one).
_CONTENT_ACTIONS = (
    "answer.",
    "document.",
    "link.",
    "item.link",
    "item.unlink",
    "item.note",
    # the architecture inventory's own changes (issue 19; a receipt's remarks are not)
    "arch.add",
    "arch.update",
    "arch.delete",
    "arch.relate",
    "arch.unrelate",
)


def _nothing_changed(store: WorkspaceStore, answers: list[Answer], carried: list[Any]) -> bool:
    """A delta that would tell the coordinator nothing new: no answer, document, link, item
    link, item note or metadata changed since the last accepted receipt (read from the audit
    log)."""
    if _last_receipt(store) is None or answers or carried:
        return False
    for entry in store.audit_entries(limit=100_000):  # newest first
        if entry.action == "receipt.accept":
            return True
        if entry.action.startswith(_CONTENT_ACTIONS):
            return False
    return False


def estimate_export(workspace: Path, *, full: bool = False) -> ExportEstimate:
    """What an export would carry, for the dialog to show before writing."""
    with WorkspaceStore.open(workspace) as store:
        answers, carried, delta, _ = _selection(store, full)
        total = len(store.documents())
        pack = store.pack()
    size = sum(d.size for d in carried) + 4096 * (len(answers) + len(carried) + 4)
    indicators = _indicators_carried(pack, answers, carried)
    return ExportEstimate(len(carried), size, indicators, delta, total)


def _indicators_carried(pack: Pack, answers: list[Answer], docs: list[Any]) -> int:
    """How many indicators the bundle speaks of: a claim, or a document offered for the
    indicator or for one of its evidence items. Under the items rule (Pemdi 2026) nothing is
    claimed, so counting claims alone said "0 indikator" for every Pemdi OPD."""
    by_item = {item.code: ind.id for ind in pack.indicators for item in ind.items}
    ids = {a.indicator_id for a in answers}
    for doc in docs:
        ids.update(ind for ind, _level in doc.links)
        ids.update(by_item[code] for code in doc.items if code in by_item)
    return len(ids)


def _doc_path(sha: str, file_name: str) -> str:
    ext = Path(file_name).suffix.lower()
    ext = ext if re.fullmatch(r"\.[a-z0-9]{1,8}", ext) else ".bin"
    return f"{DOC_DIR}{sha}{ext}"


def export_bundle(
    workspace: Path,
    out: Path,
    *,
    full: bool = False,
    split_mb: int | None = None,
    passphrase: str | None = None,
    cancel: CancelToken | None = None,
) -> Generator[Progress, None, ExportSummary]:
    """Write a signed bundle (delta after an accepted receipt unless ``full``), then verify it.

    With ``split_mb`` the bundle is written as parts "k of N", each a complete signed bag; part 1
    carries the answers and the document list.
    """
    cancel = cancel or CancelToken()
    if split_mb is not None and split_mb < 1:
        raise UsageError("usage.split", value=split_mb)
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "opd")
        prof = store.profile()
        secret = _load_identity(store, passphrase)
        pack = store.pack()
        answers, carried, delta, base = _selection(store, full)
        if delta and _nothing_changed(store, answers, carried):
            return ExportSummary(
                paths=[],
                documents=0,
                bytes=0,
                indicators=0,
                sequence=int(store.setting("export_sequence", 0)),
                fingerprint=secret.public.fingerprint(),
                delta=True,
                verified=False,
                bundle_uuid="",
                nothing_changed=True,
            )
        all_docs = store.documents()
        sequence = int(store.setting("export_sequence", 0)) + 1
        bundle_uuid = str(uuid.uuid4())
        head_seq, head_hash = store.audit_head()
        meta = BundleMeta(
            bundle_uuid=bundle_uuid,
            sequence=sequence,
            kind="delta" if delta else "full",
            base_receipt=base,
            workspace_uuid=prof.workspace_uuid,
            instansi=prof.instansi,
            unit=prof.unit,
            officer=prof.officer,
            period=prof.period,
            pack_id=pack.id,
            pack_version=pack.version,
            pack_hash=pack.content_hash,
            audit_seq=head_seq,
            audit_hash=head_hash,
            created=now_iso(),
        )
        manifest = _manifest(
            answers, all_docs, {d.sha256 for d in carried}, delta, store.item_states(SELF_OPD)
        )
        inventory = bundle_inventory(store)  # architecture.json, None if never used
        text_entries = [_text_entry(d.sha256, store.blob_info(d.sha256)["text"]) for d in carried]
        doc_entries = [
            bagfmt.BagEntry(
                path=_doc_path(d.sha256, d.file_name),
                size=d.size,
                sha256=d.sha256,
                open=_blob_opener(store, d.sha256),
                # Deflated only when a sample of its start shrinks (bag.write decides).
                compress=True,
            )
            for d in carried
        ]
        oversized: tuple[tuple[str, int], ...] = ()
        if split_mb:
            limit = split_mb * 1024 * 1024
            groups = bagfmt.plan_parts(doc_entries, limit) or [[]]
            oversized = tuple(
                (d.file_name, d.size) for d in carried if d.size + _PART_ALLOWANCE > limit
            )
        else:
            groups = [doc_entries]
        n = len(groups)
        paths = [out] if n == 1 else [_part_path(out, k, n) for k in range(1, n + 1)]
        info: dict[str, str] = {
            "Source-Organization": prof.instansi,
            "Organization-Unit": prof.unit,
            "Contact-Name": prof.officer,
            "External-Identifier": bundle_uuid,
            "SPBE-Bundle-UUID": bundle_uuid,
            "SPBE-Format": BUNDLE_FORMAT,
            "SPBE-Sequence": str(sequence),
            "SPBE-Kind": meta.kind,
            "SPBE-Base-Receipt": base or "-",
            "SPBE-Period": prof.period,
            "SPBE-Pack-Id": pack.id,
            "SPBE-Pack-Version": pack.version,
            "SPBE-Pack-Hash": pack.content_hash,
            "SPBE-Audit-Head": f"{head_seq}:{head_hash}",
            "SPBE-Created": meta.created,
        }
        trusted = (
            f"spbe-bundle unit={comment_value(prof.unit)} period={comment_value(prof.period)} "
            f"seq={sequence} uuid={bundle_uuid}"
        )
        # Parts are written under pending names and only renamed into place after the sequence
        # number is committed: a bundle at the --out path always has a recorded sequence. The
        # export is registered in the workspace before its first byte and holds a lock file
        # while it runs, so whatever a kill leaves is finished or removed the next time the
        # workspace is opened (store/leftovers.py); a stale file of the same name from before
        # that existed goes now.
        pending = [p.with_name(f".{p.name}.pending.part") for p in paths]
        lock_path = out.with_name(f".{out.name}.pending.lock")
        for stale in pending:
            if stale.exists() or temporaries(stale):
                _remove_stale(stale, lock_path)
        entry = PendingExport(
            bundle_uuid, str(lock_path), tuple(map(str, pending)), tuple(map(str, paths))
        )
        # Registered before the lock file exists, so a kill at any point leaves nothing that
        # the next opening of the workspace does not know about.
        register_export(store, entry)
        try:
            lock = FileLock.try_acquire(lock_path)
        except OSError as exc:
            forget_export(store, bundle_uuid)
            raise write_error(exc, out) from exc
        if lock is None:
            forget_export(store, bundle_uuid)
            raise BundleError("exchange.export_running", file=out.name)
        written: list[Path] = []
        sums: list[bagfmt.BagSummary] = []
        try:
            for k, (group, path) in enumerate(zip(groups, pending, strict=True), start=1):
                entries = [_json_entry(WORKSPACE_JSON, meta.to_json(k, n))]
                if k == 1:
                    entries += [_json_entry(name, data) for name, data in manifest.files().items()]
                    entries += text_entries
                    if inventory is not None:
                        entries.append(_json_entry(ARCH_JSON, inventory))
                entries += group
                tc = trusted + (f" part={k}/{n}" if n > 1 else "")
                job = bagfmt.write_bag_zip(
                    path,
                    entries,
                    dict(info),
                    secret,
                    tc,
                    cancel=cancel,
                    bag_count=(k, n) if n > 1 else None,
                )
                written.append(path)
                sums.append((yield from relabel(job, "progress.exporting", path.name)))
            # Reopen and verify every part before reporting success (see _check_written).
            read_back = on_removable_medium(out.parent)
            for path, bag_sum in zip(written, sums, strict=True):
                result = yield from _check_written(path, prof, bag_sum, read_back, cancel)
                if not result.result.ok:
                    first = result.result.findings[0]
                    raise BundleError("exchange.export_failed_verification", detail=first.code)
            with store.transaction():
                store.set_setting("export_sequence", sequence)
                mark_export_committed(store, entry)
                store.audit(
                    _actor_name(store),
                    "bundle.export",
                    f"bundle:{bundle_uuid}",
                    None,
                    {
                        "sequence": sequence,
                        "kind": meta.kind,
                        "documents": len(carried),
                        "parts": n,
                    },
                )
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            _unlock(lock, lock_path)
            with contextlib.suppress(SpbeError, OSError):
                forget_export(store, bundle_uuid)
            raise
        try:
            for tmp, final in zip(pending, paths, strict=True):
                try:
                    replace(tmp, final)
                except OSError as exc:
                    raise write_error(exc, final) from exc
            fsync_folder(out.parent)
        finally:
            # The lock file goes before the entry (Windows cannot delete a file held open): a
            # kill in between leaves an entry that the next opening settles. If a rename
            # failed, the entry stays, and the next opening finishes the rename.
            _unlock(lock, lock_path)
        forget_export(store, bundle_uuid)
    return ExportSummary(
        paths=paths,
        documents=len(carried),
        bytes=sum(p.stat().st_size for p in paths),
        indicators=_indicators_carried(pack, answers, carried),
        sequence=sequence,
        fingerprint=secret.public.fingerprint(),
        delta=delta,
        verified=True,
        bundle_uuid=bundle_uuid,
        oversized=oversized,
        read_back=read_back,
    )


def _check_written(
    path: Path,
    prof: Any,
    written: bagfmt.BagSummary,
    read_back: bool,
    cancel: CancelToken,
) -> Generator[Progress, None, bagfmt.BagVerification]:
    """Verify a part just written: ZIP structure, tag files, signature and manifest from the
    file; the payload's hashes are those computed while writing, except on a removable medium,
    where the file's cached pages are dropped (it was fsynced) and every byte is read back from
    the device: a flash disk that lies about what it stored is caught before the officer
    leaves with it (Windows has no call to drop them; its removable drives are written through
    by default). Elsewhere reading back would only read the page cache."""
    if read_back:
        drop_cached_pages(path)
        return (yield from verify_file(path, public_identity(prof), cancel))
    return (yield from verify_file(path, public_identity(prof), cancel, written=written.payload))


#: Room a part needs beyond its documents (ZIP headers, manifests, tag files, JSON).
_PART_ALLOWANCE = 256 * 1024


def _unlock(lock: FileLock, lock_path: Path) -> None:
    lock.release()
    with contextlib.suppress(OSError):
        lock_path.unlink()


def _remove_stale(pending: Path, lock_path: Path) -> None:
    """Remove a pending file (and the writer's temporaries) left by a killed export of the same
    name, unless that export is still running (its lock is held)."""
    try:
        lock = FileLock.try_acquire(lock_path)
    except OSError:
        return
    if lock is None:
        return
    try:
        for tmp in temporaries(pending):
            tmp.unlink(missing_ok=True)
        pending.unlink(missing_ok=True)
    finally:
        lock.release()


def _manifest(
    answers: list[Answer],
    docs: list[Any],
    carried: set[str],
    delta: bool,
    item_states: list[ItemState],
) -> Manifest:
    """The answers, the whole document list (marking which documents travel in this bundle)
    with each document's items, and every item note: links and notes always go whole, so a
    delta says what was removed as well as what was added.

    The coordinator searches and compares texts without re-parsing thousands of documents, so
    each carried document's extracted text travels as its own payload file (``texts/``).
    """
    return Manifest(
        answers=tuple(
            AnswerEntry(
                indicator=a.indicator_id,
                level=a.level,
                justification=a.justification,
                status=a.status,
                updated_by=a.updated_by,
                updated_at=a.updated_at,
            )
            for a in answers
        ),
        documents=tuple(
            DocumentEntry(
                sha256=d.sha256,
                path=_doc_path(d.sha256, d.file_name),
                carried=d.sha256 in carried,
                file_name=d.file_name,
                **document_metadata(d),
                links=tuple(d.links),
                size=d.size,
                mime=d.mime,
                page_count=d.page_count,
                has_text_layer=d.has_text_layer,
                warnings=tuple(d.warnings),
                text_path=f"{TEXT_DIR}{d.sha256}.txt" if d.sha256 in carried else None,
                items=tuple(d.items),
            )
            for d in docs
        ),
        complete=not delta,
        item_notes=tuple(
            ItemNoteEntry(s.item_code, s.note, s.updated_by, s.updated_at)
            for s in item_states
            if s.note
        ),
    )


def _part_path(out: Path, k: int, n: int) -> Path:
    return out.with_name(f"{out.stem}.part{k:02d}-of-{n:02d}{out.suffix}")


def _blob_opener(store: WorkspaceStore, sha: str) -> Callable[[], Any]:
    return lambda: store.open_blob(sha)


def _text_entry(sha: str, text: str) -> bagfmt.BagEntry:
    raw = text.encode("utf-8")
    return bagfmt.BagEntry(
        path=f"{TEXT_DIR}{sha}.txt",
        size=len(raw),
        sha256=hashlib.sha256(raw).hexdigest(),
        open=lambda: io.BytesIO(raw),
        compress=True,
    )


def _json_entry(name: str, data: Any) -> bagfmt.BagEntry:
    raw = json_bytes(data)
    return bagfmt.BagEntry(
        path=name,
        size=len(raw),
        sha256=hashlib.sha256(raw).hexdigest(),
        open=lambda: io.BytesIO(raw),
        compress=True,
    )
