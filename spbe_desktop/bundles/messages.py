"""User-facing text for every code the bundles package raises or reports, in English and Bahasa
Indonesia. One sentence each: what is wrong, then what to do. Gathered by
:mod:`spbe_desktop.messages` into the one catalogue.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # keys
    "key.malformed": {
        "en": "The signing key is damaged or not an Ed25519 key ({detail}); restore it from "
        "your backup or create a new key and register it with the coordinator.",
        "id": "Kunci tanda tangan rusak atau bukan kunci Ed25519 ({detail}); pulihkan dari "
        "cadangan atau buat kunci baru dan daftarkan ke koordinator.",
    },
    "key.passphrase_needed": {
        "en": "The signing key is protected by a passphrase; enter the passphrase to use it.",
        "id": "Kunci tanda tangan dilindungi frasa sandi; masukkan frasa sandi untuk memakainya.",
    },
    "key.passphrase_wrong": {
        "en": "The passphrase for the signing key is wrong; type it again, minding capital "
        "letters.",
        "id": "Frasa sandi kunci tanda tangan salah; ketik ulang dengan memperhatikan huruf "
        "besar dan kecil.",
    },
    # signatures
    "signature.comment_invalid": {
        "en": "The {which} signature comment cannot be used ({reason}); shorten it to one line.",
        "id": "Komentar tanda tangan ({which}) tidak dapat dipakai ({reason}); persingkat "
        "menjadi satu baris.",
    },
    "signature.source_unreadable": {
        "en": "The file to sign or check cannot be read ({file}); check that it still exists "
        "and try again.",
        "id": "Berkas yang akan ditandatangani atau diperiksa tidak dapat dibaca ({file}); "
        "pastikan berkas masih ada lalu coba lagi.",
    },
    "signature.malformed": {
        "en": "The signature is damaged or not a minisign signature ({reason}); ask the sender "
        "to send the file again.",
        "id": "Tanda tangan rusak atau bukan tanda tangan minisign ({reason}); minta pengirim "
        "mengirim ulang berkasnya.",
    },
    "signature.wrong_key": {
        "en": "The file was signed with key {found}, not the expected key {expected}; do not "
        "use it and check with the sender which key they used.",
        "id": "Berkas ditandatangani dengan kunci {found}, bukan kunci yang diharapkan "
        "{expected}; jangan gunakan dan tanyakan kepada pengirim kunci mana yang dipakai.",
    },
    "signature.invalid": {
        "en": "The signature does not match the content ({part}): the file was changed after "
        "signing; do not use it and ask the sender to send it again.",
        "id": "Tanda tangan tidak cocok dengan isi ({part}): berkas diubah setelah "
        "ditandatangani; jangan gunakan dan minta pengirim mengirim ulang.",
    },
    "signature.legacy_too_large": {
        "en": "The file uses the old minisign signature format and is too large to check; ask "
        "the sender to sign it again with a current version.",
        "id": "Berkas memakai format tanda tangan minisign lama dan terlalu besar untuk "
        "diperiksa; minta pengirim menandatangani ulang dengan versi terbaru.",
    },
    # JSON
    "json.too_large": {
        "en": "The data file {name} is larger than the allowed {limit} bytes; do not import it "
        "and ask the sender to check it.",
        "id": "Berkas data {name} lebih besar dari batas {limit} bita; jangan impor dan minta "
        "pengirim memeriksanya.",
    },
    "json.not_utf8": {
        "en": "The data file {name} is not UTF-8 text; do not import it and ask the sender to "
        "export it again.",
        "id": "Berkas data {name} bukan teks UTF-8; jangan impor dan minta pengirim "
        "mengekspor ulang.",
    },
    "json.too_deep": {
        "en": "The data file {name} is nested more than {limit} levels deep; do not import it "
        "and ask the sender to export it again.",
        "id": "Berkas data {name} bersarang lebih dari {limit} tingkat; jangan impor dan minta "
        "pengirim mengekspor ulang.",
    },
    "json.invalid": {
        "en": "The data file {name} is not valid JSON ({detail}); do not import it and ask the "
        "sender to export it again.",
        "id": "Berkas data {name} bukan JSON yang sah ({detail}); jangan impor dan minta "
        "pengirim mengekspor ulang.",
    },
    # ZIP
    "zip.not_a_zip": {
        "en": "The file {file} is not a complete ZIP bundle (perhaps cut off while copying); "
        "copy it again from the original medium.",
        "id": "Berkas {file} bukan paket ZIP yang utuh (mungkin terpotong saat disalin); "
        "salin ulang dari media aslinya.",
    },
    "zip.corrupt": {
        "en": "The bundle is damaged at {name}; copy it again, and if that fails ask the OPD to "
        "send it again.",
        "id": "Paket rusak pada {name}; salin ulang, dan jika tetap gagal minta OPD mengirim "
        "ulang.",
    },
    "zip.unsafe_name": {
        "en": "The bundle contains an unsafe file name ({name}: {reason}); do not import this "
        "bundle and ask the OPD to send it again.",
        "id": "Berkas paket berisi nama berkas yang tidak aman ({name}: {reason}); jangan "
        "impor paket ini dan minta OPD mengirim ulang.",
    },
    "zip.symlink": {
        "en": "The bundle contains a symbolic link ({name}), which bundles never do; do not "
        "import it and ask the OPD to send it again.",
        "id": "Paket berisi tautan simbolik ({name}), padahal paket tidak pernah memuatnya; "
        "jangan impor dan minta OPD mengirim ulang.",
    },
    "zip.duplicate_name": {
        "en": "The bundle contains the same file name twice ({name} and {other}); do not import "
        "it and ask the OPD to send it again.",
        "id": "Paket berisi nama berkas yang sama dua kali ({name} dan {other}); jangan impor "
        "dan minta OPD mengirim ulang.",
    },
    "zip.bomb": {
        "en": "The bundle would unpack to far more than it should ({reason}); do not import it "
        "and ask the OPD to send it again.",
        "id": "Paket akan membengkak jauh melebihi wajarnya saat dibuka ({reason}); jangan "
        "impor dan minta OPD mengirim ulang.",
    },
    "zip.encrypted": {
        "en": "The bundle contains a password-protected entry ({name}), which bundles never "
        "do; ask the OPD to export the bundle again.",
        "id": "Paket berisi entri yang dilindungi kata sandi ({name}), padahal paket tidak "
        "pernah memakainya; minta OPD mengekspor ulang paket.",
    },
    "zip.unsupported_compression": {
        "en": "The bundle uses a compression method this application does not accept ({name}, "
        "method {method}); ask the OPD to export it again with spbe-desktop.",
        "id": "Paket memakai metode kompresi yang tidak diterima aplikasi ini ({name}, metode "
        "{method}); minta OPD mengekspor ulang dengan spbe-desktop.",
    },
    "zip.missing_entry": {
        "en": "The bundle has no file {name}; verify the bundle again before importing.",
        "id": "Paket tidak memuat berkas {name}; verifikasi ulang paket sebelum mengimpor.",
    },
    "zip.entry_too_large": {
        "en": "The bundle file {name} is larger than the allowed {limit} bytes; do not import it "
        "and ask the OPD to send it again.",
        "id": "Berkas {name} di dalam paket lebih besar dari batas {limit} bita; jangan impor "
        "dan minta OPD mengirim ulang.",
    },
    # bundles: writing
    "bundle.writing": {
        "en": "Writing the bundle: {item}.",
        "id": "Menulis paket: {item}.",
    },
    "bundle.verifying": {
        "en": "Checking the bundle: {item}.",
        "id": "Memeriksa paket: {item}.",
    },
    "bundle.disk_full": {
        "en": "The disk is full while writing the bundle {file}; free some space or use another "
        "flash disk, then export again (nothing was recorded).",
        "id": "Disk penuh saat menulis paket {file}; kosongkan sebagian ruang atau pakai flash "
        "disk lain, lalu ekspor lagi (tidak ada yang dicatat).",
    },
    "bundle.folder_missing": {
        "en": "The folder {folder} does not exist, so {file} could not be saved there; choose "
        "another folder and try again.",
        "id": "Folder {folder} tidak ada, jadi {file} tidak dapat disimpan di sana; pilih folder "
        "lain lalu coba lagi.",
    },
    "bundle.write_denied": {
        "en": "You may not write to the folder {folder}, so {file} could not be saved there; "
        "choose another folder (for example Documents) and try again.",
        "id": "Anda tidak berhak menulis di folder {folder}, jadi {file} tidak dapat disimpan di "
        "sana; pilih folder lain (misalnya Dokumen) lalu coba lagi.",
    },
    "bundle.write_failed": {
        "en": "The bundle {file} could not be written ({detail}); check the free space and "
        "that the folder or flash disk is writable, then try again.",
        "id": "Paket {file} tidak dapat ditulis ({detail}); periksa ruang kosong dan izin "
        "tulis folder atau flash disk, lalu coba lagi.",
    },
    "bundle.bad_path": {
        "en": "The evidence file name {item} cannot go into a bundle ({reason}); rename the file "
        "and export again.",
        "id": "Nama berkas bukti {item} tidak dapat dimasukkan ke paket ({reason}); ganti nama "
        "berkas lalu ekspor ulang.",
    },
    "bundle.duplicate_path": {
        "en": "Two evidence files would have the same name in the bundle ({item} and {other}); "
        "rename one of them and export again.",
        "id": "Dua berkas bukti akan bernama sama di dalam paket ({item} dan {other}); ganti "
        "nama salah satunya lalu ekspor ulang.",
    },
    "bundle.bad_info": {
        "en": "The bundle description field '{field}' cannot be written ({detail}); correct it "
        "and export again.",
        "id": "Kolom keterangan paket '{field}' tidak dapat ditulis ({detail}); perbaiki lalu "
        "ekspor ulang.",
    },
    "bundle.source_unreadable": {
        "en": "The evidence file {item} cannot be read ({detail}); check that it still exists "
        "and is not open elsewhere, then export again.",
        "id": "Berkas bukti {item} tidak dapat dibaca ({detail}); pastikan berkas masih ada dan "
        "tidak sedang dibuka aplikasi lain, lalu ekspor ulang.",
    },
    "bundle.source_changed": {
        "en": "The evidence file {item} changed while the bundle was being written; check the "
        "file in the workspace and export again.",
        "id": "Berkas bukti {item} berubah ketika paket sedang ditulis; periksa berkas di ruang "
        "kerja lalu ekspor ulang.",
    },
    # bundles: reading
    "bundle.unreadable": {
        "en": "The bundle {file} cannot be read ({detail}); check that the flash disk is still "
        "plugged in, or copy the bundle to this computer first.",
        "id": "Paket {file} tidak dapat dibaca ({detail}); pastikan flash disk masih "
        "terpasang, atau salin paket ke komputer ini terlebih dahulu.",
    },
    "bundle.layout": {
        "en": "The ZIP file is not laid out as a spbe-desktop bundle ({detail}); make sure you "
        "chose the bundle exported by the OPD.",
        "id": "Susunan berkas ZIP bukan paket bukti spbe-desktop ({detail}); pastikan yang dipilih "
        "adalah paket bukti hasil ekspor OPD.",
    },
    "bundle.bagit_version": {
        "en": "The bundle declares an unsupported BagIt version or encoding ({found}); ask the "
        "OPD to export it again with spbe-desktop.",
        "id": "Paket menyatakan versi atau pengodean BagIt yang tidak didukung ({found}); minta "
        "OPD mengekspor ulang dengan spbe-desktop.",
    },
    "bundle.info_invalid": {
        "en": "The bundle description is invalid at '{field}' ({detail}); do not import it and "
        "ask the OPD to export it again.",
        "id": "Keterangan paket tidak valid pada '{field}' ({detail}); jangan impor dan minta "
        "OPD mengekspor ulang.",
    },
    "bundle.unsigned": {
        "en": "The bundle carries no signature; do not import it and ask the OPD to export it "
        "again with spbe-desktop.",
        "id": "Paket tidak bertanda tangan; jangan impor dan minta OPD mengekspor ulang dengan "
        "spbe-desktop.",
    },
    "bundle.unknown_key": {
        "en": "The bundle was signed with an unknown key {key_id} and does not include it; ask "
        "the OPD for its identity card.",
        "id": "Paket ditandatangani dengan kunci tak dikenal {key_id} dan kunci itu tidak "
        "disertakan; minta kartu identitas OPD tersebut.",
    },
    "bundle.untrusted_key": {
        "en": "The signature is valid but key {key_id} is not yet trusted; confirm the "
        "fingerprint {fingerprint} with the OPD by phone before trusting it.",
        "id": "Tanda tangan sah tetapi kunci {key_id} belum dipercaya; cocokkan sidik jari "
        "{fingerprint} dengan OPD melalui telepon sebelum mempercayainya.",
    },
    "bundle.fingerprint_mismatch": {
        "en": "The signer fingerprint written in the bundle does not match its key; do not "
        "import it and ask the OPD to export it again.",
        "id": "Sidik jari penanda tangan yang tertulis di paket tidak cocok dengan kuncinya; "
        "jangan impor dan minta OPD mengekspor ulang.",
    },
    "bundle.signer_mismatch": {
        "en": "The bundle names a different signer key than the trusted key {key_id} that "
        "signed it; do not import it and ask the OPD which key it uses.",
        "id": "Paket menyebut kunci penanda tangan yang berbeda dari kunci tepercaya {key_id} "
        "yang menandatanganinya; jangan impor dan tanyakan kepada OPD kunci yang dipakai.",
    },
    "bundle.tag_not_covered": {
        "en": "The bundle's signed list does not cover {item}; do not import it and ask the "
        "OPD to export it again.",
        "id": "Daftar bertanda tangan dalam paket tidak mencakup {item}; jangan impor dan minta "
        "OPD mengekspor ulang.",
    },
    "bundle.missing_file": {
        "en": "The file {item} is missing from the bundle; do not import it and ask the OPD to "
        "send the bundle again.",
        "id": "Berkas {item} tidak ada di dalam paket; jangan impor dan minta OPD mengirim "
        "ulang paket.",
    },
    "bundle.extra_file": {
        "en": "The bundle contains a file that was not signed ({item}); do not import it and "
        "ask the OPD to send the bundle again.",
        "id": "Paket berisi berkas yang tidak ikut ditandatangani ({item}); jangan impor dan "
        "minta OPD mengirim ulang paket.",
    },
    "bundle.hash_mismatch": {
        "en": "The content of {item} differs from what was signed; do not import the bundle and "
        "ask the OPD to send it again.",
        "id": "Isi berkas {item} berbeda dari yang ditandatangani; jangan impor paket dan "
        "minta OPD mengirim ulang.",
    },
    "bundle.oxum_mismatch": {
        "en": "The bundle's total size and file count ({actual}) differ from what was declared "
        "({declared}); do not import it and ask the OPD to send it again.",
        "id": "Total ukuran dan jumlah berkas paket ({actual}) berbeda dari yang dinyatakan "
        "({declared}); jangan impor dan minta OPD mengirim ulang.",
    },
    "bundle.manifest_invalid": {
        "en": "The bundle's file list {item} is invalid ({detail}); do not import it and ask "
        "the OPD to export it again.",
        "id": "Daftar berkas paket {item} tidak valid ({detail}); jangan impor dan minta OPD "
        "mengekspor ulang.",
    },
    "bundle.not_in_bag": {
        "en": "The file {item} is not among the verified files of the bundle; verify the bundle "
        "again before importing.",
        "id": "Berkas {item} tidak termasuk berkas paket yang sudah diverifikasi; verifikasi "
        "ulang paket sebelum mengimpor.",
    },
    # envelopes
    "envelope.unreadable": {
        "en": "The file {file} cannot be read ({detail}); check that it still exists and try "
        "again.",
        "id": "Berkas {file} tidak dapat dibaca ({detail}); pastikan berkas masih ada lalu coba "
        "lagi.",
    },
    "envelope.malformed": {
        "en": "The file {file} is not a spbe-desktop signed file ({detail}); make sure you "
        "chose the right file.",
        "id": "Berkas {file} bukan berkas bertanda tangan spbe-desktop ({detail}); pastikan "
        "berkas yang dipilih benar.",
    },
    "envelope.wrong_kind": {
        "en": "The file {file} is a '{found}' file, not the expected '{expected}'; choose the "
        "right file.",
        "id": "Berkas {file} adalah berkas '{found}', bukan '{expected}' yang diharapkan; pilih "
        "berkas yang benar.",
    },
    "envelope.unsupported_version": {
        "en": "The file {file} uses format version {version}, which this version of the "
        "application cannot read; update spbe-desktop.",
        "id": "Berkas {file} memakai format versi {version} yang tidak dapat dibaca aplikasi "
        "versi ini; perbarui spbe-desktop.",
    },
    "envelope.signature_invalid": {
        "en": "The signature of {file} is not valid ({reason}): the file was changed after "
        "signing; do not use it and ask the sender for a new copy.",
        "id": "Tanda tangan berkas {file} tidak sah ({reason}): berkas diubah setelah "
        "ditandatangani; jangan gunakan dan minta salinan baru kepada pengirim.",
    },
    "envelope.payload_invalid": {
        "en": "The data to sign is not plain JSON data ({detail}); this is a program error, "
        "please report it with the log file.",
        "id": "Data yang akan ditandatangani bukan data JSON biasa ({detail}); ini kesalahan "
        "program, laporkan beserta berkas log.",
    },
}
