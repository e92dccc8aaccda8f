"""Moving work between OPD and coordinator: identity cards, trust, kits, bundles, receipts.

The bundle format itself (BagIt in a ZIP, minisign signature, hostile-ZIP defences) lives in
``spbe_desktop.bundles``; this module decides *what* goes in and what an import does with it.
An import is verified completely before the first write, and then applied in one transaction:
the coordinator's workspace holds either the whole bundle or none of it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import hashlib
import io
import json
import os
import re
import time
import uuid
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spbe_desktop.bundles import bag as bagfmt
from spbe_desktop.bundles.envelope import read_signed_json, write_signed_json
from spbe_desktop.bundles.files import fsync_folder, write_error
from spbe_desktop.bundles.keys import PublicIdentity, SecretIdentity, load_secret
from spbe_desktop.core.models import (
    SELF_OPD,
    Answer,
    CheckResult,
    DocumentInfo,
    Finding,
    LedgerEntry,
    OpdRecord,
    Profile,
)
from spbe_desktop.core.packs import canonical_json, load_pack_bytes, pack_to_bytes
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.documents import MAX_TEXT_CHARS, is_compressed_mime
from spbe_desktop.errors import BundleError, SpbeError, StoreError, UsageError, register_messages
from spbe_desktop.services.workspace import actor_name, init_workspace, require_role
from spbe_desktop.store.database import SQLITE_HEADER
from spbe_desktop.store.workspace_store import WorkspaceStore, now_iso

register_messages(
    {
        "exchange.passphrase_needed": {
            "en": "The signing key of this workspace is protected; give the passphrase "
            "(SPBE_PASSPHRASE or --passphrase).",
            "id": "Kunci tanda tangan ruang kerja ini dilindungi; masukkan frasa sandinya "
            "(SPBE_PASSPHRASE atau --passphrase).",
        },
        "exchange.not_identity_card": {
            "en": "{file} is not an identity card of this program's OPDs; ask the OPD for the "
            "card made with 'spbe identity --out'.",
            "id": "{file} bukan kartu identitas OPD dari aplikasi ini; minta OPD mengirim kartu "
            "yang dibuat dengan 'spbe identity --out'.",
        },
        "exchange.card_is_self": {
            "en": "This identity card belongs to this workspace itself; pin the OPD's card "
            "instead.",
            "id": "Kartu identitas ini milik ruang kerja ini sendiri; sematkan kartu milik OPD.",
        },
        "exchange.unknown_opd": {
            "en": "There is no OPD named '{name}' in the register; add it with 'spbe trust' or "
            "'spbe kit' first.",
            "id": "Tidak ada OPD bernama '{name}' dalam daftar; tambahkan dulu dengan 'spbe "
            "trust' atau 'spbe kit'.",
        },
        "exchange.key_in_use": {
            "en": "This key is already pinned for '{name}'; one key belongs to one OPD.",
            "id": "Kunci ini sudah disematkan untuk '{name}'; satu kunci hanya untuk satu OPD.",
        },
        "exchange.export_failed_verification": {
            "en": "The bundle just written did not pass its own verification ({detail}); it was "
            "removed. Run 'spbe check' on the workspace.",
            "id": "Bundel yang baru ditulis gagal diverifikasi ({detail}); berkas dihapus. "
            "Jalankan 'spbe check' pada ruang kerja.",
        },
        "exchange.receipt_wrong_opd": {
            "en": "This receipt was issued for another OPD ({unit}); accept only your own receipt.",
            "id": "Tanda terima ini diterbitkan untuk OPD lain ({unit}); terima hanya tanda "
            "terima milik Anda.",
        },
        "exchange.receipt_wrong_coordinator": {
            "en": "This receipt is not signed by your coordinator's key; do not accept it and "
            "ask the coordinator.",
            "id": "Tanda terima ini tidak ditandatangani kunci koordinator Anda; jangan terima "
            "dan tanyakan kepada koordinator.",
        },
        "exchange.receipt_old": {
            "en": "This receipt (sequence {sequence}) is older than one already accepted; "
            "nothing was changed.",
            "id": "Tanda terima ini (urutan {sequence}) lebih lama dari yang sudah diterima; "
            "tidak ada yang diubah.",
        },
        "exchange.nothing_imported": {
            "en": "No bundle has been imported from '{name}' yet; import one before issuing a "
            "receipt.",
            "id": "Belum ada bundel yang diimpor dari '{name}'; impor dulu sebelum menerbitkan "
            "tanda terima.",
        },
        "exchange.trust_source": {
            "en": "{file} is neither a workspace nor an identity card; give the coordinator "
            "workspace or the OPD's card.",
            "id": "{file} bukan ruang kerja maupun kartu identitas; berikan ruang kerja "
            "koordinator atau kartu OPD.",
        },
        "import.already": {
            "en": "{file}: already imported (sudah diimpor); nothing changed.",
            "id": "{file}: sudah diimpor; tidak ada yang berubah.",
        },
        "import.sequence_reused": {
            "en": "{file}: a different bundle with sequence {sequence} from {unit} was already "
            "imported; refused. Ask the OPD to export again.",
            "id": "{file}: bundel lain dengan urutan {sequence} dari {unit} sudah diimpor; "
            "ditolak. Minta OPD mengekspor ulang.",
        },
        "import.rollback": {
            "en": "{file}: sequence {sequence} is older than the last accepted ({last}) from "
            "{unit}; refused as an old copy. Ask the OPD for its newest bundle.",
            "id": "{file}: urutan {sequence} lebih lama dari yang terakhir diterima ({last}) dari "
            "{unit}; ditolak sebagai salinan lama. Minta bundel terbaru dari OPD.",
        },
        "import.unknown_key": {
            "en": "{file}: signed by a key that is not in the OPD register (fingerprint "
            "{fingerprint}); pin the OPD's identity card with 'spbe trust' first.",
            "id": "{file}: ditandatangani kunci yang tidak terdaftar (sidik jari {fingerprint}); "
            "sematkan dulu kartu identitas OPD dengan 'spbe trust'.",
        },
        "import.revoked_key": {
            "en": "{file}: signed by the revoked key of {unit}; refused. Ask the OPD for a new "
            "identity card.",
            "id": "{file}: ditandatangani kunci {unit} yang sudah dicabut; ditolak. Minta kartu "
            "identitas baru dari OPD.",
        },
        "import.wrong_pack": {
            "en": "{file}: made for framework {pack} but this workspace uses {expected}; ask the "
            "OPD to use the evaluation kit of this round.",
            "id": "{file}: dibuat untuk kerangka {pack}, sedangkan ruang kerja ini memakai "
            "{expected}; minta OPD memakai kit evaluasi putaran ini.",
        },
        "import.wrong_period": {
            "en": "{file}: made for period {period} but this workspace is for {expected}; refused.",
            "id": "{file}: dibuat untuk periode {period}, sedangkan ruang kerja ini untuk "
            "{expected}; ditolak.",
        },
        "import.delta_base_missing": {
            "en": "{file}: a delta bundle that refers to {count} documents this workspace does "
            "not hold; import the earlier bundles first or ask the OPD for a full export.",
            "id": "{file}: bundel delta merujuk {count} dokumen yang tidak dimiliki ruang kerja "
            "ini; impor dulu bundel sebelumnya atau minta OPD mengekspor penuh (--full).",
        },
        "import.invalid": {
            "en": "{file}: {detail}",
            "id": "{file}: {detail}",
        },
        "import.part_stored": {
            "en": "{file}: part {part} of {count} kept; still missing: {missing}.",
            "id": "{file}: bagian {part} dari {count} disimpan; masih kurang: {missing}.",
        },
        "import.bad_content": {
            "en": "{file}: the bundle's content is not what this program writes ({detail}); "
            "refused. Ask the OPD to export again.",
            "id": "{file}: isi bundel tidak sesuai format aplikasi ini ({detail}); ditolak. Minta "
            "OPD mengekspor ulang.",
        },
        "usage.split": {
            "en": "The part size must be at least 1 MB, not {value}.",
            "id": "Ukuran bagian minimal 1 MB, bukan {value}.",
        },
        "import.accepted": {"en": "{file}: accepted.", "id": "{file}: diterima."},
        "progress.exporting": {"en": "Writing {name}", "id": "Menulis {name}"},
        "progress.verifying": {"en": "Verifying {name}", "id": "Memverifikasi {name}"},
        "progress.importing": {"en": "Importing {name}", "id": "Mengimpor {name}"},
    }
)

BUNDLE_FORMAT = "spbe-desktop/bundle-1"
#: Largest total payload a bundle may declare (guards the importer's disk).
MAX_BUNDLE_BYTES = 64 * 1024**3
_ANSWERS = "answers.json"
_DOCUMENTS = "documents.json"
_WORKSPACE = "workspace.json"
_DOC_DIR = "documents/"
_TEXT_DIR = "texts/"


# ---------------------------------------------------------------------------------- keys
def _passphrase(passphrase: str | None) -> str | None:
    return passphrase if passphrase is not None else os.environ.get("SPBE_PASSPHRASE")


def load_identity(store: WorkspaceStore, passphrase: str | None = None) -> SecretIdentity:
    """The workspace's signing key (asks for the passphrase only if it is protected)."""
    prof = store.profile()
    pw = _passphrase(passphrase) if prof.key_protected else None
    if prof.key_protected and pw is None:
        raise BundleError("exchange.passphrase_needed")
    return load_secret(store.secret_key(), public_identity(prof).key_id, pw)


def public_identity(profile: Profile) -> PublicIdentity:
    return PublicIdentity.from_minisign(profile.public_key)


def fingerprint(profile: Profile) -> str:
    return public_identity(profile).fingerprint()


def minisign_public_key(workspace: Path) -> str:
    with WorkspaceStore.open(workspace) as store:
        return public_identity(store.profile()).minisign_file()


# ---------------------------------------------------------------------------------- cards
@dataclass(frozen=True, slots=True)
class IdentityCard:
    unit: str
    instansi: str
    officer: str
    role: str
    public: PublicIdentity

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint()


def write_identity_card(workspace: Path, out: Path, passphrase: str | None = None) -> IdentityCard:
    """Write the workspace's identity card (self-signed: proves possession of the key)."""
    with WorkspaceStore.open(workspace) as store:
        prof = store.profile()
        secret = load_identity(store, passphrase)
    pub = secret.public
    payload = {
        "unit": prof.unit,
        "instansi": prof.instansi,
        "officer": prof.officer,
        "role": prof.role,
        "public_key": pub.minisign_line(),
        "key_id": pub.key_id_hex(),
        "fingerprint": pub.fingerprint(),
        "created": now_iso(),
    }
    write_signed_json(out, "identity", payload, secret, f"spbe-identity unit={_tc(prof.unit)}")
    return IdentityCard(prof.unit, prof.instansi, prof.officer, prof.role, pub)


def read_identity_card(path: Path) -> IdentityCard:
    payload, signer = read_signed_json(path, "identity")
    try:
        declared = PublicIdentity.from_minisign(str(payload["public_key"]))
        card = IdentityCard(
            str(payload["unit"]),
            str(payload["instansi"]),
            str(payload.get("officer", "")),
            str(payload.get("role", "opd")),
            signer,
        )
    except (KeyError, TypeError, SpbeError) as exc:
        raise BundleError("exchange.not_identity_card", file=path.name) from exc
    if declared.minisign_line() != signer.minisign_line():
        raise BundleError("exchange.not_identity_card", file=path.name)
    return card


def trust_card(workspace: Path, card_path: Path, name: str | None = None) -> tuple[OpdRecord, str]:
    """Pin an OPD's identity card in the coordinator's register; returns (OPD, fingerprint)."""
    card = read_identity_card(card_path)
    with WorkspaceStore.open(workspace) as store:
        require_role(store, "coordinator")
        if card.public.key_id_hex() == store.profile().key_id:
            raise BundleError("exchange.card_is_self")
        holder = store.opd_by_key(card.public.key_id_hex())
        target = name or card.unit
        if holder is not None and holder.name.casefold() != target.casefold():
            raise BundleError("exchange.key_in_use", name=holder.name)
        opd = store.upsert_opd(
            actor_name(store),
            target,
            key_id=card.public.key_id_hex(),
            public_key=card.public.minisign_line(),
            fingerprint=card.fingerprint,
            trusted_at=now_iso(),
            revoked_at=None,
        )
    return opd, card.fingerprint


def trust_public_key(workspace: Path, name: str, public_key: str) -> tuple[OpdRecord, str]:
    """Pin a key seen in a quarantined bundle, after the coordinator confirmed its fingerprint
    with the OPD by phone (the GUI's explicit trust decision); returns (OPD, fingerprint)."""
    pub = PublicIdentity.from_minisign(public_key)
    with WorkspaceStore.open(workspace) as store:
        require_role(store, "coordinator")
        if pub.key_id_hex() == store.profile().key_id:
            raise BundleError("exchange.card_is_self")
        holder = store.opd_by_key(pub.key_id_hex())
        if holder is not None and holder.name.casefold() != name.casefold():
            raise BundleError("exchange.key_in_use", name=holder.name)
        opd = store.upsert_opd(
            actor_name(store),
            name,
            key_id=pub.key_id_hex(),
            public_key=pub.minisign_line(),
            fingerprint=pub.fingerprint(),
            trusted_at=now_iso(),
            revoked_at=None,
        )
    return opd, pub.fingerprint()


def revoke_opd(workspace: Path, name: str) -> OpdRecord:
    with WorkspaceStore.open(workspace) as store:
        require_role(store, "coordinator")
        if store.opd_by_name(name) is None:
            raise UsageError("exchange.unknown_opd", name=name)
        return store.upsert_opd(actor_name(store), name, revoked_at=now_iso())


def register_opd(
    workspace: Path, name: str, contact: str = "", assigned: Sequence[str] | None = None
) -> OpdRecord:
    with WorkspaceStore.open(workspace) as store:
        require_role(store, "coordinator")
        fields: dict[str, Any] = {"contact": contact}
        if assigned is not None:
            fields["assigned"] = tuple(store.pack().indicator(i).id for i in assigned)
        return store.upsert_opd(actor_name(store), name, **fields)


# ---------------------------------------------------------------------------------- kits
def _tc(text: str) -> str:
    """A value safe inside a one-line trusted comment."""
    return re.sub(r"[\r\n\t]+", " ", text).replace("=", "-")[:200]


def issue_kit(
    workspace: Path,
    unit: str,
    out: Path,
    indicators: Sequence[str] | None = None,
    passphrase: str | None = None,
) -> dict[str, Any]:
    """Write a signed evaluation kit for one OPD (pack, period, coordinator key, assignment)."""
    with WorkspaceStore.open(workspace) as store:
        require_role(store, "coordinator")
        pack = store.pack()
        if indicators:
            assigned = [pack.indicator(i).id for i in indicators]
        else:
            opd = store.opd_by_name(unit)
            assigned = (
                list(opd.assigned)
                if opd and opd.assigned
                else [i.id for i in pack.indicators if _owns(unit, i.default_owner)]
            )
        prof = store.profile()
        secret = load_identity(store, passphrase)
        payload = {
            "kit_uuid": str(uuid.uuid4()),
            "instansi": prof.instansi,
            "unit": unit,
            "period": prof.period,
            "pack": json.loads(pack_to_bytes(pack)),
            "pack_hash": pack.content_hash,
            "assigned": assigned,
            "coordinator": {
                "unit": prof.unit,
                "public_key": prof.public_key,
                "fingerprint": fingerprint(prof),
            },
            "issued": now_iso(),
        }
        write_signed_json(
            out, "kit", payload, secret, f"spbe-kit unit={_tc(unit)} period={_tc(prof.period)}"
        )
        store.upsert_opd(actor_name(store), unit, assigned=tuple(assigned))
    return payload


def _owns(unit: str, owner: str) -> bool:
    """Does an OPD name match a pack's default owner ("Bappeda" ~ "Badan Perencanaan …")?"""
    a, b = unit.casefold(), owner.casefold()
    return bool(a) and bool(b) and (a in b or b in a)


def init_from_kit(
    workspace: Path,
    kit: Path,
    officer: str = "",
    passphrase: str | None = None,
) -> Profile:
    """Set up an OPD workspace in one step from the coordinator's evaluation kit."""
    payload, signer = read_signed_json(kit, "kit")
    try:
        pack_json = json.dumps(payload["pack"], ensure_ascii=False).encode("utf-8")
        pack = load_pack_bytes(pack_json, source=kit.name)
        coordinator = PublicIdentity.from_minisign(payload["coordinator"]["public_key"])
        if coordinator.minisign_line() != signer.minisign_line():
            raise BundleError("envelope.signature_invalid", file=kit.name)
        assigned = tuple(pack.indicator(i).id for i in payload.get("assigned") or ())
        return init_workspace(
            workspace,
            role="opd",
            instansi=str(payload["instansi"]),
            unit=str(payload["unit"]),
            officer=officer,
            period=str(payload["period"]),
            passphrase=_passphrase(passphrase),
            pack_json=pack_json,
            coordinator_key=signer.minisign_line(),
            assigned=assigned or None,
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise BundleError("import.bad_content", file=kit.name, detail=str(exc)) from exc


# ---------------------------------------------------------------------------------- export
def answer_digest(a: Answer) -> str:
    return hashlib.sha256(
        canonical_json([a.indicator_id, a.level, a.justification, a.status])
    ).hexdigest()


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


def estimate_export(workspace: Path, *, full: bool = False) -> ExportEstimate:
    """What an export would carry, for the dialog to show before writing."""
    with WorkspaceStore.open(workspace) as store:
        answers, carried, delta, _ = _selection(store, full)
        total = len(store.documents())
    size = sum(d.size for d in carried) + 4096 * (len(answers) + len(carried) + 4)
    return ExportEstimate(len(carried), size, len(answers), delta, total)


def _doc_path(sha: str, file_name: str) -> str:
    ext = Path(file_name).suffix.lower()
    ext = ext if re.fullmatch(r"\.[a-z0-9]{1,8}", ext) else ".bin"
    return f"{_DOC_DIR}{sha}{ext}"


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
        require_role(store, "opd")
        prof = store.profile()
        secret = load_identity(store, passphrase)
        pack = store.pack()
        answers, carried, delta, base = _selection(store, full)
        all_docs = store.documents()
        sequence = int(store.setting("export_sequence", 0)) + 1
        bundle_uuid = str(uuid.uuid4())
        head_seq, head_hash = store.audit_head()
        meta = {
            "format": BUNDLE_FORMAT,
            "bundle_uuid": bundle_uuid,
            "sequence": sequence,
            "kind": "delta" if delta else "full",
            "base_receipt": base,
            "workspace_uuid": prof.workspace_uuid,
            "instansi": prof.instansi,
            "unit": prof.unit,
            "officer": prof.officer,
            "period": prof.period,
            "pack": {"id": pack.id, "version": pack.version, "hash": pack.content_hash},
            "audit_head": {"seq": head_seq, "hash": head_hash},
            "created": now_iso(),
        }
        answers_doc = {
            "answers": [
                {
                    "indicator": a.indicator_id,
                    "level": a.level,
                    "justification": a.justification,
                    "status": a.status,
                    "updated_by": a.updated_by,
                    "updated_at": a.updated_at,
                }
                for a in answers
            ],
            "complete": not delta,
        }
        carried_set = {d.sha256 for d in carried}
        documents_doc = {
            "documents": [
                {
                    "sha256": d.sha256,
                    "path": _doc_path(d.sha256, d.file_name),
                    "carried": d.sha256 in carried_set,
                    "file_name": d.file_name,
                    "title": d.title,
                    "kind": d.kind,
                    "number": d.number,
                    "issued": d.issued,
                    "valid_until": d.valid_until,
                    "issuer": d.issuer,
                    "size": d.size,
                    "mime": d.mime,
                    "page_count": d.page_count,
                    "has_text_layer": d.has_text_layer,
                    "warnings": list(d.warnings),
                    # The coordinator searches and compares texts without re-parsing 11,000
                    # documents: each carried document's text travels as its own payload file.
                    "text_path": f"{_TEXT_DIR}{d.sha256}.txt" if d.sha256 in carried_set else None,
                    "links": [{"indicator": i, "level": lv} for i, lv in d.links],
                }
                for d in all_docs
            ]
        }
        text_entries = [_text_entry(d.sha256, store.blob_info(d.sha256)["text"]) for d in carried]
        doc_entries = [
            bagfmt.BagEntry(
                path=_doc_path(d.sha256, d.file_name),
                size=d.size,
                sha256=d.sha256,
                open=_blob_opener(store, d.sha256),
                compress=not is_compressed_mime(d.mime),
            )
            for d in carried
        ]
        if split_mb:
            groups = bagfmt.plan_parts(doc_entries, split_mb * 1024 * 1024) or [[]]
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
            "SPBE-Sequence": str(sequence),
            "SPBE-Kind": str(meta["kind"]),
            "SPBE-Base-Receipt": base or "-",
            "SPBE-Period": prof.period,
            "SPBE-Pack-Id": pack.id,
            "SPBE-Pack-Version": pack.version,
            "SPBE-Pack-Hash": pack.content_hash,
            "SPBE-Audit-Head": f"{head_seq}:{head_hash}",
            "SPBE-Created": str(meta["created"]),
        }
        trusted = (
            f"spbe-bundle unit={_tc(prof.unit)} period={_tc(prof.period)} seq={sequence} "
            f"uuid={bundle_uuid}"
        )
        # Parts are written under pending names and only renamed into place after the sequence
        # number is committed: a bundle at the --out path always has a recorded sequence, and a
        # kill anywhere leaves the workspace wholly before or wholly after the export.
        # Same hidden ".<name>.….part" convention as the bag writer's own temporary files; one
        # left by a killed earlier export of the same name is removed first.
        pending = [p.with_name(f".{p.name}.pending.part") for p in paths]
        for final in paths:
            # ".<name>.pending.part" (ours) and "..<name>.pending.part.<random>.part" (the bag
            # writer's own temporary file for it), both left only by a killed export.
            name = glob.escape(final.name)
            for pattern in (f".{name}.pending.part", f"..{name}.pending.part.*.part"):
                for stale in final.parent.glob(pattern):
                    stale.unlink(missing_ok=True)
        written: list[Path] = []
        try:
            for k, (group, path) in enumerate(zip(groups, pending, strict=True), start=1):
                entries = [_json_entry(_WORKSPACE, {**meta, "part": k, "parts": n})]
                if k == 1:
                    entries += [
                        _json_entry(_ANSWERS, answers_doc),
                        _json_entry(_DOCUMENTS, documents_doc),
                    ]
                    entries += text_entries
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
                yield from _relabel(job, "progress.exporting", path.name)
                written.append(path)
            # Reopen and verify every part before reporting success.
            for path in written:
                result = yield from _verify_file(path, public_identity(prof), cancel)
                if not result.result.ok:
                    first = result.result.findings[0]
                    raise BundleError("exchange.export_failed_verification", detail=first.code)
            with store.transaction():
                store.set_setting("export_sequence", sequence)
                store.audit(
                    actor_name(store),
                    "bundle.export",
                    f"bundle:{bundle_uuid}",
                    None,
                    {
                        "sequence": sequence,
                        "kind": meta["kind"],
                        "documents": len(carried),
                        "parts": n,
                    },
                )
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        for tmp, final in zip(pending, paths, strict=True):
            try:
                os.replace(tmp, final)
            except OSError as exc:
                raise write_error(exc, final) from exc
        fsync_folder(out.parent)
    return ExportSummary(
        paths=paths,
        documents=len(carried),
        bytes=sum(p.stat().st_size for p in paths),
        indicators=len(answers),
        sequence=sequence,
        fingerprint=secret.public.fingerprint(),
        delta=delta,
        verified=True,
        bundle_uuid=bundle_uuid,
    )


def _part_path(out: Path, k: int, n: int) -> Path:
    return out.with_name(f"{out.stem}.part{k:02d}-of-{n:02d}{out.suffix}")


def _blob_opener(store: WorkspaceStore, sha: str) -> Callable[[], Any]:
    return lambda: store.open_blob(sha)


def _text_entry(sha: str, text: str) -> bagfmt.BagEntry:
    raw = text.encode("utf-8")
    return bagfmt.BagEntry(
        path=f"{_TEXT_DIR}{sha}.txt",
        size=len(raw),
        sha256=hashlib.sha256(raw).hexdigest(),
        open=lambda: io.BytesIO(raw),
        compress=True,
    )


def _json_entry(name: str, data: Any) -> bagfmt.BagEntry:
    raw = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    return bagfmt.BagEntry(
        path=name,
        size=len(raw),
        sha256=hashlib.sha256(raw).hexdigest(),
        open=lambda: io.BytesIO(raw),
        compress=True,
    )


def _relabel(
    job: Generator[Progress, None, Any], code: str, name: str
) -> Generator[Progress, None, Any]:
    while True:
        try:
            step = next(job)
        except StopIteration as stop:
            return stop.value
        yield Progress(step.done, step.total, code, {"name": name})


def _verify_file(
    path: Path,
    expected: PublicIdentity | None,
    cancel: CancelToken,
    lookup: Callable[[bytes], PublicIdentity | None] | None = None,
) -> Generator[Progress, None, bagfmt.BagVerification]:
    job = bagfmt.read_bag_zip(
        path,
        max_total_bytes=MAX_BUNDLE_BYTES,
        expected_public=expected,
        lookup_public=lookup,
        cancel=cancel,
    )
    result: bagfmt.BagVerification = yield from _relabel(job, "progress.verifying", path.name)
    return result


# ---------------------------------------------------------------------------------- verify
@dataclass(frozen=True, slots=True)
class VerifyReport:
    path: Path
    result: CheckResult
    info: dict[str, str]
    signer_fingerprint: str | None
    trusted_comment: str | None

    @property
    def ok(self) -> bool:
        return self.result.ok


def _trust_lookup(trust: Path | None) -> Callable[[bytes], PublicIdentity | None] | None:
    if trust is None:
        return None
    try:
        head = trust.open("rb").read(len(SQLITE_HEADER))
    except OSError as exc:
        raise UsageError("exchange.trust_source", file=trust.name) from exc
    keys: dict[bytes, PublicIdentity] = {}
    if head == SQLITE_HEADER:
        with WorkspaceStore.open(trust) as store:
            for opd in store.opds():
                if opd.public_key and not opd.revoked_at:
                    pub = PublicIdentity.from_minisign(opd.public_key)
                    keys[pub.key_id] = pub
            if store.profile().coordinator_key:
                pub = PublicIdentity.from_minisign(store.profile().coordinator_key or "")
                keys[pub.key_id] = pub
    else:
        try:
            card = read_identity_card(trust)
        except BundleError as exc:
            raise UsageError("exchange.trust_source", file=trust.name) from exc
        keys[card.public.key_id] = card.public
    return keys.get


def verify_bundle(
    path: Path, trust: Path | None = None, cancel: CancelToken | None = None
) -> Generator[Progress, None, VerifyReport]:
    """Verify one bundle or part: signature, every hash, Payload-Oxum, and, with ``trust``,
    that the signer is pinned there. Invalid bundles are reports with findings."""
    cancel = cancel or CancelToken()
    lookup = _trust_lookup(trust)
    result = yield from _verify_file(path, None, cancel, lookup)
    findings = list(result.result.findings)
    if trust is not None and result.signer is not None and lookup is not None:
        if lookup(result.signer.key_id) is None and not any(
            f.code == "bundle.untrusted_key" for f in findings
        ):
            findings.append(
                Finding(
                    "bundle.untrusted_key",
                    "error",
                    "",
                    {"fingerprint": result.signer.fingerprint()},
                )
            )
    elif trust is None:
        # Without a trust anchor an unknown key is only a note: the bundle is self-consistent.
        findings = [
            Finding(f.code, "info", f.item, f.params) if f.code == "bundle.untrusted_key" else f
            for f in findings
        ]
    return VerifyReport(
        path,
        CheckResult(tuple(findings), result.result.details),
        result.info,
        result.signer.fingerprint() if result.signer else None,
        result.trusted_comment,
    )


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
    ver = yield from _verify_file(path, None, cancel, _lookup_from_store(store))
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
    import shutil
    import tempfile

    from spbe_desktop import paths

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
            ver = yield from _verify_file(f, expected, cancel)
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
            if _ANSWERS in ver.payload:
                answers_doc = reader.read_json(_ANSWERS)
                documents_doc = reader.read_json(_DOCUMENTS)
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


_SHA = re.compile(r"[0-9a-f]{64}")


def _parse_documents(doc: Any, store: WorkspaceStore) -> list[dict[str, Any]]:
    if not isinstance(doc, dict) or not isinstance(doc.get("documents"), list):
        raise ValueError("documents.json")
    pack = store.pack()
    out = []
    for d in doc["documents"]:
        sha = str(d["sha256"])
        if not _SHA.fullmatch(sha):
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


# ---------------------------------------------------------------------------------- receipts
@dataclass(frozen=True, slots=True)
class ReceiptSummary:
    sequence: int
    documents: int
    verdicts: dict[str, tuple[str, str]]
    coordinator_fingerprint: str


def issue_receipt(
    workspace: Path, unit: str, out: Path, passphrase: str | None = None
) -> dict[str, Any]:
    """Signed receipt for one OPD: what the coordinator holds and the verdicts per indicator."""
    with WorkspaceStore.open(workspace) as store:
        require_role(store, "coordinator")
        opd = store.opd_by_name(unit)
        if opd is None:
            raise UsageError("exchange.unknown_opd", name=unit)
        ledger = store.ledger(opd.id)
        if not ledger:
            raise UsageError("exchange.nothing_imported", name=opd.name)
        answers = store.answers(opd.id)
        docs = store.documents(opd.id)
        prof = store.profile()
        secret = load_identity(store, passphrase)
        payload: dict[str, Any] = {
            "receipt_uuid": str(uuid.uuid4()),
            "unit": opd.name,
            "opd_key_id": opd.key_id,
            "sequence": max(e.sequence for e in ledger),
            "period": prof.period,
            "held": sorted({d.sha256 for d in docs}),
            "answers": {a.indicator_id: answer_digest(a) for a in answers.values()},
            "verdicts": {
                a.indicator_id: {"verdict": a.verdict, "comment": a.verdict_comment}
                for a in answers.values()
                if a.verdict
            },
            "coordinator": {"unit": prof.unit, "public_key": prof.public_key},
            "issued": now_iso(),
        }
        write_signed_json(
            out,
            "receipt",
            payload,
            secret,
            f"spbe-receipt unit={_tc(opd.name)} seq={payload['sequence']}",
        )
        store.audit(
            actor_name(store),
            "receipt.issue",
            f"opd:{opd.name}",
            None,
            {"sequence": payload["sequence"], "verdicts": len(payload["verdicts"])},
        )
    return payload


def accept_receipt(workspace: Path, receipt: Path) -> ReceiptSummary:
    """Record the coordinator's receipt: verdicts on the indicators; the next export is a delta."""
    payload, signer = read_signed_json(receipt, "receipt")
    with WorkspaceStore.open(workspace) as store:
        require_role(store, "opd")
        prof = store.profile()
        if prof.coordinator_key and signer.minisign_line() != prof.coordinator_key:
            raise BundleError("exchange.receipt_wrong_coordinator")
        try:
            if payload["opd_key_id"] != prof.key_id:
                raise BundleError("exchange.receipt_wrong_opd", unit=str(payload.get("unit")))
            sequence = int(payload["sequence"])
            held = [str(h) for h in payload["held"] if _SHA.fullmatch(str(h))]
            digests = {str(k): str(v) for k, v in dict(payload["answers"]).items()}
            verdicts = {
                str(k): (str(v["verdict"]), str(v.get("comment") or ""))
                for k, v in dict(payload.get("verdicts") or {}).items()
                if v.get("verdict") in ("diterima", "perlu_revisi", "ditolak")
            }
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise BundleError("import.bad_content", file=receipt.name, detail=str(exc)) from exc
        last = max((int(r["sequence"]) for r in store.receipts()), default=0)
        if sequence < last:
            raise BundleError("exchange.receipt_old", sequence=sequence)
        actor = actor_name(store)
        pack = store.pack()
        if not prof.coordinator_key:
            store.update_profile(actor, coordinator_key=signer.minisign_line())
        store.add_receipt(str(payload["receipt_uuid"]), sequence, held, json.dumps(digests), actor)
        for ind_id, (verdict, comment) in verdicts.items():
            store.set_verdict(SELF_OPD, pack.indicator(ind_id).id, verdict, comment, actor)
    return ReceiptSummary(sequence, len(held), verdicts, signer.fingerprint())


def outcome_message(outcome: ImportOutcome, lang: str) -> str:
    from spbe_desktop.errors import message_for

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
