"""Indonesian numbers and dates, labels, and file names every OS accepts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from spbe_desktop.reports.fmt import date_id, decimal_id, page_range, weight_id


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("2.85"), "2,85"), (Decimal("2.845"), "2,85"), (2.5, "2,50"), (Decimal("1"), "1,00")],
)
def test_decimal_id_uses_the_decimal_comma(value: Decimal | float, text: str) -> None:
    assert decimal_id(value) == text


def test_weight_id_drops_trailing_zeros() -> None:
    assert [weight_id(Decimal(v)) for v in ("13", "2.50", "1.30", "16.5")] == [
        "13",
        "2,5",
        "1,3",
        "16,5",
    ]


def test_date_id_writes_indonesian_dates() -> None:
    assert date_id(dt.date(2026, 11, 29)) == "29 November 2026"
    assert date_id("2024-03-12") == "12 Maret 2024"
    assert date_id("2026-10-12T08:00:00+00:00") == "12 Oktober 2026"
    assert date_id(None) == "-"
    assert date_id("kemarin") == "kemarin"


def test_page_range() -> None:
    assert page_range(3, 1) == "3"
    assert page_range(3, 4) == "3–6"
