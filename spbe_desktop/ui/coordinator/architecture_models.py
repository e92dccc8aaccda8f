"""Models of the coordinator's architecture tab: the findings across OPDs (what to look at before
typing the inventory into SIAP Digital), each with its kind, code, units and sentence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from typing_extensions import override

from spbe_desktop.errors import known_codes
from spbe_desktop.services.architecture import Finding
from spbe_desktop.ui.common.architecture_models import tr
from spbe_desktop.ui.common.i18n import current_language
from spbe_desktop.ui.common.messages import code_text
from spbe_desktop.ui.common.table_model import Column, ColumnTableModel

_PREFIX = "architecture.finding."

#: A finding's kind in a few words (its code's last part -> text).
FINDING_KINDS = {
    "shared_application": QT_TRANSLATE_NOOP("architecture", "Aplikasi sama di dua OPD"),
    "shared_url": QT_TRANSLATE_NOOP("architecture", "URL sama di dua OPD"),
    "missing_code": QT_TRANSLATE_NOOP("architecture", "Kode referensi kosong"),
    "unknown_code": QT_TRANSLATE_NOOP("architecture", "Kode referensi tak dikenal"),
    "service_without_application": QT_TRANSLATE_NOOP("architecture", "Layanan tanpa aplikasi"),
    "service_without_process": QT_TRANSLATE_NOOP("architecture", "Layanan tanpa proses bisnis"),
    "application_without_hosting": QT_TRANSLATE_NOOP("architecture", "Aplikasi tanpa hosting"),
    "common_app_as_own": QT_TRANSLATE_NOOP("architecture", "Aplikasi Umum dicatat milik OPD"),
    "siap_count_mismatch": QT_TRANSLATE_NOOP("architecture", "Status SIAP tidak cocok"),
}


def finding_kind(code: str) -> str:
    short = code.removeprefix(_PREFIX)
    return tr(FINDING_KINDS[short]) if short in FINDING_KINDS else short


def finding_text(finding: Finding) -> str:
    """The finding's sentence in the GUI's language (the catalogue's, else the service's)."""
    if current_language() == "id" or finding.code not in known_codes():
        return finding.message
    return code_text(finding.code, dict(finding.params))


def finding_counts(findings: Iterable[Finding]) -> str:
    """ "Aplikasi sama di dua OPD: 1 · Aplikasi tanpa hosting: 3" (kinds in the order found)."""
    counts = Counter(f.code for f in findings)
    return " · ".join(
        QCoreApplication.translate("architecture", "%1: %2")
        .replace("%1", finding_kind(code))
        .replace("%2", str(n))
        for code, n in counts.items()
    )


FindingColumn = IntEnum("FindingColumn", "KIND CODE OPD MESSAGE", start=0)


class FindingModel(ColumnTableModel[Finding]):
    """One finding per row: kind, code, the OPDs concerned, the sentence."""

    @override
    def columns(self) -> Mapping[int, Column[Finding]]:
        return {
            FindingColumn.KIND: Column(
                self.tr("Jenis"),
                lambda f: finding_kind(f.code),
            ),
            FindingColumn.CODE: Column(
                self.tr("Kode"),
                lambda f: f.code.removeprefix(_PREFIX),
                tooltip=lambda f: f.code,
            ),
            FindingColumn.OPD: Column(
                self.tr("OPD"),
                lambda f: ", ".join(f.opd_names),
            ),
            FindingColumn.MESSAGE: Column(
                self.tr("Temuan"),
                finding_text,
                tooltip=finding_text,
            ),
        }
