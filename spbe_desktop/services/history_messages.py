"""Texts of the history's sentences (:mod:`spbe_desktop.services.history`) and the stage
calendar's usage error. Each sentence tells one audit entry; ``history.other`` is the sentence
for an action no other text knows."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "usage.calendar_stage": {
        "en": "The stage must be mandiri, dokumen, interviu, visitasi or pengumuman, not "
        "'{stage}'.",
        "id": "Tahap harus mandiri, dokumen, interviu, visitasi atau pengumuman, bukan '{stage}'.",
    },
    "history.bundle_import": {
        "en": "{opd} sent a bundle of {documents} new documents (bundle {sequence}).",
        "id": "{opd} mengirim paket {documents} dokumen baru (paket ke-{sequence}).",
    },
    "history.bundle_part": {
        "en": "{opd} sent part {part} of {count} of a bundle; it is kept until the bundle is "
        "complete.",
        "id": "{opd} mengirim bagian {part} dari {count} sebuah paket; bagian itu disimpan "
        "sampai paketnya lengkap.",
    },
    "history.bundle_export": {
        "en": "Bundle {sequence} was exported with {documents} documents.",
        "id": "Paket ke-{sequence} diekspor berisi {documents} dokumen.",
    },
    "history.opd_registered": {
        "en": "{opd} was added to the OPD register.",
        "id": "{opd} ditambahkan ke daftar OPD.",
    },
    "history.opd_key_pinned": {
        "en": "The key of {opd} was pinned (fingerprint {fingerprint}).",
        "id": "Kunci {opd} disematkan (sidik jari {fingerprint}).",
    },
    "history.opd_key_revoked": {
        "en": "The key of {opd} was revoked.",
        "id": "Kunci {opd} dicabut.",
    },
    "history.opd_assigned": {
        "en": "The indicators assigned to {opd} were changed.",
        "id": "Penugasan indikator untuk {opd} diubah.",
    },
    "history.opd_changed": {
        "en": "The details of {opd} were changed.",
        "id": "Data {opd} diubah.",
    },
    "history.verdict_accepted": {
        "en": "The answer of {opd} on indicator {number} was accepted.",
        "id": "Jawaban {opd} untuk indikator {number} diterima.",
    },
    "history.verdict_revision": {
        "en": "The answer of {opd} on indicator {number} was returned for revision.",
        "id": "Jawaban {opd} untuk indikator {number} dikembalikan untuk revisi.",
    },
    "history.verdict_rejected": {
        "en": "The answer of {opd} on indicator {number} was rejected.",
        "id": "Jawaban {opd} untuk indikator {number} ditolak.",
    },
    "history.verdict_cleared": {
        "en": "The verdict for {opd} on indicator {number} was withdrawn.",
        "id": "Hasil pemeriksaan jawaban {opd} untuk indikator {number} dibatalkan.",
    },
    "history.decision_level": {
        "en": "The instansi's decision on indicator {number}: level {level}.",
        "id": "Keputusan instansi untuk indikator {number}: tingkat {level}.",
    },
    "history.decision_changed": {
        "en": "The instansi's decision on indicator {number} was changed.",
        "id": "Keputusan instansi untuk indikator {number} diubah.",
    },
    "history.answer_level": {
        "en": "{opd} answered indicator {number} with level {level}.",
        "id": "{opd} menjawab indikator {number} dengan tingkat {level}.",
    },
    "history.answer_changed": {
        "en": "{opd} changed its answer on indicator {number}.",
        "id": "{opd} mengubah jawaban indikator {number}.",
    },
    "history.receipt_issue": {
        "en": "Receipt {sequence} was issued to {opd} with {verdicts} verdicts.",
        "id": "Tanda terima ke-{sequence} diterbitkan untuk {opd} dengan {verdicts} hasil "
        "pemeriksaan.",
    },
    "history.receipt_accept": {
        "en": "The coordinator's receipt {sequence} was recorded.",
        "id": "Tanda terima ke-{sequence} dari koordinator dicatat.",
    },
    "history.document_add": {
        "en": "{opd} added the document “{title}”.",
        "id": "{opd} menambahkan dokumen “{title}”.",
    },
    "history.document_update": {
        "en": "The details of the document “{title}” were changed.",
        "id": "Data dokumen “{title}” diubah.",
    },
    "history.document_remove": {
        "en": "The document “{title}” was removed.",
        "id": "Dokumen “{title}” dihapus.",
    },
    "history.link_add": {
        "en": "The document “{title}” was linked to indicator {number}.",
        "id": "Dokumen “{title}” ditautkan ke indikator {number}.",
    },
    "history.link_remove": {
        "en": "The document “{title}” was unlinked from indicator {number}.",
        "id": "Tautan dokumen “{title}” ke indikator {number} dilepas.",
    },
    "history.item_link": {
        "en": "The document “{title}” was attached to item {item}.",
        "id": "Dokumen “{title}” dilampirkan pada butir {item}.",
    },
    "history.item_unlink": {
        "en": "The document “{title}” was taken off item {item}.",
        "id": "Dokumen “{title}” dilepas dari butir {item}.",
    },
    "history.item_note": {
        "en": "The note of {opd} on item {item} was changed.",
        "id": "Catatan {opd} untuk butir {item} diubah.",
    },
    "history.item_accepted": {
        "en": "Item {item} of {opd} was accepted.",
        "id": "Butir {item} dari {opd} diterima.",
    },
    "history.item_revision": {
        "en": "Item {item} of {opd} was returned for revision.",
        "id": "Butir {item} dari {opd} dikembalikan untuk revisi.",
    },
    "history.item_cleared": {
        "en": "The verdict on item {item} of {opd} was withdrawn.",
        "id": "Hasil pemeriksaan butir {item} dari {opd} dibatalkan.",
    },
    "history.external_set": {
        "en": "Indicator {number} took the value {value} from {source}.",
        "id": "Indikator {number} diberi nilai {value} dari {source}.",
    },
    "history.result_add": {
        "en": "The assessors' result for indicator {number} ({stage}) was recorded: {value}.",
        "id": "Hasil asesor untuk indikator {number} ({stage}) dicatat: {value}.",
    },
    "history.result_remove": {
        "en": "The assessors' result {value} for indicator {number} ({stage}) was deleted.",
        "id": "Hasil asesor {value} untuk indikator {number} ({stage}) dihapus.",
    },
    "history.carried_mark": {
        "en": "The document “{title}” was carried over from period {period}.",
        "id": "Dokumen “{title}” dibawa dari periode {period}.",
    },
    "history.carried_check": {
        "en": "The carried-over document “{title}” was checked.",
        "id": "Dokumen “{title}” dari periode lalu sudah diperiksa.",
    },
    "history.carried_from": {
        "en": "{documents} documents were carried over from period {period}.",
        "id": "{documents} dokumen dibawa dari periode {period}.",
    },
    "history.profile_update": {
        "en": "The workspace's profile was changed.",
        "id": "Profil ruang kerja diubah.",
    },
    "history.pack_replace": {
        "en": "The framework pack was replaced with a corrected version.",
        "id": "Paket kerangka diganti dengan versi yang diperbaiki.",
    },
    "history.workspace_create": {
        "en": "The workspace was created.",
        "id": "Ruang kerja dibuat.",
    },
    "history.calendar_set": {
        "en": "The stage calendar was changed.",
        "id": "Jadwal tahap penilaian diubah.",
    },
    "history.arch_add": {
        "en": "{opd} added the architecture object “{name}”.",
        "id": "{opd} menambahkan objek arsitektur “{name}”.",
    },
    "history.arch_update": {
        "en": "The architecture object “{name}” was changed.",
        "id": "Objek arsitektur “{name}” diubah.",
    },
    "history.arch_remark": {
        "en": "The coordinator's remark on the architecture object “{name}” arrived.",
        "id": "Catatan koordinator untuk objek arsitektur “{name}” diterima.",
    },
    "history.arch_delete": {
        "en": "The architecture object “{name}” was removed.",
        "id": "Objek arsitektur “{name}” dihapus.",
    },
    "history.arch_relate": {
        "en": "The architecture object “{name}” was related to “{other}”.",
        "id": "Objek arsitektur “{name}” dihubungkan dengan “{other}”.",
    },
    "history.arch_unrelate": {
        "en": "The relation of the architecture object “{name}” to “{other}” was removed.",
        "id": "Hubungan objek arsitektur “{name}” dengan “{other}” dilepas.",
    },
    "history.arch_code": {
        "en": "The reference code {code} ({name}) was added.",
        "id": "Kode referensi {code} ({name}) ditambahkan.",
    },
    "history.arch_codes": {
        "en": "The coordinator's reference codes were updated: {count} now, {added} new, "
        "{removed} removed.",
        "id": "Kode referensi dari koordinator diperbarui: kini {count}, {added} baru, "
        "{removed} dihapus.",
    },
    "history.other": {
        "en": "A change of the kind {action} was recorded for {what}.",
        "id": "Tercatat perubahan jenis {action} pada {what}.",
    },
}
