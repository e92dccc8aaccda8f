"""Writing a signed bag into a ZIP: plan split parts, stream entries, sign the tag manifest."""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections.abc import Generator, Iterable, Mapping
from datetime import datetime
from pathlib import Path

from spbe_desktop.bundles.bag.format import (
    _PART_RESERVE,
    BAG_INFO,
    BAGIT_DECLARATION,
    BAGIT_TXT,
    DEFAULT_TOP,
    MANIFEST,
    SIGNATURE,
    TAGMANIFEST,
    BagEntry,
    BagSummary,
    _check_info,
    _human_size,
    _info_text,
    _manifest_text,
    _normalise_payload_path,
)
from spbe_desktop.bundles.files import atomic_output
from spbe_desktop.bundles.hashing import PipelinedHash
from spbe_desktop.bundles.keys import SecretIdentity
from spbe_desktop.bundles.minisign import (
    check_comment_text,
    sign_file,
)
from spbe_desktop.bundles.zipsafe import check_member_name, name_key
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import BundleError

# --------------------------------------------------------------------------- writing

#: Bytes read and written at a time: one stored chunk (a blob reader returns it without a copy).
BLOCK = 1024 * 1024


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


#: How much of a file's start is deflated on trial to decide whether the file is worth deflating.
SAMPLE = 64 * 1024
#: A file is deflated only when its sample shrinks to at most this fraction of its size: PDFs,
#: images, recordings and archives are mostly compressed already, and deflating them costs
#: about 30 ms per MiB for nothing.
DEFLATE_WORTH = 0.9


def worth_deflating(sample: bytes) -> bool:
    """Whether a file whose first bytes are ``sample`` should be deflated (whatever its type)."""
    if not sample:
        return False
    return len(zlib.compress(sample[:SAMPLE], 6)) <= DEFLATE_WORTH * min(len(sample), SAMPLE)


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
    """Copy one payload file into the ZIP, hashing it on the way (in a second thread, so the
    SHA-256 overlaps zipfile's CRC and the write)."""
    zinfo = zipfile.ZipInfo(name, stamp)  # type: ignore[arg-type]
    zinfo.external_attr = 0o100644 << 16
    zinfo.file_size = entry.size
    digest = PipelinedHash()
    copied = 0
    try:
        source = entry.open()
    except OSError as exc:
        raise BundleError("bundle.source_unreadable", item=path, detail=str(exc)) from exc

    def read() -> bytes:
        # Ask for one byte past the declared size, to notice a file that grew.
        want = min(BLOCK, entry.size - copied + 1)
        try:
            return source.read(want)
        except OSError as exc:
            raise BundleError("bundle.source_unreadable", item=path, detail=str(exc)) from exc

    with source:
        chunk = read()
        deflate = entry.compress and worth_deflating(chunk[:SAMPLE])
        zinfo.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
        with zf.open(zinfo, "w") as target:
            while chunk:
                copied += len(chunk)
                if copied > entry.size:
                    raise BundleError("bundle.source_changed", item=path)
                digest.update(chunk)
                target.write(chunk)
                if copied < entry.size:
                    yield Progress(done_before + copied, total, "bundle.writing", {"item": path})
                    cancel.raise_if_cancelled()
                chunk = read()
    hexdigest = digest.hexdigest()
    if copied != entry.size or (entry.sha256 is not None and hexdigest != entry.sha256.lower()):
        raise BundleError("bundle.source_changed", item=path)
    return hexdigest
