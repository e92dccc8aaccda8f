"""Answers to the pack's indicators, per OPD, and the coordinator's verdicts on them.

Owns the ``answers`` table. Row ``opd_id = 0`` (``SELF_OPD``) is the workspace's own answer
set; a coordinator's other rows are its OPDs' answers as imported.
"""

from __future__ import annotations

from typing import Any

from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.models import SELF_OPD, Answer
from spbe_desktop.store.repository import Repository, nfc
from spbe_desktop.store.tables import T_ANSWERS

#: "Leave this field as it is" in :meth:`AnswerRepository.set_answer` (None is a real level).
_UNSET: Any = object()


class AnswerRepository(Repository):
    """Levels, justifications and statuses per (OPD, indicator), and verdicts on them."""

    def answers(self, opd_id: int = SELF_OPD) -> dict[str, Answer]:
        with self.reading():
            rows = self.db.execute(
                f"SELECT * FROM {T_ANSWERS} WHERE opd_id = ? ORDER BY indicator_id", [opd_id]
            )
            cols = [c[0] for c in rows.description]
            return {r[1]: Answer(**dict(zip(cols, r, strict=True))) for r in rows.fetchall()}

    def all_answers(self) -> list[Answer]:
        with self.reading():
            cur = self.db.execute(f"SELECT * FROM {T_ANSWERS} ORDER BY opd_id, indicator_id")
            cols = [c[0] for c in cur.description]
            return [Answer(**dict(zip(cols, r, strict=True))) for r in cur.fetchall()]

    def answers_for_indicator(self, indicator_id: str) -> dict[int, Answer]:
        """Every OPD's answer (not the workspace's own) for one indicator, by OPD id."""
        with self.reading():
            cur = self.db.execute(
                f"SELECT * FROM {T_ANSWERS} WHERE indicator_id = ? AND opd_id != 0",
                [indicator_id],
            )
            cols = [c[0] for c in cur.description]
            return {r[0]: Answer(**dict(zip(cols, r, strict=True))) for r in cur.fetchall()}

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
            self.db.upsert(T_ANSWERS, row, pk=("opd_id", "indicator_id"))
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
                f"UPDATE {T_ANSWERS} SET verdict = ?, verdict_comment = ? "
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
