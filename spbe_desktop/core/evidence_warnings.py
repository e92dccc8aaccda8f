"""Which evidence warnings apply to one indicator: plain Python over core dataclasses (no Qt).

The GUI shows them next to the answer; the texts live in the widgets (translatable). Rules:

* ``encrypted``: a password-protected document (assessors cannot open it at all).
* ``unreadable``: a damaged or truncated file whose text could not be read (assessors may not
  be able to open it either).
* ``scanned``: a PDF without a text layer (assessors cannot cite its pages).
* ``expired``: the document's validity ended before today.
* ``old``: the indicator only counts documents from the last N years (audits) and this one is
  older.
* ``no_evidence``: a level is claimed but no document is linked.
* ``level_gap``: a level is claimed, every linked document names the level it proves, and some
  level between the lowest one proven and the claimed one has no document (a higher level is
  never accepted before the lower one is proven).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spbe_desktop.core.models import Answer, AnswerStatus, DocumentRecord
from spbe_desktop.core.packs import Indicator

ENCRYPTED = "encrypted"
UNREADABLE = "unreadable"
SCANNED = "scanned"
EXPIRED = "expired"
OLD = "old"
NO_EVIDENCE = "no_evidence"
LEVEL_GAP = "level_gap"


@dataclass(frozen=True, slots=True)
class EvidenceWarning:
    code: str
    document_id: int | None = None
    params: dict[str, Any] = field(default_factory=dict)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


#: The codes the document inspection leaves on a stored document (``DocumentRecord.warnings``).
_INSPECTED_ENCRYPTED = "document.encrypted"
_INSPECTED_UNREADABLE = "document.text_unreadable"
_INSPECTED_SCANNED = "document.scanned_no_text"


def content_flag(doc: DocumentRecord) -> str | None:
    """What is wrong with a document's file itself, whatever it is evidence for: ``encrypted``,
    ``unreadable`` or ``scanned`` (the worst one), else None."""
    if _INSPECTED_ENCRYPTED in doc.warnings:
        return ENCRYPTED
    if _INSPECTED_UNREADABLE in doc.warnings:
        return UNREADABLE
    if doc.mime == "application/pdf" and (
        not doc.has_text_layer or _INSPECTED_SCANNED in doc.warnings
    ):
        return SCANNED
    return None


def document_flags(indicator: Indicator, doc: DocumentRecord, today: dt.date) -> tuple[str, ...]:
    """Warning codes that concern one document as evidence for ``indicator``."""
    flags: list[str] = []
    content = content_flag(doc)
    if content is not None:
        flags.append(content)
    until = _date(doc.valid_until)
    if until is not None and until < today:
        flags.append(EXPIRED)
    issued = _date(doc.issued)
    window = indicator.audit_window_years
    if window and issued is not None and issued < _years_before(today, window):
        flags.append(OLD)
    return tuple(flags)


def _link_level(doc: DocumentRecord, indicator_id: str) -> int | None:
    for ind, level in doc.links:
        if ind == indicator_id:
            return level
    return None


def evidence_warnings(
    indicator: Indicator,
    answer: Answer | None,
    docs: Sequence[DocumentRecord],
    today: dt.date,
) -> list[EvidenceWarning]:
    """All warnings for ``indicator`` given its answer and the documents linked to it."""
    out: list[EvidenceWarning] = []
    for doc in docs:
        for flag in document_flags(indicator, doc, today):
            params: dict[str, Any] = {"title": doc.title}
            if flag == EXPIRED:
                params["date"] = doc.valid_until
            elif flag == OLD:
                params["date"] = doc.issued
                params["years"] = indicator.audit_window_years
            out.append(EvidenceWarning(flag, doc.id, params))
    level = answer.level if answer is not None and answer.status != AnswerStatus.NA else None
    if level is None:
        return out
    if not docs:
        out.append(EvidenceWarning(NO_EVIDENCE, None, {"level": level}))
        return out
    levels = [_link_level(d, indicator.id) for d in docs]
    if all(lv is not None for lv in levels):
        tagged = {lv for lv in levels if lv is not None}
        missing = [k for k in range(min(tagged), level + 1) if k not in tagged]
        if missing:
            out.append(
                EvidenceWarning(
                    LEVEL_GAP,
                    None,
                    {
                        "level": level,
                        "missing": missing,
                        "names": [indicator.level(k).name for k in missing],
                    },
                )
            )
    return out
