"""Documents: detect, inspect and describe evidence files; make real sample files.

Turns files into :class:`~spbe_desktop.core.models.DocumentInfo` and metadata suggestions.
Plain Python below the services layer: no Qt, no store, no knowledge of assessments.
"""

from spbe_desktop.core.locale_id import format_date_id
from spbe_desktop.core.mime import is_active_mime
from spbe_desktop.documents import messages as _messages  # registers the message texts
from spbe_desktop.documents.detect import detect_mime, is_compressed_mime
from spbe_desktop.documents.generate import (
    make_docx,
    make_jpeg,
    make_pdf,
    make_png,
    make_scanned_pdf,
    make_slow_pdf,
    official_number,
    official_text,
)
from spbe_desktop.documents.inspect import (
    MAX_TEXT_CHARS,
    DocumentInspector,
    inspect_document,
    inspect_in_process,
)
from spbe_desktop.documents.suggest import KINDS, Suggestion, suggest_metadata

del _messages

__all__ = [
    "KINDS",
    "MAX_TEXT_CHARS",
    "DocumentInspector",
    "Suggestion",
    "detect_mime",
    "format_date_id",
    "inspect_document",
    "inspect_in_process",
    "is_active_mime",
    "is_compressed_mime",
    "make_docx",
    "make_jpeg",
    "make_pdf",
    "make_png",
    "make_scanned_pdf",
    "make_slow_pdf",
    "official_number",
    "official_text",
    "suggest_metadata",
]
