"""The architecture inventory in the workspace: objects per unit, their relations, and the
reference codes a workspace added.

Owns the ``arch_objects``, ``arch_relations`` and ``arch_codes`` tables (migration m0008; the
codes' ``source`` since m0009: the workspace's own, or its coordinator's).
Every change is one transaction with its audit entry (nested in the caller's when there is one).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.models import SELF_OPD
from spbe_desktop.errors import StoreError
from spbe_desktop.store.repository import Repository, nfc
from spbe_desktop.store.tables import (
    T_ARCH_CODES,
    T_ARCH_OBJECTS,
    T_ARCH_RELATIONS,
    T_DOCS,
    T_OPDS,
)

if TYPE_CHECKING:
    from spbe_desktop.core.architecture import ArchObject, CodeEntry, Relation
    from spbe_desktop.core.models import Profile


def arch() -> Any:
    """``core.architecture``, imported on first use: its classes and code lists cost about
    17 ms to import, which every command opening a workspace would pay (``spbe status`` never
    reads the inventory)."""
    from spbe_desktop.core import architecture

    return architecture


_COLUMNS = (
    "o.id, o.uid, o.opd_id, p.name, o.domain, o.name, o.ref_code, o.fields, o.siap_status, "
    "o.siap_id, o.siap_date, o.siap_screenshot, d.title, d.sha256, o.siap_by, o.remark, "
    "o.remark_by, o.remark_at, o.updated_by, o.updated_at"
)
_FROM = (
    f"FROM {T_ARCH_OBJECTS} o JOIN {T_OPDS} p ON p.id = o.opd_id "
    f"LEFT JOIN {T_DOCS} d ON d.id = o.siap_screenshot"
)
#: What :meth:`ArchitectureRepository.update_arch_object` may change.
_CHANGEABLE = frozenset(
    {
        "name",
        "ref_code",
        "fields",
        "siap_status",
        "siap_id",
        "siap_date",
        "siap_screenshot",
        "siap_by",
        "remark",
        "remark_by",
        "remark_at",
    }
)


class ArchitectureRepository(Repository):
    """Objects of the architecture inventory, their relations, and local reference codes."""

    if TYPE_CHECKING:

        def profile(self) -> Profile: ...

    # ------------------------------------------------------------------ objects
    def arch_objects(
        self, opd_id: int | None = None, domain: str | None = None
    ) -> list[ArchObject]:
        """Objects of one unit (or of all), of one domain (or of all), by unit, domain, name."""
        where: list[str] = []
        params: list[Any] = []
        if opd_id is not None:
            where.append("o.opd_id = ?")
            params.append(opd_id)
        if domain is not None:
            where.append("o.domain = ?")
            params.append(domain)
        sql = f"SELECT {_COLUMNS} {_FROM}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY o.opd_id, o.domain, o.name COLLATE NOCASE, o.id"
        labels = self._arch_labels()
        with self.reading():
            return [self._arch_row(r, labels) for r in self.db.execute(sql, params).fetchall()]

    def arch_object(self, object_id: int) -> ArchObject:
        with self.reading():
            row = self.db.execute(
                f"SELECT {_COLUMNS} {_FROM} WHERE o.id = ?", [object_id]
            ).fetchone()
        if row is None:
            raise StoreError("store.no_arch_object", ref=str(object_id))
        return self._arch_row(row, self._arch_labels())

    def arch_object_by_uid(self, opd_id: int, uid: str) -> ArchObject | None:
        with self.reading():
            row = self.db.execute(
                f"SELECT {_COLUMNS} {_FROM} WHERE o.opd_id = ? AND o.uid = ?", [opd_id, uid]
            ).fetchone()
        return None if row is None else self._arch_row(row, self._arch_labels())

    def add_arch_object(
        self,
        actor: str,
        *,
        opd_id: int,
        domain: str,
        name: str,
        ref_code: str = "",
        fields: Mapping[str, str] | None = None,
        uid: str | None = None,
    ) -> int:
        """A new object of a unit; returns its id."""
        row = {
            "opd_id": opd_id,
            "uid": uid or str(uuid.uuid4()),
            "domain": domain,
            "name": nfc(name),
            "ref_code": ref_code,
            "fields": _fields_json(fields or {}),
            "updated_by": actor,
            "updated_at": now_iso(),
        }
        with self.transaction():
            cur = self.db.conn.execute(
                f"INSERT INTO {T_ARCH_OBJECTS} ({', '.join(row)}) "
                f"VALUES ({', '.join('?' for _ in row)})",
                list(row.values()),
            )
            object_id = int(cur.lastrowid or 0)
            self._audit(actor, "arch.add", f"arch:{object_id}", None, row)
        return object_id

    def update_arch_object(
        self, actor: str, object_id: int, *, action: str = "arch.update", **changes: Any
    ) -> None:
        """Change an object's name, code, fields (the whole set), SIAP status or remark
        (``action``: the audit entry's; a receipt's remarks are not the OPD's own change)."""
        bad = set(changes) - _CHANGEABLE
        if bad:
            raise ValueError(f"cannot change {sorted(bad)}")
        values = dict(changes)
        if "fields" in values:
            values["fields"] = _fields_json(values["fields"])
        if "name" in values:
            values["name"] = nfc(values["name"])
        with self.transaction():
            old = self.db.execute(
                f"SELECT {', '.join(values)} FROM {T_ARCH_OBJECTS} WHERE id = ?", [object_id]
            ).fetchone()
            if old is None:
                raise StoreError("store.no_arch_object", ref=str(object_id))
            before = dict(zip(values, old, strict=True))
            changed = {k: v for k, v in values.items() if before[k] != v}
            if not changed:
                return
            sets = ", ".join(f"{k} = ?" for k in changed)
            self.db.conn.execute(
                f"UPDATE {T_ARCH_OBJECTS} SET {sets}, updated_by = ?, updated_at = ? WHERE id = ?",
                [*changed.values(), actor, now_iso(), object_id],
            )
            self._audit(
                actor,
                action,
                f"arch:{object_id}",
                {k: before[k] for k in changed},
                changed,
            )

    def delete_arch_object(self, actor: str, object_id: int) -> None:
        """Remove an object and its relations."""
        with self.transaction():
            row = self.db.execute(
                f"SELECT uid, domain, name, opd_id FROM {T_ARCH_OBJECTS} WHERE id = ?", [object_id]
            ).fetchone()
            if row is None:
                raise StoreError("store.no_arch_object", ref=str(object_id))
            self.db.conn.execute(
                f"DELETE FROM {T_ARCH_RELATIONS} WHERE from_id = ? OR to_id = ?",
                [object_id, object_id],
            )
            self.db.conn.execute(f"DELETE FROM {T_ARCH_OBJECTS} WHERE id = ?", [object_id])
            self._audit(
                actor,
                "arch.delete",
                f"arch:{object_id}",
                {"uid": row[0], "domain": row[1], "name": row[2], "opd_id": row[3]},
                None,
            )

    def arch_screenshot_ids(self, opd_id: int | None = None) -> dict[int, list[int]]:
        """Document id -> the objects that show it as their SIAP Digital screenshot."""
        sql = f"SELECT siap_screenshot, id FROM {T_ARCH_OBJECTS} WHERE siap_screenshot IS NOT NULL"
        params: list[Any] = []
        if opd_id is not None:
            sql += " AND opd_id = ?"
            params.append(opd_id)
        out: dict[int, list[int]] = {}
        with self.reading():
            for doc_id, obj_id in self.db.execute(sql, params):
                out.setdefault(doc_id, []).append(obj_id)
        return out

    # ------------------------------------------------------------------ relations
    def arch_relations(self, opd_id: int | None = None) -> list[Relation]:
        """Every relation (of one unit's objects, or of all), by kind and names."""
        sql = (
            "SELECT r.kind, a.id, a.name, a.domain, b.id, b.name, b.domain "
            f"FROM {T_ARCH_RELATIONS} r JOIN {T_ARCH_OBJECTS} a ON a.id = r.from_id "
            f"JOIN {T_ARCH_OBJECTS} b ON b.id = r.to_id"
        )
        params: list[Any] = []
        if opd_id is not None:
            sql += " WHERE a.opd_id = ?"
            params.append(opd_id)
        sql += " ORDER BY r.kind, a.name COLLATE NOCASE, b.name COLLATE NOCASE"
        with self.reading():
            return [arch().Relation(*r) for r in self.db.execute(sql, params).fetchall()]

    def add_arch_relation(self, actor: str, kind: str, from_id: int, to_id: int) -> bool:
        """Link two objects; False when they were linked already."""
        with self.transaction():
            cur = self.db.conn.execute(
                f"INSERT OR IGNORE INTO {T_ARCH_RELATIONS} (kind, from_id, to_id) VALUES (?, ?, ?)",
                [kind, from_id, to_id],
            )
            if cur.rowcount:
                self._audit(
                    actor,
                    "arch.relate",
                    f"arch:{from_id}",
                    None,
                    {"kind": kind, "to": to_id},
                )
            return bool(cur.rowcount)

    def remove_arch_relation(self, actor: str, kind: str, from_id: int, to_id: int) -> bool:
        with self.transaction():
            cur = self.db.conn.execute(
                f"DELETE FROM {T_ARCH_RELATIONS} WHERE kind = ? AND from_id = ? AND to_id = ?",
                [kind, from_id, to_id],
            )
            if cur.rowcount:
                self._audit(
                    actor,
                    "arch.unrelate",
                    f"arch:{from_id}",
                    {"kind": kind, "to": to_id},
                    None,
                )
            return bool(cur.rowcount)

    # ------------------------------------------------------------------ local codes
    def arch_local_codes(self, source: str | None = None) -> list[CodeEntry]:
        """Codes this workspace holds beyond the shipped lists: its own (``source`` "lokal")
        and, in an OPD's workspace, its coordinator's ("koordinator"); both unless one is named.
        A code in both sets is listed once per set."""
        sql = f"SELECT list_id, code, name, source FROM {T_ARCH_CODES}"
        params: list[Any] = []
        if source is not None:
            sql += " WHERE source = ?"
            params.append(source)
        with self.reading():
            rows = self.db.execute(sql + " ORDER BY code, source", params).fetchall()
        return [arch().local_code(r[0], r[1], r[2], r[3]) for r in rows]

    def add_arch_code(self, actor: str, list_id: str, code: str, name: str) -> None:
        """One more code of the workspace's own."""
        with self.transaction():
            self.db.conn.execute(
                f"INSERT INTO {T_ARCH_CODES} (source, code, list_id, name, added_by, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [arch().SOURCE_LOCAL, code, list_id, nfc(name), actor, now_iso()],
            )
            self._audit(actor, "arch.code", f"code:{code}", None, {"name": name})

    def replace_coordinator_codes(
        self, actor: str, codes: Sequence[tuple[str, str, str]], added_by: str
    ) -> bool:
        """Make the coordinator's codes exactly these ``(list_id, code, name)`` (from a kit or
        a receipt; ``added_by``: the coordinator's unit); the workspace's own codes stay.
        One audit entry ``arch.codes`` with the set before and after; False (and no entry)
        when the set is already this one."""
        want = sorted({(c, lst, nfc(n)) for lst, c, n in codes})
        with self.transaction():
            have = [
                tuple(r)
                for r in self.db.execute(
                    f"SELECT code, list_id, name FROM {T_ARCH_CODES} WHERE source = ? "
                    "ORDER BY code",
                    [arch().SOURCE_COORDINATOR],
                ).fetchall()
            ]
            if have == want:
                return False
            self.db.conn.execute(
                f"DELETE FROM {T_ARCH_CODES} WHERE source = ?", [arch().SOURCE_COORDINATOR]
            )
            at = now_iso()
            self.db.conn.executemany(
                f"INSERT INTO {T_ARCH_CODES} (source, code, list_id, name, added_by, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(arch().SOURCE_COORDINATOR, c, lst, n, added_by, at) for c, lst, n in want],
            )
            self._audit(
                actor,
                "arch.codes",
                f"codes:{arch().SOURCE_COORDINATOR}",
                {c: n for c, _lst, n in have},
                {c: n for c, _lst, n in want},
            )
        return True

    # ------------------------------------------------------------------ helpers
    def _arch_labels(self) -> dict[str, str]:
        """Code -> ``kode – nama`` over the shipped lists and this workspace's codes."""
        shipped = [e for entries in arch().load_model().code_lists.values() for e in entries]
        return {e.code: e.label for e in arch().merge_codes([*shipped, *self.arch_local_codes()])}

    def _arch_row(self, r: Any, labels: Mapping[str, str]) -> ArchObject:
        opd_id = int(r[2])
        obj: ArchObject = arch().ArchObject(
            id=r[0],
            uid=r[1],
            opd_id=opd_id,
            opd_name=self.profile().unit if opd_id == SELF_OPD else r[3],
            domain=r[4],
            name=r[5],
            ref_code=r[6],
            ref_label=labels.get(r[6], r[6]),
            fields=json.loads(r[7]),
            siap=arch().SiapInfo(
                status=r[8],
                siap_id=r[9],
                input_date=r[10],
                screenshot_id=r[11],
                screenshot_title=r[12] or "",
                screenshot_sha256=r[13] or "",
                entered_by=r[14],
            ),
            remark=r[15],
            remark_by=r[16],
            remark_at=r[17],
            updated_by=r[18],
            updated_at=r[19],
        )
        return obj


def _fields_json(fields: Mapping[str, str]) -> str:
    """Fields as stored: text values, empty ones left out, keys sorted."""
    clean = {str(k): str(v) for k, v in fields.items() if v is not None and str(v) != ""}
    return json.dumps(clean, ensure_ascii=False, sort_keys=True)
