"""What the indicator page says about the justification and the status, by scoring rule.

Under the level rule (SPBE 2020) the officer claims a level and justifies it. Under the items
rule (Pemdi 2026) nothing is claimed: the value comes from the items the assessors accepted (or
from a national index), so the same fields are a note for the coordinator and a working status.
Texts in the ``IndicatorPage`` context, as the page's own, each a literal
``QCoreApplication.translate`` call so that pyside6-lupdate finds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from spbe_desktop.core.packs import Indicator
from spbe_desktop.ui.common import format as fmt


@dataclass(frozen=True, slots=True)
class RuleTexts:
    justification_title: str
    justification_placeholder: str
    justification_name: str
    status_tip: str


def rule_texts(by_items: bool) -> RuleTexts:
    """The justification's title, hint and accessible name, and the status' tooltip."""
    if not by_items:
        return RuleTexts(
            QCoreApplication.translate("IndicatorPage", "Penjelasan (justifikasi)"),
            QCoreApplication.translate(
                "IndicatorPage",
                "Jelaskan mengapa tingkat ini layak: dokumen mana membuktikan apa, pasal atau "
                "halaman berapa. Tersimpan otomatis saat Anda mengetik.",
            ),
            QCoreApplication.translate("IndicatorPage", "Penjelasan tingkat yang diklaim"),
            QCoreApplication.translate(
                "IndicatorPage",
                "Draf: masih dikerjakan. Siap: siap dikirim ke koordinator. Tidak berlaku: "
                "indikator ini bukan urusan unit Anda.",
            ),
        )
    return RuleTexts(
        QCoreApplication.translate("IndicatorPage", "Catatan untuk koordinator"),
        QCoreApplication.translate(
            "IndicatorPage",
            "Ringkas untuk koordinator apa yang sudah dilampirkan pada butir-butirnya dan apa "
            "yang masih dikerjakan. Nilai tidak dipilih di sini: nilai dihitung dari butir yang "
            "diterima. Tersimpan otomatis saat Anda mengetik.",
        ),
        QCoreApplication.translate(
            "IndicatorPage", "Catatan untuk koordinator tentang indikator ini"
        ),
        QCoreApplication.translate(
            "IndicatorPage",
            "Draf: masih dikerjakan. Siap: butir dan catatannya siap dikirim ke koordinator. "
            "Tidak berlaku: indikator ini bukan urusan unit Anda. Status tidak mengubah nilai: "
            "nilai dihitung dari butir yang diterima penilai.",
        ),
    )


def value_note(indicator: Indicator, value: Decimal | None) -> str:
    """Where an items-rule indicator's value comes from, with the value it has now."""
    external = indicator.external
    if external is not None:
        text = QCoreApplication.translate(
            "IndicatorPage", "Nilai indikator ini diambil dari %1, bukan dari butir bukti."
        ).replace("%1", external.index)
    else:
        text = QCoreApplication.translate(
            "IndicatorPage",
            "Tidak ada tingkat yang diklaim: nilai indikator ini dihitung dari butir wajib yang "
            "diterima penilai, tingkat demi tingkat.",
        )
    if value is None:
        return text
    return (
        text
        + " "
        + QCoreApplication.translate("IndicatorPage", "Nilai saat ini: %1.").replace(
            "%1", fmt.number(value)
        )
    )
