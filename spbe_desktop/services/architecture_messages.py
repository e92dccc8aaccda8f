"""User-facing texts of the architecture inventory: its errors, its findings, and the
problems a workbook import names (sheet, row, column). One sentence each."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # errors
    "usage.architecture_out": {
        "en": "Say where to write the workbook: spbe architecture export WORKSPACE --out "
        "FILE.xlsx.",
        "id": "Sebutkan tempat menulis buku kerja: spbe architecture export RUANG-KERJA --out "
        "BERKAS.xlsx.",
    },
    "usage.architecture_args": {
        "en": "Use spbe architecture WORKSPACE [--json], spbe architecture export WORKSPACE --out "
        "FILE.xlsx, or spbe architecture import WORKSPACE FILE.xlsx.",
        "id": "Gunakan spbe architecture RUANG-KERJA [--json], spbe architecture export "
        "RUANG-KERJA --out BERKAS.xlsx, atau spbe architecture import RUANG-KERJA BERKAS.xlsx.",
    },
    "store.no_arch_object": {
        "en": "There is no architecture object {ref} in this workspace; reload the list.",
        "id": "Objek arsitektur {ref} tidak ada di ruang kerja ini; muat ulang daftarnya.",
    },
    "architecture.unknown_domain": {
        "en": "'{domain}' is not an architecture domain; use one of {known}.",
        "id": "'{domain}' bukan domain arsitektur; gunakan salah satu dari {known}.",
    },
    "architecture.empty_name": {
        "en": "An architecture object needs a name; type its name.",
        "id": "Objek arsitektur perlu nama; ketik namanya.",
    },
    "architecture.unknown_field": {
        "en": "The domain {domain} has no field '{field}'; use one of {known}.",
        "id": "Domain {domain} tidak punya isian '{field}'; gunakan salah satu dari {known}.",
    },
    "architecture.bad_choice": {
        "en": "'{value}' is not a choice for {field}; choose one of {known}.",
        "id": "'{value}' bukan pilihan untuk {field}; pilih salah satu dari {known}.",
    },
    "architecture.bad_date": {
        "en": "'{value}' is not a date for {field}; write it as 2026-11-29.",
        "id": "'{value}' bukan tanggal untuk {field}; tulis seperti 2026-11-29.",
    },
    "architecture.bad_number": {
        "en": "'{value}' is not a number for {field}; write digits only.",
        "id": "'{value}' bukan angka untuk {field}; tulis angka saja.",
    },
    "architecture.bad_code": {
        "en": "'{value}' is not a code of the list {list}; pick one from the list.",
        "id": "'{value}' bukan kode daftar {list}; pilih dari daftar.",
    },
    "architecture.code_exists": {
        "en": "The code {ref} exists already; choose another code.",
        "id": "Kode {ref} sudah ada; pilih kode lain.",
    },
    "architecture.code_format": {
        "en": "'{ref}' is not a code below {list} (like {list}.01.02); check the code.",
        "id": "'{ref}' bukan kode di bawah {list} (seperti {list}.01.02); periksa kodenya.",
    },
    "architecture.bad_status": {
        "en": "The SIAP Digital status must be one of {known}, not '{status}'.",
        "id": "Status SIAP Digital harus salah satu dari {known}, bukan '{status}'.",
    },
    "architecture.bad_relation": {
        "en": "A {kind} relation links a {from_domain} to a {to_domain}; choose objects of "
        "those domains.",
        "id": "Relasi {kind} menghubungkan {from_domain} ke {to_domain}; pilih objek dari domain "
        "itu.",
    },
    "architecture.relation_other_unit": {
        "en": "Related objects must belong to the same unit; choose an object of {unit}.",
        "id": "Objek yang dihubungkan harus milik unit yang sama; pilih objek milik {unit}.",
    },
    "architecture.unknown_relation": {
        "en": "'{kind}' is not a relation kind; use one of {known}.",
        "id": "'{kind}' bukan jenis relasi; gunakan salah satu dari {known}.",
    },
    "architecture.screenshot_other_unit": {
        "en": "The screenshot must be a document of the same unit; attach it to {unit}.",
        "id": "Tangkapan layar harus dokumen unit yang sama; lampirkan ke {unit}.",
    },
    "architecture.remark_coordinator": {
        "en": "Only the coordinator gives remarks on architecture objects; open the coordinator's "
        "workspace.",
        "id": "Hanya koordinator yang memberi catatan pada objek arsitektur; buka ruang kerja "
        "koordinator.",
    },
    "architecture.not_suggested": {
        "en": "This suggestion has no screenshot to link; attach the screenshot to the object "
        "first.",
        "id": "Saran ini tidak punya tangkapan layar untuk ditautkan; lampirkan tangkapan layar "
        "ke objeknya dulu.",
    },
    "architecture.workbook_invalid": {
        "en": "Nothing of the workbook {file} was loaded: fix its {count} problem(s) and load "
        "it again (the first: {first}).",
        "id": "Tidak ada isi buku kerja {file} yang dimuat: perbaiki {count} masalahnya lalu muat "
        "lagi (yang pertama: {first}).",
    },
    "architecture.workbook_unreadable": {
        "en": "{file} cannot be read as an Excel workbook ({detail}); save it as .xlsx and try "
        "again.",
        "id": "{file} tidak bisa dibaca sebagai buku kerja Excel ({detail}); simpan sebagai .xlsx "
        "lalu coba lagi.",
    },
    "progress.architecture_export": {
        "en": "Writing the architecture workbook {name}",
        "id": "Menulis buku kerja arsitektur {name}",
    },
    "progress.architecture_import": {
        "en": "Reading the architecture workbook {name}",
        "id": "Membaca buku kerja arsitektur {name}",
    },
    # workbook problems: "Sheet 06_Aplikasi, row 5, column Status: ..."
    "architecture.sheet.missing_sheet": {
        "en": "The sheet {sheet} is missing; export a new workbook and copy the rows into it.",
        "id": "Lembar {sheet} tidak ada; ekspor buku kerja baru lalu salin barisnya ke sana.",
    },
    "architecture.sheet.missing_column": {
        "en": "Sheet {sheet}, row 1: the column {column} is missing; put the header back as "
        "exported.",
        "id": "Lembar {sheet}, baris 1: kolom {column} tidak ada; kembalikan judul kolom seperti "
        "hasil ekspor.",
    },
    "architecture.sheet.empty_name": {
        "en": "Sheet {sheet}, row {row}, column {column}: the name is empty; type the object's "
        "name or delete the row.",
        "id": "Lembar {sheet}, baris {row}, kolom {column}: nama kosong; ketik nama objek atau "
        "hapus barisnya.",
    },
    "architecture.sheet.bad_value": {
        "en": "Sheet {sheet}, row {row}, column {column}: {problem}.",
        "id": "Lembar {sheet}, baris {row}, kolom {column}: {problem}.",
    },
    "architecture.sheet.unknown_unit": {
        "en": "Sheet {sheet}, row {row}, column {column}: '{value}' is not a unit of this "
        "workspace; use a name from sheet 01_OPD.",
        "id": "Lembar {sheet}, baris {row}, kolom {column}: '{value}' bukan unit ruang kerja ini; "
        "pakai nama dari lembar 01_OPD.",
    },
    "architecture.sheet.unknown_object": {
        "en": "Sheet {sheet}, row {row}, column {column}: no object '{value}' in the workbook; "
        "use an ID or name from its domain's sheet.",
        "id": "Lembar {sheet}, baris {row}, kolom {column}: tidak ada objek '{value}' di buku "
        "kerja; pakai ID atau nama dari lembar domainnya.",
    },
    "architecture.sheet.duplicate_id": {
        "en": "Sheet {sheet}, row {row}, column {column}: the ID {value} appears twice; give each "
        "row its own ID or leave it empty.",
        "id": "Lembar {sheet}, baris {row}, kolom {column}: ID {value} muncul dua kali; beri tiap "
        "baris ID sendiri atau kosongkan.",
    },
    # findings
    "architecture.finding.shared_application": {
        "en": "The application {name} is registered by {units}; agree on one owner and let the "
        "others list it as used.",
        "id": "Aplikasi {name} didaftarkan oleh {units}; sepakati satu pemilik, unit lain "
        "mencatatnya sebagai pengguna.",
    },
    "architecture.finding.shared_url": {
        "en": "The address {url} is registered under different applications by {units}; check "
        "which application it is.",
        "id": "Alamat {url} didaftarkan sebagai aplikasi berbeda oleh {units}; periksa aplikasi "
        "mana yang benar.",
    },
    "architecture.finding.missing_code": {
        "en": "{unit}: the {domain} object {name} has no {list} reference code; pick one from "
        "the list.",
        "id": "{unit}: objek {domain} {name} belum punya kode referensi {list}; pilih dari daftar.",
    },
    "architecture.finding.unknown_code": {
        "en": "{unit}: the {domain} object {name} has the code {code}, which no list knows; "
        "pick a listed code or add it to the list.",
        "id": "{unit}: objek {domain} {name} memakai kode {code} yang tidak ada di daftar; pilih "
        "kode yang ada atau tambahkan ke daftar.",
    },
    "architecture.finding.service_without_application": {
        "en": "{unit}: the service {name} has no supporting application; link one.",
        "id": "{unit}: layanan {name} belum punya aplikasi pendukung; hubungkan satu.",
    },
    "architecture.finding.service_without_process": {
        "en": "{unit}: the service {name} has no business process; link one.",
        "id": "{unit}: layanan {name} belum punya proses bisnis; hubungkan satu.",
    },
    "architecture.finding.application_without_hosting": {
        "en": "{unit}: the application {name} has no hosting (infrastructure); link where it runs.",
        "id": "{unit}: aplikasi {name} belum punya hosting (infrastruktur); hubungkan tempat "
        "aplikasi berjalan.",
    },
    "architecture.finding.common_app_as_own": {
        "en": "{unit}: {name} is registered as the unit's own application but is an Aplikasi "
        "Umum set nationally (or the reverse); correct its ownership and RAA code.",
        "id": "{unit}: {name} dicatat sebagai aplikasi milik unit padahal Aplikasi Umum yang "
        "ditetapkan nasional (atau sebaliknya); perbaiki kepemilikan dan kode RAA-nya.",
    },
    "architecture.finding.siap_count_mismatch": {
        "en": "{unit}: {marked} {domain} object(s) are marked entered in SIAP Digital but only "
        "{shown} have a SIAP id and screenshot; complete the status list.",
        "id": "{unit}: {marked} objek {domain} ditandai terinput di SIAP Digital tetapi hanya "
        "{shown} yang punya ID SIAP dan tangkapan layar; lengkapi daftar statusnya.",
    },
}
