"""Careful JSON parsing for data that arrived on a flash disk, and the canonical JSON form.

Input must be UTF-8, at most a caller-given size, nested at most 64 levels, with no duplicate
object keys and no NaN/Infinity. The canonical form (sorted keys, no spaces, UTF-8) is what gets
signed, so the same data always gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from spbe_desktop.core.canonical import canonical_json as core_canonical_json
from spbe_desktop.errors import BundleError

MAX_DEPTH = 64
DEFAULT_MAX_BYTES = 16 * 1024 * 1024


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _depth(value: Any) -> int:
    """Nesting depth without recursion (a scalar is 0, ``[]`` is 1)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, depth) for child in children)
    return deepest


def parse_json(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, name: str = "") -> Any:
    """Parse untrusted JSON bytes.

    Args:
        data: the raw bytes.
        max_bytes: size cap.
        name: what is being parsed (for the error message).

    Raises:
        BundleError: ``json.too_large``, ``json.not_utf8``, ``json.too_deep``, ``json.invalid``.
    """
    if len(data) > max_bytes:
        raise BundleError("json.too_large", name=name, limit=max_bytes)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError("json.not_utf8", name=name) from exc
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise BundleError("json.too_deep", name=name, limit=MAX_DEPTH) from exc
    except ValueError as exc:
        raise BundleError("json.invalid", name=name, detail=str(exc)[:200]) from exc
    if _depth(value) > MAX_DEPTH:
        raise BundleError("json.too_deep", name=name, limit=MAX_DEPTH)
    return value


def canonical_json(value: Any) -> bytes:
    """The canonical UTF-8 bytes of ``value`` (sorted keys, ``,``/``:`` separators, no NaN).

    Raises:
        BundleError: ``json.invalid`` when the value is not plain JSON data or too deep.
    """
    if _depth(value) > MAX_DEPTH:
        raise BundleError("json.too_deep", name="", limit=MAX_DEPTH)
    try:
        return core_canonical_json(value)
    except UnicodeEncodeError as exc:  # lone surrogates
        raise BundleError("json.invalid", name="", detail="not encodable as UTF-8") from exc
    except (TypeError, ValueError, RecursionError) as exc:
        raise BundleError("json.invalid", name="", detail=str(exc)[:200]) from exc
