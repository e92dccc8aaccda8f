"""Message texts of the framework packs (``pack.*`` codes), in Bahasa Indonesia and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "pack.unreadable": {
        "en": "The framework pack {file} cannot be read ({detail}); choose another file.",
        "id": "Paket kerangka {file} tidak dapat dibaca ({detail}); pilih berkas lain.",
    },
    "pack.invalid": {
        "en": "The framework pack {file} is invalid at '{field}': {detail}; correct the file "
        "or ask the coordinator for a corrected pack.",
        "id": "Paket kerangka {file} tidak valid pada '{field}': {detail}; perbaiki berkas "
        "atau minta paket yang sudah diperbaiki kepada koordinator.",
    },
    "pack.mapping_unreadable": {
        "en": "The indicator mapping {file} cannot be read ({detail}); choose another file.",
        "id": "Pemetaan indikator {file} tidak dapat dibaca ({detail}); pilih berkas lain.",
    },
    "pack.mapping_invalid": {
        "en": "The indicator mapping {file} is invalid at '{field}': {detail}; correct the file "
        "or use the mapping shipped with the program.",
        "id": "Pemetaan indikator {file} tidak valid pada '{field}': {detail}; perbaiki berkas "
        "itu atau pakai pemetaan bawaan program.",
    },
    "pack.unknown": {
        "en": "There is no framework pack named '{pack_id}'; use one of: {known}.",
        "id": "Tidak ada paket kerangka bernama '{pack_id}'; gunakan salah satu dari: {known}.",
    },
    "pack.no_indicator": {
        "en": "Indicator '{indicator}' is not in pack {pack_id}; use a number from 1 to {count}.",
        "id": "Indikator '{indicator}' tidak ada dalam paket {pack_id}; gunakan nomor 1 "
        "sampai {count}.",
    },
    "pack.no_item": {
        "en": "Evidence item '{item}' is not in pack {pack_id}; use a code such as {example}.",
        "id": "Butir bukti '{item}' tidak ada dalam paket {pack_id}; gunakan kode seperti "
        "{example}.",
    },
    "pack.score_range": {
        "en": "The {index} score must be from {low} to {high}, not {score}; check the score.",
        "id": "Skor {index} harus antara {low} dan {high}, bukan {score}; periksa skornya.",
    },
    "pack.sheet_unreadable": {
        "en": "The workbook {file} cannot be read as a framework pack ({detail}); save it as "
        "an .xlsx workbook exported by spbe and try again.",
        "id": "Buku kerja {file} tidak dapat dibaca sebagai paket kerangka ({detail}); simpan "
        "sebagai buku kerja .xlsx hasil ekspor spbe lalu coba lagi.",
    },
    "pack.sheet_invalid": {
        "en": "The workbook {file} has {count} problem(s): {problems_en}; correct these cells "
        "and import it again.",
        "id": "Buku kerja {file} memiliki {count} masalah: {problems_id}; perbaiki sel-sel "
        "tersebut lalu impor lagi.",
    },
    "pack.write_failed": {
        "en": "The workbook {file} could not be written ({detail}); choose another folder.",
        "id": "Buku kerja {file} tidak dapat ditulis ({detail}); pilih folder lain.",
    },
}
