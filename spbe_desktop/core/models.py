"""Frozen dataclasses shared across layers: what a document is, what a check found."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What was learnt from a document's bytes (never from its file name alone).

    Attributes:
        mime: MIME type detected from the content, e.g. ``application/pdf``.
        page_count: pages for PDF, ``None`` where the notion does not apply or is unknown.
        text: extracted text, capped (see ``documents.inspect.MAX_TEXT_CHARS``).
        has_text_layer: False for a PDF whose pages carry no extractable text (a scan).
        metadata: title/author/created/... as the document states them.
        warnings: codes such as ``document.text_unreadable`` or ``document.scanned_no_text``.
    """

    mime: str
    page_count: int | None = None
    text: str = ""
    has_text_layer: bool = True
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a check found: a stable code, how bad it is, what it concerns."""

    code: str
    severity: str  # "error" | "warning" | "info"
    item: str = ""
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Result of a check (workspace check, bundle verification): ok when no error finding."""

    findings: tuple[Finding, ...]
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)


# --------------------------------------------------------------------------- workspace records


class AnswerStatus(StrEnum):
    """Where an answer stands; the values are what workspaces and bundles store."""

    EMPTY = "empty"
    DRAFT = "draft"
    READY = "ready"
    NA = "na"  # not applicable to this instansi


class Verdict(StrEnum):
    """The coordinator's verdict on an OPD's answer; the values are stored and sent in receipts."""

    DITERIMA = "diterima"
    PERLU_REVISI = "perlu_revisi"
    DITOLAK = "ditolak"


#: The evidence kinds an officer can choose, in display order.
KINDS: tuple[str, ...] = (
    "Peraturan Daerah",
    "Peraturan Kepala Daerah",
    "Keputusan/SK",
    "Surat Edaran",
    "SOP",
    "Laporan",
    "Notulen",
    "Undangan",
    "Tangkapan Layar",
    "Dokumen Lainnya",
)

#: Every status and every verdict, for membership tests on values read from outside.
ANSWER_STATUSES: tuple[AnswerStatus, ...] = tuple(AnswerStatus)
VERDICTS: tuple[Verdict, ...] = tuple(Verdict)
SELF_OPD = 0  # opd id of the workspace itself
#: Name of row ``SELF_OPD`` in the ``opds`` table. That row is the workspace itself (the
#: consolidated answers of a coordinator), not an entry of the register, so it must not hold a
#: name a real OPD needs: the coordinator's own unit is also an OPD. The control character keeps
#: it apart from any name a person types (set by migration m0004).
SELF_OPD_NAME = "\x1f(ruang kerja ini)"


@dataclass(frozen=True, slots=True)
class Profile:
    workspace_uuid: str
    role: str  # "opd" | "coordinator"
    instansi: str
    unit: str
    officer: str
    period: str
    pack_hash: str
    key_id: str
    public_key: str  # minisign one-line public key
    key_protected: bool
    coordinator_key: str | None
    assigned: tuple[str, ...] | None  # indicator ids assigned to this OPD (None = all)
    target: str
    created_at: str


@dataclass(frozen=True, slots=True)
class Answer:
    opd_id: int
    indicator_id: str
    level: int | None
    justification: str
    status: str
    verdict: str | None
    verdict_comment: str
    updated_by: str
    updated_at: str


#: The metadata a user gives a document (and may change); everything else is read from its bytes.
DOCUMENT_METADATA = ("title", "kind", "number", "issued", "valid_until", "issuer")


def document_metadata(doc: object) -> dict[str, Any]:
    """The :data:`DOCUMENT_METADATA` fields of a document record, entry or request."""
    return {k: getattr(doc, k) for k in DOCUMENT_METADATA}


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    id: int
    opd_id: int
    sha256: str
    file_name: str
    title: str
    kind: str
    number: str
    issued: str | None
    valid_until: str | None
    issuer: str
    added_by: str
    added_at: str
    size: int
    mime: str
    page_count: int | None
    has_text_layer: bool
    warnings: tuple[str, ...]
    links: tuple[tuple[str, int | None], ...] = ()  # (indicator id, level)
    items: tuple[str, ...] = ()  # codes of the evidence items it is offered for


@dataclass(frozen=True, slots=True)
class CarriedMark:
    """A document a new period's workspace took over from the previous period's workspace.

    Shown as "dari periode lalu — periksa" until a person has checked it (``checked_at``).
    ``how``: ``relinked`` (same framework: the same indicators and items), ``suggested``
    (another framework: links through a mapping) or ``unlinked`` (no mapping).
    """

    document_id: int
    from_period: str
    from_framework: str  # pack id and version, e.g. "spbe-2020 1.1.0"
    how: str
    checked_by: str = ""
    checked_at: str | None = None


@dataclass(frozen=True, slots=True)
class OpdRecord:
    id: int
    name: str
    contact: str
    key_id: str | None
    public_key: str | None
    fingerprint: str | None
    trusted_at: str | None
    revoked_at: str | None
    assigned: tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class RevokedKey:
    """A key the coordinator revoked: it stays revoked even after its OPD pinned a new key."""

    key_id: str
    fingerprint: str
    opd_name: str
    revoked_at: str


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    old: Any
    new: Any
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    bundle_uuid: str
    opd_id: int
    sequence: int
    kind: str
    tag_digest: str
    base_receipt: str
    documents: int
    bytes: int
    at: str
