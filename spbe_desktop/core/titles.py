"""A title typed in capitals, written the way an officer would type it (pure, no I/O).

Indonesian headings are set in capitals ("KEPUTUSAN BUPATI PULAU MOROTAI TENTANG TIM SPBE"); a
suggested title should read like the mixed-case titles people type and the report prints:
"Keputusan Bupati Pulau Morotai tentang Tim SPBE". The rule is the one Indonesian spelling
(EYD) gives for titles: every word starts with a capital except the function words (*dan*,
*di*, *tentang*, …) after the first word; acronyms (SPBE, OPD, TIK, …) and roman numerals
(II, IV) stay in capitals, and words with digits ("188.45/KPTS") are kept as written. Plain
sentence case would write place names in lower case ("bupati pulau morotai"), which is wrong.

A title with any lower-case letter is the writer's own choice and is returned unchanged.
"""

from __future__ import annotations

import re

#: Function words written in lower case inside a title (EYD: *kata tugas*).
FUNCTION_WORDS = frozenset(
    {
        "dan",
        "atau",
        "serta",
        "di",
        "ke",
        "dari",
        "yang",
        "untuk",
        "bagi",
        "tentang",
        "pada",
        "dengan",
        "dalam",
        "oleh",
        "terhadap",
        "sebagai",
        "melalui",
        "kepada",
        "antara",
        "atas",
        "per",
        "sampai",
        "hingga",
        "beserta",
    }
)

#: Acronyms that stay in capitals (government, IT and standards words seen in evidence).
ACRONYMS = frozenset(
    {
        "SPBE",
        "OPD",
        "TIK",
        "TI",
        "IT",
        "ICT",
        "SOP",
        "SK",
        "SE",
        "SKPD",
        "PD",
        "ASN",
        "PNS",
        "SDM",
        "APBD",
        "APBN",
        "DPA",
        "DPRD",
        "RPJMD",
        "RPJMN",
        "RPJPD",
        "RKPD",
        "RKA",
        "LKPJ",
        "LKPD",
        "SAKIP",
        "LAKIP",
        "SPIP",
        "BUMD",
        "BLUD",
        "UPT",
        "UPTD",
        "PPID",
        "LPSE",
        "JDIH",
        "SIPD",
        "SRIKANDI",
        "TTE",
        "BSSN",
        "BPS",
        "CSIRT",
        "SMKI",
        "RI",
        "NKRI",
        "UU",
        "PP",
        "KPTS",
        "NIP",
        "NIK",
        "API",
        "GIS",
        "LAN",
        "WAN",
        "VPN",
        "DNS",
        "SSL",
        "TLS",
        "ISO",
        "IEC",
        "ITIL",
        "COBIT",
        "TOGAF",
        "DRC",
        "DRP",
        "BCP",
        "PDN",
        "SLA",
        "KPI",
        "CCTV",
        "HP",
        "PC",
        "WIFI",
    }
)

_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# A word and what surrounds it: leading and trailing punctuation kept apart from its letters.
_WORD = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.UNICODE)


def title_case(text: str) -> str:
    """``text`` with Indonesian title capitals if it is written all in capitals, else as is."""
    if not any(ch.isupper() for ch in text) or any(ch.islower() for ch in text):
        return text
    words = text.split(" ")
    out: list[str] = []
    first = True
    for word in words:
        if not word:
            out.append(word)
            continue
        out.append(_word(word, first=first))
        first = False
    return " ".join(out)


def _word(word: str, *, first: bool) -> str:
    lead, core, trail = _parts(word)
    if not core or any(ch.isdigit() for ch in core):
        return word
    # "UNDANG-UNDANG", "KOMUNIKASI/INFORMATIKA": each piece by itself (a function word only
    # stays lower case as a whole word).
    pieces = re.split(r"([\-/])", core)
    if len(pieces) > 1:
        cased = [p if p in "-/" else _piece(p) for p in pieces]
        return lead + "".join(cased) + trail
    if not first and not lead and core.casefold() in FUNCTION_WORDS:
        return lead + core.lower() + trail
    return lead + _piece(core) + trail


def _piece(piece: str) -> str:
    if piece in ACRONYMS or _ROMAN.fullmatch(piece):
        return piece
    lower = piece.lower()
    return lower[:1].upper() + lower[1:]


def _parts(word: str) -> tuple[str, str, str]:
    match = _WORD.match(word)
    if match is None:  # pragma: no cover - the pattern matches every string
        return "", word, ""
    return match.group(1), match.group(2), match.group(3)
