"""The sample-document makers write real, valid files."""

from __future__ import annotations

import datetime
import struct
import time
import tracemalloc
import zlib
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from spbe_desktop.core.locale_id import format_date_id
from spbe_desktop.documents import detect
from spbe_desktop.documents.inspect import inspect_in_process
from spbe_desktop.documents.suggest import KINDS
from tests.support.generate import (
    make_docx,
    make_jpeg,
    make_pdf,
    make_png,
    make_slow_pdf,
    official_number,
    official_text,
)


@pytest.mark.parametrize("size", [20_000, 3_000_000, 20_000_001], ids=["20KB", "3MB", "20MB"])
def test_padded_pdf_has_exact_size_and_stays_valid(tmp_path: Path, size: int) -> None:
    path = make_pdf(tmp_path / "besar.pdf", ["Halaman satu", "Halaman dua"], pad_to_bytes=size)

    assert path.stat().st_size == size
    info = inspect_in_process(path)
    assert info.page_count == 2
    assert "Halaman dua" in info.text
    assert info.warnings == ()


def test_padding_is_streamed(tmp_path: Path) -> None:
    tracemalloc.start()
    try:
        started = time.monotonic()
        make_pdf(tmp_path / "besar.pdf", ["x"], pad_to_bytes=50_000_000)
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 8 * 1024 * 1024
    assert elapsed < 20  # about 0.3 s on a laptop; generous for slow CI disks


def test_padding_is_incompressible(tmp_path: Path) -> None:
    data = make_pdf(tmp_path / "a.pdf", ["x"], pad_to_bytes=2_000_000).read_bytes()

    assert len(zlib.compress(data, 6)) > 0.95 * len(data)


def test_padding_smaller_than_document_is_ignored(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "a.pdf", ["Halo"]).read_bytes()
    padded = make_pdf(tmp_path / "b.pdf", ["Halo"], pad_to_bytes=10).read_bytes()

    assert padded == plain


def test_padded_encrypted_pdf_opens_with_password(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "a.pdf", ["Rahasia"], user_password="sandi", pad_to_bytes=100_000)

    reader = PdfReader(path)
    assert reader.is_encrypted
    reader.decrypt("sandi")
    assert "Rahasia" in reader.pages[0].extract_text()
    assert path.stat().st_size == 100_000


def test_pdf_output_is_reproducible(tmp_path: Path) -> None:
    first = make_pdf(tmp_path / "a.pdf", ["Halo"], title="T", pad_to_bytes=5000).read_bytes()
    second = make_pdf(tmp_path / "b.pdf", ["Halo"], title="T", pad_to_bytes=5000).read_bytes()

    assert first == second


def test_long_lines_wrap_and_crowded_pages_shrink(tmp_path: Path) -> None:
    long_line = " ".join(f"kata{i}" for i in range(60))
    crowded = "\n".join(f"baris {i}" for i in range(150))

    info = inspect_in_process(make_pdf(tmp_path / "a.pdf", [long_line, crowded]))

    assert info.page_count == 2
    assert "kata59" in info.text
    assert "baris 149" in info.text


def test_make_png_is_well_formed(tmp_path: Path) -> None:
    data = make_png(tmp_path / "a.png", 7, 5).read_bytes()

    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    offset, chunks = 8, {}
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(kind + body)
        chunks[kind] = body
        offset += 12 + length
    assert struct.unpack(">II", chunks[b"IHDR"][:8]) == (7, 5)
    assert len(zlib.decompress(chunks[b"IDAT"])) == 5 * (1 + 7 * 3)
    assert b"IEND" in chunks


def test_make_jpeg_is_well_formed(tmp_path: Path) -> None:
    data = make_jpeg(tmp_path / "a.jpg", 100, 50).read_bytes()

    assert data.startswith(b"\xff\xd8\xff\xe0")
    assert data.endswith(b"\xff\xd9")
    sof = data.index(b"\xff\xc0")
    assert struct.unpack(">HH", data[sof + 5 : sof + 9]) == (50, 100)


@pytest.mark.parametrize("bad", [(0, 5), (5, 0)])
def test_image_makers_reject_empty_sizes(tmp_path: Path, bad: tuple[int, int]) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        make_png(tmp_path / "a.png", *bad)
    with pytest.raises(ValueError, match="1-65535"):
        make_jpeg(tmp_path / "a.jpg", *bad)


def test_make_docx_properties(tmp_path: Path) -> None:
    wit = datetime.timezone(datetime.timedelta(hours=9))
    created = datetime.datetime(2023, 6, 1, 19, 0, tzinfo=wit)
    path = make_docx(
        tmp_path / "a.docx", ["Satu", "Dua"], title="Judul", author="Ani", created=created
    )

    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs] == ["Satu", "Dua"]
    assert document.core_properties.title == "Judul"
    assert document.core_properties.author == "Ani"
    assert document.core_properties.created == created  # same instant, stored as UTC
    assert detect.detect_mime(path) == detect.DOCX


def test_slow_pdf_is_small(tmp_path: Path) -> None:
    path = make_slow_pdf(tmp_path / "slow.pdf", pages=1000)

    assert path.stat().st_size < 400_000
    assert len(PdfReader(path).pages) == 1000


def test_format_date_id() -> None:
    assert format_date_id(datetime.date(2024, 8, 17)) == "17 Agustus 2024"


@pytest.mark.parametrize(
    ("kind", "number", "expected"),
    [
        ("Peraturan Daerah", "5", "5 Tahun 2021"),
        ("Peraturan Kepala Daerah", "12", "12 Tahun 2021"),
        ("Keputusan/SK", "45", "100.3.3.1/45/2021"),
        ("Surat Edaran", "7", "400.14.5.4/7/SE/2021"),
        ("Undangan", "005/12/DKIP/2021", "005/12/DKIP/2021"),
        ("Dokumen Lainnya", "3", "3/2021"),
    ],
)
def test_official_number(kind: str, number: str, expected: str) -> None:
    assert official_number(kind, number, 2021) == expected


def test_official_text_for_every_kind_names_place_and_date() -> None:
    for kind in KINDS:
        lines = official_text(
            kind,
            "1",
            2024,
            "Uji Coba",
            "Sofifi",
            datetime.date(2024, 3, 12),
            "GUBERNUR MALUKU UTARA",
        )
        text = "\n".join(lines)
        assert "12 Maret 2024" in text, kind
        assert "Sofifi" in text, kind


def test_official_text_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        official_text("Memo", "1", 2024, "x", "Sofifi", datetime.date(2024, 1, 1), "GUBERNUR X")
