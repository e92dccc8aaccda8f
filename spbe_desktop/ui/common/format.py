"""Numbers, dates, times and sizes in the GUI's locale ("2,47", "29 November 2026", "3,4 MB")."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

from spbe_desktop.core.locale_id import parse_date


def rounded(value: Decimal | float, places: int = 2) -> Decimal:
    """``value`` rounded half-up to ``places`` as the reports round it (1,125 -> 1,13; binary
    floats would give 1,12 and the screen would disagree with the printed report)."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(value))
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def number(value: Decimal | float, places: int = 2) -> str:
    return QLocale().toString(float(rounded(value, places)), "f", places)


def date(value: str | dt.date | None) -> str:
    """ISO date (or date) as "29 November 2026"; "" for none, the text itself if unparsable."""
    if value is None or value == "":
        return ""
    day = parse_date(value)
    if day is None:
        return str(value)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def timestamp(value: str | None) -> str:
    """A stored UTC timestamp in local time: "29 November 2026, 14.05"."""
    if not value:
        return ""
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return date(value)
    return QLocale().toString(moment.toLocalTime(), "d MMMM yyyy, HH.mm")


def size(n: int) -> str:
    """Bytes as a short size with decimal units (KB, MB, GB), e.g. "3,4 MB"."""
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            places = 0 if unit == "B" or value >= 100 else 1
            return f"{QLocale().toString(value, 'f', places)} {unit}"
        value /= 1000
    return str(n)  # pragma: no cover
