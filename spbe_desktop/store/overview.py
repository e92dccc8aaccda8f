"""The coordinator dashboard's aggregates over answers, documents, the ledger and parts.

Reads only; a handful of grouped queries whatever the size of the round.
"""

from __future__ import annotations

from dataclasses import dataclass

from spbe_desktop.store.repository import Repository
from spbe_desktop.store.tables import T_ANSWERS, T_DOCS, T_LEDGER, T_LINKS, T_PARTS


@dataclass(frozen=True, slots=True)
class RoundOverview:
    """Raw aggregates behind the coordinator's dashboard (see ``services.coordinator``)."""

    answers: list[tuple[int, str, int | None, str, str | None]]  # opd, indicator, level, ...
    documents_per_cell: dict[tuple[int, str], int]
    documents_per_opd: dict[int, int]
    last_bundle: dict[int, tuple[str, int]]  # opd -> (at, sequence)
    pending_bundles: int


class OverviewRepository(Repository):
    """Read-only aggregates across the round (a coordinator workspace)."""

    def round_overview(self) -> RoundOverview:
        """The coordinator dashboard's aggregates, in five queries whatever the round's size."""
        with self.reading():
            db = self.db
            answers = db.execute(
                "SELECT opd_id, indicator_id, level, status, verdict "
                f"FROM {T_ANSWERS} WHERE opd_id != 0"
            ).fetchall()
            doc_counts = db.execute(
                f"SELECT d.opd_id, l.indicator_id, count(*) FROM {T_DOCS} d "
                f"JOIN {T_LINKS} l ON l.document_id = d.id WHERE d.opd_id != 0 "
                "GROUP BY d.opd_id, l.indicator_id"
            ).fetchall()
            per_opd = db.execute(f"SELECT opd_id, count(*) FROM {T_DOCS} GROUP BY opd_id")
            last = db.execute(
                f"SELECT opd_id, max(at), max(sequence) FROM {T_LEDGER} GROUP BY opd_id"
            ).fetchall()
            pending = db.execute(f"SELECT count(DISTINCT bundle_uuid) FROM {T_PARTS}").fetchone()[0]
            return RoundOverview(
                answers=[(r[0], r[1], r[2], r[3], r[4]) for r in answers],
                documents_per_cell={(r[0], r[1]): r[2] for r in doc_counts},
                documents_per_opd=dict(per_opd.fetchall()),
                last_bundle={r[0]: (r[1], r[2]) for r in last},
                pending_bundles=int(pending),
            )
