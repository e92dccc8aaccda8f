"""Telling whether a registered OPD is the agency a pack names as an indicator's owner.

Packs name owners the way practitioners say them ("Bappeda", "Diskominfo"); coordinators
register OPDs by their full names ("Badan Perencanaan Pembangunan Daerah", "Dinas Komunikasi dan
Informatika") or regional variants ("Bapperida", "Diskominfotik"). The table below holds the
usual names of each agency that the shipped packs name; anything else matches when one name
contains the other as whole words.
"""

from __future__ import annotations

import re
import unicodedata

#: Each group: names of one kind of agency, as they appear across provinces and regencies.
AGENCY_NAMES: tuple[tuple[str, ...], ...] = (
    (
        "bappeda",
        "bapperida",
        "bappelitbangda",
        "badan perencanaan pembangunan daerah",
        "badan perencanaan pembangunan, riset dan inovasi daerah",
        "badan perencanaan pembangunan, penelitian dan pengembangan daerah",
    ),
    (
        "diskominfo",
        "dinas kominfo",
        "diskominfotik",
        "diskominfosan",
        "diskominfo statistik dan persandian",
        "dinas komunikasi dan informatika",
        "dinas komunikasi, informatika dan statistik",
        "dinas komunikasi, informatika, statistik dan persandian",
    ),
    (
        "bkpsdm",
        "bkpsdmd",
        "bkd",
        "badan kepegawaian daerah",
        "badan kepegawaian dan pengembangan sumber daya manusia",
    ),
    ("bpkad", "bpkd", "badan pengelolaan keuangan dan aset daerah", "badan keuangan daerah"),
    ("inspektorat", "inspektorat daerah"),
    ("bagian organisasi", "biro organisasi"),
    ("bagian hukum", "biro hukum"),
    (
        "bagian pengadaan barang dan jasa",
        "biro pengadaan barang dan jasa",
        "bagian pbj",
        "ukpbj",
        "unit kerja pengadaan barang/jasa",
    ),
    (
        "dinas perpustakaan dan kearsipan",
        "dinas kearsipan dan perpustakaan",
        "dispusip",
        "dispersip",
    ),
)

_SETDA = re.compile(r"\b(setda|sekretariat daerah)\b")


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _SETDA.sub(" ", text)
    return " ".join(text.replace(",", " ,").split()).replace(" ,", ",")


def _contains(name: str, words: str) -> bool:
    """Does ``name`` hold ``words`` as whole words?"""
    return bool(words) and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", name) is not None


def same_agency(unit: str, owner: str) -> bool:
    """Is the OPD named ``unit`` the agency a pack calls ``owner``?

    True when one name holds the other as whole words ("Dinas Kominfo" and "Kominfo"), or when
    both are names of one agency in :data:`AGENCY_NAMES` ("Bappeda" and "Badan Perencanaan
    Pembangunan Daerah").
    """
    a, b = _norm(unit), _norm(owner)
    if not a or not b:
        return False
    if _contains(a, b) or _contains(b, a):
        return True
    for group in AGENCY_NAMES:
        if any(_contains(a, n) for n in group) and any(_contains(b, n) for n in group):
            return True
    return False
