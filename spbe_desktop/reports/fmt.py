"""Formatting for the reports: Indonesian numbers and dates, labels, and safe file names.

Pure functions on plain values. Nothing here knows about the store or any file format.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from spbe_desktop.core.locale_id import format_date_id, parse_date
from spbe_desktop.core.text import clean_text

VERDICT_LABELS = {
    "diterima": "Diterima",
    "perlu_revisi": "Perlu revisi",
    "ditolak": "Ditolak",
}
STATUS_LABELS = {
    "empty": "Kosong",
    "draft": "Draf",
    "ready": "Siap",
    "na": "Tidak berlaku",
}

#: Names Windows refuses for a file or folder, whatever the extension.
_RESERVED = (
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def decimal_id(value: Decimal | float | int, places: int = 2) -> str:
    """A number with the Indonesian decimal comma: ``2.845 -> "2,85"`` (half-up)."""
    quantum = Decimal(1).scaleb(-places)
    text = str(Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP))
    return text.replace(".", ",")


def weight_id(value: Decimal | float | int) -> str:
    """A weight as the regulation prints it: "13", "2,5", "1,3" (no trailing zeros)."""
    dec = Decimal(str(value)).normalize()
    text = format(dec, "f")
    return text.replace(".", ",")


def date_id(value: dt.date | str | None) -> str:
    """``2026-11-29 -> "29 November 2026"``; an empty or unparsable value gives "-"."""
    if value is None or value == "":
        return "-"
    day = parse_date(value)
    return str(value) if day is None else format_date_id(day)


def verdict_label(verdict: str | None) -> str:
    """The coordinator's verdict as the report prints it ("Belum diperiksa" when none)."""
    return VERDICT_LABELS.get(verdict or "", "Belum diperiksa")


def status_label(status: str | None) -> str:
    """An answer status as the report prints it ("Siap", "Tidak berlaku"...)."""
    return STATUS_LABELS.get(status or "", status or "-")


def page_range(first: int, count: int) -> str:
    """Pages as an assessor cites them: "3" or "3–7" (1-based)."""
    return str(first) if count <= 1 else f"{first}–{first + count - 1}"


def safe_name(text: str, max_length: int = 80) -> str:
    """A file or folder name that Windows, macOS and Linux all accept.

    Removes characters Windows forbids, control characters and bidi overrides (a lone surrogate
    becomes U+FFFD, which every file system can store), folds runs of spaces, strips the
    trailing dots and spaces Explorer cannot handle, avoids reserved device names (``CON``,
    ``LPT1``...) and cuts to ``max_length`` characters without splitting a word where possible.

    Args:
        text: the wanted name.
        max_length: the longest result (keeps full paths under Windows' 260 characters).

    Returns:
        The sanitised name; never empty (``"_"`` at worst).
    """
    name = clean_text(text)
    name = _FORBIDDEN.sub(" ", name)
    name = " ".join(name.split())
    if len(name) > max_length:
        cut = name[:max_length]
        name = cut.rsplit(" ", 1)[0] if " " in cut[max_length // 2 :] else cut
    name = name.rstrip(" .")
    if not name:
        return "_"
    stem = name.split(".", 1)[0].upper()
    if stem in _RESERVED:
        name = "_" + name
    return name


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``"stem (2).ext"`` etc. when a case-insensitive twin is already taken.

    Adds the result to ``taken`` (compared case-folded, as Windows and macOS do).
    """
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    candidate = name
    k = 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({k}).{ext}" if ext else f"{stem} ({k})"
        k += 1
    taken.add(candidate.casefold())
    return candidate
