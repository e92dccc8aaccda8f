"""User-facing texts of the services (and of the command line's usage rules).

A plain table: :mod:`spbe_desktop.messages` gathers it with every other package's into the one
catalogue :func:`spbe_desktop.errors.message_for` reads. Each text is one sentence: what is wrong,
what to do.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # workspaces: init, assess, levels
    "usage.role": {
        "en": "The role must be 'opd' or 'coordinator', not '{role}'.",
        "id": "Peran harus 'opd' atau 'coordinator', bukan '{role}'.",
    },
    "usage.level": {
        "en": "The level must be a whole number from 1 to 5, not '{level}'.",
        "id": "Tingkat harus bilangan bulat 1 sampai 5, bukan '{level}'.",
    },
    "usage.target": {
        "en": "The target index must be a number from 1 to 5, not '{target}'.",
        "id": "Target indeks harus angka 1 sampai 5, bukan '{target}'.",
    },
    "usage.empty_field": {
        "en": "The {field} must not be empty; give a name.",
        "id": "{field} tidak boleh kosong; isi namanya.",
    },
    "usage.status": {
        "en": "The status must be one of draft, ready or na, not '{status}'.",
        "id": "Status harus salah satu dari draft, ready atau na, bukan '{status}'.",
    },
    # attaching documents
    "attach.not_found": {
        "en": "The file {file} does not exist; check the name and folder.",
        "id": "Berkas {file} tidak ada; periksa nama dan foldernya.",
    },
    "attach.is_directory": {
        "en": "{file} is a folder, not a file; choose the documents inside it.",
        "id": "{file} adalah folder, bukan berkas; pilih dokumen di dalamnya.",
    },
    "attach.unreadable": {
        "en": "The file {file} cannot be read ({detail}); check its permissions.",
        "id": "Berkas {file} tidak dapat dibaca ({detail}); periksa izin aksesnya.",
    },
    "attach.is_workspace": {
        "en": "{file} is the workspace itself (or its journal), not a document; choose the "
        "evidence file.",
        "id": "{file} adalah ruang kerja ini sendiri (atau jurnalnya), bukan dokumen; pilih "
        "berkas bukti dukungnya.",
    },
    "attach.empty": {
        "en": "The file {file} is empty; choose the real document.",
        "id": "Berkas {file} kosong; pilih dokumen yang sebenarnya.",
    },
    "attach.too_large": {
        "en": "The file {file} is {size_mb} MB, over the limit of {limit_mb} MB; compress or "
        "split it.",
        "id": "Berkas {file} berukuran {size_mb} MB, melebihi batas {limit_mb} MB; kecilkan "
        "atau pecah berkas itu.",
    },
    "attach.not_regular": {
        "en": "{file} is not a regular file; choose a document file.",
        "id": "{file} bukan berkas biasa; pilih berkas dokumen.",
    },
    "usage.kind": {
        "en": "The kind '{kind}' is unknown; use one of: {known}.",
        "id": "Jenis '{kind}' tidak dikenal; gunakan salah satu dari: {known}.",
    },
    "usage.date": {
        "en": "The date '{value}' is not valid; write it as YYYY-MM-DD.",
        "id": "Tanggal '{value}' tidak valid; tulis dengan format TTTT-BB-HH.",
    },
    "progress.inspecting": {"en": "Reading {name}", "id": "Membaca {name}"},
    "progress.storing": {"en": "Storing {name}", "id": "Menyimpan {name}"},
    "progress.backup": {"en": "Backing up to {name}", "id": "Mencadangkan ke {name}"},
    "progress.checking": {"en": "Checking documents", "id": "Memeriksa dokumen"},
    # evidence edits
    "progress.exporting_document": {"en": "Preparing {name}", "id": "Menyiapkan {name}"},
    # backups
    "backup.same_file": {
        "en": "The backup must be a different file from the workspace; choose another name.",
        "id": "Cadangan harus berupa berkas lain dari ruang kerja; pilih nama lain.",
    },
    "backup.key_unprotected": {
        "en": "Note: the private signing key inside is not protected by a passphrase; keep "
        "the backup in a safe place.",
        "id": "Perhatian: kunci privat di dalamnya tidak dilindungi frasa sandi; simpan "
        "cadangan di tempat aman.",
    },
    # what the command line asks for (raised by cli/commands and cli/output)
    "usage.init_needs": {
        "en": "Give either --kit KIT, or --role and --instansi.",
        "id": "Berikan --kit KIT, atau --role dan --instansi.",
    },
    "usage.from_conflict": {
        "en": "With --from the new workspace takes {option} from the old one; leave {option} out.",
        "id": "Dengan --from ruang kerja baru mengambil {option} dari ruang kerja lama; jangan "
        "berikan {option}.",
    },
    "usage.mapping_needs_from": {
        "en": "--mapping applies only to a new period's workspace; give --from OLD as well.",
        "id": "--mapping hanya berlaku untuk ruang kerja periode baru; berikan juga --from LAMA.",
    },
    # a new period's workspace from the previous one
    "usage.period_year": {
        "en": "The new period must be a year such as 2027, not '{period}'; give it with --period.",
        "id": "Periode baru harus berupa tahun seperti 2027, bukan '{period}'; berikan dengan "
        "--period.",
        "app_en": "The new period must be a year such as 2027, not '{period}'; choose the year in "
        "Period (year) of the Start a new period dialog.",
        "app_id": "Periode baru harus berupa tahun seperti 2027, bukan '{period}'; pilih tahunnya "
        "di kotak Periode (tahun) pada dialog Mulai periode baru.",
    },
    "usage.period_before": {
        "en": "The new period {period} comes before the old workspace's period {previous}; "
        "give a later year.",
        "id": "Periode baru {period} lebih awal daripada periode ruang kerja lama {previous}; "
        "berikan tahun yang lebih baru.",
    },
    "progress.carrying": {
        "en": "Copying {name} from the previous period",
        "id": "Menyalin {name} dari periode lalu",
    },
    "usage.trust_needs_card": {
        "en": "Give the OPD's identity card (CARD), or --revoke NAME.",
        "id": "Berikan kartu identitas OPD (CARD), atau --revoke NAMA.",
    },
    "usage.out_exists": {
        "en": "{file} already exists; choose another name, or add --force to replace it.",
        "id": "{file} sudah ada; pilih nama lain, atau tambahkan --force untuk menggantinya.",
    },
    # the coordinator's verdicts
    "usage.verdict": {
        "en": "The verdict must be diterima, perlu_revisi or ditolak, not '{verdict}'.",
        "id": "Putusan harus diterima, perlu_revisi atau ditolak, bukan '{verdict}'.",
    },
    # evidence items, national index scores, assessor results
    "usage.reason": {
        "en": "The reason must be wrong-document, not-uploaded or other, not '{reason}'.",
        "id": "Alasan harus wrong-document, not-uploaded atau other, bukan '{reason}'.",
    },
    "usage.reason_note": {
        "en": "A revision for another reason needs a note; say what must change with --note.",
        "id": "Revisi dengan alasan lain perlu catatan; tulis apa yang harus diubah dengan --note.",
        "app_en": "Returning an item for another reason needs a note; write what must change in "
        "Note, then press Return again.",
        "app_id": "Butir yang dikembalikan dengan alasan lain perlu catatan; tulis apa yang harus "
        "diubah di kotak Catatan, lalu tekan Kembalikan lagi.",
    },
    "usage.number": {
        "en": "The {field} must be a number, not '{value}'.",
        "id": "Nilai {field} harus berupa angka, bukan '{value}'.",
    },
    "usage.value": {
        "en": "An indicator value must be a number from 1 to 5, not '{value}'.",
        "id": "Nilai indikator harus angka 1 sampai 5, bukan '{value}'.",
    },
    "usage.external_needs": {
        "en": "Give either the index score (--score) or the value itself (--value), not both.",
        "id": "Berikan skor indeks (--score) atau nilainya langsung (--value), tidak keduanya.",
        "app_en": "Fill in either the index score or the value itself, not both.",
        "app_id": "Isi skor indeks atau nilainya langsung, tidak keduanya.",
    },
    "usage.not_external": {
        "en": "Indicator {number} ({name}) is judged on evidence items, not on a national "
        "index; attach documents to its items instead.",
        "id": "Indikator {number} ({name}) dinilai dari butir bukti dukung, bukan dari indeks "
        "nasional; lampirkan dokumen pada butirnya.",
    },
    "usage.stage": {
        "en": "The stage must be dokumen, interviu or visitasi, not '{stage}'.",
        "id": "Tahap harus dokumen, interviu atau visitasi, bukan '{stage}'.",
    },
    "usage.item_indicator": {
        "en": "Item {item} belongs to indicator {owner}, not {indicator}; give the item's own "
        "indicator.",
        "id": "Butir {item} milik indikator {owner}, bukan {indicator}; berikan indikator "
        "butir itu.",
    },
}
