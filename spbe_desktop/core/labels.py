"""The words for verdicts and answer statuses in the CLI and the reports.

One table for that surface: the reports print the Indonesian word, the CLI the word of its
output language. The GUI's words are Qt translations and live in ``spbe_desktop.ui``.
"""

from __future__ import annotations

from spbe_desktop.core.items import ItemStatus, ItemVerdict
from spbe_desktop.core.models import AnswerStatus, Verdict

#: Verdict -> (Indonesian, English).
VERDICT_LABELS: dict[str, tuple[str, str]] = {
    Verdict.DITERIMA: ("Diterima", "Accepted"),
    Verdict.PERLU_REVISI: ("Perlu revisi", "Needs revision"),
    Verdict.DITOLAK: ("Ditolak", "Rejected"),
}
#: Said of an answer the coordinator has not given a verdict on.
NO_VERDICT = ("Belum diperiksa", "Not yet reviewed")
#: Answer status -> (Indonesian, English).
STATUS_LABELS: dict[str, tuple[str, str]] = {
    AnswerStatus.EMPTY: ("Kosong", "Empty"),
    AnswerStatus.DRAFT: ("Draf", "Draft"),
    AnswerStatus.READY: ("Siap", "Ready"),
    AnswerStatus.NA: ("Tidak berlaku", "Not applicable"),
}
#: Evidence item status (items rule) -> (Indonesian, English).
ITEM_STATUS_LABELS: dict[str, tuple[str, str]] = {
    ItemStatus.EMPTY: ("Belum ada dokumen", "No document"),
    ItemStatus.ATTACHED: ("Dokumen terlampir", "Document attached"),
    ItemStatus.ACCEPTED: ("Diterima", "Accepted"),
    ItemStatus.REVISION: ("Perlu revisi", "Needs revision"),
    # Above the first incomplete level: the portal refuses it until the level below is done.
    ItemStatus.BLOCKED: ("Terkunci", "Blocked"),
}
#: Item verdict -> (Indonesian, English).
ITEM_VERDICT_LABELS: dict[str, tuple[str, str]] = {
    ItemVerdict.ACCEPTED: ("Diterima", "Accepted"),
    ItemVerdict.REVISION: ("Perlu revisi", "Needs revision"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def verdict_label(verdict: str | None, lang: str = "id") -> str:
    """A verdict as the reports print it: "Perlu revisi"; "Belum diperiksa" when there is none."""
    return _pick(VERDICT_LABELS.get(verdict or "", NO_VERDICT), lang)


def status_label(status: str | None, lang: str = "id") -> str:
    """An answer status as the reports print it ("Siap", "Tidak berlaku"...); an unknown one is
    printed as it is, a missing one as "-"."""
    pair = STATUS_LABELS.get(status or "")
    return _pick(pair, lang) if pair else (status or "-")


def item_status_label(status: str | None, lang: str = "id") -> str:
    """An evidence item's status as the reports print it ("Diterima", "Perlu revisi"...)."""
    pair = ITEM_STATUS_LABELS.get(status or "")
    return _pick(pair, lang) if pair else (status or "-")


def item_verdict_label(verdict: str | None, lang: str = "id") -> str:
    """An item verdict in words; "" when there is none."""
    pair = ITEM_VERDICT_LABELS.get(verdict or "")
    return _pick(pair, lang) if pair else ""
