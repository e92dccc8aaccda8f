"""Receipts: what the coordinator holds and its verdicts, signed; accepted by the OPD.

Format 2 (``common.RECEIPT_FORMAT``, named in the payload) adds the verdict on each of the
OPD's evidence items: accepted, or returned for a reason with a note, with who judged and when.
They are the OPD's whole set: accepting the receipt records them on the OPD's own items (so
its index moves) and takes back a verdict the coordinator no longer gives. A receipt without a
format (format 1) carries verdicts per indicator only, and leaves item verdicts alone.

Every receipt also carries the reference codes the coordinator added to the architecture code
lists (``"architecture_codes"``, its whole set); accepting it replaces the OPD's codes of source
"koordinator" with them. A receipt without that key (older versions) leaves them as they are.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spbe_desktop.bundles.envelope import read_signed_json, write_signed_json
from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.models import SELF_OPD, VERDICTS
from spbe_desktop.core.packs import Pack
from spbe_desktop.core.text import clean_text
from spbe_desktop.errors import BundleError, UsageError
from spbe_desktop.services.architecture_exchange import (
    CODES_KEY,
    apply_codes_part,
    apply_receipt_part,
    codes_part,
    parse_codes_part,
    parse_receipt_part,
    receipt_part,
)
from spbe_desktop.services.exchange.common import (
    READABLE_RECEIPT_FORMATS,
    RECEIPT_FORMAT,
    RECEIPT_FORMAT_1,
    SHA256_HEX,
    answer_digest,
    comment_value,
)
from spbe_desktop.services.exchange.identity import (
    _load_identity,
)
from spbe_desktop.services.exchange.manifest import ItemVerdictEntry, ManifestError
from spbe_desktop.services.workspace import _actor_name, _require_role
from spbe_desktop.store.workspace_store import WorkspaceStore


# ---------------------------------------------------------------------------------- receipts
@dataclass(frozen=True, slots=True)
class ReceiptSummary:
    sequence: int
    documents: int
    verdicts: dict[str, tuple[str, str]]
    coordinator_fingerprint: str
    #: The verdicts on the OPD's evidence items, by code (empty for a format 1 receipt).
    item_verdicts: dict[str, ItemVerdictEntry] = field(default_factory=dict)


def issue_receipt(
    workspace: Path, unit: str, out: Path, passphrase: str | None = None
) -> dict[str, Any]:
    """Signed receipt for one OPD: what the coordinator holds, the verdicts per indicator and
    the verdicts on the OPD's evidence items, the remarks on its architecture inventory and
    the coordinator's own architecture reference codes."""
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        opd = store.opd_by_name(unit)
        if opd is None:
            raise UsageError("exchange.unknown_opd", name=unit)
        ledger = store.ledger(opd.id)
        if not ledger:
            raise UsageError("exchange.nothing_imported", name=opd.name)
        answers = store.answers(opd.id)
        docs = store.documents(opd.id)
        prof = store.profile()
        secret = _load_identity(store, passphrase)
        item_verdicts = [
            ItemVerdictEntry(
                s.item_code,
                s.verdict,
                s.reason,
                s.verdict_note,
                s.verdict_by,
                s.verdict_at,
            )
            for s in store.item_states(opd.id)
            if s.verdict
        ]
        payload: dict[str, Any] = {
            "format": RECEIPT_FORMAT,
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
            "items": {v.code: v.to_json() for v in item_verdicts},
            "coordinator": {"unit": prof.unit, "public_key": prof.public_key},
            "issued": now_iso(),
            CODES_KEY: codes_part(store),  # the coordinator's whole set (issue 19)
        }
        if architecture := receipt_part(store, opd.id):  # remarks per object (issue 19)
            payload["architecture"] = architecture
        write_signed_json(
            out,
            "receipt",
            payload,
            secret,
            f"spbe-receipt unit={comment_value(opd.name)} seq={payload['sequence']}",
        )
        store.audit(
            _actor_name(store),
            "receipt.issue",
            f"opd:{opd.name}",
            None,
            {
                "sequence": payload["sequence"],
                "verdicts": len(payload["verdicts"]),
                "item_verdicts": len(item_verdicts),
            },
        )
    return payload


def accept_receipt(workspace: Path, receipt: Path) -> ReceiptSummary:
    """Record the coordinator's receipt in one transaction: verdicts on the indicators and on
    the evidence items, remarks on the architecture inventory, the coordinator's reference
    codes (replacing the set the last kit or receipt gave); the next export is a delta.

    Raises:
        BundleError: a receipt for another OPD, from another coordinator, older than the last
            one, in a format this version does not read, or with content it does not write
            (an item code the pack does not know is named).
    """
    payload, signer = read_signed_json(receipt, "receipt")
    receipt_format = payload.get("format", RECEIPT_FORMAT_1)
    if receipt_format not in READABLE_RECEIPT_FORMATS:
        raise BundleError(
            "exchange.receipt_newer_format",
            file=receipt.name,
            format=clean_text(receipt_format, max_length=80),
        )
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "opd")
        prof = store.profile()
        if prof.coordinator_key and signer.minisign_line() != prof.coordinator_key:
            raise BundleError("exchange.receipt_wrong_coordinator")
        try:
            if payload["opd_key_id"] != prof.key_id:
                raise BundleError("exchange.receipt_wrong_opd", unit=str(payload.get("unit")))
            sequence = int(payload["sequence"])
            held = [str(h) for h in payload["held"] if SHA256_HEX.fullmatch(str(h))]
            digests = {str(k): str(v) for k, v in dict(payload["answers"]).items()}
            verdicts = {
                str(k): (str(v["verdict"]), str(v.get("comment") or ""))
                for k, v in dict(payload.get("verdicts") or {}).items()
                if v.get("verdict") in VERDICTS
            }
            architecture = parse_receipt_part(payload.get("architecture"))  # ValueError
            codes = parse_codes_part(payload.get(CODES_KEY))  # ValueError; None: older receipt
            coordinator_unit = clean_text(
                dict(payload.get("coordinator") or {}).get("unit"), max_length=200
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise BundleError("import.bad_content", file=receipt.name, detail=str(exc)) from exc
        pack = store.pack()
        try:
            items = (
                None
                if receipt_format == RECEIPT_FORMAT_1
                else _item_verdicts(payload.get("items"), pack)
            )
        except ManifestError as exc:
            raise BundleError(
                "exchange.receipt_bad_content",
                file=receipt.name,
                detail=clean_text(exc, max_length=120),
            ) from exc
        last = max((int(r["sequence"]) for r in store.receipts()), default=0)
        if sequence < last:
            raise BundleError("exchange.receipt_old", sequence=sequence)
        actor = _actor_name(store)
        with store.transaction():
            if not prof.coordinator_key:
                store.update_profile(actor, coordinator_key=signer.minisign_line())
            store.add_receipt(
                str(payload["receipt_uuid"]), sequence, held, json.dumps(digests), actor
            )
            for ind_id, (verdict, comment) in verdicts.items():
                store.set_verdict(SELF_OPD, pack.indicator(ind_id).id, verdict, comment, actor)
            if items is not None:
                _apply_item_verdicts(store, items, actor)
            apply_receipt_part(store, architecture, actor)
            apply_codes_part(store, codes, actor, coordinator_unit)
    return ReceiptSummary(sequence, len(held), verdicts, signer.fingerprint(), dict(items or {}))


def _item_verdicts(raw: Any, pack: Pack) -> dict[str, ItemVerdictEntry]:
    """A format 2 receipt's item verdicts, each checked against the pack.

    Raises:
        ManifestError: naming the code or field that is not what this program writes.
    """
    if not isinstance(raw, Mapping):
        raise ManifestError("items")
    known = pack.item_map
    entries = [ItemVerdictEntry.from_json(code, value, known) for code, value in raw.items()]
    return {e.code: e for e in entries}


def _apply_item_verdicts(
    store: WorkspaceStore, items: dict[str, ItemVerdictEntry], actor: str
) -> None:
    """The OPD's own items take the coordinator's verdicts, who judged and when; a verdict the
    receipt no longer gives (the coordinator took it back) is cleared."""
    for state in store.item_states(SELF_OPD):
        if state.verdict and state.item_code not in items:
            store.set_item_verdict(SELF_OPD, state.item_code, None, actor)
    for v in items.values():
        store.set_item_verdict(
            SELF_OPD,
            v.code,
            v.verdict,
            actor,
            reason=v.reason,
            note=v.note,
            by=v.by,
            at=v.at,
        )
