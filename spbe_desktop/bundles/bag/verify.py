"""Verifying a bag in a ZIP without extracting it: layout, tag files, signature, payload."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Generator, Mapping
from pathlib import Path
from typing import Any

from spbe_desktop.bundles.bag.format import (
    _BAG_COUNT_RE,
    _MAX_MANIFEST_BYTES,
    _MAX_TAG_BYTES,
    _OXUM_RE,
    _ROOT_FILES,
    _TAG_FILES,
    BAG_INFO,
    BAGIT_TXT,
    MANIFEST,
    SIGNATURE,
    TAGMANIFEST,
    BagVerification,
    _parse_manifest,
    parse_bag_info,
)
from spbe_desktop.bundles.hashing import PipelinedHash
from spbe_desktop.bundles.keys import PublicIdentity
from spbe_desktop.bundles.minisign import (
    MAX_SIGNATURE_TEXT,
    parse_signature,
    verify_signature,
)
from spbe_desktop.bundles.zipsafe import SafeZip, check_member_name, name_key
from spbe_desktop.core.models import CheckResult, Finding
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import BundleError

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
    written: Mapping[str, tuple[str, int]] | None = None,
    hash_payload: bool = True,
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
        written: payload path -> (sha256 hex, size) computed while this process wrote the
            bundle (:attr:`BagSummary.payload`): those files are not read again (reading back
            what was just written only reads the page cache); everything else is checked as
            usual, from the file.
        hash_payload: False checks everything but the payload's content: ``payload`` then
            holds the *manifest's* digests and the declared sizes, unverified, and
            ``result.details["payload_hashed"]`` is False. For a reader that hashes each file
            as it streams it anyway (:class:`BagReader` with ``expected=payload`` re-checks
            every file read to its end), so the payload is read once.

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
        verifier = _Verifier(bag, cancel, written or {}, hash_payload)
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

    def __init__(
        self,
        bag: SafeZip,
        cancel: CancelToken,
        written: Mapping[str, tuple[str, int]],
        hash_payload: bool = True,
    ) -> None:
        self.bag = bag
        self.cancel = cancel
        self.written = written
        self.hash_payload = hash_payload
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
            "payload_hashed": hash_payload,
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
            if not self.hash_payload:
                self.payload[rel] = (expected, sizes[zip_name])
                continue
            known = self.written.get(rel)
            if known is not None and known[1] == sizes[zip_name]:
                self.payload[rel] = known
                done += known[1]
                if known[0] != expected:
                    self.findings.append(
                        _finding(
                            "bundle.hash_mismatch", f"data/{rel}", expected=expected, found=known[0]
                        )
                    )
                continue
            digest = PipelinedHash()
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
