"""Realistic Indonesian official text for sample documents (the demo workspace, tests).

Regional regulations, decrees, circulars, SOPs, reports, minutes and invitations laid out as
real ones are, with the distractors real ones have. Pure functions returning lines of text;
:mod:`.samples` writes them into PDF or DOCX files.
"""

from __future__ import annotations

import datetime
import re
import textwrap

from spbe_desktop.core.locale_id import format_date_id
from spbe_desktop.documents.suggest import KINDS

_WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_REGION_LEVELS = (("GUBERNUR", "PROVINSI"), ("BUPATI", "KABUPATEN"), ("WALI KOTA", "KOTA"))


def official_number(kind: str, number: str, year: int) -> str:
    """The document number :func:`official_text` writes (and ``suggest_metadata`` returns).

    Args:
        kind: one of :data:`~spbe_desktop.documents.suggest.KINDS`.
        number: the register number (``"45"``) or a full number containing ``/``.
        year: the year of issue.

    Returns:
        ``"5 Tahun 2021"`` for regulations; a classification-coded number such as
        ``"100.3.3.1/45/2024"`` for the other kinds, or ``number`` itself if it has a ``/``.
    """
    if kind in ("Peraturan Daerah", "Peraturan Kepala Daerah"):
        return f"{number} Tahun {year}"
    if "/" in number:
        return number
    codes = {
        "Keputusan/SK": "100.3.3.1/{n}/{y}",
        "Surat Edaran": "400.14.5.4/{n}/SE/{y}",
        "SOP": "800/{n}/SOP/{y}",
        "Laporan": "700/{n}/LAP/{y}",
        "Notulen": "000.1.3/{n}/{y}",
        "Undangan": "005/{n}/{y}",
    }
    return codes.get(kind, "{n}/{y}").format(n=number, y=year)


def official_text(
    kind: str,
    number: str,
    year: int,
    title: str,
    place: str,
    date: datetime.date,
    issuer: str,
    *,
    signer: str = "NAMA PEJABAT, S.Kom., M.Si.",
) -> list[str]:
    """Produce realistic Indonesian text lines for a document of ``kind``.

    The lines follow the layout of real regional regulations, decrees, circulars, SOPs,
    reports, minutes and invitations (heading, ``NOMOR``, ``TENTANG``, considerations, body,
    ``Ditetapkan di ... pada tanggal ...`` or a dated letter, signature block), including the
    distractors real ones have: the laws cited with their own numbers, a later promulgation
    date, a meeting date after the letter's date.

    Args:
        kind: one of :data:`~spbe_desktop.documents.suggest.KINDS`.
        number: register number, e.g. ``"45"`` (see :func:`official_number`).
        year: year of issue.
        title: the subject, e.g. ``"Pembentukan Tim Koordinasi SPBE"``.
        place: where it was signed, e.g. ``"Sofifi"``.
        date: when it was signed.
        issuer: the issuing office in capitals, e.g. ``"GUBERNUR MALUKU UTARA"`` or
            ``"KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN PROVINSI MALUKU UTARA"``.
        signer: the name under the signature.

    Returns:
        The document's lines, blank lines included.

    Raises:
        ValueError: ``kind`` is not one of ``KINDS``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    level, region = _level_and_region(issuer)
    full_number = official_number(kind, number, year)
    when = format_date_id(date)
    heading_title = textwrap.wrap(title.upper(), 60)
    government = f"PEMERINTAH {level} {region}"
    unit = _unit_of(issuer)
    signature = ["", f"{issuer},", "", "ttd", "", signer]
    enacted = [f"Ditetapkan di {place}", f"pada tanggal {when}", *signature]
    considerations = [
        "Menimbang : a. bahwa untuk mewujudkan tata kelola pemerintahan yang bersih, efektif,",
        "transparan, dan akuntabel serta pelayanan publik yang berkualitas dan terpercaya",
        "diperlukan Sistem Pemerintahan Berbasis Elektronik;",
        "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu",
        f"menetapkan {_legal_form(kind, issuer)} tentang {title};",
        "Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
        "2. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis",
        "Elektronik;",
    ]
    if kind in ("Peraturan Daerah", "Peraturan Kepala Daerah", "Keputusan/SK"):
        if kind == "Peraturan Daerah":
            heading = f"PERATURAN DAERAH {level} {region}"
            consent = [
                "Dengan Persetujuan Bersama",
                f"DEWAN PERWAKILAN RAKYAT DAERAH {level} {region}",
                "dan",
                issuer,
                "",
            ]
            enacting = f"PERATURAN DAERAH TENTANG {title.upper()}."
        elif kind == "Peraturan Kepala Daerah":
            heading = f"PERATURAN {issuer}"
            consent = []
            enacting = f"PERATURAN {_office_of(issuer)} TENTANG {title.upper()}."
        else:
            heading = f"KEPUTUSAN {issuer}"
            consent = []
            enacting = f"KEPUTUSAN {issuer} TENTANG {title.upper()}."
        number_line = (
            f"NOMOR {number} TAHUN {year}" if kind != "Keputusan/SK" else f"NOMOR {full_number}"
        )
        lines = [
            heading,
            number_line,
            "",
            "TENTANG",
            "",
            *heading_title,
            "",
            "DENGAN RAHMAT TUHAN YANG MAHA ESA",
            "",
            f"{issuer},",
            "",
            *considerations,
            "",
            *consent,
            "MEMUTUSKAN:",
            f"Menetapkan : {enacting}",
            "",
        ]
        if kind == "Keputusan/SK":
            lines += [
                f"KESATU : Menetapkan {title} sebagaimana tercantum dalam Lampiran yang",
                "merupakan bagian tidak terpisahkan dari Keputusan ini.",
                "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.",
            ]
        else:
            lines += [
                "BAB I",
                "KETENTUAN UMUM",
                "Pasal 1",
                "Dalam Peraturan ini yang dimaksud dengan Sistem Pemerintahan Berbasis",
                "Elektronik yang selanjutnya disingkat SPBE adalah penyelenggaraan pemerintahan",
                "yang memanfaatkan teknologi informasi dan komunikasi.",
                "Pasal 2",
                "Peraturan ini mulai berlaku pada tanggal diundangkan.",
            ]
        lines += ["", *enacted]
        if kind != "Keputusan/SK":
            promulgated = format_date_id(date + datetime.timedelta(days=3))
            lines += [
                "",
                f"Diundangkan di {place}",
                f"pada tanggal {promulgated}",
                "",
                f"SEKRETARIS DAERAH {level} {region},",
                "",
                "ttd",
                "",
                f"BERITA DAERAH {level} {region} TAHUN {year} NOMOR {number}",
            ]
        return lines
    if kind == "Surat Edaran":
        is_regional_head = _office_of(issuer) != " ".join(issuer.upper().split())
        return [
            *([issuer] if is_regional_head else [government, unit]),
            "",
            f"Yth. Kepala Perangkat Daerah di Lingkungan Pemerintah {level.title()} "
            f"{region.title()}",
            "di -",
            "Tempat",
            "",
            "SURAT EDARAN",
            f"NOMOR {full_number}",
            "",
            "TENTANG",
            "",
            *heading_title,
            "",
            "1. Latar Belakang",
            "Dalam rangka percepatan penerapan Sistem Pemerintahan Berbasis Elektronik",
            "sebagaimana diamanatkan Peraturan Presiden Nomor 95 Tahun 2018, perlu",
            "disampaikan hal-hal sebagai berikut.",
            "2. Isi Edaran",
            "Setiap Perangkat Daerah agar menggunakan aplikasi umum yang ditetapkan.",
            "Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.",
            "",
            *enacted,
        ]
    if kind == "SOP":
        return [
            government,
            unit,
            "",
            "STANDAR OPERASIONAL PROSEDUR",
            *heading_title,
            f"Nomor SOP : {full_number}",
            f"Tanggal Pembuatan : {when}",
            "Tanggal Revisi : -",
            f"Tanggal Efektif : {when}",
            f"Disahkan oleh : {issuer}",
            "",
            "Dasar Hukum :",
            "1. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis",
            "Elektronik;",
            "Kualifikasi Pelaksana : Memahami tata kelola teknologi informasi.",
            "Prosedur :",
            "1. Pemohon menyampaikan permohonan melalui layanan daring.",
            "2. Petugas memverifikasi kelengkapan permohonan paling lama 2 (dua) hari kerja.",
            "3. Kepala Bidang menyetujui permohonan yang telah diverifikasi.",
            "",
            f"{place}, {when}",
            *signature,
        ]
    if kind == "Laporan":
        report_title = title.upper()
        if not report_title.startswith("LAPORAN"):
            report_title = f"LAPORAN {report_title}"
        return [
            government,
            unit,
            "",
            *textwrap.wrap(report_title, 60),
            f"TAHUN {year}",
            "",
            f"Nomor : {full_number}",
            "",
            "BAB I",
            "PENDAHULUAN",
            "A. Latar Belakang",
            "Laporan ini disusun sebagai bentuk pertanggungjawaban pelaksanaan kegiatan",
            f"{title} yang dilaksanakan pada tanggal "
            f"{format_date_id(date - datetime.timedelta(days=30))}.",
            "B. Maksud dan Tujuan",
            "Memberikan gambaran capaian indikator SPBE kepada pimpinan.",
            "BAB II",
            "PELAKSANAAN KEGIATAN",
            "Kegiatan diikuti oleh 35 (tiga puluh lima) peserta dari Perangkat Daerah.",
            "BAB III",
            "PENUTUP",
            "Demikian laporan ini disampaikan untuk menjadi bahan pertimbangan.",
            "",
            f"{place}, {when}",
            *signature,
        ]
    if kind == "Notulen":
        return [
            government,
            unit,
            "",
            "NOTULEN",
            *heading_title,
            f"Nomor : {full_number}",
            f"Hari/Tanggal : {_WEEKDAYS_ID[date.weekday()]}, {when}",
            "Waktu : 09.00 WIT s.d. selesai",
            f"Tempat : Ruang Rapat Lantai 2, {place}",
            f"Pimpinan Rapat : {issuer}",
            "Peserta : Tim Koordinasi SPBE (daftar hadir terlampir)",
            "",
            "Pembahasan :",
            "1. Pimpinan rapat membuka rapat dan menyampaikan maksud rapat.",
            "2. Sekretariat memaparkan hasil evaluasi mandiri SPBE tahun sebelumnya.",
            "Kesimpulan :",
            "1. Setiap Perangkat Daerah melengkapi bukti dukung paling lambat dua minggu.",
            "",
            f"{place}, {when}",
            "Notulis,",
            "",
            "ttd",
            "",
            "NAMA NOTULIS",
        ]
    if kind == "Undangan":
        meeting = date + datetime.timedelta(days=7)
        return [
            government,
            unit,
            "",
            f"{place}, {when}",
            f"Nomor : {full_number}",
            "Sifat : Penting",
            "Lampiran : -",
            f"Perihal : Undangan {title}",
            "",
            "Yth. Kepala Perangkat Daerah",
            "di -",
            "Tempat",
            "",
            "Dalam rangka pelaksanaan evaluasi SPBE, bersama ini kami mengundang",
            "Bapak/Ibu untuk hadir pada:",
            f"Hari/Tanggal : {_WEEKDAYS_ID[meeting.weekday()]}, {format_date_id(meeting)}",
            "Waktu : 09.00 WIT s.d. selesai",
            f"Tempat : Ruang Rapat Lantai 2, {place}",
            f"Acara : {title}",
            "Demikian undangan ini disampaikan, atas perhatian dan kehadirannya diucapkan",
            "terima kasih.",
            *signature,
        ]
    # "Tangkapan Layar" and "Dokumen Lainnya": a captioned, dated note.
    return [
        government,
        unit,
        "",
        title,
        f"Nomor : {full_number}",
        f"{place}, {when}",
        *signature,
    ]


def _legal_form(kind: str, issuer: str) -> str:
    """How the considerations name the instrument: "Keputusan Gubernur", "Surat Edaran"..."""
    office = _office_of(issuer).title()
    forms = {
        "Peraturan Kepala Daerah": f"Peraturan {office}",
        "Keputusan/SK": f"Keputusan {office}",
        "Tangkapan Layar": "dokumentasi",
    }
    return forms.get(kind, kind)


def _level_and_region(issuer: str) -> tuple[str, str]:
    """("PROVINSI", "MALUKU UTARA") from "GUBERNUR MALUKU UTARA" or "... PROVINSI MALUKU UTARA"."""
    upper = " ".join(issuer.upper().split())
    for level in ("PROVINSI", "KABUPATEN", "KOTA"):
        match = re.search(rf"\b{level}\s+(.+)$", upper)
        if match:
            return level, match.group(1)
    for office, level in _REGION_LEVELS:
        for spelling in (office, office.replace(" ", "")):
            if upper.startswith(spelling + " "):
                return level, upper[len(spelling) + 1 :]
    return "PROVINSI", upper


def _office_of(issuer: str) -> str:
    """The office without the region: GUBERNUR MALUKU UTARA -> GUBERNUR; others unchanged."""
    upper = " ".join(issuer.upper().split())
    for office, _ in _REGION_LEVELS:
        if upper.startswith(office + " "):
            return office
    return upper


def _unit_of(issuer: str) -> str:
    """The letterhead unit line: "KEPALA DINAS X PROVINSI Y" -> "DINAS X"."""
    upper = " ".join(issuer.upper().split())
    unit = re.sub(r"^KEPALA\s+", "", upper)
    unit = re.sub(r"\s+(?:PROVINSI|KABUPATEN|KOTA)\s+.*$", "", unit)
    if unit == upper or _office_of(upper) != upper:
        return "SEKRETARIAT DAERAH"
    return unit
