"""Evidence items (butir) as the evaluation judges them: states, statuses and indicator values.

Pure functions of a pack and what a workspace recorded. Under the Pemdi 2026 rule (``items``)
an indicator's value comes from the required items the internal assessors accepted, with
gating: an item above the first incomplete level never counts and shows as blocked. Under the
SPBE 2020 rule (``level``) the value is the claimed (or consolidated) level as before, and the
items are a checklist. An indicator fed by a national index takes its value from the score.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from spbe_desktop.core.packs import Indicator, Item, Pack

_ONE = Decimal(1)


class ItemStatus(StrEnum):
    """What ``spbe items`` shows per item (the CLI contract's words)."""

    EMPTY = "empty"  # nothing attached yet
    ATTACHED = "attached"  # documents attached, not judged yet
    ACCEPTED = "accepted"
    REVISION = "revision"  # returned: see the reason and the note
    BLOCKED = "blocked"  # above the first incomplete level: the portal rejects it


class ItemVerdict(StrEnum):
    ACCEPTED = "accepted"
    REVISION = "revision"


class RevisionReason(StrEnum):
    """Why an item went back (the portal's reasons, as assessors gave them in 2026)."""

    WRONG_DOCUMENT = "wrong-document"
    NOT_UPLOADED = "not-uploaded"
    BLOCKED = "blocked"  # a lower level is incomplete
    OTHER = "other"


#: The reasons a coordinator gives by hand (``blocked`` follows from gating).
MANUAL_REASONS = (RevisionReason.WRONG_DOCUMENT, RevisionReason.NOT_UPLOADED, RevisionReason.OTHER)

STAGES = ("dokumen", "interviu", "visitasi")


@dataclass(frozen=True, slots=True)
class ItemState:
    """What one unit recorded for one item: the portal note and the verdict on it."""

    opd_id: int
    item_code: str
    note: str = ""
    verdict: str | None = None  # ItemVerdict
    reason: str | None = None  # RevisionReason, with a revision
    verdict_note: str = ""
    verdict_by: str = ""
    verdict_at: str | None = None
    updated_by: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class ExternalScore:
    """A national index's score for an indicator (``score`` None: the value was given)."""

    indicator_id: str
    score: Decimal | None
    value: Decimal
    source: str
    measured_on: str | None
    recorded_by: str
    recorded_at: str


@dataclass(frozen=True, slots=True)
class AssessorResult:
    """The external assessors' value for an indicator at one stage."""

    id: int
    indicator_id: str
    stage: str
    value: Decimal
    note: str
    recorded_by: str
    recorded_at: str


def accepted_codes(states: Iterable[ItemState]) -> frozenset[str]:
    """Codes accepted for at least one unit: the instansi has the item once any unit has it."""
    return frozenset(s.item_code for s in states if s.verdict == ItemVerdict.ACCEPTED)


def item_status(
    item: Item,
    *,
    accepted: bool,
    revision: bool,
    attached: bool,
    blocked: frozenset[str],
) -> ItemStatus:
    """One item's status: blocked wins (it cannot count), then the verdict, then documents.

    Documents attached after a revision make the item ``attached`` again (waiting for a new
    judgement); an importer clears the verdict when an item's documents change.
    """
    if item.code in blocked:
        return ItemStatus.BLOCKED
    if accepted:
        return ItemStatus.ACCEPTED
    if revision:
        return ItemStatus.REVISION
    if attached:
        return ItemStatus.ATTACHED
    return ItemStatus.EMPTY


def uses_items(pack: Pack) -> bool:
    """Does the pack score from item verdicts (Pemdi 2026) rather than claimed levels?"""
    return pack.scoring.rule == "items"


def indicator_value(
    pack: Pack,
    indicator: Indicator,
    *,
    accepted: frozenset[str],
    level: int | None,
    external: ExternalScore | None,
) -> Decimal:
    """One indicator's self-assessment value, between 1 and 5.

    Args:
        pack: the framework (its scoring rule decides between items and levels).
        indicator: one of the pack's indicators.
        accepted: item codes accepted for the instansi (ignored under the level rule).
        level: the claimed or consolidated level (used under the level rule only).
        external: the recorded national index score, for an external indicator.
    """
    if indicator.external is not None:
        return external.value if external is not None else indicator.external.default_value
    if not uses_items(pack):
        return Decimal(min(5, max(1, level))) if level is not None else _ONE
    return pack.scoring.indicator_value(indicator, accepted)


def indicator_values(
    pack: Pack,
    *,
    accepted: frozenset[str],
    levels: Mapping[str, int | None],
    external: Mapping[str, ExternalScore],
    not_applicable: frozenset[str] = frozenset(),
) -> dict[str, Decimal]:
    """Every indicator's value (an indicator marked not applicable counts as 1, as before)."""
    return {
        ind.id: _ONE
        if ind.id in not_applicable
        else indicator_value(
            pack,
            ind,
            accepted=accepted,
            level=levels.get(ind.id),
            external=external.get(ind.id),
        )
        for ind in pack.indicators
    }


def assessor_values(
    self_values: Mapping[str, Decimal], results: Iterable[AssessorResult]
) -> dict[str, Decimal]:
    """The assessors' value where they recorded one (the latest), the self value elsewhere."""
    latest: dict[str, AssessorResult] = {}
    for r in results:
        if r.indicator_id not in latest or r.id > latest[r.indicator_id].id:
            latest[r.indicator_id] = r
    return {k: latest[k].value if k in latest else v for k, v in self_values.items()}
