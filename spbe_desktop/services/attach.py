"""Attaching evidence documents: validate, inspect (bounded, in a child process), store, link.

Each file is stored in its own transaction together with its document record, its link and its
audit entry: a kill, a full disk or a cancel leaves the workspace as it was before that file.
All files are validated before the first is stored, so a typo in one path attaches nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections import deque
from collections.abc import Generator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from spbe_desktop.bundles.hashing import PipelinedHash
from spbe_desktop.core.models import DOCUMENT_METADATA, KINDS, SELF_OPD, DocumentInfo
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.core.text import MAX_FIELD, MAX_TITLE, clean_name, clean_text
from spbe_desktop.core.titles import title_case
from spbe_desktop.documents import DocumentInspector, inspect_document, suggest_metadata
from spbe_desktop.errors import DocumentError, SpbeError, UsageError
from spbe_desktop.services.workspace import _actor_name
from spbe_desktop.store.workspace_store import StoredBlob, WorkspaceStore

#: Default largest document accepted; ``SPBE_MAX_DOCUMENT_MB`` or the workspace setting override.
DEFAULT_MAX_DOCUMENT_MB = 2048


@dataclass(frozen=True, slots=True)
class AttachRequest:
    """One file to attach, with the metadata the user confirmed (None = take the suggestion)."""

    path: Path
    title: str | None = None
    kind: str | None = None
    number: str | None = None
    issued: str | None = None
    valid_until: str | None = None
    issuer: str | None = None
    level: int | None = None
    #: What inspecting the file found, when the caller already did it (the GUI's metadata form);
    #: the file is then not parsed a second time.
    info: DocumentInfo | None = None


@dataclass(frozen=True, slots=True)
class AttachResult:
    document_id: int
    sha256: str
    file_name: str
    title: str
    kind: str
    size: int
    was_stored_before: bool
    warnings: tuple[str, ...]


def _max_document_bytes(store: WorkspaceStore | None = None) -> int:
    env = os.environ.get("SPBE_MAX_DOCUMENT_MB")
    if env and env.isdigit():
        return int(env) * 1024 * 1024
    if store is not None:
        return int(store.setting("max_document_mb", DEFAULT_MAX_DOCUMENT_MB)) * 1024 * 1024
    return DEFAULT_MAX_DOCUMENT_MB * 1024 * 1024


def parse_date(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UsageError("usage.date", value=value) from None


def parse_kind(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    for kind in KINDS:
        if kind.casefold() == value.strip().casefold():
            return kind
    raise UsageError("usage.kind", kind=value, known=", ".join(KINDS))


def validate_file(path: Path, limit: int, *, workspace: Path | None = None) -> int:
    """Check a file can be attached; return its size.

    ``workspace`` is the open workspace: attaching it (or its journal) to itself is refused
    before the file is opened, since opening and closing a workspace file outside SQLite drops
    this process's locks on it.

    Raises:
        DocumentError: missing, a folder, unreadable, empty, not a regular file, too large, or
            the workspace itself.
    """
    name = path.name or str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise DocumentError("attach.not_found", file=str(path)) from None
    except OSError as exc:
        raise DocumentError("attach.unreadable", file=name, detail=exc.strerror) from exc
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError("attach.is_directory", file=name)
    if not stat.S_ISREG(st.st_mode):
        raise DocumentError("attach.not_regular", file=name)
    if workspace is not None and _is_workspace_or_journal(path, workspace):
        raise DocumentError("attach.is_workspace", file=name)
    if st.st_size == 0:
        raise DocumentError("attach.empty", file=name)
    if st.st_size > limit:
        raise DocumentError(
            "attach.too_large",
            file=name,
            size_mb=st.st_size // (1024 * 1024),
            limit_mb=limit // (1024 * 1024),
        )
    try:
        with path.open("rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise DocumentError("attach.unreadable", file=name, detail=exc.strerror) from exc
    return st.st_size


def _is_workspace_or_journal(path: Path, workspace: Path) -> bool:
    for suffix in ("", "-wal", "-shm", "-journal"):
        other = Path(str(workspace) + suffix)
        try:
            if other.exists() and os.path.samefile(path, other):
                return True
        except OSError:
            continue
    return False


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the metadata form shows before the user confirms: detected facts and suggestions."""

    path: Path
    size: int
    info: DocumentInfo
    title: str
    kind: str
    number: str
    issued: str | None
    issuer: str


def prepare_document(
    path: Path,
    limit: int | None = None,
    inspector: DocumentInspector | None = None,
    info: DocumentInfo | None = None,
) -> Prepared:
    """Validate and inspect one file and propose its metadata (runs the bounded parser).

    Pass an ``inspector`` when preparing several files: it keeps one limited worker process
    instead of starting one per file; pass ``info`` when the file was already inspected.
    """
    size = validate_file(path, limit or _max_document_bytes())
    if info is None:
        info = inspector.inspect(path) if inspector is not None else inspect_document(path)
    guess = suggest_metadata(info.text, mime=info.mime)
    stem = clean_text(path.stem.replace("_", " "), max_length=MAX_TITLE)
    # A PDF's /Title or a document's first lines are outside text: control characters in them
    # made the report unwritable (python-docx refuses them), so they are cleaned here.
    return Prepared(
        path=path,
        size=size,
        info=info,
        title=_title(guess.title) or title_case(_title(info.metadata.get("title"))) or stem,
        kind=guess.kind or "Dokumen Lainnya",
        number=_field(guess.number),
        issued=guess.issued.isoformat() if guess.issued else None,
        issuer=_field(guess.issuer),
    )


def _title(value: object) -> str:
    return clean_text(value, max_length=MAX_TITLE)


def _field(value: object) -> str:
    return clean_text(value, max_length=MAX_FIELD)


def attach_files(
    workspace: Path,
    indicator: str | None,
    requests: Sequence[AttachRequest],
    cancel: CancelToken | None = None,
    *,
    opd_id: int = SELF_OPD,
    item: str | None = None,
) -> Generator[Progress, None, list[AttachResult]]:
    """Attach files to the workspace and link them to ``indicator`` (None: store only), and to
    the evidence item ``item`` of that indicator (its code, ``I<n>-L<l>-<nn>``) when given.

    Opens its own connection, so it can run on a worker thread.

    Yields:
        Progress in bytes over all files.

    Raises:
        DocumentError / UsageError: before anything is stored, if any file is unacceptable.
        StoreError: disk full, busy; the file being stored is rolled back.
        CancelledError: on cancel; files already finished stay attached.
    """
    cancel = cancel or CancelToken()
    with WorkspaceStore.open(workspace) as store, DocumentInspector() as inspector:
        pack = store.pack()
        ind_id = pack.indicator(indicator).id if indicator else None
        item_code = pack.item(item).code if item else None
        if item_code is not None:
            owner = pack.item(item_code).indicator_id
            if ind_id is None:
                ind_id = owner
            elif owner != ind_id:
                raise UsageError(
                    "usage.item_indicator",
                    item=item_code,
                    owner=pack.indicator(owner).number,
                    indicator=pack.indicator(ind_id).number,
                )
        limit = _max_document_bytes(store)
        sizes = [validate_file(r.path, limit, workspace=workspace) for r in requests]
        for r in requests:
            parse_kind(r.kind)
            parse_date(r.issued)
            parse_date(r.valid_until)
        total = sum(sizes)
        done = 0
        actor = _actor_name(store)
        results: list[AttachResult] = []
        # The next file is parsed (in the limited worker) while this one is being stored: the
        # two use different cores. One look-ahead thread keeps the inspector single-threaded.
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spbe-inspect")
        ahead: deque[Future[Prepared]] = deque()

        def _queue(k: int) -> None:
            if k < len(requests):
                r = requests[k]
                ahead.append(pool.submit(prepare_document, r.path, limit, inspector, r.info))

        # The documents' bytes are written once, not into the WAL and then again into the
        # file (store.appending_journal: only when no other connection is open, as in the CLI).
        with store.appending_journal():
            try:
                _queue(0)
                _queue(1)
                for k, (req, size) in enumerate(zip(requests, sizes, strict=True)):
                    cancel.raise_if_cancelled()
                    yield Progress(done, total, "progress.inspecting", {"name": req.path.name})
                    prep = ahead.popleft().result()
                    _queue(k + 2)
                    filled = _fill(req, prep)
                    result = yield from _store_one(
                        store,
                        filled,
                        _explicit(req, filled),
                        prep,
                        size,
                        done,
                        total,
                        ind_id,
                        item_code,
                        opd_id,
                        actor,
                        cancel,
                    )
                    results.append(result)
                    done += size
                    yield Progress(done, total, "progress.storing", {"name": req.path.name})
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
        return results


def _store_one(
    store: WorkspaceStore,
    req: AttachRequest,
    explicit: dict[str, Any],
    prep: Prepared,
    size: int,
    done: int,
    total: int,
    ind_id: str | None,
    item_code: str | None,
    opd_id: int,
    actor: str,
    cancel: CancelToken,
) -> Generator[Progress, None, AttachResult]:
    """Store one file, its document record, its link and audit entry in one transaction."""
    with store.transaction(), req.path.open("rb") as fh:
        job = store.write_blob(
            fh, size, prep.info, cancel, label=req.path.name, digest=PipelinedHash()
        )
        while True:
            try:
                step = next(job)
            except StopIteration as stop:
                stored: StoredBlob = stop.value
                break
            yield replace(step, done=done + step.done, total=total)
        known = store.find_document(opd_id, stored.sha256)
        doc_id = store.add_document(
            actor,
            opd_id=opd_id,
            sha256=stored.sha256,
            file_name=_file_name(req.path),
            title=req.title or prep.title,
            kind=req.kind or prep.kind,
            number=req.number or "",
            issued=req.issued,
            valid_until=req.valid_until,
            issuer=req.issuer or "",
        )
        if known is not None and explicit:
            # Stored before: what the user typed now replaces what was recorded then (the
            # suggestions read from the file do not).
            changed = {k: v for k, v in explicit.items() if getattr(known, k) != v}
            if changed:
                store.update_document(doc_id, actor, **changed)
        if item_code:
            store.link_item(doc_id, item_code, actor)
        elif ind_id:
            store.link(doc_id, ind_id, req.level, actor)
    record = store.document(doc_id)
    return AttachResult(
        doc_id,
        stored.sha256,
        _file_name(req.path),
        record.title,
        record.kind,
        stored.size,
        known is not None or not stored.is_new,
        prep.info.warnings,
    )


def _explicit(req: AttachRequest, filled: AttachRequest) -> dict[str, Any]:
    """The metadata the user gave (not the suggestions), cleaned as ``filled`` has it."""
    return {k: getattr(filled, k) for k in DOCUMENT_METADATA if getattr(req, k) is not None}


def _fill(req: AttachRequest, prep: Prepared) -> AttachRequest:
    """Fill what the user left open with the suggestions; what the user typed is cleaned too
    (a title pasted into the form or given with ``--title`` can carry control characters)."""
    return replace(
        req,
        title=_title(req.title) or prep.title,
        kind=parse_kind(req.kind) or prep.kind,
        number=_field(req.number) if req.number is not None else prep.number,
        issued=parse_date(req.issued) or prep.issued,
        valid_until=parse_date(req.valid_until),
        issuer=_field(req.issuer) if req.issuer is not None else prep.issuer,
    )


def _file_name(path: Path) -> str:
    """The name recorded for a file: what the user sees, without controls or bidi tricks."""
    return clean_name(path.name) or "dokumen"


@dataclass(frozen=True, slots=True)
class PrepareOutcome:
    """Per file: the metadata proposal, or the error that refused it."""

    path: Path
    prepared: Prepared | None
    error: SpbeError | None


def prepare_documents(
    paths: Sequence[Path], cancel: CancelToken | None = None
) -> Generator[Progress, None, list[PrepareOutcome]]:
    """Inspect several files with one kept worker and propose their metadata (the GUI's form)."""
    cancel = cancel or CancelToken()
    out: list[PrepareOutcome] = []
    with DocumentInspector() as inspector:
        for k, path in enumerate(paths):
            cancel.raise_if_cancelled()
            yield Progress(k, len(paths), "progress.inspecting", {"name": path.name})
            try:
                out.append(PrepareOutcome(path, prepare_document(path, None, inspector), None))
            except SpbeError as exc:
                out.append(PrepareOutcome(path, None, exc))
    yield Progress(len(paths), len(paths), "progress.inspecting", {"name": ""})
    return out
