"""Indonesian numbers and dates, labels, and file names every OS accepts."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spbe_desktop.reports.fmt import (
    date_id,
    decimal_id,
    page_range,
    safe_name,
    status_label,
    unique_name,
    verdict_label,
    weight_id,
)


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


def test_labels() -> None:
    assert verdict_label("perlu_revisi") == "Perlu revisi"
    assert verdict_label(None) == "Belum diperiksa"
    assert status_label("na") == "Tidak berlaku"
    assert page_range(3, 1) == "3"
    assert page_range(3, 4) == "3–6"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ('Layanan: "Data" / Informasi?', "Layanan Data Informasi"),
        ("CON", "_CON"),
        ("lpt1.txt", "_lpt1.txt"),
        ("nama akhir. . ", "nama akhir"),
        ("...", "_"),
        ("a\tb\x00c", "a b c"),
    ],
)
def test_safe_name_examples(raw: str, clean: str) -> None:
    assert safe_name(raw) == clean


def test_safe_name_cuts_long_names_at_a_word() -> None:
    name = safe_name("Layanan Jaringan Dokumentasi dan Informasi Hukum " * 3, 60)
    assert len(name) <= 60
    assert not name.endswith(" ")
    assert name.startswith("Layanan Jaringan Dokumentasi")


@given(st.text(min_size=0, max_size=200), st.integers(min_value=5, max_value=120))
def test_safe_name_is_always_acceptable_to_windows(text: str, limit: int) -> None:
    name = safe_name(text, limit)
    assert name
    assert len(name) <= limit
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', name)
    assert not name.endswith((" ", "."))
    assert name.split(".", 1)[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


def test_unique_name_is_case_insensitive() -> None:
    taken: set[str] = set()
    assert unique_name("SK.pdf", taken) == "SK.pdf"
    assert unique_name("sk.PDF", taken) == "sk (2).PDF"
    assert unique_name("SK.pdf", taken) == "SK (3).pdf"
    assert unique_name("README", taken) == "README"
    assert unique_name("readme", taken) == "readme (2)"
