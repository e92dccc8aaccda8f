"""The coordinator's register of OPDs (names, pinned keys, trust) and the keys it revoked.

Owns the ``opds`` and ``revoked_keys`` tables. Row 0 of ``opds`` is the workspace itself, never
listed as an OPD; a revoked key stays in ``revoked_keys`` after its OPD pinned a new one.
"""

from __future__ import annotations

import json
from typing import Any

from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.models import OpdRecord, RevokedKey
from spbe_desktop.store.repository import Repository, nfc
from spbe_desktop.store.tables import T_OPDS, T_REVOKED


class OpdRepository(Repository):
    """OPDs a coordinator knows, looked up by name or key, and revoked keys."""

    def opds(self) -> list[OpdRecord]:
        with self.reading():
            cur = self.db.execute(
                "SELECT id, name, contact, key_id, public_key, fingerprint, trusted_at, revoked_at,"
                f" assigned FROM {T_OPDS} WHERE id != 0 ORDER BY name"
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

    # ------------------------------------------------------------------ revoked keys
    def revoked_key(self, key_id: str) -> RevokedKey | None:
        """The revocation of a key, kept even after its OPD pinned another key."""
        with self.reading():
            row = self.db.execute(
                f"SELECT key_id, fingerprint, opd_name, revoked_at FROM {T_REVOKED} "
                "WHERE key_id = ?",
                [key_id],
            ).fetchone()
        return RevokedKey(*row) if row else None

    def revoked_keys(self) -> list[RevokedKey]:
        """Every key the coordinator revoked, its OPD's current key or not."""
        with self.reading():
            rows = self.db.execute(
                f"SELECT key_id, fingerprint, opd_name, revoked_at FROM {T_REVOKED}"
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
        self.db.execute(f"DELETE FROM {T_REVOKED} WHERE key_id = ?", [key_id])
