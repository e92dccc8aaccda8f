"""Evidence items in the workspace: document links per item, notes and verdicts, external
index scores, the external assessors' results, and the marks on documents carried over from the
previous period.

Owns the ``item_links``, ``item_states``, ``external_scores`` and ``assessor_results`` tables
(migration m0006) and ``carried_documents`` (m0007). The items themselves are data of the pack
the workspace stores. A document linked to an item is also linked to the item's indicator at the
item's level (``links``), so every view that knows documents per indicator keeps working.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.items import AssessorResult, ExternalScore, ItemState
from spbe_desktop.core.models import CarriedMark
from spbe_desktop.errors import StoreError
from spbe_desktop.store.repository import Repository, nfc
from spbe_desktop.store.tables import (
    T_CARRIED,
    T_DOCS,
    T_EXTERNAL,
    T_ITEM_LINKS,
    T_ITEM_STATES,
    T_LINKS,
    T_RESULTS,
)

_STATE_COLUMNS = (
    "opd_id, item_code, note, verdict, reason, verdict_note, verdict_by, verdict_at, "
    "updated_by, updated_at"
)


class ItemRepository(Repository):
    """Links, notes and verdicts per evidence item; national index scores; assessor results."""

    if TYPE_CHECKING:  # DocumentRepository's, in the same store

        def link(self, doc_id: int, indicator_id: str, level: int | None, actor: str) -> None: ...

    # ------------------------------------------------------------------ links
    def item_links(self, opd_id: int | None = None) -> dict[str, list[int]]:
        """Item code -> ids of the documents linked to it (of one unit, or of all)."""
        sql = f"SELECT l.item_code, l.document_id FROM {T_ITEM_LINKS} l"
        params: list[Any] = []
        if opd_id is not None:
            sql += f" JOIN {T_DOCS} d ON d.id = l.document_id WHERE d.opd_id = ?"
            params.append(opd_id)
        out: dict[str, list[int]] = {}
        with self.reading():
            for code, doc_id in self.db.execute(sql + " ORDER BY l.document_id", params):
                out.setdefault(code, []).append(doc_id)
        return out

    def item_links_since_verdict(self, opd_id: int | None = None) -> set[tuple[str, int]]:
        """(item code, document id) of links made after the unit's last verdict on the item."""
        sql = f"SELECT l.item_code, l.document_id FROM {T_ITEM_LINKS} l"
        params: list[Any] = []
        if opd_id is not None:
            sql += f" JOIN {T_DOCS} d ON d.id = l.document_id WHERE d.opd_id = ? AND"
            params.append(opd_id)
        else:
            sql += " WHERE"
        with self.reading():
            return {(r[0], r[1]) for r in self.db.execute(sql + " l.since_verdict = 1", params)}

    def link_item(self, doc_id: int, code: str, actor: str) -> None:
        """Link a document to an item and to the item's indicator (inside or outside a
        transaction); linking twice changes nothing."""
        item = self.pack().item(code)
        with self.transaction():
            self.link(doc_id, item.indicator_id, item.level, actor)
            cur = self.db.conn.execute(
                f"INSERT OR IGNORE INTO {T_ITEM_LINKS} (document_id, item_code) VALUES (?, ?)",
                [doc_id, item.code],
            )
            if cur.rowcount:
                self._audit(actor, "item.link", f"document:{doc_id}", None, {"item": item.code})

    def unlink_item(self, doc_id: int, code: str, actor: str) -> None:
        """Take a document off an item (its indicator link stays)."""
        key = code.strip().upper()
        with self.transaction():
            cur = self.db.conn.execute(
                f"DELETE FROM {T_ITEM_LINKS} WHERE document_id = ? AND item_code = ?",
                [doc_id, key],
            )
            if cur.rowcount:
                self._audit(actor, "item.unlink", f"document:{doc_id}", {"item": key}, None)

    def prune_item_links(self, doc_id: int) -> None:
        """Drop a document's item links whose indicator it is no longer linked to (inside the
        caller's transaction)."""
        linked = {
            r[0]
            for r in self.db.execute(
                f"SELECT indicator_id FROM {T_LINKS} WHERE document_id = ?", [doc_id]
            )
        }
        items = self.pack().item_map
        for (code,) in self.db.execute(
            f"SELECT item_code FROM {T_ITEM_LINKS} WHERE document_id = ?", [doc_id]
        ).fetchall():
            item = items.get(code)
            if item is None or item.indicator_id not in linked:
                self.db.conn.execute(
                    f"DELETE FROM {T_ITEM_LINKS} WHERE document_id = ? AND item_code = ?",
                    [doc_id, code],
                )

    # ------------------------------------------------------------------ notes and verdicts
    def item_states(self, opd_id: int | None = None) -> list[ItemState]:
        """Every recorded note and verdict (of one unit, or of all), by unit and code."""
        sql = f"SELECT {_STATE_COLUMNS} FROM {T_ITEM_STATES}"
        params: list[Any] = []
        if opd_id is not None:
            sql += " WHERE opd_id = ?"
            params.append(opd_id)
        with self.reading():
            rows = self.db.execute(sql + " ORDER BY opd_id, item_code", params).fetchall()
        return [ItemState(*r) for r in rows]

    def item_state(self, opd_id: int, code: str) -> ItemState:
        """The state of one item for one unit (an empty one when nothing was recorded)."""
        with self.reading():
            row = self.db.execute(
                f"SELECT {_STATE_COLUMNS} FROM {T_ITEM_STATES} WHERE opd_id = ? AND item_code = ?",
                [opd_id, code],
            ).fetchone()
        return ItemState(*row) if row else ItemState(opd_id, code)

    def _put_state(
        self, state: ItemState, actor: str, action: str, changed: dict[str, Any]
    ) -> None:
        old = self.item_state(state.opd_id, state.item_code)
        row = {
            "opd_id": state.opd_id,
            "item_code": state.item_code,
            "note": state.note,
            "verdict": state.verdict,
            "reason": state.reason,
            "verdict_note": state.verdict_note,
            "verdict_by": state.verdict_by,
            "verdict_at": state.verdict_at,
            "updated_by": actor,
            "updated_at": now_iso(),
        }
        self.db.table(T_ITEM_STATES).upsert(row, pk=("opd_id", "item_code"))
        self._audit(
            actor,
            action,
            f"item:{state.opd_id}:{state.item_code}",
            {k: getattr(old, k) for k in changed},
            changed,
        )

    def set_item_note(self, opd_id: int, code: str, note: str, actor: str) -> ItemState:
        """Record the note that goes with the item on the portal (unchanged: no entry)."""
        item = self.pack().item(code)
        note = nfc(note)
        with self.transaction():
            old = self.item_state(opd_id, item.code)
            if old.note == note:
                return old
            new = replace(old, note=note)
            self._put_state(new, actor, "item.note", {"note": note})
        return self.item_state(opd_id, item.code)

    def set_item_verdict(
        self,
        opd_id: int,
        code: str,
        verdict: str | None,
        actor: str,
        *,
        reason: str | None = None,
        note: str = "",
        by: str = "",
        at: str | None = None,
    ) -> ItemState:
        """Record (or with ``verdict=None`` clear) the verdict on one unit's item.

        ``by``/``at`` keep who judged and when when a verdict arrives in a receipt.
        """
        item = self.pack().item(code)
        with self.transaction():
            old = self.item_state(opd_id, item.code)
            new = replace(
                old,
                verdict=verdict,
                reason=reason if verdict == "revision" else None,
                verdict_note=nfc(note) if verdict else "",
                verdict_by=(by or actor) if verdict else "",
                verdict_at=(at or now_iso()) if verdict else None,
            )
            if (old.verdict, old.reason, old.verdict_note) == (
                new.verdict,
                new.reason,
                new.verdict_note,
            ):
                return old
            # The unit's documents on the item are judged now (or waiting again, when cleared).
            self.db.conn.execute(
                f"UPDATE {T_ITEM_LINKS} SET since_verdict = ? WHERE item_code = ? AND "
                f"document_id IN (SELECT id FROM {T_DOCS} WHERE opd_id = ?)",
                [0 if new.verdict else 1, item.code, opd_id],
            )
            self._put_state(
                new,
                actor,
                "item.verdict",
                {"verdict": new.verdict, "reason": new.reason, "verdict_note": new.verdict_note},
            )
        return self.item_state(opd_id, item.code)

    # ------------------------------------------------------------------ external scores
    def external_scores(self) -> dict[str, ExternalScore]:
        with self.reading():
            rows = self.db.execute(
                f"SELECT indicator_id, score, value, source, measured_on, recorded_by, "
                f"recorded_at FROM {T_EXTERNAL} ORDER BY indicator_id"
            ).fetchall()
        return {
            r[0]: ExternalScore(
                r[0],
                None if r[1] is None else Decimal(r[1]),
                Decimal(r[2]),
                r[3],
                r[4],
                r[5],
                r[6],
            )
            for r in rows
        }

    def set_external_score(
        self,
        indicator_id: str,
        *,
        score: Decimal | None,
        value: Decimal,
        source: str,
        measured_on: str | None,
        actor: str,
    ) -> ExternalScore:
        """Record a national index score (or the value alone) for an external indicator."""
        ind = self.pack().indicator(indicator_id)
        with self.transaction():
            old = self.external_scores().get(ind.id)
            row = {
                "indicator_id": ind.id,
                "score": None if score is None else str(score),
                "value": str(value),
                "source": nfc(source),
                "measured_on": measured_on,
                "recorded_by": actor,
                "recorded_at": now_iso(),
            }
            self.db.table(T_EXTERNAL).upsert(row, pk="indicator_id")
            self._audit(
                actor,
                "external.set",
                f"indicator:{ind.id}",
                None if old is None else {"score": _text(old.score), "value": str(old.value)},
                {"score": row["score"], "value": row["value"], "source": row["source"]},
            )
        return self.external_scores()[ind.id]

    # ------------------------------------------------------------------ assessor results
    def assessor_results(self) -> list[AssessorResult]:
        """Every recorded result, oldest first (the last per indicator is the current one)."""
        with self.reading():
            rows = self.db.execute(
                f"SELECT id, indicator_id, stage, value, note, recorded_by, recorded_at "
                f"FROM {T_RESULTS} ORDER BY id"
            ).fetchall()
        return [AssessorResult(r[0], r[1], r[2], Decimal(r[3]), r[4], r[5], r[6]) for r in rows]

    def add_assessor_result(
        self, indicator_id: str, stage: str, value: Decimal, note: str, actor: str
    ) -> AssessorResult:
        ind = self.pack().indicator(indicator_id)
        with self.transaction():
            cur = self.db.conn.execute(
                f"INSERT INTO {T_RESULTS} (indicator_id, stage, value, note, recorded_by, "
                "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                [ind.id, stage, str(value), nfc(note), actor, now_iso()],
            )
            self._audit(
                actor,
                "result.add",
                f"indicator:{ind.id}",
                None,
                {"stage": stage, "value": str(value), "note": note},
            )
            new_id = int(cur.lastrowid or 0)
        return next(r for r in self.assessor_results() if r.id == new_id)

    def remove_assessor_result(self, result_id: int, actor: str) -> AssessorResult:
        """Delete one recorded result (entered by mistake); the audit entry keeps what it was."""
        old = next((r for r in self.assessor_results() if r.id == result_id), None)
        if old is None:
            raise StoreError("store.no_result", ref=str(result_id))
        with self.transaction():
            self.db.conn.execute(f"DELETE FROM {T_RESULTS} WHERE id = ?", [result_id])
            self._audit(
                actor,
                "result.remove",
                f"indicator:{old.indicator_id}",
                {"stage": old.stage, "value": str(old.value), "note": old.note},
                None,
            )
        return old

    # ------------------------------------------------------------------ carried documents
    def mark_carried(
        self, doc_id: int, from_period: str, from_framework: str, how: str, actor: str
    ) -> None:
        """Mark a document as taken over from the previous period (inside or outside a
        transaction): "dari periode lalu — periksa" until someone checks it."""
        with self.transaction():
            self.db.conn.execute(
                f"INSERT INTO {T_CARRIED} (document_id, from_period, from_framework, how) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (document_id) DO UPDATE SET "
                "from_period = excluded.from_period, from_framework = excluded.from_framework, "
                "how = excluded.how, checked_by = '', checked_at = NULL",
                [doc_id, from_period, from_framework, how],
            )
            self._audit(
                actor,
                "carried.mark",
                f"document:{doc_id}",
                None,
                {"from_period": from_period, "from_framework": from_framework, "how": how},
            )

    def carried_marks(self, opd_id: int | None = None) -> dict[int, CarriedMark]:
        """Document id -> its mark, for the documents carried over (of one unit, or of all)."""
        sql = (
            f"SELECT c.document_id, c.from_period, c.from_framework, c.how, c.checked_by, "
            f"c.checked_at FROM {T_CARRIED} c"
        )
        params: list[Any] = []
        if opd_id is not None:
            sql += f" JOIN {T_DOCS} d ON d.id = c.document_id WHERE d.opd_id = ?"
            params.append(opd_id)
        with self.reading():
            rows = self.db.execute(sql + " ORDER BY c.document_id", params).fetchall()
        return {r[0]: CarriedMark(*r) for r in rows}

    def check_carried(self, doc_id: int, actor: str) -> None:
        """Record that a person checked a carried document (its mark stays, as history)."""
        with self.transaction():
            cur = self.db.conn.execute(
                f"UPDATE {T_CARRIED} SET checked_by = ?, checked_at = ? "
                "WHERE document_id = ? AND checked_at IS NULL",
                [actor, now_iso(), doc_id],
            )
            if cur.rowcount:
                self._audit(actor, "carried.check", f"document:{doc_id}", None, {"checked": True})


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
