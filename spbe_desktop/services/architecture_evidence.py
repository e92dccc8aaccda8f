"""The architecture inventory as evidence: what it offers the evaluation's items that ask for
SIAP Digital (Pemdi 2026 indicators 1 L2, 13, 14, 15 L1, 16 and 18 L1; SPBE 2020 indicators
11, 14-18, 23 and 24, per indicator): each matching object's screenshot not yet linked there,
and a summary of the inventory. Which item takes which domains is data
(``packs/architecture-*.json``, ``evidence``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.core.architecture import DOMAIN_LABELS, ArchObject, load_model
from spbe_desktop.errors import UsageError
from spbe_desktop.services.architecture_values import list_unit
from spbe_desktop.services.workspace import _actor_name
from spbe_desktop.store.workspace_store import WorkspaceStore


@dataclass(frozen=True, slots=True)
class ArchSuggestion:
    """Evidence the inventory offers an item (or, under SPBE 2020, an indicator): an object's
    SIAP Digital screenshot, or a one-paragraph summary of the inventory."""

    indicator_id: str
    item_code: str | None
    kind: str  # "screenshot" | "summary"
    domain: str
    object_id: int | None
    object_name: str
    document_id: int | None
    title: str
    text: str


# ---------------------------------------------------------------------------------- evaluation
def item_suggestions(workspace: Path, indicator_id: str) -> list[ArchSuggestion]:
    """What the inventory offers the items of one indicator that ask for SIAP Digital: each
    matching object's screenshot not yet linked to the item, and a summary of the domains."""
    with WorkspaceStore.open(workspace) as store:
        pack = store.pack()
        ind = pack.indicator(indicator_id)
        refs = load_model().evidence.get(pack.id, {})
        targets: list[tuple[str | None, tuple[str, ...]]] = [
            (item.code, refs[item.code]) for item in ind.items if item.code in refs
        ]
        if ind.id in refs:
            targets.append((None, refs[ind.id]))
        if not targets:
            return []
        opd_id = list_unit(store, None)
        objs = store.arch_objects(opd_id)
        item_docs = store.item_links(opd_id)
        ind_docs = {d.id for d in store.documents_for(ind.id, opd_id)}
    out: list[ArchSuggestion] = []
    for code, domains in targets:
        linked = set(item_docs.get(code, ())) if code else ind_docs
        chosen = [o for o in objs if o.domain in domains]
        seen: set[int] = set()
        for o in chosen:
            doc = o.siap.screenshot_id
            if doc is None or doc in linked or doc in seen:
                continue
            seen.add(doc)
            out.append(
                ArchSuggestion(
                    ind.id,
                    code,
                    "screenshot",
                    o.domain,
                    o.id,
                    o.name,
                    doc,
                    o.siap.screenshot_title,
                    "",
                )
            )
        out.append(
            ArchSuggestion(
                ind.id,
                code,
                "summary",
                domains[0],
                None,
                "",
                None,
                "Ringkasan inventaris arsitektur",
                _summary_text(chosen, domains),
            )
        )
    return out


def _summary_text(objs: Sequence[ArchObject], domains: Sequence[str]) -> str:
    parts = []
    for d in domains:
        mine = [o for o in objs if o.domain == d]
        entered = sum(1 for o in mine if o.siap.status == "terinput")
        parts.append(f"{DOMAIN_LABELS[d]}: {len(mine)} objek, {entered} terinput di SIAP Digital")
    return "; ".join(parts) + "."


def accept_suggestion(workspace: Path, suggestion: ArchSuggestion) -> None:
    """Link a suggested screenshot to its item (or indicator), as linking it by hand does."""
    if suggestion.document_id is None:
        raise UsageError("architecture.not_suggested")
    with WorkspaceStore.open(workspace) as store:
        actor = _actor_name(store)
        if suggestion.item_code:
            store.link_item(suggestion.document_id, suggestion.item_code, actor)
        else:
            store.link(suggestion.document_id, suggestion.indicator_id, None, actor)
