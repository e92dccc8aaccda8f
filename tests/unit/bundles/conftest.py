"""Fixtures for the bundles tests: signing identities, valid bundles, and ZIP surgery tools.

Every input is generated under ``tmp_path``; nothing is committed as a binary.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import struct
import subprocess
import warnings
import zipfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import pytest

from spbe_desktop.bundles.bag import BagEntry, read_bag_zip, write_bag_zip
from spbe_desktop.bundles.keys import PublicIdentity, SecretIdentity, generate_identity
from spbe_desktop.bundles.minisign import sign_file
from spbe_desktop.core.progress import CancelToken, run

MINISIGN = shutil.which("minisign") or "/usr/bin/minisign"

DEFAULT_FILES: dict[str, bytes] = {
    "opd.json": b'{"opd": "DISKOMINFO", "year": 2025}',
    "evidence/1.1/SK Kepala Dinas.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 40,
    "evidence/1.2/Laporan Tahunan.docx": b"PK\x03\x04 not really a docx " * 500,
    "evidence/2.1/notulen rapat.txt": "Rapat koordinasi SPBE — café ☕\n".encode() * 100,
}

INFO = {
    "Source-Organization": "Dinas Komunikasi dan Informatika Kabupaten Contoh",
    "External-Identifier": "opd-diskominfo-2025",
    "Spbe-Bundle-Kind": "evidence",
}


def entries_for(files: Mapping[str, bytes], *, give_hash: bool = True) -> list[BagEntry]:
    return [
        BagEntry(
            path=name,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest() if give_hash else None,
            open=lambda data=data: io.BytesIO(data),  # type: ignore[misc]
            compress=not name.endswith(".pdf"),
        )
        for name, data in files.items()
    ]


class ZipTools:
    """ZIP surgery for crafting hostile inputs."""

    @staticmethod
    def read_all(path: Path) -> list[tuple[str, bytes]]:
        with zipfile.ZipFile(path) as zf:
            return [(info.filename, zf.read(info)) for info in zf.infolist()]

    @staticmethod
    def write(path: Path, items: Iterable[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about duplicate names
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
                for name, data in items:
                    zf.writestr(name, data)
        return path

    @classmethod
    def rewrite(
        cls,
        src: Path,
        dst: Path,
        change: Callable[[dict[str, bytes]], None],
    ) -> Path:
        """Rewrite a bundle with ``change`` applied to its name -> bytes mapping."""
        contents = dict(cls.read_all(src))
        change(contents)
        return cls.write(dst, contents.items())

    @staticmethod
    def central_records(data: bytes) -> list[int]:
        """Offsets of the central-directory records in a ZIP held in memory."""
        offsets = []
        pos = data.find(b"PK\x01\x02")
        while pos >= 0:
            offsets.append(pos)
            pos = data.find(b"PK\x01\x02", pos + 4)
        return offsets

    @classmethod
    def patch_central(cls, path: Path, name: str, offset: int, fmt: str, value: int) -> None:
        """Overwrite one field of the central-directory record of ``name``."""
        data = bytearray(path.read_bytes())
        for rec in cls.central_records(bytes(data)):
            name_len = struct.unpack_from("<H", data, rec + 28)[0]
            if data[rec + 46 : rec + 46 + name_len] == name.encode():
                struct.pack_into(fmt, data, rec + offset, value)
                path.write_bytes(bytes(data))
                return
        raise AssertionError(f"{name} not found")

    @staticmethod
    def sha(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()

    @classmethod
    def rehash(cls, contents: dict[str, bytes], top: str = "spbe-bundle") -> None:
        """Recompute manifest and tag manifest after tampering (without re-signing)."""
        prefix = f"{top}/data/"
        lines = sorted(
            f"{cls.sha(data)}  data/{name[len(prefix) :]}\n"
            for name, data in contents.items()
            if name.startswith(prefix) and not name.endswith("/")
        )
        contents[f"{top}/manifest-sha256.txt"] = "".join(lines).encode()
        tags = "".join(
            f"{cls.sha(contents[f'{top}/{n}'])}  {n}\n"
            for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
        )
        contents[f"{top}/tagmanifest-sha256.txt"] = tags.encode()

    @staticmethod
    def resign(
        contents: dict[str, bytes], secret: SecretIdentity, top: str = "spbe-bundle"
    ) -> None:
        tag = contents[f"{top}/tagmanifest-sha256.txt"]
        contents[f"{top}/tagmanifest-sha256.txt.minisig"] = sign_file(
            tag, secret, "forged"
        ).encode()


@pytest.fixture(scope="session")
def identity() -> SecretIdentity:
    return generate_identity()


@pytest.fixture(scope="session")
def other_identity() -> SecretIdentity:
    return generate_identity()


@pytest.fixture
def zt() -> type[ZipTools]:
    return ZipTools


@pytest.fixture
def make_bundle(tmp_path: Path, identity: SecretIdentity) -> Callable[..., Path]:
    def make(
        files: Mapping[str, bytes] | None = None,
        name: str = "bundle.zip",
        secret: SecretIdentity | None = None,
        **kwargs: object,
    ) -> Path:
        out = tmp_path / name
        entries = entries_for(DEFAULT_FILES if files is None else files)
        run(
            write_bag_zip(
                out,
                entries,
                INFO,
                secret or identity,
                "spbe-desktop evidence DISKOMINFO 2025",
                cancel=CancelToken(),
                **kwargs,  # type: ignore[arg-type]
            )
        )
        return out

    return make


@pytest.fixture
def verify(identity: SecretIdentity) -> Callable[..., object]:
    """read_bag_zip with the test identity expected, unless told otherwise."""

    def check(path: Path, **kwargs: object) -> object:
        kwargs.setdefault("max_total_bytes", 10**9)
        if "lookup_public" not in kwargs:
            kwargs.setdefault("expected_public", identity.public)
        return run(read_bag_zip(path, cancel=CancelToken(), **kwargs))  # type: ignore[arg-type]

    return check


def codes(verification: object) -> set[str]:
    return {f.code for f in verification.result.findings}  # type: ignore[attr-defined]


@pytest.fixture
def finding_codes() -> Callable[[object], set[str]]:
    return codes


def minisign(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [MINISIGN, *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.fixture
def minisign_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    return minisign


@pytest.fixture
def write_pub(tmp_path: Path) -> Callable[[PublicIdentity], Path]:
    def write(public: PublicIdentity) -> Path:
        pub = tmp_path / "signer.pub"
        pub.write_text(public.minisign_file(), encoding="utf-8")
        return pub

    return write
