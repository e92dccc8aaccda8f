"""Cleaning text that came from outside: a document's metadata, a bundle, a user's typing.

Text is cleaned once at the boundary (attach, import) with :func:`clean_text` / :func:`clean_name`
and again, defensively, by every writer (:func:`xml_safe` for DOCX, :func:`csv_cell` for CSV).
Why each rule exists:

- C0/C1 control characters are refused by python-docx (XML 1.0 forbids them) and garble a
  terminal; only tab and newline are kept, and only in multi-line text.
- Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) let a name such as
  ``Laporan\\u202efdp.exe`` display as ``Laporanexe.pdf``; they carry no meaning in an evidence
  title, so they go.
- Lone surrogates (from a JSON ``\\udc80`` escape) cannot be encoded as UTF-8 and crash every
  writer; they become U+FFFD.
- A spreadsheet runs a cell that starts with ``= + - @`` (or a tab / carriage return before them)
  as a formula; :func:`csv_cell` prefixes such cells with an apostrophe (OWASP's advice). A plain
  number such as ``-2,5`` cannot run anything and stays as it is.
- The non-characters U+FFFE and U+FFFF are not XML characters either; they go like controls.

:func:`map_text` applies one of these to every string inside a model (nested dataclasses,
tuples, lists, dict values), so a writer can guard all of its input in one line.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

#: Longest title kept from a document's metadata, a bundle or a form.
MAX_TITLE = 500
#: Longest short field (document number, issuer, kind).
MAX_FIELD = 200

#: Bidi embedding/override/isolate controls and the invisible marks that serve the same trick.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_CONTROLS_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\ufffe\uffff]")
_CONTROLS_MULTI_LINE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}\ufffe\uffff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: A cell that is only a signed number ("-2,5", "+0,012") or a lone dash: no formula can run.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*)?")


def clean_text(value: object, *, multiline: bool = False, max_length: int | None = None) -> str:
    """Text safe to store, show and write anywhere.

    Args:
        value: anything; ``None`` becomes ``""``, other objects their ``str()``.
        multiline: keep newlines and tabs (justifications, notes); otherwise they become spaces
            and runs of white space fold into one.
        max_length: cut to this many characters after cleaning.

    Returns:
        NFC-normalised text without control characters, bidi overrides or lone surrogates.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    # Removing a character can make a new composable pair, and NFC or a cut can change what the
    # rules see; a second pass is then a no-op, so cleaning clean text changes nothing.
    for _ in range(4):
        again = _clean_once(text, multiline, max_length)
        if again == text:
            break
        text = again
    return text


def _clean_once(text: str, multiline: bool, max_length: int | None) -> str:
    text = _SURROGATES.sub("\ufffd", text)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = _CONTROLS_MULTI_LINE.sub("", text)
        text = unicodedata.normalize("NFC", text)
    else:
        text = _CONTROLS_ONE_LINE.sub(" ", text)
        text = unicodedata.normalize("NFC", text)
        text = " ".join(text.split())
    if max_length is not None and len(text) > max_length:
        text = text[:max_length]
        if not multiline:
            text = text.rstrip()
    return text


def searchable(text: str) -> str:
    """``text`` in Unicode compatibility form (NFKC), as it is indexed and searched.

    PDF text often spells "Sofifi" with the ligature glyphs "ﬁ" (U+FB01) and "ﬂ" (U+FB02) a
    typesetter used, and full-width or superscript digits turn up too; nobody types them into a
    search box. NFKC turns them into the plain letters and digits, so "verifikasi" finds
    "veriﬁkasi". NFC text (typed names, titles) is left as it is, apart from such forms.
    """
    return unicodedata.normalize("NFKC", text)


def clean_name(value: object, max_length: int = 255) -> str:
    """A file name as a user should read it: one line, no controls or bidi tricks, no path."""
    text = clean_text(value, max_length=None)
    text = text.replace("/", "_").replace("\\", "_")
    return text[:max_length].strip()


def xml_safe(value: object) -> str:
    """Text python-docx accepts (XML 1.0 characters only); a writer's last line of defence."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return _XML_INVALID.sub("\ufffd", text)


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text, never runs as a formula.

    Numbers pass through untouched (a negative number is not an injection); text starting with a
    formula trigger gets a leading apostrophe, which Excel and LibreOffice hide.
    """
    if value is None or isinstance(value, bool | int | float):
        return value
    text = xml_safe(value)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def map_text(value: T, clean: Callable[[str], str] = xml_safe) -> T:
    """``value`` with every string inside it passed through ``clean``.

    Walks dataclass instances (rebuilt with :func:`dataclasses.replace`), tuples, lists and dict
    values; anything else (numbers, dates, paths) is returned as it is.
    """
    return _map(value, clean)  # type: ignore[no-any-return]


def _map(value: Any, clean: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return clean(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _map(getattr(value, f.name), clean) for f in dataclasses.fields(value) if f.init
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        items = tuple(_map(v, clean) for v in value)
        return type(value)(*items) if hasattr(value, "_fields") else items
    if isinstance(value, list):
        return [_map(v, clean) for v in value]
    if isinstance(value, dict):
        return {k: _map(v, clean) for k, v in value.items()}
    return value
