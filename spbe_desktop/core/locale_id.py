"""Indonesian calendar words, shared by the document reader, the generators and the reports."""

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
