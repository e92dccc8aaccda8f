"""Random and mutated input never makes the reader raise anything but BundleError."""

from __future__ import annotations

import contextlib
import io
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spbe_desktop.bundles.bag import BagEntry, read_bag_zip, write_bag_zip
from spbe_desktop.bundles.envelope import read_signed_json, write_signed_json
from spbe_desktop.bundles.keys import generate_identity
from spbe_desktop.bundles.minisign import verify_signature
from spbe_desktop.core.progress import CancelToken, run
from spbe_desktop.errors import BundleError

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SECRET = generate_identity()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def valid_bundle(workdir: Path) -> bytes:
    files = {
        "opd.json": b'{"opd": "X"}',
        "a/b.pdf": b"%PDF" + bytes(range(256)) * 8,
        "c.txt": b"hello " * 300,
    }
    entries = [
        BagEntry(n, len(d), None, lambda d=d: io.BytesIO(d), compress=n != "a/b.pdf")  # type: ignore[misc]
        for n, d in files.items()
    ]
    out = workdir / "valid.zip"
    run(
        write_bag_zip(out, entries, {"Source-Organization": "X"}, SECRET, "t", cancel=CancelToken())
    )
    return out.read_bytes()


def _read(path: Path) -> None:
    try:
        verification = run(
            read_bag_zip(
                path,
                max_total_bytes=50_000_000,
                lookup_public=lambda key_id: None,
                cancel=CancelToken(),
            )
        )
    except BundleError:
        return
    assert all(f.code for f in verification.result.findings)


@SETTINGS
@given(data=st.binary(max_size=4096))
def test_random_bytes(workdir: Path, data: bytes) -> None:
    path = workdir / "random.zip"
    path.write_bytes(data)
    _read(path)


@SETTINGS
@given(
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), min_size=1, max_size=8)
)
def test_mutated_bundle(workdir: Path, valid_bundle: bytes, flips: list[tuple[int, int]]) -> None:
    data = bytearray(valid_bundle)
    for position, xor in flips:
        data[position % len(data)] ^= xor
    path = workdir / "mutated.zip"
    path.write_bytes(bytes(data))
    _read(path)


@SETTINGS
@given(cut=st.integers(min_value=0), insert=st.binary(max_size=64))
def test_cut_and_spliced_bundle(
    workdir: Path, valid_bundle: bytes, cut: int, insert: bytes
) -> None:
    position = cut % len(valid_bundle)
    path = workdir / "spliced.zip"
    path.write_bytes(valid_bundle[:position] + insert + valid_bundle[position + len(insert) :])
    _read(path)


@SETTINGS
@given(
    names=st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=6),
    payload=st.binary(max_size=200),
)
def test_random_member_names(workdir: Path, names: list[str], payload: bytes) -> None:
    path = workdir / "names.zip"
    with warnings.catch_warnings(), zipfile.ZipFile(path, "w") as zf:
        warnings.simplefilter("ignore")  # duplicate names are the point
        for name in names:
            with contextlib.suppress(ValueError, IndexError):  # zipfile refuses some names
                zf.writestr(name, payload)
    _read(path)


@SETTINGS
@given(text=st.text(max_size=600))
def test_random_signature_text(text: str) -> None:
    with pytest.raises(BundleError):
        verify_signature(b"message", text, SECRET.public)


@SETTINGS
@given(data=st.binary(max_size=2048))
def test_random_envelope(workdir: Path, data: bytes) -> None:
    path = workdir / "env.json"
    path.write_bytes(data)
    with pytest.raises(BundleError):
        read_signed_json(path, "receipt")


@SETTINGS
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), min_size=1))
def test_mutated_envelope(workdir: Path, flips: list[tuple[int, int]]) -> None:
    path = workdir / "valid-env.json"
    if not path.exists():
        write_signed_json(path, "receipt", {"bundle": "abc", "n": [1, 2.5, None]}, SECRET, "t")
    data = bytearray(path.read_bytes())
    for position, xor in flips:
        data[position % len(data)] ^= xor
    mutated = workdir / "mutated-env.json"
    mutated.write_bytes(bytes(data))
    try:
        payload, signer = read_signed_json(mutated, "receipt")
    except BundleError:
        return
    # Only changes that leave the signed content intact can pass (e.g. JSON whitespace).
    assert payload == {"bundle": "abc", "n": [1, 2.5, None]}
    assert signer == SECRET.public


TAG_FILES = [
    "bagit.txt",
    "bag-info.txt",
    "manifest-sha256.txt",
    "tagmanifest-sha256.txt",
    "tagmanifest-sha256.txt.minisig",
    "data/opd.json",
]


@SETTINGS
@given(which=st.sampled_from(TAG_FILES), content=st.binary(max_size=600))
def test_replaced_tag_file_content(
    workdir: Path, valid_bundle: bytes, which: str, content: bytes
) -> None:
    source = zipfile.ZipFile(io.BytesIO(valid_bundle))
    path = workdir / "replaced.zip"
    with source, zipfile.ZipFile(path, "w") as zf:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == f"spbe-bundle/{which}":
                if data == content:
                    return
                data = content
            zf.writestr(info, data)
    verification = run(
        read_bag_zip(
            path, max_total_bytes=10**7, expected_public=SECRET.public, cancel=CancelToken()
        )
    )
    assert not verification.result.ok
