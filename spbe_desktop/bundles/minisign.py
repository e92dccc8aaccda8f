"""Create and check signatures in minisign's file format (Ed25519, prehashed "ED").

A ``.minisig`` file has four lines: an untrusted comment, ``base64("ED" + key_id + signature)``
where the signature covers BLAKE2b-512 of the message, a trusted comment, and
``base64(global_signature)`` over ``signature + trusted_comment``. Files written here verify with
``minisign -V``; signatures made by ``minisign -S`` (and legacy ``-l`` ones, "Ed", over the raw
message) verify here. This module only computes; it never decides whom to trust.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature

from spbe_desktop.bundles.keys import KEY_ID_BYTES, PublicIdentity, SecretIdentity
from spbe_desktop.errors import BundleError

CHUNK = 1024 * 1024
ALG_PREHASHED = b"ED"
ALG_LEGACY = b"Ed"
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
DEFAULT_UNTRUSTED = "signature from spbe-desktop secret key"
#: minisign reads the trusted comment line into an 8192-byte buffer, the untrusted into 1024.
MAX_TRUSTED_COMMENT_BYTES = 8000
MAX_UNTRUSTED_COMMENT_BYTES = 960
#: legacy "Ed" signatures cover the raw message, which must then be held in memory.
MAX_LEGACY_MESSAGE_BYTES = 64 * 1024 * 1024
MAX_SIGNATURE_TEXT = 16 * 1024

#: What can be signed: a path, bytes, a binary stream, or an iterable of byte chunks.
MessageSource = Path | bytes | bytearray | memoryview | BinaryIO | Iterable[bytes]


@dataclass(frozen=True, slots=True)
class ParsedSignature:
    """The fields of a ``.minisig`` file.

    Attributes:
        algorithm: ``b"ED"`` (prehashed) or ``b"Ed"`` (legacy).
        key_id: the signer's 8-byte key id.
        signature: the 64-byte signature over the message (or its BLAKE2b-512 digest).
        trusted_comment: the signed comment text.
        global_signature: the 64-byte signature over ``signature + trusted_comment``.
        untrusted_comment: the first line's text (anyone can change it).
    """

    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str


def _chunks(source: MessageSource) -> Iterator[bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        yield bytes(source)
        return
    if isinstance(source, Path):
        try:
            with source.open("rb") as fh:
                while chunk := fh.read(CHUNK):
                    yield chunk
        except OSError as exc:
            raise BundleError("signature.source_unreadable", file=str(source)) from exc
        return
    read = getattr(source, "read", None)
    if callable(read):
        while chunk := read(CHUNK):
            yield chunk
        return
    yield from source  # type: ignore[misc]


def _blake2b(source: MessageSource) -> bytes:
    h = hashlib.blake2b(digest_size=64)
    for chunk in _chunks(source):
        h.update(chunk)
    return h.digest()


def check_comment_text(text: str, which: str) -> bytes:
    """Check a comment for a ``.minisig`` line and return its UTF-8 bytes.

    Args:
        text: the comment.
        which: ``"trusted"`` or ``"untrusted"`` (they have different length limits).

    Raises:
        BundleError: ``signature.comment_invalid`` (a line break, NUL, or too long).
    """
    limit = MAX_TRUSTED_COMMENT_BYTES if which == "trusted" else MAX_UNTRUSTED_COMMENT_BYTES
    if "\r" in text or "\n" in text or "\x00" in text:
        raise BundleError("signature.comment_invalid", which=which, reason="line break")
    raw = text.encode("utf-8")
    if len(raw) > limit:
        raise BundleError("signature.comment_invalid", which=which, reason="too long")
    return raw


def sign_file(
    source: MessageSource,
    secret: SecretIdentity,
    trusted_comment: str,
    untrusted_comment: str = DEFAULT_UNTRUSTED,
) -> str:
    """Sign a message in minisign's prehashed format.

    Args:
        source: the message: a file path, bytes, a binary stream or an iterable of chunks; read
            in 1 MiB chunks, never whole.
        secret: the signing identity.
        trusted_comment: one line, signed too (minisign shows it after verifying).
        untrusted_comment: one line, not signed.

    Returns:
        The ``.minisig`` text (four lines, each ending in ``\\n``).

    Raises:
        BundleError: ``signature.comment_invalid`` for a comment with a line break or too long;
            ``signature.source_unreadable`` when the path cannot be read.
    """
    tc = check_comment_text(trusted_comment, "trusted")
    check_comment_text(untrusted_comment, "untrusted")
    sig = secret.sign(_blake2b(source))
    global_sig = secret.sign(sig + tc)
    line2 = base64.b64encode(ALG_PREHASHED + secret.key_id + sig).decode("ascii")
    line4 = base64.b64encode(global_sig).decode("ascii")
    return (
        f"{UNTRUSTED_PREFIX}{untrusted_comment}\n{line2}\n"
        f"{TRUSTED_PREFIX}{trusted_comment}\n{line4}\n"
    )


def parse_signature(sig_text: str | bytes) -> ParsedSignature:
    """Parse a ``.minisig`` file without verifying anything.

    Raises:
        BundleError: ``signature.malformed`` when it is not a minisign signature.
    """
    if len(sig_text) > MAX_SIGNATURE_TEXT:
        raise BundleError("signature.malformed", reason="too long")
    if isinstance(sig_text, bytes):
        try:
            sig_text = sig_text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BundleError("signature.malformed", reason="not UTF-8") from exc
    lines = [line.rstrip("\r") for line in sig_text.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 4:
        raise BundleError("signature.malformed", reason="expected four lines")
    if not lines[0].startswith(UNTRUSTED_PREFIX) or not lines[2].startswith(TRUSTED_PREFIX):
        raise BundleError("signature.malformed", reason="comment lines missing")
    try:
        raw = base64.b64decode(lines[1], validate=True)
        global_sig = base64.b64decode(lines[3], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BundleError("signature.malformed", reason="not base64") from exc
    if len(raw) != 2 + KEY_ID_BYTES + 64 or len(global_sig) != 64:
        raise BundleError("signature.malformed", reason="wrong length")
    algorithm = raw[:2]
    if algorithm not in (ALG_PREHASHED, ALG_LEGACY):
        raise BundleError("signature.malformed", reason="unknown algorithm")
    return ParsedSignature(
        algorithm=algorithm,
        key_id=raw[2:10],
        signature=raw[10:],
        trusted_comment=lines[2][len(TRUSTED_PREFIX) :],
        global_signature=global_sig,
        untrusted_comment=lines[0][len(UNTRUSTED_PREFIX) :],
    )


def verify_signature(message: MessageSource, sig_text: str | bytes, public: PublicIdentity) -> str:
    """Check a minisign signature and return its trusted comment.

    Args:
        message: the signed message (path, bytes, stream or chunks), read in 1 MiB chunks.
        sig_text: the ``.minisig`` content.
        public: the key expected to have signed.

    Returns:
        The trusted comment, only after both the signature and the comment signature verify.

    Raises:
        BundleError: ``signature.malformed``, ``signature.wrong_key`` (the key id differs),
            ``signature.invalid`` (message or trusted comment altered, or another key),
            ``signature.legacy_too_large`` (legacy "Ed" over more than 64 MiB),
            ``signature.source_unreadable``.
    """
    parsed = parse_signature(sig_text)
    if parsed.key_id != public.key_id:
        raise BundleError(
            "signature.wrong_key",
            expected=public.key_id_hex(),
            found=parsed.key_id[::-1].hex().upper(),
        )
    if parsed.algorithm == ALG_PREHASHED:
        signed = _blake2b(message)
    else:
        parts: list[bytes] = []
        size = 0
        for chunk in _chunks(message):
            size += len(chunk)
            if size > MAX_LEGACY_MESSAGE_BYTES:
                raise BundleError("signature.legacy_too_large")
            parts.append(chunk)
        signed = b"".join(parts)
    verifier = public.verifier()
    try:
        verifier.verify(parsed.signature, signed)
    except InvalidSignature as exc:
        raise BundleError("signature.invalid", part="message") from exc
    try:
        verifier.verify(parsed.global_signature, parsed.signature + _tc_bytes(parsed))
    except InvalidSignature as exc:
        raise BundleError("signature.invalid", part="trusted comment") from exc
    return parsed.trusted_comment


def _tc_bytes(parsed: ParsedSignature) -> bytes:
    return parsed.trusted_comment.encode("utf-8")
