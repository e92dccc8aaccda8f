"""Documents: detect, inspect and describe evidence files.

Turns files into :class:`~spbe_desktop.core.models.DocumentInfo` and metadata suggestions; the
demo workspace's sample files come from :mod:`.samples` and :mod:`.sample_text`. Plain Python
below the services layer: no Qt, no store, no knowledge of assessments.

The names below are imported on first use (PEP 562): the app's start-up reads only the worker
flag from :mod:`.child`, and must not pay for pypdf and python-docx behind :mod:`.inspect`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spbe_desktop.core.lazy import lazy_exports

if TYPE_CHECKING:
    from spbe_desktop.core.locale_id import format_date_id
    from spbe_desktop.core.mime import is_active_mime
    from spbe_desktop.documents.detect import detect_mime, is_compressed_mime
    from spbe_desktop.documents.inspect import (
        MAX_TEXT_CHARS,
        DocumentInspector,
        inspect_document,
        inspect_in_process,
    )
    from spbe_desktop.documents.suggest import KINDS, Suggestion, suggest_metadata

_HOME: dict[str, str] = {
    "format_date_id": "spbe_desktop.core.locale_id",
    "is_active_mime": "spbe_desktop.core.mime",
    "detect_mime": "spbe_desktop.documents.detect",
    "is_compressed_mime": "spbe_desktop.documents.detect",
    "MAX_TEXT_CHARS": "spbe_desktop.documents.inspect",
    "DocumentInspector": "spbe_desktop.documents.inspect",
    "inspect_document": "spbe_desktop.documents.inspect",
    "inspect_in_process": "spbe_desktop.documents.inspect",
    "KINDS": "spbe_desktop.documents.suggest",
    "Suggestion": "spbe_desktop.documents.suggest",
    "suggest_metadata": "spbe_desktop.documents.suggest",
}

__getattr__ = lazy_exports(__name__, _HOME)

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
    "suggest_metadata",
]
