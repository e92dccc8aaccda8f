"""Peak memory stays bounded whatever the file size (tracemalloc; no timing assertions)."""

from __future__ import annotations

import io
import os
import tracemalloc
from pathlib import Path
from typing import Any

from spbe_desktop.bundles.bag import BagEntry, BagReader, read_bag_zip, write_bag_zip
from spbe_desktop.bundles.keys import SecretIdentity
from spbe_desktop.core.progress import CancelToken, run

SIZE = 300 * 1024 * 1024
LIMIT = 16 * 1024 * 1024  # measured: ~4 MB writing, ~5.3 MB reading


class _Generated(io.RawIOBase):
    """``size`` bytes made on the fly from one random block (nothing big is ever held)."""

    def __init__(self, size: int, block: bytes) -> None:
        super().__init__()
        self._left = size
        self._block = block
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self._left, len(self._block) - self._pos)
        buffer[:n] = self._block[self._pos : self._pos + n]
        self._pos = (self._pos + n) % len(self._block)
        self._left -= n
        return n


def test_300_mb_entry_keeps_peak_memory_small(tmp_path: Path, identity: SecretIdentity) -> None:
    block = os.urandom(1024 * 1024 + 7)  # odd length: chunks never line up with the block
    out = tmp_path / "big.zip"
    entries = [
        BagEntry("video/rapat.mp4", SIZE, None, lambda: _Generated(SIZE, block), compress=False),
        BagEntry("scan.tif", 8 * 1024 * 1024, None, lambda: _Generated(8 << 20, block), True),
    ]
    tracemalloc.start()
    try:
        summary = run(write_bag_zip(out, entries, {}, identity, "big", cancel=CancelToken()))
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        verification = run(
            read_bag_zip(
                out, max_total_bytes=2**40, expected_public=identity.public, cancel=CancelToken()
            )
        )
        _, read_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        reader = BagReader(out, max_total_bytes=2**40, expected=verification.payload)
        with reader, reader.open_payload("video/rapat.mp4") as stream:
            while stream.read(1024 * 1024):
                pass
        _, import_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert verification.result.ok, verification.result.findings
    assert summary.payload_bytes == SIZE + (8 << 20)
    assert out.stat().st_size > SIZE
    assert write_peak < LIMIT, write_peak
    assert read_peak < LIMIT, read_peak
    assert import_peak < LIMIT, import_peak
