"""Reports: the assessment report (DOCX), compiled evidence (PDF per indicator) and CSV tables.

Pure renderers: each takes a model dataclass and writes bytes or files. No store, no Qt; the
services build the models from a workspace (``services/reporting.py``).
"""

from spbe_desktop.reports.chart import bar_chart_png
from spbe_desktop.reports.docx_report import render_docx
from spbe_desktop.reports.messages import ReportError
from spbe_desktop.reports.model import (
    AspectResult,
    Chapter,
    CompileContext,
    CompiledIndicator,
    CompletenessRow,
    DocumentFacts,
    EvidenceRow,
    GroupRow,
    IndexRow,
    IndicatorEvidence,
    IndicatorSection,
    ItemLine,
    ItemPlanRow,
    OpdAnswerRow,
    PlanRow,
    ReportModel,
    SourceDocument,
)
from spbe_desktop.reports.pdf_compile import DEFAULT_MAX_PDF_BYTES, compile_indicator
from spbe_desktop.reports.tables import Table, csv_bytes, write_csv, write_evidence_index

__all__ = [
    "DEFAULT_MAX_PDF_BYTES",
    "AspectResult",
    "Chapter",
    "CompileContext",
    "CompiledIndicator",
    "CompletenessRow",
    "DocumentFacts",
    "EvidenceRow",
    "GroupRow",
    "IndexRow",
    "IndicatorEvidence",
    "IndicatorSection",
    "ItemLine",
    "ItemPlanRow",
    "OpdAnswerRow",
    "PlanRow",
    "ReportError",
    "ReportModel",
    "SourceDocument",
    "Table",
    "bar_chart_png",
    "compile_indicator",
    "csv_bytes",
    "render_docx",
    "write_csv",
    "write_evidence_index",
]
