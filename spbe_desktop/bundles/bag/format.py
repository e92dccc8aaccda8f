"""The bag format's constants and text files: manifests, bag-info, payload paths."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from spbe_desktop.bundles.keys import PublicIdentity
from spbe_desktop.bundles.zipsafe import check_member_name
from spbe_desktop.core.models import CheckResult
from spbe_desktop.errors import BundleError

DEFAULT_TOP = "spbe-bundle"
BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "tagmanifest-sha256.txt.minisig"
BAGIT_DECLARATION = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
#: bag-info.txt fields this module writes itself; a caller may not pass them.
RESERVED_INFO = frozenset(
    {
        "Bagging-Date",
        "Payload-Oxum",
        "Bag-Size",
        "Bag-Count",
        "Signer-Public-Key",
        "Signer-Fingerprint",
    }
)
_TAG_FILES = (BAGIT_TXT, BAG_INFO, MANIFEST)
_ROOT_FILES = frozenset((*_TAG_FILES, TAGMANIFEST, SIGNATURE))
_MAX_TAG_BYTES = 1024 * 1024
_MAX_MANIFEST_BYTES = 64 * 1024 * 1024
#: per-part allowance for tag files and the ZIP central directory, used by plan_parts.
_PART_RESERVE = 64 * 1024
_SHA256_RE = re.compile(r"[0-9a-fA-F]{64}")
_PERCENT_RE = re.compile(r"%(25|0[aA]|0[dD])")
_BAG_COUNT_RE = re.compile(r"([1-9][0-9]*) of ([1-9][0-9]*)")
_OXUM_RE = re.compile(r"([0-9]+)\.([0-9]+)")


@dataclass(frozen=True, slots=True)
class BagEntry:
    """One payload file to put in a bag.

    Attributes:
        path: the path relative to ``data/``, with ``/`` separators (normalised to NFC).
        size: its size in bytes; the copy must match it exactly.
        sha256: its SHA-256 (hex) when already known; the copy must then match it.
        open: returns a fresh binary stream of the content; it is closed after copying.
        compress: may be deflated (then it is, when a sample of its start shrinks by about 10 %);
            False stores it as it is.
    """

    path: str
    size: int
    sha256: str | None
    open: Callable[[], BinaryIO]
    compress: bool = True


@dataclass(frozen=True, slots=True)
class BagSummary:
    """What :func:`write_bag_zip` wrote.

    Attributes:
        path: the bundle file.
        top: the bag's folder name inside the ZIP.
        info: the complete bag-info fields written.
        payload: payload path -> (sha256 hex, size).
        payload_bytes: sum of the payload sizes.
        tagmanifest_sha256: SHA-256 of the signed tag manifest; identifies the bag's content
            independently of the ZIP container (use it in receipts).
        trusted_comment: the signed comment.
        signer: the signing key's public half.
    """

    path: Path
    top: str
    info: dict[str, str]
    payload: dict[str, tuple[str, int]]
    payload_bytes: int
    tagmanifest_sha256: str
    trusted_comment: str
    signer: PublicIdentity


@dataclass(frozen=True, slots=True)
class BagVerification:
    """What :func:`read_bag_zip` found.

    Attributes:
        result: findings (severity "error" for anything that makes the bundle unusable) and
            details: ``signature_valid``, ``key_trusted``, ``key_id``, ``top``, ``bag_count``
            (``(k, n)`` or None), ``embedded_key`` and ``embedded_fingerprint`` (from bag-info,
            unverified unless ``signature_valid``), ``payload_files``, ``payload_bytes``.
        info: the bag-info fields (empty when unreadable).
        trusted_comment: the signed comment, only when the signature verified (even against an
            untrusted embedded key; check ``result.ok``).
        signer: the key that verified the signature, or None.
        payload: payload path -> (sha256 hex, size) as computed while reading.
    """

    result: CheckResult
    info: dict[str, str] = field(default_factory=dict)
    trusted_comment: str | None = None
    signer: PublicIdentity | None = None
    payload: dict[str, tuple[str, int]] = field(default_factory=dict)


# --------------------------------------------------------------------------- manifest text


def encode_manifest_path(path: str) -> str:
    """Percent-encode CR, LF and ``%`` in a manifest path, as RFC 8493 section 2.1.3 requires."""
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def decode_manifest_path(text: str) -> str:
    """Undo :func:`encode_manifest_path` (other ``%xx`` sequences are left alone)."""
    table = {"25": "%", "0a": "\n", "0d": "\r"}
    return _PERCENT_RE.sub(lambda m: table[m.group(1).lower()], text)


def _manifest_text(rows: Iterable[tuple[str, str]]) -> bytes:
    return "".join(f"{digest}  {encode_manifest_path(p)}\n" for p, digest in rows).encode("utf-8")


def _parse_manifest(data: bytes, name: str) -> list[tuple[str, str]]:
    """Lines ``<sha256> <path>`` -> [(path, lower-case digest)]."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError("bundle.manifest_invalid", item=name, detail="not UTF-8") from exc
    rows: list[tuple[str, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        parts = line.split(None, 1)
        if len(parts) != 2 or not _SHA256_RE.fullmatch(parts[0]):
            raise BundleError("bundle.manifest_invalid", item=name, detail=f"line {number}")
        rows.append((decode_manifest_path(parts[1].strip()), parts[0].lower()))
    return rows


def _info_text(info: Mapping[str, str]) -> bytes:
    return "".join(f"{label}: {value}\n" for label, value in info.items()).encode("utf-8")


def parse_bag_info(data: bytes) -> dict[str, str]:
    """Parse bag-info.txt (``Label: value`` lines; indented lines continue a value).

    Raises:
        BundleError: ``bundle.info_invalid`` (not UTF-8, a line without a label, a label given
            twice).
    """
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise BundleError("bundle.info_invalid", field="", detail="not UTF-8") from exc
    info: dict[str, str] = {}
    last: str | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        if line[0] in " \t":
            if last is None:
                raise BundleError("bundle.info_invalid", field="", detail=f"line {number}")
            info[last] = f"{info[last]} {line.strip()}"
            continue
        label, colon, value = line.partition(":")
        label = label.strip()
        if not colon or not label:
            raise BundleError("bundle.info_invalid", field="", detail=f"line {number}")
        if label in info:
            raise BundleError("bundle.info_invalid", field=label, detail="given twice")
        info[label] = value.strip()
        last = label
    return info


def _check_info(info: Mapping[str, str]) -> dict[str, str]:
    checked: dict[str, str] = {}
    for label, value in info.items():
        bad_label = (
            not label
            or label != label.strip()
            or ":" in label
            or any(not ch.isprintable() for ch in label)
        )
        if bad_label:
            raise BundleError("bundle.bad_info", field=label, detail="invalid label")
        if label in RESERVED_INFO:
            raise BundleError("bundle.bad_info", field=label, detail="written by the bundler")
        if any(not ch.isprintable() for ch in value):
            raise BundleError("bundle.bad_info", field=label, detail="line break or control")
        checked[label] = value.strip()
    return checked


def _human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"  # pragma: no cover


def _normalise_payload_path(path: str) -> str:
    normalised = unicodedata.normalize("NFC", path)
    try:
        check_member_name(f"data/{normalised}")
    except BundleError as exc:
        raise BundleError("bundle.bad_path", item=path, reason=exc.params["reason"]) from exc
    if normalised.endswith("/"):
        raise BundleError("bundle.bad_path", item=path, reason="folder, not a file")
    return normalised
