"""Property tests: arbitrary bytes and text never make inspection or suggestion raise."""

from __future__ import annotations

import datetime
import functools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spbe_desktop.core.models import DocumentInfo
from spbe_desktop.documents.inspect import MAX_TEXT_CHARS, inspect_in_process
from spbe_desktop.documents.suggest import KINDS, Suggestion, suggest_metadata
from tests.support.generate import make_docx, make_jpeg, make_pdf, make_png, official_text

FUZZ = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@functools.cache
def _samples() -> dict[str, bytes]:
    """Valid files of each supported type, made once, to mutate."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        lines = official_text(
            "Keputusan/SK",
            "4",
            2024,
            "Tim SPBE",
            "Sofifi",
            datetime.date(2024, 3, 12),
            "GUBERNUR MALUKU UTARA",
        )
        return {
            "pdf": make_pdf(
                root / "a.pdf", ["\n".join(lines), "Halaman dua"], title="T"
            ).read_bytes(),
            "docx": make_docx(root / "a.docx", lines, title="T").read_bytes(),
            "png": make_png(root / "a.png", 9, 4).read_bytes(),
            "jpeg": make_jpeg(root / "a.jpg", 9, 4).read_bytes(),
        }


def _inspect_bytes(data: bytes) -> DocumentInfo:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.bin"
        path.write_bytes(data)
        return inspect_in_process(path)


def _assert_well_formed(info: DocumentInfo) -> None:
    assert isinstance(info, DocumentInfo)
    assert len(info.text) <= MAX_TEXT_CHARS
    assert "\x00" not in info.text
    info.text.encode("utf-8")  # storable: no lone surrogates
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in info.metadata.items())
    assert info.page_count is None or info.page_count >= 0


PREFIXES = st.sampled_from(
    [
        b"",
        b"%PDF-1.4\n",
        b"%PDF-1.7\n1 0 obj\n<<",
        b"PK\x03\x04",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff",
        b"GIF89a",
        b"RIFF\x00\x00\x00\x00WEBP",
        b"\x00\x00\x00\x18ftypisom",
    ]
)


@FUZZ
@given(prefix=PREFIXES, body=st.binary(max_size=4096))
def test_inspect_random_bytes(prefix: bytes, body: bytes) -> None:
    _assert_well_formed(_inspect_bytes(prefix + body))


@FUZZ
@given(
    kind=st.sampled_from(["pdf", "docx", "png", "jpeg"]),
    data=st.data(),
)
def test_inspect_mutated_real_files(kind: str, data: st.DataObject) -> None:
    original = bytearray(_samples()[kind])
    flips = data.draw(
        st.lists(st.tuples(st.integers(0, len(original) - 1), st.integers(0, 255)), max_size=12)
    )
    for position, value in flips:
        original[position] = value
    cut = data.draw(st.integers(1, len(original)))
    _assert_well_formed(_inspect_bytes(bytes(original[:cut])))


@FUZZ
@given(
    text=st.text(max_size=3000), mime=st.none() | st.sampled_from(["image/png", "application/pdf"])
)
def test_suggest_random_text(text: str, mime: str | None) -> None:
    _assert_suggestion(suggest_metadata(text, mime))


FRAGMENTS = st.sampled_from(
    [
        "PERATURAN DAERAH PROVINSI ",
        "PERATURAN GUBERNUR ",
        "KEPUTUSAN ",
        "SURAT EDARAN",
        "NOMOR ",
        "NOMOR : ",
        "No. ",
        "TAHUN ",
        "TENTANG",
        "Ditetapkan di ",
        "pada tanggal ",
        "Perihal : ",
        "Hal: ",
        "Undangan",
        "NOTULEN",
        "LAPORAN",
        "SOP",
        "GUBERNUR MALUKU UTARA,",
        "KEPALA DINAS ",
        "a.n. ",
        "Pj. ",
        "Disahkan oleh : ",
        "Pimpinan Rapat :",
        "Sofifi, ",
        "12",
        "31",
        "2024",
        "99999",
        "Maret",
        "Nopember",
        "Agt.",
        "-",
        "/",
        ".",
        ":",
        ",",
        " ",
        "\n",
        "\r\n",
        "\f",
        "\t",
        "ttd",
        "1.",
        "A.",
        "é",
        "\x00",
        "\ud800",
    ]
)


@FUZZ
@given(parts=st.lists(FRAGMENTS, max_size=80))
def test_suggest_document_like_noise(parts: list[str]) -> None:
    _assert_suggestion(suggest_metadata("".join(parts)))


def _assert_suggestion(suggestion: Suggestion) -> None:
    assert isinstance(suggestion, Suggestion)
    assert suggestion.kind is None or suggestion.kind in KINDS
    assert suggestion.issued is None or isinstance(suggestion.issued, datetime.date)
    for value in (suggestion.number, suggestion.title, suggestion.issuer):
        assert value is None or (isinstance(value, str) and value.strip() == value and value)
