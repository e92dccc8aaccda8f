from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from spbe_desktop.bundles.envelope import read_signed_json, write_signed_json
from spbe_desktop.bundles.keys import SecretIdentity
from spbe_desktop.bundles.minisign import sign_file
from spbe_desktop.errors import BundleError

PAYLOAD: dict[str, Any] = {
    "opd": "Dinas Komunikasi dan Informatika",
    "indicators": [{"id": "1.1", "level": 3, "score": 2.5}],
    "note": "bukti ✓",
    "empty": None,
}


def _code(call: Any) -> str:
    with pytest.raises(BundleError) as err:
        call()
    return err.value.code


def test_round_trip(tmp_path: Path, identity: SecretIdentity) -> None:
    path = tmp_path / "kit.json"
    write_signed_json(path, "kit", PAYLOAD, identity, "kit 2025")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "spbe-desktop/kit"
    assert document["version"] == 1
    assert document["signer"] == identity.public.minisign_line()
    assert document["signature"].split("\n")[2] == "trusted comment: kit 2025"
    payload, signer = read_signed_json(path, "kit")
    assert payload == PAYLOAD
    assert signer == identity.public
    assert list(tmp_path.iterdir()) == [path]


def test_identity_card_is_self_signed(tmp_path: Path, identity: SecretIdentity) -> None:
    card = {"opd": "DISKOMINFO", "public_key": identity.public.minisign_line()}
    path = tmp_path / "identity.json"
    write_signed_json(path, "identity", card, identity, "identity card")
    payload, signer = read_signed_json(path, "identity")
    assert payload["public_key"] == signer.minisign_line()


def test_reformatting_the_json_keeps_it_valid(tmp_path: Path, identity: SecretIdentity) -> None:
    path = tmp_path / "r.json"
    write_signed_json(path, "receipt", PAYLOAD, identity, "t")
    document = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    assert read_signed_json(path, "receipt")[0] == PAYLOAD


def _tamper(path: Path, change: Any) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


def test_changed_payload_is_refused(tmp_path: Path, identity: SecretIdentity) -> None:
    path = tmp_path / "r.json"
    write_signed_json(path, "receipt", PAYLOAD, identity, "t")
    _tamper(path, lambda d: d["payload"]["indicators"][0].update(level=5))
    assert _code(lambda: read_signed_json(path, "receipt")) == "envelope.signature_invalid"


def test_other_signer_is_refused(
    tmp_path: Path, identity: SecretIdentity, other_identity: SecretIdentity
) -> None:
    path = tmp_path / "r.json"
    write_signed_json(path, "receipt", PAYLOAD, identity, "t")
    _tamper(path, lambda d: d.update(signer=other_identity.public.minisign_line()))
    assert _code(lambda: read_signed_json(path, "receipt")) == "envelope.signature_invalid"


def test_kind_is_bound_by_the_signature(tmp_path: Path, identity: SecretIdentity) -> None:
    path = tmp_path / "r.json"
    write_signed_json(path, "receipt", PAYLOAD, identity, "t")
    assert _code(lambda: read_signed_json(path, "kit")) == "envelope.wrong_kind"
    # Relabelling the file as a kit does not make the receipt's signature a kit signature.
    _tamper(path, lambda d: d.update(format="spbe-desktop/kit"))
    assert _code(lambda: read_signed_json(path, "kit")) == "envelope.signature_invalid"


def test_signature_over_bare_payload_is_not_enough(
    tmp_path: Path, identity: SecretIdentity
) -> None:
    from spbe_desktop.bundles.jsonsafe import canonical_json

    path = tmp_path / "r.json"
    write_signed_json(path, "receipt", PAYLOAD, identity, "t")
    bare = sign_file(canonical_json(PAYLOAD), identity, "t")
    _tamper(path, lambda d: d.update(signature=bare))
    assert _code(lambda: read_signed_json(path, "receipt")) == "envelope.signature_invalid"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda d: d.pop("signature"), "envelope.malformed"),
        (lambda d: d.update(extra=1), "envelope.malformed"),
        (lambda d: d.update(format="other/receipt"), "envelope.malformed"),
        (lambda d: d.update(version=2), "envelope.unsupported_version"),
        (lambda d: d.update(version=True), "envelope.unsupported_version"),
        (lambda d: d.update(payload=[1]), "envelope.malformed"),
        (lambda d: d.update(signer="garbage"), "envelope.malformed"),
        (lambda d: d.update(signature=7), "envelope.malformed"),
        (lambda d: d.update(signature="garbage"), "envelope.signature_invalid"),
    ],
)
def test_malformed_envelopes(
    tmp_path: Path, identity: SecretIdentity, change: Any, code: str
) -> None:
    path = tmp_path / "r.json"
    write_signed_json(path, "receipt", PAYLOAD, identity, "t")
    _tamper(path, change)
    assert _code(lambda: read_signed_json(path, "receipt")) == code


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"[" * 100 + b"]" * 100, "json.too_deep"),
        (b"\xff\xfe{}", "json.not_utf8"),
        (b"{", "json.invalid"),
        (b"[]", "envelope.malformed"),
    ],
)
def test_json_level_refusals(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(data)
    assert _code(lambda: read_signed_json(path, "receipt")) == code


def test_size_cap(tmp_path: Path, identity: SecretIdentity) -> None:
    path = tmp_path / "r.json"
    write_signed_json(path, "receipt", {"blob": "x" * 5000}, identity, "t")
    assert _code(lambda: read_signed_json(path, "receipt", max_bytes=1000)) == "json.too_large"


def test_unreadable_file(tmp_path: Path) -> None:
    assert _code(lambda: read_signed_json(tmp_path / "nope.json", "receipt")) == (
        "envelope.unreadable"
    )


@pytest.mark.parametrize("payload", [{"x": float("nan")}, {"x": {1, 2}}, ["not", "a", "dict"]])
def test_unsignable_payload(tmp_path: Path, identity: SecretIdentity, payload: Any) -> None:
    path = tmp_path / "r.json"
    assert _code(lambda: write_signed_json(path, "receipt", payload, identity, "t")) == (
        "envelope.payload_invalid"
    )
    assert not path.exists()


def test_invalid_kind(tmp_path: Path, identity: SecretIdentity) -> None:
    with pytest.raises(ValueError, match="kind"):
        write_signed_json(tmp_path / "x.json", "../evil", {}, identity, "t")
