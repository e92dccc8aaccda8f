"""File and folder names every OS accepts: the one place that sanitises a name for the disk.

Pure functions on strings; Windows' rules are the strictest, so they are the ones applied.
"""

from __future__ import annotations

import re

from spbe_desktop.core.text import clean_text

#: Names Windows refuses for a file or folder, whatever the extension.
_RESERVED = (
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_NOT_WORD = re.compile(r"[^\w\-]+", re.UNICODE)


def safe_name(text: str, max_length: int = 80) -> str:
    """A file or folder name that Windows, macOS and Linux all accept.

    Removes characters Windows forbids, control characters and bidi overrides (a lone surrogate
    becomes U+FFFD, which every file system can store), folds runs of spaces, strips the
    trailing dots and spaces Explorer cannot handle, avoids reserved device names (``CON``,
    ``LPT1``...) and cuts to ``max_length`` characters without splitting a word where possible.

    Args:
        text: the wanted name.
        max_length: the longest result (keeps full paths under Windows' 260 characters).

    Returns:
        The sanitised name; never empty (``"_"`` at worst).
    """
    name = clean_text(text)
    name = _FORBIDDEN.sub(" ", name)
    name = " ".join(name.split())
    if len(name) > max_length:
        cut = name[:max_length]
        name = cut.rsplit(" ", 1)[0] if " " in cut[max_length // 2 :] else cut
    name = name.rstrip(" .")
    if not name:
        return "_"
    stem = name.split(".", 1)[0].upper()
    if stem in _RESERVED:
        name = "_" + name
    return name


def slug(text: str, fallback: str) -> str:
    """Lower-case words joined by hyphens, as part of a suggested file name: "Dinas Kominfo" ->
    "dinas-kominfo"; ``fallback`` when nothing is left."""
    return _NOT_WORD.sub("-", safe_name(text).casefold()).strip("-_") or fallback


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``"stem (2).ext"`` etc. when a case-insensitive twin is already taken.

    Adds the result to ``taken`` (compared case-folded, as Windows and macOS do).
    """
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    candidate = name
    k = 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({k}).{ext}" if ext else f"{stem} ({k})"
        k += 1
    taken.add(candidate.casefold())
    return candidate
