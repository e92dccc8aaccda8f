"""Documents (records over stored blobs), their links to indicators, and full-text search.

A document's item links (``item_links``) belong to the ``items`` repository; they are read here
with the document and dropped here with it or with the indicator link they hang on.

Owns the ``documents``, ``links`` and ``documents_fts`` tables, and keeps the FTS rows in step
with the documents they index. Reads the blobs it describes; the bytes are ``blobs``' business.

The index holds text in ``core.text.searchable`` form (NFKC: "Soﬁﬁ" from a PDF is indexed as
"Sofifi") and queries are put in the same form. A workspace indexed before that is re-indexed
once, by the first search (not by a migration: that would first copy the whole workspace, its
stored documents included, as its backup).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.models import SELF_OPD, DocumentRecord
from spbe_desktop.core.text import searchable
from spbe_desktop.errors import StoreError
from spbe_desktop.store.repository import Repository, nfc
from spbe_desktop.store.tables import T_BLOBS, T_DOCS, T_FTS, T_ITEM_LINKS, T_LINKS, T_PARTS

#: The fields a person (or an import's newer metadata) may change on a stored document.
_EDITABLE = frozenset({"title", "kind", "number", "issued", "valid_until", "issuer"})

#: The setting that says every row of the search index is in ``searchable`` form.
_INDEX_FORM_KEY = "search_index_form"
_INDEX_FORM = "nfkc"
#: Rows re-indexed per statement batch (their text can be long: memory stays bounded).
_REINDEX_BATCH = 200

_DOC_SELECT = (
    "SELECT d.id, d.opd_id, d.sha256, d.file_name, d.title, d.kind, d.number, d.issued, "
    "d.valid_until, d.issuer, d.added_by, d.added_at, b.size, b.mime, b.page_count, "
    f"b.has_text_layer, b.warnings FROM {T_DOCS} d JOIN {T_BLOBS} b ON b.sha256 = d.sha256"
)


class DocumentRepository(Repository):
    """Evidence documents per OPD: add, describe, link to indicators, remove, search."""

    if TYPE_CHECKING:  # ItemRepository's, in the same store

        def prune_item_links(self, doc_id: int) -> None: ...

        def setting(self, key: str, default: Any = None) -> Any: ...

        def set_setting(self, key: str, value: Any) -> None: ...

    def _docs(self, where: str = "", params: Iterable[Any] = ()) -> list[DocumentRecord]:
        with self.reading():
            rows = self.db.execute(f"{_DOC_SELECT} {where}", list(params)).fetchall()
            ids = [r[0] for r in rows]
            links: dict[int, list[tuple[str, int | None]]] = {}
            items: dict[int, list[str]] = {}
            if ids:
                for i in range(0, len(ids), 500):
                    batch = ids[i : i + 500]
                    marks = ",".join("?" * len(batch))
                    for doc_id, ind, lvl in self.db.execute(
                        f"SELECT document_id, indicator_id, level FROM {T_LINKS} "
                        f"WHERE document_id IN ({marks}) ORDER BY indicator_id",
                        batch,
                    ):
                        links.setdefault(doc_id, []).append((ind, lvl))
                    for doc_id, code in self.db.execute(
                        f"SELECT document_id, item_code FROM {T_ITEM_LINKS} "
                        f"WHERE document_id IN ({marks}) ORDER BY item_code",
                        batch,
                    ):
                        items.setdefault(doc_id, []).append(code)
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
                items=tuple(items.get(r[0], ())),
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
        where = f"WHERE d.id IN (SELECT document_id FROM {T_LINKS} WHERE indicator_id = ?)"
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
            f"SELECT id FROM {T_DOCS} WHERE opd_id = ? AND sha256 = ?", [opd_id, sha256]
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
            f"INSERT INTO {T_DOCS} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        doc_id = int(cur.lastrowid or 0)
        text = self.db.execute(f"SELECT text FROM {T_BLOBS} WHERE sha256 = ?", [sha256]).fetchone()[
            0
        ]
        self.db.conn.execute(
            f"INSERT INTO {T_FTS} (rowid, title, number, file_name, text) VALUES (?,?,?,?,?)",
            [
                doc_id,
                searchable(nfc(title)),
                searchable(nfc(number)),
                searchable(nfc(file_name)),
                searchable(text or ""),
            ],
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
        if set(fields) - _EDITABLE:
            raise ValueError(f"cannot change {set(fields) - _EDITABLE}")
        old = self.document(doc_id)
        with self.transaction():
            self.db.table(T_DOCS).update(doc_id, fields)
            d = self.document(doc_id)
            self.db.conn.execute(
                f"UPDATE {T_FTS} SET title = ?, number = ? WHERE rowid = ?",
                [searchable(d.title), searchable(d.number), doc_id],
            )
            self._audit(
                actor,
                "document.update",
                f"document:{doc_id}",
                {k: getattr(old, k) for k in fields},
                fields,
            )
        return self.document(doc_id)

    def set_document_metadata(self, doc_id: int, fields: dict[str, Any]) -> None:
        """Overwrite a document's descriptive fields (an import's newer metadata); the caller's
        transaction carries the audit entry."""
        if set(fields) - _EDITABLE:
            raise ValueError(f"cannot change {set(fields) - _EDITABLE}")
        with self.transaction():
            self.db.table(T_DOCS).update(doc_id, fields)
            title, number = fields.get("title"), fields.get("number")
            self.db.conn.execute(
                f"UPDATE {T_FTS} SET title = coalesce(?, title), number = coalesce(?, number)"
                " WHERE rowid = ?",
                [
                    None if title is None else searchable(str(title)),
                    None if number is None else searchable(str(number)),
                    doc_id,
                ],
            )

    def remove_document(self, doc_id: int, actor: str) -> None:
        """Remove a document record; its content goes too when nothing else refers to it."""
        old = self.document(doc_id)
        with self.transaction():
            self.db.conn.execute(f"DELETE FROM {T_ITEM_LINKS} WHERE document_id = ?", [doc_id])
            self.db.conn.execute(f"DELETE FROM {T_LINKS} WHERE document_id = ?", [doc_id])
            self.db.conn.execute(f"DELETE FROM {T_DOCS} WHERE id = ?", [doc_id])
            self.db.conn.execute(f"DELETE FROM {T_FTS} WHERE rowid = ?", [doc_id])
            in_use = self.db.execute(
                f"SELECT 1 FROM {T_DOCS} WHERE sha256 = ? UNION ALL "
                f"SELECT 1 FROM {T_PARTS} WHERE blob_sha256 = ?",
                [old.sha256, old.sha256],
            ).fetchone()
            if not in_use:
                self.db.conn.execute(f"DELETE FROM {T_BLOBS} WHERE sha256 = ?", [old.sha256])
            self._audit(
                actor,
                "document.remove",
                f"document:{doc_id}",
                {"title": old.title, "sha256": old.sha256},
                None,
            )

    # ------------------------------------------------------------------ links
    def link(self, doc_id: int, indicator_id: str, level: int | None, actor: str) -> None:
        """Link a document to an indicator (inside or outside a transaction)."""
        self.pack().indicator(indicator_id)

        def _do() -> None:
            self.db.conn.execute(
                f"INSERT INTO {T_LINKS} (document_id, indicator_id, level) VALUES (?, ?, ?) "
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
                f"DELETE FROM {T_LINKS} WHERE document_id = ? AND indicator_id = ?",
                [doc_id, indicator_id],
            )
            self.prune_item_links(doc_id)
            self._audit(
                actor, "link.remove", f"document:{doc_id}", {"indicator": indicator_id}, None
            )

    def replace_links(
        self, doc_id: int, links: Iterable[tuple[str, int | None]], actor: str
    ) -> None:
        """Make a document's links exactly ``links`` (indicator id, level)."""
        with self.transaction():
            self.db.conn.execute(f"DELETE FROM {T_LINKS} WHERE document_id = ?", [doc_id])
            for indicator_id, level in links:
                self.link(doc_id, indicator_id, level, actor)
            self.prune_item_links(doc_id)

    # ------------------------------------------------------------------ search
    def search(
        self,
        query: str,
        *,
        opd_id: int | None = None,
        indicator_id: str | None = None,
        kind: str | None = None,
        limit: int = 200,
    ) -> list[DocumentRecord]:
        """Full-text search over title, number, file name and extracted text (FTS5); the query
        and the index are both in ``searchable`` form, so "sofifi" finds a PDF's "Soﬁﬁ"."""
        self._make_index_searchable()
        query = searchable(query)
        terms = [t for t in "".join(c if c.isalnum() else " " for c in query).split() if t]
        if not terms:
            return []
        match = " ".join(f'"{t}"*' for t in terms)
        where = f"WHERE d.id IN (SELECT rowid FROM {T_FTS} WHERE {T_FTS} MATCH ?)"
        params: list[Any] = [match]
        if opd_id is not None:
            where += " AND d.opd_id = ?"
            params.append(opd_id)
        if kind:
            where += " AND d.kind = ?"
            params.append(kind)
        if indicator_id:
            where += f" AND d.id IN (SELECT document_id FROM {T_LINKS} WHERE indicator_id = ?)"
            params.append(indicator_id)
        return self._docs(f"{where} ORDER BY d.id LIMIT {int(limit)}", params)

    def _make_index_searchable(self) -> None:
        """Re-index the rows written before the index was kept in ``searchable`` form (once per
        workspace; a row already in that form is not written again)."""
        if self.setting(_INDEX_FORM_KEY) == _INDEX_FORM:
            return
        with self.transaction():
            ids = [r[0] for r in self.db.execute(f"SELECT rowid FROM {T_FTS}").fetchall()]
            for i in range(0, len(ids), _REINDEX_BATCH):
                batch = ids[i : i + _REINDEX_BATCH]
                marks = ",".join("?" * len(batch))
                rows = self.db.execute(
                    f"SELECT rowid, title, number, file_name, text FROM {T_FTS} "
                    f"WHERE rowid IN ({marks})",
                    batch,
                ).fetchall()
                for rowid, *values in rows:
                    now = [searchable(v or "") for v in values]
                    if now != [v or "" for v in values]:
                        self.db.conn.execute(
                            f"UPDATE {T_FTS} SET title = ?, number = ?, file_name = ?, text = ? "
                            "WHERE rowid = ?",
                            [*now, rowid],
                        )
            self.set_setting(_INDEX_FORM_KEY, _INDEX_FORM)

    def text_digests_for_indicator(self, indicator_id: str) -> dict[str, str | None]:
        """sha256 -> text digest of the documents linked to one indicator."""
        with self.reading():
            return dict(
                self.db.execute(
                    f"SELECT b.sha256, b.text_digest FROM {T_BLOBS} b WHERE b.sha256 IN "
                    f"(SELECT d.sha256 FROM {T_DOCS} d JOIN {T_LINKS} l ON l.document_id = d.id "
                    "WHERE l.indicator_id = ?)",
                    [indicator_id],
                ).fetchall()
            )
