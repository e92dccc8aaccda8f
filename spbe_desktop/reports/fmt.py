"""Formatting for the reports: Indonesian numbers, dates and page ranges.

Pure functions on plain values. Nothing here knows about the store or any file format. The words
for verdicts and statuses are in :mod:`spbe_desktop.core.labels`, file names in
:mod:`spbe_desktop.core.names`.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from spbe_desktop.core.locale_id import format_date_id, parse_date


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


def page_range(first: int, count: int) -> str:
    """Pages as an assessor cites them: "3" or "3–7" (1-based)."""
    return str(first) if count <= 1 else f"{first}–{first + count - 1}"
