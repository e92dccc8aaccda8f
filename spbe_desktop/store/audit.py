"""The audit log: an append-only hash chain of every change, and the check of that chain.

Owns the ``audit`` table. Each entry's hash covers the previous entry's hash and its own
canonical JSON, so a forged, removed or reordered entry breaks the chain from there on.
:func:`append_audit` runs inside the caller's write transaction (the unit of work calls it).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.models import AuditEntry
from spbe_desktop.core.packs import canonical_json
from spbe_desktop.store.connection import Database
from spbe_desktop.store.repository import Repository
from spbe_desktop.store.tables import T_AUDIT

#: The "previous hash" of the first entry.
GENESIS = "0" * 64


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


def append_audit(db: Database, actor: str, action: str, entity: str, old: Any, new: Any) -> None:
    """Append one entry to the hash chain (the caller holds the write transaction)."""
    last = db.execute(f"SELECT seq, hash FROM {T_AUDIT} ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = now_iso()
    old_j = None if old is None else json.dumps(old, ensure_ascii=False, default=str)
    new_j = None if new is None else json.dumps(new, ensure_ascii=False, default=str)
    digest = audit_hash(prev, seq, at, actor, action, entity, old_j, new_j)
    db.conn.execute(
        f"INSERT INTO {T_AUDIT} (seq, at, actor, action, entity, old, new, prev_hash, hash) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        [seq, at, actor, action, entity, old_j, new_j, prev, digest],
    )


def chain_break(db: Database) -> tuple[int, int | None]:
    """Walk the chain in ``seq`` order: (entries read, seq of the first broken link or None).

    Reading stops at the first broken link, which is counted.
    """
    prev = GENESIS
    expected = 1
    count = 0
    for seq, at, actor, action, entity, old, new, prev_hash, digest in db.execute(
        f"SELECT seq, at, actor, action, entity, old, new, prev_hash, hash FROM {T_AUDIT} "
        "ORDER BY seq"
    ):
        count += 1
        ok = (
            seq == expected
            and prev_hash == prev
            and digest == audit_hash(prev, seq, at, actor, action, entity, old, new)
        )
        if not ok:
            return count, seq
        prev = digest
        expected += 1
    return count, None


class AuditRepository(Repository):
    """Reading the audit log: filtered entries, the chain's head, and its check."""

    def audit_entries(
        self, *, action_prefix: str = "", entity_prefix: str = "", limit: int = 10_000
    ) -> list[AuditEntry]:
        with self.reading():
            cur = self.db.execute(
                f"SELECT * FROM {T_AUDIT} WHERE action LIKE ? AND entity LIKE ? "
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
                f"SELECT seq, hash FROM {T_AUDIT} ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

    def audit_chain_break(self) -> tuple[int, int | None]:
        """Walk the whole chain: (entries read, seq of the first broken link or None)."""
        with self.reading():
            return chain_break(self.db)
