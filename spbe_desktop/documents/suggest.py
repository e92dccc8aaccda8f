"""Suggest evidence metadata (kind, number, date, title, issuer) from a document's text.

Heuristics for Indonesian government documents: regional regulations and decrees, circulars,
SOPs, reports, minutes and invitations. They only *suggest*: the officer confirms every field,
so a wrong guess costs a click, and a missing one costs nothing. Pure functions on strings;
bounded, linear-time regular expressions only, because the text comes from untrusted files.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spbe_desktop.core.locale_id import MONTHS_ID
from spbe_desktop.core.models import KINDS as KINDS  # the kinds suggested (defined in core)
from spbe_desktop.core.titles import title_case

_MONTH_NUMBERS: dict[str, int] = {
    **{name.lower(): number for number, name in enumerate(MONTHS_ID, start=1)},
    # Older spellings, abbreviations and English names that turn up in the same documents.
    "pebruari": 2,
    "nopember": 11,
    "agustus": 8,
    "augustus": 8,
    "jan": 1,
    "feb": 2,
    "peb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agust": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "nop": 11,
    "des": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "aug": 8,
    "october": 10,
    "oct": 10,
    "december": 12,
    "dec": 12,
}
_MONTH_ALTERNATION = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))

_TEXT_DATE = re.compile(
    rf"\b(\d{{1,2}})[ \t\-]+({_MONTH_ALTERNATION})\.?[ \t\-]+(\d{{4}})\b", re.IGNORECASE
)
_NUMERIC_DATE = re.compile(r"(?<![\d./\-])(\d{1,2})([\-/.])(\d{1,2})\2(\d{4})(?![\d/])")
_ISO_DATE = re.compile(r"(?<![\d./\-])(\d{4})-(\d{2})-(\d{2})(?![\d\-])")
_MIN_YEAR, _MAX_YEAR = 1900, 2100

#: How much of the start of the text is taken as the heading (kind, number, title).
_HEAD_CHARS = 6000
#: Only this much of a text is examined at all (about a hundred pages).
_MAX_EXAMINED_CHARS = 300_000
#: Regex candidates tried per rule; a crafted text can hold millions of near-misses.
_MAX_CANDIDATES = 50
_MAX_TITLE_CHARS = 300
_MAX_TITLE_LINES = 6
_MAX_SIGNATURE_LINES = 3
_MAX_SIGNATURE_WORDS = 14

# Kind patterns, tried at the start of a line (after optional spaces), case-insensitively.
_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("Peraturan Daerah", r"PERATURAN\s+DAERAH\b"),
        ("Peraturan Kepala Daerah", r"PERATURAN\s+(?:GUBERNUR|BUPATI|WALI\s*KOTA)\b"),
        ("Keputusan/SK", r"(?:SURAT\s+)?KEPUTUSAN\b|SK\b"),
        ("Surat Edaran", r"SURAT\s+EDARAN\b"),
        ("SOP", r"STANDAR\s+OPERASIONAL\s+PROSEDUR\b|SOP\b|STANDARD?\s+OPERATING\s+PROCEDURES?\b"),
        ("Laporan", r"LAPORAN\b"),
        ("Notulen", r"NOTUL(?:EN|A)\b"),
        ("Undangan", r"UNDANGAN\b"),
    )
)
# The same keywords anywhere in the heading, but only in capitals (a heading, not prose).
_KIND_ANYWHERE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{pattern.pattern})")) for kind, pattern in _KIND_PATTERNS
)
# ... and as a word of a letter's subject line ("Perihal : Undangan Rapat"), in any case.
_KIND_IN_SUBJECT: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{pattern.pattern})", re.IGNORECASE))
    for kind, pattern in _KIND_PATTERNS
)
# Words that may follow a kind keyword without being a title of their own ("NOTULEN RAPAT").
_GENERIC_TAILS = frozenset({"", "RAPAT", "KEGIATAN", "(SOP)", "SOP"})

_SUBJECT_FIELD = re.compile(r"^[ \t]*(?:Perihal|Hal)[ \t]*:[ \t]*(\S.*)$", re.IGNORECASE | re.M)
# Upper case only: a line starting with "tentang" is usually wrapped prose, not a heading.
_TENTANG = re.compile(r"^[ \t]*TENTANG\b[ \t:]*(.*)$")
_TENTANG_INLINE = re.compile(r"\bTENTANG\b[ \t:]*(.+)$")
_TITLE_STOP = re.compile(
    r"^(?:DENGAN\s+RAHMAT|GUBERNUR|BUPATI|WALI\s*KOTA|MENIMBANG|MENGINGAT|MEMPERHATIKAN|"
    r"MEMUTUSKAN|MENETAPKAN|YTH|KEPADA|DENGAN\s+HORMAT|PERATURAN|KEPUTUSAN|NOMOR|BAB\b|PASAL\b|"
    r"LATAR\s+BELAKANG|DITETAPKAN|DIUNDANGKAN|\d+\.\s|[A-Z]\.\s)",
    re.IGNORECASE,
)
_FIELD_LINE = re.compile(r"^[A-Za-z /]{2,30}:")

# NOTE: optional parts never sit between two runs that can match the same whitespace
# ("\s*:?\s*" backtracks quadratically on a long run of spaces).
_NUMBER_YEAR = re.compile(r"\bNOMOR\s*(?::\s*)?(\d{1,4}[A-Z]?)\s+TAHUN\s+(\d{4})\b", re.IGNORECASE)
_NUMBER_FIELD = re.compile(r"\bNOMOR[ \t]*(?:SOP[ \t]*)?(?::[ \t]*)?([^\n]*)", re.IGNORECASE)
_NUMBER_ABBREVIATED = re.compile(r"\bNO\.[ \t]*(?:SOP[ \t]*)?(?::[ \t]*)?([^\n]*)", re.IGNORECASE)
_NUMBER_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-/]*")

_OFFICE = (
    r"(?:(?:PJ|PLT|PLH|PJS)\.?\s+|PENJABAT\s+|WAKIL\s+)?"
    r"(?:GUBERNUR|BUPATI|WALI\s*KOTA|SEKRETARIS\s+DAERAH|KEPALA\s+\w+|DIREKTUR|INSPEKTUR|"
    r"CAMAT|LURAH|KETUA|MENTERI|SEKRETARIS\s+\w+)\b"
)
_OFFICE_LINE = re.compile(rf"^(?:a\.\s*n\.\s*)?({_OFFICE}.*)$", re.IGNORECASE)
_DITETAPKAN = re.compile(r"\bDitetapkan\s+di\b", re.IGNORECASE)
_PADA_TANGGAL = re.compile(r"\bpada\s+tanggal\b", re.IGNORECASE)
_PLACE_DATE_LINE = re.compile(r"^[ \t]*[A-Za-z][A-Za-z .'\-]{1,40},[ \t]*(.+)$", re.MULTILINE)
_DATE_FIELD = re.compile(r"\bTanggal[^\n:]{0,30}:[ \t]*(.+)$", re.IGNORECASE | re.MULTILINE)
_ISSUER_FIELD = re.compile(
    r"^[ \t]*(?:Disahkan\s+oleh|Pimpinan\s+Rapat|Penanggung\s+Jawab)[ \t]*:[ \t]*(\S.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_REGION_REGULATION = re.compile(
    r"^[ \t]*PERATURAN\s+DAERAH\s+(PROVINSI|KABUPATEN|KOTA)\s+(.+)$", re.IGNORECASE
)
_REGION_HEAD = {"PROVINSI": "GUBERNUR", "KABUPATEN": "BUPATI", "KOTA": "WALI KOTA"}
_UNIT_LINE = re.compile(
    r"^(?:DINAS|BADAN|SEKRETARIAT|INSPEKTORAT|BIRO|KANTOR|RUMAH\s+SAKIT|BAGIAN|SATUAN)\b",
    re.IGNORECASE,
)
_GOVERNMENT_LINE = re.compile(r"^PEMERINTAH\s+(?:PROVINSI|KABUPATEN|KOTA)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Metadata guessed from a document; each field is None when nothing convincing was found.

    Attributes:
        number: the document number as written, e.g. ``"5 Tahun 2021"`` or
            ``"100.3.3.1/123/2023"``.
        issued: the date the document was signed or issued.
        kind: one of :data:`KINDS`.
        title: the subject, e.g. the text after ``TENTANG``; a heading in capitals is given
            in title capitals ("Tim Koordinasi SPBE", see :mod:`spbe_desktop.core.titles`).
        issuer: the office that issued it, e.g. ``"GUBERNUR MALUKU UTARA"``.
    """

    number: str | None = None
    issued: datetime.date | None = None
    kind: str | None = None
    title: str | None = None
    issuer: str | None = None


def suggest_metadata(text: str, mime: str | None = None) -> Suggestion:
    """Guess evidence metadata from a document's extracted text.

    Args:
        text: the document's text (any length; only what is needed is examined).
        mime: the detected content type, if known; images are suggested as
            ``"Tangkapan Layar"``.

    Returns:
        The suggestion. ``kind`` is None (not ``"Dokumen Lainnya"``) when no kind is recognised,
        so the UI can tell "no idea" from a deliberate choice.
    """
    text = text[:_MAX_EXAMINED_CHARS].replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    head = text[:_HEAD_CHARS]
    lines = head.split("\n")
    kind, kind_line = _find_kind(lines)
    if mime is not None and mime.startswith("image/"):
        kind = "Tangkapan Layar"
    return Suggestion(
        number=_find_number(lines, kind_line),
        issued=_find_issued(text),
        kind=kind,
        title=_find_title(lines, kind_line),
        issuer=_find_issuer(text, lines, kind_line),
    )


def _first_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    return itertools.islice(pattern.finditer(text), _MAX_CANDIDATES)


# --- kind ----------------------------------------------------------------------------------


def _find_kind(lines: list[str]) -> tuple[str | None, int | None]:
    """Return the kind and the index of the line that names it (None if from a subject field)."""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        for kind, pattern in _KIND_PATTERNS:
            if pattern.match(stripped):
                return kind, index
        subject = _SUBJECT_FIELD.match(stripped)
        if subject:
            for kind, pattern in _KIND_IN_SUBJECT:
                if pattern.search(subject.group(1)):
                    return kind, None
    # Text extracted from PDFs sometimes runs heading lines together; accept an upper-case
    # keyword anywhere in the heading as a last resort.
    head = "\n".join(lines)
    found = [(m.start(), kind) for kind, p in _KIND_ANYWHERE if (m := p.search(head))]
    return (min(found)[1], None) if found else (None, None)


# --- number --------------------------------------------------------------------------------


def _find_number(lines: list[str], kind_line: int | None) -> str | None:
    region = "\n".join(lines[kind_line:] if kind_line is not None else lines)
    candidates = [region, "\n".join(lines)] if kind_line else [region]
    for candidate in candidates:
        number = _number_in(candidate)
        if number:
            return number
    return None


def _number_in(text: str) -> str | None:
    field = _NUMBER_FIELD.search(text)
    with_year = _NUMBER_YEAR.search(text)
    if with_year and (field is None or with_year.start() <= field.start()):
        return f"{with_year.group(1)} Tahun {with_year.group(2)}"
    # "Nomor" before "No.": letterheads abbreviate street and phone numbers too.
    for pattern in (_NUMBER_FIELD, _NUMBER_ABBREVIATED):
        for match in _first_matches(pattern, text):
            value = re.sub(r"\s*/\s*", "/", match.group(1)).strip()
            token = _NUMBER_TOKEN.match(value)
            if token is None:
                continue
            number = token.group(0).rstrip(".-/")
            if any(ch.isdigit() for ch in number) and len(number) <= 80:
                return number
    return None


# --- date ----------------------------------------------------------------------------------


def _find_issued(text: str) -> datetime.date | None:
    """Prefer the signing date ("Ditetapkan di ... pada tanggal"), then a letter's date line."""
    # (snippets, whether the date must open the snippet); the first snippet with a date wins.
    windows: list[tuple[Callable[[], Iterator[str]], bool]] = [
        (lambda: (text[m.end() : m.end() + 200] for m in _first_matches(_DITETAPKAN, text)), False),
        # "Sofifi, 12 Maret 2024": a letter's own date, before any date its body mentions.
        (lambda: (m.group(1)[:40] for m in _first_matches(_PLACE_DATE_LINE, text)), True),
        (
            lambda: (text[m.end() : m.end() + 60] for m in _first_matches(_PADA_TANGGAL, text)),
            False,
        ),
        (lambda: (m.group(1)[:60] for m in _first_matches(_DATE_FIELD, text)), False),
    ]
    for snippets, at_start in windows:
        for snippet in snippets():
            found = _first_date(snippet, at_start=at_start)
            if found:
                return found
    return _first_date(text, at_start=False)


def _first_date(text: str, *, at_start: bool) -> datetime.date | None:
    found: list[tuple[int, datetime.date]] = []
    for match in _first_matches(_TEXT_DATE, text):
        month = _MONTH_NUMBERS.get(match.group(2).lower())
        day = _make_date(match.group(3), month, match.group(1))
        if day:
            found.append((match.start(), day))
            break
    for match in _first_matches(_NUMERIC_DATE, text):
        day = _make_date(match.group(4), match.group(3), match.group(1))
        if day:
            found.append((match.start(), day))
            break
    for match in _first_matches(_ISO_DATE, text):
        day = _make_date(match.group(1), match.group(2), match.group(3))
        if day:
            found.append((match.start(), day))
            break
    if not found:
        return None
    position, day = min(found, key=lambda item: item[0])
    if at_start and position > 0:
        return None
    return day


def _make_date(year: str, month: str | int | None, day: str) -> datetime.date | None:
    if month is None:
        return None
    try:
        value = datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value if _MIN_YEAR <= value.year <= _MAX_YEAR else None


# --- title ---------------------------------------------------------------------------------


def _find_title(lines: list[str], kind_line: int | None) -> str | None:
    start = kind_line or 0
    for index in range(start, len(lines)):
        match = _TENTANG.match(lines[index])
        if match:
            return _collect_title([match.group(1), *lines[index + 1 :]])
    head = "\n".join(lines)
    subject = _SUBJECT_FIELD.search(head)
    if subject:
        return _clip_title(subject.group(1))
    if kind_line is None:
        return None
    kind_text = lines[kind_line].strip()
    # A heading run together on one line: "PERATURAN ... NOMOR 1 TAHUN 2023 TENTANG X".
    inline = _TENTANG_INLINE.search(kind_text)
    if inline:
        return _collect_title([inline.group(1), *lines[kind_line + 1 :]])
    tail = _strip_kind_keyword(kind_text)
    if tail.upper() not in _GENERIC_TAILS:
        return _collect_title([kind_text, *lines[kind_line + 1 :]])
    return _collect_title(lines[kind_line + 1 :])


def _strip_kind_keyword(line: str) -> str:
    for _, pattern in _KIND_PATTERNS:
        match = pattern.match(line)
        if match:
            return line[match.end() :].strip()
    return line


def _collect_title(lines: list[str]) -> str | None:
    """Join heading lines until a blank line, a field line or a known section start.

    Headings wrap in capitals, so a title continues onto the next line only while both are in
    capitals; a mixed-case first line is a title of its own.
    """
    parts: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            if parts:
                break
            continue
        if _FIELD_LINE.match(line):
            break
        if parts and (_TITLE_STOP.match(line) or not (parts[-1].isupper() and line.isupper())):
            break
        parts.append(line)
        if len(parts) >= _MAX_TITLE_LINES:
            break
    return _clip_title(" ".join(parts)) if parts else None


def _clip_title(text: str) -> str | None:
    """The title on one line, in title capitals if the heading set it all in capitals."""
    title = " ".join(text.split()).strip(" .,;:")
    if not title:
        return None
    return title_case(title[:_MAX_TITLE_CHARS])


# --- issuer --------------------------------------------------------------------------------


def _find_issuer(text: str, lines: list[str], kind_line: int | None) -> str | None:
    finders: tuple[Callable[[], str | None], ...] = (
        lambda: _issuer_after_signing_date(text),
        lambda: _issuer_field(text),
        lambda: _issuer_in_heading(lines, kind_line),
        lambda: _issuer_of_regional_regulation(lines, kind_line),
        lambda: _issuer_signature_line(text),
        lambda: _issuer_letterhead(lines),
    )
    for finder in finders:
        issuer = finder()
        if issuer:
            return issuer
    return None


def _clean_issuer(text: str) -> str | None:
    issuer = " ".join(text.split()).strip(" ,.;:")
    if not issuer or len(issuer) > 200:
        return None
    return issuer


def _office_in(line: str) -> str | None:
    match = _OFFICE_LINE.match(line.strip())
    if not match or len(match.group(1)) > 200:
        return None
    return _clean_issuer(match.group(1))


def _issuer_after_signing_date(text: str) -> str | None:
    for match in _first_matches(_DITETAPKAN, text):
        following = text[match.end() : match.end() + 600].split("\n")
        seen_date = False
        for index, line in enumerate(following[:8]):
            if not seen_date:
                seen_date = _first_date(line, at_start=False) is not None
                continue
            if line.strip():
                return _signature_block(following, index)
    return None


def _signature_block(lines: list[str], start: int, *, need_comma: bool = False) -> str | None:
    """The office opening a signature block; a long one wraps and ends with a comma.

    Without the comma, the first line alone is taken, unless ``need_comma``.
    """
    if _office_in(lines[start]) is None:
        return None
    block: list[str] = []
    for line in lines[start : start + _MAX_SIGNATURE_LINES]:
        stripped = line.strip()
        if not stripped or len(stripped.split()) > _MAX_SIGNATURE_WORDS:
            break
        block.append(stripped)
        if stripped.endswith(","):
            return _office_in(" ".join(block))
    return None if need_comma else _office_in(lines[start])


def _issuer_field(text: str) -> str | None:
    match = _ISSUER_FIELD.search(text)
    if match is None:
        return None
    value = [match.group(1)]
    # A long value wraps onto lines of its own; those are in capitals like the value.
    for line in text[match.end() :].split("\n")[1 : 1 + _MAX_SIGNATURE_LINES]:
        stripped = line.strip()
        if not stripped or not stripped.isupper() or _FIELD_LINE.match(stripped):
            break
        value.append(stripped)
    return _clean_issuer(" ".join(value))


def _issuer_in_heading(lines: list[str], kind_line: int | None) -> str | None:
    """The office named by the heading: KEPUTUSAN KEPALA DINAS X (wrapped) -> KEPALA DINAS X."""
    if kind_line is None:
        return None
    heading = [lines[kind_line].strip()]
    for line in lines[kind_line + 1 : kind_line + 4]:
        stripped = line.strip()
        if not stripped or re.match(r"NOMOR\b", stripped, re.IGNORECASE):
            break
        heading.append(stripped)
    joined = re.split(r"\s+(?:NOMOR|TENTANG)\b", " ".join(heading), maxsplit=1)[0]
    keyword = re.match(r"(?:PERATURAN|(?:SURAT\s+)?KEPUTUSAN|SURAT\s+EDARAN)\s+", joined, re.I)
    if keyword is None:
        return None
    return _office_in(joined[keyword.end() :])


def _issuer_of_regional_regulation(lines: list[str], kind_line: int | None) -> str | None:
    if kind_line is None:
        return None
    match = _REGION_REGULATION.match(lines[kind_line])
    if match is None:
        return None
    return _clean_issuer(f"{_REGION_HEAD[match.group(1).upper()]} {match.group(2)}".upper())


def _issuer_signature_line(text: str) -> str | None:
    lines = text.split("\n")
    for index in range(len(lines)):
        office = _signature_block(lines, index, need_comma=True)
        if office:
            return office
    return None


def _issuer_letterhead(lines: list[str]) -> str | None:
    heading = [line.strip() for line in lines[:12] if line.strip()]
    for pattern in (_UNIT_LINE, _GOVERNMENT_LINE):
        for line in heading:
            if pattern.match(line):
                return _clean_issuer(line)
    return None
