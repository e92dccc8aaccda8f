"""Shared machinery of the fault drills: workspaces, hostile bundles, child processes, FAULTS.md.

This file is also the child-process entry point of the drills (run as a script, not imported by
pytest in the child, so the child loads nothing but the product and the standard library)::

    python tests/faults/drills.py import WORKSPACE BUNDLE     # limited import, JSON on stdout
    python tests/faults/drills.py op attach|import|export ... # kill-drill operation: GO ... DONE
    python tests/faults/drills.py render RESULTS.json FAULTS.md

Nothing here is pytest-specific; the fixtures live in ``conftest.py``.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import time
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TOP = "spbe-bundle"

#: Address-space cap of the child that imports a hostile bundle (bytes) and its CPU budget.
CHILD_MEMORY_BYTES = 1536 * 1024 * 1024
CHILD_CPU_SECONDS = 60
#: What a hostile import may cost at most, as checked by the corpus drills.
MAX_IMPORT_SECONDS = 10.0
MAX_IMPORT_RSS_MB = 150
#: Wall-clock limit of any drill child before the parent kills it.
CHILD_TIMEOUT_S = 120.0


# ================================================================================= randomness
SEED_ENV = "SPBE_DRILLS_SEED"
_SESSION_SEED: list[int] = []


def session_seed() -> int:
    """The seed of every random choice of the drills: ``SPBE_DRILLS_SEED``, else a fresh one."""
    value = os.environ.get(SEED_ENV, "")
    if value.isdigit():
        return int(value)
    if not _SESSION_SEED:
        import random

        _SESSION_SEED.append(random.SystemRandom().randrange(1, 2**31))
    return _SESSION_SEED[0]


# ================================================================================= environment
def child_env(base: Path, **extra: str) -> dict[str, str]:
    """A clean environment: every writable place (HOME, TMPDIR, SPBE_*_DIR) is in ``base``."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "HOME": str(base / "home"),
        "TMPDIR": str(base / "tmp"),
        "SPBE_LANG": "en",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
    }
    if os.environ.get("PYTHONPATH"):  # a checkout other than the installed one under test
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    for name in ("CONFIG", "DATA", "CACHE", "LOG"):
        env[f"SPBE_{name}_DIR"] = str(base / "user" / name.lower())
    for sub in ("home", "tmp", "cwd"):
        (base / sub).mkdir(parents=True, exist_ok=True)
    env.update(extra)
    return env


def spbe_command() -> list[str]:
    """The installed ``spbe`` console script of this interpreter's environment."""
    exe = Path(sys.executable).parent / "spbe"
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "spbe_desktop.cli"]


def tree_listing(
    folder: Path, *, ignore: Callable[[Path], bool] = lambda p: False
) -> dict[str, int]:
    """relative path -> size of every file and folder under ``folder`` (folders: -1)."""
    out: dict[str, int] = {}
    if not folder.exists():
        return out
    for path in sorted(folder.rglob("*")):
        if ignore(path):
            continue
        rel = str(path.relative_to(folder))
        out[rel] = -1 if path.is_dir() else path.stat().st_size
    return out


def flat_listing(folder: Path, *, exclude: Iterable[Path] = ()) -> set[str]:
    """Names directly inside ``folder`` (not recursive), minus ``exclude``."""
    skip = {p.name for p in exclude}
    return {p.name for p in folder.iterdir() if p.name not in skip}


def is_sqlite_side_file(path: Path) -> bool:
    return path.name.endswith(("-wal", "-shm", "-journal"))


# ================================================================================= workspaces
def copy_workspace(src: Path, dst: Path) -> Path:
    """Copy a closed workspace file (its WAL checkpointed into the main file first)."""
    wal = Path(f"{src}-wal")
    if wal.exists():
        conn = sqlite3.connect(str(src))
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    return dst


def _connect(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise FileNotFoundError(path)
    return sqlite3.connect(str(path))


def content_fingerprint(path: Path) -> dict[str, str]:
    """The logical content of a workspace: SHA-256 of every table's rows (schema included).

    Two workspaces with the same fingerprint hold byte-for-byte the same rows in every table,
    whatever the state of their WAL files (this is a streamed ``iterdump`` equivalent that also
    says *which* table differs).
    """
    conn = _connect(path)
    try:
        out: dict[str, str] = {}
        schema = hashlib.sha256()
        tables = []
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ):
            schema.update(repr((kind, name, sql)).encode())
            if kind == "table" and sql and not sql.upper().startswith("CREATE VIRTUAL"):
                tables.append(name)
        out["<schema>"] = schema.hexdigest()
        for name in tables:
            digest = hashlib.sha256()
            cur = conn.execute(f'SELECT * FROM "{name}" ORDER BY {_order_of(conn, name)}')
            for row in cur:
                digest.update(repr(row).encode())
            out[name] = digest.hexdigest()
        return out
    finally:
        conn.close()


def _order_of(conn: sqlite3.Connection, table: str) -> str:
    """``rowid``, or the primary-key columns of a WITHOUT ROWID table."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    if "WITHOUT ROWID" not in sql.upper():
        return "rowid"
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    keys = sorted((r[5], r[1]) for r in info if r[5])
    return ", ".join(f'"{name}"' for _, name in keys)


def semantic_state(path: Path) -> dict[str, Any]:
    """What a user would call the workspace's content, without ids, timestamps or hashes.

    Used by the kill drills: after a kill the workspace must be in exactly the state before the
    operation or exactly the state after it, never in between.
    """
    conn = _connect(path)
    try:
        q = conn.execute

        def rows(sql: str) -> list[tuple[Any, ...]]:
            return sorted(tuple(r) for r in q(sql).fetchall())

        return {
            "answers": rows(
                "SELECT opd_id, indicator_id, level, justification, status, verdict FROM answers"
            ),
            "documents": rows(
                "SELECT opd_id, sha256, file_name, title, kind, number, issued, valid_until, "
                "issuer FROM documents"
            ),
            "links": rows(
                "SELECT d.sha256, l.indicator_id, l.level FROM links l "
                "JOIN documents d ON d.id = l.document_id"
            ),
            "blobs": rows("SELECT sha256, size, mime FROM blobs"),
            # Chunks of both tables: blob_data (since m0010) and blob_chunks (older blobs).
            "chunks": tuple(
                q(
                    "SELECT count(*), coalesce(sum(length(data)), 0) FROM (SELECT data FROM "
                    "blob_data UNION ALL SELECT data FROM blob_chunks)"
                ).fetchone()
            ),
            "orphan_chunks": q(
                "SELECT count(*) FROM (SELECT blob_id FROM blob_data UNION ALL SELECT blob_id "
                "FROM blob_chunks) WHERE blob_id NOT IN (SELECT id FROM blobs)"
            ).fetchone()[0],
            "pending_blobs": q(
                "SELECT count(*) FROM blobs WHERE sha256 LIKE 'pending:%'"
            ).fetchone()[0],
            "fts_rows": q("SELECT count(*) FROM documents_fts").fetchone()[0],
            "ledger": rows(
                "SELECT bundle_uuid, opd_id, sequence, kind, documents, bytes FROM ledger"
            ),
            "parts": rows("SELECT bundle_uuid, part, count FROM parts"),
            "opds": rows("SELECT name, key_id, revoked_at IS NULL FROM opds"),
            "settings": rows("SELECT key, value FROM settings"),
            "receipts": rows("SELECT receipt_uuid, sequence FROM receipts"),
            "audit_actions": [r[0] for r in q("SELECT action FROM audit ORDER BY seq")],
        }
    finally:
        conn.close()


def state_diff(a: Mapping[str, Any], b: Mapping[str, Any]) -> list[str]:
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


def check_workspace(path: Path) -> Any:
    """Open with the product and run its full check (integrity, audit chain, blobs re-hashed)."""
    from spbe_desktop.core.progress import run
    from spbe_desktop.store.workspace_store import WorkspaceStore

    with WorkspaceStore.open(path) as store:
        return run(store.check())


# ================================================================================= ZIP surgery
@dataclass
class Member:
    """One ZIP entry as read back, with what is needed to write it again."""

    name: str
    data: bytes
    compress_type: int = zipfile.ZIP_DEFLATED
    external_attr: int = 0o100644 << 16
    flag_bits: int = 0


def read_members(path: Path) -> list[Member]:
    with zipfile.ZipFile(path) as zf:
        return [
            Member(i.filename, zf.read(i), i.compress_type, i.external_attr) for i in zf.infolist()
        ]


def write_members(path: Path, members: Iterable[Member]) -> Path:
    """Write entries exactly as given (no name clean-up, duplicates allowed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w") as zf:
            for m in members:
                info = zipfile.ZipInfo(m.name, (2026, 1, 2, 3, 4, 6))
                info.compress_type = m.compress_type
                info.external_attr = m.external_attr
                zf.writestr(info, m.data)
    return path


def members_dict(members: list[Member]) -> dict[str, Member]:
    return {m.name: m for m in members}


def flip_byte(data: bytes, index: int) -> bytes:
    """``data`` with one byte changed (xor 0x01, so a text stays text)."""
    i = index % len(data)
    return data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def rehash_tags(members: list[Member], top: str = TOP) -> None:
    """Recompute manifest and tag manifest after tampering, keeping the old signature."""
    by = members_dict(members)
    prefix = f"{top}/data/"
    lines = sorted(
        f"{sha(m.data)}  data/{m.name[len(prefix) :]}\n"
        for m in members
        if m.name.startswith(prefix) and not m.name.endswith("/")
    )
    by[f"{top}/manifest-sha256.txt"].data = "".join(lines).encode()
    tags = "".join(
        f"{sha(by[f'{top}/{n}'].data)}  {n}\n"
        for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
    )
    by[f"{top}/tagmanifest-sha256.txt"].data = tags.encode()


def payload_documents(members: list[Member], top: str = TOP) -> list[Member]:
    return [m for m in members if m.name.startswith(f"{top}/data/documents/")]


def central_records(data: bytes) -> Iterator[tuple[int, str]]:
    """(offset, name) of every central-directory record of a ZIP held in memory."""
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        yield pos, data[pos + 46 : pos + 46 + name_len].decode("utf-8", "replace")
        pos = data.find(b"PK\x01\x02", pos + 46 + name_len)


def patch_member_size(path: Path, name: str, size: int) -> None:
    """Make ``name`` declare ``size`` uncompressed bytes, in its local and central headers."""
    data = bytearray(path.read_bytes())
    for rec, rec_name in central_records(bytes(data)):
        if rec_name == name:
            local = struct.unpack_from("<L", data, rec + 42)[0]
            struct.pack_into("<L", data, rec + 24, size)
            struct.pack_into("<L", data, local + 22, size)
            path.write_bytes(bytes(data))
            return
    raise AssertionError(f"{name} not in {path}")


def point_member_at(path: Path, name: str, other: str) -> None:
    """Make the central record of ``name`` point at the local header of ``other`` (overlap)."""
    data = bytearray(path.read_bytes())
    offsets = {
        n: struct.unpack_from("<L", data, rec + 42)[0] for rec, n in central_records(bytes(data))
    }
    for rec, rec_name in central_records(bytes(data)):
        if rec_name == name:
            struct.pack_into("<L", data, rec + 42, offsets[other])
            path.write_bytes(bytes(data))
            return
    raise AssertionError(f"{name} not in {path}")


def many_entries_zip(path: Path, count: int, top: str = TOP) -> Path:
    """A ZIP with ``count`` empty stored entries, built with struct (zipfile is too slow).

    Past 65 535 entries the end record's 16-bit count wraps, as in real oversized ZIPs without
    ZIP64 records; the entries themselves are all there.
    """
    local = bytearray()
    central = bytearray()
    flags, method, stamp, attrs = 0x800, 0, 0x21, 0o100644 << 16  # UTF-8 names, stored
    for i in range(count):
        name = f"{top}/data/n/{i:06d}".encode()
        offset = len(local)
        head = (b"PK\x03\x04", 20, flags, method, 0, stamp, 0, 0, 0, len(name), 0)
        local += struct.pack("<4s5H3L2H", *head) + name
        record = (b"PK\x01\x02", 20, 20, flags, method, 0, stamp, 0, 0, 0, len(name), 0, 0, 0, 0)
        central += struct.pack("<4s6H3L5H2L", *record, attrs, offset) + name
    entries = count & 0xFFFF
    end = (b"PK\x05\x06", 0, 0, entries, entries, len(central), len(local), 0)
    path.write_bytes(bytes(local) + bytes(central) + struct.pack("<4s4H2LH", *end))
    return path


# ================================================================================= re-signing
def split_bag(path: Path, top: str = TOP) -> tuple[dict[str, bytes], dict[str, str], str]:
    """(payload rel path -> bytes, bag-info fields minus the reserved ones, trusted comment)."""
    from spbe_desktop.bundles.bag import RESERVED_INFO, parse_bag_info

    by = members_dict(read_members(path))
    payload = {
        m.name[len(f"{top}/data/") :]: m.data
        for m in by.values()
        if m.name.startswith(f"{top}/data/") and not m.name.endswith("/")
    }
    info = parse_bag_info(by[f"{top}/bag-info.txt"].data)
    info = {k: v for k, v in info.items() if k not in RESERVED_INFO}
    sig_lines = by[f"{top}/tagmanifest-sha256.txt.minisig"].data.decode().splitlines()
    trusted = sig_lines[2].removeprefix("trusted comment: ")
    return payload, info, trusted


def resign(
    src: Path,
    out: Path,
    secret: Any,
    *,
    payload_changes: Mapping[str, bytes | None] | None = None,
    info_changes: Mapping[str, str] | None = None,
) -> Path:
    """Write a *validly signed* bag with ``secret``: the bag of ``src`` with some changes.

    This is what a hostile or buggy sender holding a trusted key can produce; the importer must
    judge its content, not only its signature.
    """
    from spbe_desktop.bundles.bag import BagEntry, write_bag_zip
    from spbe_desktop.core.progress import CancelToken, run

    payload, info, trusted = split_bag(src)
    for rel, data in (payload_changes or {}).items():
        if data is None:
            payload.pop(rel, None)
        else:
            payload[rel] = data
    info.update(info_changes or {})
    entries = [
        BagEntry(
            path=rel,
            size=len(data),
            sha256=None,
            open=lambda data=data: io.BytesIO(data),
            compress=True,
        )
        for rel, data in payload.items()
    ]
    run(write_bag_zip(out, entries, info, secret, trusted, cancel=CancelToken()))
    return out


def foreign_signature(
    tagmanifest: bytes, secret: Any, trusted: str, *, spoof_key_id: bytes | None = None
) -> bytes:
    """A minisign signature of ``tagmanifest`` by ``secret``, maybe claiming another key id."""
    from spbe_desktop.bundles.minisign import sign_file

    text = sign_file(tagmanifest, secret, trusted, "signed by someone else")
    if spoof_key_id is None:
        return text.encode()
    lines = text.splitlines()
    raw = base64.b64decode(lines[1])
    lines[1] = base64.b64encode(raw[:2] + spoof_key_id + raw[10:]).decode()
    return ("\n".join(lines) + "\n").encode()


# ================================================================================= corpus
@dataclass(frozen=True)
class Case:
    """One hostile bundle: how to build it and the exact refusal expected."""

    id: str
    checks: str
    build: Callable[[Any, Path], Path]
    status: str = "refused"
    code: str = ""
    prepare: Callable[[Path, Any], None] | None = None
    cli: bool = False

    def __repr__(self) -> str:  # shown by pytest in failures
        return f"Case({self.id})"


# ================================================================================= the world
@dataclass
class World:
    """Workspaces and bundles shared by the hostile-bundle drills (read-only for the tests)."""

    root: Path
    opd: Path
    coordinator: Path
    card: Path
    b1: Path  # sequence 1, never imported by the coordinator (an old copy)
    b2: Path  # sequence 2, accepted by the coordinator
    b3: Path  # sequence 3, the valid next bundle every hostile case is derived from
    fork_bundle: Path  # sequence 2 again, from a restored backup of the OPD (other uuid)
    stranger_bundle: Path  # a genuine bundle of an OPD the coordinator never trusted
    opd_secret: Any
    stranger_secret: Any
    opd_key_id: bytes
    unit: str


OPD_UNIT = "Dinas Kominfo"


def make_opd(path: Path, unit: str = OPD_UNIT) -> Path:
    """An OPD workspace on SPBE 2020 (the drills claim levels of I01, I02...)."""
    from spbe_desktop.services.workspace import init_workspace

    init_workspace(
        path,
        role="opd",
        instansi="Pemerintah Provinsi Maluku Utara",
        unit=unit,
        officer="Rina",
        framework="spbe-2020",
    )
    return path


def make_coordinator(path: Path) -> Path:
    from spbe_desktop.services.workspace import init_workspace

    init_workspace(
        path,
        role="coordinator",
        instansi="Pemerintah Provinsi Maluku Utara",
        unit="Diskominfo",
        officer="Budi",
        framework="spbe-2020",
    )
    return path


def assess(path: Path, indicator: str, **kwargs: Any) -> None:
    from spbe_desktop.services.workspace import assess as _assess

    _assess(path, indicator, **kwargs)


def attach(path: Path, indicator: str, *files: Path) -> list[Any]:
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.attach import AttachRequest, attach_files

    return run(attach_files(path, indicator, [AttachRequest(f) for f in files]))


def export(path: Path, out: Path, **kwargs: Any) -> Any:
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.exchange import export_bundle

    return run(export_bundle(path, out, **kwargs))


def import_ok(workspace: Path, bundle: Path) -> Any:
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.exchange import import_bundles

    [outcome] = run(import_bundles(workspace, [bundle]))
    assert outcome.status == "accepted", outcome
    return outcome


def secret_of(workspace: Path) -> Any:
    from spbe_desktop.services.exchange import load_identity

    return load_identity(workspace)


def small_documents(folder: Path) -> list[Path]:
    from tests.support.generate import make_docx, make_pdf, make_png

    folder.mkdir(parents=True, exist_ok=True)
    return [
        make_pdf(
            folder / "SK Tim SPBE.pdf",
            ["KEPUTUSAN KEPALA DINAS KOMINFO\nNomor 800/12/2026\ntentang Tim SPBE"],
            title="SK Tim SPBE",
        ),
        make_docx(
            folder / "Laporan Arsitektur.docx",
            ["LAPORAN ARSITEKTUR SPBE", "Tahun 2026"],
            title="Laporan Arsitektur",
        ),
        make_png(folder / "Tangkapan Layanan.png", 64, 48),
    ]


def build_world(root: Path) -> World:
    """Build the :class:`World` under ``root`` with the product's own services."""
    from spbe_desktop.services.exchange import trust_card, write_identity_card
    from spbe_desktop.services.maintenance import backup_workspace
    from tests.support.generate import make_pdf

    docs = small_documents(root / "docs")
    opd = make_opd(root / "opd.spbe")
    assess(opd, "I01", level=3, note="Tim SPBE ditetapkan dengan SK.", status="ready")
    assess(opd, "I02", level=2, note="Arsitektur sedang disusun.")
    attach(opd, "I01", docs[0], docs[2])
    attach(opd, "I02", docs[1])
    b1 = root / "bundles" / "b1.zip"
    b1.parent.mkdir()
    export(opd, b1)
    fork = backup_workspace(opd, root / "opd-restored.spbe")
    assess(opd, "I03", level=4, note="Kebijakan internal lengkap.")
    attach(opd, "I03", make_pdf(root / "docs" / "Perbup SPBE.pdf", ["PERATURAN BUPATI\nSPBE"]))
    b2 = root / "bundles" / "b2.zip"
    export(opd, b2)
    assess(opd, "I01", level=4)
    b3 = root / "bundles" / "b3.zip"
    export(opd, b3)
    fork_bundle = root / "bundles" / "restored-seq2.zip"
    export(fork, fork_bundle)

    stranger = make_opd(root / "stranger.spbe", unit="Dinas Lain")
    assess(stranger, "I01", level=5)
    attach(stranger, "I01", docs[0])
    stranger_bundle = root / "bundles" / "stranger.zip"
    export(stranger, stranger_bundle)

    card = root / "opd.card"
    write_identity_card(opd, card)
    coordinator = make_coordinator(root / "koordinator.spbe")
    trust_card(coordinator, card)
    import_ok(coordinator, b2)
    opd_secret = secret_of(opd)
    return World(
        root=root,
        opd=opd,
        coordinator=coordinator,
        card=card,
        b1=b1,
        b2=b2,
        b3=b3,
        fork_bundle=fork_bundle,
        stranger_bundle=stranger_bundle,
        opd_secret=opd_secret,
        stranger_secret=secret_of(stranger),
        opd_key_id=opd_secret.public.key_id,
        unit=OPD_UNIT,
    )


@dataclass
class KillWorld:
    """Baselines of the kill drills: every drill copies them, never changes them."""

    opd: Path  # answers, two small documents, one export done (attach drill baseline)
    opd_big: Path  # the same plus a 50 MB document (export drill baseline)
    coordinator: Path  # trusts the OPD, holds its first bundle (import drill baseline)
    big_document: Path  # a 60 MB PDF to attach
    big_bundle: Path  # the OPD's second bundle, ~50 MB, for the import drill


def build_kill_world(root: Path) -> KillWorld:
    from spbe_desktop.services.exchange import trust_card, write_identity_card
    from tests.support.generate import make_pdf

    docs = small_documents(root / "docs")
    opd = make_opd(root / "opd.spbe")
    assess(opd, "I01", level=3, note="Tim SPBE ditetapkan.", status="ready")
    assess(opd, "I02", level=2, note="Draf arsitektur.")
    attach(opd, "I01", docs[0])
    attach(opd, "I02", docs[1])
    first = export(opd, root / "first.zip")
    assert first.sequence == 1
    big_document = make_pdf(
        root / "Laporan Tahunan 2026.pdf",
        ["LAPORAN TAHUNAN 2026\nDinas Kominfo"],
        pad_to_bytes=60 * 1024**2,
    )
    opd_big = copy_workspace(opd, root / "opd-big.spbe")
    attach(
        opd_big,
        "I03",
        make_pdf(root / "Renstra 2026.pdf", ["RENCANA STRATEGIS 2026"], pad_to_bytes=50 * 1024**2),
    )
    big_bundle = root / "big.zip"
    export(opd_big, big_bundle)
    card = root / "opd.card"
    write_identity_card(opd, card)
    coordinator = make_coordinator(root / "koordinator.spbe")
    trust_card(coordinator, card)
    import_ok(coordinator, root / "first.zip")
    return KillWorld(opd, opd_big, coordinator, big_document, big_bundle)


# ================================================================================= children
def run_import_child(workspace: Path, bundle: Path, base: Path) -> dict[str, Any]:
    """Import ``bundle`` in a child process under memory and CPU limits; its JSON report.

    The child's HOME, TMPDIR, working directory and per-user folders are all under ``base``.
    """
    env = child_env(base)
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "import", str(workspace), str(bundle)],
        cwd=base / "cwd",
        env=env,
        capture_output=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    wall = time.monotonic() - started
    if proc.returncode != 0:
        raise AssertionError(
            f"import child failed with {proc.returncode}:\n{proc.stderr.decode(errors='replace')}"
        )
    report: dict[str, Any] = json.loads(proc.stdout)
    report["wall"] = wall
    report["stderr"] = proc.stderr.decode(errors="replace")
    return report


def _limit_self(memory: int, cpu: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))


def peak_rss_mb() -> float:
    """This process's own peak resident memory (VmHWM; ru_maxrss also counts the parent's
    memory inherited through fork before exec, so it is used only where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child_import(argv: list[str]) -> int:
    _limit_self(CHILD_MEMORY_BYTES, CHILD_CPU_SECONDS)
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.exchange import import_bundles

    workspace, bundles = Path(argv[0]), [Path(p) for p in argv[1:]]
    started = time.monotonic()
    outcomes = run(import_bundles(workspace, bundles))
    elapsed = time.monotonic() - started
    report = {
        "outcomes": [
            {"status": o.status, "code": o.code, "params": {k: str(v) for k, v in o.params.items()}}
            for o in outcomes
        ],
        "elapsed": elapsed,
        "maxrss_mb": peak_rss_mb(),
    }
    sys.stdout.write(json.dumps(report))
    return 0


# --- kill drills --------------------------------------------------------------------------
@contextlib.contextmanager
def _commit_hook(kill_before: int, kill_after: int) -> Iterator[list[int]]:
    """Count outer write transactions; SIGKILL this process just before/after commit N."""
    import spbe_desktop.store.workspace_store as ws

    original = ws.write_transaction
    commits = [0]

    @contextlib.contextmanager
    def counted(db: Any, name: str) -> Iterator[Any]:
        outer = not db.conn.in_transaction
        with original(db, name) as handle:
            yield handle
            if outer and commits[0] + 1 == kill_before:
                os.kill(os.getpid(), signal.SIGKILL)
        if outer:
            commits[0] += 1
            if commits[0] == kill_after:
                os.kill(os.getpid(), signal.SIGKILL)

    ws.write_transaction = counted  # type: ignore[assignment]
    try:
        yield commits
    finally:
        ws.write_transaction = original  # type: ignore[assignment]


def _child_op(argv: list[str]) -> int:
    """``op KIND [--kill-before-commit N] [--kill-after-commit N] ARGS``: GO, the op, DONE."""
    kind, rest = argv[0], argv[1:]
    before = after = 0
    while rest and rest[0].startswith("--kill-"):
        flag, value = rest[0], int(rest[1])
        rest = rest[2:]
        if flag == "--kill-before-commit":
            before = value
        else:
            after = value
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.attach import AttachRequest, attach_files
    from spbe_desktop.services.exchange import export_bundle, import_bundles

    sys.stdout.write("GO\n")
    sys.stdout.flush()
    with _commit_hook(before, after) as commits:
        if kind == "attach":
            workspace, indicator, file = Path(rest[0]), rest[1], Path(rest[2])
            run(attach_files(workspace, indicator, [AttachRequest(file)]))
        elif kind == "import":
            outcomes = run(import_bundles(Path(rest[0]), [Path(rest[1])]))
            if outcomes[0].status != "accepted":
                raise AssertionError(outcomes[0])
        elif kind == "export":
            run(export_bundle(Path(rest[0]), Path(rest[1])))
        else:
            raise SystemExit(f"unknown op {kind}")
    sys.stdout.write(f"DONE commits={commits[0]}\n")
    sys.stdout.flush()
    return 0


@dataclass
class KillRun:
    """What happened to one killed child."""

    delay: float | None
    completed: bool  # the child printed DONE before it died
    returncode: int
    output: str
    commits: int | None = None
    after_go: float = 0.0  # seconds from GO to the child's end


def op_command(kind: str, *args: str, kill_before: int = 0, kill_after: int = 0) -> list[str]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "op", kind]
    if kill_before:
        cmd += ["--kill-before-commit", str(kill_before)]
    if kill_after:
        cmd += ["--kill-after-commit", str(kill_after)]
    return [*cmd, *args]


def run_and_kill(cmd: list[str], base: Path, delay: float | None) -> KillRun:
    """Start ``cmd``; ``delay`` seconds after it says GO, SIGKILL its whole process group.

    With ``delay=None`` the child runs to its end (or kills itself at a commit boundary).
    """
    env = child_env(base)
    proc = subprocess.Popen(
        cmd,
        cwd=base / "cwd",
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().decode()
        if first.strip() != "GO":
            proc.wait(timeout=CHILD_TIMEOUT_S)
            raise AssertionError(f"child did not start: {first!r} {proc.stderr.read().decode()}")  # type: ignore[union-attr]
        go = time.monotonic()
        if delay is not None:
            time.sleep(delay)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
        after_go = time.monotonic() - go
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise
    finally:
        # The document worker is in the same group: make sure nothing outlives the drill.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    text = out.decode(errors="replace")
    commits = None
    for line in text.splitlines():
        if line.startswith("DONE commits="):
            commits = int(line.split("=", 1)[1])
    return KillRun(
        delay,
        "DONE" in text,
        proc.returncode,
        text + err.decode(errors="replace"),
        commits,
        after_go,
    )


def stratified_delays(rng: Any, count: int, window: float) -> list[float]:
    """``count`` random delays, one in each equal slice of ``[0, window)``, in random order."""
    delays = [window * (i + rng.random()) / count for i in range(count)]
    rng.shuffle(delays)
    return delays


# ================================================================================= FAULTS.md
_DATA_START = "<!-- drills-data"
_DATA_END = "drills-data -->"

GROUP_TITLES = {
    "test_faults_hostile_bundles.py": "Hostile bundles (import into a coordinator workspace)",
    "test_faults_fuzz.py": "Property-based fuzzing (hypothesis)",
    "test_faults_kill.py": "Kill drills (SIGKILL of a child process)",
    "test_faults_disk_full.py": "Disk-full drills (8 MiB tmpfs)",
    "test_faults_lost_lock.py": "Two programs on one workspace (lost POSIX locks)",
    "test_faults_leftovers.py": "What killed exports and imports leave behind",
    "test_faults_hostile_text.py": "Hostile text in documents (control characters in reports)",
}


def _load_previous(out: Path) -> dict[str, Any]:
    if not out.exists():
        return {"drills": {}, "runs": {}}
    text = out.read_text(encoding="utf-8")
    start = text.find(_DATA_START)
    end = text.find(_DATA_END)
    if start < 0 or end < 0:
        return {"drills": {}, "runs": {}}
    try:
        data: dict[str, Any] = json.loads(text[start + len(_DATA_START) : end])
    except ValueError:
        return {"drills": {}, "runs": {}}
    return data


def merge_results(previous: dict[str, Any], run: dict[str, Any]) -> dict[str, Any]:
    """Fold one pytest run into the history: the last real result of every drill is kept."""
    drills: dict[str, Any] = dict(previous.get("drills", {}))
    universe = set(run.get("collected", []))
    if run.get("complete"):
        drills = {k: v for k, v in drills.items() if k in universe}
    for nodeid, meta in run.get("meta", {}).items():
        entry = dict(drills.get(nodeid, {}))
        entry.update(meta)
        drills[nodeid] = entry
    for nodeid, rec in run.get("results", {}).items():
        entry = dict(drills.get(nodeid, {}))
        if rec["outcome"] == "skipped" and rec.get("gate") and entry.get("outcome"):
            continue  # the slow gate: keep the last real result
        entry.update(rec)
        entry["date"] = run["finished"]
        drills[nodeid] = entry
    runs = dict(previous.get("runs", {}))
    runs[run["variant"]] = {
        k: run[k]
        for k in ("finished", "wall_s", "counts", "exitstatus", "markexpr", "seed")
        if k in run
    }
    return {"drills": drills, "runs": runs}


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def render_faults_md(data: dict[str, Any]) -> str:
    lines = [
        "# FAULTS — fault drills of spbe-desktop",
        "",
        "> A killed process, a full disk, a dying battery or a hostile file must never cost "
        "committed work or corrupt a workspace. Tests prove it by really killing processes.",
        "",
        "This file is generated by `scripts/drills` from the last pytest run of `tests/faults/`; "
        "do not edit it by hand (the data block at the end is what the next run merges into).",
        "",
        "## How to rerun",
        "",
        "```bash",
        "bash scripts/drills          # default variant (fast; also part of the normal test run)",
        "bash scripts/drills --slow   # slow variant: 20 kills per operation, more fuzz examples",
        "SPBE_DRILLS_SEED=1234 bash scripts/drills   # replay the random kill points of a run",
        "```",
        "",
        "Extra arguments go to pytest (e.g. `bash scripts/drills -k kill`). The disk-full drills "
        "need root (they mount an 8 MiB tmpfs) and are skipped, with that reason, otherwise.",
        "",
        "## Last runs",
        "",
        "| variant | finished (UTC) | passed | failed | skipped | xfailed | wall time | seed |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for variant in ("default", "slow"):
        r = data["runs"].get(variant)
        if r is None:
            lines.append(f"| {variant} | never | | | | | | |")
            continue
        c = r.get("counts", {})
        lines.append(
            f"| {variant} | {r['finished']} | {c.get('passed', 0)} | {c.get('failed', 0)} | "
            f"{c.get('skipped', 0)} | {c.get('xfailed', 0)} | {r.get('wall_s', 0):.0f} s | "
            f"{r.get('seed', '')} |"
        )
    failing = [
        (k, v) for k, v in sorted(data["drills"].items()) if v.get("outcome") in ("failed", "error")
    ]
    lines += ["", "## Open failures", ""]
    if not failing:
        lines.append("None: every drill passed on its last run.")
    for nodeid, v in failing:
        lines.append(f"- `{nodeid}` ({v.get('date', '')}): {_cell(v.get('message', ''))}")
    lines += ["", "## Observations from the kill drills", ""]
    lines += _observations(data["drills"])
    groups: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for nodeid, v in sorted(data["drills"].items()):
        groups.setdefault(nodeid.split("::")[0].rsplit("/", 1)[-1], []).append((nodeid, v))
    order = list(GROUP_TITLES)
    for module in sorted(groups, key=lambda m: order.index(m) if m in order else len(order)):
        lines += ["", f"## {GROUP_TITLES.get(module, module)}", ""]
        lines += [
            "| drill | variant | what it checks | last result | details | date (UTC) |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for nodeid, v in groups[module]:
            name = nodeid.split("::", 1)[1]
            outcome = v.get("outcome", "not run yet")
            if outcome == "skipped" and v.get("message"):
                outcome = f"skipped ({v['message']})"
            details = "; ".join(f"{k}={val}" for k, val in v.get("properties", {}).items())
            lines.append(
                f"| `{_cell(name)}` | {v.get('variant', '')} | {_cell(v.get('checks', ''))} | "
                f"{_cell(outcome)} | {_cell(details)} | {v.get('date', '')} |"
            )
    lines += ["", _DATA_START, json.dumps(data, indent=1, sort_keys=True), _DATA_END, ""]
    return "\n".join(lines)


_NOTES = {
    "temp_leftovers": "hidden temporary files (`.NAME.….part`) left beside --out by killed "
    "exports; never a partial file at --out itself",
    "temp_leftovers_after_next_export": "of those temporary files, still there after the "
    "next export to the same --out (they accumulate, each up to the bundle's size)",
    "complete_bundle_not_recorded": "kills that left a complete, valid bundle at --out which "
    "the workspace had not recorded (export sequence not advanced, no audit entry)",
    "next_export_reuses_sequence": "times the next export then reused that orphan bundle's "
    "sequence number with a new bundle UUID",
    "recorded_bundle_only_under_temporary_name": "kills after the export was recorded but "
    "before its bundle was renamed to --out (the complete bundle is left under its hidden "
    "temporary name until the next export of the same name removes it; that export takes the "
    "next sequence number, leaving a harmless gap)",
}


def _observations(drills: Mapping[str, Any]) -> list[str]:
    """Totals of what the kill drills saw that is allowed but worth knowing, per drill."""
    out = []
    for key, text in _NOTES.items():
        seen = {
            nodeid.split("::", 1)[1]: v["properties"][key]
            for nodeid, v in sorted(drills.items())
            if v.get("properties", {}).get(key)
        }
        if seen:
            where = ", ".join(f"`{name}`: {count}" for name, count in seen.items())
            out.append(f"- {sum(seen.values())} {text} ({where}).")
    return out or ["Nothing beyond the checks themselves."]


def _render(argv: list[str]) -> int:
    results, out = Path(argv[0]), Path(argv[1])
    run = json.loads(results.read_text(encoding="utf-8"))
    data = merge_results(_load_previous(out), run)
    out.write_text(render_faults_md(data), encoding="utf-8")
    c = run.get("counts", {})
    sys.stdout.write(
        f"{out}: {run['variant']} variant, {c.get('passed', 0)} passed, {c.get('failed', 0)} "
        f"failed, {c.get('skipped', 0)} skipped in {run.get('wall_s', 0):.0f} s\n"
    )
    return 0


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@dataclass
class Timer:
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started


def main(argv: list[str]) -> int:
    command, rest = argv[0], argv[1:]
    if command == "import":
        return _child_import(rest)
    if command == "op":
        return _child_op(rest)
    if command == "render":
        return _render(rest)
    sys.stderr.write(f"unknown command {command}\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
