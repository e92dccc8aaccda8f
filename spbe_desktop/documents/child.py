"""The limited child process that parses PDF and DOCX: one-shot runs and a kept worker.

A crafted or broken file can make pypdf or lxml spin or allocate without bound, so parsing runs
in :mod:`spbe_desktop.documents.worker` with memory and CPU limits (the worker applies them to
itself: ``RLIMIT_AS`` on POSIX, a Job Object on Windows) and a wall-clock timeout here; on
Windows a :mod:`.watchdog` here also kills a worker past its memory limit, in case the job was
refused. Whatever happens to the child, the caller gets a result.
The child's answer is one line of JSON, validated before it is believed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import spbe_desktop
from spbe_desktop.core.models import DocumentInfo
from spbe_desktop.documents import detect, watchdog
from spbe_desktop.documents.extract import MAX_TEXT_CHARS, checked_mime, simple_info, unreadable
from spbe_desktop.errors import DocumentError

logger = logging.getLogger(__name__)

#: Default wall-clock budget for the child process, in seconds.
DEFAULT_TIMEOUT_S = 30.0
#: Default address-space limit for the child process, in MiB.
DEFAULT_MEMORY_MB = 768
#: Types parsed by third-party libraries, hence only in the child process.
CHILD_MIMES = frozenset({detect.PDF, detect.DOCX})
#: Arguments that start the worker when the application is a frozen (PyInstaller) executable;
#: the frozen entry point must hand them to ``spbe_desktop.documents.worker.main``.
FROZEN_WORKER_FLAG = "--spbe-document-worker"
_WORKER_MODULE = "spbe_desktop.documents.worker"
_MIB = 1024 * 1024


class DocumentInspector:
    """A reusable limited worker process for inspecting many documents in a row.

    Starting a fresh interpreter and importing pypdf costs 150-350 ms per document, which
    dominates attaching or importing many small files. This keeps one worker (same limits:
    address space, and a CPU budget raised per document) and sends it one path at a time. A
    document that times out, or makes the worker die, yields ``document.text_unreadable`` and
    the next document gets a fresh worker. Not thread-safe: one inspector per job.

    Args:
        timeout_s: wall-clock seconds per document.
        memory_mb: memory limit of the worker, in MiB (see ``worker.apply_limits``).
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
        self._watchdog: watchdog.MemoryWatchdog | None = None

    def __enter__(self) -> DocumentInspector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def inspect(self, path: Path) -> DocumentInfo:
        """Like :func:`inspect_document`, through the kept worker."""
        mime, empty = checked_mime(path)
        if empty is not None:
            return empty
        if mime not in CHILD_MIMES:
            return simple_info(path, mime)
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
        package_root = _package_root()
        options = [
            "--serve",
            "--memory-mb",
            str(self.memory_mb),
            "--cpu-seconds",
            str(math.ceil(self.timeout_s) + 1),
        ]
        if package_root is None:
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
        self._watchdog = watchdog.watch(proc, self.memory_mb * _MIB)
        return proc, lines

    def close(self) -> None:
        """Stop the worker (killed: it holds nothing that needs a clean exit)."""
        proc, self._proc, self._lines = self._proc, None, None
        guard, self._watchdog = self._watchdog, None
        if guard is not None:
            guard.stop()
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


def worker_command(path: Path, *, memory_mb: int, cpu_seconds: int) -> list[str]:
    """Build the command line that runs the inspection worker on ``path``.

    Args:
        path: the document (made absolute here).
        memory_mb: memory limit the worker applies to itself.
        cpu_seconds: CPU-time limit the worker applies to itself.

    Returns:
        ``[python, "-m", "spbe_desktop.documents.worker", ...]``, or, in a frozen build,
        ``[app, FROZEN_WORKER_FLAG, ...]``.
    """
    options = ["--memory-mb", str(memory_mb), "--cpu-seconds", str(cpu_seconds), "--"]
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_WORKER_FLAG, *options, str(path.absolute())]
    return [sys.executable, "-m", _WORKER_MODULE, *options, str(path.absolute())]


def inspect_in_child(path: Path, mime: str, timeout_s: float, memory_mb: int) -> DocumentInfo:
    """One document in a fresh limited worker; a timeout or a dead worker gives ``unreadable``."""
    command = worker_command(path, memory_mb=memory_mb, cpu_seconds=math.ceil(timeout_s) + 1)
    # NOTE: limits are applied by the worker itself rather than with preexec_fn, because
    # preexec_fn is unsafe when the parent has threads, and ours runs inside a thread pool.
    package_root = _package_root()
    try:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=package_root,
            env=_child_env(package_root),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except OSError as exc:
        logger.error("could not start the document worker: %r", exc)
        return unreadable(mime)
    guard = watchdog.watch(proc, memory_mb * _MIB)
    try:
        stdout, stderr = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        logger.warning("inspecting %s took over %.1f s; worker killed", path.name, timeout_s)
        return unreadable(mime)
    finally:
        if guard is not None:
            guard.stop()
    if proc.returncode != 0:
        tail = stderr[-2000:].decode("utf-8", "replace")
        logger.warning(
            "document worker failed on %s (exit %s): %s", path.name, proc.returncode, tail
        )
        return unreadable(mime)
    try:
        return info_from_json(stdout, mime=mime)
    except ValueError as exc:
        logger.warning("document worker gave unusable output for %s: %r", path.name, exc)
        return unreadable(mime)


def _package_root() -> Path | None:
    """The folder holding the ``spbe_desktop`` package; None in a frozen build (no sources)."""
    if getattr(sys, "frozen", False):
        return None
    return Path(spbe_desktop.__file__).resolve().parent.parent


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
