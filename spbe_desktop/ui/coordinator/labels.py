"""Short translatable labels the coordinator tabs share: statuses, verdicts, outcomes, ages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from spbe_desktop.core.models import AnswerStatus, Verdict
from spbe_desktop.core.packs import Indicator
from spbe_desktop.services.coordinator import OpdRow, current_stage
from spbe_desktop.ui.common import format as fmt

_CTX = "coordinator"

STATUS_LABELS: dict[str, object] = {
    AnswerStatus.EMPTY: QT_TRANSLATE_NOOP("coordinator", "kosong"),
    AnswerStatus.DRAFT: QT_TRANSLATE_NOOP("coordinator", "draf"),
    AnswerStatus.READY: QT_TRANSLATE_NOOP("coordinator", "siap diperiksa"),
    AnswerStatus.NA: QT_TRANSLATE_NOOP("coordinator", "tidak berlaku"),
}
VERDICT_LABELS: dict[str, object] = {
    Verdict.DITERIMA: QT_TRANSLATE_NOOP("coordinator", "diterima"),
    Verdict.PERLU_REVISI: QT_TRANSLATE_NOOP("coordinator", "perlu revisi"),
    Verdict.DITOLAK: QT_TRANSLATE_NOOP("coordinator", "ditolak"),
}
#: The verdicts in the order the picker offers them (None = no verdict yet).
VERDICTS: tuple[str | None, ...] = (None, *Verdict)
OUTCOME_LABELS = {
    "accepted": QT_TRANSLATE_NOOP("coordinator", "Diterima"),
    "duplicate": QT_TRANSLATE_NOOP("coordinator", "Duplikat"),
    "part_stored": QT_TRANSLATE_NOOP("coordinator", "Bagian tersimpan"),
    "refused": QT_TRANSLATE_NOOP("coordinator", "Ditolak"),
    "quarantined": QT_TRANSLATE_NOOP("coordinator", "Karantina"),
    "cancelled": QT_TRANSLATE_NOOP("coordinator", "Belum diperiksa"),
}
VERDICT_ICONS: dict[str, str] = {
    Verdict.DITERIMA: "verdict-accepted",
    Verdict.PERLU_REVISI: "verdict-revise",
    Verdict.DITOLAK: "verdict-rejected",
}
OUTCOME_ICONS = {
    "accepted": "verdict-accepted",
    "duplicate": "status-na",
    "part_stored": "status-draft",
    "refused": "verdict-rejected",
    "quarantined": "warning",
    "cancelled": "status-empty",
}
#: The evaluation's stages as a sentence names them, and as a field's title.
CALENDAR_LABELS: dict[str, tuple[object, object]] = {
    "mandiri": (
        QT_TRANSLATE_NOOP("coordinator", "penilaian mandiri"),
        QT_TRANSLATE_NOOP("coordinator", "Penilaian mandiri"),
    ),
    "dokumen": (
        QT_TRANSLATE_NOOP("coordinator", "dokumen"),
        QT_TRANSLATE_NOOP("coordinator", "Penilaian dokumen"),
    ),
    "interviu": (
        QT_TRANSLATE_NOOP("coordinator", "interviu"),
        QT_TRANSLATE_NOOP("coordinator", "Interviu"),
    ),
    "visitasi": (
        QT_TRANSLATE_NOOP("coordinator", "visitasi"),
        QT_TRANSLATE_NOOP("coordinator", "Visitasi"),
    ),
    "pengumuman": (
        QT_TRANSLATE_NOOP("coordinator", "pengumuman"),
        QT_TRANSLATE_NOOP("coordinator", "Pengumuman"),
    ),
}
#: History filter choices: (action prefix, label); "" = everything.
ACTION_FILTERS = (
    ("", QT_TRANSLATE_NOOP("coordinator", "Semua tindakan")),
    ("bundle.", QT_TRANSLATE_NOOP("coordinator", "Paket bukti")),
    ("opd.", QT_TRANSLATE_NOOP("coordinator", "Daftar OPD")),
    ("verdict.", QT_TRANSLATE_NOOP("coordinator", "Hasil pemeriksaan indikator")),
    ("item.", QT_TRANSLATE_NOOP("coordinator", "Butir bukti")),
    ("answer.", QT_TRANSLATE_NOOP("coordinator", "Jawaban dan keputusan")),
    ("receipt.", QT_TRANSLATE_NOOP("coordinator", "Tanda terima")),
    ("document.", QT_TRANSLATE_NOOP("coordinator", "Dokumen")),
    ("link.", QT_TRANSLATE_NOOP("coordinator", "Tautan dokumen")),
    ("result.", QT_TRANSLATE_NOOP("coordinator", "Hasil asesor")),
    ("calendar.", QT_TRANSLATE_NOOP("coordinator", "Jadwal tahap")),
    ("profile.", QT_TRANSLATE_NOOP("coordinator", "Profil")),
)


def tr(text: object) -> str:
    """Translate a text marked with ``QT_TRANSLATE_NOOP("coordinator", …)``.

    Literal texts are translated with ``QCoreApplication.translate("coordinator", "…")``
    written out, so that pyside6-lupdate finds them.
    """
    return QCoreApplication.translate(_CTX, str(text))


def status_text(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


def verdict_text(verdict: str | None) -> str:
    if not verdict:
        return QCoreApplication.translate("coordinator", "belum diperiksa")
    return tr(VERDICT_LABELS.get(verdict, verdict))


def outcome_text(status: str) -> str:
    return tr(OUTCOME_LABELS.get(status, status))


def age_text(days: int | None) -> str:
    """ "hari ini", "kemarin", "5 hari lalu"; "" when nothing arrived yet."""
    if days is None:
        return ""
    if days <= 0:
        return QCoreApplication.translate("coordinator", "hari ini")
    if days == 1:
        return QCoreApplication.translate("coordinator", "kemarin")
    # "%1", not a numerus "%n": pyside6-lupdate does not record translate(…, n) as numerus, and
    # Qt then finds no English for it.
    return QCoreApplication.translate("coordinator", "%1 hari lalu").replace("%1", str(days))


def last_bundle_text(row: OpdRow) -> str:
    """ "29 November 2026 · kemarin", or "belum ada" before the OPD's first bundle."""
    if not row.last_bundle_at:
        return QCoreApplication.translate("coordinator", "belum ada")
    return f"{fmt.date(row.last_bundle_at)} · {age_text(row.age_days)}"


def unassigned_text() -> str:
    """What an OPD without a saved assignment shows instead of a count, everywhere: it has no
    indicators yet (the kit says 0 too), not all of them."""
    return QCoreApplication.translate("coordinator", "belum ditugaskan")


def unassigned_tip() -> str:
    return QCoreApplication.translate(
        "coordinator",
        "Belum ada indikator yang ditugaskan kepada OPD ini. Centang indikatornya di tabel "
        "Penugasan indikator (tab OPD dan penugasan), lalu simpan.",
    )


def level_text(indicator: Indicator, level: int) -> str:
    """ "3 — Terdefinisi"."""
    try:
        name = indicator.level(level).name
    except IndexError:
        name = ""
    return f"{level} — {name}" if name else str(level)


def calendar_stage_text(stage: str) -> str:
    """ "dokumen", as in "Tahap dokumen: 12 hari lagi"."""
    return tr(CALENDAR_LABELS[stage][0]) if stage in CALENDAR_LABELS else stage


def calendar_stage_title(stage: str) -> str:
    """ "Penilaian dokumen", the title of the stage's date field."""
    return tr(CALENDAR_LABELS[stage][1]) if stage in CALENDAR_LABELS else stage


def stage_line(calendar: Mapping[str, dt.date], today: dt.date) -> str:
    """ "Tahap dokumen: 12 hari lagi (15 Desember 2026)" (the stage under way on ``today``)."""
    now = current_stage(calendar, today)
    if now is None:
        if not calendar:
            return QCoreApplication.translate("coordinator", "Jadwal tahap belum diisi.")
        stage, ends = list(calendar.items())[-1]
        return (
            QCoreApplication.translate("coordinator", "Semua tahap sudah lewat (%1 %2).")
            .replace("%1", calendar_stage_text(stage))
            .replace("%2", fmt.date(ends))
        )
    if now.days_left == 0:
        text = QCoreApplication.translate("coordinator", "Tahap %1: berakhir hari ini (%2)")
    else:
        text = QCoreApplication.translate("coordinator", "Tahap %1: %3 hari lagi (%2)").replace(
            "%3", str(now.days_left)
        )
    return text.replace("%1", calendar_stage_text(now.stage)).replace("%2", fmt.date(now.ends))
