"""Importing bundles into a coordinator workspace: verify fully, then one transaction.

The ledger per OPD key refuses replays and rollbacks; unknown keys are quarantined for an
explicit trust decision; split parts are kept until the last one arrives.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spbe_desktop import paths
from spbe_desktop.bundles import bag as bagfmt
from spbe_desktop.bundles.keys import PublicIdentity
from spbe_desktop.core.models import (
    DocumentInfo,
    LedgerEntry,
    OpdRecord,
)
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.documents import MAX_TEXT_CHARS
from spbe_desktop.errors import BundleError, SpbeError, StoreError, message_for
from spbe_desktop.services.exchange.common import (
    ANSWERS_JSON,
    DOCUMENTS_JSON,
    MAX_BUNDLE_BYTES,
    SHA256_HEX,
    verify_file,
)
from spbe_desktop.services.workspace import actor_name, require_role
from spbe_desktop.store.workspace_store import WorkspaceStore, now_iso


# ---------------------------------------------------------------------------------- import
@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What happened to one file: accepted, duplicate, part_stored, or refused (with why)."""

    path: Path
    status: str  # "accepted" | "duplicate" | "part_stored" | "refused" | "quarantined"
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    unit: str = ""
    sequence: int | None = None
    documents: int = 0
    missing_parts: tuple[int, ...] = ()
    signer_public_key: str | None = None
    signer_fingerprint: str | None = None


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
        require_role(store, "coordinator")
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


def _refuse(path: Path, code: str, **params: Any) -> ImportOutcome:
    return ImportOutcome(path, "refused", code, {"file": path.name, **params})


def _import_one(
    store: WorkspaceStore, path: Path, cancel: CancelToken
) -> Generator[Progress, None, ImportOutcome]:
    if not path.is_file():
        return _refuse(path, "attach.not_found", file=str(path))
    ver = yield from verify_file(path, None, cancel, _lookup_from_store(store))
    errors = [f for f in ver.result.findings if f.severity == "error"]
    if ver.signer is not None and any(f.code == "bundle.untrusted_key" for f in errors):
        holder = store.opd_by_key(ver.signer.key_id_hex())
        if holder is not None and holder.revoked_at:
            return _refuse(path, "import.revoked_key", unit=holder.name)
        return ImportOutcome(
            path,
            "quarantined",
            "import.unknown_key",
            {"file": path.name, "fingerprint": ver.signer.fingerprint()},
            unit=ver.info.get("Organization-Unit", ""),
            signer_public_key=ver.signer.minisign_line(),
            signer_fingerprint=ver.signer.fingerprint(),
        )
    if errors:
        f = errors[0]
        return ImportOutcome(path, "refused", f.code, {"file": path.name, **f.params})
    assert ver.signer is not None
    opd = store.opd_by_key(ver.signer.key_id_hex())
    assert opd is not None
    info = ver.info
    prof = store.profile()
    pack = store.pack()
    if info.get("SPBE-Pack-Hash") != pack.content_hash:
        return _refuse(
            path,
            "import.wrong_pack",
            pack=f"{info.get('SPBE-Pack-Id')} {info.get('SPBE-Pack-Version')}",
            expected=f"{pack.id} {pack.version}",
        )
    if info.get("SPBE-Period") != prof.period:
        return _refuse(
            path, "import.wrong_period", period=info.get("SPBE-Period"), expected=prof.period
        )
    bundle_uuid = info.get("SPBE-Bundle-UUID", "")
    try:
        sequence = int(info.get("SPBE-Sequence", ""))
    except ValueError:
        return _refuse(path, "import.bad_content", detail="SPBE-Sequence")
    tag_digest = ver.result.details.get("tagmanifest_sha256", "")
    ledger = store.ledger(opd.id)
    for entry in ledger:
        if entry.bundle_uuid == bundle_uuid:
            return ImportOutcome(
                path,
                "duplicate",
                "import.already",
                {"file": path.name},
                unit=opd.name,
                sequence=sequence,
            )
        if entry.sequence == sequence:
            return _refuse(path, "import.sequence_reused", sequence=sequence, unit=opd.name)
    last = max((e.sequence for e in ledger), default=0)
    if sequence < last:
        return _refuse(path, "import.rollback", sequence=sequence, last=last, unit=opd.name)

    part, count = _bag_count(info.get("Bag-Count"))
    if count > 1:
        known = {p[0] for p in store.parts(bundle_uuid)}
        if part not in known:
            with store.transaction(), path.open("rb") as fh:
                stored = yield from store.write_blob(
                    fh,
                    path.stat().st_size,
                    DocumentInfo("application/zip"),
                    cancel,
                    label=path.name,
                )
                store.add_part(bundle_uuid, part, count, stored.sha256, path.name)
                store.audit(
                    actor_name(store),
                    "bundle.part",
                    f"bundle:{bundle_uuid}",
                    None,
                    {"opd": opd.name, "part": part, "count": count},
                )
            known.add(part)
        missing = tuple(k for k in range(1, count + 1) if k not in known)
        if missing:
            return ImportOutcome(
                path,
                "part_stored",
                "import.part_stored",
                {
                    "file": path.name,
                    "part": part,
                    "count": count,
                    "missing": ", ".join(map(str, missing)),
                },
                unit=opd.name,
                sequence=sequence,
                missing_parts=missing,
            )
        outcome = yield from _apply_parts(
            store, path, opd, bundle_uuid, sequence, tag_digest, info, cancel
        )
        return outcome
    outcome = yield from _apply(
        store, path, [path], opd, bundle_uuid, sequence, tag_digest, info, cancel
    )
    return outcome


def _bag_count(value: str | None) -> tuple[int, int]:
    if not value:
        return 1, 1
    m = re.fullmatch(r"\s*(\d+)\s+of\s+(\d+)\s*", value)
    if not m:
        return 1, 1
    return int(m.group(1)), int(m.group(2))


def _apply_parts(
    store: WorkspaceStore,
    path: Path,
    opd: OpdRecord,
    bundle_uuid: str,
    sequence: int,
    tag_digest: str,
    info: dict[str, str],
    cancel: CancelToken,
) -> Generator[Progress, None, ImportOutcome]:
    """All parts are here: re-verify each stored part from the store, then apply together."""
    # The parts are copied out of the workspace into the user's own cache (not the shared
    # temporary folder: they are evidence); copies left by a killed import are removed here.
    cache = paths.cache_dir()
    for stale in cache.glob("spbe-parts-*"):
        # Only old ones: a fresh folder may belong to an import running in another window.
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > 6 * 3600:
                shutil.rmtree(stale, ignore_errors=True)
    tmpdir = Path(tempfile.mkdtemp(prefix="spbe-parts-", dir=cache))
    try:
        files: list[Path] = []
        for k, _n, sha, _name in store.parts(bundle_uuid):
            target = tmpdir / f"part{k:03d}.zip"
            with store.open_blob(sha) as src, target.open("wb") as dst:
                for chunk in src.iter_chunks():
                    dst.write(chunk)
            files.append(target)
        outcome = yield from _apply(
            store,
            path,
            files,
            opd,
            bundle_uuid,
            sequence,
            tag_digest,
            info,
            cancel,
            drop_parts=True,
        )
        return outcome
    finally:
        for f in tmpdir.iterdir():
            f.unlink(missing_ok=True)
        tmpdir.rmdir()


def _apply(
    store: WorkspaceStore,
    path: Path,
    files: list[Path],
    opd: OpdRecord,
    bundle_uuid: str,
    sequence: int,
    tag_digest: str,
    info: dict[str, str],
    cancel: CancelToken,
    drop_parts: bool = False,
) -> Generator[Progress, None, ImportOutcome]:
    """Verify every file of the bundle, then write it all in one transaction."""
    expected = PublicIdentity.from_minisign(opd.public_key or "")
    payload: dict[str, tuple[int, str, int]] = {}  # member -> (reader index, sha, size)
    readers: list[bagfmt.BagReader] = []
    answers_doc: Any = None
    documents_doc: Any = None
    try:
        for f in files:
            ver = yield from verify_file(f, expected, cancel)
            if not ver.result.ok:
                first = next(x for x in ver.result.findings if x.severity == "error")
                return ImportOutcome(
                    path, "refused", first.code, {"file": path.name, **first.params}
                )
            if ver.info.get("SPBE-Bundle-UUID") != bundle_uuid:
                return _refuse(path, "import.bad_content", detail="parts of different bundles")
            reader = bagfmt.BagReader(f, max_total_bytes=MAX_BUNDLE_BYTES, expected=ver.payload)
            readers.append(reader)
            for member, (sha, size) in ver.payload.items():
                payload[member] = (len(readers) - 1, sha, size)
            if ANSWERS_JSON in ver.payload:
                answers_doc = reader.read_json(ANSWERS_JSON)
                documents_doc = reader.read_json(DOCUMENTS_JSON)
        outcome = yield from _write_import(
            store,
            path,
            readers,
            payload,
            answers_doc,
            documents_doc,
            opd,
            bundle_uuid,
            sequence,
            tag_digest,
            info,
            cancel,
            drop_parts,
        )
        return outcome
    finally:
        for reader in readers:
            reader.close()


def _write_import(
    store: WorkspaceStore,
    path: Path,
    readers: list[bagfmt.BagReader],
    payload: dict[str, tuple[int, str, int]],
    answers_doc: Any,
    documents_doc: Any,
    opd: OpdRecord,
    bundle_uuid: str,
    sequence: int,
    tag_digest: str,
    info: dict[str, str],
    cancel: CancelToken,
    drop_parts: bool,
) -> Generator[Progress, None, ImportOutcome]:
    try:
        answers = _parse_answers(answers_doc, store)
        documents = _parse_documents(documents_doc, store)
    except (KeyError, TypeError, ValueError, SpbeError) as exc:
        return _refuse(path, "import.bad_content", detail=str(exc)[:120])
    held = {d.sha256 for d in store.documents(opd.id)}
    missing_base = [
        d
        for d in documents
        if not d["carried"] and d["sha256"] not in held and not store.has_blob(d["sha256"])
    ]
    if missing_base:
        return _refuse(path, "import.delta_base_missing", count=len(missing_base))
    for d in documents:
        if d["carried"] and d["path"] not in payload:
            return _refuse(path, "import.bad_content", detail=f"missing {d['path']}")
        if d["carried"] and payload[d["path"]][1] != d["sha256"]:
            return _refuse(path, "import.bad_content", detail=f"hash of {d['path']}")
    actor = actor_name(store)
    total = sum(payload[d["path"]][2] for d in documents if d["carried"])
    done = 0
    carried = 0
    with store.transaction():
        keep_ids = set()
        for d in documents:
            if d["carried"] and not store.has_blob(d["sha256"]):
                idx, _sha, size = payload[d["path"]]
                text = _read_text(readers, payload, d.get("text_path"))
                with readers[idx].open_payload(d["path"]) as src:
                    job = store.write_blob(
                        src,
                        size,
                        DocumentInfo(
                            d["mime"],
                            d["page_count"],
                            text,
                            d["has_text_layer"],
                            warnings=d["warnings"],
                        ),
                        cancel,
                        expected_sha256=d["sha256"],
                        label=d["file_name"],
                    )
                    base = done
                    while True:
                        try:
                            step = next(job)
                        except StopIteration:
                            break
                        yield Progress(
                            base + step.done, total, "progress.importing", {"name": path.name}
                        )
                    done = base + size
                carried += 1
            existing = store.find_document(opd.id, d["sha256"])
            if existing is None:
                doc_id = store.add_document(
                    actor,
                    opd_id=opd.id,
                    sha256=d["sha256"],
                    file_name=d["file_name"],
                    title=d["title"],
                    kind=d["kind"],
                    number=d["number"],
                    issued=d["issued"],
                    valid_until=d["valid_until"],
                    issuer=d["issuer"],
                )
            else:
                doc_id = existing.id
                store.set_document_metadata(
                    doc_id,
                    {
                        k: d[k]
                        for k in ("title", "kind", "number", "issued", "valid_until", "issuer")
                    },
                )
            keep_ids.add(doc_id)
            store.replace_links(
                doc_id, [(link["indicator"], link["level"]) for link in d["links"]], actor
            )
        for old in store.documents(opd.id):
            if old.id not in keep_ids:  # the OPD removed it since its last bundle
                store.remove_document(old.id, actor)
        for a in answers:
            store.set_answer(
                a["indicator"],
                a["updated_by"] or actor,
                opd_id=opd.id,
                level=a["level"],
                justification=a["justification"],
                status=a["status"],
            )
        store.add_ledger(
            LedgerEntry(
                bundle_uuid=bundle_uuid,
                opd_id=opd.id,
                sequence=sequence,
                kind=info.get("SPBE-Kind", "full")
                if info.get("SPBE-Kind") in ("full", "delta")
                else "full",
                tag_digest=str(tag_digest),
                base_receipt=info.get("SPBE-Base-Receipt", ""),
                documents=carried,
                bytes=total,
                at=now_iso(),
            )
        )
        if drop_parts:
            store.drop_parts(bundle_uuid)
        store.audit(
            actor,
            "bundle.import",
            f"bundle:{bundle_uuid}",
            None,
            {"opd": opd.name, "sequence": sequence, "documents": carried, "answers": len(answers)},
        )
    return ImportOutcome(
        path,
        "accepted",
        "import.accepted",
        {"file": path.name},
        unit=opd.name,
        sequence=sequence,
        documents=carried,
    )


def _read_text(
    readers: list[bagfmt.BagReader],
    payload: dict[str, tuple[int, str, int]],
    member: str | None,
) -> str:
    """A carried document's extracted text (capped; undecodable bytes replaced)."""
    if not member or member not in payload:
        return ""
    idx = payload[member][0]
    with readers[idx].open_payload(member) as src:
        raw = src.read(MAX_TEXT_CHARS * 4)
        while src.read(1024 * 1024):  # drain to the end in chunks, so the hash is checked
            pass
    return raw.decode("utf-8", errors="replace")[:MAX_TEXT_CHARS]


def _parse_answers(doc: Any, store: WorkspaceStore) -> list[dict[str, Any]]:
    if not isinstance(doc, dict) or not isinstance(doc.get("answers"), list):
        raise ValueError("answers.json")
    pack = store.pack()
    out = []
    for a in doc["answers"]:
        ind = pack.indicator(str(a["indicator"])).id
        level = a.get("level")
        if level is not None and (not isinstance(level, int) or not 1 <= level <= 5):
            raise ValueError(f"level of {ind}")
        status = a.get("status", "draft")
        if status not in ("empty", "draft", "ready", "na"):
            raise ValueError(f"status of {ind}")
        out.append(
            {
                "indicator": ind,
                "level": level,
                "justification": str(a.get("justification", ""))[:100_000],
                "status": status,
                "updated_by": str(a.get("updated_by", ""))[:200],
            }
        )
    return out


def _parse_documents(doc: Any, store: WorkspaceStore) -> list[dict[str, Any]]:
    if not isinstance(doc, dict) or not isinstance(doc.get("documents"), list):
        raise ValueError("documents.json")
    pack = store.pack()
    out = []
    for d in doc["documents"]:
        sha = str(d["sha256"])
        if not SHA256_HEX.fullmatch(sha):
            raise ValueError("sha256")
        out.append(
            {
                "sha256": sha,
                "path": str(d["path"]),
                "carried": bool(d["carried"]),
                "file_name": str(d["file_name"])[:255],
                "title": str(d["title"])[:500],
                "kind": str(d["kind"])[:100],
                "number": str(d.get("number") or "")[:200],
                "issued": _opt_date(d.get("issued")),
                "valid_until": _opt_date(d.get("valid_until")),
                "issuer": str(d.get("issuer") or "")[:300],
                "mime": str(d.get("mime", ""))[:100],
                "page_count": d.get("page_count") if isinstance(d.get("page_count"), int) else None,
                "text_path": str(d["text_path"]) if d.get("text_path") else None,
                "has_text_layer": bool(d.get("has_text_layer", True)),
                "warnings": tuple(str(w)[:80] for w in d.get("warnings") or ())[:10],
                "links": [
                    {
                        "indicator": pack.indicator(str(x["indicator"])).id,
                        "level": x.get("level") if isinstance(x.get("level"), int) else None,
                    }
                    for x in d.get("links", [])
                ],
            }
        )
    return out


def _opt_date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return dt.date.fromisoformat(str(value)).isoformat()


def outcome_message(outcome: ImportOutcome, lang: str) -> str:
    if outcome.status == "accepted":
        return {
            "id": f"{outcome.path.name}: diterima dari {outcome.unit} (urutan {outcome.sequence}, "
            f"{outcome.documents} dokumen baru).",
            "en": f"{outcome.path.name}: accepted from {outcome.unit} (sequence "
            f"{outcome.sequence}, {outcome.documents} new documents).",
        }[lang]
    text = message_for(outcome.code, outcome.params, lang)
    if outcome.status == "refused" and not text.startswith(outcome.path.name):
        prefix = {"id": "ditolak", "en": "refused"}[lang]
        return f"{outcome.path.name}: {prefix} — {text}"
    return text
