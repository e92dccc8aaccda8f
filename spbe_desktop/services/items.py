"""Evidence items (butir) as use cases: what each item holds, the coordinator's verdicts, the
notes for the portal, national index scores and the external assessors' results.

Every function takes the workspace path and opens its own store, like every use case, so the
command line, the GUI's jobs and the tests call the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from spbe_desktop.core.items import (
    MANUAL_REASONS,
    STAGES,
    AssessorResult,
    ExternalScore,
    ItemState,
    ItemStatus,
    ItemVerdict,
    accepted_codes,
    item_status,
    uses_items,
)
from spbe_desktop.core.models import SELF_OPD, CarriedMark, DocumentRecord
from spbe_desktop.core.packs import Indicator, Item
from spbe_desktop.core.text import clean_text
from spbe_desktop.errors import UsageError
from spbe_desktop.services.workspace import _actor_name, _require_role
from spbe_desktop.services.workspace import self_values as self_values
from spbe_desktop.store.workspace_store import WorkspaceStore

MAX_NOTE = 2000  # the portal's note field is short; a longer note is kept whole up to this


@dataclass(frozen=True, slots=True)
class ItemRow:
    """One item as a unit (or the instansi as a whole) stands on it."""

    item: Item
    status: ItemStatus
    documents: tuple[DocumentRecord, ...]
    states: tuple[ItemState, ...]  # per unit that recorded a note or a verdict
    #: document id -> its mark, for documents carried over from the previous period
    carried: Mapping[int, CarriedMark] = field(default_factory=dict)

    @property
    def note(self) -> str:
        """The portal note: the workspace's own, else the first unit's that has one."""
        own = [s.note for s in self.states if s.opd_id == SELF_OPD and s.note]
        return own[0] if own else next((s.note for s in self.states if s.note), "")


def item_rows(workspace: Path, indicator: str, *, unit: str | None = None) -> list[ItemRow]:
    """Every item of one indicator with its status and documents (``spbe items``).

    Args:
        unit: an OPD's name: only that unit's documents and verdicts; default: an OPD
            workspace's own, and in a coordinator workspace every unit together.
    """
    with WorkspaceStore.open(workspace) as store:
        return _item_rows(store, indicator, unit)


def _item_rows(store: WorkspaceStore, indicator: str, unit: str | None) -> list[ItemRow]:
    pack = store.pack()
    ind = pack.indicator(indicator)
    role = store.profile().role
    opd_id: int | None = _unit_id(store, unit) if unit else (None if role == "coordinator" else 0)
    states = store.item_states(opd_id)
    # Gating follows what the instansi has, whichever unit it came from; under the level rule
    # (SPBE 2020) the items are a checklist and nothing is blocked.
    gated = uses_items(pack)
    blocked = (
        pack.scoring.blocked(ind, accepted_codes(store.item_states())) if gated else frozenset()
    )
    links = store.item_links(opd_id)
    fresh = store.item_links_since_verdict(opd_id)
    docs = {d.id: d for d in store.documents_for(ind.id, opd_id)}
    marks = store.carried_marks(opd_id)
    rows = []
    for item in ind.items:
        mine = tuple(s for s in states if s.item_code == item.code)
        attached = tuple(docs[i] for i in links.get(item.code, ()) if i in docs)
        # A document linked after its unit's last verdict (or never judged) means the item
        # waits for a new judgement, even when it was returned for revision before.
        waiting = any((item.code, d.id) in fresh for d in attached)
        status = item_status(
            item,
            accepted=any(s.verdict == ItemVerdict.ACCEPTED for s in mine),
            revision=not waiting and any(s.verdict == ItemVerdict.REVISION for s in mine),
            attached=bool(attached),
            blocked=blocked,
        )
        carried = {d.id: marks[d.id] for d in attached if d.id in marks}
        rows.append(ItemRow(item, status, attached, mine, carried))
    return rows


def items_json(rows: list[ItemRow]) -> list[dict[str, Any]]:
    """The ``spbe items --json`` list (the CLI contract's keys, then details)."""
    return [
        {
            "code": r.item.code,
            "level": r.item.level,
            "name": r.item.name,
            "required": r.item.required,
            "status": str(r.status),
            "documents": [
                {
                    "id": d.id,
                    "title": d.title,
                    "file_name": d.file_name,
                    "sha256": d.sha256,
                    "opd_id": d.opd_id,
                    "carried": _carried_json(r.carried.get(d.id)),
                }
                for d in r.documents
            ],
            "shows": r.item.shows,
            "not_this": list(r.item.not_this),
            "freshness_months": r.item.freshness.max_age_months if r.item.freshness else None,
            "provisional": r.item.provisional,
            "note": r.note,
            "verdicts": [
                {
                    "opd_id": s.opd_id,
                    "verdict": s.verdict,
                    "reason": s.reason,
                    "note": s.verdict_note,
                    "by": s.verdict_by,
                    "at": s.verdict_at,
                }
                for s in r.states
                if s.verdict
            ],
        }
        for r in rows
    ]


def _carried_json(mark: CarriedMark | None) -> dict[str, Any] | None:
    """A carried document's mark ("dari periode lalu — periksa" until checked), else None."""
    if mark is None:
        return None
    return {
        "from_period": mark.from_period,
        "from_framework": mark.from_framework,
        "how": mark.how,
        "checked_at": mark.checked_at,
    }


def _unit_id(store: WorkspaceStore, unit: str | None) -> int:
    """A unit's OPD id: none given, or the workspace's own unit, is the workspace itself."""
    if unit is None or not unit.strip():
        return SELF_OPD
    name = unit.strip()
    opd = store.opd_by_name(name)
    if opd is not None:
        return opd.id
    if name.casefold() == store.profile().unit.casefold():
        return SELF_OPD
    raise UsageError("exchange.unknown_opd", name=name)


def judge_item(
    workspace: Path,
    code: str,
    *,
    accept: bool,
    reason: str | None = None,
    note: str = "",
    unit: str | None = None,
) -> ItemState:
    """The coordinator's verdict on one unit's item; it goes back in that unit's receipt.

    Args:
        accept: True accepts; False returns the item for ``reason`` (wrong-document,
            not-uploaded or other; other needs a note).
        unit: the OPD whose item it is; default: the coordinator's own unit (this workspace).

    Raises:
        UsageError: an unknown reason, a missing note, an unknown unit.
        StoreError: not a coordinator workspace.
        PackError: no such item.
    """
    text = clean_text(note, multiline=True, max_length=MAX_NOTE)
    if not accept:
        if reason not in MANUAL_REASONS:
            raise UsageError("usage.reason", reason=reason or "")
        if reason == "other" and not text.strip():
            raise UsageError("usage.reason_note")
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        item = store.pack().item(code)
        return store.set_item_verdict(
            _unit_id(store, unit),
            item.code,
            ItemVerdict.ACCEPTED if accept else ItemVerdict.REVISION,
            _actor_name(store),
            reason=None if accept else reason,
            note=text,
        )


def clear_item_verdict(workspace: Path, code: str, *, unit: str | None = None) -> ItemState:
    """Take a verdict back (the item waits for a judgement again)."""
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        item = store.pack().item(code)
        return store.set_item_verdict(_unit_id(store, unit), item.code, None, _actor_name(store))


def set_item_note(workspace: Path, code: str, note: str, *, unit: str | None = None) -> ItemState:
    """The note that goes with the item on the portal (an OPD's travels in its bundle)."""
    text = clean_text(note, multiline=True, max_length=MAX_NOTE)
    with WorkspaceStore.open(workspace) as store:
        item = store.pack().item(code)
        return store.set_item_note(_unit_id(store, unit), item.code, text, _actor_name(store))


def parse_decimal(value: object, field: str) -> Decimal:
    """A number typed the Indonesian way (``2,5``) or the English one (``2.5``)."""
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise UsageError("usage.number", field=field, value=value) from None
    if not number.is_finite():
        raise UsageError("usage.number", field=field, value=value)
    return number


def parse_value(value: object) -> Decimal:
    """An indicator value: a number from 1 to 5."""
    number = parse_decimal(value, "value")
    if not Decimal(1) <= number <= Decimal(5):
        raise UsageError("usage.value", value=value)
    return number


def record_external(
    workspace: Path,
    indicator: str,
    *,
    score: object = None,
    value: object = None,
    source: str = "",
    measured_on: str | None = None,
) -> ExternalScore:
    """Record a national index score (converted by the pack's rule) or the value itself.

    Raises:
        UsageError: neither or both given, not a number, a value outside 1-5, a bad date, or
            an indicator that takes its value from evidence items.
        PackError: a score outside the index's range.
    """
    if (score is None) == (value is None):
        raise UsageError("usage.external_needs")
    if measured_on is not None:
        try:
            measured_on = date.fromisoformat(measured_on.strip()).isoformat()
        except ValueError:
            raise UsageError("usage.date", value=measured_on) from None
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        ind = store.pack().indicator(indicator)
        ext = _external_of(ind)
        if score is not None:
            number = parse_decimal(score, "score")
            result = ext.value(number)
        else:
            number, result = None, parse_value(value)
        return store.set_external_score(
            ind.id,
            score=number,
            value=result,
            source=clean_text(source, max_length=200) or ext.index,
            measured_on=measured_on,
            actor=_actor_name(store),
        )


def _external_of(ind: Indicator) -> Any:
    if ind.external is None:
        raise UsageError("usage.not_external", number=ind.number, name=ind.name)
    return ind.external


def record_result(
    workspace: Path,
    indicator: str,
    value: object,
    *,
    stage: str = "dokumen",
    note: str = "",
    replaces: int | None = None,
) -> AssessorResult:
    """Record the external assessors' value for an indicator at one stage.

    Args:
        replaces: the id of a result entered wrongly: it is removed in the same transaction
            (a correction), so the list never shows both or neither.
    """
    if stage not in STAGES:
        raise UsageError("usage.stage", stage=stage)
    number = parse_value(value)
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        ind = store.pack().indicator(indicator)
        actor = _actor_name(store)
        with store.transaction():
            if replaces is not None:
                store.remove_assessor_result(replaces, actor)
            return store.add_assessor_result(
                ind.id,
                stage,
                number,
                clean_text(note, multiline=True, max_length=MAX_NOTE),
                actor,
            )


def assessor_results(workspace: Path) -> list[AssessorResult]:
    """Every recorded assessors' result, newest first (the list the coordinator corrects)."""
    with WorkspaceStore.open(workspace) as store:
        return list(reversed(store.assessor_results()))


def remove_result(workspace: Path, result_id: int) -> AssessorResult:
    """Delete one assessors' result entered by mistake (the audit log keeps it).

    Raises:
        StoreError: no such result, or not a coordinator workspace.
    """
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        return store.remove_assessor_result(result_id, _actor_name(store))
