"""Turn a file into a :class:`~spbe_desktop.core.models.DocumentInfo`.

PDF and DOCX parsing runs in a child process (:mod:`spbe_desktop.documents.worker`) with memory
and CPU limits and a wall-clock timeout, because a crafted or broken file can make pypdf or lxml
spin or allocate without bound, and the caller (a GUI job, the CLI) must survive that. Bad
*content* is never an exception here: it becomes a warning code in the result. Only a path that
cannot be read at all (missing, a folder, no permission) raises :class:`DocumentError`.

Images and plain text are read in-process: they need a few header bytes or one bounded read.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import logging
import math
import os
import queue
import stat
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import spbe_desktop
from spbe_desktop.core.models import DocumentInfo
from spbe_desktop.documents import detect
from spbe_desktop.errors import DocumentError

logger = logging.getLogger(__name__)

#: Upper bound on extracted text, in characters, whatever the document's length.
MAX_TEXT_CHARS = 1_000_000
#: Default wall-clock budget for the child process, in seconds.
DEFAULT_TIMEOUT_S = 30.0
#: Default address-space limit for the child process, in MiB.
DEFAULT_MEMORY_MB = 768

TEXT_UNREADABLE = "document.text_unreadable"
SCANNED_NO_TEXT = "document.scanned_no_text"
ENCRYPTED = "document.encrypted"
TEXT_TRUNCATED = "document.text_truncated"
EMPTY = "document.empty"

#: Metadata values longer than this are cut (a crafted /Title can be megabytes long).
_MAX_METADATA_CHARS = 1000
#: Types parsed by third-party libraries, hence only in the child process.
_CHILD_MIMES = frozenset({detect.PDF, detect.DOCX})
#: Types that by nature carry no text layer.
_TEXTLESS_PREFIXES = ("image/", "video/")
_DROP_NUL = str.maketrans({0: None})
#: Arguments that start the worker when the application is a frozen (PyInstaller) executable;
#: the frozen entry point must hand them to ``spbe_desktop.documents.worker.main``.
FROZEN_WORKER_FLAG = "--spbe-document-worker"
_WORKER_MODULE = "spbe_desktop.documents.worker"


def inspect_document(
    path: Path,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    memory_mb: int = DEFAULT_MEMORY_MB,
) -> DocumentInfo:
    """Inspect a document safely: PDF and DOCX are parsed in a limited child process.

    Blocks for up to ``timeout_s`` (plus process start-up), so call it from a job, never from
    the UI thread.

    Args:
        path: the file to inspect.
        timeout_s: wall-clock seconds the child may take before it is killed; its CPU limit is
            this rounded up plus one second.
        memory_mb: address-space limit of the child, in MiB (Unix only).

    Returns:
        What could be learnt. A document that is encrypted, malformed, too slow or too large to
        parse yields ``text=""`` and a warning such as ``document.text_unreadable`` instead of an
        exception.

    Raises:
        DocumentError: ``document.not_found``, ``document.not_a_file`` or
            ``document.read_failed`` when the path itself cannot be read.
        ValueError: ``timeout_s`` or ``memory_mb`` is not positive.
    """
    if timeout_s <= 0 or memory_mb <= 0:
        raise ValueError("timeout_s and memory_mb must be positive")
    mime, empty = _checked_mime(path)
    if empty is not None:
        return empty
    if mime not in _CHILD_MIMES:
        return _inspect_simple(path, mime)
    return _inspect_in_child(path, mime, timeout_s, memory_mb)


class DocumentInspector:
    """A reusable limited worker process for inspecting many documents in a row.

    Starting a fresh interpreter and importing pypdf costs 150-350 ms per document, which
    dominates attaching or importing many small files. This keeps one worker (same limits:
    address space, and a CPU budget raised per document) and sends it one path at a time. A
    document that times out, or makes the worker die, yields ``document.text_unreadable`` and
    the next document gets a fresh worker. Not thread-safe: one inspector per job.

    Args:
        timeout_s: wall-clock seconds per document.
        memory_mb: address-space limit of the worker (Unix only).
    """

    def __init__(
        self, *, timeout_s: float = DEFAULT_TIMEOUT_S, memory_mb: int = DEFAULT_MEMORY_MB
    ) -> None:
        if timeout_s <= 0 or memory_mb <= 0:
            raise ValueError("timeout_s and memory_mb must be positive")
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self._proc: subprocess.Popen[bytes] | None = None
        self._lines: queue.Queue[bytes] | None = None

    def __enter__(self) -> DocumentInspector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def inspect(self, path: Path) -> DocumentInfo:
        """Like :func:`inspect_document`, through the kept worker."""
        mime, empty = _checked_mime(path)
        if empty is not None:
            return empty
        if mime not in _CHILD_MIMES:
            return _inspect_simple(path, mime)
        try:
            proc, lines = self._worker()
            assert proc.stdin is not None
            proc.stdin.write(json.dumps({"path": str(path.absolute())}).encode("utf-8") + b"\n")
            proc.stdin.flush()
            line = lines.get(timeout=self.timeout_s)
        except queue.Empty:
            logger.warning(
                "inspecting %s took over %.1f s; worker killed", path.name, self.timeout_s
            )
            self.close()
            return unreadable(mime)
        except OSError as exc:
            logger.warning("document worker is gone (%r); starting another", exc)
            self.close()
            return unreadable(mime)
        if not line:  # EOF: the worker died (memory or CPU limit, crash)
            logger.warning("document worker died on %s", path.name)
            self.close()
            return unreadable(mime)
        try:
            return info_from_json(line, mime=mime)
        except ValueError:
            if line.startswith(b"!"):
                code = line[1:].decode("ascii", "replace").strip()
                raise DocumentError(code, name=path.name, detail="") from None
            logger.warning("document worker gave unusable output for %s", path.name)
            return unreadable(mime)

    def _worker(self) -> tuple[subprocess.Popen[bytes], queue.Queue[bytes]]:
        if self._proc is not None and self._lines is not None and self._proc.poll() is None:
            return self._proc, self._lines
        self.close()
        frozen = getattr(sys, "frozen", False)
        package_root = None if frozen else Path(spbe_desktop.__file__).resolve().parent.parent
        options = [
            "--serve",
            "--memory-mb",
            str(self.memory_mb),
            "--cpu-seconds",
            str(math.ceil(self.timeout_s) + 1),
        ]
        if frozen:
            command = [sys.executable, FROZEN_WORKER_FLAG, *options]
        else:
            command = [sys.executable, "-m", _WORKER_MODULE, *options]
        proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=package_root,
            env=_child_env(package_root),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        lines: queue.Queue[bytes] = queue.Queue()
        # A reader thread makes the per-document timeout portable (no select() on Windows pipes).
        threading.Thread(target=_pump, args=(proc, lines), daemon=True).start()
        self._proc, self._lines = proc, lines
        return proc, lines

    def close(self) -> None:
        """Stop the worker (killed: it holds nothing that needs a clean exit)."""
        proc, self._proc, self._lines = self._proc, None, None
        if proc is None:
            return
        with contextlib.suppress(OSError):
            proc.kill()
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            proc.wait(timeout=5)
        for stream in (proc.stdin, proc.stdout):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()


def _pump(proc: subprocess.Popen[bytes], lines: queue.Queue[bytes]) -> None:
    """Forward the worker's output lines; an empty line means it ended."""
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            lines.put(line)
    except (OSError, ValueError):
        pass
    lines.put(b"")


def inspect_in_process(path: Path) -> DocumentInfo:
    """Inspect a document in the calling process, without any resource limit.

    This is what the worker runs inside the child; tests and fuzzers call it directly. Prefer
    :func:`inspect_document` for files from users.

    Args:
        path: the file to inspect.

    Returns:
        What could be learnt; content problems become warning codes, never exceptions.

    Raises:
        DocumentError: when the path itself cannot be read (see :func:`inspect_document`).
    """
    mime, empty = _checked_mime(path)
    if empty is not None:
        return empty
    parser: Callable[[Path], DocumentInfo]
    if mime == detect.PDF:
        parser = _inspect_pdf
    elif mime == detect.DOCX:
        parser = _inspect_docx
    else:
        return _inspect_simple(path, mime)
    try:
        return parser(path)
    # NOTE: this is the boundary where arbitrary bytes meet third-party parsers, which raise
    # anything from KeyError to RecursionError or MemoryError on crafted input. Every such
    # failure means the same thing to the user: the text could not be read.
    except Exception as exc:
        logger.warning("could not parse %s as %s: %r", path.name, mime, exc)
        return unreadable(mime)


def unreadable(mime: str) -> DocumentInfo:
    """The result for a document whose text could not be read.

    Args:
        mime: the detected content type.

    Returns:
        A ``DocumentInfo`` with no text and the ``document.text_unreadable`` warning.
    """
    return DocumentInfo(mime=mime, warnings=(TEXT_UNREADABLE,))


# --- path checks ---------------------------------------------------------------------------


def _checked_mime(path: Path) -> tuple[str, DocumentInfo | None]:
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


# --- child process -------------------------------------------------------------------------


def worker_command(path: Path, *, memory_mb: int, cpu_seconds: int) -> list[str]:
    """Build the command line that runs the inspection worker on ``path``.

    Args:
        path: the document (made absolute here).
        memory_mb: address-space limit the worker applies to itself.
        cpu_seconds: CPU-time limit the worker applies to itself.

    Returns:
        ``[python, "-m", "spbe_desktop.documents.worker", ...]``, or, in a frozen build,
        ``[app, FROZEN_WORKER_FLAG, ...]``.
    """
    options = ["--memory-mb", str(memory_mb), "--cpu-seconds", str(cpu_seconds), "--"]
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_WORKER_FLAG, *options, str(path.absolute())]
    return [sys.executable, "-m", _WORKER_MODULE, *options, str(path.absolute())]


def _inspect_in_child(path: Path, mime: str, timeout_s: float, memory_mb: int) -> DocumentInfo:
    command = worker_command(path, memory_mb=memory_mb, cpu_seconds=math.ceil(timeout_s) + 1)
    # NOTE: limits are applied by the worker itself rather than with preexec_fn, because
    # preexec_fn is unsafe when the parent has threads, and ours runs inside a thread pool.
    frozen = getattr(sys, "frozen", False)
    package_root = None if frozen else Path(spbe_desktop.__file__).resolve().parent.parent
    try:
        completed = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout_s,
            cwd=package_root,
            env=_child_env(package_root),
            check=False,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except subprocess.TimeoutExpired:
        logger.warning("inspecting %s took over %.1f s; worker killed", path.name, timeout_s)
        return unreadable(mime)
    except OSError as exc:
        logger.error("could not start the document worker: %r", exc)
        return unreadable(mime)
    if completed.returncode != 0:
        tail = completed.stderr[-2000:].decode("utf-8", "replace")
        logger.warning(
            "document worker failed on %s (exit %s): %s", path.name, completed.returncode, tail
        )
        return unreadable(mime)
    try:
        return info_from_json(completed.stdout, mime=mime)
    except ValueError as exc:
        logger.warning("document worker gave unusable output for %s: %r", path.name, exc)
        return unreadable(mime)


def _child_env(package_root: Path | None) -> dict[str, str]:
    """The parent's environment, with our package first on the child's import path.

    The child also runs in ``package_root``: ``-m`` puts the working directory first on
    sys.path, so it must never be a folder of user files that could hold a look-alike module.
    """
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"  # stderr text, whatever the Windows code page
    if package_root is not None:
        inherited = env.get("PYTHONPATH")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(package_root), inherited]))
    return env


def info_to_json(info: DocumentInfo) -> bytes:
    """Serialise a result for the worker's stdout.

    Args:
        info: the inspection result.

    Returns:
        UTF-8 JSON bytes.
    """
    payload = {
        "mime": info.mime,
        "page_count": info.page_count,
        "text": info.text,
        "has_text_layer": info.has_text_layer,
        "metadata": info.metadata,
        "warnings": list(info.warnings),
    }
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def info_from_json(data: bytes, *, mime: str) -> DocumentInfo:
    """Parse and validate the worker's output.

    Args:
        data: what the worker wrote to stdout.
        mime: the type the parent detected; it wins over whatever the child claims.

    Returns:
        The inspection result.

    Raises:
        ValueError: the output is not a well-formed result (a child killed mid-write, say).
    """
    obj: Any = json.loads(data.decode("utf-8"))
    if not isinstance(obj, dict):
        raise ValueError("result is not an object")
    page_count = obj.get("page_count")
    text = obj.get("text")
    has_text_layer = obj.get("has_text_layer")
    metadata = obj.get("metadata")
    warnings = obj.get("warnings")
    if page_count is not None and (type(page_count) is not int or page_count < 0):
        raise ValueError("bad page_count")
    if not isinstance(text, str) or len(text) > MAX_TEXT_CHARS:
        raise ValueError("bad text")
    if not isinstance(has_text_layer, bool):
        raise ValueError("bad has_text_layer")
    if not isinstance(metadata, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in metadata.items()
    ):
        raise ValueError("bad metadata")
    if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
        raise ValueError("bad warnings")
    return DocumentInfo(
        mime=mime,
        page_count=page_count,
        text=text,
        has_text_layer=has_text_layer,
        metadata=metadata,
        warnings=tuple(warnings),
    )


# --- PDF -----------------------------------------------------------------------------------


def _inspect_pdf(path: Path) -> DocumentInfo:
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
        texts, failed, truncated = _pdf_page_texts(reader.pages)
    text = "\f".join(texts)
    if len(text) > MAX_TEXT_CHARS:
        text, truncated = text[:MAX_TEXT_CHARS], True
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


def _pdf_page_texts(pages: Any) -> tuple[list[str], bool, bool]:
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
        if total > MAX_TEXT_CHARS:
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


def _inspect_docx(path: Path) -> DocumentInfo:
    import docx  # heavy; only the worker needs it

    document = docx.Document(str(path))
    texts: list[str] = []
    total = 0
    truncated = False
    for chunk in _docx_texts(document):
        chunk = _clean(chunk)
        texts.append(chunk)
        total += len(chunk) + 1
        if total > MAX_TEXT_CHARS:
            truncated = True
            break
    text = "\n".join(texts)
    if len(text) > MAX_TEXT_CHARS:
        text, truncated = text[:MAX_TEXT_CHARS], True
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


def _inspect_simple(path: Path, mime: str) -> DocumentInfo:
    try:
        if mime == detect.TEXT:
            return _inspect_text(path)
        textless = mime.startswith(_TEXTLESS_PREFIXES)
        metadata = _image_size(path, mime) if mime.startswith("image/") else {}
        return DocumentInfo(mime=mime, has_text_layer=not textless, metadata=metadata)
    except OSError as exc:
        raise DocumentError("document.read_failed", name=path.name, detail=exc.strerror) from exc


def _inspect_text(path: Path) -> DocumentInfo:
    byte_budget = MAX_TEXT_CHARS * 4  # UTF-8 needs at most 4 bytes per character
    with path.open("rb") as fh:
        data = fh.read(byte_budget)
        more = bool(fh.read(1))
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    text = _clean(decoder.decode(data, final=not more)).removeprefix("\ufeff")
    truncated = more or len(text) > MAX_TEXT_CHARS
    return DocumentInfo(
        mime=detect.TEXT,
        text=text[:MAX_TEXT_CHARS],
        warnings=(TEXT_TRUNCATED,) if truncated else (),
    )


def _image_size(path: Path, mime: str) -> dict[str, str]:
    with path.open("rb") as fh:
        size: tuple[int, int] | None
        if mime == detect.PNG:
            size = _png_size(fh.read(24))
        elif mime == detect.GIF:
            size = _gif_size(fh.read(10))
        elif mime == detect.JPEG:
            size = _jpeg_size(fh)
        else:
            size = None
    if size is None:
        return {}
    return {"width": str(size[0]), "height": str(size[1])}


def _png_size(head: bytes) -> tuple[int, int] | None:
    if len(head) < 24 or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _gif_size(head: bytes) -> tuple[int, int] | None:
    if len(head) < 10:
        return None
    width, height = struct.unpack("<HH", head[6:10])
    return width, height


#: Start-of-frame markers (baseline, progressive, lossless...); C4, C8 and CC are not frames.
_JPEG_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD9)})
#: Give up looking for the frame header after this many segments or bytes.
_JPEG_MAX_SEGMENTS = 512
_JPEG_MAX_OFFSET = 16 * 1024 * 1024


def _jpeg_size(fh: BinaryIO) -> tuple[int, int] | None:
    """Walk JPEG segments to the first start-of-frame header; None when not found in bounds."""
    if fh.read(2) != b"\xff\xd8":
        return None
    for _ in range(_JPEG_MAX_SEGMENTS):
        if fh.tell() > _JPEG_MAX_OFFSET:
            return None
        byte = fh.read(1)
        if byte != b"\xff":
            return None
        marker = fh.read(1)
        while marker == b"\xff":  # fill bytes
            marker = fh.read(1)
        if not marker:
            return None
        code = marker[0]
        if code in _JPEG_STANDALONE:
            continue
        raw_length = fh.read(2)
        if len(raw_length) < 2:
            return None
        (length,) = struct.unpack(">H", raw_length)
        if length < 2:
            return None
        if code in _JPEG_SOF:
            frame = fh.read(5)
            if len(frame) < 5:
                return None
            height, width = struct.unpack(">HH", frame[1:5])
            return width, height
        fh.seek(length - 2, os.SEEK_CUR)
    return None


def _clean(text: str) -> str:
    """Make extracted text storable: no NUL characters, no lone surrogates."""
    text = text.translate(_DROP_NUL)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text
