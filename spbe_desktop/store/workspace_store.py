"""The workspace store: rows <-> dataclasses, content-addressed blobs, and the audit chain.

Every change goes through a method here, inside one ``BEGIN IMMEDIATE`` transaction that also
appends its audit entry, so a kill at any moment leaves either the whole change or none of it.
Documents are stored once per SHA-256, in 1 MiB chunks, so no file is ever held whole in memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import logging
import sqlite3
import unicodedata
import uuid
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlite_utils import Database

from spbe_desktop.core.models import (
    SELF_OPD,
    SELF_OPD_NAME,
    Answer,
    AuditEntry,
    CheckResult,
    DocumentInfo,
    DocumentRecord,
    Finding,
    LedgerEntry,
    OpdRecord,
    Profile,
    RevokedKey,
)
from spbe_desktop.core.packs import Pack, canonical_json, load_pack_bytes
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import StoreError
from spbe_desktop.store.database import open_database, translate_errors, write_transaction
from spbe_desktop.store.leftovers import clean_leftovers, remove_stale_import_files

CHUNK = 1024 * 1024
GENESIS = "0" * 64
_UNSET: Any = object()

log = logging.getLogger(__name__)

T_PROFILE = "profile"
T_PACKS = "packs"
T_OPDS = "opds"
T_ANSWERS = "answers"
T_BLOBS = "blobs"
T_CHUNKS = "blob_chunks"
T_DOCS = "documents"
T_LINKS = "links"
T_FTS = "documents_fts"
T_AUDIT = "audit"
T_LEDGER = "ledger"
T_PARTS = "parts"
T_RECEIPTS = "receipts"
T_SETTINGS = "settings"
T_REVOKED = "revoked_keys"


def now_iso() -> str:
    """UTC timestamp with seconds, as stored everywhere."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


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


@dataclass(frozen=True, slots=True)
class RoundOverview:
    """Raw aggregates behind the coordinator's dashboard (see ``services.coordinator``)."""

    answers: list[tuple[int, str, int | None, str, str | None]]  # opd, indicator, level, ...
    documents_per_cell: dict[tuple[int, str], int]
    documents_per_opd: dict[int, int]
    last_bundle: dict[int, tuple[str, int]]  # opd -> (at, sequence)
    pending_bundles: int


@dataclass(frozen=True, slots=True)
class StoredBlob:
    sha256: str
    size: int
    is_new: bool


class BlobReader(io.RawIOBase):
    """Read a stored blob chunk by chunk, as a binary file object (one chunk in memory)."""

    def __init__(self, db: Database, blob_id: int, size: int) -> None:
        super().__init__()
        self._db = db
        self._blob_id = blob_id
        self.size = size
        self._seq = 0
        self._buf = b""

    def readable(self) -> bool:
        return True

    def _next_chunk(self) -> bytes:
        row = self._db.execute(
            "SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = ?",
            [self._blob_id, self._seq],
        ).fetchone()
        if row is None:
            return b""
        self._seq += 1
        return bytes(row[0])

    def readinto(self, buffer: Any) -> int:
        if not self._buf:
            self._buf = self._next_chunk()
        n = min(len(buffer), len(self._buf))
        buffer[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def iter_chunks(self) -> Iterator[bytes]:
        """The blob's chunks as stored (1 MiB each, the last one shorter)."""
        if self._buf:
            yield self._buf
            self._buf = b""
        while chunk := self._next_chunk():
            yield chunk


class WorkspaceStore:
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
                rows = list(self.db.table(T_PROFILE).rows)
            if not rows:
                raise StoreError("store.not_a_workspace", file=self.path.name)
            r = rows[0]
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
            row = self.db.execute("SELECT secret_key FROM profile").fetchone()
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
                    "SELECT content FROM packs WHERE pack_hash = ?", [self.profile().pack_hash]
                ).fetchone()
            self._pack = load_pack_bytes(bytes(row[0]), source=self.path.name)
        return self._pack

    def pack_json(self) -> bytes:
        with self.reading():
            row = self.db.execute(
                "SELECT content FROM packs WHERE pack_hash = ?", [self.profile().pack_hash]
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

    # ------------------------------------------------------------------ settings
    def setting(self, key: str, default: Any = None) -> Any:
        with self.reading():
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.db.table(T_SETTINGS).upsert({"key": key, "value": json.dumps(value)}, pk="key")

    # ------------------------------------------------------------------ answers
    def answers(self, opd_id: int = SELF_OPD) -> dict[str, Answer]:
        with self.reading():
            rows = self.db.execute(
                "SELECT * FROM answers WHERE opd_id = ? ORDER BY indicator_id", [opd_id]
            )
            cols = [c[0] for c in rows.description]
            return {r[1]: Answer(**dict(zip(cols, r, strict=True))) for r in rows.fetchall()}

    def all_answers(self) -> list[Answer]:
        with self.reading():
            cur = self.db.execute("SELECT * FROM answers ORDER BY opd_id, indicator_id")
            cols = [c[0] for c in cur.description]
            return [Answer(**dict(zip(cols, r, strict=True))) for r in cur.fetchall()]

    def levels(self, opd_id: int = SELF_OPD) -> dict[str, int | None]:
        """Indicator id -> level; not-applicable answers are left out (they count as level 1)."""
        return {k: a.level for k, a in self.answers(opd_id).items() if a.status != "na"}

    def set_answer(
        self,
        indicator_id: str,
        actor: str,
        *,
        opd_id: int = SELF_OPD,
        level: int | None = _UNSET,
        justification: str = _UNSET,
        status: str = _UNSET,
    ) -> Answer:
        """Record (part of) an answer; only the given fields change. Audited with old/new."""
        self.pack().indicator(indicator_id)
        with self.transaction():
            old = self.answers(opd_id).get(indicator_id)
            row: dict[str, Any] = {
                "opd_id": opd_id,
                "indicator_id": indicator_id,
                "level": old.level if old else None,
                "justification": old.justification if old else "",
                "status": old.status if old else "draft",
                "verdict": old.verdict if old else None,
                "verdict_comment": old.verdict_comment if old else "",
            }
            if level is not _UNSET:
                row["level"] = level
            if justification is not _UNSET:
                row["justification"] = nfc(justification)
            if status is not _UNSET:
                row["status"] = status
            changed = {
                k: row[k]
                for k in ("level", "justification", "status")
                if old is None or getattr(old, k) != row[k]
            }
            if old is not None and not changed:
                return old
            row["updated_by"] = actor
            row["updated_at"] = now_iso()
            self.db.table(T_ANSWERS).upsert(row, pk=("opd_id", "indicator_id"))
            self._audit(
                actor,
                "answer.set",
                f"answer:{opd_id}:{indicator_id}",
                {k: getattr(old, k) for k in changed} if old else None,
                changed,
            )
        return self.answers(opd_id)[indicator_id]

    def set_verdict(
        self, opd_id: int, indicator_id: str, verdict: str | None, comment: str, actor: str
    ) -> None:
        with self.transaction():
            old = self.answers(opd_id).get(indicator_id)
            if old is None:
                self.db.table(T_ANSWERS).insert(
                    {
                        "opd_id": opd_id,
                        "indicator_id": indicator_id,
                        "status": "empty",
                        "updated_by": actor,
                        "updated_at": now_iso(),
                    }
                )
            self.db.execute(
                "UPDATE answers SET verdict = ?, verdict_comment = ? "
                "WHERE opd_id = ? AND indicator_id = ?",
                [verdict, nfc(comment), opd_id, indicator_id],
            )
            self._audit(
                actor,
                "verdict.set",
                f"answer:{opd_id}:{indicator_id}",
                {"verdict": old.verdict, "comment": old.verdict_comment} if old else None,
                {"verdict": verdict, "comment": comment},
            )

    # ------------------------------------------------------------------ blobs
    def has_blob(self, sha256: str) -> bool:
        with self.reading():
            return (
                self.db.execute("SELECT 1 FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
                is not None
            )

    def blob_hashes(self) -> set[str]:
        with self.reading():
            return {r[0] for r in self.db.execute("SELECT sha256 FROM blobs")}

    def write_blob(
        self,
        source: IO[bytes],
        size_hint: int,
        info: DocumentInfo,
        cancel: CancelToken,
        *,
        expected_sha256: str | None = None,
        label: str = "",
    ) -> Generator[Progress, None, StoredBlob]:
        """Stream ``source`` into the store. Must run inside a write transaction.

        The chunks go in under a placeholder key while the hash is computed; if the content is
        already stored, that savepoint is rolled back (identical files are stored once).

        Raises:
            StoreError: ``store.hash_mismatch`` when ``expected_sha256`` is given and differs.
        """
        if not self.db.conn.in_transaction:
            raise RuntimeError("write_blob needs an open write transaction")
        sp = f"blob_{uuid.uuid4().hex}"
        self.db.conn.execute(f"SAVEPOINT {sp}")
        try:
            placeholder = f"pending:{uuid.uuid4()}"
            cur = self.db.conn.execute(
                "INSERT INTO blobs (sha256, size, mime, page_count, has_text_layer, text, metadata,"
                " warnings, created_at, text_digest) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    placeholder,
                    info.mime,
                    info.page_count,
                    int(info.has_text_layer),
                    info.text,
                    json.dumps(info.metadata, ensure_ascii=False),
                    json.dumps(list(info.warnings)),
                    now_iso(),
                    text_digest(info.text),
                ],
            )
            blob_id = cur.lastrowid
            digest = hashlib.sha256()
            seq = 0
            done = 0
            while True:
                cancel.raise_if_cancelled()
                chunk = source.read(CHUNK)
                if not chunk:
                    break
                digest.update(chunk)
                self.db.conn.execute(
                    "INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)",
                    [blob_id, seq, chunk],
                )
                seq += 1
                done += len(chunk)
                yield Progress(done, max(size_hint, done), "progress.storing", {"name": label})
            sha = digest.hexdigest()
            if expected_sha256 is not None and sha != expected_sha256:
                raise StoreError("store.hash_mismatch", file=label, expected=expected_sha256)
            if self.db.execute("SELECT 1 FROM blobs WHERE sha256 = ?", [sha]).fetchone():
                self.db.conn.execute(f"ROLLBACK TO SAVEPOINT {sp}")
                self.db.conn.execute(f"RELEASE SAVEPOINT {sp}")
                return StoredBlob(sha, done, is_new=False)
            self.db.conn.execute(
                "UPDATE blobs SET sha256 = ?, size = ? WHERE id = ?", [sha, done, blob_id]
            )
            self.db.conn.execute(f"RELEASE SAVEPOINT {sp}")
            return StoredBlob(sha, done, is_new=True)
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.conn.execute(f"ROLLBACK TO SAVEPOINT {sp}")
                self.db.conn.execute(f"RELEASE SAVEPOINT {sp}")
            raise

    def open_blob(self, sha256: str) -> BlobReader:
        with self.reading():
            row = self.db.execute(
                "SELECT id, size FROM blobs WHERE sha256 = ?", [sha256]
            ).fetchone()
        if row is None:
            raise StoreError("store.no_document", ref=sha256[:12])
        return BlobReader(self.db, row[0], row[1])

    def blob_info(self, sha256: str) -> dict[str, Any]:
        with self.reading():
            row = self.db.execute(
                "SELECT size, mime, page_count, has_text_layer, text, metadata, warnings "
                "FROM blobs WHERE sha256 = ?",
                [sha256],
            ).fetchone()
        if row is None:
            raise StoreError("store.no_document", ref=sha256[:12])
        return {
            "size": row[0],
            "mime": row[1],
            "page_count": row[2],
            "has_text_layer": bool(row[3]),
            "text": row[4],
            "metadata": json.loads(row[5]),
            "warnings": json.loads(row[6]),
        }

    # ------------------------------------------------------------------ documents
    _DOC_SELECT = (
        "SELECT d.id, d.opd_id, d.sha256, d.file_name, d.title, d.kind, d.number, d.issued, "
        "d.valid_until, d.issuer, d.added_by, d.added_at, b.size, b.mime, b.page_count, "
        "b.has_text_layer, b.warnings FROM documents d JOIN blobs b ON b.sha256 = d.sha256"
    )

    def _docs(self, where: str = "", params: Iterable[Any] = ()) -> list[DocumentRecord]:
        with self.reading():
            rows = self.db.execute(f"{self._DOC_SELECT} {where}", list(params)).fetchall()
            ids = [r[0] for r in rows]
            links: dict[int, list[tuple[str, int | None]]] = {}
            if ids:
                for i in range(0, len(ids), 500):
                    batch = ids[i : i + 500]
                    marks = ",".join("?" * len(batch))
                    for doc_id, ind, lvl in self.db.execute(
                        f"SELECT document_id, indicator_id, level FROM links "
                        f"WHERE document_id IN ({marks}) ORDER BY indicator_id",
                        batch,
                    ):
                        links.setdefault(doc_id, []).append((ind, lvl))
        return [
            DocumentRecord(
                id=r[0],
                opd_id=r[1],
                sha256=r[2],
                file_name=r[3],
                title=r[4],
                kind=r[5],
                number=r[6],
                issued=r[7],
                valid_until=r[8],
                issuer=r[9],
                added_by=r[10],
                added_at=r[11],
                size=r[12],
                mime=r[13],
                page_count=r[14],
                has_text_layer=bool(r[15]),
                warnings=tuple(json.loads(r[16])),
                links=tuple(links.get(r[0], ())),
            )
            for r in rows
        ]

    def documents(self, opd_id: int | None = SELF_OPD) -> list[DocumentRecord]:
        if opd_id is None:
            return self._docs("ORDER BY d.id")
        return self._docs("WHERE d.opd_id = ? ORDER BY d.id", [opd_id])

    def document(self, doc_id: int) -> DocumentRecord:
        docs = self._docs("WHERE d.id = ?", [doc_id])
        if not docs:
            raise StoreError("store.no_document", ref=str(doc_id))
        return docs[0]

    def documents_for(
        self, indicator_id: str, opd_id: int | None = SELF_OPD
    ) -> list[DocumentRecord]:
        where = "WHERE d.id IN (SELECT document_id FROM links WHERE indicator_id = ?)"
        params: list[Any] = [indicator_id]
        if opd_id is not None:
            where += " AND d.opd_id = ?"
            params.append(opd_id)
        return self._docs(where + " ORDER BY d.id", params)

    def find_document(self, opd_id: int, sha256: str) -> DocumentRecord | None:
        docs = self._docs("WHERE d.opd_id = ? AND d.sha256 = ?", [opd_id, sha256])
        return docs[0] if docs else None

    def add_document(
        self,
        actor: str,
        *,
        opd_id: int,
        sha256: str,
        file_name: str,
        title: str,
        kind: str,
        number: str = "",
        issued: str | None = None,
        valid_until: str | None = None,
        issuer: str = "",
    ) -> int:
        """Record a document over a stored blob (inside a write transaction); returns its id.

        The same content attached twice by one OPD is one document: the existing id is returned.
        """
        existing = self.db.execute(
            "SELECT id FROM documents WHERE opd_id = ? AND sha256 = ?", [opd_id, sha256]
        ).fetchone()
        if existing:
            return int(existing[0])
        row = {
            "opd_id": opd_id,
            "sha256": sha256,
            "file_name": nfc(file_name),
            "title": nfc(title),
            "kind": kind,
            "number": nfc(number),
            "issued": issued,
            "valid_until": valid_until,
            "issuer": nfc(issuer),
            "added_by": actor,
            "added_at": now_iso(),
        }
        cur = self.db.conn.execute(
            f"INSERT INTO documents ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        doc_id = int(cur.lastrowid or 0)
        text = self.db.execute("SELECT text FROM blobs WHERE sha256 = ?", [sha256]).fetchone()[0]
        self.db.conn.execute(
            "INSERT INTO documents_fts (rowid, title, number, file_name, text) VALUES (?,?,?,?,?)",
            [doc_id, row["title"], row["number"], row["file_name"], text],
        )
        self._audit(
            actor,
            "document.add",
            f"document:{doc_id}",
            None,
            {k: v for k, v in row.items() if k not in ("added_by", "added_at")},
        )
        return doc_id

    def update_document(self, doc_id: int, actor: str, **fields: Any) -> DocumentRecord:
        allowed = {"title", "kind", "number", "issued", "valid_until", "issuer"}
        if set(fields) - allowed:
            raise ValueError(f"cannot change {set(fields) - allowed}")
        old = self.document(doc_id)
        with self.transaction():
            self.db.table(T_DOCS).update(doc_id, fields)
            d = self.document(doc_id)
            self.db.conn.execute(
                "UPDATE documents_fts SET title = ?, number = ? WHERE rowid = ?",
                [d.title, d.number, doc_id],
            )
            self._audit(
                actor,
                "document.update",
                f"document:{doc_id}",
                {k: getattr(old, k) for k in fields},
                fields,
            )
        return self.document(doc_id)

    def link(self, doc_id: int, indicator_id: str, level: int | None, actor: str) -> None:
        """Link a document to an indicator (inside or outside a transaction)."""
        self.pack().indicator(indicator_id)

        def _do() -> None:
            self.db.conn.execute(
                "INSERT INTO links (document_id, indicator_id, level) VALUES (?, ?, ?) "
                "ON CONFLICT (document_id, indicator_id) DO UPDATE SET level = excluded.level",
                [doc_id, indicator_id, level],
            )
            self._audit(
                actor,
                "link.add",
                f"document:{doc_id}",
                None,
                {"indicator": indicator_id, "level": level},
            )

        if self.db.conn.in_transaction:
            _do()
        else:
            with self.transaction():
                _do()

    def unlink(self, doc_id: int, indicator_id: str, actor: str) -> None:
        with self.transaction():
            self.db.conn.execute(
                "DELETE FROM links WHERE document_id = ? AND indicator_id = ?",
                [doc_id, indicator_id],
            )
            self._audit(
                actor, "link.remove", f"document:{doc_id}", {"indicator": indicator_id}, None
            )

    def remove_document(self, doc_id: int, actor: str) -> None:
        """Remove a document record; its content goes too when nothing else refers to it."""
        old = self.document(doc_id)
        with self.transaction():
            self.db.conn.execute("DELETE FROM links WHERE document_id = ?", [doc_id])
            self.db.conn.execute("DELETE FROM documents WHERE id = ?", [doc_id])
            self.db.conn.execute("DELETE FROM documents_fts WHERE rowid = ?", [doc_id])
            in_use = self.db.execute(
                "SELECT 1 FROM documents WHERE sha256 = ? UNION ALL "
                "SELECT 1 FROM parts WHERE blob_sha256 = ?",
                [old.sha256, old.sha256],
            ).fetchone()
            if not in_use:
                self.db.conn.execute("DELETE FROM blobs WHERE sha256 = ?", [old.sha256])
            self._audit(
                actor,
                "document.remove",
                f"document:{doc_id}",
                {"title": old.title, "sha256": old.sha256},
                None,
            )

    def search(
        self,
        query: str,
        *,
        opd_id: int | None = None,
        indicator_id: str | None = None,
        kind: str | None = None,
        limit: int = 200,
    ) -> list[DocumentRecord]:
        """Full-text search over title, number, file name and extracted text (FTS5)."""
        terms = [t for t in "".join(c if c.isalnum() else " " for c in query).split() if t]
        if not terms:
            return []
        match = " ".join(f'"{t}"*' for t in terms)
        where = "WHERE d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
        params: list[Any] = [match]
        if opd_id is not None:
            where += " AND d.opd_id = ?"
            params.append(opd_id)
        if kind:
            where += " AND d.kind = ?"
            params.append(kind)
        if indicator_id:
            where += " AND d.id IN (SELECT document_id FROM links WHERE indicator_id = ?)"
            params.append(indicator_id)
        return self._docs(f"{where} ORDER BY d.id LIMIT {int(limit)}", params)

    def replace_links(
        self, doc_id: int, links: Iterable[tuple[str, int | None]], actor: str
    ) -> None:
        """Make a document's links exactly ``links`` (indicator id, level)."""
        with self.transaction():
            self.db.conn.execute("DELETE FROM links WHERE document_id = ?", [doc_id])
            for indicator_id, level in links:
                self.link(doc_id, indicator_id, level, actor)

    def set_document_metadata(self, doc_id: int, fields: dict[str, Any]) -> None:
        """Overwrite a document's descriptive fields (an import's newer metadata); the caller's
        transaction carries the audit entry."""
        allowed = {"title", "kind", "number", "issued", "valid_until", "issuer"}
        if set(fields) - allowed:
            raise ValueError(f"cannot change {set(fields) - allowed}")
        with self.transaction():
            self.db.table(T_DOCS).update(doc_id, fields)
            self.db.conn.execute(
                "UPDATE documents_fts SET title = coalesce(?, title), number = coalesce(?, number)"
                " WHERE rowid = ?",
                [fields.get("title"), fields.get("number"), doc_id],
            )

    def answers_for_indicator(self, indicator_id: str) -> dict[int, Answer]:
        """Every OPD's answer (not the workspace's own) for one indicator, by OPD id."""
        with self.reading():
            cur = self.db.execute(
                "SELECT * FROM answers WHERE indicator_id = ? AND opd_id != 0", [indicator_id]
            )
            cols = [c[0] for c in cur.description]
            return {r[0]: Answer(**dict(zip(cols, r, strict=True))) for r in cur.fetchall()}

    def text_digests_for_indicator(self, indicator_id: str) -> dict[str, str | None]:
        """sha256 -> text digest of the documents linked to one indicator."""
        with self.reading():
            return dict(
                self.db.execute(
                    "SELECT b.sha256, b.text_digest FROM blobs b WHERE b.sha256 IN "
                    "(SELECT d.sha256 FROM documents d JOIN links l ON l.document_id = d.id "
                    "WHERE l.indicator_id = ?)",
                    [indicator_id],
                ).fetchall()
            )

    def round_overview(self) -> RoundOverview:
        """The coordinator dashboard's aggregates, in five queries whatever the round's size."""
        with self.reading():
            db = self.db
            answers = db.execute(
                "SELECT opd_id, indicator_id, level, status, verdict FROM answers WHERE opd_id != 0"
            ).fetchall()
            doc_counts = db.execute(
                "SELECT d.opd_id, l.indicator_id, count(*) FROM documents d "
                "JOIN links l ON l.document_id = d.id WHERE d.opd_id != 0 "
                "GROUP BY d.opd_id, l.indicator_id"
            ).fetchall()
            per_opd = db.execute("SELECT opd_id, count(*) FROM documents GROUP BY opd_id")
            last = db.execute(
                "SELECT opd_id, max(at), max(sequence) FROM ledger GROUP BY opd_id"
            ).fetchall()
            pending = db.execute("SELECT count(DISTINCT bundle_uuid) FROM parts").fetchone()[0]
            return RoundOverview(
                answers=[(r[0], r[1], r[2], r[3], r[4]) for r in answers],
                documents_per_cell={(r[0], r[1]): r[2] for r in doc_counts},
                documents_per_opd=dict(per_opd.fetchall()),
                last_bundle={r[0]: (r[1], r[2]) for r in last},
                pending_bundles=int(pending),
            )

    # ------------------------------------------------------------------ OPD register
    def opds(self) -> list[OpdRecord]:
        with self.reading():
            cur = self.db.execute(
                "SELECT id, name, contact, key_id, public_key, fingerprint, trusted_at, revoked_at,"
                " assigned FROM opds WHERE id != 0 ORDER BY name"
            )
            return [
                OpdRecord(
                    id=r[0],
                    name=r[1],
                    contact=r[2],
                    key_id=r[3],
                    public_key=r[4],
                    fingerprint=r[5],
                    trusted_at=r[6],
                    revoked_at=r[7],
                    assigned=tuple(json.loads(r[8])) if r[8] else None,
                )
                for r in cur.fetchall()
            ]

    def opd_by_key(self, key_id: str) -> OpdRecord | None:
        return next((o for o in self.opds() if o.key_id == key_id), None)

    def opd_by_name(self, name: str) -> OpdRecord | None:
        key = nfc(name).casefold()
        return next((o for o in self.opds() if o.name.casefold() == key), None)

    def upsert_opd(self, actor: str, name: str, **fields: Any) -> OpdRecord:
        existing = self.opd_by_name(name)
        values = dict(fields)
        if "assigned" in values:
            values["assigned"] = (
                json.dumps(list(values["assigned"])) if values["assigned"] else None
            )
        with self.transaction():
            if existing is None:
                self.db.table(T_OPDS).insert({"name": nfc(name), "created_at": now_iso(), **values})
            else:
                self.db.table(T_OPDS).update(existing.id, values)
            self._audit(
                actor,
                "opd.upsert",
                f"opd:{name}",
                None if existing is None else {"key_id": existing.key_id},
                {k: v for k, v in fields.items() if k != "assigned"},
            )
        found = self.opd_by_name(name)
        assert found is not None
        return found

    def revoked_key(self, key_id: str) -> RevokedKey | None:
        """The revocation of a key, kept even after its OPD pinned another key."""
        with self.reading():
            row = self.db.execute(
                "SELECT key_id, fingerprint, opd_name, revoked_at FROM revoked_keys "
                "WHERE key_id = ?",
                [key_id],
            ).fetchone()
        return RevokedKey(*row) if row else None

    def revoked_keys(self) -> list[RevokedKey]:
        """Every key the coordinator revoked, its OPD's current key or not."""
        with self.reading():
            rows = self.db.execute(
                "SELECT key_id, fingerprint, opd_name, revoked_at FROM revoked_keys"
            ).fetchall()
        return [RevokedKey(*row) for row in rows]

    def remember_revoked_key(self, key: RevokedKey) -> None:
        """Inside a write transaction (the OPD's upsert audits the revocation)."""
        self.db.table(T_REVOKED).upsert(
            {
                "key_id": key.key_id,
                "fingerprint": key.fingerprint,
                "opd_name": nfc(key.opd_name),
                "revoked_at": key.revoked_at,
            },
            pk="key_id",
        )

    def forget_revoked_key(self, key_id: str) -> None:
        """Inside a write transaction: the coordinator explicitly trusts this key again."""
        self.db.execute("DELETE FROM revoked_keys WHERE key_id = ?", [key_id])

    # ------------------------------------------------------------------ ledger, parts, receipts
    def ledger(self, opd_id: int | None = None) -> list[LedgerEntry]:
        with self.reading():
            sql = "SELECT * FROM ledger" + (" WHERE opd_id = ?" if opd_id is not None else "")
            cur = self.db.execute(
                sql + " ORDER BY opd_id, sequence", [] if opd_id is None else [opd_id]
            )
            cols = [c[0] for c in cur.description]
            return [LedgerEntry(**dict(zip(cols, r, strict=True))) for r in cur.fetchall()]

    def add_ledger(self, entry: LedgerEntry) -> None:
        """Inside a write transaction."""
        self.db.table(T_LEDGER).insert(
            {k: getattr(entry, k) for k in LedgerEntry.__dataclass_fields__}
        )

    def parts(self, opd_id: int, bundle_uuid: str) -> list[tuple[int, int, str, str]]:
        """Stored parts of one OPD's split bundle: (part, count, blob sha256, file name).

        Includes parts stored before parts knew their OPD (``opd_id`` NULL); the importer
        re-verifies every part against the OPD's key before applying any.
        """
        with self.reading():
            return [
                (r[0], r[1], r[2], r[3])
                for r in self.db.execute(
                    "SELECT part, count, blob_sha256, file_name FROM parts "
                    "WHERE bundle_uuid = ? AND (opd_id = ? OR opd_id IS NULL) ORDER BY part",
                    [bundle_uuid, opd_id],
                )
            ]

    def pending_parts(self) -> dict[tuple[int | None, str], list[tuple[int, int, str, str]]]:
        """Split bundles still waiting for parts, per (OPD, bundle UUID)."""
        with self.reading():
            rows = self.db.execute(
                "SELECT opd_id, bundle_uuid, part, count, blob_sha256, file_name FROM parts "
                "ORDER BY opd_id, bundle_uuid, part"
            ).fetchall()
        out: dict[tuple[int | None, str], list[tuple[int, int, str, str]]] = {}
        for opd_id, bundle_uuid, part, count, sha, name in rows:
            out.setdefault((opd_id, bundle_uuid), []).append((part, count, sha, name))
        return out

    def add_part(
        self, opd_id: int, bundle_uuid: str, part: int, count: int, sha256: str, file_name: str
    ) -> None:
        """Inside a write transaction: remember one verified part of an OPD's split bundle."""
        self.db.conn.execute(
            "DELETE FROM parts WHERE opd_id = ? AND bundle_uuid = ? AND part = ?",
            [opd_id, bundle_uuid, part],
        )
        self.db.table(T_PARTS).insert(
            {
                "opd_id": opd_id,
                "bundle_uuid": bundle_uuid,
                "part": part,
                "count": count,
                "blob_sha256": sha256,
                "file_name": file_name,
                "at": now_iso(),
            }
        )

    def drop_parts(self, opd_id: int, bundle_uuid: str) -> None:
        """Inside a write transaction: forget an OPD's parts and their blobs once imported."""
        shas = [p[2] for p in self.parts(opd_id, bundle_uuid)]
        self.db.conn.execute(
            "DELETE FROM parts WHERE bundle_uuid = ? AND (opd_id = ? OR opd_id IS NULL)",
            [bundle_uuid, opd_id],
        )
        for sha in shas:
            if self.db.execute("SELECT 1 FROM parts WHERE blob_sha256 = ?", [sha]).fetchone():
                continue
            if not self.db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha]).fetchone():
                self.db.conn.execute("DELETE FROM blobs WHERE sha256 = ?", [sha])

    def receipts(self) -> list[dict[str, Any]]:
        with self.reading():
            cur = self.db.execute("SELECT * FROM receipts ORDER BY sequence")
            cols = [c[0] for c in cur.description]
            return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def add_receipt(
        self, receipt_uuid: str, sequence: int, held: list[str], answers_digest: str, actor: str
    ) -> None:
        with self.transaction():
            self.db.table(T_RECEIPTS).upsert(
                {
                    "receipt_uuid": receipt_uuid,
                    "sequence": sequence,
                    "held_hashes": json.dumps(held),
                    "answers_digest": answers_digest,
                    "at": now_iso(),
                },
                pk="receipt_uuid",
            )
            self._audit(
                actor,
                "receipt.accept",
                f"receipt:{receipt_uuid}",
                None,
                {"sequence": sequence, "documents": len(held)},
            )

    # ------------------------------------------------------------------ audit
    def _audit(self, actor: str, action: str, entity: str, old: Any, new: Any) -> None:
        """Append one entry to the hash chain (caller holds the write transaction)."""
        last = self.db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at = now_iso()
        old_j = None if old is None else json.dumps(old, ensure_ascii=False, default=str)
        new_j = None if new is None else json.dumps(new, ensure_ascii=False, default=str)
        digest = audit_hash(prev, seq, at, actor, action, entity, old_j, new_j)
        self.db.conn.execute(
            "INSERT INTO audit (seq, at, actor, action, entity, old, new, prev_hash, hash) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            [seq, at, actor, action, entity, old_j, new_j, prev, digest],
        )

    def audit(self, actor: str, action: str, entity: str, old: Any, new: Any) -> None:
        """Append an audit entry in its own transaction (or the caller's)."""
        if self.db.conn.in_transaction:
            self._audit(actor, action, entity, old, new)
        else:
            with self.transaction():
                self._audit(actor, action, entity, old, new)

    def audit_entries(
        self, *, action_prefix: str = "", entity_prefix: str = "", limit: int = 10_000
    ) -> list[AuditEntry]:
        with self.reading():
            cur = self.db.execute(
                "SELECT * FROM audit WHERE action LIKE ? AND entity LIKE ? "
                "ORDER BY seq DESC LIMIT ?",
                [action_prefix + "%", entity_prefix + "%", limit],
            )
            cols = [c[0] for c in cur.description]
            out = []
            for r in cur.fetchall():
                d = dict(zip(cols, r, strict=True))
                d["old"] = json.loads(d["old"]) if d["old"] is not None else None
                d["new"] = json.loads(d["new"]) if d["new"] is not None else None
                out.append(AuditEntry(**d))
            return out

    def audit_head(self) -> tuple[int, str]:
        with self.reading():
            row = self.db.execute(
                "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

    # ------------------------------------------------------------------ check and backup
    def check(self, cancel: CancelToken | None = None) -> Generator[Progress, None, CheckResult]:
        """SQLite integrity check, the audit chain, and every blob re-hashed in chunks."""
        cancel = cancel or CancelToken()
        findings: list[Finding] = []
        with self.reading():
            integrity = [r[0] for r in self.db.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                findings.append(Finding("check.integrity", "error", "", {"detail": integrity[0]}))
            fk = self.db.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                findings.append(Finding("check.foreign_keys", "error", "", {"count": len(fk)}))
            prev = GENESIS
            expected = 1
            count = 0
            for seq, at, actor, action, entity, old, new, prev_hash, digest in self.db.execute(
                "SELECT seq, at, actor, action, entity, old, new, prev_hash, hash FROM audit "
                "ORDER BY seq"
            ):
                count += 1
                ok = (
                    seq == expected
                    and prev_hash == prev
                    and digest == audit_hash(prev, seq, at, actor, action, entity, old, new)
                )
                if not ok:
                    findings.append(Finding("check.audit_chain", "error", str(seq), {"seq": seq}))
                    break
                prev = digest
                expected += 1
            blobs = self.db.execute("SELECT id, sha256, size FROM blobs ORDER BY id").fetchall()
        total = sum(b[2] for b in blobs)
        done = 0
        for blob_id, sha, size in blobs:
            digest_obj = hashlib.sha256()
            got = 0
            reader = BlobReader(self.db, blob_id, size)
            for chunk in reader.iter_chunks():
                cancel.raise_if_cancelled()
                digest_obj.update(chunk)
                got += len(chunk)
                done += len(chunk)
                yield Progress(done, total, "progress.checking")
            if got != size or digest_obj.hexdigest() != sha:
                findings.append(Finding("check.blob_hash", "error", sha, {"sha256": sha[:12]}))
        return CheckResult(
            tuple(findings), {"documents": len(blobs), "bytes": total, "audit_entries": count}
        )

    def backup_to(self, out: Path) -> None:
        """SQLite online backup into ``out`` (safe while other processes use the workspace).

        ``out`` must not exist: it is created with mode 0600 before SQLite opens it (the copy
        holds the signing key, so it is never readable by others, not even for a moment); SQLite
        gives its journal the same mode.

        Raises:
            FileExistsError: ``out`` exists.
        """
        out.touch(mode=0o600, exist_ok=False)
        dest = sqlite3.connect(str(out))
        try:
            with self.reading():
                self.db.conn.backup(dest, pages=4096)
        finally:
            dest.close()


def audit_hash(
    prev: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    old: str | None,
    new: str | None,
) -> str:
    """The chain link: SHA-256 over the previous hash and the entry's canonical JSON."""
    body = canonical_json([seq, at, actor, action, entity, old, new])
    return hashlib.sha256(prev.encode("ascii") + body).hexdigest()


def text_digest(text: str) -> str | None:
    """A digest of a document's extracted text with case and spacing folded.

    Two files with the same digest but different bytes are "near-identical": the same decree
    scanned twice, or re-saved by another OPD. None when there is too little text to tell.
    """
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    if len(folded) < 40:
        return None
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()
