"""User-facing texts for the codes the documents package emits (warnings and errors).

Gathered by :mod:`spbe_desktop.messages` into the one catalogue.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # Warnings carried in DocumentInfo.warnings (no params).
    "document.text_unreadable": {
        "en": "The document's text could not be read; the document is still stored, check its "
        "content manually.",
        "id": "Teks dokumen tidak dapat dibaca; dokumen tetap disimpan, periksa isinya secara "
        "manual.",
    },
    "document.scanned_no_text": {
        "en": "The document looks like a scan without a text layer; it is stored, but attach a "
        "text version (or an OCR'd PDF) if one exists so its content can be searched.",
        "id": "Dokumen tampaknya hasil pindaian tanpa lapisan teks; dokumen tetap disimpan, "
        "lampirkan versi teks (atau PDF hasil OCR) bila ada agar isinya dapat dicari.",
    },
    "document.encrypted": {
        "en": "The document is password-protected, so its text could not be read; attach a copy "
        "without a password if its content must be checked.",
        "id": "Dokumen dilindungi kata sandi sehingga teksnya tidak dapat dibaca; lampirkan "
        "salinan tanpa kata sandi bila isinya perlu diperiksa.",
    },
    "document.text_truncated": {
        "en": "The document's text is very long and only its beginning was read; the whole file "
        "is still stored unchanged.",
        "id": "Teks dokumen sangat panjang dan hanya bagian awalnya yang dibaca; berkas tetap "
        "disimpan utuh.",
    },
    "document.empty": {
        "en": "The file is empty; choose the right file and attach it again.",
        "id": "Berkas kosong; pilih berkas yang benar lalu lampirkan kembali.",
    },
    # DocumentError codes (params: name, and detail where stated).
    "document.not_found": {
        "en": "The file {name} was not found; check that it still exists and choose it again.",
        "id": "Berkas {name} tidak ditemukan; pastikan berkas masih ada lalu pilih kembali.",
    },
    "document.not_a_file": {
        "en": "{name} is not a regular file (perhaps a folder); choose a document file instead.",
        "id": "{name} bukan berkas biasa (mungkin folder); pilih berkas dokumen.",
    },
    "document.read_failed": {
        "en": "The file {name} could not be read ({detail}); check its permissions and try again.",
        "id": "Berkas {name} tidak dapat dibaca ({detail}); periksa izin aksesnya lalu coba lagi.",
    },
}
