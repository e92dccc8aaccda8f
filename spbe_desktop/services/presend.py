"""What an OPD officer should look at before sending evidence to the coordinator.

A checklist, not a gate: drafts, empty indicators, work on indicators not assigned to the unit,
files an assessor cannot open or read, very large files, and nothing new since the last
receipt. Only a workspace with nothing at all to send (no answer, no document, no item note)
is reported as such (``nothing_to_send``); the export dialog then offers nothing to create.
The texts live in the GUI and the CLI; this module returns codes and facts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.core.evidence_warnings import content_flag
from spbe_desktop.core.items import uses_items
from spbe_desktop.core.models import SELF_OPD, Answer, AnswerStatus, DocumentRecord
from spbe_desktop.core.packs import Indicator, Pack
from spbe_desktop.services.exchange.export import _nothing_changed, _selection
from spbe_desktop.store.workspace_store import WorkspaceStore

#: The kinds of finding, in the order they are listed.
DRAFT = "draft"  # an answer still marked draft (or typed and not saved yet)
EMPTY = "empty"  # an indicator of the unit's with no answer and no document
UNASSIGNED = "unassigned"  # work on an indicator not assigned to the unit
UNREADABLE = "unreadable"  # a file the assessors cannot open or read (password, damage)
SCANNED = "scanned"  # a PDF without a text layer (readable, but its pages cannot be cited)
LARGE = "large"  # a file over LARGE_FILE_BYTES
NOTHING_NEW = "nothing_new"  # nothing changed since the last receipt
KINDS = (DRAFT, EMPTY, UNASSIGNED, UNREADABLE, SCANNED, LARGE, NOTHING_NEW)

#: A file larger than this is hard to send by mail or chat (the export's default part size;
#: megabytes as the app shows sizes, of 1000 000 bytes).
LARGE_FILE_MB = 20
LARGE_FILE_BYTES = LARGE_FILE_MB * 1000 * 1000


@dataclass(frozen=True, slots=True)
class PresendFinding:
    """One thing to look at. ``indicator`` and ``number`` name an indicator (draft, empty,
    unassigned); ``document_id``, ``title`` and ``size`` a document, with ``flag`` its content
    flag (``encrypted``, ``unreadable``, ``scanned``) and ``indicators`` the numbers of the
    indicators it is evidence for."""

    kind: str
    indicator: str = ""
    number: int = 0
    name: str = ""
    document_id: int | None = None
    title: str = ""
    size: int = 0
    flag: str = ""
    indicators: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class PresendCheck:
    findings: tuple[PresendFinding, ...]
    #: No answer, no document and no item note: an export would carry nothing.
    nothing_to_send: bool

    def of_kind(self, kind: str) -> list[PresendFinding]:
        return [f for f in self.findings if f.kind == kind]

    def counts(self) -> dict[str, int]:
        """Findings per kind, in :data:`KINDS` order, only the kinds found."""
        counts = {k: len(self.of_kind(k)) for k in KINDS}
        return {k: n for k, n in counts.items() if n}


def presend_check(workspace: Path, *, unsaved: Iterable[str] = ()) -> PresendCheck:
    """The checklist for ``workspace`` (an OPD's); ``unsaved`` names indicators whose typed
    answer the window has not written yet (counted as drafts)."""
    with WorkspaceStore.open(workspace) as store:
        return _presend_check(store, set(unsaved))


def _presend_check(store: WorkspaceStore, unsaved: set[str]) -> PresendCheck:
    pack = store.pack()
    prof = store.profile()
    answers = store.answers(SELF_OPD)
    docs = store.documents(SELF_OPD)
    item_links = store.item_links(SELF_OPD)
    notes = {s.item_code for s in store.item_states(SELF_OPD) if s.note.strip()}
    items_rule = uses_items(pack)
    external = set(store.external_scores()) if items_rule else set()
    linked: dict[str, set[int]] = {}
    for d in docs:
        for ind_id, _level in d.links:
            linked.setdefault(ind_id, set()).add(d.id)
    worked: set[str] = set()
    for ind in pack.indicators:
        codes = {i.code for i in ind.items}
        if (
            _has_content(answers.get(ind.id))
            or ind.id in linked
            or ind.id in unsaved
            or any(code in item_links or code in notes for code in codes)
            or ind.id in external
        ):
            worked.add(ind.id)
    assigned = set(prof.assigned) if prof.assigned is not None else None
    numbers = {i.id: i.number for i in pack.indicators}
    findings: list[PresendFinding] = []

    def about(kind: str, ind: Indicator) -> PresendFinding:
        return PresendFinding(kind, ind.id, ind.number, ind.name)

    for ind in pack.indicators:
        answer = answers.get(ind.id)
        draft = answer is not None and answer.status == AnswerStatus.DRAFT
        if draft or ind.id in unsaved:
            findings.append(about(DRAFT, ind))
    for ind in pack.indicators:
        mine = assigned is None or ind.id in assigned
        if mine and ind.id not in worked and not _fed_by_index(ind):
            findings.append(about(EMPTY, ind))
        if not mine and ind.id in worked:
            findings.append(about(UNASSIGNED, ind))
    findings.extend(_document_findings(pack, docs, item_links, numbers))
    if _nothing_new(store):
        findings.append(PresendFinding(NOTHING_NEW))
    nothing = not docs and not notes and not any(_has_content(a) for a in answers.values())
    return PresendCheck(tuple(findings), nothing)


def _has_content(answer: Answer | None) -> bool:
    if answer is None:
        return False
    return (
        answer.status != AnswerStatus.EMPTY
        or answer.level is not None
        or bool(answer.justification.strip())
    )


def _fed_by_index(ind: Indicator) -> bool:
    """An indicator whose value comes from a national index, not from the unit's evidence."""
    return ind.external is not None


def _document_findings(
    pack: Pack,
    docs: list[DocumentRecord],
    item_links: dict[str, list[int]],
    numbers: dict[str, int],
) -> list[PresendFinding]:
    by_doc: dict[int, set[int]] = {}
    for code, ids in item_links.items():
        for doc_id in ids:
            by_doc.setdefault(doc_id, set()).add(numbers[pack.item(code).indicator_id])
    out: list[PresendFinding] = []
    for kind in (UNREADABLE, SCANNED, LARGE):
        for d in docs:
            shown = by_doc.get(d.id, set()) | {numbers[i] for i, _lv in d.links if i in numbers}
            flag = content_flag(d)
            hit = (
                (kind == UNREADABLE and flag in ("encrypted", "unreadable"))
                or (kind == SCANNED and flag == "scanned")
                or (kind == LARGE and d.size > LARGE_FILE_BYTES)
            )
            if hit:
                out.append(
                    PresendFinding(
                        kind,
                        document_id=d.id,
                        title=d.title,
                        size=d.size,
                        flag=flag or "",
                        indicators=tuple(sorted(shown)),
                    )
                )
    return out


def _nothing_new(store: WorkspaceStore) -> bool:
    """A receipt came back and nothing changed since: an update would tell the coordinator
    nothing (a complete bundle can still be sent when asked for)."""
    answers, carried, delta, _base = _selection(store, full=False)
    return delta and _nothing_changed(store, answers, carried)
