"""The workspace store: one open workspace file, its unit of work, and its repositories.

Every change goes through a store method, inside one ``BEGIN IMMEDIATE`` transaction that also
appends its audit entry, so a kill at any moment leaves either the whole change or none of it.

:class:`WorkspaceStore` is the thin unit of work: the connection and its lifetime (``open``,
``create``, ``close``), :meth:`~WorkspaceStore.transaction`, :meth:`~WorkspaceStore.reading`,
the audit append, and the profile and pack every repository leans on. The table work lives in
one repository per module, each a mixin over :class:`~spbe_desktop.store.repository.Repository`:

- ``blobs``: content-addressed bytes in 1 MiB chunks (``BlobReader``, ``StoredBlob``);
- ``documents``: document records, links to indicators, full-text search;
- ``answers``: answers per (OPD, indicator) and verdicts;
- ``items``: links, notes and verdicts per evidence item, national index scores, assessor results;
- ``opds``: the OPD register and revoked keys;
- ``exchange``: ledger, split parts, receipts, settings;
- ``audit``: the hash chain (entries, head, chain check);
- ``overview``: the coordinator dashboard's aggregates;
- ``architecture``: the architecture inventory's objects, relations and local codes;
- ``maintenance``: ``check()`` and ``backup_to()``.

Why mixins rather than composition with delegating methods: services, the CLI, the UI and the
tests call some sixty methods on the store (``store.documents()``, ``store.ledger(opd_id)``, …)
and must keep calling them unchanged. Composition would repeat every signature a second time as
a one-line delegate, and the two copies would drift; mixins keep one definition per method, and
the type checker still sees the whole API. The price is one shared namespace, so a test
(``tests/unit/store/test_store_repositories.py``) proves no two repositories define the same
name. The repositories share no state but what :class:`Repository` declares.

Not shared between threads: each thread opens its own store.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.models import SELF_OPD, SELF_OPD_NAME, Profile
from spbe_desktop.core.packs import Pack, load_pack_bytes
from spbe_desktop.errors import StoreError
from spbe_desktop.store.answers import AnswerRepository
from spbe_desktop.store.architecture import ArchitectureRepository
from spbe_desktop.store.audit import GENESIS, AuditRepository, append_audit, audit_hash
from spbe_desktop.store.blobs import CHUNK, BlobReader, BlobRepository, StoredBlob, text_digest
from spbe_desktop.store.connection import Database

# NOTE: transaction() looks ``write_transaction`` up in this module on every call, and the kill
# drills (tests/faults/drills.py) replace it here to count commits: keep both where they are.
from spbe_desktop.store.database import (
    open_database,
    reading_database,
    translate_errors,
    write_transaction,
)
from spbe_desktop.store.documents import DocumentRepository
from spbe_desktop.store.exchange import ExchangeRepository
from spbe_desktop.store.items import ItemRepository
from spbe_desktop.store.leftovers import clean_leftovers, remove_stale_import_files
from spbe_desktop.store.maintenance import WorkspaceMaintenance
from spbe_desktop.store.opds import OpdRepository
from spbe_desktop.store.overview import OverviewRepository, RoundOverview
from spbe_desktop.store.repository import nfc
from spbe_desktop.store.tables import T_OPDS, T_PACKS, T_PROFILE

# Names other modules import from here; they live in their repositories (now_iso in core) and
# stay importable from this module as before.
__all__ = [
    "CHUNK",
    "GENESIS",
    "BlobReader",
    "NewProfile",
    "RoundOverview",
    "StoredBlob",
    "WorkspaceStore",
    "audit_hash",
    "nfc",
    "now_iso",
    "text_digest",
    "write_transaction",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class NewProfile:
    role: str
    instansi: str
    unit: str
    officer: str
    period: str
    key_id: str
    public_key: str
    secret_key: bytes
    key_protected: bool
    coordinator_key: str | None = None
    assigned: tuple[str, ...] | None = None
    target: str = ""


class WorkspaceStore(
    BlobRepository,
    DocumentRepository,
    AnswerRepository,
    ItemRepository,
    OpdRepository,
    ExchangeRepository,
    AuditRepository,
    OverviewRepository,
    ArchitectureRepository,
    WorkspaceMaintenance,
):
    """One open workspace file. Not shared between threads: each thread opens its own."""

    def __init__(self, path: Path, db: Database) -> None:
        self.path = path
        self.db = db
        self._pack: Pack | None = None
        self._profile: Profile | None = None

    # ------------------------------------------------------------------ lifetime
    @classmethod
    def open(cls, path: Path) -> WorkspaceStore:
        store = cls(path, open_database(path))
        try:
            store.profile()
        except StoreError:
            store.close()
            raise
        store._clean_leftovers()
        return store

    @classmethod
    @contextlib.contextmanager
    def read_only(cls, path: Path, scratch: Path) -> Iterator[WorkspaceStore]:
        """A store that only reads ``path`` and changes nothing in it, even while the app holds
        it open (the previous period's workspace); an older version's workspace is read from a
        migrated copy in the private folder ``scratch`` (see
        :func:`~spbe_desktop.store.database.reading_database`). Any write raises."""
        with reading_database(path, scratch) as db:
            store = cls(path, db)
            store.profile()
            yield store

    def _clean_leftovers(self) -> None:
        """Finish or remove what killed exports and imports left (see :mod:`.leftovers`)."""
        try:
            for line in clean_leftovers(self):
                log.info("%s: %s", self.path.name, line)
            remove_stale_import_files()
        except (StoreError, OSError) as exc:  # a read-only or busy workspace: next time
            log.warning("leftovers of %s not cleaned: %s", self.path.name, exc)

    @classmethod
    def create(cls, path: Path, new: NewProfile, pack_json: bytes, actor: str) -> WorkspaceStore:
        """Create a workspace file with its profile and pack, atomically (no half-made file)."""
        pack = load_pack_bytes(pack_json, source="pack")
        db = open_database(path, create=True)
        store = cls(path, db)
        try:
            with store.transaction():
                db.table(T_PACKS).insert(
                    {
                        "pack_hash": pack.content_hash,
                        "pack_id": pack.id,
                        "version": pack.version,
                        "content": pack_json,
                    }
                )
                db.table(T_OPDS).insert(
                    {"id": SELF_OPD, "name": SELF_OPD_NAME, "created_at": now_iso()}
                )
                row = {
                    "id": 1,
                    "workspace_uuid": str(uuid.uuid4()),
                    "role": new.role,
                    "instansi": nfc(new.instansi),
                    "unit": nfc(new.unit),
                    "officer": nfc(new.officer),
                    "period": new.period,
                    "pack_hash": pack.content_hash,
                    "key_id": new.key_id,
                    "public_key": new.public_key,
                    "secret_key": new.secret_key,
                    "key_protected": int(new.key_protected),
                    "coordinator_key": new.coordinator_key,
                    "assigned": json.dumps(list(new.assigned)) if new.assigned else None,
                    "target": new.target,
                    "created_at": now_iso(),
                }
                db.table(T_PROFILE).insert(row)
                public = {k: v for k, v in row.items() if k != "secret_key"}
                store.audit(actor, "workspace.create", "profile", None, public)
        except BaseException:
            db.close()
            with contextlib.suppress(OSError):
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        return store

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    def __enter__(self) -> WorkspaceStore:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def transaction(self) -> contextlib.AbstractContextManager[Database]:
        """One write transaction (BEGIN IMMEDIATE; nested use becomes a savepoint)."""
        return write_transaction(self.db, self.path.name)

    def reading(self) -> contextlib.AbstractContextManager[None]:
        """Translate SQLite errors of a read into the store's user messages."""
        return translate_errors(self.path.name)

    # ------------------------------------------------------------------ profile and pack
    def profile(self) -> Profile:
        if self._profile is None:
            with self.reading():
                cur = self.db.execute(f"SELECT * FROM {T_PROFILE} LIMIT 1")
                row = cur.fetchone()
            if row is None:
                raise StoreError("store.not_a_workspace", file=self.path.name)
            r = dict(zip([c[0] for c in cur.description], row, strict=True))
            self._profile = Profile(
                workspace_uuid=r["workspace_uuid"],
                role=r["role"],
                instansi=r["instansi"],
                unit=r["unit"],
                officer=r["officer"],
                period=r["period"],
                pack_hash=r["pack_hash"],
                key_id=r["key_id"],
                public_key=r["public_key"],
                key_protected=bool(r["key_protected"]),
                coordinator_key=r["coordinator_key"],
                assigned=tuple(json.loads(r["assigned"])) if r["assigned"] else None,
                target=r["target"],
                created_at=r["created_at"],
            )
        return self._profile

    def secret_key(self) -> bytes:
        with self.reading():
            row = self.db.execute(f"SELECT secret_key FROM {T_PROFILE}").fetchone()
        return bytes(row[0])

    def update_profile(self, actor: str, **changes: Any) -> Profile:
        allowed = {"officer", "unit", "instansi", "target", "assigned", "coordinator_key", "period"}
        bad = set(changes) - allowed
        if bad:
            raise ValueError(f"cannot change {bad}")
        old = self.profile()
        values = dict(changes)
        if "assigned" in values:
            values["assigned"] = (
                json.dumps(list(values["assigned"])) if values["assigned"] else None
            )
        with self.transaction():
            self.db.table(T_PROFILE).update(1, values)
            self._audit(
                actor,
                "profile.update",
                "profile",
                {k: getattr(old, k) for k in changes},
                changes,
            )
        self._profile = None
        return self.profile()

    def pack(self) -> Pack:
        if self._pack is None:
            with self.reading():
                row = self.db.execute(
                    f"SELECT content FROM {T_PACKS} WHERE pack_hash = ?", [self.profile().pack_hash]
                ).fetchone()
            self._pack = load_pack_bytes(bytes(row[0]), source=self.path.name)
        return self._pack

    def pack_json(self) -> bytes:
        with self.reading():
            row = self.db.execute(
                f"SELECT content FROM {T_PACKS} WHERE pack_hash = ?", [self.profile().pack_hash]
            ).fetchone()
        return bytes(row[0])

    def replace_pack(self, pack_json: bytes, actor: str) -> Pack:
        """Switch the workspace to a corrected pack (answers are kept by indicator id)."""
        pack = load_pack_bytes(pack_json, source="pack")
        old = self.profile()
        with self.transaction():
            self.db.table(T_PACKS).upsert(
                {
                    "pack_hash": pack.content_hash,
                    "pack_id": pack.id,
                    "version": pack.version,
                    "content": pack_json,
                },
                pk="pack_hash",
            )
            self.db.table(T_PROFILE).update(1, {"pack_hash": pack.content_hash})
            self._audit(actor, "pack.replace", "profile", old.pack_hash, pack.content_hash)
        self._profile = None
        self._pack = None
        return pack

    # ------------------------------------------------------------------ audit append
    def _audit(self, actor: str, action: str, entity: str, old: Any, new: Any) -> None:
        """Append one entry to the hash chain (caller holds the write transaction)."""
        append_audit(self.db, actor, action, entity, old, new)

    def audit(self, actor: str, action: str, entity: str, old: Any, new: Any) -> None:
        """Append an audit entry in its own transaction (or the caller's)."""
        if self.db.conn.in_transaction:
            self._audit(actor, action, entity, old, new)
        else:
            with self.transaction():
                self._audit(actor, action, entity, old, new)
