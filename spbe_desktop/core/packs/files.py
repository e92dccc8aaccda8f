"""Reading packs: the shipped ones, a file a coordinator chose, or the bytes a kit carries."""

from __future__ import annotations

import json
from decimal import Decimal
from importlib import resources
from pathlib import Path

from spbe_desktop.core.packs.model import Pack
from spbe_desktop.core.packs.parse import parse_pack
from spbe_desktop.errors import PackError

#: Largest pack file accepted (packs are small; this stops a hostile file early).
MAX_PACK_BYTES = 4 * 1024 * 1024
SHIPPED_PACKS = ("spbe-2020", "pemdi-2026")


def shipped_pack_path(pack_id: str) -> Path:
    """Path of a pack shipped with the program."""
    if pack_id not in SHIPPED_PACKS:
        raise PackError("pack.unknown", pack_id=pack_id, known=", ".join(SHIPPED_PACKS))
    return Path(str(resources.files("spbe_desktop") / "packs" / f"{pack_id}.json"))


def load_shipped_pack(pack_id: str) -> Pack:
    return load_pack_file(shipped_pack_path(pack_id))


def load_pack_file(path: Path) -> Pack:
    """Read and validate a pack file; errors name the file and the field."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise PackError("pack.unreadable", file=name, detail=f"{size} bytes is too large")
        text = path.read_bytes().decode("utf-8")
        data = json.loads(text, parse_float=Decimal)
    except PackError:
        raise
    except (OSError, ValueError, RecursionError) as exc:  # ValueError: bad UTF-8/JSON/int
        raise PackError("pack.unreadable", file=name, detail=_short(exc)) from exc
    return parse_pack(data, source=name)


def load_pack_bytes(raw: bytes, source: str) -> Pack:
    """Parse a pack carried inside a kit or bundle."""
    if len(raw) > MAX_PACK_BYTES:
        raise PackError("pack.unreadable", file=source, detail="too large")
    try:
        data = json.loads(raw.decode("utf-8"), parse_float=Decimal)
    except (ValueError, RecursionError) as exc:  # bad UTF-8, JSON, or a huge integer
        raise PackError("pack.unreadable", file=source, detail=_short(exc)) from exc
    return parse_pack(data, source=source)


def pack_to_bytes(pack: Pack) -> bytes:
    """The pack as the JSON a kit carries (loads back to the same content hash)."""
    return json.dumps(pack.raw, ensure_ascii=False, indent=1).encode("utf-8")


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
