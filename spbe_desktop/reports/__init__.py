"""Reports: the assessment report (DOCX), compiled evidence (PDF per indicator) and CSV tables.

Pure renderers: each takes a model dataclass and writes bytes or files. No store, no Qt; the
services build the models from a workspace (``services/reporting.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spbe_desktop.core.lazy import lazy_exports

if TYPE_CHECKING:
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

#: Where each public name lives: imported on first use (PEP 562), so a command that needs one
#: module (or only the message texts beside it) does not import them all at start-up.
_HOME: dict[str, str] = {
    "bar_chart_png": "spbe_desktop.reports.chart",
    "render_docx": "spbe_desktop.reports.docx_report",
    "ReportError": "spbe_desktop.reports.messages",
    "AspectResult": "spbe_desktop.reports.model",
    "Chapter": "spbe_desktop.reports.model",
    "CompileContext": "spbe_desktop.reports.model",
    "CompiledIndicator": "spbe_desktop.reports.model",
    "CompletenessRow": "spbe_desktop.reports.model",
    "DocumentFacts": "spbe_desktop.reports.model",
    "EvidenceRow": "spbe_desktop.reports.model",
    "GroupRow": "spbe_desktop.reports.model",
    "IndexRow": "spbe_desktop.reports.model",
    "IndicatorEvidence": "spbe_desktop.reports.model",
    "IndicatorSection": "spbe_desktop.reports.model",
    "ItemLine": "spbe_desktop.reports.model",
    "ItemPlanRow": "spbe_desktop.reports.model",
    "OpdAnswerRow": "spbe_desktop.reports.model",
    "PlanRow": "spbe_desktop.reports.model",
    "ReportModel": "spbe_desktop.reports.model",
    "SourceDocument": "spbe_desktop.reports.model",
    "DEFAULT_MAX_PDF_BYTES": "spbe_desktop.reports.pdf_compile",
    "compile_indicator": "spbe_desktop.reports.pdf_compile",
    "Table": "spbe_desktop.reports.tables",
    "csv_bytes": "spbe_desktop.reports.tables",
    "write_csv": "spbe_desktop.reports.tables",
    "write_evidence_index": "spbe_desktop.reports.tables",
}


__getattr__ = lazy_exports(__name__, _HOME)


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
