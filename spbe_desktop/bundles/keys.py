"""Ed25519 signing identities: generation, PEM storage, and minisign-compatible public keys.

A signing identity is an Ed25519 key pair plus an 8-byte key id, random as minisign makes it. The
public half travels as minisign's one-line base64 form, so any bundle can also be checked with
the stock ``minisign`` tool. Nothing here touches the disk; callers store the PEM bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from spbe_desktop.errors import BundleError

KEY_ID_BYTES = 8
PUBLIC_KEY_BYTES = 32
#: minisign's signature algorithm tag for Ed25519 public keys.
_PK_ALG = b"Ed"
_PUB_COMMENT = "untrusted comment: "


@dataclass(frozen=True, slots=True)
class PublicIdentity:
    """The public half of a signing identity.

    Attributes:
        key_id: 8 random bytes naming the key pair (minisign's "keynum").
        public: the 32-byte raw Ed25519 public key.
    """

    key_id: bytes
    public: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != KEY_ID_BYTES or len(self.public) != PUBLIC_KEY_BYTES:
            raise BundleError("key.malformed", detail="wrong key id or public key length")

    def key_id_hex(self) -> str:
        """The key id as minisign prints it: 16 upper-case hex digits, little-endian order."""
        return self.key_id[::-1].hex().upper()

    def fingerprint(self) -> str:
        """A fingerprint to read aloud over the phone: 6 groups of 5 decimal digits.

        Each group is 5 bytes of SHA-256(key_id + public) read big-endian, modulo 100000 (the
        Signal safety-number construction), e.g. ``"48213 90017 00342 77120 51903 26688"``.
        """
        digest = hashlib.sha256(self.key_id + self.public).digest()
        groups = [int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(6)]
        return " ".join(f"{g:05d}" for g in groups)

    def minisign_line(self) -> str:
        """The one-line base64 public key, as ``minisign -P`` accepts it."""
        return base64.b64encode(_PK_ALG + self.key_id + self.public).decode("ascii")

    def minisign_file(self) -> str:
        """The content of a minisign ``.pub`` file (two lines), byte for byte as minisign writes
        it: its comment prints the key id with ``%" PRIX64``, so without leading zeros."""
        shown = f"{int.from_bytes(self.key_id, 'little'):X}"
        return f"{_PUB_COMMENT}minisign public key {shown}\n{self.minisign_line()}\n"

    def verifier(self) -> Ed25519PublicKey:
        """The ``cryptography`` key object for verification."""
        return Ed25519PublicKey.from_public_bytes(self.public)

    @classmethod
    def from_minisign(cls, text: str) -> PublicIdentity:
        """Parse a minisign public key: the ``.pub`` file content or the bare base64 line.

        Raises:
            BundleError: ``key.malformed`` when the text is not a minisign Ed25519 public key.
        """
        if len(text) > 4096:
            raise BundleError("key.malformed", detail="too long")
        lines = [
            line.strip()
            for line in text.splitlines()
            if line.strip() and not line.startswith(_PUB_COMMENT)
        ]
        if len(lines) != 1:
            raise BundleError("key.malformed", detail="expected one base64 line")
        try:
            raw = base64.b64decode(lines[0], validate=True)
        except (binascii.Error, ValueError) as exc:
            raise BundleError("key.malformed", detail="not base64") from exc
        if len(raw) != 2 + KEY_ID_BYTES + PUBLIC_KEY_BYTES or raw[:2] != _PK_ALG:
            raise BundleError("key.malformed", detail="not an Ed25519 minisign key")
        return cls(key_id=raw[2:10], public=raw[10:])


class SecretIdentity:
    """A private Ed25519 key with its key id. Never printed, never logged.

    Args:
        private_key: the Ed25519 private key.
        key_id: the 8-byte key id.
    """

    __slots__ = ("_key", "_public", "key_id")

    def __init__(self, private_key: Ed25519PrivateKey, key_id: bytes) -> None:
        if len(key_id) != KEY_ID_BYTES:
            raise BundleError("key.malformed", detail="key id must be 8 bytes")
        self._key = private_key
        self.key_id = bytes(key_id)
        raw = private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self._public = PublicIdentity(self.key_id, raw)

    @property
    def public(self) -> PublicIdentity:
        """The matching public identity."""
        return self._public

    def sign(self, data: bytes) -> bytes:
        """Return the 64-byte Ed25519 signature of ``data``."""
        return self._key.sign(data)

    def to_pem(self, passphrase: str | None) -> bytes:
        """Serialise the private key as PKCS#8 PEM, encrypted when a passphrase is given.

        The key id is not part of the PEM; store it beside (it is public).
        """
        encryption: serialization.KeySerializationEncryption
        if passphrase:
            encryption = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        else:
            encryption = serialization.NoEncryption()
        return self._key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )

    def __repr__(self) -> str:
        return f"SecretIdentity(key_id={self._public.key_id_hex()})"


def generate_identity() -> SecretIdentity:
    """Create a new key pair with a random 8-byte key id (as ``minisign -G`` does)."""
    return SecretIdentity(Ed25519PrivateKey.generate(), secrets.token_bytes(KEY_ID_BYTES))


def load_secret(pem: bytes, key_id: bytes, passphrase: str | None) -> SecretIdentity:
    """Load a private key written by :meth:`SecretIdentity.to_pem`.

    Args:
        pem: the PEM bytes.
        key_id: the 8-byte key id stored with it.
        passphrase: the passphrase, or None/empty for an unencrypted key. A passphrase given for
            an unencrypted key is ignored.

    Raises:
        BundleError: ``key.passphrase_needed`` (encrypted, no passphrase),
            ``key.passphrase_wrong`` (encrypted, wrong passphrase), ``key.malformed``.
    """
    encrypted = b"ENCRYPTED PRIVATE KEY" in pem[:200]
    if encrypted and not passphrase:
        raise BundleError("key.passphrase_needed")
    password = passphrase.encode("utf-8") if encrypted and passphrase else None
    try:
        key = serialization.load_pem_private_key(pem, password=password)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        if encrypted:
            raise BundleError("key.passphrase_wrong") from exc
        raise BundleError("key.malformed", detail="not a PEM private key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise BundleError("key.malformed", detail="not an Ed25519 key")
    return SecretIdentity(key, key_id)


def key_id_from_hex(text: str) -> bytes:
    """The key id bytes of a hex id as :meth:`PublicIdentity.key_id_hex` writes it (the store
    keeps ids in that form)."""
    return bytes.fromhex(text)[::-1]
