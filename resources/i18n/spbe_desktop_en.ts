<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>AnswerSaver</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/answer_saver.py" line="99"/>
        <source>Menyimpan isian</source>
        <extracomment>Job key of autosaves: one runs at a time.</extracomment>
        <translation>Saving answers</translation>
    </message>
</context>
<context>
    <name>ArchObjectForm</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_form.py" line="36"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_form.py" line="37"/>
        <source>Nama sebagaimana diinput di SIAP Digital</source>
        <translation>The name as entered in SIAP Digital</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_form.py" line="45"/>
        <source>Nama *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_form.py" line="50"/>
        <source>Kode referensi</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_form.py" line="54"/>
        <source>Kode referensi (%1)</source>
        <translation>Reference code (%1)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_form.py" line="81"/>
        <source>diisi</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_form.py" line="94"/>
        <source>angka</source>
        <translation>number</translation>
    </message>
</context>
<context>
    <name>ArchObjectModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="153"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="155"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="160"/>
        <source>Kode referensi</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="165"/>
        <source>Status SIAP</source>
        <translation>SIAP status</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="171"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>ArchitecturePage</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="98"/>
        <source>Inventaris arsitektur</source>
        <translation>Architecture inventory</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="101"/>
        <source>Catat apa yang dijalankan unit Anda, per domain, agar admin SIAP Digital dapat menginputnya dan koordinator dapat memeriksanya. Kolom bertanda * wajib diisi; kode referensi dicari dengan kode atau namanya.</source>
        <translation>Record what your unit runs, per domain, so that the SIAP Digital admin can enter it and the coordinator can check it. Fields marked * are required; find a reference code by its code or its name.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="109"/>
        <source>Domain arsitektur</source>
        <translation>Architecture domain</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="111"/>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="114"/>
        <source>Tulis buku kerja per domain, urutan kolom seperti di SIAP Digital</source>
        <translation>Write a workbook with a sheet per domain, columns in SIAP Digital&apos;s order</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="116"/>
        <source>I&amp;mpor dari Excel…</source>
        <translation>I&amp;mport from Excel…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="118"/>
        <source>Muat buku kerja yang sudah Anda sunting</source>
        <translation>Load a workbook you have edited</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="123"/>
        <source>Cari objek</source>
        <translation>Search objects</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="124"/>
        <source>Cari nama, kode, atau isian…</source>
        <translation>Search names, codes or fields…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="129"/>
        <source>Daftar objek arsitektur</source>
        <translation>List of architecture objects</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="140"/>
        <source>&amp;Tambah objek</source>
        <translation>&amp;Add object</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="142"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="148"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="151"/>
        <source>Relasi</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="153"/>
        <source>Simpan objek dulu, lalu hubungkan dengan objek domain lain.</source>
        <translation>Save the object first, then link it to objects of other domains.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="167"/>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="180"/>
        <source>Status di SIAP</source>
        <translation>SIAP status</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="268"/>
        <source>Membaca inventaris arsitektur</source>
        <translation>Reading the architecture inventory</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="293"/>
        <source>%n objek</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="350"/>
        <source>%1 baru</source>
        <translation>New object (%1)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="352"/>
        <source>Rincian: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="357"/>
        <source>Catatan koordinator (%1): %2</source>
        <translation>Coordinator&apos;s note (%1): %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="369"/>
        <source>Membaca relasi</source>
        <translation>Reading the relations</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="384"/>
        <source>Belum disimpan</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="393"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="394"/>
        <source>Buang perubahan pada “%1”?</source>
        <translation>Discard the changes to “%1”?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="397"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="430"/>
        <source>Menyimpan objek arsitektur</source>
        <translation>Saving the architecture object</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="436"/>
        <source>“%1” disimpan.</source>
        <translation>“%1” saved.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="444"/>
        <source>Hapus objek</source>
        <translation>Delete object</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="445"/>
        <source>Hapus “%1” beserta relasinya dari inventaris?</source>
        <translation>Delete “%1” and its relations from the inventory?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="446"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="452"/>
        <source>Menghapus objek arsitektur</source>
        <translation>Deleting the architecture object</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="460"/>
        <source>“%1” dihapus.</source>
        <translation>“%1” deleted.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="473"/>
        <source>Membaca objek %1</source>
        <translation>Reading object %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="481"/>
        <source>%1 untuk “%2”</source>
        <translation>%1 for “%2”</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="499"/>
        <source>Menyimpan relasi</source>
        <translation>Saving the relations</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="505"/>
        <source>Relasi “%1” disimpan.</source>
        <translation>Relations of “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="519"/>
        <source>Status SIAP Digital “%1” disimpan.</source>
        <translation>SIAP Digital status of “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_page.py" line="540"/>
        <source>Buku kerja ditulis: %1</source>
        <translation>Workbook written: %1</translation>
    </message>
</context>
<context>
    <name>ArchitectureTab</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="71"/>
        <source>Domain arsitektur</source>
        <translation>Architecture domain</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="75"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="76"/>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="204"/>
        <source>Semua OPD</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="79"/>
        <source>Cari nama, kode, atau isian…</source>
        <translation>Search names, codes or fields…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="80"/>
        <source>Cari objek</source>
        <translation>Search objects</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="82"/>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="85"/>
        <source>Tulis buku kerja gabungan semua OPD untuk operator SIAP Digital</source>
        <translation>Write one workbook with every OPD&apos;s objects for the SIAP Digital operator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="88"/>
        <source>Objek arsitektur semua OPD</source>
        <translation>Architecture objects of all OPDs</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="90"/>
        <source>Tambah &amp;kode referensi…</source>
        <translation>Add a &amp;reference code…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="93"/>
        <source>Perluas daftar kode (RAB, RAL, RAD, RAA, RAI, RAK) di bawah tingkat nasional</source>
        <translation>Extend the code lists (RAB, RAL, RAD, RAA, RAI, RAK) below the national level</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="100"/>
        <source>Catatan untuk OPD</source>
        <translation>Note for the OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="102"/>
        <source>Catatan untuk OPD (dikirim bersama tanda terima)</source>
        <translation>Note for the OPD (sent with the receipt)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="104"/>
        <source>Simpan ca&amp;tatan</source>
        <translation>Save the no&amp;te</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="106"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="111"/>
        <source>Temuan inventaris arsitektur</source>
        <translation>Architecture inventory findings</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="118"/>
        <source>Status di SIAP</source>
        <translation>SIAP status</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="141"/>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="143"/>
        <source>OPD:</source>
        <translation>OPD:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="190"/>
        <source>Membaca inventaris arsitektur</source>
        <translation>Reading the architecture inventory</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="207"/>
        <source>Temuan (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="208"/>
        <source>Tidak ada temuan.</source>
        <translation>No findings.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="225"/>
        <source>%n objek</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="260"/>
        <source>Pilih objek untuk melihat isinya.</source>
        <translation>Choose an object to see its fields.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="292"/>
        <source>Menyimpan catatan</source>
        <translation>Saving the note</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="299"/>
        <source>Catatan untuk %1 pada “%2” disimpan.</source>
        <translation>Note for %1 on “%2” saved.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="322"/>
        <source>Status SIAP Digital %1 “%2” disimpan.</source>
        <translation>SIAP Digital status of %1&apos;s “%2” saved.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="336"/>
        <source>Buku kerja ditulis: %1</source>
        <translation>Workbook written: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="359"/>
        <source>Menambah kode referensi</source>
        <translation>Adding the reference code</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_tab.py" line="365"/>
        <source>Kode %1 ditambahkan.</source>
        <translation>Code %1 added.</translation>
    </message>
</context>
<context>
    <name>AssessorTab</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="79"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="83"/>
        <source>Tahap penilaian</source>
        <translation>Assessment stage</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="88"/>
        <source>Nilai asesor</source>
        <translation>Assessor value</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="89"/>
        <source>1–5, mis. 2,5</source>
        <translation>1–5, e.g. 2.5</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="93"/>
        <source>Catatan asesor</source>
        <translation>Assessor note</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="94"/>
        <source>Catatan asesor (mis. bukti notulen kurang)</source>
        <translation>Assessor note (e.g. minutes missing)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="95"/>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="260"/>
        <source>&amp;Simpan hasil asesor</source>
        <translation>&amp;Save assessor result</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="97"/>
        <source>&amp;Batal koreksi</source>
        <translation>Cance&amp;l correction</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="100"/>
        <source>Catat hasil asesor eksternal</source>
        <translation>Record the external assessors&apos; result</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="101"/>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="101"/>
        <source>&amp;Tahap:</source>
        <translation>Sta&amp;ge:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="102"/>
        <source>&amp;Nilai:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="102"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="118"/>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="132"/>
        <source>Hasil asesor yang sudah dicatat</source>
        <translation>Assessor results recorded</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="120"/>
        <source>&amp;Koreksi…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="122"/>
        <source>Isi formulir dengan hasil terpilih untuk dikoreksi</source>
        <translation>Fill the form with the selected result to correct it</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="124"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="125"/>
        <source>Hapus hasil terpilih yang salah dicatat</source>
        <translation>Delete the selected result, recorded by mistake</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="137"/>
        <source>Mandiri dan asesor per aspek dan indikator</source>
        <translation>Self-assessment and assessors per aspect and indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="167"/>
        <source>Membaca hasil asesor</source>
        <translation>Reading the assessor results</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="174"/>
        <source>Membaca daftar hasil asesor</source>
        <translation>Reading the assessor results</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="208"/>
        <source>Isi nilai dari asesor (1 sampai 5, mis. 2,5).</source>
        <translation>Enter the assessors&apos; value (1 to 5, e.g. 2.5).</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="219"/>
        <source>Menyimpan hasil asesor</source>
        <translation>Saving the assessor result</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="226"/>
        <source>Hasil asesor indikator %1 (%2): %3.</source>
        <translation>Assessor result for indicator %1 (%2): %3.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="247"/>
        <source>&amp;Simpan koreksi</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="250"/>
        <source>Mengoreksi hasil asesor indikator %1 (%2) yang dicatat %3.</source>
        <translation>Correcting the assessor result for indicator %1 (%2) recorded on %3.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="271"/>
        <source>indikator %1, %2, nilai %3</source>
        <translation>indicator %1, %2, value %3</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="278"/>
        <source>Hapus hasil asesor</source>
        <translation>Delete assessor result</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="279"/>
        <source>Hapus hasil asesor ini (%1)? Riwayat tetap mencatatnya.</source>
        <translation>Delete this assessor result (%1)? The history keeps a record of it.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="280"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="286"/>
        <source>Menghapus hasil asesor</source>
        <translation>Deleting the assessor result</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="292"/>
        <source>Hasil asesor dihapus: %1.</source>
        <translation>Assessor result deleted: %1.</translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_models.py" line="151"/>
        <source>%1. %2
Pemilik bawaan: %3</source>
        <translation>%1. %2
Default owner: %3</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/calendar_panel.py" line="32"/>
        <source>Jadwal tahap penilaian</source>
        <extracomment>Fields per row of the grid (five stages fit a 1024 px wide window in two rows).</extracomment>
        <translation>Assessment stage schedule</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/calendar_panel.py" line="42"/>
        <source>Centang untuk mengisi hari terakhir tahap ini</source>
        <translation>Tick to set the last day of this stage</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/calendar_panel.py" line="44"/>
        <source>Hari terakhir tahap %1</source>
        <translation>Last day of the %1 stage</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/calendar_panel.py" line="49"/>
        <source>Simpan &amp;jadwal</source>
        <translation>Save the sc&amp;hedule</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/calendar_panel.py" line="68"/>
        <source>Menyimpan jadwal tahap</source>
        <translation>Saving the stage schedule</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/calendar_panel.py" line="75"/>
        <source>Jadwal tahap penilaian disimpan.</source>
        <translation>Assessment stage schedule saved.</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="40"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="41"/>
        <source>Klaim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="47"/>
        <source>Penjelasan</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="54"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="57"/>
        <source>Hasil pemeriksaan</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="66"/>
        <source>Komentar</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_code_picker.py" line="24"/>
        <source>Ketik kode atau nama (%1…)</source>
        <translation>Type a code or a name (%1…)</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="292"/>
        <source>Aspek / indikator</source>
        <translation>Aspect / indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="295"/>
        <source>Mandiri</source>
        <translation>Self</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="298"/>
        <source>Asesor</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="302"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="42"/>
        <source>Mandiri dan asesor</source>
        <translation>Self vs assessors</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="51"/>
        <source>Belum ada hasil asesor eksternal yang dicatat.</source>
        <translation>No external assessor result recorded yet.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_tab.py" line="54"/>
        <source>Indeks mandiri %1 (%2); indeks menurut asesor %3 (%4).</source>
        <translation>Self-assessed index %1 (%2); index by the assessors %3 (%4).</translation>
    </message>
</context>
<context>
    <name>ConsolidationTab</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="74"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="77"/>
        <source>&amp;Indikator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="82"/>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="114"/>
        <source>Klaim OPD</source>
        <translation>OPD claims</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="85"/>
        <source>Penjelasan OPD terpilih</source>
        <translation>Selected OPD&apos;s justification</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="92"/>
        <source>mis. lampirkan notulen reviu terbaru</source>
        <translation>e.g. attach the minutes of the latest review</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="94"/>
        <source>Terbitkan tanda &amp;terima…</source>
        <translation>Issue &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="103"/>
        <source>Penjelasan OPD:</source>
        <translation>OPD&apos;s justification:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="88"/>
        <source>Hasil pemeriksaan</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="93"/>
        <source>Simpan hasi&amp;l pemeriksaan</source>
        <translation>Save the &amp;verdict</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="97"/>
        <source>Tanda terima bertanda tangan untuk OPD terpilih: apa yang sudah diterima dan hasil pemeriksaan setiap indikatornya</source>
        <translation>A signed receipt for the selected OPD: what has been received and the verdict on each of its indicators</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="101"/>
        <source>Hasil pemeriksaan untuk OPD terpilih</source>
        <translation>Verdict for the selected OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="104"/>
        <source>&amp;Hasil pemeriksaan:</source>
        <translation>&amp;Verdict:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="105"/>
        <source>&amp;Komentar:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="109"/>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="117"/>
        <source>Bukti dukung</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="111"/>
        <source>&amp;Pratinjau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="129"/>
        <source>Klaim dan bukti</source>
        <translation>Claims and evidence</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="133"/>
        <source>Tingkat instansi</source>
        <translation>The agency&apos;s level</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="137"/>
        <source>Catatan keputusan</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="139"/>
        <source>Dasar keputusan: dokumen mana yang membuktikan tingkat ini</source>
        <translation>Basis of the decision: which documents prove this level</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="142"/>
        <source>Simpan &amp;keputusan</source>
        <translation>Save &amp;decision</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="144"/>
        <source>Keputusan instansi</source>
        <translation>Agency&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="147"/>
        <source>&amp;Tingkat:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="150"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="202"/>
        <source>Butir per OPD</source>
        <translation>Items per OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="262"/>
        <source>Membaca konsolidasi</source>
        <translation>Reading the consolidation</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="275"/>
        <source>%1 dari %2 OPD sudah menjawab</source>
        <translation>%1 of %2 OPDs have answered</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="310"/>
        <source>%n dokumen berbeda.</source>
        <translation>
            <numerusform>%n distinct document.</numerusform>
            <numerusform>%n distinct documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="311"/>
        <source>%n dikirim oleh lebih dari satu OPD.</source>
        <translation>
            <numerusform>%n sent by more than one OPD.</numerusform>
            <numerusform>%n sent by more than one OPD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="312"/>
        <source>%n mirip dokumen lain.</source>
        <translation>
            <numerusform>%n resembles another document.</numerusform>
            <numerusform>%n resemble other documents.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="330"/>
        <source>— belum diputuskan</source>
        <translation>— not decided</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="340"/>
        <source>Saran: %1 (klaim terendah; tingkat lebih tinggi butuh tingkat di bawahnya)</source>
        <translation>Suggested: %1 (the lowest claim; a higher level needs the one below it)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="344"/>
        <source>Belum ada klaim dari OPD.</source>
        <translation>No claim from the OPDs yet.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="347"/>
        <source>Diputuskan oleh %1</source>
        <translation>Decided by %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="350"/>
        <source>Belum diputuskan; dihitung tingkat 1.</source>
        <translation>Not decided; counted as level 1.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="424"/>
        <source>Menyimpan hasil pemeriksaan</source>
        <translation>Saving the verdict</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="427"/>
        <source>Hasil pemeriksaan untuk %1: %2.</source>
        <translation>Verdict for %1: %2.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="452"/>
        <source>Menyimpan keputusan</source>
        <translation>Saving the decision</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="455"/>
        <source>Keputusan indikator %1: %2.</source>
        <translation>Decision on indicator %1: %2.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_tab.py" line="459"/>
        <source>belum diputuskan</source>
        <translation>not decided</translation>
    </message>
</context>
<context>
    <name>ConstraintsModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="140"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="143"/>
        <source>Tingkat sekarang</source>
        <translation>Current level</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="144"/>
        <source>1 (belum diputuskan)</source>
        <translation>1 (not decided)</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="66"/>
        <source>%1 — Koordinator SPBE</source>
        <translation>%1 — SPBE coordinator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="87"/>
        <source>&amp;Dasbor</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="88"/>
        <source>&amp;Impor paket</source>
        <translation>&amp;Import bundles</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="89"/>
        <source>&amp;Konsolidasi</source>
        <translation>&amp;Consolidation</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="90"/>
        <source>Simulasi &amp;target</source>
        <translation>&amp;Target what-if</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="91"/>
        <source>&amp;Cari bukti</source>
        <translation>&amp;Search evidence</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="92"/>
        <source>&amp;Riwayat</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="94"/>
        <source>Ar&amp;sitektur</source>
        <translation>Archit&amp;ecture</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="96"/>
        <source>&amp;OPD dan penugasan</source>
        <translation>&amp;OPDs and assignment</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="110"/>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="114"/>
        <source>Impor paket bukti…</source>
        <translation>Import evidence bundles…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="115"/>
        <source>Periksa dan impor paket bukti dari OPD</source>
        <translation>Verify and import evidence bundles from the OPDs</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="116"/>
        <source>Muat kerangka yang diperbaiki…</source>
        <translation>Load corrected framework…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="118"/>
        <source>Ganti paket kerangka ruang kerja ini dengan versi yang sudah diperbaiki</source>
        <translation>Replace this workspace&apos;s framework pack with a corrected version</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="120"/>
        <source>Segarkan</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="159"/>
        <source>Membaca dasbor</source>
        <translation>Reading the dashboard</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="169"/>
        <source>Koordinator · %1 · %2 · periode %3 · %4</source>
        <translation>Coordinator · %1 · %2 · period %3 · %4</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="177"/>
        <source>SEMENTARA: kerangka %1 belum final. Bobot dan predikatnya dapat berubah; indeks ini perkiraan. Muat paket kerangka yang sudah diperbaiki bila ada, lalu terbitkan kit baru untuk OPD.</source>
        <translation>PROVISIONAL: framework %1 is not final. Its weights and predicates may change; this index is an estimate. Load a corrected framework pack when there is one, then issue new kits to the OPDs.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="201"/>
        <source>Antrean &amp;revisi</source>
        <translation>&amp;Revision queue</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="202"/>
        <source>Hasil &amp;asesor</source>
        <translation>&amp;Assessor results</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="281"/>
        <source>Pilih paket kerangka yang diperbaiki</source>
        <translation>Choose the corrected framework pack</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="282"/>
        <source>Paket kerangka (*.json);;Semua berkas (*)</source>
        <translation>Framework packs (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="287"/>
        <source>Ganti paket kerangka</source>
        <translation>Replace the framework pack</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="289"/>
        <source>Ganti kerangka ruang kerja ini dengan %1? Jawaban dan keputusan tetap tersimpan per indikator. Paket bukti OPD yang dibuat dengan kerangka lama akan ditolak: terbitkan kit baru untuk setiap OPD.</source>
        <translation>Replace this workspace&apos;s framework with %1? Answers and decisions are kept per indicator. OPD evidence bundles made with the old framework will be refused: issue a new kit to every OPD.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="293"/>
        <source>Ganti kerangka</source>
        <translation>Replace framework</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="300"/>
        <source>Memuat paket kerangka</source>
        <translation>Loading the framework pack</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="308"/>
        <source>Kerangka diganti: %1 versi %2.</source>
        <translation>Framework replaced: %1 version %2.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="322"/>
        <source>Simpan tanda terima untuk %1</source>
        <translation>Save the receipt for %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="324"/>
        <source>Tanda terima (*%1)</source>
        <translation>Receipts (*%1)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="338"/>
        <source>Menulis tanda terima</source>
        <translation>Writing the receipt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="349"/>
        <source>Tanda terima untuk %1 ditulis ke %2 (%n hasil pemeriksaan). Kirimkan berkas ini ke OPD.</source>
        <translation>
            <numerusform>The receipt for %1 was written to %2 (%n verdict). Send this file to the OPD.</numerusform>
            <numerusform>The receipt for %1 was written to %2 (%n verdicts). Send this file to the OPD.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/window.py" line="358"/>
        <source>Tanda terima diterbitkan</source>
        <translation>Receipt issued</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="62"/>
        <source>Nilai indeks instansi</source>
        <extracomment>Long OPD names are cut in the matrix&apos;s row header (the full name is in the tooltip).</extracomment>
        <translation>The agency&apos;s index</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="67"/>
        <source>Ubah target di tab Simulasi target</source>
        <translation>Change the target on the Target what-if tab</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="70"/>
        <source>Ubah jadwal di tab OPD dan penugasan</source>
        <translation>Change the schedule in the OPDs and assignment tab</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="75"/>
        <source>Dihitung dari keputusan instansi; indikator yang belum diputuskan dihitung tingkat 1.</source>
        <translation>Computed from the agency&apos;s decisions; undecided indicators count as level 1.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="94"/>
        <source>Tampilkan indeks per</source>
        <translation>Show the index per</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="97"/>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="102"/>
        <source>Kelengkapan per OPD</source>
        <translation>Completeness per OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="112"/>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="141"/>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="145"/>
        <source>Matriks OPD × indikator</source>
        <translation>OPD × indicator matrix</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="127"/>
        <source>Klik dua kali sebuah sel untuk membuka konsolidasi indikatornya.</source>
        <translation>Double-click a cell to open its indicator&apos;s consolidation.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="168"/>
        <source>Target: %1 (%2) · &lt;a href=&quot;#target&quot;&gt;ubah&lt;/a&gt;</source>
        <translation>Target: %1 (%2) · &lt;a href=&quot;#target&quot;&gt;change&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="173"/>
        <source>%1 · &lt;a href=&quot;#calendar&quot;&gt;ubah&lt;/a&gt;</source>
        <translation>%1 · &lt;a href=&quot;#calendar&quot;&gt;change&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="179"/>
        <source>%1 OPD terdaftar, %2 sudah mengirim paket bukti.</source>
        <translation>%1 OPDs registered, %2 have sent evidence bundles.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="184"/>
        <source>%n paket masih menunggu bagian lainnya.</source>
        <translation>
            <numerusform>%n bundle is still waiting for its other parts.</numerusform>
            <numerusform>%n bundles are still waiting for their other parts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="198"/>
        <source>Mandiri dan asesor</source>
        <translation>Self vs assessors</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="215"/>
        <source>Per domain</source>
        <translation>Per domain</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="213"/>
        <source>Per aspek</source>
        <translation>Per aspect</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="204"/>
        <source>Dihitung dari butir yang diterima koordinator.</source>
        <translation>Computed from the items the coordinator accepted.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="207"/>
        <source>Menurut asesor: %1 (%2). Mandiri dihitung dari butir yang diterima.</source>
        <translation>By the assessors: %1 (%2). The self-assessment is computed from the accepted items.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="225"/>
        <source>Indeks per domain</source>
        <translation>Index per domain</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_tab.py" line="225"/>
        <source>Indeks per aspek</source>
        <translation>Index per aspect</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="56"/>
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="69"/>
        <source>mis. 100.3.3.1/45/2024</source>
        <translation>e.g. 100.3.3.1/45/2024</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="70"/>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="72"/>
        <source>ada</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="74"/>
        <source>Isi bila dokumen punya masa berlaku (misalnya sertifikat atau SK tim)</source>
        <translation>Fill in if the document has a validity period (e.g. a certificate or a team decree)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="77"/>
        <source>mis. GUBERNUR MALUKU UTARA</source>
        <translation>e.g. GUBERNUR MALUKU UTARA</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="81"/>
        <source>Tingkat yang dibuktikan dokumen ini; pilih &quot;semua&quot; bila tidak khusus</source>
        <translation>The level this document proves; choose &quot;all&quot; if it is not specific</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="86"/>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="87"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="88"/>
        <source>&amp;Nomor:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="89"/>
        <source>Tanggal &amp;terbit:</source>
        <translation>&amp;Issued on:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="90"/>
        <source>&amp;Berlaku sampai:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="91"/>
        <source>&amp;Penerbit:</source>
        <translation>Issu&amp;er:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="92"/>
        <source>Bukti untuk &amp;tingkat:</source>
        <translation>Evidence for &amp;level:</translation>
    </message>
</context>
<context>
    <name>DocumentMetadataDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="119"/>
        <source>Periksa keterangan dokumen</source>
        <translation>Check the document details</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="123"/>
        <source>Keterangan di bawah ditebak dari isi dokumen. Periksa dan perbaiki bila perlu, lalu pilih Lampirkan. Dokumen akan ditautkan ke indikator %1.</source>
        <translation>The details below were guessed from the document&apos;s content. Check and correct them if needed, then choose Attach. The documents will be linked to indicator %1.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="129"/>
        <source>Berkas yang akan dilampirkan</source>
        <translation>Files to attach</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="141"/>
        <source>&amp;Lampirkan</source>
        <translation>&amp;Attach</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="69"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="70"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="71"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="73"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="76"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="81"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="84"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="33"/>
        <source>pindaian tanpa teks</source>
        <translation>scan without text</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="31"/>
        <source>dilindungi kata sandi</source>
        <translation>password-protected</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="32"/>
        <source>rusak atau tidak terbaca</source>
        <translation>damaged or unreadable</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="34"/>
        <source>masa berlaku habis</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="35"/>
        <source>terlalu lama</source>
        <translation>too old</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="77"/>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/document_table_model.py" line="53"/>
        <source>Berlaku sampai %1</source>
        <translation>Valid until %1</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/preview_dialog.py" line="192"/>
        <source>Menyiapkan dokumen</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/preview_dialog.py" line="218"/>
        <source>Tidak ada aplikasi untuk membuka berkas ini. Berkasnya ada di %1.</source>
        <translation>No application can open this file. It is at %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="92"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="96"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="97"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="99"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="102"/>
        <source>Pengirim</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="105"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="114"/>
        <source>dikirim oleh %n OPD</source>
        <translation>
            <numerusform>sent by %n OPD</numerusform>
            <numerusform>sent by %n OPDs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="121"/>
        <source>hampir sama dengan: %1</source>
        <translation>nearly identical to: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="124"/>
        <source>pindaian tanpa teks</source>
        <translation>scan without text</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/consolidation_models.py" line="131"/>
        <source>Teksnya sama dengan dokumen lain yang berbeda berkas (mis. dipindai ulang). Periksa apakah keduanya memang dokumen yang sama.</source>
        <translation>Its text is the same as that of another, different file (e.g. scanned again). Check whether both really are the same document.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="76"/>
        <source>Kirim bukti ke koordinator</source>
        <translation>Send evidence to the coordinator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="97"/>
        <source>Paket bukti berisi isian dan dokumen Anda, ditandatangani dengan kunci ruang kerja ini. Kirim berkasnya ke koordinator (flashdisk, surel, atau aplikasi pesan).</source>
        <translation>The evidence bundle holds your answers and documents, signed with this workspace&apos;s key. Send the file to the coordinator (USB stick, e-mail or a messaging app).</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="103"/>
        <source>Hanya &amp;perubahan sejak tanda terima terakhir</source>
        <translation>Only &amp;changes since the last receipt</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="105"/>
        <source>Dokumen yang sudah diterima koordinator tidak dikirim lagi</source>
        <translation>Documents the coordinator already received are not sent again</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="107"/>
        <source>&amp;Lengkap: semua isian dan semua dokumen</source>
        <translation>&amp;Full: all answers and all documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="113"/>
        <source>&amp;Pecah menjadi beberapa berkas, masing-masing paling besar</source>
        <translation>&amp;Split into several files, each at most</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="116"/>
        <source>Berguna bila surel atau aplikasi pesan membatasi ukuran lampiran</source>
        <translation>Useful when e-mail or a messaging app limits attachment size</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="123"/>
        <source>Ukuran paling besar per berkas</source>
        <translation>Largest size per file</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="125"/>
        <source>Lokasi berkas paket</source>
        <translation>Location of the bundle file</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="133"/>
        <source>Pilih &amp;lokasi…</source>
        <translation>Choose &amp;location…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="134"/>
        <source>&amp;Simpan sebagai:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="136"/>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="196"/>
        <source>Menghitung ukuran…</source>
        <translation>Calculating the size…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="139"/>
        <source>&amp;Buat paket</source>
        <translation>C&amp;reate bundle</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="165"/>
        <source>Memeriksa sebelum mengirim</source>
        <translation>Checking before sending</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="184"/>
        <source>Simpan paket bukti</source>
        <translation>Save the evidence bundle</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="186"/>
        <source>Paket bukti (*.zip)</source>
        <translation>Evidence bundle (*.zip)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="200"/>
        <source>Menghitung ukuran paket</source>
        <translation>Calculating the bundle size</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="211"/>
        <source>Perkiraan: %1 dokumen, %2 indikator, sekitar %3.</source>
        <translation>Estimate: documents: %1, indicators: %2, about %3.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="218"/>
        <source>Belum ada tanda terima dari koordinator, jadi paket berisi semuanya.</source>
        <translation>There is no receipt from the coordinator yet, so the bundle holds everything.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="231"/>
        <source>Frasa sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="231"/>
        <source>Frasa sandi kunci tanda tangan:</source>
        <translation>Passphrase of the signing key:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="244"/>
        <source>Membuat paket bukti</source>
        <translation>Creating the evidence bundle</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="259"/>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="277"/>
        <source>Tidak ada perubahan sejak tanda terima terakhir; tidak ada paket dibuat.</source>
        <translation>Nothing has changed since the last receipt; no bundle was written.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="281"/>
        <source>Koordinator sudah memegang semua jawaban dan dokumen Anda. Pilih “Lengkap” bila koordinator meminta paket lengkap.</source>
        <translation>The coordinator already holds all your answers and documents. Choose “Full” if the coordinator asks for a full bundle.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="292"/>
        <source>Paket bukti selesai dibuat dan sudah dibaca ulang dari flashdisk: tanda tangan dan isi berkas yang tersimpan di sana sah.</source>
        <translation>The evidence bundle was created and read back from the USB stick: the signature and the contents of the files stored there are valid.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="299"/>
        <source>Paket bukti selesai dibuat dan sudah diperiksa ulang: tanda tangan dan isi berkas sah.</source>
        <translation>The evidence bundle was created and checked again: the signature and the file contents are valid.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="304"/>
        <source>Paket dibuat, tetapi pemeriksaan ulang gagal.</source>
        <translation>The bundle was created, but checking it again failed.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="305"/>
        <source>perubahan saja</source>
        <translation>changes only</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="305"/>
        <source>lengkap</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="307"/>
        <source>Jenis: %1 · nomor urut %2</source>
        <translation>Kind: %1 · sequence number %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="310"/>
        <source>%1 dokumen, %2 indikator, %3</source>
        <translation>Documents: %1 · indicators: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="314"/>
        <source>Sidik jari kunci: %1</source>
        <translation>Key fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="315"/>
        <source>Berkas:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="318"/>
        <source>%1 (%2) lebih besar dari ukuran bagian; ia menjadi bagian tersendiri.</source>
        <translation>%1 (%2) is larger than the part size; it becomes a part of its own.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/export_dialog.py" line="325"/>
        <source>Sampaikan sidik jari ini kepada koordinator bila diminta, agar paket dapat dicocokkan.</source>
        <translation>Give this fingerprint to the coordinator when asked, so the bundle can be matched.</translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="69"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="73"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="78"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="82"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="81"/>
        <source>Sidik jari kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="84"/>
        <source>Cocokkan sidik jari ini dengan OPD lewat telepon</source>
        <translation>Check this fingerprint with the OPD by phone</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="91"/>
        <source>Nama OPD pemilik kunci</source>
        <translation>Name of the OPD that owns the key</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="95"/>
        <source>Sidik jari sudah saya cocokkan dengan petugas OPD lewat telepon</source>
        <translation>I have checked the fingerprint with the OPD officer by phone</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="98"/>
        <source>&amp;OPD:</source>
        <translation>&amp;OPD:</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="166"/>
        <source>&amp;Folder baru:</source>
        <translation>&amp;New folder:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="175"/>
        <source>Berkas yang lebih besar diperkecil (gambar 150 dpi), lalu dibagi menjadi beberapa bagian</source>
        <translation>Larger files are shrunk (images at 150 dpi), then split into several parts</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="179"/>
        <source>&amp;Ukuran berkas paling besar:</source>
        <translation>&amp;Maximum file size:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="180"/>
        <source>&amp;Susun</source>
        <translation>&amp;Compile</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="188"/>
        <source>Pilih folder tempat hasilnya</source>
        <translation>Choose the folder for the result</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="191"/>
        <source>Bukti dukung</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>GroupChart</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/chart.py" line="93"/>
        <source>%1. Garis putus-putus: target %2.</source>
        <translation>%1. Dashed line: target %2.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/help_dialog.py" line="14"/>
        <source>Panduan pengguna</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/help_dialog.py" line="18"/>
        <source>Isi panduan</source>
        <translation>Guide contents</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/history_models.py" line="24"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/history_models.py" line="25"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/history_models.py" line="26"/>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/history_tab.py" line="29"/>
        <source>Saring tindakan</source>
        <translation>Filter actions</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/history_tab.py" line="33"/>
        <source>mis. opd:Bappeda</source>
        <translation>e.g. opd:Bappeda</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/history_tab.py" line="35"/>
        <source>&amp;Tampilkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/history_tab.py" line="37"/>
        <source>Tindakan:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/history_tab.py" line="39"/>
        <source>Entitas diawali:</source>
        <translation>Entity starts with:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/history_tab.py" line="44"/>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/history_tab.py" line="61"/>
        <source>Membaca riwayat</source>
        <translation>Reading the history</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/history_tab.py" line="70"/>
        <source>%n catatan.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_models.py" line="39"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_models.py" line="42"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_models.py" line="48"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_models.py" line="50"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_models.py" line="56"/>
        <source>%1 Paket kemudian lengkap dan diterima.</source>
        <translation>%1 The bundle was completed later and accepted.</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="65"/>
        <source>Seret paket bukti dari OPD ke sini — boleh banyak sekaligus, termasuk bagian-bagian paket yang dipecah, dalam urutan apa pun.</source>
        <translation>Drag evidence bundles from the OPDs here — many at once, including the parts of split bundles, in any order.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="72"/>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="77"/>
        <source>Kemajuan impor</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="79"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="81"/>
        <source>Hentikan impor; berkas yang sudah selesai tetap tersimpan</source>
        <translation>Stop the import; files already finished stay imported</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="85"/>
        <source>Laporan impor</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="91"/>
        <source>Putuskan &amp;kepercayaan…</source>
        <translation>Decide on &amp;trust…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="93"/>
        <source>Periksa sidik jari kunci bersama OPD, lalu sematkan dan impor ulang</source>
        <translation>Check the key&apos;s fingerprint with the OPD, then pin it and import again</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="148"/>
        <source>Pilih paket bukti dari OPD</source>
        <translation>Choose evidence bundles from the OPDs</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="149"/>
        <source>Paket bukti (*.zip *.spbebundle);;Semua berkas (*)</source>
        <translation>Evidence bundles (*.zip *.spbebundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="176"/>
        <source>Mengimpor paket bukti</source>
        <translation>Importing evidence bundles</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="192"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="220"/>
        <source>Impor dibatalkan sebelum berkas ini diperiksa.</source>
        <translation>The import was cancelled before this file was checked.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="236"/>
        <source>%n diterima</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="237"/>
        <source>%n duplikat</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="238"/>
        <source>%n ditolak</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="241"/>
        <source>%n bagian tersimpan</source>
        <translation>
            <numerusform>%n part stored</numerusform>
            <numerusform>%n parts stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="243"/>
        <source>%n dikarantina</source>
        <translation>
            <numerusform>%n quarantined</numerusform>
            <numerusform>%n quarantined</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="247"/>
        <source>Impor dibatalkan; berkas yang sudah selesai tetap tersimpan. %1</source>
        <translation>Import cancelled; files already finished stay imported. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="262"/>
        <source>Memeriksa %n berkas…</source>
        <translation>
            <numerusform>Checking %n file…</numerusform>
            <numerusform>Checking %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="283"/>
        <source>%n berkas dikarantina: ditandatangani kunci yang belum terdaftar (%1 kunci). Tidak ada yang diimpor dari berkas ini sebelum Anda memutuskan.</source>
        <translation>
            <numerusform>%n file quarantined: signed by a key that is not registered (%1 key(s)). Nothing is imported from it until you decide.</numerusform>
            <numerusform>%n files quarantined: signed by keys that are not registered (%1 key(s)). Nothing is imported from them until you decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="318"/>
        <source>%n berkas ditandatangani kunci yang belum terdaftar. Paketnya menyebut pengirim &quot;%1&quot;. Sematkan kunci ini hanya bila petugas OPD membacakan sidik jari yang sama lewat telepon; paket dari kunci asing bisa dipalsukan siapa saja.</source>
        <translation>
            <numerusform>%n file is signed by a key that is not registered. The bundle names its sender &quot;%1&quot;. Pin this key only if the OPD officer reads out the same fingerprint by phone; a bundle from an unknown key can be forged by anyone.</numerusform>
            <numerusform>%n files are signed by a key that is not registered. The bundle names its sender &quot;%1&quot;. Pin this key only if the OPD officer reads out the same fingerprint by phone; a bundle from an unknown key can be forged by anyone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="332"/>
        <source>%1 sudah memiliki kunci tersemat yang masih berlaku (sidik jari %2). Bila dilanjutkan, kunci itu diganti dengan kunci di atas dan paket yang ditandatangani kunci lama akan ditolak.</source>
        <translation>%1 already has a pinned key that still works (fingerprint %2). If you go on, that key is replaced by the key above and bundles signed with the old key will be refused.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="339"/>
        <source>Ganti kunci OPD?</source>
        <translation>Replace the OPD&apos;s key?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="339"/>
        <source>Percayai kunci OPD?</source>
        <translation>Trust the OPD&apos;s key?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="350"/>
        <source>&amp;Percayai dan impor ulang</source>
        <translation>&amp;Trust and import again</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_tab.py" line="362"/>
        <source>Kunci %1 disematkan (sidik jari %2); berkasnya diimpor ulang.</source>
        <translation>%1&apos;s key pinned (fingerprint %2); its files are imported again.</translation>
    </message>
</context>
<context>
    <name>IndexPanel</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="32"/>
        <source>Nilai indeks sekarang</source>
        <translation>Current index value</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="37"/>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="85"/>
        <source>Dihitung dari tingkat yang Anda isi; indikator kosong dihitung tingkat 1.</source>
        <translation>Computed from the levels you filled in; empty indicators count as level 1.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="60"/>
        <source>Indeks per bagian</source>
        <translation>Index per part</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="63"/>
        <source>Rencana menuju target</source>
        <translation>Plan towards the target</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="47"/>
        <source>Rencana kenaikan tingkat menuju target</source>
        <translation>Plan of level raises towards the target</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="50"/>
        <source>Kenaikan satu tingkat yang paling besar pengaruhnya terhadap indeks, berurutan; setiap tingkat memerlukan tingkat di bawahnya.</source>
        <translation>One-level raises with the largest effect on the index, in order; each level needs the one below it.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="73"/>
        <source>Target: %1 (%2)</source>
        <translation>Target: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="80"/>
        <source>Dihitung dari butir wajib yang diterima koordinator; butir di atas tingkat yang belum lengkap tidak dihitung.</source>
        <translation>Computed from the required items the coordinator accepted; items above an incomplete level do not count.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="112"/>
        <source>Indeks %1: %2</source>
        <translation>Index %1: %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="126"/>
        <source>Tidak ada kenaikan yang diperlukan.</source>
        <translation>No raise is needed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="128"/>
        <source>%n kenaikan tingkat diperlukan, dimulai dari:</source>
        <translation>
            <numerusform>%n level raise is needed:</numerusform>
            <numerusform>%n level raises are needed, starting with:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="131"/>
        <source>Indikator unit Anda saja belum cukup untuk mencapai target; sisanya diisi perangkat daerah lain. Kenaikan yang paling berpengaruh:</source>
        <translation>Your unit&apos;s indicators alone cannot reach the target; the rest is filled in by other agencies. The raises with the largest effect:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="135"/>
        <source>Target tidak tercapai walau semua tingkat dinaikkan.</source>
        <translation>The target cannot be reached even if every level is raised.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="139"/>
        <source>%1. %2: %3 → %4 (+%5)</source>
        <translation>%1. %2: %3 → %4 (+%5)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="147"/>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="177"/>
        <source>Indeks menjadi %1</source>
        <translation>Index becomes %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="149"/>
        <source>Pemilik: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="158"/>
        <source>Tidak ada butir yang perlu ditambah.</source>
        <translation>No items need to be added.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="160"/>
        <source>%n butir perlu diterima, dimulai dari:</source>
        <translation>
            <numerusform>%n item needs to be accepted:</numerusform>
            <numerusform>%n items need to be accepted, starting with:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="163"/>
        <source>Target tidak tercapai dengan butir yang dapat Anda kerjakan; mulai dari:</source>
        <translation>The items you can work on do not reach the target; start with:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="167"/>
        <source>skor indeks nasional</source>
        <translation>national index score</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/index_panel.py" line="169"/>
        <source>%1. %2: %3 (+%4)</source>
        <translation>%1. %2: %3 (+%4)</translation>
    </message>
</context>
<context>
    <name>IndexSummary</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/index_summary.py" line="39"/>
        <source>kurang %1 menuju %2</source>
        <translation>%1 short of %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/index_summary.py" line="46"/>
        <source>Target tercapai; predikat tertinggi.</source>
        <translation>Target reached; the highest predicate.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/index_summary.py" line="49"/>
        <source>Target tercapai; kurang %1 menuju %2.</source>
        <translation>Target reached; %1 short of %2.</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="129"/>
        <source>Tingkat kematangan: pilih tingkat yang Anda klaim</source>
        <translation>Maturity levels: choose the level you claim</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="132"/>
        <source>Kosongkan tingkat</source>
        <translation>Clear the level</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="133"/>
        <source>Hapus pilihan tingkat untuk indikator ini</source>
        <translation>Remove the level chosen for this indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="139"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="154"/>
        <source>Status isian</source>
        <translation>Answer status</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="157"/>
        <source>Kosong</source>
        <translation>Empty</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="157"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="157"/>
        <source>Siap dikirim</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="157"/>
        <source>Tidak berlaku</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="161"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="218"/>
        <source>Dokumen bukti dukung</source>
        <translation>Evidence documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="167"/>
        <source>&amp;Tambah dokumen…</source>
        <translation>&amp;Add documents…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="169"/>
        <source>Pilih satu atau beberapa berkas dari komputer</source>
        <translation>Choose one or more files from this computer</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="170"/>
        <source>Tautkan dokumen &amp;tersimpan…</source>
        <translation>Link a stored &amp;document…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="172"/>
        <source>Gunakan dokumen yang sudah ada di ruang kerja ini untuk indikator ini juga</source>
        <translation>Use a document already in this workspace for this indicator too</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="174"/>
        <source>&amp;Pratinjau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="175"/>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="176"/>
        <source>Buka dengan aplikasi bawaan komputer</source>
        <translation>Open with the computer&apos;s default application</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="177"/>
        <source>&amp;Lepas</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="179"/>
        <source>Lepas dokumen dari indikator ini (dokumen tetap tersimpan)</source>
        <translation>Unlink the document from this indicator (the document stays stored)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="181"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="182"/>
        <source>Hapus dokumen dari ruang kerja</source>
        <translation>Remove the document from the workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="186"/>
        <source>Daftar dokumen bukti dukung</source>
        <translation>List of evidence documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="197"/>
        <source>Seret berkas ke halaman ini untuk melampirkannya.</source>
        <translation>Drag files onto this page to attach them.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="290"/>
        <source>Indikator %1 · %2</source>
        <translation>Indicator %1 · %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="304"/>
        <source>Tingkat %1 · %2</source>
        <translation>Level %1 · %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="311"/>
        <source>Bukti yang diharapkan:</source>
        <translation>Expected evidence:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="363"/>
        <source>Domain %1 %2</source>
        <translation>Domain %1 %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="366"/>
        <source>Aspek %1 %2</source>
        <translation>Aspect %1 %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="368"/>
        <source>bobot %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="387"/>
        <source>Hasil pemeriksaan koordinator: %1</source>
        <translation>Coordinator&apos;s verdict: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="424"/>
        <source>Perlu diperhatikan</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="434"/>
        <source>“%1” dilindungi kata sandi: penilai tidak dapat membukanya. Lampirkan salinan tanpa kata sandi.</source>
        <translation>“%1” is password-protected: assessors cannot open it. Attach a copy without a password.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="439"/>
        <source>“%1” rusak atau tidak lengkap: teksnya tidak dapat dibaca, dan penilai mungkin tidak dapat membukanya. Periksa berkasnya, lalu lampirkan lagi berkas aslinya.</source>
        <translation>“%1” is damaged or incomplete: its text cannot be read, and assessors may not be able to open it. Check the file, then attach the original again.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="444"/>
        <source>“%1” hasil pindaian tanpa lapisan teks: penilai sulit merujuk halamannya. Lampirkan PDF hasil OCR bila ada.</source>
        <translation>“%1” is a scan without a text layer: assessors can hardly cite its pages. Attach an OCR&apos;d PDF if there is one.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="449"/>
        <source>Masa berlaku “%1” sudah habis (%2). Lampirkan dokumen yang masih berlaku.</source>
        <translation>“%1” expired (%2). Attach a document that is still valid.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="456"/>
        <source>“%1” bertanggal %2, lebih dari %3 tahun lalu; untuk indikator ini hanya dokumen %3 tahun terakhir yang dihitung.</source>
        <translation>“%1” is dated %2, more than %3 years ago; for this indicator only documents from the last %3 years count.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="465"/>
        <source>Tingkat %1 dipilih, tetapi belum ada dokumen bukti yang dilampirkan.</source>
        <translation>Level %1 is claimed, but no evidence document is attached yet.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/indicator_page.py" line="473"/>
        <source>Tingkat %1 dipilih, tetapi belum ada dokumen untuk tingkat %2. Penilai tidak menerima tingkat yang lebih tinggi sebelum tingkat di bawahnya terbukti.</source>
        <translation>Level %1 is claimed, but there is no document for level %2 yet. Assessors do not accept a higher level before the one below is proven.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/rule_texts.py" line="33"/>
        <source>Penjelasan (justifikasi)</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/rule_texts.py" line="34"/>
        <source>Jelaskan mengapa tingkat ini layak: dokumen mana membuktikan apa, pasal atau halaman berapa. Tersimpan otomatis saat Anda mengetik.</source>
        <translation>Explain why this level is deserved: which document proves what, which article or page. Saved automatically as you type.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/rule_texts.py" line="39"/>
        <source>Penjelasan tingkat yang diklaim</source>
        <translation>Justification of the claimed level</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/rule_texts.py" line="40"/>
        <source>Draf: masih dikerjakan. Siap: siap dikirim ke koordinator. Tidak berlaku: indikator ini bukan urusan unit Anda.</source>
        <translation>Draft: still in progress. Ready: ready to send to the coordinator. Not applicable: this indicator is not your unit&apos;s business.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/rule_texts.py" line="47"/>
        <source>Catatan untuk koordinator</source>
        <translation>Note for the coordinator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/rule_texts.py" line="48"/>
        <source>Ringkas untuk koordinator apa yang sudah dilampirkan pada butir-butirnya dan apa yang masih dikerjakan. Nilai tidak dipilih di sini: nilai dihitung dari butir yang diterima. Tersimpan otomatis saat Anda mengetik.</source>
        <translation>Sum up for the coordinator what is attached to the items and what is still in progress. The value is not chosen here: it is computed from the accepted items. Saved automatically as you type.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/rule_texts.py" line="54"/>
        <source>Catatan untuk koordinator tentang indikator ini</source>
        <translation>Note for the coordinator about this indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/rule_texts.py" line="57"/>
        <source>Draf: masih dikerjakan. Siap: butir dan catatannya siap dikirim ke koordinator. Tidak berlaku: indikator ini bukan urusan unit Anda. Status tidak mengubah nilai: nilai dihitung dari butir yang diterima penilai.</source>
        <translation>Draft: still in progress. Ready: the items and their notes are ready to send to the coordinator. Not applicable: this indicator is not your unit&apos;s business. The status does not change the value: it is computed from the items the assessors accepted.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/rule_texts.py" line="70"/>
        <source>Nilai indikator ini diambil dari %1, bukan dari butir bukti.</source>
        <translation>This indicator&apos;s value comes from %1, not from evidence items.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/rule_texts.py" line="74"/>
        <source>Tidak ada tingkat yang diklaim: nilai indikator ini dihitung dari butir wajib yang diterima penilai, tingkat demi tingkat.</source>
        <translation>No level is claimed: this indicator&apos;s value is computed from the required items the assessors accepted, level by level.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/rule_texts.py" line="84"/>
        <source>Nilai saat ini: %1.</source>
        <translation>Current value: %1.</translation>
    </message>
</context>
<context>
    <name>ItemVerdictPanel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="47"/>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="79"/>
        <source>Butir per OPD</source>
        <translation>Items per OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="49"/>
        <source>Belum ada OPD yang melampirkan dokumen pada butir indikator ini.</source>
        <translation>No OPD has attached documents to this indicator&apos;s items yet.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="55"/>
        <source>Alasan dikembalikan</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="58"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="62"/>
        <source>Catatan hasil pemeriksaan</source>
        <translation>Review note</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="64"/>
        <source>Catatan untuk OPD (wajib bila alasannya lainnya)</source>
        <translation>Note for the OPD (required when the reason is other)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="66"/>
        <source>C&amp;atatan:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="68"/>
        <source>&amp;Terima</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="70"/>
        <source>Ke&amp;mbalikan</source>
        <translation>Re&amp;turn</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="72"/>
        <source>Pratinjau dokumen</source>
        <translation>Preview document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="117"/>
        <source>Membaca butir</source>
        <translation>Reading the items</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="181"/>
        <source>Tulis catatan untuk OPD: alasan «lainnya» perlu penjelasan apa yang harus diperbaiki.</source>
        <translation>Write a note for the OPD: the reason «other» needs an explanation of what to fix.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="192"/>
        <source>Menyimpan hasil pemeriksaan</source>
        <translation>Saving the verdict</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_panel.py" line="200"/>
        <source>Butir %1 dari %2: %3.</source>
        <translation>Item %1 of %2: %3.</translation>
    </message>
</context>
<context>
    <name>ItemsController</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_controller.py" line="56"/>
        <source>Membaca butir bukti</source>
        <translation>Reading the evidence items</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_controller.py" line="85"/>
        <source>Menyimpan catatan butir</source>
        <translation>Saving the item note</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_controller.py" line="92"/>
        <source>Catatan butir %1 disimpan.</source>
        <translation>Note for item %1 saved.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_controller.py" line="98"/>
        <source>Catatan disalin; tempelkan di portal.</source>
        <translation>Note copied; paste it into the portal.</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="54"/>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="151"/>
        <source>Butir bukti per tingkat</source>
        <translation>Evidence items per level</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="57"/>
        <source>Pilih butir, lalu lampirkan dokumennya. Nilai indikator dihitung dari butir wajib yang diterima; butir di atas tingkat yang belum lengkap terblokir.</source>
        <translation>Choose an item, then attach its documents. The indicator&apos;s value comes from the required items accepted; items above an incomplete level are blocked.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="64"/>
        <source>Daftar butir bukti</source>
        <translation>List of evidence items</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="66"/>
        <source>Butir</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="66"/>
        <source>Sifat</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="80"/>
        <source>Dokumen pada butir ini</source>
        <translation>Documents of this item</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="82"/>
        <source>Lampirkan ke &amp;butir ini…</source>
        <translation>Attach to this &amp;item…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="84"/>
        <source>Pilih berkas untuk butir yang dipilih</source>
        <translation>Choose files for the selected item</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="87"/>
        <source>Catatan butir untuk portal</source>
        <translation>Item note for the portal</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="89"/>
        <source>Catatan yang Anda tempel di portal untuk butir ini (opsional).</source>
        <translation>The note you paste into the portal for this item (optional).</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="93"/>
        <source>Simpan &amp;catatan</source>
        <translation>Save &amp;note</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="95"/>
        <source>Sa&amp;lin</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="97"/>
        <source>Salin catatan ke papan klip untuk portal</source>
        <translation>Copy the note to the clipboard for the portal</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="101"/>
        <source>Dokumen pada butir ini:</source>
        <translation>Documents of this item:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="104"/>
        <source>Catatan untuk portal:</source>
        <translation>Note for the portal:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="137"/>
        <source>Nilai dari indeks nasional</source>
        <translation>Value from a national index</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="140"/>
        <source>Indikator ini tidak dinilai dari butir bukti: nilainya diambil dari %1, yang dikelola %2. Koordinator mencatat skornya; nilai yang tercatat tampil di atas.</source>
        <translation>This indicator is not scored from evidence items: its value comes from %1, kept by %2. The coordinator records the score; the value recorded is shown above.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="161"/>
        <source>Nilai indikator saat ini: %1</source>
        <translation>Current indicator value: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="163"/>
        <source>Indeks: %1</source>
        <translation>Index: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="179"/>
        <source>Tingkat %1 · %2</source>
        <translation>Level %1 · %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="188"/>
        <source>wajib</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="188"/>
        <source>opsional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="207"/>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="208"/>
        <source>terlampir</source>
        <translation>attached</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="209"/>
        <source>diterima</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="210"/>
        <source>revisi</source>
        <translation>revision</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="211"/>
        <source>terblokir</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="217"/>
        <source>dokumen tidak sesuai</source>
        <translation>wrong document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="218"/>
        <source>dokumen belum diunggah</source>
        <translation>document not uploaded</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="219"/>
        <source>tingkat di bawahnya belum lengkap</source>
        <translation>the level below is incomplete</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="220"/>
        <source>alasan lain</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="226"/>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="284"/>
        <source>Dokumen harus menunjukkan: %1</source>
        <translation>The document must show: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="230"/>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="288"/>
        <source>Bukan dokumen ini: %1</source>
        <translation>Not this document: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="235"/>
        <source>Kebaruan: paling lama %1 bulan</source>
        <translation>Freshness: at most %1 months old</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="268"/>
        <source>Pilih satu butir untuk melihat rinciannya.</source>
        <translation>Choose an item to see its details.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="275"/>
        <source>Belum ada dokumen.</source>
        <translation>No documents yet.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="283"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="293"/>
        <source>Dikembalikan untuk revisi: %1</source>
        <translation>Returned for revision: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/items_panel.py" line="303"/>
        <source>Terblokir: butir wajib tingkat di bawahnya belum semua diterima, jadi portal menolak butir ini.</source>
        <translation>Blocked: not all required items of the level below are accepted, so the portal rejects this item.</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/jobs.py" line="356"/>
        <source>Kemajuan proses</source>
        <extracomment>Progress is forwarded at most this often (the services may yield per MiB).</extracomment>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/jobs.py" line="357"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/jobs.py" line="359"/>
        <source>Hentikan proses ini; yang sudah selesai tetap tersimpan</source>
        <translation>Stop this operation; what is finished stays saved</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/jobs.py" line="433"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="195"/>
        <source>Buka kit dari koordinator</source>
        <translation>Open a kit from the coordinator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="201"/>
        <source>Kit %1 berisi kerangka penilaian, indikator yang ditugaskan kepada unit Anda, dan kunci koordinator.</source>
        <translation>Kit %1 holds the evaluation framework, the indicators assigned to your unit, and the coordinator&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="207"/>
        <source>Kit untuk %1 (%2), ditandatangani koordinator %3 dengan sidik jari kunci:</source>
        <translation>Kit for %1 (%2), signed by coordinator %3 with the key fingerprint:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="216"/>
        <source>Indikator yang ditugaskan kepada unit Anda: %n.</source>
        <translation>
            <numerusform>%n indicator is assigned to your unit.</numerusform>
            <numerusform>%n indicators are assigned to your unit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="219"/>
        <source>Koordinator belum menugaskan indikator kepada unit Anda, jadi semua indikator ditampilkan. Tanyakan kepada koordinator indikator mana yang menjadi bagian Anda.</source>
        <translation>The coordinator has not assigned any indicators to your unit yet, so all indicators are shown. Ask the coordinator which indicators are yours.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="225"/>
        <source>Sidik jari kunci koordinator</source>
        <translation>Coordinator key fingerprint</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="230"/>
        <source>Cocokkan sidik jari ini dengan koordinator lewat telepon sebelum melanjutkan.</source>
        <translation>Confirm this fingerprint with the coordinator by phone before going on.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="237"/>
        <source>Sidik jari sudah saya cocokkan dengan koordinator lewat telepon</source>
        <translation>I have confirmed the fingerprint with the coordinator by phone</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="240"/>
        <source>nama Anda</source>
        <translation>your name</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="245"/>
        <source>Nama &amp;petugas:</source>
        <translation>&amp;Officer&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="246"/>
        <source>&amp;Simpan di:</source>
        <translation>&amp;Save in:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="247"/>
        <source>&amp;Frasa sandi kunci:</source>
        <translation>Key &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="248"/>
        <source>&amp;Ulangi frasa sandi:</source>
        <translation>Repea&amp;t the passphrase:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="249"/>
        <source>&amp;Buat</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="271"/>
        <source>Cocokkan dulu sidik jari koordinator lewat telepon, lalu centang kotaknya.</source>
        <translation>First confirm the coordinator&apos;s fingerprint by phone, then tick the box.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="276"/>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/common.py" line="200"/>
        <source>tidak ditugaskan</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/common.py" line="207"/>
        <source>Angka = tingkat yang diklaim OPD; – = tidak berlaku.</source>
        <translation>Number = level claimed by the OPD; – = not applicable.</translation>
    </message>
</context>
<context>
    <name>LevelCombo</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="31"/>
        <source>semua tingkat / tidak khusus</source>
        <translation>all levels / not specific</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/metadata_dialog.py" line="34"/>
        <source>Tingkat %1 · %2</source>
        <translation>Level %1 · %2</translation>
    </message>
</context>
<context>
    <name>LinkDocumentDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/link_document_dialog.py" line="32"/>
        <source>Tautkan dokumen tersimpan</source>
        <translation>Link a stored document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/link_document_dialog.py" line="36"/>
        <source>Pilih dokumen yang juga membuktikan indikator %1. Dokumen tidak disalin lagi.</source>
        <translation>Choose documents that also prove indicator %1. They are not copied again.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/link_document_dialog.py" line="41"/>
        <source>Saring menurut judul, nomor, atau nama berkas…</source>
        <translation>Filter by title, number or file name…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/link_document_dialog.py" line="44"/>
        <source>Dokumen tersimpan</source>
        <translation>Stored documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/link_document_dialog.py" line="49"/>
        <source>belum dipakai</source>
        <translation>not used yet</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/link_document_dialog.py" line="55"/>
        <source>Dipakai untuk: %1</source>
        <translation>Used for: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/link_document_dialog.py" line="62"/>
        <source>&amp;Tautkan</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/link_document_dialog.py" line="64"/>
        <source>Bukti untuk &amp;tingkat:</source>
        <translation>Evidence for &amp;level:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/link_document_dialog.py" line="68"/>
        <source>Tidak ada dokumen lain di ruang kerja ini.</source>
        <translation>There are no other documents in this workspace.</translation>
    </message>
</context>
<context>
    <name>LocalCodeDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_code_dialog.py" line="26"/>
        <source>Tambah kode referensi</source>
        <extracomment>The lists an instansi extends, with their names.</extracomment>
        <translation>Add a reference code</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_code_dialog.py" line="33"/>
        <source>mis. RAB.02.06.01</source>
        <translation>e.g. RAB.02.06.01</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_code_dialog.py" line="37"/>
        <source>Daftar</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_code_dialog.py" line="38"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_code_dialog.py" line="39"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_code_dialog.py" line="42"/>
        <source>Tingkat atas daftar nasional sudah ditetapkan; tambahkan tingkat di bawahnya yang dipakai daerah Anda. Kode baru langsung dapat dipilih di ruang kerja ini.</source>
        <translation>The upper levels of the national lists are fixed; add the levels below them that your region uses. A new code can be chosen in this workspace at once.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_code_dialog.py" line="47"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="110"/>
        <source>Sedang bekerja…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="118"/>
        <source>Sedang bekerja</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="148"/>
        <source>Buka &amp;kit dari koordinator…</source>
        <translation>Open a &amp;kit from the coordinator…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="151"/>
        <source>&amp;Siapkan ruang kerja baru…</source>
        <translation>&amp;Set up a new workspace…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="157"/>
        <source>&amp;Buka ruang kerja…</source>
        <translation>&amp;Open a workspace…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="161"/>
        <source>Buka &amp;contoh</source>
        <translation>Open the &amp;example</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="163"/>
        <source>&amp;Terakhir dibuka</source>
        <translation>&amp;Recently opened</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="167"/>
        <source>&amp;Tutup ruang kerja</source>
        <translation>&amp;Close the workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="170"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="172"/>
        <source>&amp;Kirim</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="175"/>
        <source>&amp;Kirim bukti ke koordinator…</source>
        <translation>&amp;Send evidence to the coordinator…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="178"/>
        <source>Buat paket bukti bertanda tangan untuk koordinator</source>
        <translation>Create a signed evidence bundle for the coordinator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Terima tanda terima…</source>
        <translation>&amp;Accept a receipt…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="185"/>
        <source>Catat tanda terima dan hasil pemeriksaan dari koordinator</source>
        <translation>Record the coordinator&apos;s receipt and verdicts</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="190"/>
        <source>T&amp;ampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="202"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="205"/>
        <source>&amp;Panduan pengguna</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="209"/>
        <source>&amp;Tentang aplikasi</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="220"/>
        <source>Penilaian Mandiri SPBE</source>
        <translation>SPBE Self-Assessment</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="237"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="268"/>
        <source>Buka ruang kerja</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="283"/>
        <source>Buka ruang kerja dulu</source>
        <translation>Open a workspace first</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="285"/>
        <source>Berkas %1 perlu dibuka dari ruang kerja: buka ruang kerja Anda, lalu pilih Impor paket bukti (koordinator) atau Kirim → Terima tanda terima (OPD).</source>
        <translation>The file %1 must be opened from a workspace: open your workspace, then choose Import bundles (coordinator) or Send → Accept receipt (OPD).</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="327"/>
        <source>Membuka ruang kerja</source>
        <translation>Opening the workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="408"/>
        <source>Isian belum tersimpan</source>
        <translation>Answers not saved</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="410"/>
        <source>Isian terakhir belum dapat disimpan: %1 Lanjutkan tanpa menyimpannya?</source>
        <translation>The latest answers could not be saved: %1 Continue without saving them?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="412"/>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="467"/>
        <source>Tentang aplikasi</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/main_window.py" line="469"/>
        <source>Penilaian Mandiri SPBE (spbe-desktop) versi %1.
Alat luring untuk mengisi penilaian mandiri SPBE dan Pemerintah Digital, melampirkan bukti dukung, dan mengirim paket bukti bertanda tangan.</source>
        <translation>SPBE Self-Assessment (spbe-desktop) version %1.
An offline tool to fill in the SPBE and Digital Government self-assessment, attach evidence, and send signed evidence bundles.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="162"/>
        <source>%1: %2 dari %3 indikator terjawab; paket terakhir: %4</source>
        <translation>%1: %2 of %3 indicators answered; last bundle: %4</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="173"/>
        <source>Kelengkapan</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="175"/>
        <source>Keputusan instansi</source>
        <translation>Agency&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="207"/>
        <source>%1. %2: %3 dari %4 OPD yang ditugaskan sudah menjawab</source>
        <translation>%1. %2: %3 of %4 assigned OPDs have answered</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="226"/>
        <source>%1. %2: belum diputuskan (dihitung tingkat 1)</source>
        <translation>%1. %2: not decided (counted as level 1)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="231"/>
        <source>%1. %2: instansi tingkat %3</source>
        <translation>%1. %2: agency at level %3</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="257"/>
        <source>Tidak ditugaskan ke OPD ini</source>
        <translation>Not assigned to this OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="259"/>
        <source>Belum ada klaim</source>
        <translation>No claim yet</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="261"/>
        <source>Klaim: tidak berlaku</source>
        <translation>Claim: not applicable</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="264"/>
        <source>Klaim: %1 (%2)</source>
        <translation>Claim: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="269"/>
        <source>%n dokumen</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="271"/>
        <source>Hasil pemeriksaan: %1</source>
        <translation>Verdict: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="275"/>
        <source>Klik dua kali untuk konsolidasi</source>
        <translation>Double-click to consolidate</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator.py" line="43"/>
        <source>Cari indikator (nomor atau nama)…</source>
        <translation>Search indicators (number or name)…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator.py" line="44"/>
        <source>Cari indikator</source>
        <translation>Search indicators</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator.py" line="46"/>
        <source>Hanya indikator yang ditugaskan</source>
        <translation>Only assigned indicators</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator.py" line="49"/>
        <source>Tampilkan hanya indikator yang ditugaskan koordinator kepada unit Anda</source>
        <translation>Show only the indicators the coordinator assigned to your unit</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator.py" line="54"/>
        <source>Daftar indikator</source>
        <translation>Indicator list</translation>
    </message>
</context>
<context>
    <name>NewOpdDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="32"/>
        <source>Tambah OPD</source>
        <translation>Add OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="36"/>
        <source>mis. Bappeda</source>
        <translation>e.g. Bappeda</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="38"/>
        <source>nama petugas, telepon atau surel</source>
        <translation>officer&apos;s name, phone or e-mail</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="41"/>
        <source>&amp;Nama OPD:</source>
        <translation>OPD &amp;name:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="42"/>
        <source>&amp;Kontak:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="43"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/dialogs.py" line="53"/>
        <source>OPD dengan nama ini sudah terdaftar.</source>
        <translation>An OPD with this name is already registered.</translation>
    </message>
</context>
<context>
    <name>NewPeriod</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="150"/>
        <source>Ruang kerja periode %1 dibuat: %2. Dokumen dibawa: %3 (%4), masing-masing sekali.</source>
        <translation>The workspace for period %1 was created: %2. Documents carried over: %3 (%4), each once.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="159"/>
        <source>Ditinggalkan karena masa berlakunya habis: %1.</source>
        <translation>Left behind because they have expired: %1.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="163"/>
        <source>Tautan dibuat ulang: %1 ke indikator, %2 ke butir.</source>
        <translation>Links recreated: %1 to indicators, %2 to items.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="167"/>
        <source>Saran tautan: %1; periksa dan tautkan sendiri, tingkat tetap ditentukan kriteria kerangka baru.</source>
        <translation>Suggested links: %1; check them and link them yourself, the level is still decided by the new framework&apos;s criteria.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="173"/>
        <source>Tidak ada pemetaan antara kedua kerangka: dokumen dibawa tanpa tautan.</source>
        <translation>There is no mapping between the two frameworks: the documents were carried over without links.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="177"/>
        <source>Setiap dokumen yang dibawa ditandai &quot;dari periode lalu — periksa&quot;.</source>
        <translation>Every document carried over is marked &quot;from the last period — check&quot;.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="183"/>
        <source>Ditinggalkan (masa berlaku habis sebelum %1):</source>
        <translation>Left behind (expired before %1):</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="189"/>
        <source>%1 (berlaku s.d. %2)</source>
        <translation>%1 (valid until %2)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="196"/>
        <source>Saran tautan (dari indikator lama → indikator baru):</source>
        <translation>Suggested links (old indicator → new indicator):</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="204"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="212"/>
        <source>%1: %2 tidak ada di kerangka baru</source>
        <translation>%1: %2 is not in the new framework</translation>
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="60"/>
        <source>Mulai periode baru</source>
        <extracomment>The period spin box&apos;s lowest value, shown as &quot;otomatis&quot;: last period + 1.</extracomment>
        <translation>Start a new period</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="66"/>
        <source>otomatis (periode lalu + 1)</source>
        <translation>automatic (last period + 1)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="75"/>
        <source>Pemerintah Digital 2026 (sementara)</source>
        <translation>Digital Government 2026 (provisional)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="76"/>
        <source>SPBE (PermenPANRB 59/2020)</source>
        <translation>SPBE (PermenPANRB 59/2020)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="78"/>
        <source>Ruang kerja periode &amp;lalu:</source>
        <translation>&amp;Last period&apos;s workspace:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="79"/>
        <source>Ruang kerja &amp;baru:</source>
        <translation>&amp;New workspace:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="80"/>
        <source>&amp;Periode (tahun):</source>
        <translation>&amp;Period (year):</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="81"/>
        <source>&amp;Kerangka penilaian:</source>
        <translation>Assessment &amp;framework:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="84"/>
        <source>Peran, nama, kunci tanda tangan dan dokumen yang masih berlaku dibawa ke ruang kerja baru, masing-masing sekali. Dokumen yang masa berlakunya habis ditinggalkan. Tingkat, catatan dan hasil pemeriksaan tidak dibawa. Ruang kerja lama tidak diubah.</source>
        <translation>The role, the names, the signing key and the documents still valid are carried over to the new workspace, each once. Expired documents are left behind. Levels, notes and verdicts are not carried over. The old workspace is not changed.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="91"/>
        <source>&amp;Buat ruang kerja</source>
        <translation>&amp;Create the workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="112"/>
        <source>Ruang kerja periode lalu</source>
        <translation>Last period&apos;s workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/new_period_dialog.py" line="120"/>
        <source>Ruang kerja periode baru</source>
        <translation>New period&apos;s workspace</translation>
    </message>
</context>
<context>
    <name>OpdRegisterModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_models.py" line="41"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_models.py" line="42"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_models.py" line="44"/>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_models.py" line="53"/>
        <source>Kunci</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_models.py" line="56"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_models.py" line="61"/>
        <source>Paket terakhir</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_models.py" line="67"/>
        <source>dicabut %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_models.py" line="69"/>
        <source>dipercaya</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_models.py" line="70"/>
        <source>belum disematkan</source>
        <translation>not pinned</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_models.py" line="47"/>
        <source>Cocokkan sidik jari ini dengan OPD lewat telepon</source>
        <translation>Check this fingerprint with the OPD by phone</translation>
    </message>
</context>
<context>
    <name>OpdSummaryModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="36"/>
        <source>OPD</source>
        <extracomment>A matrix cell&apos;s colour state (see ``palette.cell_state``), and its column&apos;s indicator id.</extracomment>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="39"/>
        <source>Kelengkapan</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="45"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="48"/>
        <source>Paket terakhir</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="56"/>
        <source>%1 dari %2 (%3%)</source>
        <translation>%1 of %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="63"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/dashboard_models.py" line="69"/>
        <source>Paket urutan %1, diterima %2</source>
        <translation>Bundle sequence %1, received %2</translation>
    </message>
</context>
<context>
    <name>OpdWorkspaceView</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="99"/>
        <source>%1 · %2 · periode %3 · %4</source>
        <translation>%1 · %2 · period %3 · %4</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="110"/>
        <source>SEMENTARA: kerangka %1 belum final. Isi, bobot, dan predikatnya dapat berubah; koordinator dapat mengirim paket kerangka yang sudah diperbaiki.</source>
        <translation>PROVISIONAL: the framework %1 is not final. Its contents, weights and predicates may change; the coordinator can send a corrected framework pack.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="237"/>
        <source>Membaca dokumen bukti</source>
        <translation>Reading the evidence documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="257"/>
        <source>Menghitung indeks</source>
        <translation>Calculating the index</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="278"/>
        <source>Membaca ruang kerja</source>
        <translation>Reading the workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="329"/>
        <source>Belum tersimpan…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="330"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="331"/>
        <source>Tersimpan otomatis</source>
        <translation>Saved automatically</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="332"/>
        <source>Menunggu ruang kerja bebas…</source>
        <translation>Waiting for the workspace to be free…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="333"/>
        <source>Gagal menyimpan; akan dicoba lagi saat Anda mengubah isian</source>
        <translation>Saving failed; it will be tried again when you change an answer</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="363"/>
        <source>Membaca dokumen</source>
        <translation>Reading documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="376"/>
        <source>Sebagian berkas tidak dapat dilampirkan</source>
        <translation>Some files cannot be attached</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="400"/>
        <source>Melampirkan %n dokumen</source>
        <translation>
            <numerusform>Attaching %n document</numerusform>
            <numerusform>Attaching %n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="520"/>
        <source>Pilih tanda terima dari koordinator</source>
        <translation>Choose the receipt from the coordinator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="521"/>
        <source>Tanda terima (*.spbereceipt *.json *.receipt);;Semua berkas (*)</source>
        <translation>Receipts (*.spbereceipt *.json *.receipt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="528"/>
        <source>Mencatat tanda terima</source>
        <translation>Recording the receipt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="408"/>
        <source>%n dokumen dilampirkan.</source>
        <translation>
            <numerusform>%n document attached.</numerusform>
            <numerusform>%n documents attached.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="418"/>
        <source>Dibatalkan; dokumen yang sudah selesai tetap terlampir.</source>
        <translation>Cancelled; documents already finished stay attached.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="446"/>
        <source>Menautkan dokumen</source>
        <translation>Linking documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="467"/>
        <source>Lepas dokumen</source>
        <translation>Unlink the document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="469"/>
        <source>Lepas “%1” dari indikator ini? Dokumen tetap tersimpan di ruang kerja.</source>
        <translation>Unlink “%1” from this indicator? The document stays stored in the workspace.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="471"/>
        <source>Lepas</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="477"/>
        <source>Melepas dokumen</source>
        <translation>Unlinking the document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="484"/>
        <source>Hapus “%1” dari ruang kerja?</source>
        <translation>Remove “%1” from the workspace?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="486"/>
        <source>Dokumen ini juga dipakai untuk indikator %1.</source>
        <translation>This document is also used for indicator %1.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="489"/>
        <source>Hapus dokumen</source>
        <translation>Remove the document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="489"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/workspace_view.py" line="492"/>
        <source>Menghapus dokumen</source>
        <translation>Removing the document</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="170"/>
        <source>Mulai &amp;periode baru…</source>
        <extracomment>The user wants the new period&apos;s workspace opened.</extracomment>
        <translation>Start a new &amp;period…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="172"/>
        <source>Ruang kerja periode berikutnya dari ruang kerja ini, dengan dokumennya</source>
        <translation>The next period&apos;s workspace from this one, with its documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="176"/>
        <source>&amp;Laporan</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="180"/>
        <source>Buat &amp;laporan (DOCX)…</source>
        <translation>Create a &amp;report (DOCX)…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="182"/>
        <source>Laporan penilaian mandiri sebagai dokumen Word</source>
        <translation>The self-assessment report as a Word document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="188"/>
        <source>&amp;Kompilasi bukti per indikator…</source>
        <translation>&amp;Compile evidence per indicator…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="190"/>
        <source>Satu PDF bukti dukung per indikator, siap unggah</source>
        <translation>One evidence PDF per indicator, ready to upload</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="195"/>
        <source>Bukti per &amp;butir untuk portal…</source>
        <translation>Evidence per &amp;item for the portal…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="197"/>
        <source>Satu PDF per butir bukti dengan batas ukuran, dan catatan tiap butir</source>
        <translation>One PDF per evidence item within a size limit, and each item&apos;s note</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="202"/>
        <source>Ekspor tabel &amp;CSV…</source>
        <translation>E&amp;xport CSV tables…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="204"/>
        <source>Tabel tingkat indikator untuk Excel</source>
        <translation>Tables of indicator levels for Excel</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="210"/>
        <source>C&amp;adangkan ruang kerja…</source>
        <translation>&amp;Back up the workspace…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="212"/>
        <source>Salinan utuh ruang kerja, termasuk kunci tanda tangan</source>
        <translation>A complete copy of the workspace, including the signing key</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="217"/>
        <source>&amp;Periksa ruang kerja</source>
        <translation>C&amp;heck the workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="219"/>
        <source>Periksa keutuhan basis data, log audit dan setiap dokumen</source>
        <translation>Check the integrity of the database, the audit log and every document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="275"/>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="290"/>
        <source>Laporan %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="297"/>
        <source>Timpa berkas?</source>
        <translation>Overwrite the file?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="298"/>
        <source>%1 sudah ada. Ganti dengan laporan baru?</source>
        <translation>%1 already exists. Replace it with the new report?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="299"/>
        <source>&amp;Timpa</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="304"/>
        <source>Membuat laporan</source>
        <translation>Creating the report</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="311"/>
        <source>Laporan %1 ditulis (%2): indeks %3 (%4), %5 indikator, %6 dokumen.</source>
        <translation>Report %1 written (%2): index %3 (%4), indicators: %5, documents: %6.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="320"/>
        <source>Kerangkanya sementara; laporan ditandai demikian.</source>
        <translation>The framework is provisional; the report is marked as such.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="321"/>
        <source>Laporan selesai</source>
        <translation>Report done</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="329"/>
        <source>Bukti dukung %1</source>
        <translation>Evidence %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="331"/>
        <source>Kompilasi bukti per indikator</source>
        <translation>Compile evidence per indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="333"/>
        <source>Per indikator satu folder berisi satu PDF bukti dukung (sampul, lalu setiap dokumen) dan berkas lain di sampingnya; index.html mendaftar semuanya.</source>
        <translation>One folder per indicator holding one evidence PDF (a cover, then each document) with the other files beside it; index.html lists them all.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="344"/>
        <source>Menyusun bukti dukung</source>
        <translation>Compiling the evidence</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="352"/>
        <source>Bukti dukung disusun di folder %1: %2 indikator, %3 berkas PDF, %4 halaman, %5; %6 dokumen, %7 di antaranya disertakan terpisah.</source>
        <translation>Evidence compiled in the folder %1: %2 indicators, %3 PDF files, %4 pages, %5; %6 documents, %7 of them included as separate files.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="364"/>
        <source>Bukti dukung selesai</source>
        <translation>Evidence done</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="371"/>
        <source>Bukti per butir %1</source>
        <translation>Evidence per item %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="373"/>
        <source>Bukti per butir untuk portal</source>
        <translation>Evidence per item for the portal</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="375"/>
        <source>Satu PDF per butir bukti (sampul, lalu setiap dokumen), dalam folder per indikator, dan notes.csv berisi catatan tiap butir untuk ditempel di portal.</source>
        <translation>One PDF per evidence item (a cover, then each document), in a folder per indicator, and notes.csv with each item&apos;s note to paste into the portal.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="390"/>
        <source>Menyusun bukti per butir</source>
        <translation>Compiling the evidence per item</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="399"/>
        <source>Bukti per butir disusun di folder %1: %2 butir, %3 berkas PDF, %4 halaman, %5 (terbesar %6; batas %7).</source>
        <translation>Evidence per item compiled in the folder %1: %2 items, %3 PDF files, %4 pages, %5 (largest %6; limit %7).</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="412"/>
        <source>%1 berkas lain disertakan terpisah.</source>
        <translation>%1 other files included separately.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="416"/>
        <source>Gambar diperkecil (150 dpi): %1</source>
        <translation>Images shrunk (150 dpi): %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="422"/>
        <source>Dibagi menjadi beberapa bagian: %1</source>
        <translation>Split into several parts: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="426"/>
        <source>Bukti per butir selesai</source>
        <translation>Evidence per item done</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="436"/>
        <source>Folder untuk tabel CSV</source>
        <translation>Folder for the CSV tables</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="442"/>
        <source>Mengekspor tabel CSV</source>
        <translation>Exporting the CSV tables</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="449"/>
        <source>%1 berkas CSV ditulis di folder %2 (%3 baris, %4): %5.</source>
        <translation>%1 CSV files written in the folder %2 (%3 rows, %4): %5.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="456"/>
        <source>Tabel CSV selesai</source>
        <translation>CSV tables done</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="465"/>
        <source>%1 cadangan %2</source>
        <translation>%1 backup %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="472"/>
        <source>Cadangkan ruang kerja</source>
        <translation>Back up the workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="482"/>
        <source>Mencadangkan ruang kerja</source>
        <translation>Backing up the workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="489"/>
        <source>Cadangan ditulis: %1 (%2).</source>
        <translation>Backup written: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="495"/>
        <source>Cadangan selesai</source>
        <translation>Backup done</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="504"/>
        <source>Memeriksa ruang kerja</source>
        <translation>Checking the workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="513"/>
        <source>Ruang kerja utuh: %1 dokumen (%2) cocok dengan hash-nya, %3 entri log audit berantai benar.</source>
        <translation>The workspace is intact: %1 documents (%2) match their hashes, %3 audit log entries are correctly chained.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="522"/>
        <source>Ruang kerja rusak: %1 masalah ditemukan. Pulihkan dari cadangan terakhir.</source>
        <translation>The workspace is damaged: problems found: %1. Restore it from the latest backup.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="525"/>
        <source>Pemeriksaan ruang kerja</source>
        <translation>Workspace check</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="543"/>
        <source>Membuat ruang kerja periode baru</source>
        <translation>Creating the new period&apos;s workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="550"/>
        <source>Periode baru siap</source>
        <translation>New period ready</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs.py" line="555"/>
        <source>&amp;Buka ruang kerja baru</source>
        <translation>&amp;Open the new workspace</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="101"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="103"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="106"/>
        <source>Dari → ke</source>
        <translation>From → to</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="109"/>
        <source>Kenaikan</source>
        <translation>Gain</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="112"/>
        <source>Indeks jadi</source>
        <translation>Index after</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="114"/>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>PresendList</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="40"/>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="69"/>
        <source>Perlu diperhatikan sebelum mengirim</source>
        <extracomment>Lines listed per kind; the rest are counted (&quot;… dan 12 lainnya&quot;).</extracomment>
        <translation>Worth a look before sending</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="57"/>
        <source>Belum ada yang dapat dikirim: isi indikator atau lampirkan dokumen bukti terlebih dahulu.</source>
        <translation>There is nothing to send yet: answer an indicator or attach evidence documents first.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="76"/>
        <source>… dan %1 lainnya</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="85"/>
        <source>Paket tetap dapat dibuat; perbaiki yang perlu lalu buat paket lagi.</source>
        <translation>The bundle can still be created; fix what needs fixing, then create the bundle again.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="93"/>
        <source>Isian masih draf: %1 indikator</source>
        <translation>Indicators still in draft: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="94"/>
        <source>Indikator tanpa isian dan tanpa dokumen: %1</source>
        <translation>Indicators with no answer and no documents: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="95"/>
        <source>Diisi, tetapi tidak ditugaskan kepada unit Anda: %1 indikator</source>
        <translation>Indicators answered but not assigned to your unit: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="96"/>
        <source>Berkas yang tidak dapat dibuka penilai: %1</source>
        <translation>Files the assessors cannot open: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="97"/>
        <source>Hasil pindaian tanpa lapisan teks: %1</source>
        <translation>Scans without a text layer: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="98"/>
        <source>Berkas sangat besar (lebih dari %2 MB): %1</source>
        <translation>Very large files (over %2 MB): %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="99"/>
        <source>Tidak ada yang baru sejak tanda terima terakhir</source>
        <translation>Nothing new since the last receipt</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="106"/>
        <source>Indikator %1 · %2</source>
        <translation>Indicator %1 · %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="109"/>
        <source>Koordinator sudah memegang semua isian dan dokumen Anda: paket perubahan tidak akan berisi apa pun. Pilih “Lengkap” bila koordinator memintanya.</source>
        <translation>The coordinator already holds all your answers and documents: a bundle of changes would hold nothing. Choose “Full” if the coordinator asks for it.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="114"/>
        <source>“%1” (indikator %2): %3</source>
        <translation>“%1” (indicator %2): %3</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="116"/>
        <source>“%1”: %3</source>
        <translation>“%1”: %3</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="122"/>
        <source>Ubah statusnya menjadi “Siap dikirim” bila sudah selesai.</source>
        <translation>Set its status to “Ready to send” when it is finished.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="123"/>
        <source>Koordinator mungkin tidak memakai isian untuk indikator ini.</source>
        <translation>The coordinator may not use answers for this indicator.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="125"/>
        <source>Penilai tidak dapat membuka atau merujuk dokumen ini. Ganti dengan salinan yang utuh, tanpa kata sandi.</source>
        <translation>Assessors cannot open or cite this document. Replace it with a complete copy without a password.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="128"/>
        <source>Penilai sulit merujuk halamannya; lampirkan hasil OCR bila ada.</source>
        <translation>Assessors can hardly cite its pages; attach an OCR version if there is one.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/presend_list.py" line="130"/>
        <source>Surel dan aplikasi pesan sering menolak lampiran sebesar ini; centang “Pecah menjadi beberapa berkas” atau kirim lewat flashdisk.</source>
        <translation>E-mail and messaging apps often refuse attachments this large; tick “Split into several files” or send it on a USB stick.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/preview_dialog.py" line="65"/>
        <source>Pratinjau: %1</source>
        <extracomment>Images are decoded off the GUI thread at most this big (longest side, pixels).</extracomment>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/preview_dialog.py" line="79"/>
        <source>Halaman dokumen</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/preview_dialog.py" line="90"/>
        <source>Gambar dokumen</source>
        <translation>Document image</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/preview_dialog.py" line="99"/>
        <source>Pratinjau tidak tersedia untuk jenis berkas ini. Gunakan &quot;Buka dengan aplikasi lain&quot;.</source>
        <translation>No preview for this kind of file. Use &quot;Open with another application&quot;.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/preview_dialog.py" line="104"/>
        <source>Buka dengan aplikasi &amp;lain</source>
        <translation>Open with another &amp;application</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/preview_dialog.py" line="122"/>
        <source>Dokumen ini dilindungi kata sandi, jadi halamannya tidak dapat ditampilkan di sini. Gunakan &quot;Buka dengan aplikasi lain&quot; (aplikasi itu akan menanyakan kata sandinya), dan lampirkan salinan tanpa kata sandi agar penilai dapat memeriksanya.</source>
        <translation>This document is password-protected, so its pages cannot be shown here. Use &quot;Open with another application&quot; (it will ask for the password), and attach a copy without a password so that assessors can check it.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/preview_dialog.py" line="128"/>
        <source>Dokumen ini rusak atau tidak lengkap, jadi halamannya tidak dapat ditampilkan. Coba &quot;Buka dengan aplikasi lain&quot;; bila gagal juga, lampirkan lagi berkas aslinya.</source>
        <translation>This document is damaged or incomplete, so its pages cannot be shown. Try &quot;Open with another application&quot;; if that fails too, attach the original file again.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="211"/>
        <source>Kenaikan indeks</source>
        <translation>Index gain</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="214"/>
        <source>Kenaikan indeks instansi bila butir ini diterima</source>
        <translation>The agency&apos;s index gain if this item is accepted</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="216"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="218"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="220"/>
        <source>Butir</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="222"/>
        <source>Nama butir</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="225"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="25"/>
        <source>Tanda terima dari koordinator</source>
        <translation>Receipt from the coordinator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="30"/>
        <source>Tanda terima untuk paket nomor %1 sudah dicatat. Pengiriman berikutnya hanya berisi perubahan.</source>
        <translation>The receipt for bundle number %1 is recorded. The next export holds only the changes.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="44"/>
        <source>Diterima: %1 · Perlu revisi: %2 · Ditolak: %3</source>
        <translation>Accepted: %1 · Needs revision: %2 · Rejected: %3</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="51"/>
        <source>Hasil per indikator dan butir</source>
        <translation>Verdicts per indicator and item</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="53"/>
        <source>Indikator atau butir</source>
        <translation>Indicator or item</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="83"/>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="85"/>
        <source>dokumen tidak sesuai</source>
        <translation>wrong document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="86"/>
        <source>dokumen belum diunggah</source>
        <translation>document not uploaded</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="87"/>
        <source>tingkat di bawahnya belum lengkap</source>
        <translation>the level below is incomplete</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="88"/>
        <source>alasan lain</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="91"/>
        <source>Perlu revisi: %1</source>
        <translation>Needs revision: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="91"/>
        <source>Perlu revisi</source>
        <translation>Needs revision</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="53"/>
        <source>Hasil</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/receipt_dialog.py" line="53"/>
        <source>Catatan koordinator</source>
        <translation>Coordinator&apos;s comment</translation>
    </message>
</context>
<context>
    <name>RelationPickDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_relations.py" line="114"/>
        <source>Cari nama atau kode…</source>
        <translation>Search a name or a code…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_relations.py" line="130"/>
        <source>Belum ada objek %1. Tambahkan dulu di domain itu.</source>
        <translation>There is no %1 object yet. Add one in that domain first.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_relations.py" line="135"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_relations.py" line="72"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_relations.py" line="75"/>
        <source>Ubah %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_relations.py" line="91"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="96"/>
        <source>Buat laporan (DOCX)</source>
        <translation>Create a report (DOCX)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="98"/>
        <source>&amp;Bandingkan dengan periode lalu…</source>
        <translation>Compare with the &amp;last period…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="101"/>
        <source>Hasil periode lalu dicantumkan di samping hasil sekarang; berkasnya hanya dibaca</source>
        <translation>The last period&apos;s results are shown beside the current ones; that file is only read</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="107"/>
        <source>Berkas &amp;laporan:</source>
        <translation>&amp;Report file:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="109"/>
        <source>Ruang kerja periode &amp;lalu:</source>
        <translation>&amp;Last period&apos;s workspace:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="110"/>
        <source>&amp;Buat laporan</source>
        <translation>&amp;Create the report</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="122"/>
        <source>Simpan laporan</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="124"/>
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="130"/>
        <source>Ruang kerja periode lalu</source>
        <translation>Last period&apos;s workspace</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="248"/>
        <source>Buka &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="251"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_models.py" line="41"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_models.py" line="45"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_models.py" line="47"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_models.py" line="50"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_models.py" line="52"/>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_models.py" line="53"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>RevisionQueueTab</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/queue_tab.py" line="46"/>
        <location filename="../../spbe_desktop/ui/coordinator/queue_tab.py" line="52"/>
        <source>Antrean revisi</source>
        <translation>Revision queue</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/queue_tab.py" line="49"/>
        <source>&amp;Periksa di konsolidasi</source>
        <translation>&amp;Review in consolidation</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/queue_tab.py" line="56"/>
        <source>Butir yang sudah dilampiri dokumen tetapi belum diperiksa, dan butir yang dikembalikan untuk revisi, diurutkan menurut kenaikan indeks bila diterima.</source>
        <translation>Items with documents attached but not reviewed yet, and items returned for revision, ordered by the index gain if accepted.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/queue_tab.py" line="78"/>
        <source>Batas waktu — %1</source>
        <translation>Deadline — %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/queue_tab.py" line="95"/>
        <source>Membaca antrean revisi</source>
        <translation>Reading the revision queue</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/queue_tab.py" line="107"/>
        <source>%1 butir menunggu pemeriksaan, %2 butir dikembalikan untuk revisi.</source>
        <translation>Items waiting for review: %1; returned for revision: %2.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_models.py" line="29"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_models.py" line="30"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_models.py" line="31"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_models.py" line="32"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_models.py" line="33"/>
        <source>Tanggal terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_models.py" line="35"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_models.py" line="38"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="36"/>
        <source>Kata dalam judul, nomor, nama berkas atau isi dokumen</source>
        <translation>Words in the title, number, file name or the document&apos;s text</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="39"/>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="45"/>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="48"/>
        <source>Terbit sejak</source>
        <translation>Issued from</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="49"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="51"/>
        <source>OPD:</source>
        <translation>OPD:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="53"/>
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="55"/>
        <source>Jenis:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="62"/>
        <source>Hasil pencarian</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="63"/>
        <source>&amp;Pratinjau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="87"/>
        <source>Semua OPD</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="91"/>
        <source>Semua indikator</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="111"/>
        <source>Ketik kata yang dicari.</source>
        <translation>Type the words to look for.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="114"/>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="117"/>
        <source>Mencari bukti</source>
        <translation>Searching the evidence</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="126"/>
        <source>%n dokumen ditemukan.</source>
        <translation>
            <numerusform>%n document found.</numerusform>
            <numerusform>%n documents found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/search_tab.py" line="128"/>
        <source>Tidak ada dokumen yang cocok.</source>
        <translation>No document matches.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="90"/>
        <source>boleh dikosongkan</source>
        <translation>may be left empty</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="92"/>
        <source>Bila diisi, frasa sandi diminta setiap kali paket bukti ditandatangani. Jangan sampai lupa: frasa sandi tidak dapat dipulihkan.</source>
        <translation>If set, the passphrase is asked each time an evidence bundle is signed. Do not forget it: it cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="108"/>
        <source>Siapkan ruang kerja</source>
        <translation>Set up a workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="113"/>
        <source>Isi data unit Anda. Bila koordinator sudah mengirim kit penilaian, lebih mudah memakai &quot;Buka kit dari koordinator&quot;.</source>
        <translation>Fill in your unit&apos;s details. If the coordinator sent an evaluation kit, &quot;Open a kit from the coordinator&quot; is easier.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="119"/>
        <source>Perangkat daerah (OPD)</source>
        <translation>Regional agency (OPD)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="120"/>
        <source>Koordinator (Diskominfo)</source>
        <translation>Coordinator (Diskominfo)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="122"/>
        <source>mis. Pemerintah Provinsi Maluku Utara</source>
        <translation>e.g. Pemerintah Provinsi Maluku Utara</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="124"/>
        <source>mis. Dinas Komunikasi dan Informatika</source>
        <translation>e.g. Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="126"/>
        <source>nama Anda</source>
        <translation>your name</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="129"/>
        <source>SPBE (PermenPANRB 59/2020)</source>
        <translation>SPBE (PermenPANRB 59/2020)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="128"/>
        <source>Pemerintah Digital 2026 (sementara)</source>
        <translation>Digital Government 2026 (provisional)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="137"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="138"/>
        <source>&amp;Instansi:</source>
        <translation>&amp;Government:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="139"/>
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="140"/>
        <source>Nama &amp;petugas:</source>
        <translation>&amp;Officer&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="141"/>
        <source>&amp;Kerangka penilaian:</source>
        <translation>&amp;Framework:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="142"/>
        <source>P&amp;eriode:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="143"/>
        <source>&amp;Simpan di:</source>
        <translation>&amp;Save in:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="144"/>
        <source>&amp;Frasa sandi kunci:</source>
        <translation>Key &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="145"/>
        <source>&amp;Ulangi frasa sandi:</source>
        <translation>Repea&amp;t the passphrase:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="146"/>
        <source>&amp;Buat</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="161"/>
        <source>Isi nama instansi.</source>
        <translation>Fill in the government&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="165"/>
        <source>Isi nama unit kerja.</source>
        <translation>Fill in the unit&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="169"/>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="75"/>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="101"/>
        <source>Daftar OPD</source>
        <translation>OPD register</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="57"/>
        <source>&amp;Tambah OPD…</source>
        <translation>&amp;Add OPD…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="58"/>
        <source>&amp;Sematkan kartu identitas…</source>
        <translation>&amp;Pin identity card…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="60"/>
        <source>Daftarkan kunci tanda tangan OPD dari kartu identitasnya</source>
        <translation>Register the OPD&apos;s signing key from its identity card</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="62"/>
        <source>&amp;Cabut kunci</source>
        <translation>Re&amp;voke key</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="64"/>
        <source>Paket yang ditandatangani kunci ini tidak akan diterima lagi</source>
        <translation>Bundles signed with this key will no longer be accepted</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="66"/>
        <source>Terbitkan &amp;kit…</source>
        <translation>Issue &amp;kit…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="69"/>
        <source>Kit penilaian untuk OPD terpilih: kerangka, periode, kunci koordinator dan indikator yang ditugaskan</source>
        <translation>Evaluation kit for the selected OPD: framework, period, the coordinator&apos;s key and the assigned indicators</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="73"/>
        <source>Terbitkan tanda &amp;terima…</source>
        <translation>Issue &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="114"/>
        <source>Penugasan indikator</source>
        <translation>Indicator assignment</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="78"/>
        <source>Centang indikator yang dijawab setiap OPD (baris: OPD, kolom: nomor indikator). Yang belum disimpan diisi dari pemilik bawaan kerangka.</source>
        <translation>Tick the indicators each OPD answers for (rows: OPDs, columns: indicator numbers). What is not saved yet comes from the framework&apos;s default owners.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="84"/>
        <source>Simpan &amp;penugasan</source>
        <translation>Save &amp;assignment</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="85"/>
        <source>&amp;Kembalikan</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="86"/>
        <source>Buang perubahan yang belum disimpan</source>
        <translation>Discard the unsaved changes</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="90"/>
        <source>Penugasan indikator per OPD</source>
        <translation>Indicator assignment per OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="186"/>
        <source>belum disimpan</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="198"/>
        <source>Menambah OPD</source>
        <translation>Adding the OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="201"/>
        <source>OPD %1 ditambahkan.</source>
        <translation>OPD %1 added.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="209"/>
        <source>Pilih kartu identitas OPD</source>
        <translation>Choose the OPD&apos;s identity card</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="210"/>
        <source>Kartu identitas %1;;Semua berkas (*)</source>
        <translation>Identity cards %1;;All files (*)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="217"/>
        <source>Memeriksa kartu identitas</source>
        <translation>Checking the identity card</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="236"/>
        <source>%1 sudah memiliki kunci lain (%2); kunci itu akan diganti.</source>
        <translation>%1 already has another key (%2); that key will be replaced.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="242"/>
        <source>Kartu identitas dari &quot;%1&quot; (%2), petugas: %3. Sebelum disematkan, minta petugas OPD membacakan sidik jari kuncinya lewat telepon dan pastikan sama persis dengan yang di bawah ini.</source>
        <translation>Identity card from &quot;%1&quot; (%2), officer: %3. Before pinning it, ask the OPD officer to read out the key&apos;s fingerprint by phone and make sure it is exactly the one below.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="255"/>
        <source>Sematkan kartu identitas</source>
        <translation>Pin identity card</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="260"/>
        <source>&amp;Sematkan</source>
        <translation>&amp;Pin</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="267"/>
        <source>Kunci %1 disematkan (sidik jari %2).</source>
        <translation>%1&apos;s key pinned (fingerprint %2).</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="281"/>
        <source>Cabut kunci OPD</source>
        <translation>Revoke the OPD&apos;s key</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="283"/>
        <source>Cabut kunci %1? Paket bukti yang ditandatangani kunci ini akan ditolak sampai OPD mengirim kartu identitas baru dan kartu itu disematkan.</source>
        <translation>Revoke %1&apos;s key? Evidence bundles signed with it will be refused until the OPD sends a new identity card and that card is pinned.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="286"/>
        <source>Cabut kunci</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="292"/>
        <source>Mencabut kunci OPD</source>
        <translation>Revoking the OPD&apos;s key</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="295"/>
        <source>Kunci %1 dicabut.</source>
        <translation>%1&apos;s key revoked.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="308"/>
        <source>Belum ada indikator</source>
        <translation>No indicators yet</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="310"/>
        <source>%1 belum mendapat indikator. Centang indikatornya di tabel penugasan lebih dulu.</source>
        <translation>%1 has no indicators yet. Tick its indicators in the assignment table first.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="318"/>
        <source>Simpan kit penilaian</source>
        <translation>Save the evaluation kit</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="320"/>
        <source>Kit penilaian (*%1)</source>
        <translation>Evaluation kits (*%1)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="333"/>
        <source>Menulis kit penilaian</source>
        <translation>Writing the evaluation kit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="342"/>
        <source>Kit untuk %1 ditulis ke %2 (%n indikator).</source>
        <translation>
            <numerusform>The kit for %1 was written to %2 (%n indicator).</numerusform>
            <numerusform>The kit for %1 was written to %2 (%n indicators).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="367"/>
        <source>OPD tanpa indikator</source>
        <translation>OPDs without indicators</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="369"/>
        <source>OPD berikut belum mendapat indikator: %1. Tanpa penugasan, OPD dihitung untuk semua indikator. Simpan tetap?</source>
        <translation>These OPDs have no indicators yet: %1. Without an assignment an OPD is counted for every indicator. Save anyway?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="372"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="379"/>
        <source>Menyimpan penugasan</source>
        <translation>Saving the assignment</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/setup_tab.py" line="381"/>
        <source>Penugasan %n OPD disimpan.</source>
        <translation>
            <numerusform>Assignment of %n OPD saved.</numerusform>
            <numerusform>Assignment of %n OPDs saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiapBox</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="38"/>
        <source>Status di SIAP Digital</source>
        <translation>Status in SIAP Digital</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="43"/>
        <source>ID di SIAP Digital</source>
        <translation>ID in SIAP Digital</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="44"/>
        <source>ID objek di SIAP Digital (bila ada)</source>
        <translation>The object&apos;s ID in SIAP Digital (if any)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="45"/>
        <source>sudah diinput</source>
        <translation>entered</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="50"/>
        <source>Lampirkan &amp;tangkapan layar…</source>
        <translation>Attach a scr&amp;eenshot…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="53"/>
        <source>Simpan tangkapan layar SIAP Digital sebagai dokumen bukti objek ini</source>
        <translation>Store a SIAP Digital screenshot as this object&apos;s evidence document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="55"/>
        <source>Li&amp;hat</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="57"/>
        <source>Simpan &amp;status SIAP</source>
        <translation>Save the SIAP stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="63"/>
        <source>ID SIAP</source>
        <translation>SIAP ID</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="64"/>
        <source>Tanggal input</source>
        <translation>Date entered</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="65"/>
        <source>Tangkapan layar</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="85"/>
        <source>Belum ada. Lampirkan tangkapan layar objek ini di SIAP Digital.</source>
        <translation>None yet. Attach a screenshot of this object in SIAP Digital.</translation>
    </message>
</context>
<context>
    <name>UnitItemsModel</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="176"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="177"/>
        <source>Butir</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="179"/>
        <source>Nama butir</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="182"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="187"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="192"/>
        <source>Alasan / catatan</source>
        <translation>Reason / note</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="26"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="28"/>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="37"/>
        <source>periode %1</source>
        <translation>period %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="41"/>
        <source>dibuka %1</source>
        <translation>opened %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="59"/>
        <source>Selamat datang di Penilaian Mandiri SPBE</source>
        <translation>Welcome to the SPBE Self-Assessment</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="64"/>
        <source>Aplikasi ini menuntun Anda mengisi setiap indikator, melampirkan dokumen bukti dukung, dan mengirim paket bukti bertanda tangan ke koordinator. Semua data tersimpan di komputer ini; internet tidak diperlukan.</source>
        <translation>This application guides you through each indicator, attaching evidence documents, and sending a signed evidence bundle to the coordinator. All data stays on this computer; no internet is needed.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="71"/>
        <source>Buka kit dari koordinator</source>
        <translation>Open a kit from the coordinator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="73"/>
        <source>Cara termudah: kit berisi kerangka, indikator yang ditugaskan, dan kunci koordinator.</source>
        <translation>The easiest way: the kit holds the framework, the assigned indicators and the coordinator&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="78"/>
        <source>Siapkan sendiri</source>
        <translation>Set up by hand</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="79"/>
        <source>Isi nama instansi, unit, dan kerangka penilaian secara manual.</source>
        <translation>Fill in the government, the unit and the framework yourself.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="82"/>
        <source>Buka ruang kerja yang sudah ada</source>
        <translation>Open an existing workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="83"/>
        <source>Berkas .spbe yang pernah Anda buat.</source>
        <translation>A .spbe file you made before.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="86"/>
        <source>Coba dengan contoh</source>
        <translation>Try the example</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="87"/>
        <source>Ruang kerja contoh sebuah dinas, untuk berlatih tanpa mengubah data Anda.</source>
        <translation>An example agency workspace, to practise without touching your data.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="89"/>
        <source>Terakhir dibuka</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="93"/>
        <source>Ruang kerja yang terakhir dibuka</source>
        <translation>Recently opened workspaces</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="94"/>
        <source>Klik dua kali atau tekan Enter untuk membuka</source>
        <translation>Double-click or press Enter to open</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/welcome.py" line="127"/>
        <source>Belum ada.</source>
        <translation>None yet.</translation>
    </message>
</context>
<context>
    <name>WhatIfTab</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="55"/>
        <source>Target indeks</source>
        <translation>Target index</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="57"/>
        <source>Ambang predikat &amp;berikutnya</source>
        <translation>&amp;Next predicate threshold</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="59"/>
        <source>Jadikan target batas bawah predikat di atas predikat sekarang</source>
        <translation>Set the target to the lower bound of the predicate above the current one</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="61"/>
        <source>&amp;Target indeks:</source>
        <translation>&amp;Target index:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="66"/>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="87"/>
        <source>Rencana menuju target</source>
        <translation>Plan to the target</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="69"/>
        <source>Kenaikan satu tingkat yang paling besar pengaruhnya lebih dulu; setiap tingkat memerlukan tingkat di bawahnya. Centang Kunci untuk mempertahankan tingkat indikator, atau Tak mungkin bila indikator tidak mungkin dinaikkan tahun ini.</source>
        <translation>One-level raises with the largest effect first; every level needs the one below it. Tick Lock to keep an indicator&apos;s level, or Impossible when it cannot be raised this year.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="81"/>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="91"/>
        <source>Batasan per indikator</source>
        <translation>Constraints per indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="156"/>
        <source>Menghitung rencana</source>
        <translation>Computing the plan</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="171"/>
        <source>Indeks sekarang %1 (%2).</source>
        <translation>The index is now %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="176"/>
        <source>Target %1 sudah tercapai.</source>
        <translation>Target %1 is reached.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="179"/>
        <source>Dengan %n kenaikan tingkat indeks menjadi %1 (%2).</source>
        <translation>
            <numerusform>With %n level raise the index becomes %1 (%2).</numerusform>
            <numerusform>With %n level raises the index becomes %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="186"/>
        <source>Target %1 tidak tercapai walau semua kenaikan yang diizinkan dilakukan: paling tinggi %2 (%3).</source>
        <translation>Target %1 cannot be reached even with every allowed raise: at most %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="199"/>
        <source>%n indikator dikeluarkan dari rencana.</source>
        <translation>
            <numerusform>%n indicator kept out of the plan.</numerusform>
            <numerusform>%n indicators kept out of the plan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_tab.py" line="201"/>
        <source>Semua indikator boleh dinaikkan.</source>
        <translation>Every indicator may be raised.</translation>
    </message>
</context>
<context>
    <name>WorkspacePages</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_entry.py" line="41"/>
        <source>Inventaris &amp;arsitektur</source>
        <translation>&amp;Architecture inventory</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_entry.py" line="46"/>
        <source>Proses bisnis, layanan, data, aplikasi, integrasi, infrastruktur dan keamanan unit Anda, dengan status SIAP Digital</source>
        <translation>Your unit&apos;s business processes, services, data, applications, integrations, infrastructure and security, with their SIAP Digital status</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetup</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/workspace_setup.py" line="50"/>
        <source>Membuat ruang kerja</source>
        <translation>Creating the workspace</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/workspace_setup.py" line="61"/>
        <source>Pilih kit dari koordinator</source>
        <translation>Choose the kit from the coordinator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/workspace_setup.py" line="62"/>
        <source>Kit penilaian (*.json *.kit *.spbekit);;Semua berkas (*)</source>
        <translation>Evaluation kit (*.json *.kit *.spbekit);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/workspace_setup.py" line="68"/>
        <source>Memeriksa kit</source>
        <translation>Checking the kit</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/workspace_setup.py" line="90"/>
        <source>Membuat ruang kerja dari kit</source>
        <translation>Creating the workspace from the kit</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/workspace_setup.py" line="105"/>
        <source>Menyiapkan ruang kerja contoh</source>
        <translation>Preparing the example workspace</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="58"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="59"/>
        <source>Lokasi berkas ruang kerja</source>
        <translation>Location of the workspace file</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/setup_dialog.py" line="73"/>
        <source>Simpan ruang kerja</source>
        <translation>Save the workspace</translation>
    </message>
</context>
<context>
    <name>_Suggestions</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_suggestions.py" line="59"/>
        <location filename="../../spbe_desktop/ui/opd/architecture_suggestions.py" line="69"/>
        <source>Saran dari inventaris arsitektur</source>
        <translation>Suggestions from the architecture inventory</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_suggestions.py" line="65"/>
        <source>Tautkan tangkapan layar SIAP Digital yang dipilih</source>
        <translation>Link the selected SIAP Digital screenshot</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_suggestions.py" line="92"/>
        <source>Membaca saran inventaris arsitektur</source>
        <translation>Reading suggestions from the architecture inventory</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_suggestions.py" line="144"/>
        <source>Menautkan tangkapan layar</source>
        <translation>Linking the screenshot</translation>
    </message>
</context>
<context>
    <name>architecture</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="23"/>
        <source>Proses bisnis</source>
        <translation>Business process</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="24"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="25"/>
        <source>Data dan informasi</source>
        <translation>Data and information</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="26"/>
        <source>Aplikasi</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="27"/>
        <source>Integrasi</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="28"/>
        <source>Infrastruktur</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="29"/>
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="33"/>
        <source>Belum diinput</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="34"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="35"/>
        <source>Terinput</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="36"/>
        <source>Perlu revisi</source>
        <translation>Needs revision</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="48"/>
        <source>SIAP Digital mencatat proses bisnis dengan uraian dan kode Referensi Arsitektur Proses Bisnis (RAB: sektor, lalu urusan). Catat juga jenisnya (inti, manajemen, pendukung), unit pengampu dan sasaran yang didukung. Untuk indikator 15 asesor meminta arsitektur proses bisnis di SIAP Digital, bukan pasal peraturan.</source>
        <extracomment>What SIA SPBE / SIAP Digital asks for in each domain (from the team&apos;s reference notes).</extracomment>
        <translation>SIAP Digital records a business process with a description and a Business Process Architecture Reference code (RAB: sector, then affair). Record its kind too (core, management, support), the unit in charge and the goals it supports. For indicator 15 the assessors ask for the business process architecture in SIAP Digital, not the articles of a regulation.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="55"/>
        <source>SIAP Digital mencatat layanan dengan kode RAL (RAL.01 Layanan Publik, RAL.02 Layanan Administrasi Pemerintahan), tujuan, fungsi, K/L dan urusan terkait, target, metode, potensi manfaat dan ekonomi, unit pelaksana, potensi risiko dan mitigasinya. Hubungkan setiap layanan dengan proses bisnis dan aplikasinya.</source>
        <translation>SIAP Digital records a service with its RAL code (RAL.01 Layanan Publik, RAL.02 Layanan Administrasi Pemerintahan), purpose, function, the ministries or agencies and affairs involved, target, method, potential benefits and savings, the unit running it, potential risks and their mitigation. Link every service to its business process and its applications.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="62"/>
        <source>SIAP Digital mencatat data dengan kode RAD, uraian, tujuan, sifat, jenis dan validitas data, produsen data dan walidata, informasi terkait, serta interoperabilitasnya.</source>
        <translation>SIAP Digital records data with its RAD code, description, purpose, nature, kind and validity, the data producer and the data custodian (walidata), related information, and its interoperability.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="67"/>
        <source>SIAP Digital mencatat aplikasi dengan kode RAA (RAA.01 Aplikasi Umum, RAA.02 Aplikasi Khusus), uraian, fungsi, luaran, basis aplikasi, tipe lisensi dan basis data. Aplikasi Umum hanya yang ditetapkan MenPANRB (mis. SRIKANDI, SP4N-LAPOR!); aplikasi buatan pemda adalah Aplikasi Khusus. Hubungkan aplikasi dengan layanan, data dan hostingnya.</source>
        <translation>SIAP Digital records an application with its RAA code (RAA.01 Aplikasi Umum, RAA.02 Aplikasi Khusus), description, function, output, application platform, licence type and database. Aplikasi Umum are only those set by the MenPANRB (e.g. SRIKANDI, SP4N-LAPOR!); an application built by the local government is an Aplikasi Khusus. Link each application to its services, data and hosting.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="74"/>
        <source>Catat setiap pertukaran data antaraplikasi: aplikasi sumber, aplikasi tujuan di daerah atau sistem nasional (SIASN, SATUSEHAT, SRIKANDI…), metode (API, SSO, SPLP…) dan statusnya. Daftar ini menjadi matriks integrasi untuk indikator 16 dan 18.</source>
        <translation>Record every data exchange between applications: the source application, the target application in the region or the national system (SIASN, SATUSEHAT, SRIKANDI…), the method (API, SSO, SPLP…) and its status. This list becomes the integration matrix for indicators 16 and 18.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="80"/>
        <source>SIAP Digital mencatat objek infrastruktur (komputasi awan, server, media penyimpanan, perangkat jaringan, fasilitas komputasi…) dengan status kepemilikan, pemilik dan atribut objeknya (spesifikasi, lokasi, tier, bandwidth).</source>
        <translation>SIAP Digital records infrastructure objects (cloud computing, servers, storage media, network devices, computing facilities…) with their ownership status, owner and attributes (specification, location, tier, bandwidth).</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="86"/>
        <source>SIAP Digital mencatat tujuh objek keamanan (standar dan prosedur, edukasi kesadaran, identifikasi kerentanan, peningkatan keamanan, penanganan insiden, audit keamanan, kelaikan) dengan uraian dan tanggalnya; audit dengan jenis, hasil dan tindak lanjut.</source>
        <translation>SIAP Digital records seven security objects (standards and procedures, awareness education, vulnerability identification, security improvement, incident handling, security audit, fitness) with a description and a date; audits with their kind, result and follow-up.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="96"/>
        <source>Proses bisnis layanan</source>
        <extracomment>A relation&apos;s name seen from each end: (kind, &quot;from&quot; | &quot;to&quot;) -&gt; name.</extracomment>
        <translation>Business processes of the service</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="97"/>
        <source>Layanan dari proses ini</source>
        <translation>Services of this process</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="98"/>
        <source>Aplikasi pendukung</source>
        <translation>Supporting applications</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="99"/>
        <source>Layanan yang didukung</source>
        <translation>Services supported</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="100"/>
        <source>Data yang dikelola</source>
        <translation>Data managed</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="101"/>
        <source>Aplikasi pengelola data</source>
        <translation>Applications managing the data</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="102"/>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="103"/>
        <source>Aplikasi di sini</source>
        <translation>Applications hosted here</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="104"/>
        <source>Aplikasi sumber</source>
        <translation>Source application</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="105"/>
        <source>Integrasi keluar</source>
        <translation>Outgoing integrations</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="106"/>
        <source>Aplikasi tujuan (lokal)</source>
        <translation>Target application (local)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="107"/>
        <source>Integrasi masuk</source>
        <translation>Incoming integrations</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="135"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="183"/>
        <source>Catatan koordinator: %1</source>
        <translation>Coordinator&apos;s note: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="191"/>
        <source>Tangkapan layar: %1</source>
        <translation>Screenshot: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_models.py" line="194"/>
        <source>Belum ada tangkapan layar SIAP Digital</source>
        <translation>No SIAP Digital screenshot yet</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_workbook.py" line="30"/>
        <source>Buku kerja Excel (*.xlsx);;Semua berkas (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_workbook.py" line="43"/>
        <source>arsitektur-%1</source>
        <translation>architecture-%1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_workbook.py" line="48"/>
        <source>Ekspor inventaris ke Excel</source>
        <translation>Export the inventory to Excel</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_workbook.py" line="58"/>
        <source>Menulis buku kerja arsitektur</source>
        <translation>Writing the architecture workbook</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_workbook.py" line="76"/>
        <source>Impor inventaris dari Excel</source>
        <translation>Import the inventory from Excel</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_workbook.py" line="84"/>
        <source>Membaca buku kerja arsitektur</source>
        <translation>Reading the architecture workbook</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_workbook.py" line="99"/>
        <source>… dan %1 masalah lain (lihat rincian).</source>
        <translation>… and %1 more problems (see the details).</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_workbook.py" line="112"/>
        <source>Buku kerja tidak diimpor</source>
        <translation>The workbook was not imported</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_workbook.py" line="122"/>
        <source>Buku kerja diimpor: %1 objek baru, %2 diperbarui, %3 dihapus, %4 relasi.</source>
        <translation>Workbook imported: new objects: %1, updated: %2, deleted: %3, relations: %4.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="24"/>
        <source>Aplikasi sama di dua OPD</source>
        <extracomment>A finding&apos;s kind in a few words (its code&apos;s last part -&gt; text).</extracomment>
        <translation>Same application in two OPDs</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="25"/>
        <source>URL sama di dua OPD</source>
        <translation>Same URL in two OPDs</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="26"/>
        <source>Kode referensi kosong</source>
        <translation>Reference code missing</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="27"/>
        <source>Kode referensi tak dikenal</source>
        <translation>Unknown reference code</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="28"/>
        <source>Layanan tanpa aplikasi</source>
        <translation>Service without an application</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="29"/>
        <source>Layanan tanpa proses bisnis</source>
        <translation>Service without a business process</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="30"/>
        <source>Aplikasi tanpa hosting</source>
        <translation>Application without hosting</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="31"/>
        <source>Aplikasi Umum dicatat milik OPD</source>
        <translation>Aplikasi Umum recorded as the OPD&apos;s own</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="32"/>
        <source>Status SIAP tidak cocok</source>
        <translation>SIAP status does not match</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/architecture_models.py" line="52"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="117"/>
        <source>Pilih tangkapan layar SIAP Digital</source>
        <translation>Choose the SIAP Digital screenshot</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="118"/>
        <source>Gambar atau PDF (*.png *.jpg *.jpeg *.pdf);;Semua berkas (*)</source>
        <translation>Images or PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="127"/>
        <source>Melampirkan tangkapan layar</source>
        <translation>Attaching the screenshot</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/architecture_siap.py" line="147"/>
        <source>Menyimpan status SIAP Digital</source>
        <translation>Saving the SIAP Digital status</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_suggestions.py" line="172"/>
        <source>Tautkan ke b&amp;utir</source>
        <translation>Lin&amp;k to the item</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_suggestions.py" line="173"/>
        <source>Salin ringkasan ke catatan</source>
        <translation>Copy the summary to the note</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_suggestions.py" line="203"/>
        <source>Tautkan ke &amp;indikator ini</source>
        <translation>Lin&amp;k to this indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/architecture_suggestions.py" line="204"/>
        <source>Salin ringkasan ke penjelasan</source>
        <translation>Copy the summary to the justification</translation>
    </message>
</context>
<context>
    <name>coordinator</name>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="18"/>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="19"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="20"/>
        <source>siap diperiksa</source>
        <translation>ready for review</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="21"/>
        <source>tidak berlaku</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="33"/>
        <source>belum ada dokumen</source>
        <translation>no documents yet</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="34"/>
        <source>menunggu pemeriksaan</source>
        <translation>waiting for review</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="35"/>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="24"/>
        <source>diterima</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="36"/>
        <source>dikembalikan</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="37"/>
        <source>terkunci (tingkat bawah belum lengkap)</source>
        <translation>blocked (a lower level is incomplete)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="40"/>
        <source>dokumen tidak sesuai</source>
        <translation>wrong document</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="41"/>
        <source>belum diunggah</source>
        <translation>not uploaded</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="42"/>
        <source>tingkat bawah belum lengkap</source>
        <translation>a lower level is incomplete</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="43"/>
        <source>lainnya</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="249"/>
        <source>Indeks instansi</source>
        <translation>Agency index</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="256"/>
        <source>Aspek %1. %2</source>
        <translation>Aspect %1. %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/items_models.py" line="270"/>
        <source>Indikator %1. %2</source>
        <translation>Indicator %1. %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="25"/>
        <source>perlu revisi</source>
        <translation>needs revision</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="26"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="31"/>
        <source>Diterima</source>
        <extracomment>The verdicts in the order the picker offers them (None = no verdict yet).</extracomment>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="32"/>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="33"/>
        <source>Bagian tersimpan</source>
        <translation>Part stored</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="34"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="35"/>
        <source>Karantina</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="36"/>
        <source>Belum diperiksa</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="76"/>
        <source>Semua tindakan</source>
        <extracomment>History filter choices: (action prefix, label); &quot;&quot; = everything.</extracomment>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="77"/>
        <source>Paket bukti</source>
        <translation>Evidence bundles</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="78"/>
        <source>Daftar OPD</source>
        <translation>OPD register</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="54"/>
        <source>penilaian mandiri</source>
        <extracomment>The evaluation&apos;s stages as a sentence names them, and as a field&apos;s title.</extracomment>
        <translation>self-assessment</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="55"/>
        <source>Penilaian mandiri</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="58"/>
        <source>dokumen</source>
        <translation>document review</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="62"/>
        <source>interviu</source>
        <translation>interview</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="66"/>
        <source>visitasi</source>
        <translation>site visit</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="70"/>
        <source>pengumuman</source>
        <translation>announcement</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="71"/>
        <source>Pengumuman</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="79"/>
        <source>Hasil pemeriksaan indikator</source>
        <translation>Indicator verdicts</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="80"/>
        <source>Butir bukti</source>
        <translation>Evidence items</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="81"/>
        <source>Jawaban dan keputusan</source>
        <translation>Answers and decisions</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="82"/>
        <source>Tanda terima</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="83"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="84"/>
        <source>Tautan dokumen</source>
        <translation>Document links</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="85"/>
        <source>Hasil asesor</source>
        <translation>Assessor results</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="86"/>
        <source>Jadwal tahap</source>
        <translation>Stage schedule</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="87"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="106"/>
        <source>belum diperiksa</source>
        <translation>not reviewed</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="119"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="121"/>
        <source>kemarin</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="124"/>
        <source>%1 hari lalu</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="182"/>
        <source>Tahap %1: %3 hari lagi (%2)</source>
        <translation>Stage: %1, days left: %3 (%2)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="130"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="137"/>
        <source>belum ditugaskan</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="141"/>
        <source>Belum ada indikator yang ditugaskan kepada OPD ini. Centang indikatornya di tabel Penugasan indikator (tab OPD dan penugasan), lalu simpan.</source>
        <translation>No indicators are assigned to this OPD yet. Tick its indicators in the Indicator assignment table (OPDs and assignment tab), then save.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="172"/>
        <source>Jadwal tahap belum diisi.</source>
        <translation>The stage schedule is not set yet.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="175"/>
        <source>Semua tahap sudah lewat (%1 %2).</source>
        <translation>All stages are over (%1 ended %2).</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="180"/>
        <source>Tahap %1: berakhir hari ini (%2)</source>
        <translation>Stage: %1, ends today (%2)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="61"/>
        <source>Kunci</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="62"/>
        <source>Kunci: tingkat indikator ini dipertahankan, tidak dinaikkan</source>
        <translation>Lock: this indicator&apos;s level is kept, not raised</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="68"/>
        <source>Tak mungkin</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/what_if_models.py" line="69"/>
        <source>Tidak mungkin dinaikkan tahun ini</source>
        <translation>Cannot be raised this year</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/common.py" line="98"/>
        <source>Menyematkan kunci OPD</source>
        <extracomment>``pin(name, replace, unrevoke)``: ``exchange.trust_card`` or ``trust_public_key`` for a name.</extracomment>
        <translation>Pinning the OPD&apos;s key</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_models.py" line="16"/>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="59"/>
        <source>Penilaian dokumen</source>
        <translation>Document review</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_models.py" line="17"/>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="63"/>
        <source>Interviu</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/assessor_models.py" line="18"/>
        <location filename="../../spbe_desktop/ui/coordinator/labels.py" line="67"/>
        <source>Visitasi</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_messages.py" line="35"/>
        <source>%1: ditandatangani kunci yang belum terdaftar (sidik jari %2); cocokkan sidik jari itu dengan petugas OPD lewat telepon, lalu tekan Putuskan kepercayaan di tab ini.</source>
        <extracomment>A document&apos;s place inside a bundle: ``data/documents/&lt;sha256&gt;.pdf``, or its text layer&apos;s ``data/texts/&lt;sha256&gt;.txt`` (also without ``data/``).</extracomment>
        <translation>%1: signed by a key that is not registered (fingerprint %2); check that fingerprint with the OPD officer by phone, then press Decide on trust in this tab.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_messages.py" line="46"/>
        <source>%1: paket perubahan ini merujuk %2 dokumen yang belum ada di ruang kerja ini; impor dulu paket sebelumnya dari OPD ini, atau minta OPD mengekspor paket lengkap.</source>
        <translation>%1: this bundle of changes refers to documents that are not in this workspace yet (%2); import this OPD&apos;s earlier bundle first, or ask the OPD to export a full bundle.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_messages.py" line="60"/>
        <source>Dokumen butir %1 berubah sehingga hasil pemeriksaannya dibatalkan: periksa lagi butir tersebut dari tab Antrean revisi.</source>
        <translation>The documents of item %1 changed, so its verdict was withdrawn: review the item again from the Revision queue tab.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/coordinator/import_messages.py" line="76"/>
        <source>sebuah dokumen di dalam paket</source>
        <translation>a document in the bundle</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/layout.py" line="115"/>
        <source>Batal</source>
        <extracomment>In a :func:`vbox` or :func:`hbox`: stretchable empty space. What a box holds: a widget or a layout (with a stretch factor as a pair), a spacing in pixels, or ``STRETCH``.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/layout.py" line="126"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/messages.py" line="35"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>navigator</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="99"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="133"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="134"/>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="188"/>
        <source>nilai %1</source>
        <translation>value %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="192"/>
        <source>Nilai dari butir yang diterima koordinator: %1</source>
        <translation>Value from the items the coordinator accepted: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="197"/>
        <source>Tk %1 · %2</source>
        <translation>L%1 · %2</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="204"/>
        <source>Hasil koordinator: %1</source>
        <translation>Coordinator&apos;s verdict: %1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="217"/>
        <source>%1/%2 terisi</source>
        <translation>%1/%2 filled</translation>
    </message>
</context>
<context>
    <name>outputs</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/outputs_dialogs.py" line="61"/>
        <source>Pilih…</source>
        <extracomment>A path field&apos;s width range in pixels: wide enough for a usual path, never past a laptop.</extracomment>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="39"/>
        <source>Dokumen (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.png *.jpg *.jpeg *.tif *.tiff *.mp4);;Semua berkas (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.png *.jpg *.jpeg *.tif *.tiff *.mp4);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="47"/>
        <source>Ruang kerja SPBE (*.spbe);;Semua berkas (*)</source>
        <translation>SPBE workspace (*.spbe);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="83"/>
        <source>Pilih dokumen bukti dukung</source>
        <translation>Choose evidence documents</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="110"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="112"/>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="250"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="154"/>
        <source>Frasa sandi</source>
        <extracomment>What ``signing_passphrase`` returns when the user cancelled (None means &quot;no key passphrase&quot;).</extracomment>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="155"/>
        <source>Frasa sandi kunci tanda tangan:</source>
        <translation>Passphrase of the signing key:</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="176"/>
        <source>Hentikan proses itu dan tutup aplikasi?</source>
        <translation>Stop it and close the application?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="177"/>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="181"/>
        <source>&amp;Hentikan dan tutup</source>
        <translation>&amp;Stop and close</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="180"/>
        <source>Hentikan proses itu dan tutup ruang kerja?</source>
        <translation>Stop it and close the workspace?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="184"/>
        <source>Hentikan proses itu dan buka ruang kerja lain?</source>
        <translation>Stop it and open another workspace?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="185"/>
        <source>&amp;Hentikan dan buka</source>
        <translation>&amp;Stop and open</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="188"/>
        <source>Hentikan proses itu dan ganti bahasa?</source>
        <translation>Stop it and switch the language?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="189"/>
        <source>&amp;Hentikan dan ganti bahasa</source>
        <translation>&amp;Stop and switch language</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="196"/>
        <source>Proses masih berjalan</source>
        <translation>Still working</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="197"/>
        <source>Proses berikut masih berjalan:
%1</source>
        <translation>Still running:
%1</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="205"/>
        <source>Data yang sudah tersimpan tidak hilang.</source>
        <translation>Nothing already saved is lost.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="209"/>
        <source>&amp;Biarkan berjalan</source>
        <translation>&amp;Let it run</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="260"/>
        <source>Ganti kunci OPD?</source>
        <translation>Replace the OPD&apos;s key?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="261"/>
        <source>%1 sudah memiliki kunci tersemat yang masih berlaku. Bila diganti, paket bukti yang ditandatangani kunci lama akan ditolak.</source>
        <translation>%1 already has a pinned key that still works. If it is replaced, evidence bundles signed with the old key will be refused.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="266"/>
        <source>Sidik jari kunci lama: %1
Sidik jari kunci baru: %2

Ganti hanya bila petugas OPD membacakan sidik jari kunci baru lewat telepon dan menjelaskan mengapa kuncinya berganti.</source>
        <translation>Old key fingerprint: %1
New key fingerprint: %2

Replace it only if the OPD officer read the new key&apos;s fingerprint to you by phone and explained why the key changed.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="274"/>
        <source>&amp;Ganti kunci</source>
        <translation>&amp;Replace key</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="282"/>
        <source>Percayai lagi kunci yang dicabut?</source>
        <translation>Trust a revoked key again?</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="283"/>
        <source>Kunci ini pernah dicabut untuk %1. Bila dipercaya lagi, paket bukti yang ditandatangani kunci ini akan diterima lagi.</source>
        <translation>This key was revoked for %1. If it is trusted again, evidence bundles signed with it will be accepted again.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="288"/>
        <source>Sidik jari: %1

Percayai lagi hanya bila petugas OPD memastikan lewat telepon bahwa kunci ini aman.</source>
        <translation>Fingerprint: %1

Trust it again only if the OPD officer confirmed by phone that this key is safe.</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/common/prompts.py" line="293"/>
        <source>&amp;Percayai lagi</source>
        <translation>&amp;Trust again</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="40"/>
        <source>kosong</source>
        <extracomment>What an item of the tree answers besides its text: the indicator (or group) id, &quot;indicator&quot; &quot;aspect&quot; or &quot;group&quot;, the search text, whether the OPD answers for it, its status.</extracomment>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="41"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="42"/>
        <source>siap</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="43"/>
        <source>tidak berlaku</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="46"/>
        <source>diterima</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="47"/>
        <source>perlu revisi</source>
        <translation>needs revision</translation>
    </message>
    <message>
        <location filename="../../spbe_desktop/ui/opd/navigator_model.py" line="48"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
</context>
</TS>
