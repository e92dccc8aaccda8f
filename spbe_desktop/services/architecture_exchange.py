"""The architecture inventory in bundles and receipts.

An OPD's bundle carries its whole inventory as one payload file, ``architecture.json`` (listed
in the bag manifest, so it is signed with everything else): objects by ``uid`` with their
fields and SIAP Digital status (the screenshot named by its document's SHA-256, a document the
bundle lists), and the relations between them by uid. The file is written once the OPD has
ever touched its inventory, and then in every bundle, full or delta, so removals travel too;
a bundle without it (older versions, or an OPD that never used the inventory) leaves the
coordinator's copy as it is. Bundle formats 1 and 2 stay as they were: the file is one more
payload file, not a new format.

The coordinator keeps each OPD's entries bound to the OPD whose key signed the bundle, as the
documents are; its own remarks, and SIAP status it recorded itself, survive a new bundle. A
receipt carries them back (``"architecture"``: uid -> remark and, when the coordinator recorded
it, the SIAP status) and the OPD's accept records them on its objects.

The reference codes the coordinator added below the national lists travel the other way, in
the signed kit and in every receipt (``"architecture_codes"``: a list of ``{"list", "code",
"name"}``, the coordinator's whole set, possibly empty). The OPD's workspace keeps them as codes
of source "koordinator", apart from its own, and each receipt that carries the list replaces
the set as a whole; a kit or receipt without it (older versions) leaves the set as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from spbe_desktop.core.architecture import (
    CODE_PATTERN,
    DOMAINS,
    RELATION_KINDS,
    SIAP_STATUSES,
    SOURCE_LOCAL,
    ArchObject,
    list_of,
    load_model,
)
from spbe_desktop.core.models import SELF_OPD
from spbe_desktop.core.text import clean_text
from spbe_desktop.store.workspace_store import WorkspaceStore

#: The payload file's name, ``architecture.json`` (spelt in two parts: a dotted literal reads as
#: a message code to the catalogue test).
ARCH_JSON = f"{'architecture'}.json"
FORMAT = 1
#: The kit's and the receipt's key for the coordinator's own reference codes.
CODES_KEY = "architecture_codes"
#: More codes than a coordinator would ever add by hand: a list longer than this is refused.
MAX_CODES = 5000
_UID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


class ArchitectureContentError(ValueError):
    """An ``architecture.json`` or a receipt's inventory part this program would not write."""


@dataclass(frozen=True, slots=True)
class InventoryEntry:
    uid: str
    domain: str
    name: str
    ref_code: str
    fields: Mapping[str, str]
    siap_status: str
    siap_id: str
    siap_date: str | None
    screenshot_sha256: str | None


@dataclass(frozen=True, slots=True)
class Inventory:
    objects: tuple[InventoryEntry, ...]
    relations: tuple[tuple[str, str, str], ...]  # (kind, from uid, to uid)


# ---------------------------------------------------------------------------------- OPD side
def bundle_inventory(store: WorkspaceStore) -> dict[str, Any] | None:
    """The OPD's ``architecture.json`` content, or None when it never touched the inventory
    (its bundles then stay byte-for-byte what older versions read)."""
    objs = store.arch_objects(SELF_OPD)
    # Ever added an object (codes from the coordinator's kit or receipts are not a touch).
    if not objs and not store.audit_entries(action_prefix="arch.add", limit=1):
        return None
    by_id = {o.id: o.uid for o in objs}
    return {
        "format": FORMAT,
        "objects": [_object_json(o) for o in objs],
        "relations": [
            {"kind": r.kind, "from": by_id[r.from_id], "to": by_id[r.to_id]}
            for r in store.arch_relations(SELF_OPD)
        ],
    }


def _object_json(o: ArchObject) -> dict[str, Any]:
    return {
        "uid": o.uid,
        "domain": o.domain,
        "name": o.name,
        "ref_code": o.ref_code,
        "fields": dict(o.fields),
        "siap": {
            "status": o.siap.status,
            "siap_id": o.siap.siap_id,
            "input_date": o.siap.input_date,
            "screenshot_sha256": o.siap.screenshot_sha256 or None,
        },
        "updated_by": o.updated_by,
        "updated_at": o.updated_at,
    }


# ---------------------------------------------------------------------------------- coordinator
def parse_inventory(raw: Any, documents: set[str]) -> Inventory:
    """Validate and clean an ``architecture.json`` (``documents``: the SHA-256 of every document
    the bundle lists; a screenshot must be one of them).

    Raises:
        ArchitectureContentError: naming what is not what this program writes.
    """
    if not isinstance(raw, Mapping) or raw.get("format") != FORMAT:
        raise ArchitectureContentError(f"{ARCH_JSON}: format")
    if not isinstance(raw.get("objects"), list) or not isinstance(raw.get("relations"), list):
        raise ArchitectureContentError(ARCH_JSON)
    objects = []
    domains: dict[str, str] = {}
    for o in raw["objects"]:
        entry = _entry(o, documents)
        if entry.uid in domains:
            raise ArchitectureContentError(f"{ARCH_JSON}: uid {entry.uid} twice")
        domains[entry.uid] = entry.domain
        objects.append(entry)
    relations = []
    for r in raw["relations"]:
        if not isinstance(r, Mapping):
            raise ArchitectureContentError(f"{ARCH_JSON}: relation")
        kind, a, b = r.get("kind"), r.get("from"), r.get("to")
        spec = RELATION_KINDS.get(kind) if isinstance(kind, str) else None
        if spec is None or (domains.get(str(a)), domains.get(str(b))) != (
            spec.from_domain,
            spec.to_domain,
        ):
            raise ArchitectureContentError(f"{ARCH_JSON}: relation {clean_text(kind)[:40]}")
        relations.append((spec.kind, str(a), str(b)))
    return Inventory(tuple(objects), tuple(dict.fromkeys(relations)))


def _entry(raw: Any, documents: set[str]) -> InventoryEntry:
    if not isinstance(raw, Mapping):
        raise ArchitectureContentError(f"{ARCH_JSON}: an object is not an object")
    uid = raw.get("uid")
    if not isinstance(uid, str) or not _UID.match(uid):
        raise ArchitectureContentError(f"{ARCH_JSON}: uid")
    domain = raw.get("domain")
    if domain not in DOMAINS:
        raise ArchitectureContentError(f"{ARCH_JSON}: domain of {uid}")
    name = clean_text(raw.get("name"), max_length=500)
    ref = clean_text(raw.get("ref_code"), max_length=60)
    if not name or (ref and not CODE_PATTERN.match(ref)):
        raise ArchitectureContentError(f"{ARCH_JSON}: name or code of {uid}")
    fields = raw.get("fields", {})
    if not isinstance(fields, Mapping) or not all(
        isinstance(k, str) and _KEY.match(k) for k in fields
    ):
        raise ArchitectureContentError(f"{ARCH_JSON}: fields of {uid}")
    siap = raw.get("siap") or {}
    status = siap.get("status", "belum") if isinstance(siap, Mapping) else None
    if status not in SIAP_STATUSES:
        raise ArchitectureContentError(f"{ARCH_JSON}: SIAP status of {uid}")
    date = siap.get("input_date")
    if date is not None and not (isinstance(date, str) and _DATE.match(date)):
        raise ArchitectureContentError(f"{ARCH_JSON}: SIAP date of {uid}")
    sha = siap.get("screenshot_sha256")
    if sha is not None and (
        not isinstance(sha, str) or not _SHA.match(sha) or sha not in documents
    ):
        raise ArchitectureContentError(f"{ARCH_JSON}: screenshot of {uid}")
    return InventoryEntry(
        uid=uid,
        domain=str(domain),
        name=name,
        ref_code=ref,
        fields={
            k: clean_text(v, multiline=True, max_length=20_000)
            for k, v in fields.items()
            if clean_text(v, multiline=True, max_length=20_000)
        },
        siap_status=str(status),
        siap_id=clean_text(siap.get("siap_id"), max_length=200),
        siap_date=date,
        screenshot_sha256=sha,
    )


def apply_inventory(store: WorkspaceStore, opd_id: int, inv: Inventory, actor: str) -> None:
    """Make the OPD's entries exactly the bundle's (inside the import's transaction, after its
    documents): by uid, changed ones updated, new ones added, missing ones removed; relations
    replaced. The coordinator's remarks stay, and so does a SIAP status it recorded itself."""
    with store.transaction():
        have = {o.uid: o for o in store.arch_objects(opd_id)}
        ids: dict[str, int] = {}
        for e in inv.objects:
            shot = None
            if e.screenshot_sha256:
                doc = store.find_document(opd_id, e.screenshot_sha256)
                shot = doc.id if doc is not None else None
            old = have.get(e.uid)
            if old is None:
                ids[e.uid] = store.add_arch_object(
                    actor,
                    opd_id=opd_id,
                    domain=e.domain,
                    name=e.name,
                    ref_code=e.ref_code,
                    fields=e.fields,
                    uid=e.uid,
                )
                changes: dict[str, Any] = {}
            else:
                ids[e.uid] = old.id
                changes = {"name": e.name, "ref_code": e.ref_code, "fields": e.fields}
            if old is None or not old.siap.entered_by:
                changes.update(
                    siap_status=e.siap_status,
                    siap_id=e.siap_id,
                    siap_date=e.siap_date,
                    siap_screenshot=shot,
                )
            if changes:
                store.update_arch_object(actor, ids[e.uid], **changes)
        for uid, old in have.items():
            if uid not in ids:
                store.delete_arch_object(actor, old.id)
        want = {(k, ids[a], ids[b]) for k, a, b in inv.relations}
        current = {(r.kind, r.from_id, r.to_id) for r in store.arch_relations(opd_id)}
        for kind, a, b in sorted(current - want):
            store.remove_arch_relation(actor, kind, a, b)
        for kind, a, b in sorted(want - current):
            store.add_arch_relation(actor, kind, a, b)


# ---------------------------------------------------------------------------------- receipts
def receipt_part(store: WorkspaceStore, opd_id: int) -> dict[str, Any]:
    """uid -> the coordinator's remark (and the SIAP status it recorded) for one OPD."""
    out: dict[str, Any] = {}
    for o in store.arch_objects(opd_id):
        entry: dict[str, Any] = {}
        if o.remark:
            entry.update(remark=o.remark, by=o.remark_by, at=o.remark_at)
        if o.siap.entered_by:
            entry["siap"] = {
                "status": o.siap.status,
                "siap_id": o.siap.siap_id,
                "input_date": o.siap.input_date,
                "by": o.siap.entered_by,
            }
        if entry:
            out[o.uid] = entry
    return out


def parse_receipt_part(raw: Any) -> dict[str, dict[str, Any]]:
    """A receipt's ``"architecture"`` part, checked and cleaned.

    Raises:
        ArchitectureContentError: naming the uid or field that is not what this program writes.
    """
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise ArchitectureContentError("architecture")
    out: dict[str, dict[str, Any]] = {}
    for uid, value in raw.items():
        if not isinstance(uid, str) or not _UID.match(uid) or not isinstance(value, Mapping):
            raise ArchitectureContentError(f"architecture: {clean_text(uid)[:40]}")
        entry: dict[str, Any] = {
            "remark": clean_text(value.get("remark"), multiline=True, max_length=4000),
            "by": clean_text(value.get("by"), max_length=200),
            "at": clean_text(value.get("at"), max_length=40) or None,
        }
        siap = value.get("siap")
        if siap is not None:
            if not isinstance(siap, Mapping) or siap.get("status") not in SIAP_STATUSES:
                raise ArchitectureContentError(f"architecture: SIAP status of {uid}")
            date = siap.get("input_date")
            if date is not None and not (isinstance(date, str) and _DATE.match(date)):
                raise ArchitectureContentError(f"architecture: SIAP date of {uid}")
            entry["siap"] = {
                "siap_status": siap["status"],
                "siap_id": clean_text(siap.get("siap_id"), max_length=200),
                "siap_date": date,
                "siap_by": clean_text(siap.get("by"), max_length=200) or "koordinator",
            }
        out[uid] = entry
    return out


def apply_receipt_part(
    store: WorkspaceStore, part: Mapping[str, Mapping[str, Any]], actor: str
) -> None:
    """The OPD's objects take the coordinator's remarks and SIAP status (inside the receipt's
    transaction); a remark the receipt no longer gives is cleared."""
    with store.transaction():
        for o in store.arch_objects(SELF_OPD):
            entry = part.get(o.uid)
            changes: dict[str, Any] = {}
            if entry is None:
                if o.remark:
                    changes.update(remark="", remark_by="", remark_at=None)
            else:
                changes.update(remark=entry["remark"], remark_by=entry["by"], remark_at=entry["at"])
                changes.update(entry.get("siap", {}))
            if changes:
                store.update_arch_object(actor, o.id, action="arch.remark", **changes)


# ---------------------------------------------------------------------------------- codes
def codes_part(store: WorkspaceStore) -> list[dict[str, str]]:
    """The coordinator's own reference codes, for its kits and receipts."""
    return [
        {"list": e.list_id, "code": e.code, "name": e.name}
        for e in store.arch_local_codes(SOURCE_LOCAL)
    ]


def parse_codes_part(raw: Any) -> tuple[tuple[str, str, str], ...] | None:
    """A kit's or receipt's ``"architecture_codes"`` as ``(list_id, code, name)``, checked and
    cleaned; None when it has none (made by an older version).

    Raises:
        ArchitectureContentError: naming the entry that is not what this program writes.
    """
    if raw is None:
        return None
    if not isinstance(raw, list) or len(raw) > MAX_CODES:
        raise ArchitectureContentError(CODES_KEY)
    lists = load_model().code_lists
    out: dict[str, tuple[str, str, str]] = {}
    for entry in raw:
        if not isinstance(entry, Mapping):
            raise ArchitectureContentError(f"{CODES_KEY}: an entry is not an object")
        code = entry.get("code")
        if not isinstance(code, str) or not CODE_PATTERN.match(code):
            raise ArchitectureContentError(f"{CODES_KEY}: {clean_text(code)[:40]}")
        list_id = entry.get("list")
        name = clean_text(entry.get("name"), max_length=500)
        if list_id != list_of(code) or list_id not in lists or not name or code in out:
            raise ArchitectureContentError(f"{CODES_KEY}: {code}")
        out[code] = (list_id, code, name)
    return tuple(out.values())


def apply_codes_part(
    store: WorkspaceStore,
    codes: tuple[tuple[str, str, str], ...] | None,
    actor: str,
    coordinator: str,
) -> None:
    """The OPD's workspace takes the coordinator's codes as its whole "koordinator" set (inside
    the kit's or receipt's transaction; ``coordinator``: its unit, kept as who added them).
    None (an older kit or receipt) changes nothing."""
    if codes is not None:
        store.replace_coordinator_codes(actor, codes, coordinator or "koordinator")
