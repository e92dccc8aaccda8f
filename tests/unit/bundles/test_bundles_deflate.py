"""Which payload files a bundle deflates: those whose start shrinks, whatever their name or type."""

from __future__ import annotations

import hashlib
import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bagit
import pytest

from spbe_desktop.bundles.bag import BagEntry, read_bag_zip, write_bag_zip
from spbe_desktop.bundles.bag.write import worth_deflating
from spbe_desktop.bundles.keys import PublicIdentity, SecretIdentity
from spbe_desktop.core.progress import CancelToken, run

T = "spbe-bundle/data/"


def _noise(n: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)


def test_sample_decides() -> None:
    assert worth_deflating(b"Rapat koordinasi SPBE\n" * 5000)
    assert not worth_deflating(_noise(200_000))
    assert not worth_deflating(b"")


def _bundle(tmp_path: Path, files: dict[str, bytes], identity: SecretIdentity) -> Path:
    out = tmp_path / "bundle.zip"
    entries = [
        BagEntry(n, len(d), hashlib.sha256(d).hexdigest(), lambda d=d: io.BytesIO(d))  # type: ignore[misc]
        for n, d in files.items()
    ]
    run(
        write_bag_zip(
            out, entries, {"Source-Organization": "Dinas"}, identity, "t", cancel=CancelToken()
        )
    )
    return out


def test_each_file_is_deflated_only_when_it_compresses(
    tmp_path: Path,
    identity: SecretIdentity,
    minisign_cli: Callable[..., Any],
    write_pub: Callable[[PublicIdentity], Path],
) -> None:
    files = {
        # Incompressible bytes under names of every kind, including text-like ones.
        "rekaman.mp4": _noise(300_000, 1),
        "arsip.zip": _noise(200_000, 2),
        "catatan.txt": _noise(150_000, 3),
        # Compressible bytes named like a PDF (a PDF with uncompressed page streams).
        "laporan.pdf": b"%PDF-1.4\n" + b"BT /F1 12 Tf (Rapat koordinasi) Tj ET\n" * 8000,
        "notulen.docx": b"Notulen rapat koordinasi evaluasi SPBE\n" * 3000,
    }
    path = _bundle(tmp_path, files, identity)
    with zipfile.ZipFile(path) as zf:
        method = {name: zf.getinfo(T + name).compress_type for name in files}
        assert all(zf.read(T + name) == data for name, data in files.items())
    assert method == {
        "rekaman.mp4": zipfile.ZIP_STORED,
        "arsip.zip": zipfile.ZIP_STORED,
        "catatan.txt": zipfile.ZIP_STORED,
        "laporan.pdf": zipfile.ZIP_DEFLATED,
        "notulen.docx": zipfile.ZIP_DEFLATED,
    }
    ver = run(
        read_bag_zip(
            path, max_total_bytes=10**9, expected_public=identity.public, cancel=CancelToken()
        )
    )
    assert ver.result.ok, ver.result.findings
    # The unzipped bag is still a valid bag for bagit and its signature for minisign.
    with zipfile.ZipFile(path) as zf:
        zf.extractall(tmp_path / "out")
    bag_dir = tmp_path / "out" / "spbe-bundle"
    bagit.Bag(str(bag_dir)).validate()
    checked = minisign_cli(
        "-Vm",
        str(bag_dir / "tagmanifest-sha256.txt"),
        "-p",
        str(write_pub(identity.public)),
        "-x",
        str(bag_dir / "tagmanifest-sha256.txt.minisig"),
    )
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize("size", [1, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 + 5])
def test_block_edges_round_trip(tmp_path: Path, identity: SecretIdentity, size: int) -> None:
    """Files around the copy block size come out byte for byte, with the hash the manifest
    lists."""
    data = _noise(size, size)
    path = _bundle(tmp_path, {"a.bin": data}, identity)
    with zipfile.ZipFile(path) as zf:
        assert zf.read(T + "a.bin") == data


def test_hashes_known_from_writing_are_checked_against_the_manifest(
    tmp_path: Path, identity: SecretIdentity
) -> None:
    files = {"a.bin": _noise(5000, 1), "b.txt": b"Notulen\n" * 100}
    path = _bundle(tmp_path, files, identity)
    known = {n: (hashlib.sha256(d).hexdigest(), len(d)) for n, d in files.items()}

    def check(written: dict[str, tuple[str, int]]) -> set[str]:
        ver = run(
            read_bag_zip(
                path,
                max_total_bytes=10**9,
                expected_public=identity.public,
                cancel=CancelToken(),
                written=written,
            )
        )
        assert ver.payload == {**known, **{k: v for k, v in written.items() if k in known}}
        return {f.code for f in ver.result.findings}

    assert check(known) == set()
    wrong = {**known, "a.bin": ("0" * 64, len(files["a.bin"]))}
    assert check(wrong) == {"bundle.hash_mismatch"}


def test_blob_reader_reads_whole_chunks_in_large_blocks(opd_workspace: Path) -> None:
    """Stored documents come out in any block size, byte for byte, across chunk edges."""
    from spbe_desktop.core.models import DocumentInfo
    from spbe_desktop.store.workspace_store import WorkspaceStore

    ws = opd_workspace
    data = _noise(3 * 1024 * 1024 + 12345, 9)
    with WorkspaceStore.open(ws) as store:
        with store.transaction():
            stored = run(
                store.write_blob(io.BytesIO(data), len(data), DocumentInfo("x"), CancelToken())
            )
        for block in (1, 1000, 1024 * 1024, 2 * 1024 * 1024 + 7, 4 * 1024 * 1024):
            with store.open_blob(stored.sha256) as reader:
                first = reader.read(5)
                parts = [first]
                while part := reader.read(block):
                    assert len(part) <= block
                    parts.append(part)
            assert b"".join(parts) == data
