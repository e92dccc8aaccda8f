"""What an import decides about one file, and how a bundle is bound to the OPD that signed it.

A trusted OPD can sign anything, so what a bundle *says* (its unit, period, pack, UUID, part
number) only counts when it agrees with what the coordinator registered for the key that signed
it: :func:`bind_claim` turns a verified bundle into a :class:`Claim` or a refusal.
"""

from __future__ import annotations

import re
import uuid as uuid_mod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spbe_desktop.bundles import bag as bagfmt
from spbe_desktop.core.models import OpdRecord
from spbe_desktop.core.text import clean_text
from spbe_desktop.errors import message_for
from spbe_desktop.services.exchange.common import BUNDLE_FORMAT_1, READABLE_BUNDLE_FORMATS
from spbe_desktop.store.workspace_store import WorkspaceStore


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
    #: Items of the OPD whose verdict this import took back: their documents changed.
    cleared_verdicts: tuple[str, ...] = ()


def refuse(path: Path, code: str, **params: Any) -> ImportOutcome:
    return ImportOutcome(path, "refused", code, {"file": path.name, **params})


def same_name(a: str, b: str) -> bool:
    """OPD names compare as people read them: case, Unicode form and spacing aside."""

    def fold(x: str) -> str:
        return " ".join(clean_text(x).casefold().split())

    return fold(a) == fold(b)


@dataclass(frozen=True, slots=True)
class Claim:
    """What a verified bundle or part says about itself, bound to the OPD whose key signed it."""

    opd: OpdRecord
    bundle_uuid: str
    sequence: int
    unit: str
    period: str
    part: int
    count: int
    tag_digest: str
    kind: str
    base_receipt: str
    #: The bundle format (bag-info ``SPBE-Format``; format 1 named none).
    format: str = BUNDLE_FORMAT_1


def bind_claim(
    path: Path, store: WorkspaceStore, opd: OpdRecord, ver: bagfmt.BagVerification
) -> Claim | ImportOutcome:
    """Bind a verified bundle to its signer's registered OPD; a refusal when they disagree.

    A trusted OPD can sign anything, so what a bundle *says* (its unit, period, pack, UUID) only
    counts when it agrees with what the coordinator registered for the key that signed it.
    """
    info = ver.info
    claimed = info.get("Organization-Unit", "")
    if not same_name(claimed, opd.name):
        return refuse(
            path, "import.unit_mismatch", signer=opd.name, claimed=clean_text(claimed)[:200]
        )
    bundle_format = info.get("SPBE-Format", BUNDLE_FORMAT_1)
    if bundle_format not in READABLE_BUNDLE_FORMATS:
        return refuse(
            path,
            "import.newer_format",
            format=clean_text(bundle_format)[:80],
            known=", ".join(READABLE_BUNDLE_FORMATS),
        )
    pack = store.pack()
    if info.get("SPBE-Pack-Hash") != pack.content_hash:
        return refuse(
            path,
            "import.wrong_pack",
            pack=clean_text(f"{info.get('SPBE-Pack-Id')} {info.get('SPBE-Pack-Version')}")[:200],
            expected=f"{pack.id} {pack.version}",
        )
    period = store.profile().period
    if info.get("SPBE-Period") != period:
        return refuse(
            path,
            "import.wrong_period",
            period=clean_text(info.get("SPBE-Period"))[:40],
            expected=period,
        )
    bundle_uuid = info.get("SPBE-Bundle-UUID", "")
    try:
        bundle_uuid = str(uuid_mod.UUID(bundle_uuid))
        sequence = int(info.get("SPBE-Sequence", ""))
    except ValueError:
        return refuse(path, "import.bad_content", detail="SPBE-Bundle-UUID / SPBE-Sequence")
    if sequence < 1:
        return refuse(path, "import.bad_content", detail="SPBE-Sequence")
    part, count = bag_count(info.get("Bag-Count"))
    return Claim(
        opd=opd,
        bundle_uuid=bundle_uuid,
        sequence=sequence,
        unit=claimed,
        period=period,
        part=part,
        count=count,
        tag_digest=str(ver.result.details.get("tagmanifest_sha256", "")),
        kind="delta" if info.get("SPBE-Kind") == "delta" else "full",
        base_receipt=clean_text(info.get("SPBE-Base-Receipt", ""))[:100],
        format=bundle_format,
    )


def bag_count(value: str | None) -> tuple[int, int]:
    if not value:
        return 1, 1
    m = re.fullmatch(r"\s*(\d+)\s+of\s+(\d+)\s*", value)
    if not m:
        return 1, 1
    return int(m.group(1)), int(m.group(2))


def outcome_message(outcome: ImportOutcome, lang: str) -> str:
    if outcome.status == "accepted":
        text = {
            "id": f"{outcome.path.name}: diterima dari {outcome.unit} (urutan {outcome.sequence}, "
            f"{outcome.documents} dokumen baru).",
            "en": f"{outcome.path.name}: accepted from {outcome.unit} (sequence "
            f"{outcome.sequence}, {outcome.documents} new documents).",
        }[lang]
        if outcome.cleared_verdicts:
            text += " " + message_for(
                "import.verdicts_cleared", {"items": ", ".join(outcome.cleared_verdicts)}, lang
            )
        return text
    text = message_for(outcome.code, outcome.params, lang)
    if outcome.status == "refused" and not text.startswith(outcome.path.name):
        prefix = {"id": "ditolak", "en": "refused"}[lang]
        return f"{outcome.path.name}: {prefix} — {text}"
    return text
