"""Suggested titles read like typed ones: title capitals, not a heading's ALL CAPS (issue 15)."""

from __future__ import annotations

import pytest

from spbe_desktop.core.titles import title_case
from spbe_desktop.documents import suggest_metadata


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "KEPUTUSAN BUPATI PULAU MOROTAI TENTANG TIM SPBE",
            "Keputusan Bupati Pulau Morotai tentang Tim SPBE",
        ),
        (
            "PENYELENGGARAAN KOMUNIKASI DAN INFORMATIKA",
            "Penyelenggaraan Komunikasi dan Informatika",
        ),
        (
            "RENCANA INDUK SPBE TAHAP II TAHUN 2024-2026",
            "Rencana Induk SPBE Tahap II Tahun 2024-2026",
        ),
        ("FORUM OPD DAN TIK DI LINGKUNGAN PEMDA", "Forum OPD dan TIK di Lingkungan Pemda"),
        ("DI BAWAH KOORDINASI SEKDA", "Di Bawah Koordinasi Sekda"),  # the first word is capital
        ("PERUBAHAN ATAS UNDANG-UNDANG NOMOR 11", "Perubahan atas Undang-Undang Nomor 11"),
        (
            "STANDAR OPERASIONAL PROSEDUR (SOP) LAYANAN",
            "Standar Operasional Prosedur (SOP) Layanan",
        ),
        ("NOMOR 188.45/KPTS/MU/2023", "Nomor 188.45/KPTS/MU/2023"),  # digits: as written
        ("BAB IV DAN BAB XII", "Bab IV dan Bab XII"),
    ],
)
def test_a_heading_in_capitals_gets_title_capitals(heading: str, expected: str) -> None:
    assert title_case(heading) == expected


@pytest.mark.parametrize(
    "typed",
    ["Laporan Kegiatan Bimbingan Teknis Aplikasi SRIKANDI", "notulen rapat", "2024", ""],
)
def test_a_title_with_lower_case_letters_is_left_as_written(typed: str) -> None:
    assert title_case(typed) == typed


def test_the_suggested_title_of_a_decree_is_not_all_caps() -> None:
    text = "KEPUTUSAN BUPATI PULAU MOROTAI\nNOMOR 45/KPTS/2021\n"
    assert suggest_metadata(text).title == "Keputusan Bupati Pulau Morotai"
    text = "PERATURAN GUBERNUR MALUKU UTARA\nNOMOR 2 TAHUN 2024\nTENTANG\nARSITEKTUR SPBE DAN TIK\n"
    assert suggest_metadata(text).title == "Arsitektur SPBE dan TIK"
