from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from spbe_desktop.bundles.keys import PublicIdentity, generate_identity, load_secret
from spbe_desktop.errors import BundleError


def test_generate_identity_has_random_8_byte_key_id() -> None:
    a, b = generate_identity(), generate_identity()
    assert len(a.key_id) == 8
    assert a.key_id != b.key_id
    assert a.public.public != b.public.public
    assert "SecretIdentity(key_id=" in repr(a)


@pytest.mark.parametrize("passphrase", [None, "", "rahasia Dinas 2025 ✓"])
def test_pem_round_trip_signs_the_same(passphrase: str | None) -> None:
    secret = generate_identity()
    pem = secret.to_pem(passphrase)
    encrypted = bool(passphrase)
    assert (b"ENCRYPTED PRIVATE KEY" in pem) is encrypted
    loaded = load_secret(pem, secret.key_id, passphrase)
    assert loaded.public == secret.public
    assert loaded.sign(b"x") == secret.sign(b"x")  # Ed25519 is deterministic


def test_load_secret_needs_the_passphrase() -> None:
    secret = generate_identity()
    pem = secret.to_pem("benar")
    with pytest.raises(BundleError) as missing:
        load_secret(pem, secret.key_id, None)
    assert missing.value.code == "key.passphrase_needed"
    with pytest.raises(BundleError) as wrong:
        load_secret(pem, secret.key_id, "salah")
    assert wrong.value.code == "key.passphrase_wrong"


def test_load_secret_ignores_a_passphrase_for_a_plain_key() -> None:
    secret = generate_identity()
    assert load_secret(secret.to_pem(None), secret.key_id, "anything").public == secret.public


@pytest.mark.parametrize(
    "pem",
    [
        b"",
        b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
        b"not a key at all",
    ],
)
def test_load_secret_refuses_garbage(pem: bytes) -> None:
    with pytest.raises(BundleError) as err:
        load_secret(pem, b"12345678", None)
    assert err.value.code == "key.malformed"


def test_load_secret_refuses_other_key_types() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    with pytest.raises(BundleError) as err:
        load_secret(pem, b"12345678", None)
    assert err.value.code == "key.malformed"


def test_fingerprint_is_six_groups_of_five_digits_and_stable() -> None:
    public = PublicIdentity(bytes(range(8)), bytes(range(32)))
    fingerprint = public.fingerprint()
    assert re.fullmatch(r"(\d{5} ){5}\d{5}", fingerprint)
    assert fingerprint == PublicIdentity(bytes(range(8)), bytes(range(32))).fingerprint()
    assert fingerprint != PublicIdentity(bytes(range(1, 9)), bytes(range(32))).fingerprint()


def test_key_id_with_a_leading_zero_is_shown_as_minisign_shows_it() -> None:
    """minisign prints the key id with ``%" PRIX64``: a key id whose top nibble is 0 (one key in
    16) has 15 digits in its .pub comment, and so must ours."""
    public = PublicIdentity(bytes.fromhex("5cf43369d3bfe40b"), bytes(range(32)))
    assert public.key_id_hex() == "0BE4BFD36933F45C"
    assert public.minisign_file().split("\n")[0].endswith("minisign public key BE4BFD36933F45C")


def test_minisign_file_round_trip() -> None:
    public = generate_identity().public
    text = public.minisign_file()
    first, second, rest = text.split("\n")
    assert first == f"untrusted comment: minisign public key {public.key_id_hex().lstrip('0')}"
    assert second == public.minisign_line()
    assert rest == ""
    assert PublicIdentity.from_minisign(text) == public
    assert PublicIdentity.from_minisign(public.minisign_line()) == public
    assert PublicIdentity.from_minisign(text.replace("\n", "\r\n")) == public


@pytest.mark.parametrize(
    "text",
    [
        "",
        "untrusted comment: only a comment\n",
        "RWQ!!!notbase64",
        "AAAA",
        # a minisign *secret* key line is not a public key
        "RWQAAEIyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "line one\nline two\n",
        "x" * 5000,
    ],
)
def test_from_minisign_refuses_malformed(text: str) -> None:
    with pytest.raises(BundleError) as err:
        PublicIdentity.from_minisign(text)
    assert err.value.code == "key.malformed"


def test_public_identity_checks_lengths() -> None:
    with pytest.raises(BundleError):
        PublicIdentity(b"short", bytes(32))


def test_reads_a_public_key_made_by_minisign(
    tmp_path: Path, minisign_cli: Callable[..., CompletedProcess[str]]
) -> None:
    done = minisign_cli("-G", "-W", "-f", "-p", "m.pub", "-s", "m.key", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "m.pub").read_text()
    public = PublicIdentity.from_minisign(text)
    # Our .pub output is byte-identical to minisign's, key id display included.
    assert public.minisign_file() == text
