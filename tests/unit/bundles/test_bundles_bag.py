from __future__ import annotations

import hashlib
import io
import os
import unicodedata
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import bagit
import pytest

from spbe_desktop.bundles.bag import (
    BagEntry,
    BagReader,
    decode_manifest_path,
    encode_manifest_path,
    iter_payload_json,
    open_payload,
    parse_bag_info,
    plan_parts,
    read_bag_zip,
    write_bag_zip,
)
from spbe_desktop.bundles.keys import PublicIdentity, SecretIdentity
from spbe_desktop.core.progress import CancelToken, Progress, run
from spbe_desktop.errors import BundleError, CancelledError

T = "spbe-bundle/"
Verify = Callable[..., Any]
Codes = Callable[[Any], set[str]]
FILES = {
    "opd.json": b'{"opd": "DISKOMINFO"}',
    "evidence/1.1/SK.pdf": b"%PDF-1.7 " + bytes(range(256)) * 20,
    "evidence/1.2/notulen.txt": b"Rapat koordinasi\n" * 50,
}


def _entries(files: dict[str, bytes], **overrides: Any) -> list[BagEntry]:
    return [
        BagEntry(
            path=name,
            size=overrides.get("size", len(data)),
            sha256=overrides.get("sha256", hashlib.sha256(data).hexdigest()),
            open=lambda data=data: io.BytesIO(data),  # type: ignore[misc]
            compress=True,
        )
        for name, data in files.items()
    ]


def _unzip(path: Path, into: Path) -> Path:
    with zipfile.ZipFile(path) as zf:
        zf.extractall(into)
    return into / "spbe-bundle"


# ------------------------------------------------------------------ round trip and interop


def test_round_trip(
    make_bundle: Callable[..., Path], verify: Verify, identity: SecretIdentity
) -> None:
    steps: list[Progress] = []
    path = make_bundle()
    verification = run(
        read_bag_zip(
            path, max_total_bytes=10**9, expected_public=identity.public, cancel=CancelToken()
        ),
        steps.append,
    )
    assert verification.result.ok, verification.result.findings
    assert verification.result.findings == ()
    assert verification.trusted_comment == "spbe-desktop evidence DISKOMINFO 2025"
    assert verification.signer == identity.public
    assert verification.info["Source-Organization"].startswith("Dinas Komunikasi")
    assert verification.info["Signer-Fingerprint"] == identity.public.fingerprint()
    assert verification.result.details["key_trusted"] is True
    assert "evidence/2.1/notulen rapat.txt" in verification.payload
    assert steps[-1].message_code == "bundle.verifying"
    assert steps[-1].done == steps[-1].total == sum(s for _, s in verification.payload.values())


def test_summary_matches_what_is_read(
    tmp_path: Path, identity: SecretIdentity, verify: Verify
) -> None:
    out = tmp_path / "b.zip"
    summary = run(
        write_bag_zip(
            out,
            _entries(FILES),
            {"Source-Organization": "Dinas"},
            identity,
            "tc",
            cancel=CancelToken(),
            bag_count=(2, 3),
            now=datetime(2025, 3, 4, 5, 6, 7),
        )
    )
    verification = verify(out)
    assert verification.result.ok
    assert summary.payload == verification.payload
    assert summary.info == verification.info
    assert summary.info["Bagging-Date"] == "2025-03-04"
    assert summary.info["Bag-Count"] == "2 of 3"
    assert summary.info["Payload-Oxum"] == f"{sum(map(len, FILES.values()))}.3"
    assert verification.result.details["bag_count"] == (2, 3)
    with zipfile.ZipFile(out) as zf:
        tag = zf.read(T + "tagmanifest-sha256.txt")
        assert zf.getinfo(T + "bagit.txt").date_time == (2025, 3, 4, 5, 6, 6)
    assert summary.tagmanifest_sha256 == hashlib.sha256(tag).hexdigest()


def test_real_minisign_and_bagit_accept_the_unzipped_bag(
    tmp_path: Path,
    make_bundle: Callable[..., Path],
    identity: SecretIdentity,
    minisign_cli: Callable[..., Any],
    write_pub: Callable[[PublicIdentity], Path],
) -> None:
    bag_dir = _unzip(make_bundle(), tmp_path / "out")
    pub = write_pub(identity.public)
    checked = minisign_cli(
        "-Vm",
        str(bag_dir / "tagmanifest-sha256.txt"),
        "-p",
        str(pub),
        "-x",
        str(bag_dir / "tagmanifest-sha256.txt.minisig"),
    )
    assert checked.returncode == 0, checked.stderr
    assert "spbe-desktop evidence DISKOMINFO 2025" in checked.stdout

    bag = bagit.Bag(str(bag_dir))
    bag.validate()
    assert bag.info["Payload-Oxum"]

    # One flipped payload byte: bagit refuses the bag.
    victim = bag_dir / "data" / "evidence" / "1.2" / "Laporan Tahunan.docx"
    data = bytearray(victim.read_bytes())
    data[100] ^= 0x20
    victim.write_bytes(bytes(data))
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag_dir)).validate()


def test_percent_and_unicode_names_round_trip(
    make_bundle: Callable[..., Path], verify: Verify
) -> None:
    nfd = unicodedata.normalize("NFD", "Capaian 100% — Résumé.pdf")
    path = make_bundle({nfd: b"x" * 10, "a%25b.txt": b"y"})
    with zipfile.ZipFile(path) as zf:
        manifest = zf.read(T + "manifest-sha256.txt").decode()
        names = zf.namelist()
    # RFC 8493: '%' is percent-encoded in the manifest; names are NFC.
    assert "data/Capaian 100%25 — Résumé.pdf" in manifest
    assert "data/a%2525b.txt" in manifest
    assert T + "data/" + unicodedata.normalize("NFC", nfd) in names
    verification = verify(path)
    assert verification.result.ok, verification.result.findings
    assert set(verification.payload) == {unicodedata.normalize("NFC", nfd), "a%25b.txt"}


def test_manifest_path_encoding() -> None:
    for raw in ("plain", "a%b", "line\nbreak", "cr\rlf\r\n", "%0A literally"):
        assert decode_manifest_path(encode_manifest_path(raw)) == raw
    assert encode_manifest_path("a%\n") == "a%25%0A"
    assert decode_manifest_path("%0a%0D%2525%41") == "\n\r%25%41"


def test_empty_payload_is_a_valid_bag(
    tmp_path: Path, make_bundle: Callable[..., Path], verify: Verify
) -> None:
    path = make_bundle({})
    assert verify(path).result.ok
    bagit.Bag(str(_unzip(path, tmp_path / "out"))).validate()


def test_parse_bag_info() -> None:
    assert parse_bag_info(b"A: 1\r\nB-Long: x\n  continued\n\nC:\n") == {
        "A": "1",
        "B-Long": "x continued",
        "C": "",
    }
    for bad in (b"no colon\n", b" starts indented\n", b"A: 1\nA: 2\n", b"\xff: x\n"):
        with pytest.raises(BundleError) as err:
            parse_bag_info(bad)
        assert err.value.code == "bundle.info_invalid"


# ------------------------------------------------------------------ keys and trust


def test_unknown_signer_is_untrusted_but_verified(
    make_bundle: Callable[..., Path], verify: Verify, finding_codes: Codes, identity: SecretIdentity
) -> None:
    path = make_bundle()
    verification = verify(path, lookup_public=lambda key_id: None)
    assert finding_codes(verification) == {"bundle.untrusted_key"}
    assert not verification.result.ok
    finding = verification.result.findings[0]
    assert finding.params["fingerprint"] == identity.public.fingerprint()
    assert verification.signer == identity.public
    assert verification.result.details["signature_valid"] is True
    assert verification.result.details["key_trusted"] is False
    # No key information at all: same answer.
    assert finding_codes(verify(path, expected_public=None)) == {"bundle.untrusted_key"}
    # Once the coordinator trusts the key, the same bundle is fine.
    known = {identity.key_id: identity.public}
    assert verify(path, lookup_public=known.get).result.ok


def test_signature_from_another_key(
    tmp_path: Path,
    make_bundle: Callable[..., Path],
    verify: Verify,
    finding_codes: Codes,
    identity: SecretIdentity,
    other_identity: SecretIdentity,
    zt: Any,
) -> None:
    original = make_bundle()
    # Re-signed with another key, bag-info untouched.
    resigned = zt.rewrite(
        original, tmp_path / "resigned.zip", lambda c: zt.resign(c, other_identity)
    )
    assert finding_codes(verify(resigned)) == {"signature.wrong_key"}
    assert finding_codes(verify(resigned, expected_public=None)) == {"signature.wrong_key"}

    # A thorough forger also swaps the embedded key and fingerprint.
    def forge(contents: dict[str, bytes]) -> None:
        info = contents[T + "bag-info.txt"].decode()
        info = info.replace(identity.public.minisign_line(), other_identity.public.minisign_line())
        info = info.replace(identity.public.fingerprint(), other_identity.public.fingerprint())
        contents[T + "bag-info.txt"] = info.encode()
        zt.rehash(contents)
        zt.resign(contents, other_identity)

    forged = zt.rewrite(original, tmp_path / "forged.zip", forge)
    assert finding_codes(verify(forged)) == {"signature.wrong_key"}
    known = {identity.key_id: identity.public}
    untrusted = verify(forged, lookup_public=known.get)
    assert finding_codes(untrusted) == {"bundle.untrusted_key"}
    assert untrusted.result.findings[0].params["fingerprint"] == (
        other_identity.public.fingerprint()
    )


def test_fingerprint_and_signer_mismatch(
    tmp_path: Path,
    make_bundle: Callable[..., Path],
    verify: Verify,
    finding_codes: Codes,
    identity: SecretIdentity,
    other_identity: SecretIdentity,
    zt: Any,
) -> None:
    """bag-info claims another key than the one that signed (signed by the real key)."""

    def claim_other(contents: dict[str, bytes]) -> None:
        info = contents[T + "bag-info.txt"].decode()
        info = info.replace(identity.public.minisign_line(), other_identity.public.minisign_line())
        contents[T + "bag-info.txt"] = info.encode()
        zt.rehash(contents)
        zt.resign(contents, identity)

    path = zt.rewrite(make_bundle(), tmp_path / "claim.zip", claim_other)
    assert finding_codes(verify(path)) == {"bundle.fingerprint_mismatch", "bundle.signer_mismatch"}


def test_missing_signer_fields(
    tmp_path: Path, make_bundle: Callable[..., Path], verify: Verify, finding_codes: Codes, zt: Any
) -> None:
    def drop(contents: dict[str, bytes]) -> None:
        lines = contents[T + "bag-info.txt"].decode().splitlines(keepends=True)
        contents[T + "bag-info.txt"] = "".join(
            line for line in lines if not line.startswith("Signer-")
        ).encode()
        zt.rehash(contents)

    path = zt.rewrite(make_bundle(), tmp_path / "nokey.zip", drop)
    found = verify(path, expected_public=None)
    assert finding_codes(found) == {"bundle.info_invalid", "bundle.unknown_key"}


# ------------------------------------------------------------------ hostile bundles


def _flip_payload(contents: dict[str, bytes]) -> None:
    name = T + "data/evidence/1.1/SK Kepala Dinas.pdf"
    data = bytearray(contents[name])
    data[50] ^= 0x01
    contents[name] = bytes(data)


def _missing(contents: dict[str, bytes]) -> None:
    del contents[T + "data/opd.json"]


def _extra(contents: dict[str, bytes]) -> None:
    contents[T + "data/evidence/9.9/malware.exe"] = b"MZ"


def _extra_tag(contents: dict[str, bytes]) -> None:
    contents[T + "fetch.txt"] = b"http://example.invalid/x 10 data/x\n"


def _swap(contents: dict[str, bytes]) -> None:
    a = T + "data/evidence/1.1/SK Kepala Dinas.pdf"
    b = T + "data/evidence/1.2/Laporan Tahunan.docx"
    contents[a], contents[b] = contents[b], contents[a]


def _rehashed(contents: dict[str, bytes]) -> None:
    _flip_payload(contents)
    ToolsHolder.tools.rehash(contents)


def _oxum(contents: dict[str, bytes]) -> None:
    info = contents[T + "bag-info.txt"].decode()
    start = info.index("Payload-Oxum: ")
    end = info.index("\n", start)
    contents[T + "bag-info.txt"] = (info[:start] + "Payload-Oxum: 1.1" + info[end:]).encode()


def _unsigned(contents: dict[str, bytes]) -> None:
    del contents[T + "tagmanifest-sha256.txt.minisig"]


def _bad_sig(contents: dict[str, bytes]) -> None:
    contents[T + "tagmanifest-sha256.txt.minisig"] = b"untrusted comment: x\nnope\n"


def _tag_not_covered(contents: dict[str, bytes]) -> None:
    name = T + "tagmanifest-sha256.txt"
    lines = contents[name].decode().splitlines(keepends=True)
    contents[name] = "".join(line for line in lines if "bag-info" not in line).encode()


def _bagit_version(contents: dict[str, bytes]) -> None:
    contents[T + "bagit.txt"] = b"BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n"


def _two_tops(contents: dict[str, bytes]) -> None:
    contents["other-bag/bagit.txt"] = b"x"


def _traversal_in_manifest(contents: dict[str, bytes]) -> None:
    name = T + "manifest-sha256.txt"
    contents[name] += f"{'0' * 64}  data/../../etc/passwd\n".encode()


class ToolsHolder:
    tools: Any = None


HOSTILE_BAGS: list[tuple[Callable[[dict[str, bytes]], None], set[str]]] = [
    (_flip_payload, {"bundle.hash_mismatch"}),
    (_missing, {"bundle.missing_file", "bundle.oxum_mismatch"}),
    (_extra, {"bundle.extra_file", "bundle.oxum_mismatch"}),
    (_extra_tag, {"bundle.extra_file"}),
    (_swap, {"bundle.hash_mismatch"}),
    (_rehashed, {"signature.invalid"}),
    (_oxum, {"bundle.hash_mismatch", "bundle.oxum_mismatch"}),
    (_unsigned, {"bundle.unsigned"}),
    (_bad_sig, {"signature.malformed"}),
    (_tag_not_covered, {"bundle.tag_not_covered", "signature.invalid"}),
    (_bagit_version, {"bundle.bagit_version", "bundle.hash_mismatch"}),
    (_two_tops, {"bundle.layout"}),
    (_traversal_in_manifest, {"bundle.manifest_invalid", "bundle.hash_mismatch"}),
]


@pytest.mark.parametrize(
    ("change", "expected"), HOSTILE_BAGS, ids=[c.__name__.strip("_") for c, _ in HOSTILE_BAGS]
)
def test_hostile_bundle_gives_findings(
    tmp_path: Path,
    make_bundle: Callable[..., Path],
    verify: Verify,
    finding_codes: Codes,
    zt: Any,
    change: Callable[[dict[str, bytes]], None],
    expected: set[str],
) -> None:
    ToolsHolder.tools = zt
    path = zt.rewrite(make_bundle(), tmp_path / "hostile.zip", change)
    verification = verify(path)
    assert not verification.result.ok
    assert finding_codes(verification) == expected
    assert all(f.severity == "error" for f in verification.result.findings)


def test_swapped_documents_name_both_files(
    tmp_path: Path, make_bundle: Callable[..., Path], verify: Verify, zt: Any
) -> None:
    path = zt.rewrite(make_bundle(), tmp_path / "swap.zip", _swap)
    items = {f.item for f in verify(path).result.findings}
    assert items == {
        "data/evidence/1.1/SK Kepala Dinas.pdf",
        "data/evidence/1.2/Laporan Tahunan.docx",
    }


def test_raw_byte_flip_in_the_zip_is_a_finding(
    tmp_path: Path, make_bundle: Callable[..., Path], verify: Verify, finding_codes: Codes
) -> None:
    path = make_bundle()
    data = bytearray(path.read_bytes())
    marker = data.find(b"%PDF-1.7")  # stored (not deflated): the raw bytes are visible
    data[marker + 20] ^= 0x01
    path.write_bytes(bytes(data))
    assert finding_codes(verify(path)) == {"zip.corrupt"}


def test_unreadable_file_is_an_exception(tmp_path: Path, verify: Verify) -> None:
    with pytest.raises(BundleError) as err:
        verify(tmp_path / "missing.zip")
    assert err.value.code == "bundle.unreadable"


# ------------------------------------------------------------------ writing rules


@pytest.mark.parametrize(
    ("files", "code"),
    [
        ({"../evil": b"x"}, "bundle.bad_path"),
        ({"a\\b": b"x"}, "bundle.bad_path"),
        ({"/abs": b"x"}, "bundle.bad_path"),
        ({"C:/x": b"x"}, "bundle.bad_path"),
        ({"a\nb": b"x"}, "bundle.bad_path"),
        ({"folder/": b"x"}, "bundle.bad_path"),
        ({"A.pdf": b"x", "a.PDF": b"y"}, "bundle.duplicate_path"),
        ({"x": b"x", "x/y": b"y"}, "bundle.duplicate_path"),
    ],
)
def test_write_refuses_bad_paths_before_writing(
    tmp_path: Path, identity: SecretIdentity, files: dict[str, bytes], code: str
) -> None:
    out = tmp_path / "b.zip"
    with pytest.raises(BundleError) as err:
        run(write_bag_zip(out, _entries(files), {}, identity, "tc", cancel=CancelToken()))
    assert err.value.code == code
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "info",
    [{"Payload-Oxum": "1.1"}, {"Bad:Label": "x"}, {"Label": "two\nlines"}, {"": "x"}],
)
def test_write_refuses_bad_info(
    tmp_path: Path, identity: SecretIdentity, info: dict[str, str]
) -> None:
    with pytest.raises(BundleError) as err:
        run(write_bag_zip(tmp_path / "b.zip", [], info, identity, "tc", cancel=CancelToken()))
    assert err.value.code == "bundle.bad_info"


def test_write_refuses_multiline_trusted_comment(tmp_path: Path, identity: SecretIdentity) -> None:
    with pytest.raises(BundleError) as err:
        run(write_bag_zip(tmp_path / "b.zip", [], {}, identity, "a\nb", cancel=CancelToken()))
    assert err.value.code == "signature.comment_invalid"


@pytest.mark.parametrize(
    "overrides",
    [{"sha256": "0" * 64}, {"size": 5}, {"size": 10**6}],
    ids=["hash-differs", "file-grew", "file-shrank"],
)
def test_source_changed_is_refused_and_leaves_nothing(
    tmp_path: Path, identity: SecretIdentity, overrides: dict[str, Any]
) -> None:
    out = tmp_path / "b.zip"
    out.write_bytes(b"previous bundle")
    with pytest.raises(BundleError) as err:
        run(
            write_bag_zip(
                out, _entries(FILES, **overrides), {}, identity, "tc", cancel=CancelToken()
            )
        )
    assert err.value.code == "bundle.source_changed"
    assert out.read_bytes() == b"previous bundle"  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip"]


def test_unreadable_source(tmp_path: Path, identity: SecretIdentity) -> None:
    def fail() -> BinaryIO:
        raise PermissionError("locked by Word")

    class Broken(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            raise OSError("flash disk removed")

    for opener in (fail, lambda: io.BufferedReader(Broken())):
        entry = BagEntry("a.pdf", 10, None, opener, compress=False)  # type: ignore[arg-type]
        with pytest.raises(BundleError) as err:
            run(write_bag_zip(tmp_path / "b.zip", [entry], {}, identity, "t", cancel=CancelToken()))
        assert err.value.code == "bundle.source_unreadable"
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder(tmp_path: Path, identity: SecretIdentity) -> None:
    """A folder that is not there is named, with the file the user chose (not a temporary)."""
    with pytest.raises(BundleError) as err:
        run(write_bag_zip(tmp_path / "no" / "b.zip", [], {}, identity, "t", cancel=CancelToken()))
    assert err.value.code == "bundle.folder_missing"
    assert err.value.params == {"file": "b.zip", "folder": str(tmp_path / "no")}


class _Endless(io.RawIOBase):
    """A stream of ``size`` pseudo-random-looking bytes, generated on the fly."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self._left = size
        self._block = os.urandom(1024 * 1024)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self._left, len(self._block))
        buffer[:n] = self._block[:n]
        self._left -= n
        return n


def test_cancel_mid_write_leaves_no_file(tmp_path: Path, identity: SecretIdentity) -> None:
    size = 20 * 1024 * 1024
    entry = BagEntry("big.bin", size, None, lambda: io.BufferedReader(_Endless(size)), False)
    cancel = CancelToken()
    job = write_bag_zip(tmp_path / "b.zip", [entry], {}, identity, "t", cancel=cancel)
    steps = 0
    with pytest.raises(CancelledError):
        for _ in job:
            steps += 1
            if steps == 3:
                cancel.cancel()
    assert list(tmp_path.iterdir()) == []


def test_abandoned_writer_leaves_no_file(tmp_path: Path, identity: SecretIdentity) -> None:
    size = 5 * 1024 * 1024
    entry = BagEntry("big.bin", size, None, lambda: io.BufferedReader(_Endless(size)), False)
    job = write_bag_zip(tmp_path / "b.zip", [entry], {}, identity, "t", cancel=CancelToken())
    next(job)
    next(job)
    job.close()
    assert list(tmp_path.iterdir()) == []


def test_cancel_mid_read(make_bundle: Callable[..., Path], identity: SecretIdentity) -> None:
    path = make_bundle({"big.bin": os.urandom(3 * 1024 * 1024)})
    cancel = CancelToken()
    job = read_bag_zip(path, max_total_bytes=10**9, expected_public=identity.public, cancel=cancel)
    next(job)
    next(job)
    cancel.cancel()
    with pytest.raises(CancelledError):
        run(job)


# ------------------------------------------------------------------ split parts


def _sized(path: str, size: int) -> BagEntry:
    return BagEntry(path, size, None, lambda: io.BytesIO(b""), compress=False)


def test_plan_parts_first_fit() -> None:
    mb = 1_000_000
    entries = [_sized(f"f{i}", s * mb) for i, s in enumerate([6, 3, 2, 5, 4, 1, 30])]
    parts = plan_parts(entries, 10 * mb)
    names = [[e.path for e in part] for part in parts]
    assert names[0] == ["f6"]  # larger than the limit: alone
    assert sorted(n for part in names for n in part) == sorted(e.path for e in entries)
    for part in parts[1:]:
        assert sum(e.size for e in part) <= 10 * mb - 64 * 1024
    assert len(parts) == 1 + 3  # 21 MB of small files into ~9.9 MB parts
    assert plan_parts([], 10 * mb) == []
    with pytest.raises(ValueError, match="max_part_bytes"):
        plan_parts(entries, 1000)


def test_split_parts_are_each_valid_bags(
    tmp_path: Path, identity: SecretIdentity, verify: Verify
) -> None:
    files = {f"doc{i}.bin": os.urandom(300_000) for i in range(7)}
    parts = plan_parts(_entries(files), 1_000_000)
    assert len(parts) >= 3
    seen: dict[str, tuple[str, int]] = {}
    for k, part in enumerate(parts, start=1):
        out = tmp_path / f"bundle-{k}.zip"
        run(
            write_bag_zip(
                out,
                part,
                {},
                identity,
                f"part {k}",
                cancel=CancelToken(),
                bag_count=(k, len(parts)),
            )
        )
        assert out.stat().st_size <= 1_000_000
        verification = verify(out)
        assert verification.result.ok
        assert verification.result.details["bag_count"] == (k, len(parts))
        seen.update(verification.payload)
    assert set(seen) == set(files)


# ------------------------------------------------------------------ payload access


def test_open_payload_and_json(
    make_bundle: Callable[..., Path], verify: Verify, identity: SecretIdentity
) -> None:
    path = make_bundle()
    verification = verify(path)
    name = "evidence/1.1/SK Kepala Dinas.pdf"
    with open_payload(path, name, max_total_bytes=10**9, expected=verification.payload[name]) as s:
        data = s.read()
    assert hashlib.sha256(data).hexdigest() == verification.payload[name][0]
    with BagReader(path, max_total_bytes=10**9, expected=verification.payload) as reader:
        assert reader.payload_names() == sorted(verification.payload)
        assert reader.read_json("opd.json") == {"opd": "DISKOMINFO", "year": 2025}
        with pytest.raises(BundleError) as err:
            reader.open_payload("not/there.pdf")
        assert err.value.code == "bundle.not_in_bag"
    assert dict(iter_payload_json(path, max_total_bytes=10**9)) == {
        "opd.json": {"opd": "DISKOMINFO", "year": 2025}
    }


def test_payload_swapped_after_verification_is_caught(
    tmp_path: Path, make_bundle: Callable[..., Path], verify: Verify, zt: Any
) -> None:
    path = make_bundle()
    verification = verify(path)
    zt.rewrite(path, path, _swap)  # someone edits the file on the flash disk afterwards
    name = "evidence/1.1/SK Kepala Dinas.pdf"
    expected = verification.payload[name]
    with (
        pytest.raises(BundleError) as err,
        open_payload(path, name, max_total_bytes=10**9, expected=expected) as stream,
    ):
        while stream.read(1000):
            pass
    assert err.value.code == "bundle.hash_mismatch"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"[" * 200 + b"]" * 200, "json.too_deep"),
        (b'"' + b"x" * 5000 + b'"', "json.too_large"),
        (b'{"opd": "\xff"}', "json.not_utf8"),
        (b"{", "json.invalid"),
    ],
)
def test_payload_json_caps(make_bundle: Callable[..., Path], data: bytes, code: str) -> None:
    path = make_bundle({"x.json": data})
    with pytest.raises(BundleError) as err:
        list(iter_payload_json(path, ["x.json"], max_total_bytes=10**9, max_bytes=4096))
    assert err.value.code == code


def test_write_progress_is_monotonic_over_the_whole_bag(
    tmp_path: Path, identity: SecretIdentity
) -> None:
    files = {f"f{i}.bin": os.urandom(2_500_000) for i in range(3)}
    steps: list[Progress] = []
    run(
        write_bag_zip(tmp_path / "b.zip", _entries(files), {}, identity, "t", cancel=CancelToken()),
        steps.append,
    )
    total = sum(map(len, files.values()))
    assert all(step.total == total for step in steps)
    assert [s.done for s in steps] == sorted(s.done for s in steps)
    assert steps[-1].done == total
    assert {s.message_code for s in steps} == {"bundle.writing"}


@pytest.mark.parametrize("top", ["", "..", "a/b", "C:", "x\\y"])
def test_write_refuses_a_bad_top_folder(tmp_path: Path, identity: SecretIdentity, top: str) -> None:
    with pytest.raises(ValueError, match="top"):
        run(write_bag_zip(tmp_path / "b.zip", [], {}, identity, "t", cancel=CancelToken(), top=top))


@pytest.mark.parametrize(
    "temporary",
    [".bukti-dinkes-2026.zip.pending.part", "..bukti-dinkes-2026.zip.pending.part.k3j_9x2a.part"],
    ids=["pending-part", "its-atomic-temporary"],
)
def test_write_errors_name_the_users_file_not_its_temporary(tmp_path: Path, temporary: str) -> None:
    import errno

    from spbe_desktop.bundles.files import write_error

    gone = write_error(OSError(errno.ENOENT, "No such file or directory"), tmp_path / temporary)
    assert (gone.code, gone.params["file"]) == ("bundle.folder_missing", "bukti-dinkes-2026.zip")
    denied = write_error(OSError(errno.EACCES, "Permission denied"), tmp_path / temporary)
    assert denied.code == "bundle.write_denied"
    assert "Permission denied" not in denied.message("id")
