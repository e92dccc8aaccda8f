"""The exchange's wire format, typed: a bundle's ``workspace.json``, ``answers.json``,
``documents.json`` and ``items.json``, and a receipt's item verdicts.

Export builds a :class:`Manifest` from the workspace and writes it with :meth:`Manifest.files`;
import reads it back with the one validating :meth:`Manifest.from_json`, which refuses anything
this program would not write and cleans every text that a user will see. Nothing else reads or
writes these files, so a new field is added here, once, for both sides.

What a document *is* (its type, pages, text layer, warnings) travels for information only: the
importer re-detects it from the bytes. Fields the format has always carried keep their names, so
bundles written by earlier versions still import.

Format 2 (``common.BUNDLE_FORMAT``) adds evidence items: each document names the item codes it
is offered for (``"items"`` in ``documents.json``) and ``items.json`` carries the OPD's note
per item (the portal's note field). Both are complete in every bundle, full or delta. A
format 1 bundle has neither: its manifest says so (``item_notes`` is None) and the importer
leaves the OPD's item links and notes as they are. Item codes are checked against the pack.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from spbe_desktop.core.items import ItemVerdict, RevisionReason
from spbe_desktop.core.models import ANSWER_STATUSES, AnswerStatus
from spbe_desktop.core.packs import Item, Pack
from spbe_desktop.core.text import clean_name, clean_text
from spbe_desktop.services.exchange.common import (
    ANSWERS_JSON,
    BUNDLE_FORMAT,
    BUNDLE_FORMAT_1,
    DOCUMENTS_JSON,
    ITEMS_JSON,
    SHA256_HEX,
    WORKSPACE_JSON,
)


class ManifestError(ValueError):
    """A bundle's JSON is not what this program writes (the message names the field)."""


@dataclass(frozen=True, slots=True)
class BundleMeta:
    """``workspace.json``: who made the bundle, for which period and pack, and its place in the
    OPD's sequence. Informative on import: bag-info (which is signed the same way) is what the
    importer binds to the signer's OPD."""

    bundle_uuid: str
    sequence: int
    kind: str  # "full" | "delta"
    base_receipt: str
    workspace_uuid: str
    instansi: str
    unit: str
    officer: str
    period: str
    pack_id: str
    pack_version: str
    pack_hash: str
    audit_seq: int
    audit_hash: str
    created: str

    def to_json(self, part: int, parts: int) -> dict[str, Any]:
        return {
            "format": BUNDLE_FORMAT,
            "bundle_uuid": self.bundle_uuid,
            "sequence": self.sequence,
            "kind": self.kind,
            "base_receipt": self.base_receipt,
            "workspace_uuid": self.workspace_uuid,
            "instansi": self.instansi,
            "unit": self.unit,
            "officer": self.officer,
            "period": self.period,
            "pack": {"id": self.pack_id, "version": self.pack_version, "hash": self.pack_hash},
            "audit_head": {"seq": self.audit_seq, "hash": self.audit_hash},
            "created": self.created,
            "part": part,
            "parts": parts,
        }


@dataclass(frozen=True, slots=True)
class AnswerEntry:
    """One indicator's answer as the OPD last saved it."""

    indicator: str
    level: int | None
    justification: str
    status: str
    updated_by: str
    updated_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "level": self.level,
            "justification": self.justification,
            "status": self.status,
            "updated_by": self.updated_by,
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_json(cls, raw: Any, pack: Pack) -> AnswerEntry:
        if not isinstance(raw, Mapping):
            raise ManifestError("answers.json: an answer is not an object")
        ind = pack.indicator(str(raw["indicator"])).id
        level = raw.get("level")
        if level is not None and (
            not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= 5
        ):
            raise ManifestError(f"level of {ind}")
        status = raw.get("status", AnswerStatus.DRAFT)
        if status not in ANSWER_STATUSES:
            raise ManifestError(f"status of {ind}")
        return cls(
            indicator=ind,
            level=level,
            justification=clean_text(
                raw.get("justification", ""), multiline=True, max_length=100_000
            ),
            status=status,
            updated_by=clean_text(raw.get("updated_by", ""), max_length=200),
            updated_at=clean_text(raw.get("updated_at", ""), max_length=40),
        )


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    """One document of the OPD: its metadata and links; ``carried`` when its bytes are in this
    bundle at ``path`` (a delta names documents the coordinator already holds without them)."""

    sha256: str
    path: str
    carried: bool
    file_name: str
    title: str
    kind: str
    number: str
    issued: str | None
    valid_until: str | None
    issuer: str
    links: tuple[tuple[str, int | None], ...]
    size: int = 0
    mime: str = ""
    page_count: int | None = None
    has_text_layer: bool = True
    warnings: tuple[str, ...] = ()
    text_path: str | None = None
    #: The evidence items (codes) the OPD offers this document for (format 2).
    items: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "path": self.path,
            "carried": self.carried,
            "file_name": self.file_name,
            "title": self.title,
            "kind": self.kind,
            "number": self.number,
            "issued": self.issued,
            "valid_until": self.valid_until,
            "issuer": self.issuer,
            "size": self.size,
            "mime": self.mime,
            "page_count": self.page_count,
            "has_text_layer": self.has_text_layer,
            "warnings": list(self.warnings),
            "text_path": self.text_path,
            "links": [{"indicator": i, "level": lv} for i, lv in self.links],
            "items": list(self.items),
        }

    @classmethod
    def from_json(
        cls, raw: Any, pack: Pack, items: Mapping[str, Item] | None = None
    ) -> DocumentEntry:
        """One entry of ``documents.json``; ``items`` (the pack's items by code) when the
        bundle's format carries item links, None for format 1 (no item links are read)."""
        if not isinstance(raw, Mapping):
            raise ManifestError("documents.json: a document is not an object")
        sha = str(raw["sha256"])
        if not SHA256_HEX.fullmatch(sha):
            raise ManifestError("sha256")
        links = raw.get("links", [])
        if not isinstance(links, list):
            raise ManifestError(f"links of {sha[:12]}")
        # Names and metadata are shown, searched and written into reports: cleaned of control
        # characters and bidi overrides here, once. Type, pages, text layer and warnings are
        # not kept at all: the importer re-detects them from the bytes.
        file_name = clean_name(raw["file_name"]) or f"{sha[:12]}.bin"
        parsed_links = tuple(
            (
                pack.indicator(str(x["indicator"])).id,
                x.get("level") if isinstance(x.get("level"), int) else None,
            )
            for x in links
        )
        return cls(
            sha256=sha,
            path=str(raw["path"]),
            carried=bool(raw["carried"]),
            file_name=file_name,
            title=clean_text(raw["title"], max_length=500) or file_name,
            kind=clean_text(raw["kind"], max_length=100),
            number=clean_text(raw.get("number"), max_length=200),
            issued=_opt_date(raw.get("issued")),
            valid_until=_opt_date(raw.get("valid_until")),
            issuer=clean_text(raw.get("issuer"), max_length=300),
            links=parsed_links,
            text_path=str(raw["text_path"]) if raw.get("text_path") else None,
            items=(
                ()
                if items is None
                else _document_items(raw.get("items", []), sha, parsed_links, items)
            ),
        )


def _document_items(
    raw: Any, sha: str, links: tuple[tuple[str, int | None], ...], items: Mapping[str, Item]
) -> tuple[str, ...]:
    """A document's item codes: each one an item of the pack whose indicator the document is
    linked to (the OPD's workspace keeps it so), sorted, without repeats."""
    if not isinstance(raw, list):
        raise ManifestError(f"{DOCUMENTS_JSON}: items of {sha[:12]}")
    linked = {ind for ind, _level in links}
    codes = set()
    for value in raw:
        item = items.get(value) if isinstance(value, str) else None
        if item is None:
            raise ManifestError(
                f"{DOCUMENTS_JSON}: item {clean_text(value, max_length=40)} of {sha[:12]} "
                "is not an item of the pack"
            )
        if item.indicator_id not in linked:
            raise ManifestError(
                f"{DOCUMENTS_JSON}: item {item.code} of {sha[:12]} without a link to "
                f"{item.indicator_id}"
            )
        codes.add(item.code)
    return tuple(sorted(codes))


def _item_code(value: Any, items: Mapping[str, Item], where: str) -> str:
    """An item code the pack knows, or a refusal naming the file and the code."""
    item = items.get(value) if isinstance(value, str) else None
    if item is None:
        raise ManifestError(
            f"{where}: item {clean_text(value, max_length=40)} is not an item of the pack"
        )
    return item.code


@dataclass(frozen=True, slots=True)
class ItemNoteEntry:
    """The OPD's note on one evidence item (``items.json``, format 2): what goes with the
    item on the portal."""

    code: str
    note: str
    updated_by: str = ""
    updated_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "note": self.note,
            "updated_by": self.updated_by,
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_json(cls, raw: Any, items: Mapping[str, Item]) -> ItemNoteEntry:
        if not isinstance(raw, Mapping):
            raise ManifestError(f"{ITEMS_JSON}: a note is not an object")
        return cls(
            code=_item_code(raw.get("code"), items, ITEMS_JSON),
            note=clean_text(raw.get("note", ""), multiline=True, max_length=10_000),
            updated_by=clean_text(raw.get("updated_by", ""), max_length=200),
            updated_at=clean_text(raw.get("updated_at", ""), max_length=40),
        )


@dataclass(frozen=True, slots=True)
class ItemVerdictEntry:
    """The coordinator's verdict on one of an OPD's evidence items, as a receipt (format 2)
    carries it: accepted, or returned for a reason with a note; who judged and when."""

    code: str
    verdict: str  # ItemVerdict
    reason: str | None = None  # RevisionReason, with a revision
    note: str = ""
    by: str = ""
    at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "reason": self.reason,
            "note": self.note,
            "by": self.by,
            "at": self.at,
        }

    @classmethod
    def from_json(cls, code: Any, raw: Any, items: Mapping[str, Item]) -> ItemVerdictEntry:
        """One entry of a receipt's ``items`` (code -> verdict).

        Raises:
            ManifestError: naming the code and the field that is not what this program writes.
        """
        where = "receipt items"
        item_code = _item_code(code, items, where)
        if not isinstance(raw, Mapping):
            raise ManifestError(f"{where}: {item_code} is not an object")
        verdict = raw.get("verdict")
        if verdict not in tuple(ItemVerdict):
            raise ManifestError(f"{where}: verdict of {item_code}")
        reason = raw.get("reason")
        if verdict == ItemVerdict.REVISION:
            if reason not in tuple(RevisionReason):
                raise ManifestError(f"{where}: reason of {item_code}")
        else:
            reason = None
        return cls(
            code=item_code,
            verdict=str(verdict),
            reason=None if reason is None else str(reason),
            note=clean_text(raw.get("note", ""), multiline=True, max_length=10_000),
            by=clean_text(raw.get("by", ""), max_length=200),
            at=clean_text(raw.get("at"), max_length=40) or None,
        )


@dataclass(frozen=True, slots=True)
class Manifest:
    """What one export says: the answers (all, or those changed since the receipt), the
    whole document list with each document's items, and every item note of the OPD.

    ``item_notes`` is None for a format 1 bundle: it says nothing about items.
    """

    answers: tuple[AnswerEntry, ...]
    documents: tuple[DocumentEntry, ...]
    complete: bool
    item_notes: tuple[ItemNoteEntry, ...] | None = ()

    @property
    def carries_items(self) -> bool:
        """Does the bundle speak about items (format 2), so that its links and notes are the
        OPD's whole set?"""
        return self.item_notes is not None

    def files(self) -> dict[str, Any]:
        """``answers.json``, ``documents.json`` and ``items.json`` as JSON-ready values, by
        file name."""
        out: dict[str, Any] = {
            ANSWERS_JSON: {
                "answers": [a.to_json() for a in self.answers],
                "complete": self.complete,
            },
            DOCUMENTS_JSON: {"documents": [d.to_json() for d in self.documents]},
        }
        if self.item_notes is not None:
            out[ITEMS_JSON] = {"notes": [n.to_json() for n in self.item_notes]}
        return out

    @classmethod
    def from_json(
        cls,
        answers_doc: Any,
        documents_doc: Any,
        pack: Pack,
        items_doc: Any = None,
        bundle_format: str = BUNDLE_FORMAT,
    ) -> Manifest:
        """Validate and clean a bundle's JSON documents (``items_doc``: ``items.json``, which
        every format after 1 carries).

        Raises:
            ManifestError: naming the file or field that is not what this program writes.
        """
        with_items = bundle_format != BUNDLE_FORMAT_1
        if with_items and (
            not isinstance(items_doc, Mapping) or not isinstance(items_doc.get("notes"), list)
        ):
            raise ManifestError(ITEMS_JSON)
        if not isinstance(answers_doc, Mapping) or not isinstance(answers_doc.get("answers"), list):
            raise ManifestError(ANSWERS_JSON)
        if not isinstance(documents_doc, Mapping) or not isinstance(
            documents_doc.get("documents"), list
        ):
            raise ManifestError(DOCUMENTS_JSON)
        items = pack.item_map if with_items else None
        try:
            answers = tuple(AnswerEntry.from_json(a, pack) for a in answers_doc["answers"])
            documents = tuple(
                DocumentEntry.from_json(d, pack, items) for d in documents_doc["documents"]
            )
            notes = (
                None
                if items is None
                else tuple(ItemNoteEntry.from_json(n, items) for n in items_doc["notes"])
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, ManifestError):
                raise
            raise ManifestError(clean_text(exc, max_length=120)) from exc
        if notes is not None and len({n.code for n in notes}) != len(notes):
            raise ManifestError(f"{ITEMS_JSON}: an item has two notes")
        return cls(answers, documents, bool(answers_doc.get("complete", True)), notes)

    def payload_names(self) -> set[str]:
        """Every payload file this manifest accounts for (and so may be in the bundle)."""
        names = {WORKSPACE_JSON, ANSWERS_JSON, DOCUMENTS_JSON}
        if self.item_notes is not None:
            names.add(ITEMS_JSON)
        for d in self.documents:
            if d.carried:
                names.add(d.path)
            if d.text_path:
                names.add(d.text_path)
        return names


def json_bytes(data: Any) -> bytes:
    """How every manifest file is written: UTF-8, sorted keys, one space of indent."""
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _opt_date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return dt.date.fromisoformat(str(value)).isoformat()
