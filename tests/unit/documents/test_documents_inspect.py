"""Inspection of real generated documents, in the child process and in-process."""

from __future__ import annotations

import datetime
import io
import json
import subprocess
import sys
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

import spbe_desktop
from spbe_desktop.core.models import DocumentInfo
from spbe_desktop.documents import detect
from spbe_desktop.documents import inspect as inspect_module
from spbe_desktop.documents.inspect import (
    ENCRYPTED,
    FROZEN_WORKER_FLAG,
    MAX_TEXT_CHARS,
    SCANNED_NO_TEXT,
    TEXT_TRUNCATED,
    TEXT_UNREADABLE,
    info_from_json,
    info_to_json,
    inspect_document,
    inspect_in_process,
    worker_command,
)
from spbe_desktop.errors import DocumentError, known_codes, message_for
from tests.support.generate import (
    make_docx,
    make_jpeg,
    make_pdf,
    make_png,
    make_scanned_pdf,
    make_slow_pdf,
)

PAGES = [
    "KEPUTUSAN GUBERNUR MALUKU UTARA\nNOMOR 100.3.3.1/45/2024\nTENTANG\nTIM KOORDINASI SPBE",
    "Ditetapkan di Sofifi\npada tanggal 12 Maret 2024",
    "Lampiran (daftar anggota) \\ dengan garis miring terbalik; Désa Kecamatan",
]
CREATED = datetime.datetime(
    2024, 3, 12, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=9))
)


@pytest.fixture
def sample_pdf(tmp_path: Path) -> Path:
    return make_pdf(
        tmp_path / "sk.pdf", PAGES, title="SK Tim SPBE", author="Diskominfo", created=CREATED
    )


def test_pdf_round_trip_in_child(sample_pdf: Path) -> None:
    info = inspect_document(sample_pdf)

    assert info.mime == detect.PDF
    assert info.page_count == 3
    assert info.has_text_layer is True
    assert info.warnings == ()
    for page in PAGES:
        for line in page.split("\n"):
            assert line in info.text
    assert info.metadata["title"] == "SK Tim SPBE"
    assert info.metadata["author"] == "Diskominfo"
    assert info.metadata["created"] == "2024-03-12T09:30:00+09:00"


def test_child_and_in_process_agree(sample_pdf: Path) -> None:
    assert inspect_document(sample_pdf) == inspect_in_process(sample_pdf)


def test_scanned_pdf_is_flagged(tmp_path: Path) -> None:
    info = inspect_document(make_scanned_pdf(tmp_path / "scan.pdf", pages=3))

    assert info.page_count == 3
    assert info.has_text_layer is False
    assert info.text == ""
    assert info.warnings == (SCANNED_NO_TEXT,)


def test_encrypted_pdf_gives_warning_not_exception(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "rahasia.pdf", ["Rahasia negara"], user_password="sandi")

    info = inspect_document(path)

    assert info.mime == detect.PDF
    assert info.warnings == (ENCRYPTED,)
    assert info.text == ""


def test_pdf_with_only_owner_password_is_read(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=make_pdf(tmp_path / "plain.pdf", ["Boleh dibaca"]))
    writer.encrypt(user_password="", owner_password="pemilik")
    path = tmp_path / "owner.pdf"
    writer.write(path)

    info = inspect_document(path)

    assert "Boleh dibaca" in info.text
    assert info.warnings == ()


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9], ids=["30%", "60%", "90%"])
def test_truncated_pdf_gives_warning(sample_pdf: Path, tmp_path: Path, keep: float) -> None:
    data = sample_pdf.read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: int(len(data) * keep)])

    info = inspect_document(path)

    assert info.mime == detect.PDF
    assert isinstance(info, DocumentInfo)
    # pypdf may recover some pages from a file cut late; it must never raise.
    if info.warnings:
        assert info.warnings[0] in (TEXT_UNREADABLE, SCANNED_NO_TEXT)


def test_garbage_after_pdf_header_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)

    info = inspect_document(path)

    assert info == DocumentInfo(mime=detect.PDF, warnings=(TEXT_UNREADABLE,))


def test_slow_pdf_is_killed_at_the_timeout(tmp_path: Path) -> None:
    # A genuinely hostile file: about 100 KB that takes pypdf over a minute to read.
    path = make_slow_pdf(tmp_path / "slow.pdf", pages=1000)
    timeout = 2.0

    started = time.monotonic()
    info = inspect_document(path, timeout_s=timeout)
    elapsed = time.monotonic() - started

    assert info.warnings == (TEXT_UNREADABLE,)
    assert elapsed < timeout + 2


@pytest.mark.skipif(sys.platform == "win32", reason="memory limit uses RLIMIT_AS")
def test_memory_limit_turns_into_warning(tmp_path: Path) -> None:
    # One page whose content stream needs a few hundred MB to parse.
    path = make_slow_pdf(tmp_path / "fat.pdf", pages=1, operators_per_page=300_000)

    info = inspect_document(path, memory_mb=100, timeout_s=30)

    assert info.warnings == (TEXT_UNREADABLE,)


def test_inspections_in_parallel_threads(sample_pdf: Path, tmp_path: Path) -> None:
    docx = make_docx(tmp_path / "a.docx", ["Paragraf satu"])
    paths = [sample_pdf, docx] * 3

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(inspect_document, paths))

    assert [r.mime for r in results] == [detect.PDF, detect.DOCX] * 3
    assert all(r.warnings == () for r in results)


def test_pdf_text_is_capped(sample_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inspect_module, "MAX_TEXT_CHARS", 40)

    info = inspect_in_process(sample_pdf)

    assert len(info.text) == 40
    assert TEXT_TRUNCATED in info.warnings


def test_docx_text_tables_header_and_properties(tmp_path: Path) -> None:
    created = datetime.datetime(2024, 1, 5, 8, 0, tzinfo=datetime.UTC)
    path = make_docx(
        tmp_path / "notulen.docx",
        ["NOTULEN", "Rapat Koordinasi Tim SPBE"],
        title="Notulen Rapat",
        author="Sekretariat",
        created=created,
        table=[["No", "Nama", "Jabatan"], ["1", "Budi", "Kepala Bidang"]],
        header_lines=["PEMERINTAH PROVINSI MALUKU UTARA"],
    )

    info = inspect_document(path)

    assert info.mime == detect.DOCX
    assert info.page_count is None
    assert info.warnings == ()
    assert info.text.splitlines() == [
        "PEMERINTAH PROVINSI MALUKU UTARA",
        "NOTULEN",
        "Rapat Koordinasi Tim SPBE",
        "No\tNama\tJabatan",
        "1\tBudi\tKepala Bidang",
    ]
    assert info.metadata["title"] == "Notulen Rapat"
    assert info.metadata["author"] == "Sekretariat"
    assert info.metadata["created"] == "2024-01-05T08:00:00+00:00"


def test_docx_with_broken_xml_gives_warning(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "a.docx", ["Halo"])
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as broken:
        for item in original.infolist():
            data = original.read(item)
            broken.writestr(
                item, b"<w:document><unclosed" if "document.xml" in item.filename else data
            )

    info = inspect_document(path)

    assert info.mime == detect.DOCX
    assert info.warnings == (TEXT_UNREADABLE,)


@pytest.mark.parametrize(
    ("make", "mime", "size"),
    [
        (lambda p: make_png(p / "a.png", 640, 480), detect.PNG, ("640", "480")),
        (lambda p: make_jpeg(p / "a.jpg", 1366, 768), detect.JPEG, ("1366", "768")),
    ],
    ids=["png", "jpeg"],
)
def test_image_size_from_header(tmp_path: Path, make, mime: str, size: tuple[str, str]) -> None:
    info = inspect_document(make(tmp_path))

    assert info.mime == mime
    assert (info.metadata["width"], info.metadata["height"]) == size
    assert info.has_text_layer is False
    assert info.text == ""


def test_jpeg_with_exif_segment_before_frame(tmp_path: Path) -> None:
    jpeg = make_jpeg(tmp_path / "a.jpg", 33, 17).read_bytes()
    exif = b"\xff\xe1" + (2 + 100).to_bytes(2, "big") + b"Exif\x00\x00" + b"\xff" * 94
    path = tmp_path / "exif.jpg"
    path.write_bytes(jpeg[:2] + exif + jpeg[2:])

    assert inspect_document(path).metadata == {"width": "33", "height": "17"}


def test_truncated_jpeg_has_no_size(tmp_path: Path) -> None:
    path = tmp_path / "cut.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")

    info = inspect_document(path)

    assert info.mime == detect.JPEG
    assert info.metadata == {}


def test_plain_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "catatan.txt"
    path.write_bytes("\ufeffNotulen rapat\nPeserta: Désa\n".encode())

    info = inspect_document(path)

    assert info == DocumentInfo(mime=detect.TEXT, text="Notulen rapat\nPeserta: Désa\n")


def test_long_plain_text_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "panjang.txt"
    path.write_text("abcdefghij" * (MAX_TEXT_CHARS // 10 + 5), encoding="utf-8")

    info = inspect_document(path)

    assert len(info.text) == MAX_TEXT_CHARS
    assert info.warnings == (TEXT_TRUNCATED,)


def test_empty_file_gives_warning(tmp_path: Path) -> None:
    path = tmp_path / "kosong.pdf"
    path.write_bytes(b"")

    info = inspect_document(path)

    assert info.mime == detect.OCTET_STREAM
    assert info.warnings == ("document.empty",)


def test_missing_file_raises_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        inspect_document(tmp_path / "hilang.pdf")

    assert caught.value.code == "document.not_found"
    assert isinstance(caught.value.__cause__, FileNotFoundError)
    assert "hilang.pdf" in caught.value.message("id")


def test_directory_raises_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        inspect_in_process(tmp_path)

    assert caught.value.code == "document.not_a_file"


def test_bad_arguments_are_rejected(sample_pdf: Path) -> None:
    with pytest.raises(ValueError, match="positive"):
        inspect_document(sample_pdf, timeout_s=0)


def test_worker_runs_as_module(sample_pdf: Path) -> None:
    root = Path(spbe_desktop.__file__).resolve().parent.parent
    command = worker_command(sample_pdf, memory_mb=512, cpu_seconds=20)

    completed = subprocess.run(command, capture_output=True, cwd=root, check=False, timeout=60)

    assert completed.returncode == 0, completed.stderr
    payload = json.loads(completed.stdout)
    assert payload["page_count"] == 3
    assert payload["mime"] == detect.PDF


def test_worker_exit_status_for_missing_path(tmp_path: Path) -> None:
    root = Path(spbe_desktop.__file__).resolve().parent.parent
    command = worker_command(tmp_path / "missing.pdf", memory_mb=512, cpu_seconds=20)

    completed = subprocess.run(command, capture_output=True, cwd=root, check=False, timeout=60)

    assert completed.returncode == 2
    assert b"document.not_found" in completed.stderr


def test_worker_command_in_frozen_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)

    command = worker_command(Path("a.pdf"), memory_mb=1, cpu_seconds=2)

    assert command[:2] == [sys.executable, FROZEN_WORKER_FLAG]
    assert command[-1] == str(Path("a.pdf").absolute())


def test_json_round_trip() -> None:
    assert info_from_json(_payload(), mime=detect.PDF).page_count == 1

    info = DocumentInfo(
        mime=detect.PDF,
        page_count=2,
        text="Halo\fdunia é",
        has_text_layer=True,
        metadata={"title": "T"},
        warnings=(TEXT_TRUNCATED,),
    )

    assert info_from_json(info_to_json(info), mime=detect.PDF) == info


_GOOD = {"page_count": 1, "text": "", "has_text_layer": True, "metadata": {}, "warnings": []}


def _payload(**changes: object) -> bytes:
    return json.dumps({**_GOOD, **changes}).encode()


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"[1, 2]",
        _payload(page_count="2"),
        _payload(page_count=True),
        _payload(page_count=-1),
        _payload(text=5),
        _payload(text="x" * (MAX_TEXT_CHARS + 1)),
        _payload(has_text_layer=1),
        _payload(metadata={"a": 1}),
        _payload(metadata=[]),
        _payload(warnings=[1]),
        _payload()[:-5],
        b"\xff\xfe",
    ],
)
def test_json_from_child_is_validated(payload: bytes) -> None:
    with pytest.raises(ValueError):  # json.JSONDecodeError and UnicodeDecodeError included
        info_from_json(payload, mime=detect.PDF)


def test_every_warning_code_has_both_languages() -> None:
    codes = [TEXT_UNREADABLE, SCANNED_NO_TEXT, ENCRYPTED, TEXT_TRUNCATED, "document.empty"]
    codes += ["document.not_found", "document.not_a_file", "document.read_failed"]
    for code in codes:
        assert code in known_codes()
        english = message_for(code, {"name": "a.pdf", "detail": "x"}, "en")
        indonesian = message_for(code, {"name": "a.pdf", "detail": "x"}, "id")
        assert english != indonesian
        assert english.endswith(".") and indonesian.endswith(".")
        assert "{" not in english + indonesian


def test_generated_pdf_is_readable_by_pypdf_directly(sample_pdf: Path) -> None:
    reader = PdfReader(io.BytesIO(sample_pdf.read_bytes()))

    assert len(reader.pages) == 3
    assert reader.metadata is not None
    assert reader.metadata.title == "SK Tim SPBE"
