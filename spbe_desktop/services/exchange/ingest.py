"""Storing a bundle's payload during an import: every byte read once, hashed on the way.

Runs inside the import's transaction, after the bundle's structure, tag files and signature
were verified (without hashing the payload: :func:`bagfmt.read_bag_zip` with
``hash_payload=False``). Each new document streams from the ZIP straight into the store, which
hashes it (in a helper thread) and refuses it unless it has the signed SHA-256; a copy goes to
a private staging file on the way, for the limited parser process to learn its type, pages and
text (the OPD's ``documents.json`` is never trusted for those). Every other payload file (texts,
JSON, documents the workspace already holds) is read to its end through a stream that checks
its hash. Any mismatch raises, so the transaction commits only when every hash holds.
"""

from __future__ import annotations

from collections.abc import Generator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

from spbe_desktop.bundles.hashing import PipelinedHash
from spbe_desktop.core.models import DocumentInfo
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.documents import DocumentInspector
from spbe_desktop.errors import BundleError, StoreError
from spbe_desktop.store.workspace_store import WorkspaceStore

#: Bytes read from the bundle at a time.
BLOCK = 1024 * 1024
#: Until inspected, a stored document is only bytes.
_UNKNOWN = DocumentInfo("application/octet-stream")


class _Tee:
    """A source that also writes every block it returns to ``copy``."""

    def __init__(self, source: BinaryIO, copy: BinaryIO) -> None:
        self._source = source
        self._copy = copy

    def read(self, size: int = -1) -> bytes:
        block = self._source.read(size)
        self._copy.write(block)
        return block


def store_payload(
    store: WorkspaceStore,
    readers: list[Any],
    payload: dict[str, tuple[int, str, int]],
    new_documents: dict[str, tuple[str, str]],
    folder: Path,
    label: str,
    cancel: CancelToken,
) -> Generator[Progress, None, int]:
    """Read every payload file of the bundle once; store the new documents.

    Args:
        store: the workspace, inside a write transaction.
        readers: the bundle's :class:`bagfmt.BagReader`, one per part, opened with the
            manifest's digests as ``expected``.
        payload: member -> (reader index, sha256, size), every payload file of the bundle.
        new_documents: member -> (sha256, file name) of the documents to store.
        folder: a private folder for the staging copies (removed by the caller).
        label: the bundle's name, for progress.
        cancel: checked between blocks.

    Returns:
        The number of documents stored.

    Raises:
        BundleError: ``bundle.hash_mismatch`` and the ``zip.*`` codes.
    """
    total = sum(size for _idx, _sha, size in payload.values())
    done = 0
    inspections: list[tuple[str, Path, Future[DocumentInfo]]] = []
    with DocumentInspector() as inspector:
        # One look-ahead thread keeps the inspector single-threaded; the next document is
        # stored while this one is parsed (in the limited worker: another core).
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spbe-import-inspect")
        try:
            for member in sorted(payload):
                idx, _sha, size = payload[member]
                reader = readers[idx]
                wanted = new_documents.get(member)
                if wanted is None:
                    with reader.open_payload(member) as src:
                        while block := src.read(BLOCK):
                            done += len(block)
                            yield Progress(done, total, "progress.importing", {"name": label})
                            cancel.raise_if_cancelled()
                    continue
                sha, file_name = wanted
                target = folder / f"{len(inspections):05d}.bin"
                base = done
                with reader.open_unhashed(member) as src, target.open("wb") as copy:
                    job = store.write_blob(
                        _Tee(src, copy),  # type: ignore[arg-type]
                        size,
                        _UNKNOWN,
                        cancel,
                        expected_sha256=sha,
                        label=file_name,
                        digest=PipelinedHash(),
                    )
                    done = yield from _drive(job, base, total, label, member, sha)
                inspections.append((sha, target, pool.submit(inspector.inspect, target)))
            for sha, target, future in inspections:
                store.set_blob_info(sha, future.result())
                target.unlink(missing_ok=True)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return len(inspections)


def _drive(
    job: Generator[Progress, None, Any], base: int, total: int, label: str, member: str, sha: str
) -> Generator[Progress, None, int]:
    """Run one ``write_blob``, passing its progress on; a stored file whose hash is not the
    signed one is the bundle's fault, said as such."""
    done = base
    try:
        while True:
            try:
                step = next(job)
            except StopIteration:
                return done
            done = base + step.done
            yield Progress(done, total, "progress.importing", {"name": label})
    except StoreError as exc:
        if exc.code != "store.hash_mismatch":
            raise
        raise BundleError(
            "bundle.hash_mismatch", item=f"data/{member}", expected=sha, found=""
        ) from exc
