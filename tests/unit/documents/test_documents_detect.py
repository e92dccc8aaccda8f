"""Content-type detection from bytes, not names."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from spbe_desktop.core.mime import is_active_mime
from spbe_desktop.documents import detect
from spbe_desktop.documents.detect import (
    SNIFF_BYTES,
    detect_mime,
    is_compressed_mime,
)
from tests.support.generate import make_docx, make_jpeg, make_pdf, make_png


def _zip(path: Path, members: dict[str, bytes], *, stored_first: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if stored_first is not None:
            archive.writestr(stored_first, members.pop(stored_first), zipfile.ZIP_STORED)
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


CASES = {
    "pdf": (lambda p: make_pdf(p / "a.pdf", ["Halo"]), detect.PDF),
    "pdf_with_leading_junk": (
        lambda p: _write(p / "junk.pdf", b"\r\nMIME junk\r\n" + (p / "a.pdf").read_bytes()),
        detect.PDF,
    ),
    "docx": (lambda p: make_docx(p / "a.docx", ["Halo"]), detect.DOCX),
    "docx_renamed_pdf": (
        lambda p: _write(p / "laporan.pdf", make_docx(p / "b.docx", ["Halo"]).read_bytes()),
        detect.DOCX,
    ),
    "xlsx": (
        lambda p: _zip(p / "a.xlsx", {"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<w/>"}),
        detect.XLSX,
    ),
    "pptx": (
        lambda p: _zip(p / "a.pptx", {"ppt/presentation.xml": b"<p/>"}),
        detect.PPTX,
    ),
    "odt": (
        lambda p: _zip(
            p / "a.odt",
            {"mimetype": detect.ODT.encode(), "content.xml": b"<office/>"},
            stored_first="mimetype",
        ),
        detect.ODT,
    ),
    "zip": (lambda p: _zip(p / "a.zip", {"readme.txt": b"halo"}), detect.ZIP),
    "broken_zip": (lambda p: _write(p / "b.zip", b"PK\x03\x04" + b"\x00" * 40), detect.ZIP),
    "png": (lambda p: make_png(p / "a.png", 4, 3), detect.PNG),
    "jpeg": (lambda p: make_jpeg(p / "a.jpg", 16, 8), detect.JPEG),
    "gif": (lambda p: _write(p / "a.gif", b"GIF89a\x02\x00\x02\x00" + b"\x00" * 20), detect.GIF),
    "tiff_le": (
        lambda p: _write(p / "a.tif", b"II*\x00\x08\x00\x00\x00" + b"\x00" * 8),
        detect.TIFF,
    ),
    "tiff_be": (
        lambda p: _write(p / "b.tif", b"MM\x00*\x00\x00\x00\x08" + b"\x00" * 8),
        detect.TIFF,
    ),
    "webp": (
        lambda p: _write(p / "a.webp", b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 20),
        detect.WEBP,
    ),
    "mp4": (
        lambda p: _write(p / "a.mp4", b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00" + b"\x00" * 8),
        detect.MP4,
    ),
    "text": (
        lambda p: _write(p / "catatan.pdf", "Notulen rapat — peserta: Désa\n".encode()),
        detect.TEXT,
    ),
    "text_with_nul": (lambda p: _write(p / "a.txt", b"abc\x00def"), detect.OCTET_STREAM),
    "latin1_text": (lambda p: _write(p / "b.txt", "Désa".encode("latin-1")), detect.OCTET_STREAM),
    "empty": (lambda p: _write(p / "empty.pdf", b""), detect.OCTET_STREAM),
    "random_binary": (lambda p: _write(p / "a.bin", bytes(range(256)) * 4), detect.OCTET_STREAM),
}


@pytest.mark.parametrize(("make", "expected"), CASES.values(), ids=CASES.keys())
def test_detect_mime_uses_content(tmp_path: Path, make, expected: str) -> None:
    make_pdf(tmp_path / "a.pdf", ["Halo"])  # some cases reuse it
    assert detect_mime(make(tmp_path)) == expected


def test_detect_mime_text_with_character_cut_by_sniff_window(tmp_path: Path) -> None:
    # "é" is two bytes; place it across the 64 KiB boundary.
    data = b"a" * (SNIFF_BYTES - 1) + "é".encode() + b"b" * 10
    assert detect_mime(_write(tmp_path / "a.txt", data)) == detect.TEXT


def test_detect_mime_truncated_utf8_at_end_of_short_file_is_not_text(tmp_path: Path) -> None:
    assert detect_mime(_write(tmp_path / "a.txt", b"abc\xc3")) == detect.OCTET_STREAM


def test_detect_mime_missing_file_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        detect_mime(tmp_path / "missing.pdf")


@pytest.mark.parametrize(
    ("mime", "compressed"),
    [
        (detect.PDF, True),
        (detect.DOCX, True),
        (detect.XLSX, True),
        (detect.ODT, True),
        (detect.ZIP, True),
        (detect.PNG, True),
        (detect.JPEG, True),
        (detect.MP4, True),
        (detect.TEXT, False),
        (detect.TIFF, False),
        (detect.OCTET_STREAM, False),
    ],
)
def test_is_compressed_mime(mime: str, compressed: bool) -> None:
    assert is_compressed_mime(mime) is compressed


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"MZ\x90\x00" + b"\x00" * 56 + b"\x40\x00\x00\x00" + b"PE\x00\x00" + b"\x00" * 200,
            "application/x-executable",
        ),
        (
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\xff\xff" + bytes(range(256)) * 4,
            "application/x-executable",
        ),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "application/x-executable"),
        (b"#!/bin/sh\nrm -rf ~\n", "application/x-executable"),
        (b"<!DOCTYPE html>\n<html><body><script>alert(1)</script>", "text/html"),
        (b"\xef\xbb\xbf<html><head><title>Bukti</title>", "text/html"),
        (
            b"<?xml version='1.0'?>\n<svg xmlns='http://www.w3.org/2000/svg' onload='x()'/>",
            "image/svg+xml",
        ),
        (b"MZ adalah singkatan; catatan rapat biasa.\n", "text/plain"),
        (b"<catatan>bukan halaman web</catatan>\n", "text/plain"),
    ],
)
def test_programs_scripts_and_web_pages_are_recognised(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    """Content that runs when opened is told apart whatever its name says."""
    path = tmp_path / "Laporan Audit.pdf"
    path.write_bytes(content)
    assert detect_mime(path) == expected
    assert is_active_mime(expected) == (expected != "text/plain")
