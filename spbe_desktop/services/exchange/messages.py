"""User-facing texts of the exchange services (cards, kits, bundles, receipts)."""

MESSAGES: dict[str, dict[str, str]] = {
    "exchange.passphrase_needed": {
        "en": "The signing key of this workspace is protected by a passphrase; add "
        "--passphrase (or run the command in a terminal) to be asked for it, or set "
        "SPBE_PASSPHRASE.",
        "id": "Kunci tanda tangan ruang kerja ini dilindungi frasa sandi; tambahkan "
        "--passphrase (atau jalankan perintah di terminal) agar frasa sandi ditanyakan, atau "
        "isi SPBE_PASSPHRASE.",
        "app_en": "The signing key of this workspace is protected by a passphrase; try again and "
        "type the passphrase when the app asks for it.",
        "app_id": "Kunci tanda tangan ruang kerja ini dilindungi frasa sandi; ulangi lalu ketik "
        "frasa sandinya ketika aplikasi memintanya.",
    },
    "exchange.not_identity_card": {
        "en": "{file} is not an identity card of this program's OPDs; ask the OPD for the "
        "card made with 'spbe identity --out'.",
        "id": "{file} bukan kartu identitas OPD dari aplikasi ini; minta OPD mengirim kartu "
        "yang dibuat dengan 'spbe identity --out'.",
        "app_en": "{file} is not an identity card of this program's OPDs; choose the card the OPD "
        "sent, or import the OPD's bundle and trust its key with Decide on trust… on the Import "
        "bundles tab.",
        "app_id": "{file} bukan kartu identitas OPD dari aplikasi ini; pilih kartu yang dikirim "
        "OPD, atau impor paket OPD itu lalu percayai kuncinya lewat Putuskan kepercayaan… di tab "
        "Impor paket.",
    },
    "exchange.card_is_self": {
        "en": "This identity card belongs to this workspace itself; pin the OPD's card instead.",
        "id": "Kartu identitas ini milik ruang kerja ini sendiri; sematkan kartu milik OPD.",
    },
    "exchange.unknown_opd": {
        "en": "There is no OPD named '{name}' in the register; add it with 'spbe trust' or "
        "'spbe kit' first.",
        "id": "Tidak ada OPD bernama '{name}' dalam daftar; tambahkan dulu dengan 'spbe "
        "trust' atau 'spbe kit'.",
        "app_en": "There is no OPD named '{name}' in the register; add it first with Add OPD… on "
        "the OPDs and assignment tab.",
        "app_id": "Tidak ada OPD bernama '{name}' dalam daftar; tambahkan dulu lewat Tambah OPD… "
        "di tab OPD dan penugasan.",
    },
    "exchange.key_in_use": {
        "en": "This key is already pinned for '{name}'; one key belongs to one OPD.",
        "id": "Kunci ini sudah disematkan untuk '{name}'; satu kunci hanya untuk satu OPD.",
    },
    "exchange.key_replace_needed": {
        "en": "'{name}' already has a pinned key with fingerprint {old} and this key has "
        "fingerprint {new}; confirm the new fingerprint with the OPD by phone, then add "
        "--replace.",
        "id": "'{name}' sudah memiliki kunci tersemat dengan sidik jari {old} dan kunci ini "
        "bersidik jari {new}; cocokkan sidik jari baru dengan OPD lewat telepon, lalu "
        "tambahkan --replace.",
        "app_en": "'{name}' already has a pinned key with fingerprint {old} and this key has "
        "fingerprint {new}; confirm the new fingerprint with the OPD by phone, then pin the key "
        "again and answer Replace key.",
        "app_id": "'{name}' sudah memiliki kunci tersemat dengan sidik jari {old} dan kunci ini "
        "bersidik jari {new}; cocokkan sidik jari baru dengan OPD lewat telepon, lalu sematkan "
        "lagi kuncinya dan jawab Ganti kunci.",
    },
    "exchange.key_revoked": {
        "en": "The key of '{name}' with fingerprint {fingerprint} was revoked and stays "
        "revoked; add --unrevoke only if the OPD confirmed by phone that it is safe again.",
        "id": "Kunci '{name}' dengan sidik jari {fingerprint} sudah dicabut dan tetap "
        "dicabut; tambahkan --unrevoke hanya bila OPD memastikan lewat telepon bahwa kunci "
        "itu aman lagi.",
        "app_en": "The key of '{name}' with fingerprint {fingerprint} was revoked and stays "
        "revoked; pin it again and answer Trust again only if the OPD confirmed by phone that it "
        "is safe again.",
        "app_id": "Kunci '{name}' dengan sidik jari {fingerprint} sudah dicabut dan tetap "
        "dicabut; sematkan lagi dan jawab Percayai lagi hanya bila OPD memastikan lewat telepon "
        "bahwa kunci itu aman lagi.",
    },
    "exchange.kit_changed": {
        "en": "The kit {file} is signed by another coordinator key than the one you "
        "confirmed; open the kit again and check its fingerprint with the coordinator.",
        "id": "Kit {file} ditandatangani kunci koordinator yang lain dari yang Anda "
        "cocokkan; buka kit itu lagi dan cocokkan sidik jarinya dengan koordinator.",
    },
    "exchange.export_failed_verification": {
        "en": "The bundle just written did not pass its own verification ({detail}); it was "
        "removed. Run 'spbe check' on the workspace.",
        "id": "Paket yang baru ditulis gagal diverifikasi ({detail}); berkas dihapus. "
        "Jalankan 'spbe check' pada ruang kerja.",
        "app_en": "The bundle just written did not pass its own verification ({detail}); it was "
        "removed. Run Reports › Check workspace.",
        "app_id": "Paket yang baru ditulis gagal diverifikasi ({detail}); berkas dihapus. "
        "Jalankan Laporan › Periksa ruang kerja.",
    },
    "exchange.receipt_wrong_opd": {
        "en": "This receipt was issued for another OPD ({unit}); accept only your own receipt.",
        "id": "Tanda terima ini diterbitkan untuk OPD lain ({unit}); terima hanya tanda "
        "terima milik Anda.",
    },
    "exchange.receipt_wrong_coordinator": {
        "en": "This receipt is not signed by your coordinator's key; do not accept it and "
        "ask the coordinator.",
        "id": "Tanda terima ini tidak ditandatangani kunci koordinator Anda; jangan terima "
        "dan tanyakan kepada koordinator.",
    },
    "exchange.receipt_old": {
        "en": "This receipt (sequence {sequence}) is older than one already accepted; "
        "nothing was changed.",
        "id": "Tanda terima ini (urutan {sequence}) lebih lama dari yang sudah diterima; "
        "tidak ada yang diubah.",
    },
    "exchange.nothing_imported": {
        "en": "No bundle has been imported from '{name}' yet; import one before issuing a receipt.",
        "id": "Belum ada paket yang diimpor dari '{name}'; impor dulu sebelum menerbitkan "
        "tanda terima.",
    },
    "verify.unit_mismatch": {
        "en": "Signed with the key of {signer}, yet it claims to come from {claimed}; this "
        "bundle is not valid, do not import it and ask both OPDs.",
        "id": "Ditandatangani oleh kunci {signer}, padahal mengaku dari {claimed}; paket "
        "ini tidak sah, jangan diimpor dan tanyakan kepada kedua OPD.",
    },
    "verify.revoked_key": {
        "en": "Signed with the key of {unit}, which was revoked (fingerprint {fingerprint}); "
        "this bundle is not valid, ask the OPD for its new identity card.",
        "id": "Ditandatangani dengan kunci {unit} yang sudah dicabut (sidik jari "
        "{fingerprint}); paket ini tidak sah, minta kartu identitas baru dari OPD.",
    },
    "exchange.trust_source": {
        "en": "{file} is neither a workspace nor an identity card; give the coordinator "
        "workspace or the OPD's card.",
        "id": "{file} bukan ruang kerja maupun kartu identitas; berikan ruang kerja "
        "koordinator atau kartu OPD.",
    },
    "import.already": {
        "en": "{file}: already imported (sudah diimpor); nothing changed.",
        "id": "{file}: sudah diimpor; tidak ada yang berubah.",
    },
    "import.sequence_reused": {
        "en": "{file}: a different bundle with sequence {sequence} from {unit} was already "
        "imported; refused. Ask the OPD to export again.",
        "id": "{file}: paket lain dengan urutan {sequence} dari {unit} sudah diimpor; "
        "ditolak. Minta OPD mengekspor ulang.",
    },
    "import.rollback": {
        "en": "{file}: sequence {sequence} is older than the last accepted ({last}) from "
        "{unit}; refused as an old copy. Ask the OPD for its newest bundle.",
        "id": "{file}: urutan {sequence} lebih lama dari yang terakhir diterima ({last}) dari "
        "{unit}; ditolak sebagai salinan lama. Minta paket terbaru dari OPD.",
    },
    "import.unknown_key": {
        "en": "{file}: signed by a key that is not in the OPD register (fingerprint "
        "{fingerprint}); pin the OPD's identity card with 'spbe trust' first.",
        "id": "{file}: ditandatangani kunci yang tidak terdaftar (sidik jari {fingerprint}); "
        "sematkan dulu kartu identitas OPD dengan 'spbe trust'.",
        "app_en": "{file}: signed by a key that is not in the OPD register (fingerprint "
        "{fingerprint}); confirm the fingerprint with the OPD by phone, then press Decide on "
        "trust… on this tab.",
        "app_id": "{file}: ditandatangani kunci yang tidak terdaftar (sidik jari {fingerprint}); "
        "cocokkan sidik jari itu dengan OPD lewat telepon, lalu tekan Putuskan kepercayaan… di "
        "tab ini.",
    },
    "import.revoked_key": {
        "en": "{file}: signed by the revoked key of {unit}; refused. Ask the OPD for a new "
        "identity card.",
        "id": "{file}: ditandatangani kunci {unit} yang sudah dicabut; ditolak. Minta kartu "
        "identitas baru dari OPD.",
    },
    "import.wrong_pack": {
        "en": "{file}: made for framework {pack} but this workspace uses {expected}; ask the "
        "OPD to use the evaluation kit of this round.",
        "id": "{file}: dibuat untuk kerangka {pack}, sedangkan ruang kerja ini memakai "
        "{expected}; minta OPD memakai kit evaluasi putaran ini.",
    },
    "import.wrong_period": {
        "en": "{file}: made for period {period} but this workspace is for {expected}; refused.",
        "id": "{file}: dibuat untuk periode {period}, sedangkan ruang kerja ini untuk "
        "{expected}; ditolak.",
    },
    "import.delta_base_missing": {
        "en": "{file}: a delta bundle that refers to {count} documents this workspace does "
        "not hold; import the earlier bundles first or ask the OPD for a full export.",
        "id": "{file}: paket perubahan merujuk {count} dokumen yang tidak dimiliki ruang kerja "
        "ini; impor dulu paket sebelumnya atau minta OPD mengekspor penuh (--full).",
        "app_en": "{file}: a delta bundle that refers to {count} documents this workspace does "
        "not hold; import the earlier bundles first or ask the OPD to send a full bundle.",
        "app_id": "{file}: paket perubahan merujuk {count} dokumen yang tidak dimiliki ruang "
        "kerja ini; impor dulu paket sebelumnya atau minta OPD mengirim paket lengkap.",
    },
    "import.part_stored": {
        "en": "{file}: part {part} of {count} kept; still missing: {missing}.",
        "id": "{file}: bagian {part} dari {count} disimpan; masih kurang: {missing}.",
    },
    "import.bad_content": {
        "en": "{file}: the bundle's content is not what this program writes ({detail}); "
        "refused. Ask the OPD to export again.",
        "id": "{file}: isi paket tidak sesuai format aplikasi ini ({detail}); ditolak. Minta "
        "OPD mengekspor ulang.",
    },
    "usage.split": {
        "en": "The part size must be at least 1 MB, not {value}.",
        "id": "Ukuran bagian minimal 1 MB, bukan {value}.",
    },
    "import.unit_mismatch": {
        "en": "{file}: signed with the key registered for {signer}, but it claims to come "
        "from {claimed}; refused. Ask {claimed} to send its own bundle.",
        "id": "{file}: ditandatangani dengan kunci yang terdaftar untuk {signer}, padahal "
        "mengaku dari {claimed}; ditolak. Minta {claimed} mengirim paketnya sendiri.",
    },
    "import.parts_differ": {
        "en": "{file}: this part does not belong with the parts already received "
        "({detail}); refused. Ask the OPD to send all parts of one export again.",
        "id": "{file}: bagian ini tidak cocok dengan bagian yang sudah diterima ({detail}); "
        "ditolak. Minta OPD mengirim ulang semua bagian dari satu ekspor.",
    },
    "import.unexpected_file": {
        "en": "{file}: the bundle carries a file its document list does not name "
        "({member}); refused. Ask the OPD to export again with this program.",
        "id": "{file}: paket membawa berkas yang tidak tercantum di daftar dokumennya "
        "({member}); ditolak. Minta OPD mengekspor ulang dengan aplikasi ini.",
    },
    "import.conflict": {
        "en": "{file}: the bundle's content conflicts with what this workspace holds "
        "({detail}); refused, nothing changed. Ask the OPD to export again.",
        "id": "{file}: isi paket bertentangan dengan isi ruang kerja ini ({detail}); "
        "ditolak, tidak ada yang berubah. Minta OPD mengekspor ulang.",
    },
    "exchange.export_running": {
        "en": "{file} is being written by another export right now; wait for it to finish "
        "or choose another file name.",
        "id": "{file} sedang ditulis oleh ekspor lain; tunggu sampai selesai atau pilih nama "
        "berkas lain.",
    },
    "import.accepted": {"en": "{file}: accepted.", "id": "{file}: diterima."},
    "import.newer_format": {
        "en": "{file}: written in bundle format {format}, which this version cannot read "
        "(it reads {known}); refused, nothing changed: update spbe-desktop and import it again.",
        "id": "{file}: ditulis dalam format paket {format} yang tidak dapat dibaca versi ini "
        "(versi ini membaca {known}); ditolak, tidak ada yang berubah: perbarui spbe-desktop "
        "lalu impor lagi.",
    },
    "import.verdicts_cleared": {
        "en": "The documents of {items} changed, so their verdicts were taken back: judge "
        "them again.",
        "id": "Dokumen butir {items} berubah sehingga putusannya dibatalkan: nilai lagi "
        "butir tersebut.",
    },
    "exchange.receipt_newer_format": {
        "en": "{file}: written in receipt format {format}, which this version cannot read; "
        "update spbe-desktop and accept the receipt again.",
        "id": "{file}: ditulis dalam format tanda terima {format} yang tidak dapat dibaca "
        "versi ini; perbarui spbe-desktop lalu terima lagi tanda terima ini.",
    },
    "exchange.receipt_bad_content": {
        "en": "{file}: the receipt's content is not what this program writes ({detail}); "
        "nothing changed: ask the coordinator to issue the receipt again.",
        "id": "{file}: isi tanda terima tidak sesuai format aplikasi ini ({detail}); tidak ada "
        "yang berubah: minta koordinator menerbitkan ulang tanda terima.",
    },
    "progress.exporting": {"en": "Writing {name}", "id": "Menulis {name}"},
    "progress.verifying": {"en": "Verifying {name}", "id": "Memverifikasi {name}"},
    "progress.importing": {"en": "Importing {name}", "id": "Mengimpor {name}"},
}
