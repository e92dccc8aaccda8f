"""Receipts: what the coordinator holds and its verdicts, signed; accepted by the OPD."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spbe_desktop.bundles.envelope import read_signed_json, write_signed_json
from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.models import SELF_OPD, VERDICTS
from spbe_desktop.errors import BundleError, UsageError
from spbe_desktop.services.exchange.common import (
    SHA256_HEX,
    answer_digest,
    comment_value,
)
from spbe_desktop.services.exchange.identity import (
    _load_identity,
)
from spbe_desktop.services.workspace import _actor_name, _require_role
from spbe_desktop.store.workspace_store import WorkspaceStore


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
            f"spbe-receipt unit={comment_value(opd.name)} seq={payload['sequence']}",
        )
        store.audit(
            _actor_name(store),
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
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise BundleError("import.bad_content", file=receipt.name, detail=str(exc)) from exc
        last = max((int(r["sequence"]) for r in store.receipts()), default=0)
        if sequence < last:
            raise BundleError("exchange.receipt_old", sequence=sequence)
        actor = _actor_name(store)
        pack = store.pack()
        if not prof.coordinator_key:
            store.update_profile(actor, coordinator_key=signer.minisign_line())
        store.add_receipt(str(payload["receipt_uuid"]), sequence, held, json.dumps(digests), actor)
        for ind_id, (verdict, comment) in verdicts.items():
            store.set_verdict(SELF_OPD, pack.indicator(ind_id).id, verdict, comment, actor)
    return ReceiptSummary(sequence, len(held), verdicts, signer.fingerprint())
