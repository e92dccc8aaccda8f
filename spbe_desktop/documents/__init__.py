"""Documents: detect, inspect and describe evidence files.

Turns files into :class:`~spbe_desktop.core.models.DocumentInfo` and metadata suggestions; the
demo workspace's sample files come from :mod:`.samples` and :mod:`.sample_text`. Plain Python
below the services layer: no Qt, no store, no knowledge of assessments.
"""

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
