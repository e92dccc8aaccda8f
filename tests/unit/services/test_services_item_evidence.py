"""``spbe compile --per-item``: one portal-ready PDF per evidence item, on real files.

Real workspaces (Pemdi 2026), real generated PDFs and DOCX, PNGs of every kind made with Pillow
(RGBA, 16-bit, palette) and an interlaced one written by hand (Pillow cannot write Adam7), JPEGs,
and random-noise pictures that no compressor shrinks: they show the downsampling, then the split
into parts. Output PDFs are read back with pypdf, and with poppler's ``pdfinfo`` and
``pdfimages`` where installed.
"""

from __future__ import annotations

import csv
import io
import random
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from spbe_desktop.cli import main as cli_main
from spbe_desktop.core.names import MAX_NAME_UNITS, is_reserved, utf16_units
from spbe_desktop.core.packs import load_shipped_pack
from spbe_desktop.core.progress import CancelToken, run
from spbe_desktop.errors import CancelledError, SpbeError
from spbe_desktop.reports.pdf_images import ImageRefusedError, load_image
from spbe_desktop.services import items
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.item_evidence import compile_items
from spbe_desktop.services.workspace import init_workspace
from tests.support.generate import make_docx, make_pdf

PEMDI = load_shipped_pack("pemdi-2026")
ITEM_A = PEMDI.indicators[0].items[0]
ITEM_B = PEMDI.indicators[0].items[1]
ITEM_C = PEMDI.indicators[1].items[0]
KB = 1024


# --------------------------------------------------------------------------- pictures


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def interlaced_png(path: Path, width: int, height: int) -> Path:
    """An 8-bit RGB Adam7-interlaced PNG, written by hand (Pillow writes no interlaced PNG)."""
    pixel = [[((x * 7) % 256, (y * 5) % 256, 128) for x in range(width)] for y in range(height)]
    passes = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
              (0, 1, 1, 2))  # fmt: skip
    raw = bytearray()
    for x0, y0, dx, dy in passes:
        if x0 >= width or y0 >= height:
            continue
        for y in range(y0, height, dy):
            raw += b"\x00" + bytes(c for x in range(x0, width, dx) for c in pixel[y][x])
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 1)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", zlib.compress(bytes(raw)))
        + _png_chunk(b"IEND", b"")
    )
    return path


def pillow_png(path: Path, mode: str, size: tuple[int, int] = (64, 48)) -> Path:
    image = Image.linear_gradient("L").resize(size)
    if mode == "I;16":
        image = image.convert("I").point(lambda v: v * 256).convert("I;16")
    elif mode == "RGBA":
        image = Image.merge("RGBA", (image, image, image, image))
    else:
        image = image.convert(mode)
    image.save(path, "PNG")
    return path


def noise_png(path: Path, width: int, height: int, seed: int) -> Path:
    rng = random.Random(seed)
    Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3)).save(path, "PNG")
    return path


def noise_scan_pdf(path: Path, pages: int, size: tuple[int, int] = (1240, 1754)) -> Path:
    """A scanned-looking PDF: each page one random-noise picture as a high-quality JPEG."""
    rng = random.Random(7)
    images = [
        Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3)) for _ in range(pages)
    ]
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], quality=95, resolution=150)
    return path


# --------------------------------------------------------------------------- workspaces


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "bappeda.spbe"
    init_workspace(
        path,
        role="opd",
        instansi="Pemerintah Kabupaten Aceh Tengah",
        unit="Bappeda",
        officer="Sari",
        framework="pemdi-2026",
    )
    return path


def attach(ws: Path, item: str, *paths: Path, **meta: str) -> None:
    requests = [AttachRequest(p, title=p.stem, **meta) for p in paths]  # type: ignore[arg-type]
    run(attach_files(ws, None, requests, item=item))


def pdf_pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def image_count(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(path).pages)


@pytest.fixture
def mixed(workspace: Path, tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    sk = make_pdf(src / "sk-tim.pdf", ["Keputusan Bupati\nTim SPBE", "Lampiran I", "Lampiran II"])
    jpeg = src / "foto-rapat.jpg"
    Image.linear_gradient("L").convert("RGB").resize((120, 90)).save(jpeg, "JPEG")
    kinds = [
        pillow_png(src / "transparan.png", "RGBA"),
        pillow_png(src / "enambelas-bit.png", "I;16"),
        pillow_png(src / "palet.png", "P"),
        interlaced_png(src / "interlaced.png", 37, 23),
    ]
    docx = make_docx(src / "notulen.docx", ["Notulen rapat tim SPBE"])
    attach(workspace, ITEM_A.code, sk, number="188/12/2024", issued="2024-03-12")
    attach(workspace, ITEM_A.code, jpeg, *kinds, docx)
    attach(workspace, ITEM_C.code, make_pdf(src / "renstra.pdf", ["Renstra"]))
    items.set_item_note(workspace, ITEM_A.code, "SK tim ada di halaman 2; foto rapat; notulen.")
    return workspace


def test_each_item_gets_one_pdf_with_every_page_and_picture(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "portal"
    summary = run(compile_items(mixed, out))
    folder = out / f"01 {PEMDI.indicators[0].name}"
    pdfs = sorted(p for p in folder.iterdir() if p.suffix == ".pdf")
    assert len(pdfs) == 1
    pdf = pdfs[0]
    assert pdf.name.startswith(f"{ITEM_A.code} ")
    reader = PdfReader(pdf)
    cover = reader.pages[0].extract_text()
    # cover, 3 pages of PDF, 1 JPEG, 4 PNGs
    assert len(reader.pages) == 1 + 3 + 1 + 4
    assert image_count(pdf) == 5
    for needed in (ITEM_A.code, "Indikator 1", "Nomor 188/12/2024", "12 Maret 2024", "Bappeda",
                   "SK tim ada di halaman 2", "notulen.docx"):  # fmt: skip
        assert needed in cover, needed
    assert "transparan.png — halaman" in cover
    assert "interlaced.png — halaman" in cover
    # every source's SHA-256 is on the cover (possibly wrapped: compare without line breaks)
    flat = cover.replace("\n", "")
    rows = list(
        csv.DictReader(io.StringIO((out / "index.csv").read_text("utf-8-sig")), delimiter=";")
    )
    sources = [r for r in rows if r["Dokumen asal"] and r["Kode butir"] == ITEM_A.code]
    assert len(sources) == 7
    assert all(r["SHA-256"] in flat for r in sources)
    beside = [p.name for p in folder.iterdir() if p.suffix == ".docx"]
    assert beside == [f"{ITEM_A.code} D7 notulen.docx"]
    assert summary.items == 2
    assert summary.pages == len(reader.pages) + 2  # and the other item: cover + 1 page
    assert not summary.recompressed and not summary.split
    assert {f.path.split("/")[0] for f in summary.files} == {
        f"01 {PEMDI.indicators[0].name}",
        f"02 {PEMDI.indicators[1].name}",
    }
    notes = list(
        csv.DictReader(io.StringIO((out / "notes.csv").read_text("utf-8-sig")), delimiter=";")
    )
    by_code = {r["Kode butir"]: r["Catatan"] for r in notes}
    assert by_code[ITEM_A.code] == "SK tim ada di halaman 2; foto rapat; notulen."
    assert ITEM_C.code in by_code
    html = (out / "index.html").read_text("utf-8")
    assert ITEM_A.code in html and 'lang="id"' in html
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="poppler-utils not installed")
def test_poppler_reads_every_picture(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "portal"
    run(compile_items(mixed, out))
    pdf = next((out / f"01 {PEMDI.indicators[0].name}").glob("*.pdf"))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Pages: 9" in " ".join(info.stdout.split())
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    kinds = [line.split()[2] for line in listing]
    assert kinds.count("image") == 5
    assert kinds.count("smask") == 1  # the RGBA PNG keeps its transparency
    cells = [line.split() for line in listing]
    # (width, height, colour, bits): the JPEG, RGBA (RGB + soft mask), 16-bit grey kept at 16
    # bits, palette, and the interlaced PNG (de-interlaced losslessly).
    shapes = {(c[3], c[4], c[5], c[7]) for c in cells if c[2] == "image"}
    assert shapes == {
        ("120", "90", "rgb", "8"),
        ("64", "48", "rgb", "8"),
        ("64", "48", "gray", "16"),
        ("64", "48", "index", "8"),
        ("37", "23", "rgb", "8"),
    }


def test_image_kinds_load_and_damage_is_refused(tmp_path: Path) -> None:
    for mode in ("RGBA", "I;16", "P", "L", "1", "LA"):
        image = load_image(pillow_png(tmp_path / f"{mode[:2]}.png", mode), "image/png")
        assert (image.width, image.height) == (64, 48)
    inter = load_image(interlaced_png(tmp_path / "i.png", 9, 5), "image/png")
    assert (inter.width, inter.height) == (9, 5)
    broken = bytearray((tmp_path / "i.png").read_bytes())
    broken[-20] ^= 0x55
    (tmp_path / "b.png").write_bytes(bytes(broken))
    with pytest.raises(ImageRefusedError):
        load_image(tmp_path / "b.png", "image/png")


def test_over_the_cap_pictures_are_downsampled_then_split(workspace: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    # Noise does not compress: four 600x800 PNGs are ~5.6 MB; as 150-dpi JPEGs ~1 MB.
    noise = [noise_png(src / f"foto-{k}.png", 600, 800, k) for k in range(4)]
    attach(workspace, ITEM_B.code, *noise)
    cap = 400 * KB
    out = tmp_path / "portal"
    summary = run(compile_items(workspace, out, max_bytes=cap))
    assert summary.recompressed == (ITEM_B.code,)
    assert summary.split == (ITEM_B.code,)
    parts = sorted(p for p in out.rglob("*.pdf"))
    count = len(parts)
    assert count >= 2
    for k, part in enumerate(parts, 1):
        assert part.name.endswith(f" (bagian {k} dari {count}).pdf")
        assert part.stat().st_size <= cap
        assert f"bagian {k} dari {count}" in PdfReader(part).pages[0].extract_text()
    # all four pictures present once, each part with its own one-page cover
    assert sum(image_count(p) for p in parts) == 4
    assert sum(pdf_pages(p) for p in parts) == 4 + count
    assert all(f.size <= cap for f in summary.files)


def test_a_page_over_the_cap_on_its_own_is_reported(workspace: Path, tmp_path: Path) -> None:
    attach(workspace, ITEM_B.code, noise_png(tmp_path / "foto.png", 600, 800, 1))
    out = tmp_path / "portal"
    summary = run(compile_items(workspace, out, max_bytes=64 * KB))
    [pdf] = out.rglob("*.pdf")
    assert pdf.name == f"{ITEM_B.code} {ITEM_B.name}.pdf"
    assert image_count(pdf) == 1
    assert [f.code for f in summary.findings] == ["compile.item_over_limit"]
    assert summary.recompressed == (ITEM_B.code,)


def test_image_heavy_30_mb_scan_fits_the_5_mb_cap(workspace: Path, tmp_path: Path) -> None:
    scan = noise_scan_pdf(tmp_path / "scan-perda.pdf", 13)
    assert scan.stat().st_size > 30 * 1024 * KB
    attach(workspace, ITEM_A.code, scan)
    out = tmp_path / "portal"
    summary = run(compile_items(workspace, out))
    parts = sorted(out.rglob("*.pdf"))
    assert len(parts) >= 2
    assert all(p.stat().st_size <= 5 * 1024 * KB for p in parts)
    for k, part in enumerate(parts, 1):
        assert f"bagian {k} dari {len(parts)}" in PdfReader(part).pages[0].extract_text()
    # one cover page per part, then the scan's pages: the counts add up
    assert sum(pdf_pages(p) - 1 for p in parts) == 13
    assert sum(image_count(p) for p in parts) == 13
    assert summary.pages == 13 + len(parts)


def test_names_are_legal_everywhere(workspace: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    odd = make_pdf(src / "CON.pdf", ["x"])
    attach(workspace, ITEM_A.code, odd)
    long_name = src / ("Lampiran " + "sangat panjang " * 14 + ".docx")
    make_docx(long_name, ["y"])
    attach(workspace, ITEM_A.code, long_name)
    out = tmp_path / "portal"
    run(compile_items(workspace, out))
    for path in out.rglob("*"):
        assert utf16_units(path.name) < MAX_NAME_UNITS
        assert not is_reserved(path.name)
        assert not set(path.name) & set('<>:"/\\|?*')
        assert path.name == path.name.rstrip(" .")


def test_output_appears_only_when_complete(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "portal"
    cancel = CancelToken()
    job = compile_items(mixed, out, cancel)
    next(job)
    cancel.cancel()
    with pytest.raises(CancelledError):
        for _ in job:
            pass
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("portal")]
    (out / "x").mkdir(parents=True)
    with pytest.raises(SpbeError) as info:
        run(compile_items(mixed, out))
    assert info.value.code == "report.out_exists"


def test_cli_prints_pages_and_sizes(
    mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "portal"
    code = cli_main(
        ["--lang", "id", "compile", str(mixed), "--out", str(out), "--per-item", "--max-mb", "5"]
    )
    assert code == 0
    text = capsys.readouterr().out
    assert "2 butir" in text or "2 items" in text
    assert "halaman" in text or "pages" in text
    assert "notes.csv" in text


def test_coordinator_workspace_names_the_unit_on_cover_and_in_notes(tmp_path: Path) -> None:
    ws = tmp_path / "koordinator.spbe"
    init_workspace(
        ws,
        role="coordinator",
        instansi="Pemerintah Kabupaten Aceh Tengah",
        unit="Diskominfo",
        officer="Budi",
        framework="pemdi-2026",
    )
    attach(ws, ITEM_C.code, make_pdf(tmp_path / "renstra.pdf", ["Renstra", "Bab II"]))
    items.set_item_note(ws, ITEM_C.code, "Renstra bab II memuat substansi RAN.")
    out = tmp_path / "portal"
    summary = run(compile_items(ws, out))
    [pdf] = out.rglob("*.pdf")
    cover = PdfReader(pdf).pages[0].extract_text()
    assert "OPD: Diskominfo" in cover
    assert "dari Diskominfo" in cover
    assert "Renstra bab II memuat substansi RAN." in cover
    assert pdf_pages(pdf) == 3 and summary.pages == 3
    notes = list(
        csv.DictReader(io.StringIO((out / "notes.csv").read_text("utf-8-sig")), delimiter=";")
    )
    [row] = [r for r in notes if r["Kode butir"] == ITEM_C.code]
    assert (row["OPD"], row["Catatan"]) == ("Diskominfo", "Renstra bab II memuat substansi RAN.")
