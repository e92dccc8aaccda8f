"""What the inspection worker runs: text, pages and metadata of PDF, DOCX and plain text.

These functions parse in the calling process without limits: only the worker child process
(:mod:`spbe_desktop.documents.worker`) and ``inspect.inspect_in_process`` call the PDF and DOCX
parsers. Bad *content* becomes a warning code in the result. Only a path that cannot be read at
all raises :class:`DocumentError`.
"""

from __future__ import annotations

import codecs
import logging
import stat
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from spbe_desktop.core.models import DocumentInfo
from spbe_desktop.core.text import searchable
from spbe_desktop.documents import detect
from spbe_desktop.documents.image_size import image_size
from spbe_desktop.errors import DocumentError

logger = logging.getLogger(__name__)

#: Upper bound on extracted text, in characters, whatever the document's length.
MAX_TEXT_CHARS = 1_000_000

TEXT_UNREADABLE = "document.text_unreadable"
SCANNED_NO_TEXT = "document.scanned_no_text"
ENCRYPTED = "document.encrypted"
TEXT_TRUNCATED = "document.text_truncated"
EMPTY = "document.empty"

#: Metadata values longer than this are cut (a crafted /Title can be megabytes long).
_MAX_METADATA_CHARS = 1000
#: Types that by nature carry no text layer.
_TEXTLESS_PREFIXES = ("image/", "video/")
_DROP_NUL = str.maketrans({0: None})


def unreadable(mime: str) -> DocumentInfo:
    """The result for a document whose text could not be read.

    Args:
        mime: the detected content type.

    Returns:
        A ``DocumentInfo`` with no text and the ``document.text_unreadable`` warning.
    """
    return DocumentInfo(mime=mime, warnings=(TEXT_UNREADABLE,))


# --- path checks ---------------------------------------------------------------------------


def checked_mime(path: Path) -> tuple[str, DocumentInfo | None]:
    """Detect the type, turning unusable paths into DocumentError and empty files into a result."""
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise DocumentError("document.not_found", name=path.name) from exc
    except OSError as exc:
        raise DocumentError("document.read_failed", name=path.name, detail=exc.strerror) from exc
    if not stat.S_ISREG(st.st_mode):
        raise DocumentError("document.not_a_file", name=path.name)
    if st.st_size == 0:
        info = DocumentInfo(mime=detect.OCTET_STREAM, has_text_layer=False, warnings=(EMPTY,))
        return detect.OCTET_STREAM, info
    try:
        return detect.detect_mime(path), None
    except OSError as exc:
        raise DocumentError("document.read_failed", name=path.name, detail=exc.strerror) from exc


# --- PDF -----------------------------------------------------------------------------------


def pdf_info(path: Path, max_chars: int = MAX_TEXT_CHARS) -> DocumentInfo:
    """Text (capped at ``max_chars``), pages and metadata of a PDF.

    An encrypted PDF or one without pages gives a warning; a damaged one raises whatever pypdf
    raises, for the caller to turn into ``document.text_unreadable``.
    """
    from pypdf import PasswordType, PdfReader  # heavy; only the worker needs it

    with path.open("rb") as fh:
        # An open file (not a path) keeps pypdf from reading the whole file into memory.
        reader = PdfReader(fh)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
            except Exception:  # unsupported algorithm, broken /Encrypt dictionary...
                opened = False
            if not opened:
                return DocumentInfo(mime=detect.PDF, warnings=(ENCRYPTED,))
        metadata = _pdf_metadata(reader)
        page_count = len(reader.pages)
        if page_count == 0:
            return DocumentInfo(
                mime=detect.PDF, page_count=0, metadata=metadata, warnings=(TEXT_UNREADABLE,)
            )
        texts, failed, truncated = _pdf_page_texts(reader.pages, max_chars)
    text = "\f".join(texts)
    if len(text) > max_chars:
        text, truncated = text[:max_chars], True
    has_text = bool(text.strip())
    if not has_text:
        text = ""  # not a string of page separators
    warnings: list[str] = []
    if failed:
        warnings.append(TEXT_UNREADABLE)
    elif not has_text:
        warnings.append(SCANNED_NO_TEXT)
    if truncated:
        warnings.append(TEXT_TRUNCATED)
    return DocumentInfo(
        mime=detect.PDF,
        page_count=page_count,
        text=text,
        has_text_layer=has_text or failed,
        metadata=metadata,
        warnings=tuple(warnings),
    )


def _pdf_page_texts(pages: Any, max_chars: int) -> tuple[list[str], bool, bool]:
    """Extract page texts until the cap; returns (texts, some page failed, capped)."""
    texts: list[str] = []
    total = 0
    failed = False
    for page in pages:
        try:
            page_text = _clean(page.extract_text() or "")
        except Exception as exc:  # one broken page must not hide the others' text
            logger.debug("page text extraction failed: %r", exc)
            failed = True
            continue
        texts.append(page_text)
        total += len(page_text) + 1
        if total > max_chars:
            return texts, failed, True
    return texts, failed, False


def _pdf_metadata(reader: Any) -> dict[str, str]:
    try:
        info = reader.metadata
    except Exception as exc:
        logger.debug("unreadable PDF /Info: %r", exc)
        return {}
    if info is None:
        return {}
    fields: dict[str, Callable[[], object]] = {
        "title": lambda: info.title,
        "author": lambda: info.author,
        "subject": lambda: info.subject,
        "creator": lambda: info.creator,
        "producer": lambda: info.producer,
        "created": lambda: info.creation_date,
        "modified": lambda: info.modification_date,
    }
    return _collect_metadata(fields)


def _collect_metadata(fields: dict[str, Callable[[], object]]) -> dict[str, str]:
    """Evaluate each getter on its own, so one malformed field (a bad date) loses only itself."""
    result: dict[str, str] = {}
    for key, getter in fields.items():
        try:
            value = getter()
        except Exception as exc:
            logger.debug("unreadable metadata field %s: %r", key, exc)
            continue
        if value is None:
            continue
        text = value.isoformat() if isinstance(value, datetime) else _clean(str(value)).strip()
        if text:
            result[key] = text[:_MAX_METADATA_CHARS]
    return result


# --- DOCX ----------------------------------------------------------------------------------


def docx_info(path: Path, max_chars: int = MAX_TEXT_CHARS) -> DocumentInfo:
    """Text (capped at ``max_chars``) and core properties of a DOCX."""
    import docx  # heavy; only the worker needs it

    document = docx.Document(str(path))
    texts: list[str] = []
    total = 0
    truncated = False
    for chunk in _docx_texts(document):
        chunk = _clean(chunk)
        texts.append(chunk)
        total += len(chunk) + 1
        if total > max_chars:
            truncated = True
            break
    text = "\n".join(texts)
    if len(text) > max_chars:
        text, truncated = text[:max_chars], True
    props = document.core_properties
    fields: dict[str, Callable[[], object]] = {
        "title": lambda: props.title,
        "author": lambda: props.author,
        "subject": lambda: props.subject,
        "created": lambda: props.created,
        "modified": lambda: props.modified,
    }
    return DocumentInfo(
        mime=detect.DOCX,
        page_count=None,
        text=text,
        metadata=_collect_metadata(fields),
        warnings=(TEXT_TRUNCATED,) if truncated else (),
    )


def _docx_texts(document: Any) -> Iterator[str]:
    """Header paragraphs (the letterhead lives there), then body paragraphs and tables in order."""
    seen_headers: set[str] = set()
    for section in document.sections:
        header_text = "\n".join(p.text for p in section.header.paragraphs).strip()
        if header_text and header_text not in seen_headers:
            seen_headers.add(header_text)
            yield header_text
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            yield from _docx_table_rows(block)
        else:
            yield block.text


def _docx_table_rows(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        previous: object = None
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans; keep it once.
            if cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(cell.text)
        yield "\t".join(cells)


# --- simple types (in-process) -------------------------------------------------------------


def simple_info(path: Path, mime: str, max_chars: int = MAX_TEXT_CHARS) -> DocumentInfo:
    """What can be learnt in-process of a type no third-party parser reads (text, images...)."""
    try:
        if mime == detect.TEXT:
            return _text_info(path, max_chars)
        textless = mime.startswith(_TEXTLESS_PREFIXES)
        metadata = image_size(path, mime) if mime.startswith("image/") else {}
        return DocumentInfo(mime=mime, has_text_layer=not textless, metadata=metadata)
    except OSError as exc:
        raise DocumentError("document.read_failed", name=path.name, detail=exc.strerror) from exc


def _text_info(path: Path, max_chars: int) -> DocumentInfo:
    byte_budget = max_chars * 4  # UTF-8 needs at most 4 bytes per character
    with path.open("rb") as fh:
        data = fh.read(byte_budget)
        more = bool(fh.read(1))
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    text = _clean(decoder.decode(data, final=not more)).removeprefix("\ufeff")
    truncated = more or len(text) > max_chars
    return DocumentInfo(
        mime=detect.TEXT,
        text=text[:max_chars],
        warnings=(TEXT_TRUNCATED,) if truncated else (),
    )


def _clean(text: str) -> str:
    """Make extracted text storable and searchable: no NUL characters, no lone surrogates,
    ligatures and other compatibility forms as plain letters (``core.text.searchable``)."""
    text = searchable(text.translate(_DROP_NUL))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text
