"""File and folder names every OS accepts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spbe_desktop.core.names import safe_name, slug, unique_name


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


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Dinas Komunikasi, Informatika dan Persandian",
            "dinas-komunikasi-informatika-dan-persandian",
        ),
        ("BPKAD", "bpkad"),
        ("  ", "opd"),
        ("Badan Keuangan: Aset / Daerah", "badan-keuangan-aset-daerah"),
    ],
)
def test_slug_is_lower_case_words_joined_by_hyphens(raw: str, expected: str) -> None:
    assert slug(raw, "opd") == expected
