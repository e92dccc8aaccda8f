"""Which evidence documents the compiled PDF can lay out, and opening them with pypdf.

A document becomes a :class:`Placement`: merged pages (a PDF), an image on a page of its own
(JPEG/PNG), a file copied beside the PDF (anything else, or a PDF/image that cannot be merged,
with the reason), or refused (a program, script or web page). Sources are read from open files,
never loaded whole.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import BinaryIO

from pypdf import PdfReader, PdfWriter

from spbe_desktop.core.mime import is_runnable
from spbe_desktop.reports.model import SourceDocument
from spbe_desktop.reports.pdf_images import ImageRefusedError, load_image


@dataclass(slots=True)
class Placement:
    """Where one document goes; the compiler fills in its part, first page or file name."""

    doc: SourceDocument
    kind: str  # "pdf" | "image" | "file" | "refused"
    pages: int = 0
    code: str = ""  # why a PDF or image is copied instead of merged
    part: int = 0
    first_page: int = 0
    beside: str = ""


class EncryptedError(Exception):
    """The PDF needs a password to open."""


class SourceFailedError(Exception):
    """A source PDF failed while its pages were merged or written: copy it instead."""

    def __init__(self, item: Placement) -> None:
        super().__init__(item.doc.file_name)
        self.item = item


def probe(doc: SourceDocument, max_bytes: int) -> Placement:
    """Decide how ``doc`` goes into the output (opening a PDF to count its pages)."""
    if is_runnable(doc.mime, doc.file_name):
        # A program, script or web page is evidence of nothing an assessor reads, and a copy in
        # the folder would run on a double-click: listed as refused, never laid out.
        return Placement(doc, "refused", code="compile.refused_active")
    if doc.mime == "application/pdf":
        if doc.size > max_bytes:
            return Placement(doc, "file", code="compile.too_large")
        try:
            with doc.path.open("rb") as fh:
                reader = open_pdf(fh)
                pages = len(reader.pages)
        except EncryptedError:
            return Placement(doc, "file", code="compile.encrypted")
        # NOTE: pypdf raises many exception types on damaged files (PdfReadError, KeyError,
        # ValueError, RecursionError...); any of them means "copy it, do not merge".
        except Exception:
            return Placement(doc, "file", code="compile.malformed")
        if pages < 1:
            return Placement(doc, "file", code="compile.malformed")
        return Placement(doc, "pdf", pages=pages)
    if doc.mime in ("image/jpeg", "image/png"):
        if doc.size > max_bytes:
            return Placement(doc, "file", code="compile.too_large")
        try:
            load_image(doc.path, doc.mime)
        except ImageRefusedError as refused:
            return Placement(doc, "file", code=refused.reason)
        except OSError:
            return Placement(doc, "file", code="compile.image_damaged")
        return Placement(doc, "image", pages=1)
    return Placement(doc, "file")


def open_pdf(fh: BinaryIO) -> PdfReader:
    """A reader over an open file (pypdf would read a path whole into memory).

    Raises:
        EncryptedError: the PDF cannot be opened without a password.
    """
    reader = PdfReader(fh)
    if reader.is_encrypted:
        # An owner password alone (no password to open) is what every viewer opens silently.
        try:
            opened = reader.decrypt("")
        except Exception as exc:  # unsupported algorithm, missing crypto support
            raise EncryptedError() from exc
        if not opened:
            raise EncryptedError()
    return reader


def find_unwritable(part: list[Placement]) -> Placement | None:
    """The first PDF of ``part`` that pypdf cannot copy and write on its own, if any."""
    for item in part:
        if item.kind != "pdf":
            continue
        try:
            with item.doc.path.open("rb") as fh:
                writer = PdfWriter()
                writer.append(open_pdf(fh), import_outline=False)
                with open(os.devnull, "wb") as sink:
                    writer.write(sink)
        except Exception:  # any failure marks this source as the one to copy instead
            return item
    return None
