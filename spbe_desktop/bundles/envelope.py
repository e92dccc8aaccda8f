"""Small signed JSON files: evaluation kits, receipts, identity cards.

One file holds ``{"format": "spbe-desktop/<kind>", "version": 1, "payload": {...},
"signer": "<minisign public key line>", "signature": "<.minisig text>"}``. The signature covers
the canonical JSON (sorted keys, ``,``/``:`` separators, UTF-8) of
``{"format", "payload", "version"}``, so a payload signed as one kind can never be passed off
as another. Identity cards are signed too, by their own key: that proves possession of it. The
signature proves *who* signed; deciding whether to trust that key is the caller's job.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spbe_desktop.bundles.files import atomic_write_bytes
from spbe_desktop.bundles.jsonsafe import canonical_json, parse_json
from spbe_desktop.bundles.keys import PublicIdentity, SecretIdentity
from spbe_desktop.bundles.minisign import sign_file, verify_signature
from spbe_desktop.errors import BundleError

FORMAT_PREFIX = "spbe-desktop/"
VERSION = 1
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
_KEYS = frozenset({"format", "version", "payload", "signer", "signature"})


def _signed_bytes(kind: str, payload: dict[str, Any]) -> bytes:
    return canonical_json({"format": FORMAT_PREFIX + kind, "payload": payload, "version": VERSION})


def _check_kind(kind: str) -> None:
    if not kind or not all(ch.isascii() and (ch.isalnum() or ch in "-_.") for ch in kind):
        raise ValueError(f"invalid envelope kind {kind!r}")


def write_signed_json(
    path: Path,
    kind: str,
    payload: dict[str, Any],
    secret: SecretIdentity,
    trusted_comment: str,
) -> None:
    """Sign ``payload`` and write the envelope to ``path`` atomically.

    Args:
        path: the file to create or replace.
        kind: what the file is, e.g. ``"kit"``, ``"receipt"``, ``"identity"`` (ASCII letters,
            digits, ``-``, ``_``, ``.``).
        payload: plain JSON data (dicts, lists, strings, ints, floats, bools, None).
        secret: the signing identity.
        trusted_comment: one line, signed too.

    Raises:
        BundleError: ``envelope.payload_invalid`` (not plain JSON data), the
            ``signature.comment_invalid`` code, ``bundle.write_failed``.
        ValueError: an invalid ``kind``.
    """
    _check_kind(kind)
    if not isinstance(payload, dict):
        raise BundleError("envelope.payload_invalid", detail="the payload must be an object")
    try:
        signed = _signed_bytes(kind, payload)
    except BundleError as exc:
        raise BundleError("envelope.payload_invalid", detail=exc.params.get("detail", "")) from exc
    signature = sign_file(
        signed, secret, trusted_comment, f"spbe-desktop {kind}, key {secret.public.key_id_hex()}"
    )
    document = {
        "format": FORMAT_PREFIX + kind,
        "version": VERSION,
        "payload": payload,
        "signer": secret.public.minisign_line(),
        "signature": signature,
    }
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False, allow_nan=False)
    atomic_write_bytes(path, (text + "\n").encode("utf-8"))


def read_signed_json(
    path: Path, kind: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[dict[str, Any], PublicIdentity]:
    """Read and verify an envelope written by :func:`write_signed_json`.

    Args:
        path: the file.
        kind: the kind expected.
        max_bytes: size cap.

    Returns:
        ``(payload, signer)``: the verified payload and the key that signed it (compare it, or
        its fingerprint, with a key you trust).

    Raises:
        BundleError: ``envelope.unreadable``, ``json.too_large``, ``json.not_utf8``,
            ``json.too_deep``, ``json.invalid``, ``envelope.malformed``, ``envelope.wrong_kind``,
            ``envelope.unsupported_version``, ``envelope.signature_invalid``.
    """
    _check_kind(kind)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise BundleError("envelope.unreadable", file=str(path), detail=str(exc)) from exc
    document = parse_json(data, max_bytes=max_bytes, name=path.name)
    if not isinstance(document, dict) or set(document) != _KEYS:
        raise BundleError("envelope.malformed", file=path.name, detail="unexpected fields")
    found = document["format"]
    if not isinstance(found, str) or not found.startswith(FORMAT_PREFIX):
        raise BundleError("envelope.malformed", file=path.name, detail="no spbe-desktop format")
    if found != FORMAT_PREFIX + kind:
        raise BundleError(
            "envelope.wrong_kind",
            file=path.name,
            expected=kind,
            found=found.removeprefix(FORMAT_PREFIX),
        )
    if document["version"] != VERSION or isinstance(document["version"], bool):
        raise BundleError(
            "envelope.unsupported_version", file=path.name, version=str(document["version"])
        )
    payload, signer_line, signature = document["payload"], document["signer"], document["signature"]
    if not isinstance(payload, dict) or not isinstance(signer_line, str):
        raise BundleError("envelope.malformed", file=path.name, detail="payload or signer")
    if not isinstance(signature, str):
        raise BundleError("envelope.malformed", file=path.name, detail="signature")
    try:
        signer = PublicIdentity.from_minisign(signer_line)
    except BundleError as exc:
        raise BundleError("envelope.malformed", file=path.name, detail="signer key") from exc
    try:
        verify_signature(_signed_bytes(kind, payload), signature, signer)
    except BundleError as exc:
        raise BundleError("envelope.signature_invalid", file=path.name, reason=exc.code) from exc
    return payload, signer
