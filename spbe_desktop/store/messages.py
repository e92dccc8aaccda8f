"""User-facing texts for the store's error codes (gathered by :mod:`spbe_desktop.messages`)."""

MESSAGES: dict[str, dict[str, str]] = {
    "store.not_found": {
        "en": "The workspace {file} does not exist; check the path or create it with 'spbe init'.",
        "id": "Ruang kerja {file} tidak ada; periksa lokasinya atau buat dengan 'spbe init'.",
        "app_en": "The workspace {file} does not exist; find it with File › Open a workspace…, or "
        "make a new one with File › Set up a new workspace.",
        "app_id": "Ruang kerja {file} tidak ada; cari lewat Berkas › Buka ruang kerja…, atau buat "
        "yang baru lewat Berkas › Siapkan ruang kerja baru.",
    },
    "store.exists": {
        "en": "The file {file} already exists; choose another name or remove it first.",
        "id": "Berkas {file} sudah ada; pilih nama lain atau hapus dulu berkas itu.",
    },
    "store.not_a_workspace": {
        "en": "{file} is not a spbe-desktop workspace; open a .spbe file made by this program.",
        "id": "{file} bukan ruang kerja spbe-desktop; buka berkas .spbe yang dibuat aplikasi ini.",
    },
    "store.corrupt": {
        "en": "The workspace {file} is damaged ({detail}); restore it from a backup.",
        "id": "Ruang kerja {file} rusak ({detail}); pulihkan dari cadangan.",
    },
    "store.newer_version": {
        "en": "The workspace {file} was made by a newer version of spbe-desktop; update the "
        "program to open it (the file was not changed).",
        "id": "Ruang kerja {file} dibuat oleh versi spbe-desktop yang lebih baru; perbarui "
        "aplikasi untuk membukanya (berkas tidak diubah).",
    },
    "store.busy": {
        "en": "The workspace {file} is busy with another program or window; wait until it "
        "finishes and try again.",
        "id": "Ruang kerja {file} sedang dipakai program atau jendela lain; tunggu sampai "
        "selesai lalu coba lagi.",
    },
    "store.disk_full": {
        "en": "The disk is full while writing {file}; free some space and try again "
        "(nothing was changed).",
        "id": "Disk penuh saat menulis {file}; kosongkan sebagian ruang lalu coba lagi "
        "(tidak ada yang diubah).",
    },
    "store.io": {
        "en": "The workspace {file} could not be written ({detail}); check the disk and try "
        "again (nothing was changed).",
        "id": "Ruang kerja {file} tidak dapat ditulis ({detail}); periksa disk lalu coba lagi "
        "(tidak ada yang diubah).",
    },
    "store.read_only": {
        "en": "The workspace {file} is read-only; copy it to a writable folder first.",
        "id": "Ruang kerja {file} hanya-baca; salin dulu ke folder yang dapat ditulisi.",
    },
    "store.no_document": {
        "en": "There is no document {ref} in this workspace; check the number in 'spbe status'.",
        "id": "Tidak ada dokumen {ref} di ruang kerja ini; periksa nomornya di 'spbe status'.",
        "app_en": "There is no document {ref} in this workspace (it may have been removed); open "
        "the workspace again from File › Recently opened to refresh its list, and run Reports › "
        "Check workspace if the document is still listed.",
        "app_id": "Tidak ada dokumen {ref} di ruang kerja ini (mungkin sudah dihapus); buka lagi "
        "ruang kerja lewat Berkas › Terakhir dibuka agar daftarnya diperbarui, lalu jalankan "
        "Laporan › Periksa ruang kerja bila dokumen itu masih tercantum.",
    },
    "store.no_result": {
        "en": "There is no assessor result {ref} in this workspace; reload the list and choose "
        "again.",
        "id": "Tidak ada hasil asesor {ref} di ruang kerja ini; muat ulang daftarnya lalu pilih "
        "lagi.",
    },
    "store.wrong_role": {
        "en": "This needs a {expected} workspace, but {file} is a {actual} workspace.",
        "id": "Perintah ini memerlukan ruang kerja {expected}, tetapi {file} adalah ruang "
        "kerja {actual}.",
    },
    "store.audit_append_only": {
        "en": "The audit log can only grow; past entries cannot be changed.",
        "id": "Log audit hanya dapat bertambah; entri lama tidak dapat diubah.",
    },
    "store.constraint": {
        "en": "This change conflicts with data the workspace {file} already holds "
        "({detail}); nothing was changed: check what was entered or received and try again.",
        "id": "Perubahan ini bertentangan dengan data yang sudah ada di ruang kerja {file} "
        "({detail}); tidak ada yang diubah: periksa data yang diisi atau diterima lalu coba "
        "lagi.",
    },
    "store.open_elsewhere": {
        "en": "This workspace is open in another window of the app ({file}); close it there "
        "(or use that window), then open it here again.",
        "id": "Ruang kerja ini sedang dibuka di aplikasi lain ({file}); tutup dulu di sana "
        "(atau lanjutkan di jendela itu), lalu buka lagi di sini.",
    },
    "store.hash_mismatch": {
        "en": "The content of {file} changed while it was being stored; try again.",
        "id": "Isi {file} berubah saat disimpan; coba lagi.",
    },
    # What `spbe check` (WorkspaceStore.check) can find; every code of a Finding made here.
    "check.integrity": {
        "en": "SQLite's integrity check failed ({detail}); restore the workspace from a backup.",
        "id": "Pemeriksaan keutuhan SQLite gagal ({detail}); pulihkan ruang kerja dari cadangan.",
    },
    "check.foreign_keys": {
        "en": "{count} record(s) point to data that no longer exists; restore the workspace "
        "from a backup.",
        "id": "{count} catatan merujuk data yang sudah tidak ada; pulihkan ruang kerja dari "
        "cadangan.",
    },
    "check.audit_chain": {
        "en": "The audit log was altered at entry {seq} (its chain of hashes is broken); "
        "restore the workspace from a backup.",
        "id": "Log audit diubah pada entri {seq} (rantai hash-nya putus); pulihkan ruang "
        "kerja dari cadangan.",
    },
    "check.blob_hash": {
        "en": "The stored content of document {sha256}… no longer matches its hash; restore "
        "the workspace from a backup or attach the document again.",
        "id": "Isi dokumen {sha256}… yang tersimpan tidak lagi cocok dengan hash-nya; "
        "pulihkan ruang kerja dari cadangan atau lampirkan ulang dokumen itu.",
    },
}
