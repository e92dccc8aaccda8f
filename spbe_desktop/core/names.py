"""File and folder names every OS accepts: the one place that sanitises a name for the disk.

Pure functions on strings; Windows' rules are the strictest, so they are the ones applied
(Microsoft's "Naming Files, Paths, and Namespaces"):

- no ``< > : " / \\ | ? *`` and no control characters;
- no trailing dot or space (Explorer cannot open or delete such a file);
- no device name as the part before the first dot, whatever follows: ``CON``, ``PRN``, ``AUX``,
  ``NUL``, ``COM0``-``COM9``, ``LPT0``-``LPT9`` (and the superscript ``COM¹`` ... ``LPT³`` that
  newer documentation lists), in any case, with spaces before the dot ignored;
- at most 255 UTF-16 code units per name (NTFS counts units, not characters: an emoji is two);
- names that differ only in case are the same file (NTFS, and macOS by default).

Full paths longer than Windows' 260 characters are :func:`spbe_desktop.fileio.long_path`'s job.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from spbe_desktop.core.text import clean_text

#: Longest file or folder name, in UTF-16 code units (NTFS, FAT32 long names, ext4's 255 bytes
#: are not the limit here: a name of 255 ASCII characters fits both).
MAX_NAME_UNITS = 255

_DIGITS = "0123456789\u00b9\u00b2\u00b3"
#: Names Windows refuses for a file or folder, whatever the extension.
RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{d}" for d in _DIGITS}
    | {f"LPT{d}" for d in _DIGITS}
)
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_NOT_WORD = re.compile(r"[^\w\-]+", re.UNICODE)


def utf16_units(text: str) -> int:
    """Length of ``text`` as Windows counts it (UTF-16 code units; astral characters are 2)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def cut_units(text: str, units: int) -> str:
    """The longest prefix of ``text`` of at most ``units`` UTF-16 units (never half a pair)."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            return text[:i]
    return text


def is_reserved(name: str) -> bool:
    """Is ``name`` a Windows device name (``CON``, ``nul.txt``, ``COM1 .tar.gz``...)?"""
    stem = name.split(".", 1)[0].rstrip(" ")
    return stem.upper() in RESERVED_NAMES


def safe_name(text: str, max_length: int = 80) -> str:
    """A file or folder name that Windows, macOS and Linux all accept.

    Removes characters Windows forbids, control characters and bidi overrides (a lone surrogate
    becomes U+FFFD, which every file system can store), folds runs of spaces, strips the
    trailing dots and spaces Explorer cannot handle, avoids reserved device names (``CON``,
    ``LPT1``...) and cuts to ``max_length`` UTF-16 units without splitting a word where possible.

    Args:
        text: the wanted name.
        max_length: the longest result in UTF-16 units, at most 255 (keep it well below, so the
            full path stays under Windows' 260 characters).

    Returns:
        The sanitised name; never empty (``"_"`` at worst).
    """
    max_length = min(max_length, MAX_NAME_UNITS - 1)  # room for the "_" of a reserved name
    name = clean_text(text)
    name = _FORBIDDEN.sub(" ", name)
    name = " ".join(name.split())
    if utf16_units(name) > max_length:
        cut = cut_units(name, max_length)
        name = cut.rsplit(" ", 1)[0] if " " in cut[len(cut) // 2 :] else cut
    name = name.rstrip(" .")
    if not name:
        return "_"
    if is_reserved(name):
        name = "_" + name
    return name


def slug(text: str, fallback: str) -> str:
    """Lower-case words joined by hyphens, as part of a suggested file name: "Dinas Kominfo" ->
    "dinas-kominfo"; ``fallback`` when nothing is left."""
    return _NOT_WORD.sub("-", safe_name(text).casefold()).strip("-_") or fallback


def name_key(name: str) -> str:
    """What makes two names the same file on a case-insensitive disk (NTFS, APFS).

    NTFS compares names upper-cased letter by letter, which ``casefold`` alone does not match
    (``"ı"`` and ``"i"`` are one name there, two after casefold), so both are applied, after NFC
    (macOS also treats composed and decomposed letters as one name). The key is coarser than
    any of those file systems: names with different keys never collide.
    """
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).upper()).casefold()


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``"stem (2).ext"`` etc. when a case-insensitive twin is already taken.

    Adds the result's :func:`name_key` to ``taken`` (which holds keys, not names).
    """
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    candidate = name
    k = 2
    while name_key(candidate) in taken:
        tail = f" ({k}).{ext}" if ext else f" ({k})"
        room = MAX_NAME_UNITS - utf16_units(tail)
        candidate = cut_units(stem, room).rstrip(" .") + tail
        k += 1
    taken.add(name_key(candidate))
    return candidate


def sidecar_name(name: str, prefix: str = "", suffix: str = "", *, reserve: int = 0) -> str:
    """The name of a file that goes beside ``name``: ``prefix + name + suffix``.

    Used for temporary copies, locks and backups (``.report.docx.1a2b.part``). When that would
    be longer than 255 UTF-16 units (with ``reserve`` units more that the caller appends), the
    middle of ``name`` is cut and a hash of the whole name keeps different names apart. The
    result is the same for the same arguments, so a later search finds it again.
    """
    whole = prefix + name + suffix
    if utf16_units(whole) + reserve <= MAX_NAME_UNITS:
        return whole
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    room = MAX_NAME_UNITS - reserve - utf16_units(prefix + suffix) - len(digest) - 1
    return f"{prefix}{cut_units(name, max(room, 0))}~{digest}{suffix}"
