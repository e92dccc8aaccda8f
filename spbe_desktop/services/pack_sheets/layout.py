"""The workbook's layout: sheets, columns, limits and the help sheet's text."""

from __future__ import annotations

import re

#: Refuse larger workbooks before opening them (a pack workbook is well under 1 MB).
MAX_XLSX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 20_000
MAX_PROBLEMS_SHOWN = 20

YES, NO = "ya", "tidak"
_YES = {"ya", "y", "yes", "true", "benar", "1"}
_NO = {"tidak", "t", "no", "n", "false", "salah", "0", ""}
_CODE = re.compile(r"^I(\d{1,3})-L([1-5])-(\d{2})$")

SHEETS: dict[str, tuple[str, ...]] = {
    "pack": ("key", "value"),
    "groups": ("kind", "id", "number", "name", "weight", "domain"),
    "families": (
        "id",
        "name",
        "level_1",
        "level_2",
        "level_3",
        "level_4",
        "level_5",
        "note",
        "provisional",
    ),
    "indicators": (
        "id",
        "number",
        "aspect",
        "name",
        "official_name",
        "weight",
        "family",
        "source",
        "default_owner",
        "audit_window_years",
        "provisional",
        "external_index",
        "external_owner",
        "score_min",
        "score_max",
        "default_value",
        "external_note",
        "external_provisional",
        "explanation",
    ),
    "levels": ("indicator", "level", "criteria", "evidence", "provisional"),
    "items": (
        "code",
        "name",
        "shows",
        "required",
        "max_age_months",
        "freshness_rule",
        "freshness_provisional",
        "not_this",
        "provisional",
    ),
    "bands": ("kind", "level", "name", "min", "max", "provisional"),
    "calendar": ("id", "name", "start", "end", "note", "provisional"),
    "sources": ("repo", "path", "commit", "used_for"),
}
PACK_KEYS = (
    "schema",
    "id",
    "version",
    "title",
    "index_name",
    "provisional",
    "provenance",
    "scoring_rule",
    "scoring_note",
    "scoring_provisional",
    "calendar_cycle",
    "calendar_note",
    "calendar_provisional",
)

GUIDE = (
    ("Lembar", "Isi"),
    ("pack", "Identitas paket (id, versi, judul), aturan nilai, dan kepala kalender."),
    ("groups", "Domain (SPBE) dan aspek dengan bobotnya; kolom domain diisi untuk aspek SPBE."),
    ("families", "Nama tingkat 1-5 per keluarga tingkat."),
    ("indicators", "Indikator; source = evidence atau external (nilai dari indeks lain)."),
    ("levels", "Kriteria tiap tingkat per indikator (id indikator, tingkat 1-5)."),
    ("items", "Butir bukti: kode I<nomor>-L<tingkat>-<nn>; required ya/tidak; not_this per baris."),
    ("bands", "kind predicate: rentang predikat; kind scoring: rentang nilai tiap tingkat."),
    ("calendar", "Tahap evaluasi dan tanggalnya (TTTT-BB-HH)."),
    ("sources", "Sumber publik: repositori owner/nama, path, commit, kegunaan."),
    ("", "Kolom ya/tidak menerima ya atau tidak. Daftar (not_this, evidence): satu per baris sel."),
)


# ================================================================================== export


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
