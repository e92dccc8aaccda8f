"""A defensive ZIP reader for files that arrived from elsewhere (flash disk, e-mail).

Opening a :class:`SafeZip` checks the whole central directory before any entry is read: file
names (no ``..``, absolute paths, drive letters, backslashes, control characters), symlinks,
duplicates (also after NFC normalisation and case folding), encryption, compression methods,
entry count, total size, compression ratio and overlapping entries. Reading an entry is streamed
in 1 MiB chunks and stops as soon as more bytes come out than the header declared, so a lying
header cannot blow up memory or disk. Nothing is ever extracted to disk here.
"""

from __future__ import annotations

import copy
import hashlib
import io
import os
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from spbe_desktop.bundles.jsonsafe import DEFAULT_MAX_BYTES, parse_json
from spbe_desktop.core.progress import CancelToken
from spbe_desktop.errors import BundleError

CHUNK = 1024 * 1024
#: What :meth:`SafeZip.iter_chunks` reads at a time. 1 MiB measured faster than 4 MiB (each
#: fresh 4 MiB buffer is a new mapping, paid in page faults) and large enough for Python.
READ_BLOCK = 1024 * 1024
MAX_ENTRIES = 100_000
MAX_RATIO = 200
#: entries up to this uncompressed size are never refused for their ratio.
RATIO_MIN_SIZE = 1024 * 1024
#: zipfile reads the central directory into memory in one go, so cap it before it does.
MAX_CENTRAL_DIRECTORY = 64 * 1024 * 1024
MAX_NAME_CHARS = 1024

_EOCD = struct.Struct("<4s4H2LH")
_EOCD_SIG = b"PK\x05\x06"
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_LOCATOR_SIG = b"PK\x06\x07"
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
_ZIP64_EOCD_SIG = b"PK\x06\x06"
_CDH = struct.Struct("<4s4B4HL2L5H2L")
_CDH_SIG = b"PK\x01\x02"
_LOCAL_HEADER_SIZE = 30
_READ_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,
    struct.error,
    OverflowError,
    IndexError,
    KeyError,
)


def check_member_name(name: str) -> None:
    """Refuse a name that could escape or confuse an extraction folder.

    A trailing ``/`` (a directory entry) is allowed. ``:`` is refused anywhere, since Windows
    reads it as a drive letter or an alternate data stream.

    Raises:
        BundleError: ``zip.unsafe_name``.
    """
    body = name[:-1] if name.endswith("/") else name
    reason = ""
    if not body:
        reason = "empty name"
    elif len(name) > MAX_NAME_CHARS:
        reason = "name too long"
    elif any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in name):
        reason = "control character"
    elif "\\" in name:
        reason = "backslash"
    elif name.startswith("/"):
        reason = "absolute path"
    elif ":" in name:
        reason = "drive letter or colon"
    elif any(part in ("", ".", "..") for part in body.split("/")):
        reason = "'..', '.' or empty path segment"
    if reason:
        raise BundleError("zip.unsafe_name", name=_printable(name), reason=reason)


def name_key(name: str) -> str:
    """The key under which two names count as the same file (NFC, then case folded)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def _printable(name: str) -> str:
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in name)[:200]


@dataclass(frozen=True, slots=True)
class ZipMember:
    """One checked entry of a :class:`SafeZip`.

    Attributes:
        name: the name as stored in the ZIP.
        size: the declared uncompressed size (enforced while reading).
        compressed_size: the declared compressed size.
        is_dir: a directory entry (name ends in ``/``).
    """

    name: str
    size: int
    compressed_size: int
    is_dir: bool


class SafeZip:
    """A ZIP file opened for reading after every structural check passed.

    Use as a context manager. Not thread-safe: one reader per thread.

    Args:
        path: the ZIP file.
        max_total_bytes: refuse when the entries' declared sizes add up to more.
        max_entries: refuse when the ZIP has more entries.

    Raises:
        BundleError: ``bundle.unreadable`` (the file cannot be opened at all),
            ``zip.not_a_zip``, ``zip.corrupt``, ``zip.unsafe_name``, ``zip.symlink``,
            ``zip.duplicate_name``, ``zip.bomb``, ``zip.encrypted``,
            ``zip.unsupported_compression``.
    """

    def __init__(self, path: Path, *, max_total_bytes: int, max_entries: int | None = None):
        self.path = path
        limit = MAX_ENTRIES if max_entries is None else max_entries
        try:
            self._fh: BinaryIO = path.open("rb")
        except OSError as exc:
            raise BundleError("bundle.unreadable", file=str(path), detail=str(exc)) from exc
        try:
            cd_start = _precheck(self._fh, limit, str(path))
            try:
                self._zf = zipfile.ZipFile(self._fh)
            except OSError as exc:
                raise BundleError("bundle.unreadable", file=str(path), detail=str(exc)) from exc
            except _READ_ERRORS as exc:
                raise BundleError("zip.not_a_zip", file=str(path)) from exc
            try:
                infos = self._zf.infolist()
                self._infos = _check_infos(infos, cd_start, max_total_bytes, limit)
            except BaseException:
                self._zf.close()
                raise
        except BaseException:
            self._fh.close()
            raise
        self.members: tuple[ZipMember, ...] = tuple(
            ZipMember(i.orig_filename, i.file_size, i.compress_size, i.orig_filename.endswith("/"))
            for i in self._infos.values()
        )

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the ZIP and the underlying file."""
        self._zf.close()
        self._fh.close()

    def member(self, name: str) -> ZipMember | None:
        """The checked entry called exactly ``name``, or None."""
        info = self._infos.get(name)
        if info is None:
            return None
        return ZipMember(info.orig_filename, info.file_size, info.compress_size, info.is_dir())

    def open(self, name: str) -> BinaryIO:
        """A stream of an entry's bytes that enforces its declared size.

        The stream raises ``zip.bomb`` when more bytes come out than declared, and
        ``zip.corrupt`` on fewer bytes, a bad CRC or damaged compressed data.

        Raises:
            BundleError: ``zip.missing_entry`` when there is no such entry.
        """
        info = self._infos.get(name)
        if info is None or info.is_dir():
            raise BundleError("zip.missing_entry", name=_printable(name))
        return io.BufferedReader(_EntryStream(self._zf, info), buffer_size=CHUNK)

    def open_raw(self, name: str) -> BinaryIO:
        """Like :meth:`open`, unbuffered: ``read(n)`` returns up to 1 MiB without a copy."""
        info = self._infos.get(name)
        if info is None or info.is_dir():
            raise BundleError("zip.missing_entry", name=_printable(name))
        return _EntryStream(self._zf, info)  # type: ignore[return-value]

    def iter_chunks(self, name: str, cancel: CancelToken | None = None) -> Iterator[bytes]:
        """Yield an entry's bytes in blocks of at most 1 MiB (see :meth:`open`)."""
        info = self._infos.get(name)
        if info is None or info.is_dir():
            raise BundleError("zip.missing_entry", name=_printable(name))
        stream = _EntryStream(self._zf, info)
        try:
            while True:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                chunk = stream.read(READ_BLOCK)
                if not chunk:
                    return
                yield chunk
        finally:
            stream.close()

    def hash_member(self, name: str, cancel: CancelToken | None = None) -> tuple[str, int]:
        """SHA-256 (hex) and size of an entry, streamed."""
        h = hashlib.sha256()
        size = 0
        for chunk in self.iter_chunks(name, cancel):
            h.update(chunk)
            size += len(chunk)
        return h.hexdigest(), size

    def read_bytes(self, name: str, max_bytes: int) -> bytes:
        """A small entry's whole content.

        Raises:
            BundleError: ``zip.entry_too_large`` when it declares more than ``max_bytes``.
        """
        member = self.member(name)
        if member is not None and member.size > max_bytes:
            raise BundleError("zip.entry_too_large", name=_printable(name), limit=max_bytes)
        return b"".join(self.iter_chunks(name))

    def read_json(self, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Any:
        """Parse a small JSON entry with the caps of :func:`jsonsafe.parse_json`."""
        member = self.member(name)
        if member is not None and member.size > max_bytes:
            raise BundleError("json.too_large", name=_printable(name), limit=max_bytes)
        return parse_json(self.read_bytes(name, max_bytes), max_bytes=max_bytes, name=name)


class _EntryStream(io.RawIOBase):
    """Raw reader of one entry; never returns more than the declared size without failing."""

    def __init__(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        super().__init__()
        self._name = info.orig_filename
        self._declared = info.file_size
        self._expected_crc = info.CRC
        self._crc = 0
        self._produced = 0
        # NOTE: zipfile silently truncates output at the declared size (then fails on the CRC).
        # Asking for one byte more, with our own CRC check, lets us tell an entry that
        # inflates past its header (a bomb) from one that is merely damaged.
        probe = copy.copy(info)
        probe.file_size = info.file_size + 1
        del probe.CRC
        self._file = str(zf.filename or "")
        try:
            self._inner: BinaryIO = zf.open(probe)  # type: ignore[assignment]
        except _READ_ERRORS as exc:
            raise BundleError("zip.corrupt", name=_printable(self._name)) from exc
        except OSError as exc:
            raise BundleError("bundle.unreadable", file=self._file, detail=str(exc)) from exc

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._take(len(view))
        view[: len(data)] = data
        return len(data)

    def read(self, size: int | None = -1) -> bytes:
        """Up to ``size`` bytes (at most 1 MiB), without the copy ``readinto`` makes."""
        if size is None or size < 0:
            return super().read(-1) or b""
        return self._take(size)

    def _take(self, size: int) -> bytes:
        want = min(size, READ_BLOCK)
        try:
            data = self._inner.read(want)
        except _READ_ERRORS as exc:
            raise BundleError("zip.corrupt", name=_printable(self._name)) from exc
        except OSError as exc:
            raise BundleError("bundle.unreadable", file=self._file, detail=str(exc)) from exc
        self._produced += len(data)
        if self._produced > self._declared:
            raise BundleError("zip.bomb", name=_printable(self._name), reason="size exceeded")
        self._crc = zlib.crc32(data, self._crc)
        if (
            not data
            and want
            and (self._produced < self._declared or self._crc != self._expected_crc)
        ):
            raise BundleError("zip.corrupt", name=_printable(self._name))
        return data

    def close(self) -> None:
        # NOTE: getattr, because __del__ calls close() even when __init__ failed to open.
        inner = getattr(self, "_inner", None)
        if inner is not None and not self.closed:
            inner.close()
        super().close()


def _precheck(fh: BinaryIO, max_entries: int, file: str) -> int:
    """Read the end records and count central-directory entries before zipfile parses them.

    Returns:
        The offset where the central directory starts.
    """
    try:
        return _precheck_records(fh, max_entries, file)
    except OSError as exc:
        raise BundleError("bundle.unreadable", file=file, detail=str(exc)) from exc


def _precheck_records(fh: BinaryIO, max_entries: int, file: str) -> int:
    size = fh.seek(0, os.SEEK_END)
    if size < _EOCD.size:
        raise BundleError("zip.not_a_zip", file=file)
    tail_len = min(size, _EOCD.size + 0xFFFF)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    # Same search order as zipfile: an EOCD with no comment at the very end, else the last one.
    pos = tail_len - _EOCD.size
    if not (tail[pos : pos + 4] == _EOCD_SIG and tail[-2:] == b"\x00\x00"):
        pos = tail.rfind(_EOCD_SIG)
    if pos < 0 or pos + _EOCD.size > tail_len:
        raise BundleError("zip.not_a_zip", file=file)
    eocd_at = size - tail_len + pos
    fields = _EOCD.unpack(tail[pos : pos + _EOCD.size])
    entries, cd_size = int(fields[4]), int(fields[5])
    zip64 = False
    loc_at = eocd_at - _ZIP64_LOCATOR.size
    if loc_at >= 0:
        fh.seek(loc_at)
        loc = fh.read(_ZIP64_LOCATOR.size)
        if len(loc) == _ZIP64_LOCATOR.size and loc[:4] == _ZIP64_LOCATOR_SIG:
            rec_at = loc_at - _ZIP64_EOCD.size
            if rec_at < 0:
                raise BundleError("zip.not_a_zip", file=file)
            fh.seek(rec_at)
            rec = fh.read(_ZIP64_EOCD.size)
            if len(rec) != _ZIP64_EOCD.size or rec[:4] != _ZIP64_EOCD_SIG:
                raise BundleError("zip.not_a_zip", file=file)
            rec_fields = _ZIP64_EOCD.unpack(rec)
            entries, cd_size = int(rec_fields[7]), int(rec_fields[8])
            zip64 = True
    if entries > max_entries:
        raise BundleError("zip.bomb", name="", reason=f"{entries} entries")
    if cd_size > MAX_CENTRAL_DIRECTORY:
        raise BundleError("zip.bomb", name="", reason="central directory too large")
    cd_start = eocd_at - cd_size - (_ZIP64_LOCATOR.size + _ZIP64_EOCD.size if zip64 else 0)
    if cd_start < 0:
        raise BundleError("zip.not_a_zip", file=file)
    # Count the records themselves: the EOCD's count may lie, zipfile only trusts the size.
    fh.seek(cd_start)
    reader = io.BufferedReader(_Window(fh, cd_size), buffer_size=256 * 1024)
    count = 0
    while True:
        head = reader.read(_CDH.size)
        if len(head) < _CDH.size or head[:4] != _CDH_SIG:
            break
        count += 1
        if count > max_entries:
            raise BundleError("zip.bomb", name="", reason="too many entries")
        fields = _CDH.unpack(head)
        skip = fields[12] + fields[13] + fields[14]
        if len(reader.read(skip)) < skip:
            break
    return cd_start


class _Window(io.RawIOBase):
    """At most ``length`` bytes of a file from its current position."""

    def __init__(self, fh: BinaryIO, length: int) -> None:
        super().__init__()
        self._fh = fh
        self._left = length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._fh.read(min(len(view), self._left))
        self._left -= len(data)
        view[: len(data)] = data
        return len(data)


def _raw_name_len(info: zipfile.ZipInfo) -> int:
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    try:
        return len(info.orig_filename.encode(encoding))
    except UnicodeEncodeError:
        return len(info.orig_filename.encode("utf-8"))


def _check_infos(
    infos: list[zipfile.ZipInfo], cd_start: int, max_total_bytes: int, max_entries: int
) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > max_entries:
        raise BundleError("zip.bomb", name="", reason=f"{len(infos)} entries")
    by_name: dict[str, zipfile.ZipInfo] = {}
    keys: dict[str, str] = {}
    file_keys: set[str] = set()
    dir_keys: set[str] = set()
    total = 0
    for info in infos:
        name = info.orig_filename
        check_member_name(name)
        shown = _printable(name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleError("zip.symlink", name=shown)
        if info.flag_bits & 0x1:
            raise BundleError("zip.encrypted", name=shown)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleError("zip.unsupported_compression", name=shown, method=info.compress_type)
        if name in by_name:
            raise BundleError("zip.duplicate_name", name=shown, other=shown)
        key = name_key(name.rstrip("/"))
        if key in keys:
            raise BundleError("zip.duplicate_name", name=shown, other=_printable(keys[key]))
        keys[key] = name
        by_name[name] = info
        parts = key.split("/")
        dir_keys.update("/".join(parts[:i]) for i in range(1, len(parts)))
        if name.endswith("/"):
            dir_keys.add(key)
        else:
            file_keys.add(key)
        size, csize = info.file_size, info.compress_size
        if info.compress_type == zipfile.ZIP_STORED and size != csize:
            raise BundleError("zip.corrupt", name=shown)
        if size > RATIO_MIN_SIZE and size > MAX_RATIO * csize:
            raise BundleError("zip.bomb", name=shown, reason="compression ratio")
        total += size
        if total > max_total_bytes:
            raise BundleError("zip.bomb", name=shown, reason="total size over the limit")
    clash = file_keys & dir_keys
    if clash:
        other = keys[next(iter(sorted(clash)))]
        raise BundleError("zip.duplicate_name", name=_printable(other), other="(folder)")
    # Entries must sit one after another before the central directory; overlapping entries
    # are the classic way to make a small file inflate many times over.
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for i, info in enumerate(ordered):
        end = info.header_offset + _LOCAL_HEADER_SIZE + _raw_name_len(info) + info.compress_size
        limit = ordered[i + 1].header_offset if i + 1 < len(ordered) else cd_start
        if info.header_offset < 0 or end > cd_start:
            raise BundleError("zip.corrupt", name=_printable(info.orig_filename))
        if end > limit:
            raise BundleError("zip.bomb", name=_printable(info.orig_filename), reason="overlap")
    return by_name
