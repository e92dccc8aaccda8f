"""Workspaces with real evidence for the report tests, built once per module.

Every document is a real file made by ``spbe_desktop.documents`` (PDF with a text layer, DOCX,
PNG, JPEG), attached through the same service the app uses. Each PDF page carries a unique
marker (``PENANDA-<file>-<page>``) so a test can find every source page in a compiled PDF.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from spbe_desktop.core.models import LedgerEntry
from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.workspace import assess, init_workspace, open_workspace
from tests.support.generate import make_docx, make_jpeg, make_pdf, make_png, official_text

TODAY = dt.date(2026, 11, 29)


@dataclass
class Built:
    """A workspace and what was put into it."""

    path: Path
    # indicator number -> [(file name, pages or None for non-PDF, markers)]
    files: dict[int, list[tuple[str, int | None, list[str]]]] = field(default_factory=dict)


def marked_pdf(path: Path, pages: int, head: list[str] | None = None) -> tuple[Path, list[str]]:
    markers = [f"PENANDA-{path.stem.upper()}-{k}" for k in range(1, pages + 1)]
    texts = []
    for k, marker in enumerate(markers):
        lines = (head or []) if k == 0 else []
        texts.append("\n".join([*lines, "", marker]))
    make_pdf(path, texts, title=path.stem)
    return path, markers


def rgba_png(path: Path, width: int = 20, height: int = 10) -> Path:
    """A PNG with an alpha channel (colour type 6), which the compiler must not embed."""
    raw = b"".join(b"\x00" + bytes([200, 30, 30, 128]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(png)
    return path


def palette_png(path: Path, width: int = 16, height: int = 8) -> Path:
    """An 8-bit palette PNG (colour type 3) with a Sub-filtered row, which must be embedded."""
    palette = bytes([255, 0, 0, 0, 128, 0, 0, 0, 255])
    rows = []
    for y in range(height):
        if y % 2:
            rows.append(b"\x01" + bytes([y % 3] + [1] * (width - 1)))  # Sub filter
        else:
            rows.append(b"\x00" + bytes((x + y) % 3 for x in range(width)))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0))
        + chunk(b"PLTE", palette)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(png)
    return path


def _attach(
    ws: Path, indicator: str, paths: list[Path], opd_id: int = 0, kind: str | None = None
) -> None:
    run(attach_files(ws, indicator, [AttachRequest(p, kind=kind) for p in paths], opd_id=opd_id))


def build_opd(root: Path, framework: str = "spbe-2020") -> Built:
    """An OPD workspace: some levels, several kinds of evidence on indicators 1, 2 and 19."""
    root.mkdir(parents=True, exist_ok=True)
    ws = root / f"opd-{framework}.spbe"
    init_workspace(
        ws,
        role="opd",
        instansi="Pemerintah Provinsi Maluku Utara",
        unit="Dinas Komunikasi, Informatika dan Persandian",
        officer="Rina Sahabu",
        framework=framework,
        period="2026",
    )
    built = Built(ws)
    assess(
        ws, "1", level=3, note="Pergub Arsitektur SPBE berlaku untuk seluruh OPD.", status="ready"
    )
    assess(ws, "2", level=2, note="Peta Rencana baru memuat sebagian cakupan.")
    assess(ws, "3", status="na")
    with open_workspace(ws) as store:
        # As accept-receipt records it: the coordinator's verdict on the OPD's own answer.
        store.set_verdict(
            0, "I02", "perlu_revisi", "Lampirkan Peta Rencana yang ditetapkan.", "Koordinator"
        )
    regulation = official_text(
        "Peraturan Kepala Daerah",
        "5",
        2024,
        "Arsitektur SPBE",
        "Sofifi",
        dt.date(2024, 3, 12),
        "GUBERNUR MALUKU UTARA",
    )
    pergub, m1 = marked_pdf(root / "pergub-arsitektur.pdf", 3, regulation[:12])
    lampiran, m2 = marked_pdf(root / "lampiran.pdf", 2)
    png = make_png(root / "tangkapan-layar.png", 64, 40)
    jpg = make_jpeg(root / "foto-rapat.jpg", 48, 32)
    notulen = make_docx(root / "notulen rapat.docx", ["Notulen rapat tim koordinasi SPBE"])
    run(
        attach_files(
            ws,
            "1",
            [
                AttachRequest(
                    pergub,
                    title="Peraturan Gubernur tentang Arsitektur SPBE",
                    kind="Peraturan Kepala Daerah",
                    number="5 Tahun 2024",
                    issued="2024-03-12",
                ),
                *(AttachRequest(p) for p in (lampiran, png, jpg, notulen)),
            ],
        )
    )
    built.files[1] = [
        (pergub.name, 3, m1),
        (lampiran.name, 2, m2),
        (png.name, 1, []),
        (jpg.name, 1, []),
        (notulen.name, None, []),
    ]
    roadmap, m3 = marked_pdf(root / "peta-rencana.pdf", 2)
    secret = make_pdf(root / "rahasia.pdf", ["PENANDA-RAHASIA"], user_password="rahasia")
    broken = root / "rusak.pdf"
    broken.write_bytes(
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer <<>>\n%%EOF\n"
    )
    alpha = rgba_png(root / "transparan.png")
    _attach(ws, "2", [roadmap, secret, broken, alpha])
    built.files[2] = [
        (roadmap.name, 2, m3),
        (secret.name, None, []),
        (broken.name, None, []),
        (alpha.name, None, []),
    ]
    pal = palette_png(root / "palet.png")
    _attach(ws, "4", [pal])
    built.files[4] = [(pal.name, 1, [])]
    return built


def build_coordinator(root: Path) -> tuple[Built, dict[str, int]]:
    """A coordinator workspace with two OPDs: answers, verdicts, evidence and ledger entries."""
    root.mkdir(parents=True, exist_ok=True)
    ws = root / "koordinator.spbe"
    init_workspace(
        ws,
        role="coordinator",
        instansi="Pemerintah Provinsi Maluku Utara",
        unit="Diskominfo",
        officer="Budi Hasan",
        framework="spbe-2020",  # its OPDs claim levels of I01 and I19
        period="2026",
    )
    built = Built(ws)
    with open_workspace(ws) as store:
        bappeda = store.upsert_opd("Budi", "Bappeda", assigned=("I01", "I02", "I11"))
        bpkad = store.upsert_opd("Budi", "BPKAD", assigned=("I33", "I34"))
        store.set_answer(
            "I01", "Sri", opd_id=bappeda.id, level=3, justification="Pergub ada.", status="ready"
        )
        store.set_answer("I02", "Sri", opd_id=bappeda.id, status="na")
        store.set_answer(
            "I33", "Andi", opd_id=bpkad.id, level=4, justification="SIPD terpadu.", status="ready"
        )
        store.set_verdict(
            bappeda.id, "I01", "perlu_revisi", "Lampirkan Pergub yang sudah diundangkan", "Budi"
        )
        store.set_verdict(bpkad.id, "I33", "diterima", "", "Budi")
    assess(ws, "1", level=3, note="Konsolidasi: mengikuti Bappeda.")
    assess(ws, "33", level=4)
    with open_workspace(ws) as store:
        with store.transaction():
            store.add_ledger(
                LedgerEntry(
                    "uuid-1", bappeda.id, 1, "full", "d1", "", 2, 100, "2026-10-01T08:00:00+00:00"
                )
            )
            store.add_ledger(
                LedgerEntry(
                    "uuid-2", bappeda.id, 2, "delta", "d2", "r1", 1, 50, "2026-10-12T08:00:00+00:00"
                )
            )
        ids = {"Bappeda": bappeda.id, "BPKAD": bpkad.id}
    pergub, m1 = marked_pdf(root / "pergub-bappeda.pdf", 2)
    _attach(ws, "1", [pergub], opd_id=ids["Bappeda"])
    sipd, m2 = marked_pdf(root / "sipd.pdf", 1)
    _attach(ws, "33", [sipd], opd_id=ids["BPKAD"])
    own, m3 = marked_pdf(root / "sk-tim.pdf", 1)
    _attach(ws, "19", [own])
    # The same content from the coordinator and an OPD on one indicator: listed once.
    _attach(ws, "1", [pergub])
    built.files = {1: [(pergub.name, 2, m1)], 33: [(sipd.name, 1, m2)], 19: [(own.name, 1, m3)]}
    return built, ids


@pytest.fixture(scope="module")
def opd_built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build_opd(tmp_path_factory.mktemp("opd"))


@pytest.fixture(scope="module")
def pemdi_built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("pemdi")
    ws = root / "pemdi.spbe"
    init_workspace(
        ws,
        role="opd",
        instansi="Pemerintah Kota Ternate",
        unit="Diskominfo",
        officer="Ani",
        framework="pemdi-2026",
        period="2026",
    )
    for number, level in ((1, 3), (5, 2), (19, 4), (20, 3)):
        assess(ws, str(number), level=level)
    doc, markers = marked_pdf(root / "kebijakan-pemdi.pdf", 2)
    _attach(ws, "1", [doc])
    built = Built(ws)
    built.files[1] = [(doc.name, 2, markers)]
    return built


@pytest.fixture(scope="module")
def coordinator_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Built, dict[str, int]]:
    return build_coordinator(tmp_path_factory.mktemp("coord"))
