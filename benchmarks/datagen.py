"""The benchmark's own data: real PDF and DOCX evidence files, and a province-scale workspace.

Both are deterministic (seeded) and kept in the data folder between runs: a folder whose
manifest matches what would be generated is reused as it is.
"""

from __future__ import annotations

import datetime
import io
import json
import random
import re
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.core.models import SELF_OPD, DocumentInfo
from spbe_desktop.core.progress import CancelToken, run
from tests.support.generate import make_docx, make_pdf, official_number, official_text

MIB = 1024 * 1024
GIB = 1024 * MIB
#: Bump when the generated files change, so old data folders are regenerated.
FILES_VERSION = 2
PROVINCE_VERSION = 1

#: Evidence an OPD really attaches in an SPBE self-assessment: (kind, title).
CATALOGUE: tuple[tuple[str, str], ...] = (
    ("Keputusan/SK", "Pembentukan Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik"),
    ("Peraturan Kepala Daerah", "Arsitektur Sistem Pemerintahan Berbasis Elektronik"),
    ("Peraturan Kepala Daerah", "Peta Rencana Sistem Pemerintahan Berbasis Elektronik"),
    ("Peraturan Daerah", "Penyelenggaraan Satu Data Indonesia Tingkat Daerah"),
    ("Surat Edaran", "Penggunaan Aplikasi Umum Naskah Dinas Elektronik"),
    ("SOP", "Manajemen Keamanan Informasi"),
    ("SOP", "Layanan Pengaduan Publik Terintegrasi"),
    ("Laporan", "Reviu Internal Kebijakan Sistem Pemerintahan Berbasis Elektronik"),
    ("Laporan", "Audit Teknologi Informasi dan Komunikasi"),
    ("Notulen", "Rapat Koordinasi Evaluasi Sistem Pemerintahan Berbasis Elektronik"),
    ("Undangan", "Rapat Pembahasan Manajemen Data"),
    ("Keputusan/SK", "Penetapan Pengelola Pusat Data Daerah"),
    ("Peraturan Kepala Daerah", "Manajemen Risiko Sistem Pemerintahan Berbasis Elektronik"),
    ("Surat Edaran", "Keterpaduan Layanan Jaringan Intra Pemerintah Daerah"),
    ("Laporan", "Evaluasi Kepuasan Pengguna Layanan Digital"),
    ("Keputusan/SK", "Penetapan Aplikasi Khusus Layanan Perizinan"),
    ("SOP", "Pengelolaan Pusat Data dan Pemulihan Bencana"),
    ("Peraturan Kepala Daerah", "Tata Kelola Data dan Interoperabilitas"),
    ("Laporan", "Pelaksanaan Manajemen Perubahan Layanan Digital"),
    ("Notulen", "Rapat Reviu Arsitektur dan Peta Rencana"),
)
#: (place, issuer) pairs across the three levels of regional government.
ISSUERS: tuple[tuple[str, str], ...] = (
    ("Sofifi", "GUBERNUR MALUKU UTARA"),
    ("Ternate", "WALI KOTA TERNATE"),
    ("Tobelo", "BUPATI HALMAHERA UTARA"),
    ("Mataram", "GUBERNUR NUSA TENGGARA BARAT"),
    ("Kupang", "WALI KOTA KUPANG"),
    ("Sleman", "BUPATI SLEMAN"),
)
#: Perangkat daerah of a province (40, as the province-scale benchmark needs).
OPD_NAMES: tuple[str, ...] = (
    "Dinas Komunikasi dan Informatika",
    "Badan Perencanaan Pembangunan Daerah",
    "Badan Kepegawaian Daerah",
    "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Inspektorat Daerah",
    "Sekretariat Daerah",
    "Sekretariat DPRD",
    "Dinas Pendidikan",
    "Dinas Kesehatan",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Perumahan dan Kawasan Permukiman",
    "Satuan Polisi Pamong Praja",
    "Dinas Sosial",
    "Dinas Tenaga Kerja dan Transmigrasi",
    "Dinas Lingkungan Hidup",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "Dinas Perhubungan",
    "Dinas Koperasi dan UKM",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "Dinas Kepemudaan dan Olahraga",
    "Dinas Perpustakaan dan Kearsipan",
    "Dinas Kelautan dan Perikanan",
    "Dinas Pariwisata",
    "Dinas Pertanian",
    "Dinas Kehutanan",
    "Dinas Energi dan Sumber Daya Mineral",
    "Dinas Perindustrian dan Perdagangan",
    "Badan Pendapatan Daerah",
    "Badan Penanggulangan Bencana Daerah",
    "Badan Kesatuan Bangsa dan Politik",
    "Badan Pengembangan Sumber Daya Manusia",
    "Badan Penghubung Daerah",
    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Dinas Kebudayaan",
    "Dinas Ketahanan Pangan",
    "Dinas Peternakan",
    "Rumah Sakit Umum Daerah",
    "Biro Organisasi",
    "Biro Pengadaan Barang dan Jasa",
)
JUSTIFICATIONS: tuple[str, ...] = (
    "Kebijakan telah ditetapkan dan diterapkan di seluruh perangkat daerah; bukti terlampir.",
    "Sudah ada SK tim koordinasi dan notulen rapat reviu tahunan.",
    "Aplikasi sudah terintegrasi melalui layanan interoperabilitas pusat data daerah.",
    "Prosedur operasional standar disusun dan dievaluasi secara berkala oleh Inspektorat.",
    "Masih dalam tahap penyusunan rancangan; draf peraturan sedang dibahas bersama Bagian Hukum.",
    "Laporan evaluasi kepuasan pengguna disampaikan kepada pimpinan setiap semester.",
)


@dataclass(frozen=True)
class FileSpec:
    name: str
    kind: str  # "pdf" | "docx"
    size: int  # target bytes for PDFs (DOCX come out at what python-docx writes)
    doc_kind: str
    title: str
    seed: int


def _document_lines(rng: random.Random, doc_kind: str, title: str, seq: int) -> list[str]:
    place, issuer = ISSUERS[seq % len(ISSUERS)]
    year = 2021 + seq % 5
    date = datetime.date(year, 1 + rng.randrange(12), 1 + rng.randrange(28))
    return official_text(doc_kind, str(10 + seq), year, title.upper(), place, date, issuer)


def plan_files(total: int) -> list[FileSpec]:
    """A realistic mix for ``total`` bytes: a few large scans-of-record, many small documents.

    Roughly 75 % of the bytes are in large PDFs (8-128 MiB), the rest in 0.1-2 MiB PDFs and
    ~40 KB Word documents; the last large PDF is sized so the set adds up to ``total``.
    """
    rng = random.Random(2026)
    if total <= 128 * MIB:
        large = [24 * MIB, 16 * MIB, 8 * MIB]
        medium = [3 * MIB // 2] * 6
        small_count, docx_count = 16, 6
    else:
        scale = total / GIB
        large = [128 * MIB] * max(1, round(5 * scale)) + [64 * MIB] * max(1, round(4 * scale))
        medium = [2 * MIB] * max(1, round(40 * scale))
        small_count, docx_count = max(1, round(120 * scale)), max(1, round(40 * scale))
    smalls = [rng.randrange(100_000, 600_000) for _ in range(small_count)]
    docx_estimate = 40_000 * docx_count
    fixed = sum(large[1:]) + sum(medium) + sum(smalls) + docx_estimate
    large[0] = max(MIB, total - fixed)
    specs: list[FileSpec] = []
    seq = 0

    def add(kind: str, size: int, tag: str) -> None:
        nonlocal seq
        doc_kind, title = CATALOGUE[seq % len(CATALOGUE)]
        year = 2021 + seq % 5
        stem = f"{doc_kind.split('/')[0]} {title} {year} ({tag}{seq:03d})"
        specs.append(FileSpec(f"{stem}.{kind}", kind, size, doc_kind, title, seq))
        seq += 1

    for size in large:
        add("pdf", size, "L")
    for size in medium:
        add("pdf", size, "M")
    for size in smalls:
        add("pdf", size, "S")
    for _ in range(docx_count):
        add("docx", 40_000, "D")
    return specs


def make_file(spec: FileSpec, folder: Path) -> Path:
    rng = random.Random(spec.seed)
    lines = _document_lines(rng, spec.doc_kind, spec.title, spec.seed)
    path = folder / spec.name
    if spec.kind == "docx":
        body = lines + [
            f"Lampiran {k}: rincian pelaksanaan kegiatan {spec.title.lower()} tahun berjalan."
            for k in range(1, 40)
        ]
        return make_docx(
            path,
            body,
            title=spec.title,
            author="Dinas Komunikasi dan Informatika",
            created=datetime.datetime(2025, 3, 1, 8, 0, tzinfo=datetime.UTC),
            table=[
                ["No", "Kegiatan", "Status"],
                *[[str(k), f"Kegiatan {k}", "Selesai"] for k in range(1, 15)],
            ],
        )
    if spec.size >= 2 * MIB:
        # A scan: its weight is in the pages (an image on each, drawn), as in a real scanned
        # decree, so merging it (compile) carries every byte.
        return make_scan_pdf(path, lines, spec.size, spec.title, spec.seed)
    pages = ["\n".join(lines)] + [
        "\n".join([*lines[len(lines) // 2 :], f"Halaman {p + 2}"]) for p in range(2 + spec.seed % 4)
    ]
    return make_pdf(
        path, pages, title=spec.title, author="Pemerintah Daerah", pad_to_bytes=spec.size
    )


#: A scanned page: an RGB image this many pixels square (about 1 MiB of samples).
_SCAN_SIDE = 592


def _pdf_text(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_scan_pdf(path: Path, lines: list[str], size: int, title: str, seed: int) -> Path:
    """A PDF of about ``size`` bytes whose pages each draw a ~1 MiB image of incompressible
    samples (deflate-stored), the first page also carrying the document's text layer.

    Written object by object, so memory stays around one image whatever the size.
    """
    rng = random.Random(seed)
    side = _SCAN_SIDE
    per_page = side * side * 3
    count = max(1, round(size / (per_page + 400)))
    offsets: dict[int, int] = {}
    font, pages_id = 3, 2
    page_ids = [4 + 3 * k for k in range(count)]
    with path.open("wb") as fh:

        def obj(num: int, body: bytes, stream: bytes | None = None) -> None:
            offsets[num] = fh.tell()
            fh.write(b"%d 0 obj\n" % num + body)
            if stream is not None:
                fh.write(b"\nstream\n" + stream + b"\nendstream")
            fh.write(b"\nendobj\n")

        fh.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
        obj(
            font,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        )
        for k, page in enumerate(page_ids):
            text = [*lines] if k == 0 else [f"Halaman {k + 1}"]
            ops = [b"q 495 0 0 495 50 120 cm /Im0 Do Q", b"BT /F1 10 Tf 50 800 Td 12 TL"]
            ops += [_pdf_text(line) + b" '" for line in text[:60]]
            ops.append(b"ET")
            content = b"\n".join(ops)
            obj(
                page,
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im0 %d 0 R >> >> >>"
                % (page + 1, font, page + 2),
            )
            obj(page + 1, b"<< /Length %d >>" % len(content), content)
            image = zlib.compress(rng.randbytes(per_page), 0)
            obj(
                page + 2,
                b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>"
                % (side, side, len(image)),
                image,
            )
        kids = b" ".join(b"%d 0 R" % p for p in page_ids)
        obj(pages_id, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count))
        info = 4 + 3 * count
        obj(info, b"<< /Title %s /Producer (spbe benchmarks) >>" % _pdf_text(title))
        xref_at = fh.tell()
        total = info + 1
        fh.write(b"xref\n0 %d\n0000000000 65535 f \n" % total)
        for num in range(1, total):
            fh.write(b"%010d 00000 n \n" % offsets[num])
        fh.write(
            b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (total, info, xref_at)
        )
    return path


#: Extensions of the incompressible set: what an OPD also attaches (recordings, archives,
#: photos, spreadsheets) and PDFs of scans, none of which deflate.
NOISE_EXTENSIONS = (".pdf", ".mp4", ".zip", ".jpg", ".xlsx")


def ensure_noise_files(
    folder: Path, total: int, log: Callable[[str], None] | None = None
) -> list[Path]:
    """Incompressible files, the same sizes as :func:`plan_files`' (DOCX: 40 KB), named
    ``.pdf/.mp4/.zip/.jpg/.xlsx`` in turn: the data the issue measured the deflate cost on."""
    specs = plan_files(total)
    sizes = [s.size for s in specs]
    names = [
        f"bukti-{k:03d}{NOISE_EXTENSIONS[k % len(NOISE_EXTENSIONS)]}" for k in range(len(specs))
    ]
    key = {"version": FILES_VERSION, "total": total, "noise": list(zip(names, sizes, strict=True))}
    manifest = folder / "manifest.json"
    files_dir = folder / "files"
    paths = [files_dir / n for n in names]
    if manifest.exists():
        try:
            saved = json.loads(manifest.read_text(encoding="utf-8"))
        except ValueError:
            saved = None
        if (
            saved
            and saved.get("key") == key
            and all(
                p.is_file() and p.stat().st_size == n for p, n in zip(paths, sizes, strict=True)
            )
        ):
            return paths
    files_dir.mkdir(parents=True, exist_ok=True)
    for stale in files_dir.iterdir():
        stale.unlink()
    start = time.perf_counter()
    rng = random.Random(4711)
    for path, size in zip(paths, sizes, strict=True):
        with path.open("wb") as fh:
            left = size
            while left:
                step = min(left, 8 * MIB)
                fh.write(rng.randbytes(step))
                left -= step
    manifest.write_text(json.dumps({"key": key}), encoding="utf-8")
    if log:
        log(
            f"generated {len(paths)} incompressible files, {sum(sizes) / MIB:.1f} MiB in "
            f"{time.perf_counter() - start:.1f} s"
        )
    return paths


def ensure_files(folder: Path, total: int, log: Callable[[str], None] | None = None) -> list[Path]:
    """The evidence files for ``total`` bytes in ``folder``, generated unless already there."""
    specs = plan_files(total)
    key = {
        "version": FILES_VERSION,
        "total": total,
        "files": [[s.name, s.kind, s.size, s.seed] for s in specs],
    }
    manifest = folder / "manifest.json"
    files_dir = folder / "files"
    paths = [files_dir / s.name for s in specs]
    if manifest.exists():
        try:
            saved = json.loads(manifest.read_text(encoding="utf-8"))
        except ValueError:
            saved = None
        if (
            saved
            and saved.get("key") == key
            and all(
                p.is_file() and p.stat().st_size == size
                for p, size in zip(paths, saved["sizes"], strict=True)
            )
        ):
            return paths
    files_dir.mkdir(parents=True, exist_ok=True)
    for stale in files_dir.iterdir():
        stale.unlink()
    start = time.perf_counter()
    for spec in specs:
        make_file(spec, files_dir)
    sizes = [p.stat().st_size for p in paths]
    manifest.write_text(json.dumps({"key": key, "sizes": sizes}), encoding="utf-8")
    if log:
        log(
            f"generated {len(paths)} files, {sum(sizes) / MIB:.1f} MiB in "
            f"{time.perf_counter() - start:.1f} s"
        )
    return paths


def make_delta_document(folder: Path) -> Path:
    """The one new 2 MiB document of the delta-bundle row."""
    path = folder / "Laporan Reviu Kebijakan SPBE 2026 (baru).pdf"
    if not path.exists() or path.stat().st_size != 2 * MIB:
        rng = random.Random(7)
        lines = _document_lines(
            rng, "Laporan", "Reviu Kebijakan Sistem Pemerintahan Berbasis Elektronik 2026", 99
        )
        make_pdf(path, ["\n".join(lines)], title="Laporan Reviu 2026", pad_to_bytes=2 * MIB)
    return path


def make_recording(folder: Path, mib: int = 200) -> Path:
    """A large file that is no document (a meeting recording): the GUI attach-and-export row.

    Incompressible, and every MiB differs, as in the UI test it replaces.
    """
    path = folder / "rekaman-rapat.bin"
    if path.exists() and path.stat().st_size == mib * MIB:
        return path
    chunk = random.Random(11).randbytes(MIB)
    with path.open("wb") as fh:
        for k in range(mib):
            fh.write(chunk[:-8] + k.to_bytes(8, "big"))
    return path


# --------------------------------------------------------------------------- province scale
def _schema_key() -> list[str]:
    """The store's migrations: a cached workspace from an older schema is rebuilt, so no
    measurement ever includes a migration."""
    from spbe_desktop.store import migrations

    return sorted(name for name in vars(migrations) if re.fullmatch(r"m\d{4}_\w+", name))


def ensure_province(
    folder: Path,
    *,
    opds: int = 40,
    docs_per_indicator: int = 6,
    log: Callable[[str], None] | None = None,
) -> tuple[Path, dict[str, int]]:
    """A coordinator workspace holding ``opds`` OPDs x every indicator x ``docs_per_indicator``
    documents, built with the store API in one transaction per OPD (no parser child processes).

    Returns the workspace and its counts.
    """
    from spbe_desktop.services.workspace import init_workspace
    from spbe_desktop.store.workspace_store import WorkspaceStore

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "provinsi.spbe"
    meta_path = folder / "provinsi.json"
    key = {
        "version": PROVINCE_VERSION,
        "opds": opds,
        "docs": docs_per_indicator,
        "schema": _schema_key(),
    }
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("key") == key:
            return path, meta["counts"]
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    init_workspace(
        path,
        role="coordinator",
        instansi="Pemerintah Provinsi Maluku Utara",
        officer="Koordinator SPBE",
        framework="spbe-2020",  # the measured sizes are SPBE 2020's: 47 indicators per OPD
        period="2026",
    )
    rng = random.Random(40)
    cancel = CancelToken()
    documents = 0
    blob_bytes = 0
    with WorkspaceStore.open(path) as store:
        indicators = [i.id for i in store.pack().indicators]
        # A pool of real PDFs, one per indicator x slot; each OPD's copy differs by a comment
        # appended after %%EOF (still a valid PDF), so every document is its own blob.
        pool: list[tuple[str, str, str, str, bytes]] = []
        scratch = folder / "pool.pdf"
        for slot in range(len(indicators) * docs_per_indicator):
            doc_kind, title = CATALOGUE[slot % len(CATALOGUE)]
            lines = _document_lines(rng, doc_kind, title, slot)
            make_pdf(scratch, ["\n".join(lines)], title=title)
            number = official_number(doc_kind, str(10 + slot), 2021 + slot % 5)
            pool.append((doc_kind, title, number, "\n".join(lines), scratch.read_bytes() + b"\n"))
        scratch.unlink()
        names = list(OPD_NAMES) + [f"Unit Pelaksana Teknis Daerah {k}" for k in range(opds)]
        actor = "Koordinator SPBE"
        for o in range(opds):
            opd = store.upsert_opd(actor, names[o], contact=f"opd{o}@malutprov.go.id")
            with store.transaction():
                for ind in indicators:
                    store.set_answer(
                        ind,
                        actor,
                        opd_id=opd.id,
                        level=rng.randint(1, 5),
                        justification=JUSTIFICATIONS[rng.randrange(len(JUSTIFICATIONS))],
                        status=rng.choice(("draft", "ready", "ready", "ready")),
                    )
                for i, ind in enumerate(indicators):
                    for k in range(docs_per_indicator):
                        doc_kind, title, number, text, pdf = pool[i * docs_per_indicator + k]
                        data = pdf + f"% {names[o]} {ind} {k}\n".encode()
                        info = DocumentInfo("application/pdf", 1, text=f"{text}\n{names[o]}")
                        stored = run(
                            store.write_blob(io.BytesIO(data), len(data), info, cancel, label=title)
                        )
                        doc_id = store.add_document(
                            actor,
                            opd_id=opd.id,
                            sha256=stored.sha256,
                            file_name=f"{title} {k + 1}.pdf",
                            title=title,
                            kind=doc_kind,
                            number=number,
                            issued=f"{2021 + k % 5}-0{1 + k % 9}-1{k % 9}",
                            issuer=ISSUERS[k % len(ISSUERS)][1],
                        )
                        store.link(doc_id, ind, rng.randint(1, 5), actor)
                        documents += 1
                        blob_bytes += len(data)
        # The coordinator's own consolidated answers.
        with store.transaction():
            for ind in indicators:
                store.set_answer(
                    ind,
                    actor,
                    opd_id=SELF_OPD,
                    level=rng.randint(1, 5),
                    justification="Hasil konsolidasi penilaian perangkat daerah.",
                    status="ready",
                )
    counts = {
        "opds": opds,
        "indicators": len(indicators),
        "documents": documents,
        "blob_bytes": blob_bytes,
        "file_bytes": path.stat().st_size,
    }
    meta_path.write_text(json.dumps({"key": key, "counts": counts}), encoding="utf-8")
    if log:
        log(
            f"built province workspace: {documents} documents, {opds} OPDs in "
            f"{time.perf_counter() - start:.1f} s"
        )
    return path, counts
