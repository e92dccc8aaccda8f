"""What the exchange of bundles remembers: the ledger, split parts, receipts, and settings.

Owns the ``ledger``, ``parts``, ``receipts`` and ``settings`` tables. The ledger and the parts
are keyed per (OPD, bundle UUID), so one OPD can never block another's bundle by reusing its
UUID. Settings are small JSON values (the export's pending list among them).
"""

from __future__ import annotations

import json
from typing import Any

from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.models import LedgerEntry
from spbe_desktop.store.repository import Repository
from spbe_desktop.store.tables import T_BLOBS, T_DOCS, T_LEDGER, T_PARTS, T_RECEIPTS, T_SETTINGS

#: One stored part of a split bundle: (part number, part count, blob sha256, file name).
Part = tuple[int, int, str, str]


class ExchangeRepository(Repository):
    """Bundles accepted or exported, parts waiting for the rest, receipts, and settings."""

    # ------------------------------------------------------------------ settings
    def setting(self, key: str, default: Any = None) -> Any:
        with self.reading():
            row = self.db.execute(f"SELECT value FROM {T_SETTINGS} WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.db.table(T_SETTINGS).upsert({"key": key, "value": json.dumps(value)}, pk="key")

    # ------------------------------------------------------------------ ledger
    def ledger(self, opd_id: int | None = None) -> list[LedgerEntry]:
        with self.reading():
            sql = f"SELECT * FROM {T_LEDGER}" + (" WHERE opd_id = ?" if opd_id is not None else "")
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

    # ------------------------------------------------------------------ parts
    def parts(self, opd_id: int, bundle_uuid: str) -> list[Part]:
        """Stored parts of one OPD's split bundle: (part, count, blob sha256, file name).

        Includes parts stored before parts knew their OPD (``opd_id`` NULL); the importer
        re-verifies every part against the OPD's key before applying any.
        """
        with self.reading():
            return [
                (r[0], r[1], r[2], r[3])
                for r in self.db.execute(
                    f"SELECT part, count, blob_sha256, file_name FROM {T_PARTS} "
                    "WHERE bundle_uuid = ? AND (opd_id = ? OR opd_id IS NULL) ORDER BY part",
                    [bundle_uuid, opd_id],
                )
            ]

    def pending_parts(self) -> dict[tuple[int | None, str], list[Part]]:
        """Split bundles still waiting for parts, per (OPD, bundle UUID)."""
        with self.reading():
            rows = self.db.execute(
                f"SELECT opd_id, bundle_uuid, part, count, blob_sha256, file_name FROM {T_PARTS} "
                "ORDER BY opd_id, bundle_uuid, part"
            ).fetchall()
        out: dict[tuple[int | None, str], list[Part]] = {}
        for opd_id, bundle_uuid, part, count, sha, name in rows:
            out.setdefault((opd_id, bundle_uuid), []).append((part, count, sha, name))
        return out

    def add_part(
        self, opd_id: int, bundle_uuid: str, part: int, count: int, sha256: str, file_name: str
    ) -> None:
        """Inside a write transaction: remember one verified part of an OPD's split bundle."""
        self.db.conn.execute(
            f"DELETE FROM {T_PARTS} WHERE opd_id = ? AND bundle_uuid = ? AND part = ?",
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
            f"DELETE FROM {T_PARTS} WHERE bundle_uuid = ? AND (opd_id = ? OR opd_id IS NULL)",
            [bundle_uuid, opd_id],
        )
        for sha in shas:
            if self.db.execute(f"SELECT 1 FROM {T_PARTS} WHERE blob_sha256 = ?", [sha]).fetchone():
                continue
            if not self.db.execute(f"SELECT 1 FROM {T_DOCS} WHERE sha256 = ?", [sha]).fetchone():
                self.db.conn.execute(f"DELETE FROM {T_BLOBS} WHERE sha256 = ?", [sha])

    # ------------------------------------------------------------------ receipts
    def receipts(self) -> list[dict[str, Any]]:
        with self.reading():
            cur = self.db.execute(f"SELECT * FROM {T_RECEIPTS} ORDER BY sequence")
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
