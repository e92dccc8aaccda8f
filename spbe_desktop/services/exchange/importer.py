"""Importing bundles into a coordinator workspace: verify fully, then one transaction.

The ledger per OPD key refuses replays and rollbacks; unknown keys are quarantined for an
explicit trust decision; split parts are kept until the last one arrives.

Evidence items (bundle format 2): the documents' item links and the OPD's item notes replace
what the coordinator held for that OPD, in the same transaction, and an item whose set of
documents changed loses its verdict (it waits for a new judgement). A format 1 bundle leaves
item links, notes and verdicts as they are, apart from the links of documents it removes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spbe_desktop import paths
from spbe_desktop.bundles import bag as bagfmt
from spbe_desktop.bundles.keys import PublicIdentity
from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.models import (
    DocumentInfo,
    LedgerEntry,
    document_metadata,
)
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.core.text import clean_text
from spbe_desktop.errors import BundleError, SpbeError, StoreError
from spbe_desktop.fileio import private_temp_dir
from spbe_desktop.services.architecture_exchange import (
    ARCH_JSON,
    ArchitectureContentError,
    apply_inventory,
    parse_inventory,
)
from spbe_desktop.services.exchange.claims import (
    Claim,
    ImportOutcome,
    bind_claim,
    refuse,
)
from spbe_desktop.services.exchange.common import (
    ANSWERS_JSON,
    DOCUMENTS_JSON,
    ITEMS_JSON,
    MAX_BUNDLE_BYTES,
    verify_file,
)
from spbe_desktop.services.exchange.ingest import store_payload
from spbe_desktop.services.exchange.manifest import (
    DocumentEntry,
    ItemNoteEntry,
    Manifest,
    ManifestError,
)
from spbe_desktop.services.workspace import _actor_name, _require_role
from spbe_desktop.store.leftovers import PARTS_PREFIX, STAGING_PREFIX
from spbe_desktop.store.workspace_store import WorkspaceStore


# ---------------------------------------------------------------------------------- import
def import_bundles(
    workspace: Path,
    files: Sequence[Path],
    cancel: CancelToken | None = None,
) -> Generator[Progress, None, list[ImportOutcome]]:
    """Import bundles and parts into a coordinator workspace, one outcome per file.

    Each file is verified fully before anything is written; a refused file changes nothing.
    """
    cancel = cancel or CancelToken()
    outcomes: list[ImportOutcome] = []
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        for path in files:
            cancel.raise_if_cancelled()
            try:
                outcome = yield from _import_one(store, path, cancel)
            except (BundleError, StoreError) as exc:
                if isinstance(exc, StoreError) and exc.code in (
                    "store.disk_full",
                    "store.busy",
                    "store.io",
                ):
                    raise
                outcome = ImportOutcome(path, "refused", exc.code, dict(exc.params))
            outcomes.append(outcome)
    return outcomes


def _lookup_from_store(store: WorkspaceStore) -> Callable[[bytes], PublicIdentity | None]:
    keys = {}
    for opd in store.opds():
        if opd.public_key and not opd.revoked_at:
            pub = PublicIdentity.from_minisign(opd.public_key)
            keys[pub.key_id] = pub
    return keys.get


def _import_one(
    store: WorkspaceStore, path: Path, cancel: CancelToken
) -> Generator[Progress, None, ImportOutcome]:
    """Verify one file completely, then either refuse it (the workspace unchanged), keep it as
    a part, or apply the whole bundle in one transaction."""
    if not path.is_file():
        return refuse(path, "attach.not_found", file=str(path))
    lookup = _lookup_from_store(store)
    # Structure, tag files and signature first; the payload is hashed once, while it is stored
    # (ingest.py), and nothing commits unless every hash holds. A bundle with any finding is
    # verified in full, so its refusal or quarantine names every problem, as before.
    ver = yield from verify_file(path, None, cancel, lookup, hash_payload=False)
    if any(f.severity == "error" for f in ver.result.findings):
        ver = yield from verify_file(path, None, cancel, lookup)
    errors = [f for f in ver.result.findings if f.severity == "error"]
    if ver.signer is not None and any(f.code == "bundle.untrusted_key" for f in errors):
        holder = store.opd_by_key(ver.signer.key_id_hex())
        if holder is not None and holder.revoked_at:
            return refuse(path, "import.revoked_key", unit=holder.name)
        revoked = store.revoked_key(ver.signer.key_id_hex())
        if revoked is not None:  # revoked, and its OPD has pinned a new key since
            return refuse(path, "import.revoked_key", unit=revoked.opd_name)
        return ImportOutcome(
            path,
            "quarantined",
            "import.unknown_key",
            {"file": path.name, "fingerprint": ver.signer.fingerprint()},
            unit=clean_text(ver.info.get("Organization-Unit", ""))[:200],
            signer_public_key=ver.signer.minisign_line(),
            signer_fingerprint=ver.signer.fingerprint(),
        )
    if errors:
        f = errors[0]
        return ImportOutcome(path, "refused", f.code, {"file": path.name, **f.params})
    assert ver.signer is not None
    opd = store.opd_by_key(ver.signer.key_id_hex())
    assert opd is not None
    claim = bind_claim(path, store, opd, ver)
    if isinstance(claim, ImportOutcome):
        return claim
    ledger = store.ledger(opd.id)
    for entry in ledger:
        if entry.bundle_uuid == claim.bundle_uuid:
            return ImportOutcome(
                path,
                "duplicate",
                "import.already",
                {"file": path.name},
                unit=opd.name,
                sequence=claim.sequence,
            )
        if entry.sequence == claim.sequence:
            return refuse(path, "import.sequence_reused", sequence=claim.sequence, unit=opd.name)
    last = max((e.sequence for e in ledger), default=0)
    if claim.sequence < last:
        return refuse(path, "import.rollback", sequence=claim.sequence, last=last, unit=opd.name)
    if claim.count == 1:
        outcome = yield from _apply(store, path, [path], claim, [], cancel)
        return outcome

    stored = store.parts(opd.id, claim.bundle_uuid)
    counts = {n for _k, n, _sha, _name in stored}
    if counts and counts != {claim.count}:
        return refuse(path, "import.parts_differ", detail=f"{claim.part}/{claim.count}")
    known = {k for k, _n, _sha, _name in stored}
    missing = [k for k in range(1, claim.count + 1) if k not in known and k != claim.part]
    if missing:
        if claim.part not in known:
            with store.transaction(), path.open("rb") as fh:
                blob = yield from store.write_blob(
                    fh,
                    path.stat().st_size,
                    DocumentInfo("application/zip"),
                    cancel,
                    label=path.name,
                )
                store.add_part(
                    opd.id, claim.bundle_uuid, claim.part, claim.count, blob.sha256, path.name
                )
                store.audit(
                    _actor_name(store),
                    "bundle.part",
                    f"bundle:{claim.bundle_uuid}",
                    None,
                    {"opd": opd.name, "part": claim.part, "count": claim.count},
                )
        return ImportOutcome(
            path,
            "part_stored",
            "import.part_stored",
            {
                "file": path.name,
                "part": claim.part,
                "count": claim.count,
                "missing": ", ".join(map(str, missing)),
            },
            unit=opd.name,
            sequence=claim.sequence,
            missing_parts=tuple(missing),
        )
    # This file completes the set: apply every part together, in one transaction that also
    # forgets the stored parts; a refusal leaves them (and everything else) as they were.
    outcome = yield from _apply_parts(store, path, claim, stored, cancel)
    return outcome


def _apply_parts(
    store: WorkspaceStore,
    path: Path,
    claim: Claim,
    stored: list[tuple[int, int, str, str]],
    cancel: CancelToken,
) -> Generator[Progress, None, ImportOutcome]:
    """All parts are here: re-verify each stored part from the store, then apply together."""
    # The parts are copied out of the workspace into the user's own cache (not the shared
    # temporary folder: they are evidence), in a folder this import holds locked; copies left
    # by a killed import are removed whenever a workspace is opened (as at this import's start).
    with private_temp_dir(paths.cache_dir(), PARTS_PREFIX) as tmpdir:
        files: list[Path] = []
        for k, _n, sha, _name in stored:
            if k == claim.part:
                continue
            target = tmpdir / f"part{k:03d}.zip"
            with store.open_blob(sha) as src, target.open("wb") as dst:
                for chunk in src.iter_chunks():
                    dst.write(chunk)
            files.append(target)
        files.append(path)
        outcome = yield from _apply(store, path, files, claim, [s[2] for s in stored], cancel)
        return outcome


@dataclass(slots=True)
class _Bundle:
    """A bundle's verified parts, opened for streaming, and its two JSON documents."""

    readers: list[bagfmt.BagReader] = field(default_factory=list)
    #: payload member -> (reader index, sha256, size)
    payload: dict[str, tuple[int, str, int]] = field(default_factory=dict)
    answers_doc: Any = None
    documents_doc: Any = None
    items_doc: Any = None
    tag_digests: list[str] = field(default_factory=list)
    arch_doc: Any = None  # architecture.json (issue 19), when the bundle carries it
    inventory: Any = None


def _apply(
    store: WorkspaceStore,
    path: Path,
    files: list[Path],
    claim: Claim,
    stored_part_shas: list[str],
    cancel: CancelToken,
) -> Generator[Progress, None, ImportOutcome]:
    """Verify every file of the bundle against the OPD's key, then write it all at once."""
    expected = PublicIdentity.from_minisign(claim.opd.public_key or "")
    bundle = _Bundle()
    try:
        for f in files:
            # The payload's hashes are checked while it is stored (ingest.store_payload).
            ver = yield from verify_file(f, expected, cancel, hash_payload=False)
            if not ver.result.ok:
                first = next(x for x in ver.result.findings if x.severity == "error")
                return ImportOutcome(
                    path, "refused", first.code, {"file": path.name, **first.params}
                )
            part = bind_claim(path, store, claim.opd, ver)
            if isinstance(part, ImportOutcome):
                return part
            if (part.bundle_uuid, part.sequence, part.count) != (
                claim.bundle_uuid,
                claim.sequence,
                claim.count,
            ):
                return refuse(path, "import.parts_differ", detail=f"{part.part}/{part.count}")
            bundle.tag_digests.append(f"{part.part}:{part.tag_digest}")
            reader = bagfmt.BagReader(f, max_total_bytes=MAX_BUNDLE_BYTES, expected=ver.payload)
            bundle.readers.append(reader)
            for member, (sha, size) in ver.payload.items():
                bundle.payload[member] = (len(bundle.readers) - 1, sha, size)
            if ANSWERS_JSON in ver.payload:
                bundle.answers_doc = reader.read_json(ANSWERS_JSON)
                bundle.documents_doc = reader.read_json(DOCUMENTS_JSON)
                if ITEMS_JSON in ver.payload:
                    bundle.items_doc = reader.read_json(ITEMS_JSON)
                if ARCH_JSON in ver.payload:
                    bundle.arch_doc = reader.read_json(ARCH_JSON)
        outcome = yield from _write_import(store, path, bundle, claim, stored_part_shas, cancel)
        return outcome
    finally:
        for reader in bundle.readers:
            reader.close()


def _ledger_digest(bundle: _Bundle) -> str:
    """The tag-manifest SHA-256 of a single bundle; for parts, one digest over theirs in order."""
    if len(bundle.tag_digests) == 1:
        return bundle.tag_digests[0].split(":", 1)[1]
    joined = "\n".join(sorted(bundle.tag_digests, key=lambda x: int(x.split(":", 1)[0])))
    return hashlib.sha256(joined.encode("ascii")).hexdigest()


def _check_payload(bundle: _Bundle, manifest: Manifest) -> str | None:
    """The first payload file that nothing in the document list accounts for, if any.

    Signed but unlisted files are refused rather than ignored: a bundle carries exactly what
    its document list says, so nothing can ride along unseen.
    """
    allowed = manifest.payload_names() | ({ARCH_JSON} if bundle.arch_doc is not None else set())
    for member in sorted(bundle.payload):
        if member not in allowed:
            return member
    return None


def _write_import(
    store: WorkspaceStore,
    path: Path,
    bundle: _Bundle,
    claim: Claim,
    stored_part_shas: list[str],
    cancel: CancelToken,
) -> Generator[Progress, None, ImportOutcome]:
    try:
        manifest = Manifest.from_json(
            bundle.answers_doc,
            bundle.documents_doc,
            store.pack(),
            bundle.items_doc,
            claim.format,
        )
        if bundle.arch_doc is not None:
            bundle.inventory = parse_inventory(
                bundle.arch_doc, {d.sha256 for d in manifest.documents}
            )
    except (ManifestError, ArchitectureContentError, SpbeError) as exc:
        return refuse(path, "import.bad_content", detail=clean_text(exc)[:120])
    payload = bundle.payload
    documents = manifest.documents
    extra = _check_payload(bundle, manifest)
    if extra is not None:
        return refuse(path, "import.unexpected_file", member=clean_text(extra)[:120])
    opd = claim.opd
    held = {d.sha256 for d in store.documents(opd.id)}
    missing_base = [
        d
        for d in documents
        if not d.carried and d.sha256 not in held and not store.has_blob(d.sha256)
    ]
    if missing_base:
        return refuse(path, "import.delta_base_missing", count=len(missing_base))
    for d in documents:
        if d.carried and d.path not in payload:
            return refuse(path, "import.bad_content", detail=f"missing {d.path}")
        if d.carried and payload[d.path][1] != d.sha256:
            return refuse(path, "import.bad_content", detail=f"hash of {d.path}")
    with private_temp_dir(paths.cache_dir(), STAGING_PREFIX) as folder:
        try:
            outcome = yield from _commit_import(
                store, path, bundle, claim, manifest, folder, stored_part_shas, cancel
            )
        except StoreError as exc:
            if exc.code != "store.constraint":
                raise
            # The transaction rolled back: refuse the content, say what clashed.
            return refuse(path, "import.conflict", detail=clean_text(exc.params.get("detail")))
        return outcome


def _commit_import(
    store: WorkspaceStore,
    path: Path,
    bundle: _Bundle,
    claim: Claim,
    manifest: Manifest,
    folder: Path,
    stored_part_shas: list[str],
    cancel: CancelToken,
) -> Generator[Progress, None, ImportOutcome]:
    opd = claim.opd
    actor = _actor_name(store)
    # Each new content once (two entries of one bundle may carry the same bytes).
    new: dict[str, tuple[str, str]] = {}
    seen: set[str] = set()
    for d in manifest.documents:
        if d.carried and d.sha256 not in seen and not store.has_blob(d.sha256):
            seen.add(d.sha256)
            new[d.path] = (d.sha256, d.file_name)
    total = sum(bundle.payload[m][2] for m in new)
    with store.appending_journal(), store.transaction():
        carried = yield from store_payload(
            store, bundle.readers, bundle.payload, new, folder, path.name, cancel
        )
        items_before = _item_documents(store, opd.id)
        keep_ids = set()
        for d in manifest.documents:
            existing = store.find_document(opd.id, d.sha256)
            if existing is None:
                doc_id = store.add_document(
                    actor,
                    opd_id=opd.id,
                    sha256=d.sha256,
                    file_name=d.file_name,
                    **document_metadata(d),
                )
            else:
                doc_id = existing.id
                store.set_document_metadata(
                    doc_id,
                    document_metadata(d),
                )
            keep_ids.add(doc_id)
            store.replace_links(doc_id, list(d.links), actor)
            if manifest.carries_items:
                _replace_item_links(store, doc_id, d, actor)
        for old in store.documents(opd.id):
            if old.id not in keep_ids:  # the OPD removed it since its last bundle
                store.remove_document(old.id, actor)
        for a in manifest.answers:
            store.set_answer(
                a.indicator,
                a.updated_by or actor,
                opd_id=opd.id,
                level=a.level,
                justification=a.justification,
                status=a.status,
            )
        if manifest.item_notes is not None:
            _replace_item_notes(store, opd.id, manifest.item_notes, actor)
        cleared = _clear_changed_verdicts(store, opd.id, items_before, actor)
        if bundle.inventory is not None:
            apply_inventory(store, opd.id, bundle.inventory, actor)
        store.add_ledger(
            LedgerEntry(
                bundle_uuid=claim.bundle_uuid,
                opd_id=opd.id,
                sequence=claim.sequence,
                kind=claim.kind,
                tag_digest=_ledger_digest(bundle),
                base_receipt=claim.base_receipt,
                documents=carried,
                bytes=total,
                at=now_iso(),
            )
        )
        if stored_part_shas:
            store.drop_parts(opd.id, claim.bundle_uuid)
        store.audit(
            actor,
            "bundle.import",
            f"bundle:{claim.bundle_uuid}",
            None,
            {
                "opd": opd.name,
                "sequence": claim.sequence,
                "documents": carried,
                "answers": len(manifest.answers),
                "format": claim.format,
                "verdicts_cleared": list(cleared),
            },
        )
    return ImportOutcome(
        path,
        "accepted",
        "import.accepted",
        {"file": path.name},
        unit=opd.name,
        sequence=claim.sequence,
        documents=carried,
        cleared_verdicts=cleared,
    )


def _item_documents(store: WorkspaceStore, opd_id: int) -> dict[str, frozenset[str]]:
    """Item code -> the contents (SHA-256) of the OPD's documents linked to it."""
    sha = {d.id: d.sha256 for d in store.documents(opd_id)}
    return {
        code: frozenset(sha[i] for i in ids if i in sha)
        for code, ids in store.item_links(opd_id).items()
    }


def _replace_item_links(
    store: WorkspaceStore, doc_id: int, entry: DocumentEntry, actor: str
) -> None:
    """Make the document's item links exactly the bundle's, keeping the OPD's indicator levels
    (linking an item links its indicator at the item's level; the OPD may have set another)."""
    have = set(store.document(doc_id).items)
    want = set(entry.items)
    for code in sorted(have - want):
        store.unlink_item(doc_id, code, actor)
    added = sorted(want - have)
    for code in added:
        store.link_item(doc_id, code, actor)
    if added:
        levels = dict(entry.links)
        now = dict(store.document(doc_id).links)
        for ind, level in levels.items():
            if now.get(ind, level) != level:
                store.link(doc_id, ind, level, actor)


def _replace_item_notes(
    store: WorkspaceStore, opd_id: int, notes: tuple[ItemNoteEntry, ...], actor: str
) -> None:
    """The OPD's item notes become exactly the bundle's (a note it emptied is emptied here)."""
    given = {n.code for n in notes}
    for state in store.item_states(opd_id):
        if state.note and state.item_code not in given:
            store.set_item_note(opd_id, state.item_code, "", actor)
    for n in notes:
        store.set_item_note(opd_id, n.code, n.note, n.updated_by or actor)


def _clear_changed_verdicts(
    store: WorkspaceStore, opd_id: int, before: dict[str, frozenset[str]], actor: str
) -> tuple[str, ...]:
    """Take back the verdict on every item of the OPD whose documents changed with this
    import: it needs a new judgement. A verdict on an unchanged item stays."""
    after = _item_documents(store, opd_id)
    cleared = []
    for state in store.item_states(opd_id):
        code = state.item_code
        if state.verdict and before.get(code, frozenset()) != after.get(code, frozenset()):
            store.set_item_verdict(opd_id, code, None, actor)
            cleared.append(code)
    return tuple(cleared)
