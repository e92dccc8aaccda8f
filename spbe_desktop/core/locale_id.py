"""Indonesian calendar words and date parsing, shared by documents, reports and the GUI."""

from __future__ import annotations

import datetime as dt

#: Month names as Indonesian documents write them, January first.
MONTHS_ID: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def format_date_id(day: dt.date) -> str:
    """A date as Indonesian documents write it, e.g. ``"29 November 2026"``."""
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def parse_date(value: dt.date | str) -> dt.date | None:
    """A date, or the date an ISO text starts with (``"2026-11-29T08:00"``); None if it has none.

    What every surface that shows a stored date does first (reports, GUI); each then decides
    what an empty or unparsable value reads as.
    """
    if not isinstance(value, str):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
