"""Hostile bundles imported into a coordinator workspace that trusts the OPD and holds an
earlier accepted bundle.

Every case is generated here from a real, valid bundle (sequence 3) exported by the OPD's
workspace. For each one the drill imports it in a child process with memory and CPU limits and
checks: the exact refusal (status and code); the coordinator workspace byte-for-byte unchanged
in every table and passing the product's full check; no file written anywhere but the child's
own scratch folders (bundle and workspace folders untouched, nothing in HOME, TMPDIR or the
working directory, nothing next to tmp_path or in the repository); bounded time and memory.
A subset also goes through the ``spbe import`` command: exit 1, one line, no traceback.
"""

from __future__ import annotations

import base64
import io
import json
import random
import struct
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from drills import (
    MAX_IMPORT_RSS_MB,
    MAX_IMPORT_SECONDS,
    TOP,
    Case,
    Member,
    World,
    check_workspace,
    child_env,
    content_fingerprint,
    copy_workspace,
    flat_listing,
    flip_byte,
    foreign_signature,
    is_sqlite_side_file,
    many_entries_zip,
    members_dict,
    nfd,
    patch_member_size,
    payload_documents,
    point_member_at,
    read_members,
    rehash_tags,
    resign,
    run_import_child,
    spbe_command,
    tree_listing,
    write_members,
)

Members = list[Member]
Change = Callable[[Members, World], None]


# ================================================================================= builders
def edit(change: Change) -> Callable[[World, Path], Path]:
    """A builder that rewrites the valid bundle (sequence 3) with ``change`` applied."""

    def build(world: World, out: Path) -> Path:
        members = read_members(world.b3)
        change(members, world)
        return write_members(out, members)

    return build


def member(members: Members, rel: str) -> Member:
    return members_dict(members)[f"{TOP}/{rel}"]


def flip_in(rel: str, *, at: Callable[[bytes], int] = lambda d: len(d) // 2) -> Change:
    def change(members: Members, world: World) -> None:
        m = member(members, rel)
        m.data = flip_byte(m.data, at(m.data))

    return change


def flip_first_document(members: Members, world: World) -> None:
    doc = payload_documents(members)[0]
    doc.data = flip_byte(doc.data, len(doc.data) // 2)


def drop(rel: str) -> Change:
    def change(members: Members, world: World) -> None:
        members.remove(member(members, rel))

    return change


def drop_first_document(members: Members, world: World) -> None:
    members.remove(payload_documents(members)[0])


def add(name: str, data: bytes = b"tidak ditandatangani\n", **kw: Any) -> Change:
    def change(members: Members, world: World) -> None:
        members.append(Member(name, data, **kw))

    return change


def swap_documents(members: Members, world: World) -> None:
    a, b = payload_documents(members)[:2]
    a.data, b.data = b.data, a.data


def replace_document_and_rehash(members: Members, world: World) -> None:
    doc = payload_documents(members)[0]
    doc.data = b"%PDF-1.7\n% a forged document\n%%EOF\n"
    rehash_tags(members)


def raise_level_and_rehash(members: Members, world: World) -> None:
    m = member(members, "data/answers.json")
    doc = json.loads(m.data)
    for a in doc["answers"]:
        a["level"] = 5
    m.data = json.dumps(doc, indent=1, sort_keys=True).encode()
    rehash_tags(members)


def change_signature_byte(members: Members, world: World) -> None:
    m = member(members, "tagmanifest-sha256.txt.minisig")
    lines = m.data.decode().split("\n")
    sig = list(lines[1])
    sig[40] = "A" if sig[40] != "A" else "B"  # stays base64: the signature bytes change
    lines[1] = "".join(sig)
    m.data = "\n".join(lines).encode()


def change_trusted_comment(members: Members, world: World) -> None:
    m = member(members, "tagmanifest-sha256.txt.minisig")
    m.data = m.data.replace(b" seq=3 ", b" seq=9 ")


def resign_minisig_only(members: Members, world: World) -> None:
    tag = member(members, "tagmanifest-sha256.txt").data
    member(members, "tagmanifest-sha256.txt.minisig").data = foreign_signature(
        tag, world.stranger_secret, "spbe-bundle seq=3"
    )


def spoof_key_id(members: Members, world: World) -> None:
    tag = member(members, "tagmanifest-sha256.txt").data
    member(members, "tagmanifest-sha256.txt.minisig").data = foreign_signature(
        tag, world.stranger_secret, "spbe-bundle seq=3", spoof_key_id=world.opd_key_id
    )


def duplicate_answers(members: Members, world: World) -> None:
    members.append(Member(f"{TOP}/data/answers.json", b'{"answers": [], "complete": true}'))


def bomb_ratio(members: Members, world: World) -> None:
    members.append(Member(f"{TOP}/data/documents/bomb.bin", bytes(32 * 1024 * 1024)))


def build_lying_size(world: World, out: Path) -> Path:
    members = read_members(world.b3)
    doc = payload_documents(members)[0]
    declared = len(doc.data)
    doc.data = bytes(8 * 1024 * 1024)
    doc.compress_type = zipfile.ZIP_DEFLATED
    write_members(out, members)
    patch_member_size(out, doc.name, declared)
    return out


def build_overlap(world: World, out: Path) -> Path:
    members = read_members(world.b3)
    filler = bytes(range(256)) * 4096
    members.append(Member(f"{TOP}/data/documents/x1.bin", filler))
    members.append(Member(f"{TOP}/data/documents/x2.bin", filler))
    write_members(out, members)
    point_member_at(out, f"{TOP}/data/documents/x2.bin", f"{TOP}/data/documents/x1.bin")
    return out


def build_encrypted_flag(world: World, out: Path) -> Path:
    write_members(out, read_members(world.b3))
    data = bytearray(out.read_bytes())
    name = f"{TOP}/data/answers.json".encode()
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46 : pos + 46 + n] == name:
            local = struct.unpack_from("<L", data, pos + 42)[0]
            data[pos + 8] |= 0x01
            data[local + 6] |= 0x01
        pos = data.find(b"PK\x01\x02", pos + 46)
    out.write_bytes(bytes(data))
    return out


def build_container_flip(world: World, out: Path) -> Path:
    """Flip a byte of a stored document inside the ZIP container itself (not re-zipped)."""
    data = bytearray(world.b3.read_bytes())
    with zipfile.ZipFile(world.b3) as zf:
        info = next(i for i in zf.infolist() if i.filename.startswith(f"{TOP}/data/documents/"))
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    data[start + info.compress_size // 2] ^= 0x01
    out.write_bytes(bytes(data))
    return out


def signed(**payload: bytes | None) -> Callable[[World, Path], Path]:
    """A validly signed bag (the OPD's own key) with payload files replaced."""

    def build(world: World, out: Path) -> Path:
        return resign(
            world.b3,
            out,
            world.opd_secret,
            payload_changes={k.replace("__", "."): v for k, v in payload.items()},
        )

    return build


def signed_info(**info: str) -> Callable[[World, Path], Path]:
    def build(world: World, out: Path) -> Path:
        return resign(
            world.b3,
            out,
            world.opd_secret,
            info_changes={k.replace("_", "-"): v for k, v in info.items()},
        )

    return build


def signed_json(rel: str, change: Callable[[Any], Any]) -> Callable[[World, Path], Path]:
    def build(world: World, out: Path) -> Path:
        members = members_dict(read_members(world.b3))
        doc = json.loads(members[f"{TOP}/data/{rel}"].data)
        new = json.dumps(change(doc)).encode()
        return resign(world.b3, out, world.opd_secret, payload_changes={rel: new})

    return build


def stranger_resigns_everything(world: World, out: Path) -> Path:
    return resign(world.b3, out, world.stranger_secret)


def copy_of(attr: str) -> Callable[[World, Path], Path]:
    def build(world: World, out: Path) -> Path:
        out.write_bytes(getattr(world, attr).read_bytes())
        return out

    return build


def truncated(keep: Callable[[int], int]) -> Callable[[World, Path], Path]:
    def build(world: World, out: Path) -> Path:
        data = world.b3.read_bytes()
        out.write_bytes(data[: keep(len(data))])
        return out

    return build


def raw(data: bytes) -> Callable[[World, Path], Path]:
    def build(world: World, out: Path) -> Path:
        out.write_bytes(data)
        return out

    return build


def plain_zip(world: World, out: Path) -> Path:
    return write_members(out, [Member("SK Tim SPBE.pdf", b"%PDF-1.7\n%%EOF\n")])


def many_entries(world: World, out: Path) -> Path:
    return many_entries_zip(out, 100_001)


def revoke(workspace: Path, world: World) -> None:
    from spbe_desktop.services.exchange import revoke_opd

    revoke_opd(workspace, world.unit)


def trust_stranger(workspace: Path, world: World) -> None:
    """The stranger becomes a trusted OPD of its own ("Dinas Lain"): an insider."""
    from spbe_desktop.services.exchange import trust_public_key

    trust_public_key(workspace, "Dinas Lain", world.stranger_secret.public.minisign_line())


def insider_resigns(world: World, out: Path) -> Path:
    """Another *trusted* OPD re-signs this OPD's genuine bundle, keeping its unit and UUID."""
    return resign(world.b3, out, world.stranger_secret)


def insider_resigns_part(world: World, out: Path) -> Path:
    """Another trusted OPD signs part 1 of 2 carrying this OPD's unit and bundle UUID."""
    from drills import split_bag

    from spbe_desktop.bundles.bag import BagEntry, write_bag_zip
    from spbe_desktop.core.progress import CancelToken, run

    payload, info, trusted = split_bag(world.b3)
    entries = [
        BagEntry(path=rel, size=len(data), sha256=None, open=lambda d=data: io.BytesIO(d))
        for rel, data in payload.items()
    ]
    run(
        write_bag_zip(
            out,
            entries,
            info,
            world.stranger_secret,
            trusted,
            cancel=CancelToken(),
            bag_count=(1, 2),
        )
    )
    return out


def signed_extra_payload(world: World, out: Path) -> Path:
    """The OPD's own key signs a bundle with a payload file its document list never names."""
    return resign(
        world.b3, out, world.opd_secret, payload_changes={"documents/tambahan.exe": b"MZ" * 64}
    )


def _set_first(key: str, value: Any) -> Callable[[Any], Any]:
    def change(doc: Any) -> Any:
        doc["answers"][0][key] = value
        return doc

    return change


def _lie_about_hash(doc: Any) -> Any:
    carried = [d for d in doc["documents"] if d["carried"]]
    carried[0]["sha256"] = carried[1]["sha256"]
    return doc


def _unknown_base(doc: Any) -> Any:
    doc["documents"].append({**doc["documents"][0], "sha256": "ab" * 32, "carried": False})
    return doc


def _noise(size: int) -> bytes:
    """``size`` bytes of base64 text that deflate cannot shrink much (not a ratio bomb)."""
    return base64.b64encode(random.Random(size).randbytes(size * 3 // 4 + 3))[:size]


def _nested(depth: int) -> bytes:
    return b'{"answers": ' + b"[" * depth + b"]" * depth + b"}"


# ================================================================================= the corpus
HASH = "bundle.hash_mismatch"
MISSING = "bundle.missing_file"
UNSAFE = "zip.unsafe_name"
BOMB = "zip.bomb"
NOT_ZIP = "zip.not_a_zip"
BAD = "import.bad_content"

CASES = [
    # --- a changed byte in each carried file
    Case(
        "payload_document_byte",
        "a changed byte in a payload document",
        edit(flip_first_document),
        code=HASH,
        cli=True,
    ),
    Case(
        "answers_json_byte",
        "a changed byte in answers.json",
        edit(flip_in("data/answers.json")),
        code=HASH,
    ),
    Case(
        "documents_json_byte",
        "a changed byte in documents.json",
        edit(flip_in("data/documents.json")),
        code=HASH,
    ),
    Case(
        "workspace_json_byte",
        "a changed byte in workspace.json",
        edit(flip_in("data/workspace.json")),
        code=HASH,
    ),
    Case(
        "bag_info_byte",
        "a changed byte in bag-info.txt (Contact-Name Rina -> Sina)",
        edit(flip_in("bag-info.txt", at=lambda d: d.index(b"Contact-Name: R") + 14)),
        code=HASH,
    ),
    Case(
        "bagit_txt_byte",
        "a changed byte in bagit.txt (BagIt-Version 1.0 -> 1.1)",
        edit(flip_in("bagit.txt", at=lambda d: d.index(b"1.0") + 2)),
        code="bundle.bagit_version",
    ),
    Case(
        "manifest_byte",
        "a changed digit in manifest-sha256.txt",
        edit(flip_in("manifest-sha256.txt", at=lambda d: 0)),
        code=HASH,
    ),
    Case(
        "tagmanifest_byte",
        "a changed digit in tagmanifest-sha256.txt",
        edit(flip_in("tagmanifest-sha256.txt", at=lambda d: 0)),
        code="signature.invalid",
    ),
    Case(
        "signature_byte",
        "a changed byte of the minisign signature",
        edit(change_signature_byte),
        code="signature.invalid",
    ),
    Case(
        "trusted_comment_edit",
        "the signed trusted comment edited (seq=3 -> seq=9)",
        edit(change_trusted_comment),
        code="signature.invalid",
    ),
    Case(
        "container_byte",
        "a flipped byte inside the ZIP container's stored document data",
        build_container_flip,
        code="zip.corrupt",
    ),
    # --- missing and extra files
    Case("missing_document", "a payload document removed", edit(drop_first_document), code=MISSING),
    Case("missing_answers", "answers.json removed", edit(drop("data/answers.json")), code=MISSING),
    Case("missing_bag_info", "bag-info.txt removed", edit(drop("bag-info.txt")), code=MISSING),
    Case(
        "missing_manifest",
        "manifest-sha256.txt removed",
        edit(drop("manifest-sha256.txt")),
        code=MISSING,
    ),
    Case(
        "missing_tagmanifest",
        "tagmanifest-sha256.txt removed",
        edit(drop("tagmanifest-sha256.txt")),
        code=MISSING,
    ),
    Case(
        "missing_signature",
        "the .minisig signature removed",
        edit(drop("tagmanifest-sha256.txt.minisig")),
        code="bundle.unsigned",
    ),
    Case(
        "extra_payload_file",
        "an unsigned extra file under data/",
        edit(add(f"{TOP}/data/documents/tambahan.pdf", b"%PDF-1.7\n%%EOF\n")),
        code="bundle.extra_file",
    ),
    Case(
        "extra_tag_file",
        "an unsigned extra file in the bag folder",
        edit(add(f"{TOP}/catatan.txt")),
        code="bundle.extra_file",
    ),
    Case(
        "file_outside_bag",
        "a file outside the bag folder",
        edit(add("README.txt")),
        code="bundle.layout",
    ),
    # --- substitutions and signatures
    Case("swapped_documents", "two documents' contents exchanged", edit(swap_documents), code=HASH),
    Case(
        "manifest_rehashed_without_key",
        "a document replaced, manifest and tag manifest re-hashed, no key to re-sign",
        edit(replace_document_and_rehash),
        code="signature.invalid",
    ),
    Case(
        "answers_rehashed_without_key",
        "every claimed level raised to 5, manifests re-hashed, no key to re-sign",
        edit(raise_level_and_rehash),
        code="signature.invalid",
    ),
    Case(
        "resigned_by_other_key",
        "the signature replaced by another identity's (bag-info still names the OPD's key)",
        edit(resign_minisig_only),
        code="signature.wrong_key",
    ),
    Case(
        "spoofed_key_id",
        "another identity's signature carrying the OPD's key id",
        edit(spoof_key_id),
        code="signature.invalid",
    ),
    Case(
        "fully_resigned_by_stranger",
        "the whole bag re-signed by another identity (its own key embedded)",
        stranger_resigns_everything,
        status="quarantined",
        code="import.unknown_key",
    ),
    Case(
        "unknown_key",
        "a genuine bundle of an OPD the coordinator never trusted",
        copy_of("stranger_bundle"),
        status="quarantined",
        code="import.unknown_key",
        cli=True,
    ),
    Case(
        "forged_by_trusted_opd",
        "another trusted OPD re-signs this OPD's genuine bundle (same unit and UUID)",
        insider_resigns,
        code="import.unit_mismatch",
        prepare=trust_stranger,
        cli=True,
    ),
    Case(
        "forged_part_by_trusted_opd",
        "another trusted OPD signs a part 1 of 2 carrying this OPD's unit and UUID",
        insider_resigns_part,
        code="import.unit_mismatch",
        prepare=trust_stranger,
    ),
    Case(
        "unit_claim_switched",
        "the OPD's own key signs a bundle claiming to come from another OPD",
        signed_info(Organization_Unit="Badan Perencanaan Pembangunan Daerah"),
        code="import.unit_mismatch",
    ),
    Case(
        "extra_signed_payload",
        "a validly signed payload file that the document list does not name",
        signed_extra_payload,
        code="import.unexpected_file",
    ),
    Case(
        "revoked_key",
        "a valid bundle signed by the OPD's key after the coordinator revoked it",
        copy_of("b3"),
        code="import.revoked_key",
        prepare=revoke,
    ),
    # --- hostile ZIP entries
    Case(
        "zip_dotdot",
        "a ZIP entry whose name climbs out with '..'",
        edit(add(f"{TOP}/data/../../keluar.txt")),
        code=UNSAFE,
        cli=True,
    ),
    Case(
        "zip_absolute",
        "a ZIP entry with an absolute path",
        edit(add("/tmp/spbe-drill-absolute.txt")),
        code=UNSAFE,
    ),
    Case(
        "zip_drive_letter",
        "a ZIP entry with a drive letter C:",
        edit(add("C:/Windows/spbe-drill.txt")),
        code=UNSAFE,
    ),
    Case(
        "zip_backslash",
        "a ZIP entry with backslashes",
        edit(add(f"{TOP}\\data\\..\\..\\keluar.txt")),
        code=UNSAFE,
    ),
    Case(
        "zip_symlink",
        "a ZIP entry that is a symbolic link",
        edit(add(f"{TOP}/data/documents/tautan", b"/etc/passwd", external_attr=0o120777 << 16)),
        code="zip.symlink",
    ),
    Case(
        "zip_duplicate_name",
        "two ZIP entries with the same name (answers.json twice)",
        edit(duplicate_answers),
        code="zip.duplicate_name",
    ),
    Case(
        "zip_nfc_nfd",
        "two ZIP entries whose names differ only by NFC vs NFD",
        edit(
            lambda m, w: [add(f"{TOP}/data/café.txt")(m, w), add(nfd(f"{TOP}/data/café.txt"))(m, w)]
        ),
        code="zip.duplicate_name",
    ),
    Case(
        "zip_case_fold",
        "two ZIP entries whose names differ only by letter case",
        edit(add(f"{TOP}/data/Answers.JSON")),
        code="zip.duplicate_name",
    ),
    Case(
        "zip_encrypted", "an entry flagged as encrypted", build_encrypted_flag, code="zip.encrypted"
    ),
    Case(
        "zip_bzip2",
        "an entry compressed with bzip2",
        edit(add(f"{TOP}/data/documents/b.bin", b"x" * 100, compress_type=zipfile.ZIP_BZIP2)),
        code="zip.unsupported_compression",
    ),
    # --- bombs
    Case(
        "zip_bomb_ratio",
        "a ZIP bomb: 32 MiB of zeros deflated ~1000:1",
        edit(bomb_ratio),
        code=BOMB,
    ),
    Case(
        "zip_bomb_lying_size",
        "a document whose header declares its size but inflates to 8 MiB",
        build_lying_size,
        code=BOMB,
    ),
    Case(
        "zip_bomb_overlap",
        "two entries sharing the same compressed data (overlap bomb)",
        build_overlap,
        code=BOMB,
    ),
    Case("zip_bomb_many_entries", "a ZIP with 100 001 entries", many_entries, code=BOMB),
    # --- JSON inside a validly signed bag (the OPD's own key)
    Case(
        "json_huge",
        "answers.json of 17 MiB (incompressible text), validly signed",
        signed(answers__json=b'{"answers": [], "pad": "' + _noise(17 * 1024 * 1024) + b'"}'),
        code="json.too_large",
    ),
    Case(
        "json_deep_recursion",
        "answers.json nested 100 000 levels, validly signed",
        signed(answers__json=_nested(100_000)),
        code="json.too_deep",
    ),
    Case(
        "json_deep_65",
        "answers.json nested 65 levels, validly signed",
        signed(answers__json=_nested(65)),
        code="json.too_deep",
    ),
    Case(
        "json_not_utf8",
        "answers.json in Latin-1, validly signed",
        signed(answers__json='{"answers": [], "catatan": "café"}'.encode("latin-1")),
        code="json.not_utf8",
    ),
    Case(
        "json_duplicate_keys",
        "answers.json with a key given twice, validly signed",
        signed(answers__json=b'{"answers": [], "answers": []}'),
        code="json.invalid",
    ),
    Case(
        "json_nan",
        "answers.json with NaN, validly signed",
        signed(answers__json=b'{"answers": [], "x": NaN}'),
        code="json.invalid",
    ),
    Case(
        "answers_not_object",
        "answers.json that is a list, validly signed",
        signed(answers__json=b"[]"),
        code=BAD,
    ),
    Case(
        "answers_level_out_of_range",
        "a claimed level of 9, validly signed",
        signed_json("answers.json", _set_first("level", 9)),
        code=BAD,
    ),
    Case(
        "answers_unknown_indicator",
        "an answer for an indicator the pack lacks, validly signed",
        signed_json("answers.json", _set_first("indicator", "I999")),
        code=BAD,
    ),
    Case(
        "documents_hash_lie",
        "documents.json gives a carried document another's hash, signed",
        signed_json("documents.json", _lie_about_hash),
        code=BAD,
    ),
    Case(
        "documents_unknown_base",
        "a delta reference to a document the coordinator lacks, signed",
        signed_json("documents.json", _unknown_base),
        code="import.delta_base_missing",
    ),
    Case(
        "bad_sequence_field",
        "SPBE-Sequence that is not a number, validly signed",
        signed_info(SPBE_Sequence="tiga"),
        code=BAD,
    ),
    # --- not a bundle at all
    Case(
        "truncated_half",
        "the bundle cut at half its length",
        truncated(lambda n: n // 2),
        code=NOT_ZIP,
        cli=True,
    ),
    Case(
        "truncated_tail",
        "the bundle missing its last 10 bytes",
        truncated(lambda n: n - 10),
        code=NOT_ZIP,
    ),
    Case(
        "not_a_zip",
        "a PDF renamed to .zip",
        raw(b"%PDF-1.7\n" + b"0" * 4000 + b"\n%%EOF\n"),
        code=NOT_ZIP,
    ),
    Case("empty_file", "an empty file", raw(b""), code=NOT_ZIP),
    Case("plain_zip", "an ordinary ZIP of documents, not a bag", plain_zip, code="bundle.layout"),
    # --- valid bundles that do not belong here
    Case(
        "other_pack",
        "a validly signed bundle made for another framework pack",
        signed_info(SPBE_Pack_Id="pemdi-2026", SPBE_Pack_Hash="sha256:" + "0" * 64),
        code="import.wrong_pack",
    ),
    Case(
        "other_period",
        "a validly signed bundle made for another period",
        signed_info(SPBE_Period="2025"),
        code="import.wrong_period",
    ),
    Case(
        "rollback_old_sequence",
        "a replay of an older bundle (sequence 1 after 2 was accepted)",
        copy_of("b1"),
        code="import.rollback",
        cli=True,
    ),
    Case(
        "sequence_reused",
        "a different bundle reusing sequence 2 (exported from a restored backup)",
        copy_of("fork_bundle"),
        code="import.sequence_reused",
    ),
    Case(
        "exact_replay",
        "the accepted bundle imported again (a duplicate, not a refusal)",
        copy_of("b2"),
        status="duplicate",
        code="import.already",
    ),
]

assert len({c.id for c in CASES}) == len(CASES)
CLI_CASES = [c for c in CASES if c.cli]


# ================================================================================= the drills
def _prepare(case: Case, world: World, base: Path) -> tuple[Path, Path]:
    workspace = copy_workspace(world.coordinator, base / "workspace" / "koordinator.spbe")
    if case.prepare is not None:
        case.prepare(workspace, world)
    inbox = base / "inbox"
    inbox.mkdir()
    bundle = case.build(world, inbox / f"{case.id}.zip")
    child_env(base / "child")  # create the child's scratch folders before the snapshot
    return workspace, bundle


def _scratch(base: Path) -> Callable[[Path], bool]:
    """What the tree comparison ignores: SQLite's -wal/-shm and the child's per-user folders
    (the product may log there; they are inside tmp_path too)."""
    return lambda p: is_sqlite_side_file(p) or p.relative_to(base).parts[:2] == ("child", "user")


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_hostile_bundle(case: Case, world: World, tmp_path: Path, record_property: Any) -> None:
    """A hostile bundle is refused exactly and changes nothing, in bounded time and memory."""
    base = tmp_path / "drill"
    workspace, bundle = _prepare(case, world, base)
    before = content_fingerprint(workspace)
    tree = tree_listing(base, ignore=_scratch(base))
    beside = flat_listing(tmp_path.parent)
    repo = flat_listing(Path.cwd())

    report = run_import_child(workspace, bundle, base / "child")

    [outcome] = report["outcomes"]
    record_property("outcome", f"{outcome['status']} {outcome['code']}")
    record_property("time_s", round(report["elapsed"], 2))
    record_property("rss_mb", round(report["maxrss_mb"]))
    assert (outcome["status"], outcome["code"]) == (case.status, case.code), outcome
    assert report["elapsed"] < MAX_IMPORT_SECONDS
    assert report["maxrss_mb"] < MAX_IMPORT_RSS_MB
    assert "Traceback" not in report["stderr"]
    assert content_fingerprint(workspace) == before
    result = check_workspace(workspace)
    assert result.ok, result.findings
    assert content_fingerprint(workspace) == before
    assert tree_listing(base, ignore=_scratch(base)) == tree
    assert flat_listing(tmp_path.parent) == beside
    assert flat_listing(Path.cwd()) == repo


def test_control_valid_bundle_is_accepted(world: World, tmp_path: Path) -> None:
    """Control: the untouched bundle every hostile case derives from is accepted by the same
    harness, and then the workspace does change (so the refusals are the mutations' doing)."""
    base = tmp_path / "drill"
    workspace = copy_workspace(world.coordinator, base / "workspace" / "koordinator.spbe")
    before = content_fingerprint(workspace)
    report = run_import_child(workspace, world.b3, base / "child")
    assert [(o["status"], o["code"]) for o in report["outcomes"]] == [
        ("accepted", "import.accepted")
    ]
    assert content_fingerprint(workspace) != before
    assert check_workspace(workspace).ok


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CLI_CASES])
def test_cli_import_refuses_in_one_line(
    case: Case, world: World, tmp_path: Path, record_property: Any
) -> None:
    """`spbe import` on a hostile bundle exits 1 with one line and no traceback, and
    `spbe check` then passes on the unchanged workspace."""
    base = tmp_path / "drill"
    workspace, bundle = _prepare(case, world, base)
    before = content_fingerprint(workspace)
    env = child_env(base / "child")
    proc = subprocess.run(
        [*spbe_command(), "import", str(workspace), str(bundle)],
        cwd=base / "child" / "cwd",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
    record_property("output", lines[0] if lines else "")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert len(lines) == 1, lines
    assert "Traceback" not in proc.stdout + proc.stderr
    assert lines[0].startswith(f"{bundle.name}:"), lines[0]
    check = subprocess.run(
        [*spbe_command(), "check", str(workspace)],
        cwd=base / "child" / "cwd",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert content_fingerprint(workspace) == before


def test_corpus_is_large_enough() -> None:
    """The corpus holds at least 30 refusals (the drill's minimum) besides the duplicate."""
    refusals = [c for c in CASES if c.status in ("refused", "quarantined")]
    assert len(refusals) >= 30
    assert len(CLI_CASES) >= 5
