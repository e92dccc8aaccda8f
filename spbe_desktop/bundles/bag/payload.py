"""Streaming a verified bag's payload files, each re-checked against its manifest line."""

from __future__ import annotations

import hashlib
import io
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from spbe_desktop.bundles.bag.verify import (
    _single_top,
)
from spbe_desktop.bundles.jsonsafe import DEFAULT_MAX_BYTES, parse_json
from spbe_desktop.bundles.zipsafe import CHUNK, SafeZip
from spbe_desktop.errors import BundleError

# --------------------------------------------------------------------------- payload access


class BagReader:
    """Streaming access to a bundle's payload files, for the importer.

    Opens and re-checks the ZIP structure once; keep it open while importing many files. When
    ``expected`` (normally :attr:`BagVerification.payload`) is given, only those files can be
    opened and each stream re-checks size and SHA-256 when read to the end, so a bundle swapped
    on the flash disk between verification and import is still caught.

    Args:
        path: the bundle file.
        max_total_bytes: as for :func:`read_bag_zip`.
        expected: payload path -> (sha256 hex, size).

    Raises:
        BundleError: the ``zip.*`` codes, ``bundle.layout``, ``bundle.unreadable``.
    """

    def __init__(
        self,
        path: Path,
        *,
        max_total_bytes: int,
        expected: Mapping[str, tuple[str, int]] | None = None,
    ) -> None:
        self._zip = SafeZip(path, max_total_bytes=max_total_bytes)
        try:
            self.top = _single_top(self._zip)
        except BaseException:
            self._zip.close()
            raise
        self._expected = expected
        prefix = f"{self.top}/data/"
        self._names = {
            unicodedata.normalize("NFC", m.name[len(prefix) :]): m.name
            for m in self._zip.members
            if not m.is_dir and m.name.startswith(prefix)
        }

    def __enter__(self) -> BagReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the bundle file."""
        self._zip.close()

    def payload_names(self) -> list[str]:
        """Payload paths (relative to ``data/``) present in the ZIP, sorted."""
        return sorted(self._names)

    def open_payload(self, member: str) -> BinaryIO:
        """A stream of one payload file (``member`` is relative to ``data/``).

        Raises:
            BundleError: ``bundle.not_in_bag``; while reading: ``zip.bomb``, ``zip.corrupt``,
                ``bundle.hash_mismatch`` (at the end, against ``expected``).
        """
        return io.BufferedReader(self._open_raw(member), buffer_size=CHUNK)

    def open_unhashed(self, member: str) -> BinaryIO:
        """A stream of one payload file whose SHA-256 the *caller* computes and compares with
        :meth:`expected_digest` (a store that hashes what it stores): sizes and CRC are still
        enforced, but the file is not hashed twice. Its ``read(n)`` returns up to 1 MiB.

        Raises:
            BundleError: as :meth:`open_payload`, except ``bundle.hash_mismatch``.
        """
        rel = unicodedata.normalize("NFC", member)
        zip_name = self._names.get(rel)
        if zip_name is None or (self._expected is not None and rel not in self._expected):
            raise BundleError("bundle.not_in_bag", item=member)
        return self._zip.open_raw(zip_name)

    def expected_digest(self, member: str) -> str | None:
        """The SHA-256 (hex) a payload file must have, when the reader was given them."""
        want = (
            None
            if self._expected is None
            else self._expected.get(unicodedata.normalize("NFC", member))
        )
        return None if want is None else want[0].lower()

    def _open_raw(self, member: str) -> _CheckedStream:
        rel = unicodedata.normalize("NFC", member)
        zip_name = self._names.get(rel)
        want = None if self._expected is None else self._expected.get(rel)
        if zip_name is None or (self._expected is not None and want is None):
            raise BundleError("bundle.not_in_bag", item=member)
        return _CheckedStream(self._zip.open(zip_name), f"data/{rel}", want)

    def read_json(self, member: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Any:
        """Parse a small JSON payload file (UTF-8, size and depth capped).

        Raises:
            BundleError: ``bundle.not_in_bag``, ``json.too_large``, ``json.not_utf8``,
                ``json.too_deep``, ``json.invalid``, ``bundle.hash_mismatch``.
        """
        with self.open_payload(member) as stream:
            data = stream.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise BundleError("json.too_large", name=member, limit=max_bytes)
            stream.read()  # reach the end, so the hash is checked
        return parse_json(data, max_bytes=max_bytes, name=member)


class _CheckedStream(io.RawIOBase):
    def __init__(self, inner: BinaryIO, item: str, expected: tuple[str, int] | None) -> None:
        super().__init__()
        self._inner = inner
        self._item = item
        self._expected = expected
        self._digest = hashlib.sha256()
        self._size = 0
        self._checked = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._inner.read(min(len(view), CHUNK))
        if data:
            self._digest.update(data)
            self._size += len(data)
            view[: len(data)] = data
        elif not self._checked and self._expected is not None:
            self._checked = True
            found = (self._digest.hexdigest(), self._size)
            if found != (self._expected[0].lower(), self._expected[1]):
                raise BundleError(
                    "bundle.hash_mismatch",
                    item=self._item,
                    expected=self._expected[0],
                    found=found[0],
                )
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._inner.close()
        super().close()


class _OwningStream(io.BufferedReader):
    """A payload stream that also closes its :class:`BagReader`."""

    def __init__(self, raw: io.RawIOBase, owner: BagReader) -> None:
        super().__init__(raw, buffer_size=CHUNK)
        self._owner = owner

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._owner.close()


def open_payload(
    path: Path,
    member: str,
    *,
    max_total_bytes: int,
    expected: tuple[str, int] | None = None,
) -> BinaryIO:
    """Open one payload file of a bundle as a stream; closing it closes the bundle.

    For many files use :class:`BagReader`, which checks the ZIP structure only once.

    Args:
        path: the bundle file.
        member: the payload path relative to ``data/``.
        max_total_bytes: as for :func:`read_bag_zip`.
        expected: (sha256 hex, size) to re-check when the stream is read to its end.

    Raises:
        BundleError: as :class:`BagReader` and :meth:`BagReader.open_payload`.
    """
    reader = BagReader(
        path,
        max_total_bytes=max_total_bytes,
        expected=None if expected is None else {unicodedata.normalize("NFC", member): expected},
    )
    try:
        raw = reader._open_raw(member)
    except BaseException:
        reader.close()
        raise
    return _OwningStream(raw, reader)


def iter_payload_json(
    path: Path,
    members: Iterable[str] | None = None,
    *,
    max_total_bytes: int,
    expected: Mapping[str, tuple[str, int]] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[tuple[str, Any]]:
    """Parse small JSON payload files one by one.

    Args:
        path: the bundle file.
        members: payload paths relative to ``data/``; None means every payload file whose name
            ends in ``.json``, in sorted order.
        max_total_bytes: as for :func:`read_bag_zip`.
        expected: as for :class:`BagReader`.
        max_bytes: size cap per JSON file.

    Yields:
        ``(member, parsed value)``.

    Raises:
        BundleError: as :meth:`BagReader.read_json`.
    """
    with BagReader(path, max_total_bytes=max_total_bytes, expected=expected) as reader:
        names = (
            list(members)
            if members is not None
            else [n for n in reader.payload_names() if n.endswith(".json")]
        )
        for name in names:
            yield name, reader.read_json(name, max_bytes)
