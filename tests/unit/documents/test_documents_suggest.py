"""Metadata suggestions from realistic Indonesian government document texts."""

from __future__ import annotations

import datetime
import time
from pathlib import Path

import pytest

from spbe_desktop.documents.inspect import inspect_in_process
from spbe_desktop.documents.suggest import KINDS, Suggestion, suggest_metadata
from tests.support.generate import make_docx, make_pdf, official_number, official_text

DISKOMINFO = "KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN PROVINSI MALUKU UTARA"

OFFICIAL = [
    pytest.param(
        "Peraturan Daerah",
        "5",
        2021,
        "Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik",
        "Sofifi",
        datetime.date(2021, 8, 17),
        "GUBERNUR MALUKU UTARA",
        id="perda",
    ),
    pytest.param(
        "Peraturan Kepala Daerah",
        "12",
        2023,
        "Arsitektur SPBE Kabupaten Halmahera Barat",
        "Jailolo",
        datetime.date(2023, 11, 2),
        "BUPATI HALMAHERA BARAT",
        id="perbup",
    ),
    pytest.param(
        "Keputusan/SK",
        "45",
        2024,
        "Pembentukan Tim Koordinasi SPBE",
        "Ternate",
        datetime.date(2024, 3, 12),
        "WALI KOTA TERNATE",
        id="sk-walikota",
    ),
    pytest.param(
        "Keputusan/SK",
        "88",
        2024,
        "Penetapan Pengelola Pusat Data Daerah",
        "Sofifi",
        datetime.date(2024, 1, 5),
        DISKOMINFO,
        id="sk-kepala-dinas",
    ),
    pytest.param(
        "Surat Edaran",
        "7",
        2024,
        "Penggunaan Aplikasi Umum Berbagi Pakai",
        "Sofifi",
        datetime.date(2024, 5, 20),
        "GUBERNUR MALUKU UTARA",
        id="surat-edaran",
    ),
    pytest.param(
        "SOP",
        "3",
        2023,
        "Pengelolaan Nama Domain dan Subdomain",
        "Sofifi",
        datetime.date(2023, 6, 1),
        DISKOMINFO,
        id="sop",
    ),
    pytest.param(
        "Laporan",
        "9",
        2024,
        "Pelaksanaan Evaluasi Mandiri SPBE",
        "Sofifi",
        datetime.date(2024, 9, 30),
        DISKOMINFO,
        id="laporan",
    ),
    pytest.param(
        "Notulen",
        "2",
        2024,
        "Rapat Koordinasi Tim SPBE Triwulan III",
        "Sofifi",
        datetime.date(2024, 10, 7),
        "SEKRETARIS DAERAH PROVINSI MALUKU UTARA",
        id="notulen",
    ),
    pytest.param(
        "Undangan",
        "14",
        2024,
        "Rapat Koordinasi Evaluasi SPBE",
        "Sofifi",
        datetime.date(2024, 2, 26),
        DISKOMINFO,
        id="undangan",
    ),
]


def _check(suggestion: Suggestion, kind, number, year, title, date, issuer) -> None:
    assert suggestion.kind == kind
    assert suggestion.number == official_number(kind, number, year)
    assert suggestion.issued == date
    assert suggestion.title is not None
    assert title.upper() in suggestion.title.upper()
    assert suggestion.issuer == issuer


@pytest.mark.parametrize(("kind", "number", "year", "title", "place", "date", "issuer"), OFFICIAL)
def test_official_text_is_recognised(kind, number, year, title, place, date, issuer) -> None:
    lines = official_text(kind, number, year, title, place, date, issuer)

    _check(suggest_metadata("\n".join(lines)), kind, number, year, title, date, issuer)


@pytest.mark.parametrize(("kind", "number", "year", "title", "place", "date", "issuer"), OFFICIAL)
def test_official_text_is_recognised_after_pdf_and_docx_extraction(
    tmp_path: Path, kind, number, year, title, place, date, issuer
) -> None:
    # Extraction loses blank lines and wraps long lines; the heuristics must cope.
    lines = official_text(kind, number, year, title, place, date, issuer)
    pdf = make_pdf(tmp_path / "a.pdf", ["\n".join(lines[:25]), "\n".join(lines[25:])])
    docx = make_docx(tmp_path / "a.docx", lines)

    for path in (pdf, docx):
        info = inspect_in_process(path)
        _check(suggest_metadata(info.text, info.mime), kind, number, year, title, date, issuer)


REAL_LOOKING = {
    "perda-without-signature": (
        "LEMBARAN DAERAH KABUPATEN HALMAHERA BARAT\n"
        "PERATURAN DAERAH KABUPATEN HALMAHERA BARAT\nNOMOR 3 TAHUN 2020\nTENTANG\n"
        "PENYELENGGARAAN KOMUNIKASI DAN INFORMATIKA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
        Suggestion(
            number="3 Tahun 2020",
            kind="Peraturan Daerah",
            title="Penyelenggaraan Komunikasi dan Informatika",
            issuer="BUPATI HALMAHERA BARAT",
        ),
    ),
    "invitation-letter": (
        "PEMERINTAH KOTA TERNATE\nDINAS KOMUNIKASI DAN INFORMATIKA\n"
        "Jl. Pahlawan Revolusi No. 1 Telp. (0921) 3121234\nTernate, 05-02-2024\n"
        "Nomor : 005 / 77 / Kominfo / 2024\nSifat : Biasa\n"
        "Hal : Undangan Sosialisasi Manajemen Risiko SPBE\nYth. Kepala OPD\n"
        "Dalam rangka ... akan dilaksanakan pada tanggal 12 Februari 2024.\n"
        "Kepala Dinas Komunikasi dan Informatika,\nttd\n",
        Suggestion(
            number="005/77/Kominfo/2024",
            issued=datetime.date(2024, 2, 5),
            kind="Undangan",
            title="Undangan Sosialisasi Manajemen Risiko SPBE",
            issuer="Kepala Dinas Komunikasi dan Informatika",
        ),
    ),
    "minutes-notula": (
        "NOTULA RAPAT\nEvaluasi Indeks SPBE\nHari/Tanggal : Kamis, 1 Agustus 2024\n"
        "Pimpinan Rapat : Sekretaris Daerah\n",
        Suggestion(
            issued=datetime.date(2024, 8, 1),
            kind="Notulen",
            title="Evaluasi Indeks SPBE",
            issuer="Sekretaris Daerah",
        ),
    ),
    "decree-wrapped-heading-spaced-number": (
        "KEPUTUSAN KEPALA DINAS KOMUNIKASI, INFORMATIKA\nDAN PERSANDIAN PROVINSI MALUKU UTARA\n"
        "NOMOR : 188.45/ 123 /KPTS/MU/2023\nTENTANG TIM PENYUSUN LAPORAN EVALUASI SPBE\n"
        "Ditetapkan di Sofifi pada tanggal 3 Nopember 2023\n",
        Suggestion(
            number="188.45/123/KPTS/MU/2023",
            issued=datetime.date(2023, 11, 3),
            kind="Keputusan/SK",
            title="Tim Penyusun Laporan Evaluasi SPBE",
            issuer=DISKOMINFO,
        ),
    ),
    "sop-abbreviated": (
        "SOP PENGELOLAAN PUSAT DATA DAERAH\nNomor SOP : 800/12/SOP/2022\n"
        "Tanggal Pengesahan : 4 Jan 2022\n",
        Suggestion(
            number="800/12/SOP/2022",
            issued=datetime.date(2022, 1, 4),
            kind="SOP",
            title="SOP Pengelolaan Pusat Data Daerah",
        ),
    ),
    "report-mixed-case-iso-date": (
        "Laporan Kegiatan Bimbingan Teknis Aplikasi SRIKANDI\nDilaksanakan 2024-07-15 di Sofifi.\n",
        Suggestion(
            issued=datetime.date(2024, 7, 15),
            kind="Laporan",
            title="Laporan Kegiatan Bimbingan Teknis Aplikasi SRIKANDI",
        ),
    ),
    "heading-run-together": (
        "PERATURAN GUBERNUR MALUKU UTARA NOMOR 12 TAHUN 2023 TENTANG ARSITEKTUR SPBE",
        Suggestion(
            number="12 Tahun 2023",
            kind="Peraturan Kepala Daerah",
            title="Arsitektur SPBE",
            issuer="GUBERNUR MALUKU UTARA",
        ),
    ),
    "circular-with-acting-governor": (
        "SURAT EDARAN\nNOMOR 800/45/SE/2022\nTENTANG\nPENGGUNAAN SURAT ELEKTRONIK RESMI\n"
        "Ditetapkan di Sofifi\npada tanggal 1 Pebruari 2022\nPj. GUBERNUR MALUKU UTARA,\nttd\n",
        Suggestion(
            number="800/45/SE/2022",
            issued=datetime.date(2022, 2, 1),
            kind="Surat Edaran",
            title="Penggunaan Surat Elektronik Resmi",
            issuer="Pj. GUBERNUR MALUKU UTARA",
        ),
    ),
    "windows-line-endings": (
        "KEPUTUSAN BUPATI PULAU MOROTAI\r\nNOMOR 45/KPTS/2021\r\nTENTANG\r\nTIM SPBE\r\n",
        Suggestion(
            number="45/KPTS/2021",
            kind="Keputusan/SK",
            title="Tim SPBE",
            issuer="BUPATI PULAU MOROTAI",
        ),
    ),
}


@pytest.mark.parametrize(("text", "expected"), REAL_LOOKING.values(), ids=REAL_LOOKING.keys())
def test_real_looking_texts(text: str, expected: Suggestion) -> None:
    assert suggest_metadata(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sofifi, 17 Agustus 2023", datetime.date(2023, 8, 17)),
        ("tanggal 10 Nopember 2023", datetime.date(2023, 11, 10)),
        ("tanggal 10 November 2023", datetime.date(2023, 11, 10)),
        ("tanggal 1 Pebruari 2020", datetime.date(2020, 2, 1)),
        ("tanggal 5 Sept. 2022", datetime.date(2022, 9, 5)),
        ("tanggal 5 Agt 2022", datetime.date(2022, 8, 5)),
        ("tanggal 12-03-2023", datetime.date(2023, 3, 12)),
        ("tanggal 12/03/2023", datetime.date(2023, 3, 12)),
        ("tanggal 12.03.2023", datetime.date(2023, 3, 12)),
        ("tanggal 2023-03-12", datetime.date(2023, 3, 12)),
        ("tanggal 31 Februari 2023", None),
        ("tanggal 12-13-2023", None),
        ("tanggal 12 Maret 1850", None),
        ("NOMOR 100.3.3.1/123/2023", None),
    ],
)
def test_dates(text: str, expected: datetime.date | None) -> None:
    assert suggest_metadata(text).issued == expected


def test_signing_date_wins_over_promulgation_and_cited_dates() -> None:
    text = (
        "PERATURAN GUBERNUR MALUKU UTARA\nNOMOR 2 TAHUN 2024\n"
        "Menimbang bahwa rapat pada tanggal 2 Januari 2024 telah ...\n"
        "Ditetapkan di Sofifi\npada tanggal 12 Maret 2024\nGUBERNUR MALUKU UTARA,\n"
        "Diundangkan di Sofifi\npada tanggal 15 Maret 2024\n"
    )
    assert suggest_metadata(text).issued == datetime.date(2024, 3, 12)


def test_number_is_the_documents_own_not_a_cited_law() -> None:
    text = (
        "KEPUTUSAN GUBERNUR MALUKU UTARA\nNOMOR 100.3.3.1/9/2024\n"
        "Mengingat : Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;\n"
    )
    assert suggest_metadata(text).number == "100.3.3.1/9/2024"


def test_images_are_screenshots() -> None:
    assert suggest_metadata("", mime="image/png") == Suggestion(kind="Tangkapan Layar")
    assert suggest_metadata("LAPORAN X", mime="image/jpeg").kind == "Tangkapan Layar"


def test_nothing_recognised_gives_empty_suggestion() -> None:
    assert suggest_metadata("") == Suggestion()
    assert suggest_metadata("halo dunia, apa kabar?").kind is None


def test_prose_mentioning_a_kind_is_not_a_heading() -> None:
    assert suggest_metadata("kami mengirimkan laporan dan undangan minggu depan").kind is None


def test_kinds_order() -> None:
    assert KINDS == (
        "Peraturan Daerah",
        "Peraturan Kepala Daerah",
        "Keputusan/SK",
        "Surat Edaran",
        "SOP",
        "Laporan",
        "Notulen",
        "Undangan",
        "Tangkapan Layar",
        "Dokumen Lainnya",
    )


@pytest.mark.parametrize(
    "text",
    [
        "NOMOR" + " " * 1_000_000,
        "1" + " " * 1_000_000 + "x",
        "Ditetapkan di " * 70_000,
        "99 Maret 2024 " * 100_000,
        "GUBERNUR X\n" * 100_000,
        "\n" * 1_000_000,
    ],
    ids=["nomor-spaces", "digit-spaces", "many-ditetapkan", "bad-dates", "offices", "newlines"],
)
def test_adversarial_texts_are_fast(text: str) -> None:
    started = time.monotonic()
    suggest_metadata(text)
    assert time.monotonic() - started < 2


def test_subject_line_keywords_must_be_whole_words() -> None:
    assert suggest_metadata("Perihal : Penyampaian Berkas Tusk Risk").kind is None
    assert suggest_metadata("Perihal : Penyampaian SK Tim").kind == "Keputusan/SK"
