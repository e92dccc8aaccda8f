"""Compiled evidence: one PDF per indicator with a cover, every source page, bookmarks, index."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from pypdf import PdfReader

from spbe_desktop.core.progress import CancelToken, run
from spbe_desktop.errors import CancelledError
from spbe_desktop.reports import ReportError
from spbe_desktop.reports.pdf_images import ImageRefusedError, load_image
from spbe_desktop.services.compiled_evidence import PARTIAL_MARKER, compile_evidence
from spbe_desktop.services.workspace import open_workspace

if TYPE_CHECKING:  # conftest is not importable at run time (importlib import mode)
    from conftest import Built

FOLDER_1 = "01 Kebijakan Internal Arsitektur SPBE"
FOLDER_2 = "02 Kebijakan Internal Peta Rencana SPBE"


@pytest.fixture(scope="module")
def compiled(opd_built: Built, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    out = tmp_path_factory.mktemp("compiled") / "unggah"
    summary = run(compile_evidence(opd_built.path, out))
    return out, summary


def outline_titles(reader: PdfReader) -> list[tuple[str, int]]:
    return [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]


def read_index(out: Path) -> list[dict[str, str]]:
    raw = (out / "index.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_one_folder_per_indicator_with_evidence(compiled: tuple[Path, Any]) -> None:
    out, summary = compiled
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert folders == [FOLDER_1, FOLDER_2, "04 Kebijakan Internal Pembangunan Aplikasi SPBE"]
    assert summary.indicators == 3
    assert not out.with_name(out.name + ".partial").exists()
    assert not list(out.rglob(PARTIAL_MARKER))
    assert not list(out.rglob("*.bin"))


def test_compiled_pdf_has_cover_then_every_source_page(
    opd_built: Built, compiled: tuple[Path, Any]
) -> None:
    out, _ = compiled
    reader = PdfReader(out / FOLDER_1 / "01 Bukti Dukung.pdf")
    files = opd_built.files[1]
    merged = [f for f in files if f[1] is not None]  # PDFs and images
    assert len(reader.pages) == 1 + sum(pages for _, pages, _ in merged)
    # Every marked source page is in the compiled PDF, in order, after the cover.
    texts = [page.extract_text() for page in reader.pages]
    markers = [m for _, _, ms in merged for m in ms]
    positions = [next(k for k, t in enumerate(texts) if m in t) for m in markers]
    assert positions == sorted(positions)
    assert positions[0] == 1
    # The two images are on pages of their own, as image XObjects.
    image_pages = [k for k, page in enumerate(reader.pages) if len(page.images) == 1]
    assert image_pages == [6, 7]


def test_bookmarks_point_at_each_document(compiled: tuple[Path, Any]) -> None:
    out, _ = compiled
    reader = PdfReader(out / FOLDER_1 / "01 Bukti Dukung.pdf")
    assert outline_titles(reader) == [
        ("Daftar dokumen", 0),
        ("D1 Peraturan Gubernur tentang Arsitektur SPBE", 1),
        ("D2 lampiran", 4),
        ("D3 tangkapan-layar", 6),
        ("D4 foto-rapat", 7),
    ]


def test_cover_lists_every_document_with_hash_and_pages(
    opd_built: Built, compiled: tuple[Path, Any]
) -> None:
    out, _ = compiled
    reader = PdfReader(out / FOLDER_1 / "01 Bukti Dukung.pdf")
    cover = reader.pages[0].extract_text()
    with open_workspace(opd_built.path) as store:
        docs = store.documents_for("I01")
    assert "BUKTI DUKUNG" in cover
    assert "Indikator 1. Kebijakan Internal Arsitektur SPBE" in cover
    for d in docs:
        assert d.sha256 in cover
    assert "halaman 2–4" in cover
    assert "Nomor 5 Tahun 2024" in cover
    assert "12 Maret 2024" in cover
    assert "Berkas terpisah: D5 notulen rapat.docx" in cover


def test_other_files_are_copied_beside_unchanged(
    opd_built: Built, compiled: tuple[Path, Any]
) -> None:
    out, _ = compiled
    beside = out / FOLDER_1 / "D5 notulen rapat.docx"
    with open_workspace(opd_built.path) as store:
        doc = next(d for d in store.documents_for("I01") if d.file_name == "notulen rapat.docx")
    assert hashlib.sha256(beside.read_bytes()).hexdigest() == doc.sha256


def test_encrypted_and_damaged_files_are_copied_with_a_warning_transparent_png_embedded(
    compiled: tuple[Path, Any],
) -> None:
    out, summary = compiled
    folder = out / FOLDER_2
    assert sorted(p.name for p in folder.iterdir()) == [
        "02 Bukti Dukung.pdf",
        "D7 rahasia.pdf",
        "D8 rusak.pdf",
    ]
    codes = {(f.code, f.item) for f in summary.findings}
    assert codes == {
        ("compile.encrypted", "rahasia.pdf"),
        ("compile.malformed", "rusak.pdf"),
    }
    reader = PdfReader(folder / "02 Bukti Dukung.pdf")
    # cover, two pages of PDF, the transparent PNG (img2pdf keeps its alpha as a soft mask)
    assert len(reader.pages) == 1 + 2 + 1
    xobject = reader.pages[3]["/Resources"]["/XObject"]["/Im0"].get_object()
    assert "/SMask" in xobject
    assert "dilindungi kata sandi" in reader.pages[0].extract_text()
    rows = {r["Dokumen asal"]: r for r in read_index(out)}
    assert "dilindungi kata sandi" in rows["rahasia.pdf"]["Keterangan"]
    assert "PDF rusak" in rows["rusak.pdf"]["Keterangan"]
    assert rows["rahasia.pdf"]["Berkas keluaran"] == f"{FOLDER_2}/D7 rahasia.pdf"


def test_palette_png_is_embedded(compiled: tuple[Path, Any]) -> None:
    out, _ = compiled
    reader = PdfReader(
        out / "04 Kebijakan Internal Pembangunan Aplikasi SPBE" / "04 Bukti Dukung.pdf"
    )
    assert len(reader.pages) == 2
    xobject = reader.pages[1]["/Resources"]["/XObject"]["/Im0"].get_object()
    assert xobject["/ColorSpace"][0] == "/Indexed"
    assert xobject["/DecodeParms"]["/Predictor"] == 15
    assert (xobject["/Width"], xobject["/Height"]) == (16, 8)


def test_index_lists_every_file_with_sha256_and_pages(
    opd_built: Built, compiled: tuple[Path, Any]
) -> None:
    out, summary = compiled
    rows = read_index(out)
    assert list(rows[0]) == [
        "No Indikator",
        "Indikator",
        "Berkas keluaran",
        "Dokumen asal",
        "Judul",
        "SHA-256",
        "Halaman",
        "Jumlah halaman",
        "Keterangan",
    ]
    with open_workspace(opd_built.path) as store:
        docs = store.documents()
    assert {r["SHA-256"] for r in rows if r["Dokumen asal"] != "(gabungan)"} == {
        d.sha256 for d in docs
    }
    for r in rows:
        target = out / r["Berkas keluaran"]
        assert target.exists()
        if r["Dokumen asal"] == "(gabungan)":
            assert hashlib.sha256(target.read_bytes()).hexdigest() == r["SHA-256"]
            assert int(r["Jumlah halaman"]) == len(PdfReader(target).pages)
    by_file = {r["Dokumen asal"]: r for r in rows}
    assert by_file["lampiran.pdf"]["Halaman"] == "5–6"
    assert by_file["foto-rapat.jpg"]["Halaman"] == "8"
    html = (out / "index.html").read_text(encoding="utf-8")
    assert all(d.sha256 in html for d in docs)
    assert 'lang="id"' in html
    assert summary.copied == 3  # DOCX, encrypted and damaged PDFs (the RGBA PNG is embedded)


def test_large_evidence_is_split_into_parts(opd_built: Built, tmp_path: Path) -> None:
    out = tmp_path / "unggah"
    run(compile_evidence(opd_built.path, out, max_pdf_bytes=3000))
    names = sorted(p.name for p in (out / FOLDER_1).glob("*.pdf"))
    assert len(names) > 1
    assert all("bagian" in n for n in names)
    total = 0
    for name in names:
        reader = PdfReader(out / FOLDER_1 / name)
        assert "BUKTI DUKUNG" in reader.pages[0].extract_text()
        assert outline_titles(reader)[0] == ("Daftar dokumen", 0)
        total += len(reader.pages) - 1  # one cover per part
    assert total == 3 + 2 + 1 + 1


def test_coordinator_compile_lists_duplicates_once(
    coordinator_built: tuple[Built, dict[str, int]],
    tmp_path: Path,
) -> None:
    built, _ = coordinator_built
    out = tmp_path / "unggah"
    summary = run(compile_evidence(built.path, out))
    assert summary.indicators == 3
    reader = PdfReader(out / FOLDER_1 / "01 Bukti Dukung.pdf")
    assert len(reader.pages) == 1 + 2
    cover = reader.pages[0].extract_text()
    assert "dari Bappeda" in cover


def test_cancel_leaves_no_output(opd_built: Built, tmp_path: Path) -> None:
    out = tmp_path / "unggah"
    cancel = CancelToken()
    job = compile_evidence(opd_built.path, out, cancel)
    for _ in range(3):
        next(job)
    assert out.with_name("unggah.partial").exists()
    cancel.cancel()
    with pytest.raises(CancelledError):
        run(job)
    assert list(tmp_path.iterdir()) == []


def test_closing_the_job_early_leaves_no_output(opd_built: Built, tmp_path: Path) -> None:
    out = tmp_path / "unggah"
    job = compile_evidence(opd_built.path, out)
    next(job)
    next(job)
    job.close()  # what a UI does when it drops the job
    assert list(tmp_path.iterdir()) == []


def test_refuses_a_folder_with_files(opd_built: Built, tmp_path: Path) -> None:
    out = tmp_path / "unggah"
    out.mkdir()
    (out / "lama.txt").write_text("x")
    with pytest.raises(ReportError) as info:
        run(compile_evidence(opd_built.path, out))
    assert info.value.code == "report.out_exists"
    assert (out / "lama.txt").exists()


def test_an_empty_folder_is_filled(opd_built: Built, tmp_path: Path) -> None:
    out = tmp_path / "unggah"
    out.mkdir()
    run(compile_evidence(opd_built.path, out))
    assert (out / "index.csv").exists()


def test_leftover_partial_is_replaced_but_a_foreign_one_is_kept(
    opd_built: Built, tmp_path: Path
) -> None:
    partial = tmp_path / "unggah.partial"
    partial.mkdir()
    (partial / "milik-orang.txt").write_text("x")
    with pytest.raises(ReportError) as info:
        run(compile_evidence(opd_built.path, tmp_path / "unggah"))
    assert info.value.code == "report.partial_foreign"
    assert (partial / "milik-orang.txt").exists()
    (partial / PARTIAL_MARKER).write_bytes(b"")
    run(compile_evidence(opd_built.path, tmp_path / "unggah"))
    assert not partial.exists()
    assert (tmp_path / "unggah" / "index.csv").exists()


def test_image_loader_reads_jpeg_size_and_refuses_damage(tmp_path: Path) -> None:
    from tests.support.generate import make_jpeg, make_png

    jpeg = make_jpeg(tmp_path / "a.jpg", 33, 21)
    image = load_image(jpeg, "image/jpeg")
    assert (image.width, image.height) == (33, 21)
    assert image.stream["/Filter"] == "/DCTDecode"
    png = make_png(tmp_path / "a.png", 30, 20)
    assert load_image(png, "image/png").stream["/Filter"] == "/FlateDecode"
    data = bytearray(png.read_bytes())
    data[40] ^= 0xFF  # inside IDAT: the CRC no longer matches
    (tmp_path / "bad.png").write_bytes(bytes(data))
    with pytest.raises(ImageRefusedError) as info:
        load_image(tmp_path / "bad.png", "image/png")
    assert info.value.reason == "compile.image_damaged"
    (tmp_path / "short.jpg").write_bytes(jpeg.read_bytes()[:10])
    with pytest.raises(ImageRefusedError):
        load_image(tmp_path / "short.jpg", "image/jpeg")


def test_image_loader_checks_png_pixel_data(tmp_path: Path) -> None:
    import struct
    import zlib

    def png(rows: bytes, width: int, height: int) -> Path:
        def chunk(kind: bytes, data: bytes) -> bytes:
            return (
                struct.pack(">I", len(data))
                + kind
                + data
                + struct.pack(">I", zlib.crc32(kind + data))
            )

        path = tmp_path / f"p{len(rows)}-{rows[:1].hex()}.png"
        path.write_bytes(
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b"")
        )
        return path

    good = png(b"\x00\x10\x20" * 2, 2, 2)
    assert load_image(good, "image/png").width == 2
    for bad in (b"\x00\x10\x20", b"\x07\x10\x20\x00\x10\x20", b"\x00\x10\x20" * 3):
        with pytest.raises(ImageRefusedError) as info:
            load_image(png(bad, 2, 2), "image/png")
        assert info.value.reason == "compile.image_damaged"


def test_sources_over_the_limit_are_copied_and_no_empty_pdf_is_made(
    opd_built: Built, tmp_path: Path
) -> None:
    out = tmp_path / "unggah"
    summary = run(compile_evidence(opd_built.path, out, max_pdf_bytes=1))
    folder = out / FOLDER_1
    assert not list(folder.glob("*Bukti Dukung*.pdf"))
    assert sorted(p.name for p in folder.iterdir()) == [
        "D1 pergub-arsitektur.pdf",
        "D2 lampiran.pdf",
        "D3 tangkapan-layar.png",
        "D4 foto-rapat.jpg",
        "D5 notulen rapat.docx",
    ]
    too_large = {f.item for f in summary.findings if f.code == "compile.too_large"}
    assert {"pergub-arsitektur.pdf", "lampiran.pdf", "tangkapan-layar.png"} <= too_large
    assert summary.pdfs == ()


def test_programs_scripts_and_web_pages_are_listed_as_refused_not_laid_out(
    tmp_path: Path,
) -> None:
    """An executable named like a PDF (with a right-to-left override), a web page with a
    script and a batch file: none reaches the upload folder; the index lists each as refused."""
    from spbe_desktop.services.attach import AttachRequest, attach_files
    from spbe_desktop.services.workspace import init_workspace
    from tests.support.generate import make_pdf

    ws = tmp_path / "opd.spbe"
    init_workspace(
        ws, role="opd", instansi="Pemprov", unit="Bappeda", officer="S", framework="spbe-2020"
    )
    exe = tmp_path / "Laporan Audit\u202efdp.exe"
    exe.write_bytes(b"MZ\x90\x00" + b"\x00" * 56 + b"\x40\x00\x00\x00PE\x00\x00" + b"\x00" * 400)
    page = tmp_path / "bukti.html"
    page.write_bytes(b"<!DOCTYPE html><html><script>alert(1)</script></html>")
    bat = tmp_path / "jalankan.bat"
    bat.write_bytes(b"echo hapus semua\r\n")
    sk = make_pdf(tmp_path / "SK.pdf", ["KEPUTUSAN"])
    run(attach_files(ws, "I01", [AttachRequest(p) for p in (exe, page, bat, sk)]))

    out = tmp_path / "unggah"
    summary = run(compile_evidence(ws, out))

    laid_out = sorted(p.name for p in out.rglob("*") if p.is_file())
    assert laid_out == ["01 Bukti Dukung.pdf", "index.csv", "index.html"]
    refused = {f.item for f in summary.findings if f.code == "compile.refused_active"}
    assert len(refused) == 3
    rows = [r for r in read_index(out) if "tidak disertakan" in " ".join(r.values()).lower()]
    assert len(rows) == 3
