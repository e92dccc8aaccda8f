"""Content-type detection from a file's bytes (magic numbers), never from its name.

Reads at most :data:`SNIFF_BYTES` from the start of the file, plus a ZIP's central directory when
the file is a ZIP, so it is cheap enough to run on the caller's thread of a job. It must not parse
document bodies; that is :mod:`spbe_desktop.documents.inspect`'s job, behind a child process.
"""

from __future__ import annotations

import codecs
import struct
import zipfile
from pathlib import Path

from spbe_desktop.core.mime import EXECUTABLE, HTML, SVG

#: How much of the file's start is examined.
SNIFF_BYTES = 64 * 1024

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ZIP = "application/zip"
PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
TIFF = "image/tiff"
WEBP = "image/webp"
HEIC = "image/heic"
MP4 = "video/mp4"
QUICKTIME = "video/quicktime"
TEXT = "text/plain"
OCTET_STREAM = "application/octet-stream"

#: Types whose bytes are already compressed: storing them deflated again only costs time.
_COMPRESSED = frozenset({PDF, DOCX, XLSX, PPTX, ZIP, PNG, JPEG, GIF, WEBP, HEIC, MP4, QUICKTIME})

# OOXML parts that identify the flavour of an Office Open XML package.
_OOXML_MARKERS = (
    ("word/document.xml", DOCX),
    ("xl/workbook.xml", XLSX),
    ("ppt/presentation.xml", PPTX),
)
_ODF_PREFIX = "application/vnd.oasis.opendocument."
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})


def detect_mime(path: Path) -> str:
    """Detect a file's MIME type from its content.

    Args:
        path: the file to examine.

    Returns:
        One of the module's MIME constants; ``application/octet-stream`` when nothing matches,
        including for an empty file.

    Raises:
        OSError: the file cannot be opened or read.
    """
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    return _mime_from_head(head, path)


def is_compressed_mime(mime: str) -> bool:
    """Tell whether content of this type is already compressed.

    Bundles store such members with ``ZIP_STORED`` and deflate the rest.

    Args:
        mime: a MIME type as returned by :func:`detect_mime`.

    Returns:
        True for PDF, Office/ODF packages and other ZIPs, PNG/JPEG/GIF/WebP/HEIC images and
        MP4/QuickTime video; False for text, TIFF (often uncompressed) and unknown bytes.
    """
    return mime in _COMPRESSED or mime.startswith(_ODF_PREFIX)


def _mime_from_head(head: bytes, path: Path) -> str:
    if not head:
        return OCTET_STREAM
    # NOTE: the PDF spec lets readers accept the header anywhere in the first 1024 bytes, and
    # scanners and mail gateways do prepend junk, so we accept it there too.
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return HEIC
        return QUICKTIME if brand == b"qt  " else MP4
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_flavour(head, path)
    if _is_executable(head):
        return EXECUTABLE
    if _is_utf8_text(head):
        return _text_flavour(head)
    return OCTET_STREAM


def _is_executable(head: bytes) -> bool:
    """A program: Windows PE/DOS ("MZ" that is not plain text), ELF, Mach-O, Java class file,
    or a script with a "#!" interpreter line."""
    if head.startswith(b"MZ"):
        if len(head) >= 0x40:
            (offset,) = struct.unpack_from("<I", head, 0x3C)
            if head[offset : offset + 4] == b"PE\x00\x00":
                return True
        return not _is_utf8_text(head)
    return head.startswith(_EXECUTABLE_MAGIC)


# ELF, Mach-O (both byte orders, 32/64-bit, fat / Java class) and "#!" scripts.
_EXECUTABLE_MAGIC = (
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
    b"#!",
)
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<script", b"<body", b"<iframe", b"<head")


def _text_flavour(head: bytes) -> str:
    """Plain text, or a web page / SVG image (which a browser would run scripts in)."""
    start = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<?xml") or start.startswith(b"<svg"):
        return SVG if b"<svg" in head[:4096].lower() else TEXT
    sample = head[:4096].lower()
    if any(marker in sample for marker in _HTML_MARKERS):
        return HTML
    return TEXT


def _zip_flavour(head: bytes, path: Path) -> str:
    # ODF requires an uncompressed "mimetype" member first, so its value follows the first
    # local file header directly.
    if len(head) >= 30 and head[30:38] == b"mimetype":
        size, _, name_len, extra_len = struct.unpack_from("<IIHH", head, 18)
        start = 30 + name_len + extra_len
        value = head[start : start + min(size, 100)]
        try:
            odf = value.decode("ascii")
        except UnicodeDecodeError:
            odf = ""
        if odf.startswith(_ODF_PREFIX) and odf.isprintable():
            return odf
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return ZIP
    for marker, mime in _OOXML_MARKERS:
        if marker in names:
            return mime
    return ZIP


def _is_utf8_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # A multi-byte character cut by the sniff window is not an error unless the file ends.
        decoder.decode(head, final=len(head) < SNIFF_BYTES)
    except UnicodeDecodeError:
        return False
    return True
