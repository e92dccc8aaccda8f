"""User-facing texts for the codes the reports raise or report, and the reports' error type.

The texts are gathered by :mod:`spbe_desktop.messages` into the one catalogue.
"""

from __future__ import annotations

from spbe_desktop.errors import SpbeError


class ReportError(SpbeError):
    """A report, compiled evidence folder or CSV file could not be written."""


MESSAGES: dict[str, dict[str, str]] = {
    "report.io": {
        "en": "{file} could not be written ({detail}); check the folder and the free space.",
        "id": "{file} tidak dapat ditulis ({detail}); periksa folder dan ruang kosong disk.",
    },
    "report.out_exists": {
        "en": "The folder {file} already exists and is not empty; choose another folder or "
        "empty it first.",
        "id": "Folder {file} sudah ada dan tidak kosong; pilih folder lain atau kosongkan dulu.",
    },
    "report.partial_foreign": {
        "en": "A folder {file} exists that spbe-desktop did not make; move it away and try again.",
        "id": "Ada folder {file} yang bukan buatan spbe-desktop; pindahkan lalu coba lagi.",
    },
    "report.same_as_workspace": {
        "en": "The output {file} is the workspace itself; choose another name.",
        "id": "Keluaran {file} adalah ruang kerja itu sendiri; pilih nama lain.",
    },
    # Why a document sits beside the compiled PDF instead of inside it (index, cover, CLI).
    "compile.encrypted": {
        "en": "{file} is password-protected; it is copied beside the PDF unchanged.",
        "id": "{file} dilindungi kata sandi; disertakan terpisah tanpa diubah.",
    },
    "compile.malformed": {
        "en": "{file} is a damaged PDF that cannot be merged; it is copied beside the PDF "
        "unchanged — check that it opens.",
        "id": "{file} adalah PDF rusak yang tidak dapat digabung; disertakan terpisah tanpa "
        "diubah — periksa apakah berkas itu dapat dibuka.",
    },
    "compile.too_large": {
        "en": "{file} is too large to merge; it is copied beside the PDF unchanged.",
        "id": "{file} terlalu besar untuk digabung; disertakan terpisah tanpa diubah.",
    },
    "compile.image_unsupported": {
        "en": "{file} is not a JPEG or PNG picture that can be placed on a PDF page; it is "
        "copied beside the PDF.",
        "id": "{file} bukan gambar JPEG atau PNG yang dapat dimuat ke halaman PDF; disertakan "
        "terpisah.",
    },
    "compile.refused_active": {
        "en": "{file} is a program, script or web page, not a document; it is not included. "
        "Ask the OPD for the document itself (PDF, image or office file).",
        "id": "{file} adalah program, skrip atau halaman web, bukan dokumen; tidak disertakan. "
        "Minta OPD mengirim dokumennya (PDF, gambar atau berkas perkantoran).",
    },
    "compile.image_damaged": {
        "en": "{file} is a damaged image; it is copied beside the PDF unchanged.",
        "id": "{file} adalah gambar rusak; disertakan terpisah tanpa diubah.",
    },
    "compile.item_over_limit": {
        "en": "Item {item}: one page stays larger than {mb} MB even with its pictures "
        "downsampled, so its part is over the limit — scan that page again at a lower resolution.",
        "id": "Butir {item}: satu halaman tetap lebih besar dari {mb} MB walau gambarnya sudah "
        "diperkecil, jadi bagiannya melebihi batas — pindai ulang halaman itu dengan resolusi "
        "lebih rendah.",
    },
    # Progress.
    "progress.report_collecting": {
        "en": "Collecting the assessment",
        "id": "Mengumpulkan data penilaian",
    },
    "progress.report_writing": {"en": "Writing {name}", "id": "Menulis {name}"},
    "progress.compiling_item": {
        "en": "Item {code}: {name}",
        "id": "Butir {code}: {name}",
    },
    "progress.compiling": {
        "en": "Indicator {number}: {name}",
        "id": "Indikator {number}: {name}",
    },
    "progress.csv": {"en": "Writing {name}", "id": "Menulis {name}"},
}
