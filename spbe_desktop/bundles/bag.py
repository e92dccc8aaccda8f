"""The bundle format: one signed BagIt 1.0 bag (RFC 8493) inside a ZIP file.

Layout inside the ZIP (``<top>`` is ``spbe-bundle`` unless the caller chooses another)::

    <top>/bagit.txt                       BagIt-Version 1.0, UTF-8
    <top>/bag-info.txt                    caller fields + Bagging-Date, Payload-Oxum, Bag-Size,
                                          Bag-Count (split parts), Signer-Public-Key,
                                          Signer-Fingerprint
    <top>/manifest-sha256.txt             every payload file under data/
    <top>/tagmanifest-sha256.txt          bagit.txt, bag-info.txt, manifest-sha256.txt
    <top>/tagmanifest-sha256.txt.minisig  minisign signature of the tag manifest (not listed
                                          in the tag manifest itself)
    <top>/data/...                        the payload

Unzipped, the folder is a valid bag for any BagIt tool, and ``minisign -V`` checks the tag
manifest. Writing streams every file in 1 MiB chunks into a temporary file that replaces the
destination only when complete. Reading verifies everything without extracting to disk; an
invalid bundle is a *result* with findings, never an exception. This module knows nothing of
the store or of what the payload means.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from spbe_desktop.bundles.files import atomic_output
from spbe_desktop.bundles.jsonsafe import DEFAULT_MAX_BYTES, parse_json
from spbe_desktop.bundles.keys import PublicIdentity, SecretIdentity
from spbe_desktop.bundles.minisign import (
    MAX_SIGNATURE_TEXT,
    check_comment_text,
    parse_signature,
    sign_file,
    verify_signature,
)
from spbe_desktop.bundles.zipsafe import CHUNK, SafeZip, check_member_name, name_key
from spbe_desktop.core.models import CheckResult, Finding
from spbe_desktop.core.progress import CancelToken, Progress
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
        compress: deflate the entry (False for already-compressed PDFs, images, Office files).
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


# --------------------------------------------------------------------------- writing


def plan_parts(entries: Iterable[BagEntry], max_part_bytes: int) -> list[list[BagEntry]]:
    """Split payload entries into parts whose bundles stay under ``max_part_bytes``.

    First-fit decreasing by size, counting an allowance for ZIP headers, manifest lines and
    tag files. A file larger than the limit goes alone in its own part (that part is larger).
    Within a part, entries keep their input order.

    Raises:
        ValueError: ``max_part_bytes`` leaves no room for any payload.
    """
    if max_part_bytes <= _PART_RESERVE:
        raise ValueError(f"max_part_bytes must exceed {_PART_RESERVE}")
    items = list(entries)
    room = max_part_bytes - _PART_RESERVE
    order = sorted(range(len(items)), key=lambda i: (-_cost(items[i]), i))
    parts: list[list[int]] = []
    free: list[int] = []
    for index in order:
        cost = _cost(items[index])
        for part_no, left in enumerate(free):
            if cost <= left:
                parts[part_no].append(index)
                free[part_no] -= cost
                break
        else:
            parts.append([index])
            free.append(max(room - cost, 0))
    return [[items[i] for i in sorted(part)] for part in parts]


def _cost(entry: BagEntry) -> int:
    name = len(entry.path.encode("utf-8"))
    # Deflate never grows data by more than ~0.03 %; the rest is local + central headers
    # (with ZIP64 extras) and the manifest line.
    growth = entry.size // 1000 if entry.compress else 0
    return entry.size + growth + 2 * (name + 64) + 120 + (name + 72)


def write_bag_zip(
    out_path: Path,
    entries: Iterable[BagEntry],
    info: Mapping[str, str],
    secret: SecretIdentity,
    trusted_comment: str,
    *,
    cancel: CancelToken,
    bag_count: tuple[int, int] | None = None,
    top: str = DEFAULT_TOP,
    now: datetime | None = None,
) -> Generator[Progress, None, BagSummary]:
    """Write a signed bag as a ZIP file, atomically.

    Args:
        out_path: the bundle file to create or replace.
        entries: the payload files.
        info: bag-info.txt fields (labels without ``:``, one-line values), in the order to
            write; the fields in :data:`RESERVED_INFO` are added here and may not be passed.
        secret: the signing identity.
        trusted_comment: one line, signed with the tag manifest.
        cancel: checked between chunks.
        bag_count: ``(k, n)`` when this bundle is part k of n.
        top: the bag's folder name inside the ZIP.
        now: the clock for Bagging-Date and ZIP timestamps (default: the current local time).

    Yields:
        ``Progress(bytes_done, bytes_total, "bundle.writing", {"item": path})``.

    Returns:
        A :class:`BagSummary`.

    Raises:
        BundleError: ``bundle.bad_path``, ``bundle.duplicate_path``, ``bundle.bad_info``,
            ``signature.comment_invalid`` (before anything is written);
            ``bundle.source_unreadable``, ``bundle.source_changed`` (a file's size or hash
            differs from what was given), ``bundle.write_failed``.
        CancelledError: when cancelled; no file is left behind.
    """
    moment = now or datetime.now()
    items, checked_info = _prepare(entries, info, trusted_comment, bag_count, top)
    total = sum(entry.size for _, entry in items)
    stamp = max(moment, datetime(1980, 1, 1)).timetuple()[:6]
    payload: dict[str, tuple[str, int]] = {}
    done = 0
    yield Progress(0, total, "bundle.writing", {"item": ""})
    with atomic_output(out_path) as fh, zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
        _write_small(zf, f"{top}/{BAGIT_TXT}", BAGIT_DECLARATION, stamp)
        folder = zipfile.ZipInfo(f"{top}/data/", stamp)
        folder.external_attr = (0o40755 << 16) | 0x10
        zf.writestr(folder, b"")
        for path, entry in items:
            cancel.raise_if_cancelled()
            name = f"{top}/data/{path}"
            digest = yield from _copy_entry(zf, name, path, entry, stamp, cancel, done, total)
            done += entry.size
            payload[path] = (digest, entry.size)
            yield Progress(done, total, "bundle.writing", {"item": path})
        cancel.raise_if_cancelled()
        manifest = _manifest_text((f"data/{p}", payload[p][0]) for p in sorted(payload))
        full_info = dict(checked_info)
        full_info["Bagging-Date"] = moment.date().isoformat()
        full_info["Payload-Oxum"] = f"{total}.{len(payload)}"
        full_info["Bag-Size"] = _human_size(total)
        if bag_count is not None:
            full_info["Bag-Count"] = f"{bag_count[0]} of {bag_count[1]}"
        full_info["Signer-Public-Key"] = secret.public.minisign_line()
        full_info["Signer-Fingerprint"] = secret.public.fingerprint()
        info_bytes = _info_text(full_info)
        tag_rows = [
            (name, hashlib.sha256(data).hexdigest())
            for name, data in ((BAGIT_TXT, BAGIT_DECLARATION), (BAG_INFO, info_bytes))
        ]
        tag_rows.append((MANIFEST, hashlib.sha256(manifest).hexdigest()))
        tagmanifest = _manifest_text(tag_rows)
        signature = sign_file(
            tagmanifest,
            secret,
            trusted_comment,
            f"spbe-desktop bundle signature, key {secret.public.key_id_hex()}",
        )
        _write_small(zf, f"{top}/{MANIFEST}", manifest, stamp)
        _write_small(zf, f"{top}/{BAG_INFO}", info_bytes, stamp)
        _write_small(zf, f"{top}/{TAGMANIFEST}", tagmanifest, stamp)
        _write_small(zf, f"{top}/{SIGNATURE}", signature.encode("utf-8"), stamp)
    return BagSummary(
        path=out_path,
        top=top,
        info=full_info,
        payload=payload,
        payload_bytes=total,
        tagmanifest_sha256=hashlib.sha256(tagmanifest).hexdigest(),
        trusted_comment=trusted_comment,
        signer=secret.public,
    )


def _prepare(
    entries: Iterable[BagEntry],
    info: Mapping[str, str],
    trusted_comment: str,
    bag_count: tuple[int, int] | None,
    top: str,
) -> tuple[list[tuple[str, BagEntry]], dict[str, str]]:
    """Check everything that can be checked before a byte is written."""
    check_comment_text(trusted_comment, "trusted")
    if bag_count is not None and not 1 <= bag_count[0] <= bag_count[1]:
        raise ValueError(f"bag_count must be (k, n) with 1 <= k <= n, not {bag_count}")
    try:
        check_member_name(f"{top}/")
    except BundleError as exc:
        raise ValueError(f"top must be a plain folder name, not {top!r}") from exc
    if "/" in top:
        raise ValueError(f"top must be a single folder name, not {top!r}")
    checked_info = _check_info(info)
    items: list[tuple[str, BagEntry]] = []
    seen: dict[str, str] = {}
    for entry in entries:
        if entry.size < 0:
            raise BundleError("bundle.bad_path", item=entry.path, reason="negative size")
        path = _normalise_payload_path(entry.path)
        key = name_key(path)
        if key in seen:
            raise BundleError("bundle.duplicate_path", item=entry.path, other=seen[key])
        seen[key] = entry.path
        items.append((path, entry))
    # A file "a" next to a file "a/b" cannot both exist once unzipped.
    folders = {"/".join(k.split("/")[:i]) for k in seen for i in range(1, k.count("/") + 1)}
    for key in seen:
        if key in folders:
            raise BundleError("bundle.duplicate_path", item=seen[key], other=f"{seen[key]}/...")
    return items, checked_info


def _write_small(zf: zipfile.ZipFile, name: str, data: bytes, stamp: tuple[int, ...]) -> None:
    zinfo = zipfile.ZipInfo(name, stamp)  # type: ignore[arg-type]
    zinfo.compress_type = zipfile.ZIP_DEFLATED
    zinfo.external_attr = 0o100644 << 16
    zf.writestr(zinfo, data)


def _copy_entry(
    zf: zipfile.ZipFile,
    name: str,
    path: str,
    entry: BagEntry,
    stamp: tuple[int, ...],
    cancel: CancelToken,
    done_before: int,
    total: int,
) -> Generator[Progress, None, str]:
    zinfo = zipfile.ZipInfo(name, stamp)  # type: ignore[arg-type]
    zinfo.compress_type = zipfile.ZIP_DEFLATED if entry.compress else zipfile.ZIP_STORED
    zinfo.external_attr = 0o100644 << 16
    zinfo.file_size = entry.size
    digest = hashlib.sha256()
    copied = 0
    try:
        source = entry.open()
    except OSError as exc:
        raise BundleError("bundle.source_unreadable", item=path, detail=str(exc)) from exc
    with source, zf.open(zinfo, "w") as target:
        while True:
            # Ask for one byte past the declared size, to notice a file that grew.
            want = min(CHUNK, entry.size - copied + 1)
            try:
                chunk = source.read(want)
            except OSError as exc:
                raise BundleError("bundle.source_unreadable", item=path, detail=str(exc)) from exc
            if not chunk:
                break
            copied += len(chunk)
            if copied > entry.size:
                raise BundleError("bundle.source_changed", item=path)
            digest.update(chunk)
            target.write(chunk)
            if copied < entry.size:
                yield Progress(done_before + copied, total, "bundle.writing", {"item": path})
                cancel.raise_if_cancelled()
    hexdigest = digest.hexdigest()
    if copied != entry.size or (entry.sha256 is not None and hexdigest != entry.sha256.lower()):
        raise BundleError("bundle.source_changed", item=path)
    return hexdigest


# --------------------------------------------------------------------------- reading


def _finding(code: str, item: str = "", **params: Any) -> Finding:
    return Finding(code=code, severity="error", item=item, params={"item": item, **params})


def _from_error(exc: BundleError, item: str = "") -> Finding:
    params = dict(exc.params)
    params.setdefault("item", item)
    return Finding(code=exc.code, severity="error", item=item, params=params)


def read_bag_zip(
    path: Path,
    *,
    max_total_bytes: int,
    expected_public: PublicIdentity | None = None,
    lookup_public: Callable[[bytes], PublicIdentity | None] | None = None,
    cancel: CancelToken,
) -> Generator[Progress, None, BagVerification]:
    """Verify a bundle completely, without extracting anything to disk.

    Checks, in order: the ZIP's structure (:mod:`zipsafe`); exactly one bag folder; bagit.txt;
    bag-info.txt (it must carry Payload-Oxum, Signer-Public-Key and Signer-Fingerprint); the
    minisign signature of the tag manifest; the tag manifest's hashes; each payload file
    listed exactly once, present, with its hash; Payload-Oxum.

    Key choice: ``expected_public`` when given (another key -> ``signature.wrong_key``), else
    ``lookup_public(key_id)``; when that returns None (or neither is given) the signature is
    checked against the key embedded in bag-info and, if it verifies, the finding
    ``bundle.untrusted_key`` (severity "error", params ``key_id`` and ``fingerprint``) says
    so: the caller shows the fingerprint, lets the coordinator confirm it with the OPD, records
    the key as trusted, and verifies again.

    A file that is not a ZIP or fails a ZIP check gives a result whose only finding carries the
    ``zip.*`` code; it is not an exception.

    Args:
        path: the bundle file.
        max_total_bytes: refuse bundles whose entries declare more bytes in total.
        expected_public: the only key accepted, when the signer is known in advance.
        lookup_public: key id -> trusted public key, or None when unknown.
        cancel: checked between chunks.

    Yields:
        ``Progress(bytes_done, payload_bytes, "bundle.verifying", {"item": path})``.

    Returns:
        A :class:`BagVerification`; ``result.ok`` is True only when every check passed.

    Raises:
        BundleError: ``bundle.unreadable`` when the file cannot be opened or read at all
            (missing, no permission, an I/O error on the medium).
        CancelledError: when cancelled.
    """
    yield Progress(0, 0, "bundle.verifying", {"item": ""})
    try:
        bag = SafeZip(path, max_total_bytes=max_total_bytes)
    except BundleError as exc:
        if exc.code == "bundle.unreadable":
            raise
        return BagVerification(CheckResult((_from_error(exc),)))
    with bag:
        verifier = _Verifier(bag, cancel)
        return (yield from verifier.run(expected_public, lookup_public))


def _single_top(bag: SafeZip) -> str:
    tops = {member.name.split("/", 1)[0] for member in bag.members}
    if len(tops) != 1:
        raise BundleError("bundle.layout", item="", detail="expected exactly one bag folder")
    top = next(iter(tops))
    if any("/" not in member.name for member in bag.members):
        raise BundleError("bundle.layout", item=top, detail="a file outside the bag folder")
    return top


class _Verifier:
    """One verification run; collects findings instead of stopping at the first."""

    def __init__(self, bag: SafeZip, cancel: CancelToken) -> None:
        self.bag = bag
        self.cancel = cancel
        self.findings: list[Finding] = []
        self.details: dict[str, Any] = {
            "signature_valid": False,
            "key_trusted": False,
            "key_id": None,
            "top": None,
            "bag_count": None,
            "embedded_key": None,
            "embedded_fingerprint": None,
            "payload_files": 0,
            "payload_bytes": 0,
        }
        self.info: dict[str, str] = {}
        self.trusted_comment: str | None = None
        self.signer: PublicIdentity | None = None
        self.payload: dict[str, tuple[str, int]] = {}

    def _add_error(self, exc: BundleError, item: str = "") -> None:
        # NOTE: an I/O error on the medium means the check could not run: not a finding.
        if exc.code == "bundle.unreadable":
            raise exc
        self.findings.append(_from_error(exc, item))

    def _result(self) -> BagVerification:
        return BagVerification(
            result=CheckResult(tuple(self.findings), self.details),
            info=self.info,
            trusted_comment=self.trusted_comment,
            signer=self.signer,
            payload=self.payload,
        )

    def _read_tag(self, top: str, name: str, limit: int) -> bytes | None:
        if self.bag.member(f"{top}/{name}") is None:
            self.findings.append(_finding("bundle.missing_file", name))
            return None
        try:
            return self.bag.read_bytes(f"{top}/{name}", limit)
        except BundleError as exc:
            self._add_error(exc, name)
            return None

    def run(
        self,
        expected_public: PublicIdentity | None,
        lookup_public: Callable[[bytes], PublicIdentity | None] | None,
    ) -> Generator[Progress, None, BagVerification]:
        try:
            top = _single_top(self.bag)
        except BundleError as exc:
            self._add_error(exc)
            return self._result()
        self.details["top"] = top
        self._check_layout(top)
        self._check_bagit(top)
        self._check_info(top)
        tagmanifest = self._read_tag(top, TAGMANIFEST, _MAX_MANIFEST_BYTES)
        self._check_signature(top, tagmanifest, expected_public, lookup_public)
        if tagmanifest is not None:
            # Identifies the bag's signed content independently of the ZIP container: the
            # importer records it in its ledger.
            self.details["tagmanifest_sha256"] = hashlib.sha256(tagmanifest).hexdigest()
            self._check_tagmanifest(top, tagmanifest)
        yield from self._check_payload(top)
        return self._result()

    def _check_layout(self, top: str) -> None:
        for member in self.bag.members:
            rel = member.name[len(top) + 1 :]
            if member.is_dir:
                if rel and rel != "data/" and not rel.startswith("data/"):
                    self.findings.append(_finding("bundle.extra_file", rel))
            elif ("/" not in rel and rel not in _ROOT_FILES) or (
                "/" in rel and not rel.startswith("data/")
            ):
                self.findings.append(_finding("bundle.extra_file", rel))

    def _check_bagit(self, top: str) -> None:
        data = self._read_tag(top, BAGIT_TXT, 64 * 1024)
        if data is None:
            return
        try:
            fields = parse_bag_info(data)
        except BundleError:
            fields = {}
        version = fields.get("BagIt-Version", "")
        encoding = fields.get("Tag-File-Character-Encoding", "")
        if version != "1.0" or encoding.upper() != "UTF-8":
            found = f"{version or '?'} / {encoding or '?'}"
            self.findings.append(_finding("bundle.bagit_version", BAGIT_TXT, found=found))

    def _check_info(self, top: str) -> None:
        data = self._read_tag(top, BAG_INFO, _MAX_TAG_BYTES)
        if data is None:
            return
        try:
            self.info = parse_bag_info(data)
        except BundleError as exc:
            self._add_error(exc, BAG_INFO)
            return
        for required in ("Payload-Oxum", "Signer-Public-Key", "Signer-Fingerprint"):
            if required not in self.info:
                self.findings.append(
                    _finding("bundle.info_invalid", BAG_INFO, field=required, detail="missing")
                )
        count = self.info.get("Bag-Count")
        if count is not None:
            match = _BAG_COUNT_RE.fullmatch(count)
            if match and int(match.group(1)) <= int(match.group(2)):
                self.details["bag_count"] = (int(match.group(1)), int(match.group(2)))
            else:
                self.findings.append(
                    _finding("bundle.info_invalid", BAG_INFO, field="Bag-Count", detail=count)
                )

    def _embedded_key(self) -> PublicIdentity | None:
        line = self.info.get("Signer-Public-Key")
        if line is None:
            return None
        try:
            embedded = PublicIdentity.from_minisign(line)
        except BundleError:
            self.findings.append(
                _finding(
                    "bundle.info_invalid", BAG_INFO, field="Signer-Public-Key", detail="malformed"
                )
            )
            return None
        self.details["embedded_key"] = embedded.minisign_line()
        self.details["embedded_fingerprint"] = embedded.fingerprint()
        stated = self.info.get("Signer-Fingerprint")
        if stated is not None and stated != embedded.fingerprint():
            self.findings.append(_finding("bundle.fingerprint_mismatch", BAG_INFO))
        return embedded

    def _check_signature(
        self,
        top: str,
        tagmanifest: bytes | None,
        expected_public: PublicIdentity | None,
        lookup_public: Callable[[bytes], PublicIdentity | None] | None,
    ) -> None:
        embedded = self._embedded_key()
        if self.bag.member(f"{top}/{SIGNATURE}") is None:
            self.findings.append(_finding("bundle.unsigned", SIGNATURE))
            return
        sig_bytes = self._read_tag(top, SIGNATURE, MAX_SIGNATURE_TEXT)
        if sig_bytes is None or tagmanifest is None:
            return
        try:
            parsed = parse_signature(sig_bytes)
        except BundleError as exc:
            self._add_error(exc, SIGNATURE)
            return
        key_id_hex = parsed.key_id[::-1].hex().upper()
        self.details["key_id"] = key_id_hex
        candidate: PublicIdentity | None
        if expected_public is not None:
            candidate, trusted = expected_public, True
        else:
            candidate = lookup_public(parsed.key_id) if lookup_public is not None else None
            trusted = candidate is not None
            if candidate is None:
                candidate = embedded
        if candidate is None:
            self.findings.append(_finding("bundle.unknown_key", SIGNATURE, key_id=key_id_hex))
            return
        try:
            self.trusted_comment = verify_signature(tagmanifest, sig_bytes, candidate)
        except BundleError as exc:
            self._add_error(exc, SIGNATURE)
            return
        self.signer = candidate
        self.details["signature_valid"] = True
        self.details["key_trusted"] = trusted
        if not trusted:
            self.findings.append(
                _finding(
                    "bundle.untrusted_key",
                    SIGNATURE,
                    key_id=key_id_hex,
                    fingerprint=candidate.fingerprint(),
                )
            )
        elif embedded is not None and embedded != candidate:
            self.findings.append(_finding("bundle.signer_mismatch", BAG_INFO, key_id=key_id_hex))

    def _check_tagmanifest(self, top: str, data: bytes) -> None:
        try:
            rows = _parse_manifest(data, TAGMANIFEST)
        except BundleError as exc:
            self._add_error(exc, TAGMANIFEST)
            return
        listed: set[str] = set()
        for name, digest in rows:
            if name in listed or name not in _TAG_FILES:
                detail = "listed twice" if name in listed else f"unexpected entry {name!r}"
                self.findings.append(
                    _finding("bundle.manifest_invalid", TAGMANIFEST, detail=detail)
                )
                continue
            listed.add(name)
            if self.bag.member(f"{top}/{name}") is None:
                continue  # already reported as missing
            try:
                actual, _ = self.bag.hash_member(f"{top}/{name}", self.cancel)
            except BundleError as exc:
                self._add_error(exc, name)
                continue
            if actual != digest:
                self.findings.append(
                    _finding("bundle.hash_mismatch", name, expected=digest, found=actual)
                )
        for name in _TAG_FILES:
            if name not in listed:
                self.findings.append(_finding("bundle.tag_not_covered", name))

    def _check_payload(self, top: str) -> Generator[Progress, None, None]:
        prefix = f"{top}/data/"
        in_zip: dict[str, str] = {}
        for member in self.bag.members:
            if not member.is_dir and member.name.startswith(prefix):
                in_zip[unicodedata.normalize("NFC", member.name[len(prefix) :])] = member.name
        listed = self._read_payload_manifest(top)
        if listed is None:
            return
        sizes = {m.name: m.size for m in self.bag.members}
        total = sum(sizes[in_zip[rel]] for rel in listed if rel in in_zip)
        done = 0
        for rel, expected in sorted(listed.items()):
            zip_name = in_zip.get(rel)
            if zip_name is None:
                self.findings.append(_finding("bundle.missing_file", f"data/{rel}"))
                continue
            digest = hashlib.sha256()
            size = 0
            try:
                for chunk in self.bag.iter_chunks(zip_name, self.cancel):
                    digest.update(chunk)
                    size += len(chunk)
                    done += len(chunk)
                    yield Progress(done, total, "bundle.verifying", {"item": rel})
            except BundleError as exc:
                self._add_error(exc, f"data/{rel}")
                continue
            actual = digest.hexdigest()
            self.payload[rel] = (actual, size)
            if actual != expected:
                self.findings.append(
                    _finding("bundle.hash_mismatch", f"data/{rel}", expected=expected, found=actual)
                )
        for rel in sorted(set(in_zip) - set(listed)):
            self.findings.append(_finding("bundle.extra_file", f"data/{rel}"))
        self.details["payload_files"] = len(self.payload)
        self.details["payload_bytes"] = sum(size for _, size in self.payload.values())
        # The oxum describes what is in the bag, listed or not; sizes read back equal the
        # declared ones (zipsafe enforces it), so the declared sizes are used.
        self._check_oxum(sum(sizes[name] for name in in_zip.values()), len(in_zip))

    def _read_payload_manifest(self, top: str) -> dict[str, str] | None:
        data = self._read_tag(top, MANIFEST, _MAX_MANIFEST_BYTES)
        if data is None:
            return None
        try:
            rows = _parse_manifest(data, MANIFEST)
        except BundleError as exc:
            self._add_error(exc, MANIFEST)
            return None
        listed: dict[str, str] = {}
        keys: set[str] = set()
        for raw_path, digest in rows:
            rel = unicodedata.normalize("NFC", raw_path).removeprefix("data/")
            detail = ""
            if not raw_path.startswith("data/"):
                detail = f"not under data/: {raw_path!r}"
            else:
                try:
                    check_member_name(raw_path)
                except BundleError as exc:
                    detail = f"unsafe path {exc.params.get('name')!r}"
            if not detail and name_key(rel) in keys:
                detail = f"listed twice: {raw_path!r}"
            if detail:
                self.findings.append(_finding("bundle.manifest_invalid", MANIFEST, detail=detail))
                continue
            keys.add(name_key(rel))
            listed[rel] = digest
        return listed

    def _check_oxum(self, size_sum: int, count: int) -> None:
        oxum = self.info.get("Payload-Oxum")
        if oxum is None:
            return  # reported as missing with the other required fields
        actual = f"{size_sum}.{count}"
        match = _OXUM_RE.fullmatch(oxum)
        if match is None or (int(match.group(1)), int(match.group(2))) != (size_sum, count):
            self.findings.append(
                _finding("bundle.oxum_mismatch", BAG_INFO, declared=oxum, actual=actual)
            )


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
