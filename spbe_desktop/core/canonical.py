"""The canonical JSON serialisation every hash and signature of the app is computed over.

Its own module, free of the framework model, so that checking a bundle's signature (``spbe
verify``) does not import the packs' classes to serialise a manifest.
"""

from __future__ import annotations

import json
from typing import Any


def canonical_json(data: Any) -> bytes:
    """The canonical serialisation used for hashes: sorted keys, no spaces, UTF-8."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
