"""What a report and the compiled evidence say, as plain frozen dataclasses.

The services build these from a workspace; the renderers turn them into files. Nothing here
reads a store or writes a file, so the renderers can be tested with hand-made models.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from spbe_desktop.core.models import Finding


@dataclass(frozen=True, slots=True)
class GroupRow:
    """A domain or aspect with its weight and index (the summary tables and the chart)."""

    number: int
    name: str
    weight: Decimal
    index: Decimal
    parent: str = ""  # the domain name of an aspect (SPBE 2020), else empty


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One step of the what-if plan: raise an indicator by one level."""

    number: int
    name: str
    from_level: int
    to_level: int
    gain: Decimal
    index_after: Decimal
    owner: str


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What every output says of an evidence document: its number in the report, what it is,
    and which bytes (the fields the report's rows and the compiled evidence share)."""

    ref: int  # running number in the appendix ("D12")
    title: str
    kind: str
    number: str
    issued: str | None
    file_name: str
    sha256: str
    size: int
    mime: str


@dataclass(frozen=True, slots=True)
class EvidenceRow(DocumentFacts):
    """A document as listed under an indicator (and, once, in the appendix)."""

    page_count: int | None
    source: str  # the OPD the document came from
    level: int | None = None  # the level the link says it supports
    indicators: tuple[int, ...] = ()  # numbers of every indicator it is linked to


@dataclass(frozen=True, slots=True)
class OpdAnswerRow:
    """An OPD's answer to one indicator, with the coordinator's verdict (coordinator only)."""

    opd: str
    level: int | None
    level_name: str
    status: str
    verdict: str | None
    comment: str


@dataclass(frozen=True, slots=True)
class ItemLine:
    """One evidence item under an indicator (items rule, Pemdi 2026), as the portal shows it."""

    code: str  # I<n>-L<l>-<nn>
    level: int
    name: str
    required: bool
    status: str  # core.items.ItemStatus value
    documents: tuple[str, ...]  # "D<n>" references into the appendix
    note: str  # the portal note
    verdict: str  # the coordinator's verdict, in words ("" when none)


@dataclass(frozen=True, slots=True)
class ItemPlanRow:
    """One step of the item plan: have one item accepted (or raise a national score)."""

    number: int
    name: str
    item: str  # the item code and name, or the score to reach
    value_after: Decimal
    gain: Decimal
    index_after: Decimal
    owner: str


@dataclass(frozen=True, slots=True)
class AspectResult:
    """An aspect's self-assessment (mandiri) beside the external assessors' result."""

    number: int
    name: str
    weight: Decimal
    mandiri: Decimal
    asesor: Decimal | None  # None until the assessors' results are recorded


@dataclass(frozen=True, slots=True)
class IndicatorSection:
    number: int
    id: str
    name: str
    weight: Decimal
    level: int | None
    level_name: str
    criteria: str  # what the recorded level means
    status: str
    justification: str
    owner: str
    verdict: str | None
    verdict_comment: str
    evidence: tuple[EvidenceRow, ...] = ()
    opd_answers: tuple[OpdAnswerRow, ...] = ()
    value: Decimal | None = None  # the fractional value (items rule); None under the level rule
    assessor_value: Decimal | None = None  # the assessors' value, when recorded
    items: tuple[ItemLine, ...] = ()  # items rule only


@dataclass(frozen=True, slots=True)
class Chapter:
    """A domain holding aspects (SPBE 2020), or an aspect holding indicators (Pemdi 2026)."""

    kind: str  # "domain" | "aspect"
    number: int
    name: str
    weight: Decimal
    index: Decimal
    children: tuple[Chapter, ...] = ()
    indicators: tuple[IndicatorSection, ...] = ()


@dataclass(frozen=True, slots=True)
class CompletenessRow:
    """Per OPD: how much of the assigned work has arrived."""

    name: str
    answered: int
    assigned: int
    documents: int
    last_bundle: str  # e.g. "No. 3, 12 Oktober 2026", or "-"


@dataclass(frozen=True, slots=True)
class ReportModel:
    """Everything the assessment report shows, already computed."""

    role: str  # "opd" | "coordinator"
    instansi: str
    unit: str
    officer: str
    period: str
    generated: dt.date
    pack_id: str
    pack_title: str
    pack_version: str
    pack_hash: str
    provisional: bool
    provenance: str
    index_name: str
    index: Decimal  # the display value (two decimals, never rounded across a predicate)
    predicate: str
    target: Decimal
    target_predicate: str
    group_kind: str  # "domain" | "aspect"
    groups: tuple[GroupRow, ...]
    aspects: tuple[GroupRow, ...]
    plan: tuple[PlanRow, ...]
    plan_reached: bool
    chapters: tuple[Chapter, ...]
    completeness: tuple[CompletenessRow, ...]
    documents: tuple[EvidenceRow, ...]
    unanswered: int = 0
    indicator_count: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)
    items_rule: bool = False  # scored by evidence items (Pemdi 2026)
    results: tuple[AspectResult, ...] = ()  # items rule: mandiri beside asesor per aspect
    assessor_index: Decimal | None = None
    assessor_predicate: str = ""
    item_plan: tuple[ItemPlanRow, ...] = ()
    previous: str = ""  # the previous period's result, e.g. "Indeks SPBE 2024: 2,47 Cukup"

    @property
    def gap(self) -> Decimal:
        """How far the index is below the target (0 when reached)."""
        return max(Decimal(0), self.target - self.index)

    def indicators(self) -> list[IndicatorSection]:
        """Every indicator section, in report order."""
        out: list[IndicatorSection] = []
        for chapter in self.chapters:
            out.extend(chapter.indicators)
            for child in chapter.children:
                out.extend(child.indicators)
        return out


# --------------------------------------------------------------------------- compiled evidence


@dataclass(frozen=True, slots=True)
class SourceDocument(DocumentFacts):
    """One evidence document, with its bytes already in a file at ``path``.

    The compiler may move ``path`` into the output (for files copied beside the PDF).
    """

    source: str
    path: Path


@dataclass(frozen=True, slots=True)
class IndicatorEvidence:
    number: int
    name: str
    level: int | None
    level_name: str
    documents: tuple[SourceDocument, ...]


@dataclass(frozen=True, slots=True)
class CompileContext:
    """What every cover page says about the assessment."""

    instansi: str
    unit: str
    period: str
    index_name: str
    pack_title: str
    provisional: bool
    generated: dt.date


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One line of the evidence index: where a document ended up."""

    indicator: int
    indicator_name: str
    output: str  # path relative to the output folder, with "/"
    document: str  # the source file name, or "(gabungan)" for the compiled PDF
    title: str
    sha256: str
    pages: str  # "2–5" inside the compiled PDF, or "" for a file copied beside
    page_count: int | None
    note: str  # Indonesian text: why a file is beside the PDF, which part...


@dataclass(frozen=True, slots=True)
class CompiledIndicator:
    folder: str
    pdfs: tuple[str, ...]
    rows: tuple[IndexRow, ...]
    findings: tuple[Finding, ...]
