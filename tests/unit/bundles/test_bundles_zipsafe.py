from __future__ import annotations

import random
import stat
import struct
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from spbe_desktop.bundles.jsonsafe import canonical_json, parse_json
from spbe_desktop.bundles.zipsafe import READ_BLOCK, SafeZip, check_member_name
from spbe_desktop.errors import BundleError

T = "spbe-bundle/"
MiB = 1024 * 1024


def _zip(path: Path, items: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in items:
                zf.writestr(name, data)
    return path


def _info(name: str, **attrs: Any) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    for key, value in attrs.items():
        setattr(info, key, value)
    return info


def _patch_name(path: Path, old: bytes, new: bytes) -> Path:
    assert len(old) == len(new)
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new))
    return path


def _patch_cd_field(path: Path, index: int, offset: int, fmt: str, value: int) -> Path:
    data = bytearray(path.read_bytes())
    pos = -1
    for _ in range(index + 1):
        pos = data.find(b"PK\x01\x02", pos + 1)
    struct.pack_into(fmt, data, pos + offset, value)
    path.write_bytes(bytes(data))
    return path


# Each builder makes one hostile ZIP; the expected code is the refusal.
def traversal(p: Path) -> Path:
    return _zip(p, [(T + "data/../../evil.txt", b"x")])


def absolute(p: Path) -> Path:
    return _zip(p, [("/etc/cron.d/evil", b"x")])


def drive_letter(p: Path) -> Path:
    return _zip(p, [("C:/Windows/evil.exe", b"x")])


def backslash(p: Path) -> Path:
    return _zip(p, [(T + "data\\..\\evil.txt", b"x")])


def nul_char(p: Path) -> Path:
    return _patch_name(_zip(p, [(T + "data/aQQb.pdf", b"x")]), b"aQQb", b"a\x00Qb")


def control_char(p: Path) -> Path:
    return _zip(p, [(T + "data/a\x1bb.pdf", b"x")])


def dot_segment(p: Path) -> Path:
    return _zip(p, [(T + "data/./x.txt", b"x")])


def symlink(p: Path) -> Path:
    return _zip(
        p, [(_info(T + "data/link", external_attr=(stat.S_IFLNK | 0o777) << 16), b"/etc/passwd")]
    )


def duplicate(p: Path) -> Path:
    return _zip(p, [(T + "data/a.txt", b"1"), (T + "data/a.txt", b"2")])


def nfc_nfd_duplicate(p: Path) -> Path:
    name = "data/café.pdf"
    return _zip(
        p,
        [
            (T + unicodedata.normalize("NFC", name), b"1"),
            (T + unicodedata.normalize("NFD", name), b"2"),
        ],
    )


def case_duplicate(p: Path) -> Path:
    return _zip(p, [(T + "data/Laporan.PDF", b"1"), (T + "data/laporan.pdf", b"2")])


def file_and_folder(p: Path) -> Path:
    return _zip(p, [(T + "data/x", b"1"), (T + "data/x/y", b"2")])


def ratio_bomb(p: Path) -> Path:
    return _zip(p, [(T + "data/zeros.bin", bytes(2 * MiB))])


def total_bomb(p: Path) -> Path:
    # 3 entries of 400 KB against the 1 MB limit used below (each is fine alone).
    blob = bytes(range(256)) * 1600
    return _zip(p, [(T + f"data/{i}.bin", blob) for i in range(3)])


def not_a_zip(p: Path) -> Path:
    p.write_bytes(b"%PDF-1.7 this is not a zip at all\n" * 100)
    return p


def empty_file(p: Path) -> Path:
    p.write_bytes(b"")
    return p


def truncated(p: Path) -> Path:
    _zip(p, [(T + "data/a.bin", bytes(range(256)) * 400), (T + "data/b.txt", b"b" * 1000)])
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p


def encrypted(p: Path) -> Path:
    return _patch_cd_field(_zip(p, [(T + "data/secret.pdf", b"x" * 100)]), 0, 8, "<H", 0x1)


def bzip2(p: Path) -> Path:
    return _zip(p, [(_info(T + "data/a.txt", compress_type=zipfile.ZIP_BZIP2), b"x" * 100)])


def stored_size_lie(p: Path) -> Path:
    info = _info(T + "data/a.txt", compress_type=zipfile.ZIP_STORED)
    return _patch_cd_field(_zip(p, [(info, b"x" * 100)]), 0, 24, "<L", 50)


def overlapping(p: Path) -> Path:
    _zip(p, [(T + "data/a.txt", b"a" * 100), (T + "data/b.txt", b"b" * 100)])
    return _patch_cd_field(p, 1, 42, "<L", 0)  # b's header offset := a's


HOSTILE: list[tuple[Callable[[Path], Path], str]] = [
    (traversal, "zip.unsafe_name"),
    (absolute, "zip.unsafe_name"),
    (drive_letter, "zip.unsafe_name"),
    (backslash, "zip.unsafe_name"),
    (nul_char, "zip.unsafe_name"),
    (control_char, "zip.unsafe_name"),
    (dot_segment, "zip.unsafe_name"),
    (symlink, "zip.symlink"),
    (duplicate, "zip.duplicate_name"),
    (nfc_nfd_duplicate, "zip.duplicate_name"),
    (case_duplicate, "zip.duplicate_name"),
    (file_and_folder, "zip.duplicate_name"),
    (ratio_bomb, "zip.bomb"),
    (total_bomb, "zip.bomb"),
    (not_a_zip, "zip.not_a_zip"),
    (empty_file, "zip.not_a_zip"),
    (truncated, "zip.not_a_zip"),
    (encrypted, "zip.encrypted"),
    (bzip2, "zip.unsupported_compression"),
    (stored_size_lie, "zip.corrupt"),
    (overlapping, "zip.bomb"),
]


@pytest.mark.parametrize(("build", "code"), HOSTILE, ids=[b.__name__ for b, _ in HOSTILE])
def test_hostile_zip_is_refused(
    tmp_path: Path,
    build: Callable[[Path], Path],
    code: str,
    verify: Callable[..., Any],
    finding_codes: Callable[[Any], set[str]],
) -> None:
    path = build(tmp_path / "hostile.zip")
    with pytest.raises(BundleError) as err:
        SafeZip(path, max_total_bytes=1_000_000).close()
    assert err.value.code == code
    # Through the bundle reader it is a result with that finding, not an exception.
    verification = verify(path, max_total_bytes=1_000_000)
    assert not verification.result.ok
    assert finding_codes(verification) == {code}


@pytest.fixture(scope="module")
def many_entries(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("many") / "many.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(100_001):
            zf.writestr(f"{T}data/{i}", b"")
    return path


def test_too_many_entries(many_entries: Path) -> None:
    with pytest.raises(BundleError) as err:
        SafeZip(many_entries, max_total_bytes=10**9)
    assert err.value.code == "zip.bomb"


def test_too_many_entries_even_when_the_end_record_lies(many_entries: Path, tmp_path: Path) -> None:
    data = bytearray(many_entries.read_bytes())
    eocd = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, eocd + 8, 5, 5)
    liar = tmp_path / "liar.zip"
    liar.write_bytes(bytes(data))
    with pytest.raises(BundleError) as err:
        SafeZip(liar, max_total_bytes=10**9)
    assert err.value.code == "zip.bomb"


def test_missing_file_is_could_not_run(tmp_path: Path) -> None:
    with pytest.raises(BundleError) as err:
        SafeZip(tmp_path / "nope.zip", max_total_bytes=1)
    assert err.value.code == "bundle.unreadable"


def test_entry_inflating_past_its_header_is_stopped(tmp_path: Path) -> None:
    # The header says 1000 bytes (ratio looks harmless); the data inflates to 8 MiB.
    path = _zip(tmp_path / "liar.zip", [(T + "data/a.bin", bytes(8 * MiB))])
    data = bytearray(path.read_bytes())
    cd = data.find(b"PK\x01\x02")
    struct.pack_into("<L", data, cd + 24, 1000)
    struct.pack_into("<L", data, 22, 1000)  # the local header too
    path.write_bytes(bytes(data))
    with SafeZip(path, max_total_bytes=10**9) as zf:
        assert zf.members[0].size == 1000
        with pytest.raises(BundleError) as err:
            zf.hash_member(T + "data/a.bin")
        assert err.value.code == "zip.bomb"
        with pytest.raises(BundleError) as err2, zf.open(T + "data/a.bin") as stream:
            stream.read()
        assert err2.value.code == "zip.bomb"


def test_short_entry_and_bad_crc_are_corrupt(tmp_path: Path) -> None:
    path = _zip(tmp_path / "short.zip", [(T + "data/a.bin", bytes(range(256)) * 100)])
    data = bytearray(path.read_bytes())
    cd = data.find(b"PK\x01\x02")
    struct.pack_into("<L", data, cd + 24, 30000)  # declares more than there is
    path.write_bytes(bytes(data))
    with SafeZip(path, max_total_bytes=10**9) as zf, pytest.raises(BundleError) as err:
        zf.hash_member(T + "data/a.bin")
    assert err.value.code == "zip.corrupt"

    info = _info(T + "data/b.txt", compress_type=zipfile.ZIP_STORED)
    path = _zip(tmp_path / "crc.zip", [(info, b"hello world" * 10)])
    path.write_bytes(path.read_bytes().replace(b"hello world", b"HELLO world", 1))
    with SafeZip(path, max_total_bytes=10**9) as zf, pytest.raises(BundleError) as err:
        zf.hash_member(T + "data/b.txt")
    assert err.value.code == "zip.corrupt"


def test_reading_is_chunked_and_hashed(tmp_path: Path) -> None:
    import hashlib

    blob = random.Random(7).randbytes(5 * MiB)
    path = _zip(tmp_path / "ok.zip", [(T + "data/a.bin", blob), (T + "data/", b"")])
    with SafeZip(path, max_total_bytes=10**9) as zf:
        chunks = list(zf.iter_chunks(T + "data/a.bin"))
        assert len(chunks) > 1
        assert max(len(c) for c in chunks) <= READ_BLOCK
        assert b"".join(chunks) == blob
        assert zf.hash_member(T + "data/a.bin") == (hashlib.sha256(blob).hexdigest(), len(blob))
        with pytest.raises(BundleError) as err:
            zf.read_bytes(T + "data/a.bin", 1000)
        assert err.value.code == "zip.entry_too_large"
        with pytest.raises(BundleError) as err:
            zf.open(T + "data/missing")
        assert err.value.code == "zip.missing_entry"


@pytest.mark.parametrize(
    "name",
    ["a/b.txt", "data/Laporan 100%.pdf", "data/é/ü.docx", "folder/"],
)
def test_safe_names_pass(name: str) -> None:
    check_member_name(name)


@pytest.mark.parametrize(
    "name",
    ["", "/", "../x", "a/../b", "a//b", "\\\\server\\share", "a:b", "x" * 2000, "a\u0085b"],
)
def test_unsafe_names_fail(name: str) -> None:
    with pytest.raises(BundleError) as err:
        check_member_name(name)
    assert err.value.code == "zip.unsafe_name"


# ------------------------------------------------------------------ JSON caps


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"[" * 65 + b"]" * 65, "json.too_deep"),
        (b"[" * 100_000 + b"]" * 100_000, "json.too_deep"),
        (b'{"a":' * 70 + b"1" + b"}" * 70, "json.too_deep"),
        (b'"' + b"x" * 2000 + b'"', "json.too_large"),
        (b'{"a": "\xff\xfe"}', "json.not_utf8"),
        (b"\xef\xbb\xbf{}", "json.invalid"),
        (b"{not json}", "json.invalid"),
        (b'{"a": 1, "a": 2}', "json.invalid"),
        (b'{"a": NaN}', "json.invalid"),
        (b"", "json.invalid"),
    ],
    ids=[
        "deep",
        "very-deep",
        "deep-objects",
        "huge",
        "not-utf8",
        "bom",
        "invalid",
        "dup-key",
        "nan",
        "empty",
    ],
)
def test_json_caps(data: bytes, code: str) -> None:
    with pytest.raises(BundleError) as err:
        parse_json(data, max_bytes=1000 if code == "json.too_large" else 10**7)
    assert err.value.code == code


def test_json_at_the_limits_is_fine() -> None:
    assert parse_json(b"[" * 64 + b"]" * 64, max_bytes=1000) is not None
    assert parse_json('{"nama": "Dinas Kominfo ✓"}'.encode()) == {"nama": "Dinas Kominfo ✓"}


def test_canonical_json() -> None:
    assert canonical_json({"b": 1, "a": ["é", 1.5, None, True]}) == (
        '{"a":["é",1.5,null,true],"b":1}'.encode()
    )
    for bad in ({"x": float("nan")}, {"x": object()}, {"x": "\ud800"}):
        with pytest.raises(BundleError) as err:
            canonical_json(bad)
        assert err.value.code == "json.invalid"
