"""core.text: outside text is cleaned once and for all, and every writer's guard holds.

Properties (hypothesis) over any text, surrogates and controls included: clean text has no
control character, bidi override or lone surrogate, and cleaning it again changes nothing; a CSV
cell never starts with a formula trigger unless it is a plain number; XML-safe text is accepted
by python-docx.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe_desktop.core.text import (
    MAX_TITLE,
    clean_name,
    clean_text,
    csv_cell,
    map_text,
    xml_safe,
)

#: Any code point, surrogates included (what a JSON "\udc80" escape or a careless decoder gives),
#: with the troublemakers over-represented.
HOSTILE = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, exclude_categories=()),
        st.sampled_from(
            "\x00\x01\x07\x0b\x0c\x1b\x7f\x85\x9b\t\n\r \u00a0\u2028\u202e\u2066\u200f"
            "\ud800\udc80\udfff\ufffe\uffff=+-@e\u0301\u0323\u1100\u1161\u11a8"
        ),
    ),
    max_size=60,
)
FORBIDDEN_ONE_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ud800-\udfff\ufffe\uffff]"
)
FORBIDDEN_MULTI_LINE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
    "\ud800-\udfff\ufffe\uffff]"
)
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)*)?")


@settings(max_examples=400, deadline=None)
@given(HOSTILE, st.one_of(st.none(), st.integers(min_value=0, max_value=40)))
def test_clean_text_one_line_is_clean_and_idempotent(text: str, limit: int | None) -> None:
    out = clean_text(text, max_length=limit)
    assert not FORBIDDEN_ONE_LINE.search(out)
    assert out == out.strip() and "  " not in out
    assert unicodedata.is_normalized("NFC", out)
    assert limit is None or len(out) <= limit
    assert clean_text(out, max_length=limit) == out
    out.encode("utf-8")  # never raises


@settings(max_examples=400, deadline=None)
@given(HOSTILE, st.one_of(st.none(), st.integers(min_value=0, max_value=40)))
def test_clean_text_multi_line_is_clean_and_idempotent(text: str, limit: int | None) -> None:
    out = clean_text(text, multiline=True, max_length=limit)
    assert not FORBIDDEN_MULTI_LINE.search(out)
    assert "\r" not in out
    assert unicodedata.is_normalized("NFC", out)
    assert clean_text(out, multiline=True, max_length=limit) == out
    out.encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_clean_name_is_one_clean_line_without_a_path(text: str) -> None:
    out = clean_name(text)
    assert not FORBIDDEN_ONE_LINE.search(out)
    assert "/" not in out and "\\" not in out
    assert clean_name(out) == out


@settings(max_examples=400, deadline=None)
@given(HOSTILE)
def test_csv_cell_never_starts_a_formula(text: str) -> None:
    cell = csv_cell(text)
    assert isinstance(cell, str)
    assert not cell.startswith(TRIGGERS) or PLAIN_NUMBER.fullmatch(cell)
    cell.encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(HOSTILE)
def test_xml_safe_text_is_accepted_by_python_docx(text: str) -> None:
    document = docx.Document()
    document.add_paragraph(xml_safe(text))  # raises ValueError for XML-invalid characters
    document.core_properties.title = xml_safe(text)


def test_examples_a_reviewer_can_read() -> None:
    # A control character between a letter and its accent: removing it must not leave a
    # decomposed "e" + U+0301 that a second pass would compose.
    assert clean_text("e\x01\u0301", multiline=True) == "\u00e9"
    assert clean_text("Laporan\u202efdp.exe") == "Laporan fdp.exe"
    assert clean_text("SK\x00 Tim\x0b\x0cKoordinasi\n2024") == "SK Tim Koordinasi 2024"
    assert clean_text("baris 1\r\nbaris\x07 2", multiline=True) == "baris 1\nbaris 2"
    assert clean_text("A\ud800B") == "A\ufffdB"
    assert clean_text("x" * 1000, max_length=MAX_TITLE) == "x" * MAX_TITLE
    assert clean_text("ab  cd", max_length=3) == "ab"  # no trailing space after the cut
    assert clean_text(None) == ""
    assert clean_name("../..\\laporan\u202efdp.exe") == ".._.._laporan fdp.exe"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+62 812", "'+62 812"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("-2,5", "-2,5"),  # a negative number in Indonesian format is data, not a formula
        ("+0,012", "+0,012"),
        ("-", "-"),  # "not assigned" in the OPD matrix
        ("Judul\x01", "Judul\ufffd"),
        (3, 3),
        (None, None),
    ],
)
def test_csv_cell_examples(value: object, cell: object) -> None:
    assert csv_cell(value) == cell


@dataclasses.dataclass(frozen=True, slots=True)
class _Row:
    title: str
    size: int
    tags: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class _Model:
    name: str
    rows: tuple[_Row, ...]
    notes: list[str]
    extra: dict[str, str]


def test_map_text_reaches_every_string_of_a_model() -> None:
    model = _Model(
        "Dinas\x01",
        (_Row("Judul\x0b", 3, ("a\ud800",)),),
        ["catatan\x00"],
        {"k": "nilai\x1f"},
    )
    safe = map_text(model, xml_safe)
    assert safe == _Model(
        "Dinas\ufffd",
        (_Row("Judul\ufffd", 3, ("a\ufffd",)),),
        ["catatan\ufffd"],
        {"k": "nilai\ufffd"},
    )
    assert map_text(model, clean_text).rows[0].title == "Judul"
