"""Framework packs: the evaluation framework as versioned, validated data.

A pack is a JSON file (shipped ones live in ``spbe_desktop/packs``). This package parses and
validates it into frozen dataclasses and evaluates the pack's own rules (scoring, external
index conversion). It never knows a framework by code: SPBE 2020 and Pemdi 2026 differ only in
their data (Pemdi has aspects at the top, SPBE has domains holding aspects; Pemdi scores evidence
items with partial credit, SPBE whole levels).

Modules: ``model`` (dataclasses and rules), ``parse`` (validation, hashing), ``files`` (reading
shipped packs, files and kit bytes), ``mapping`` (where one framework's indicators lead in
another, for carrying evidence into a new period), ``messages`` (the ``pack.*`` texts).
"""

from spbe_desktop.core.canonical import canonical_json
from spbe_desktop.core.packs.files import (
    MAX_PACK_BYTES,
    SHIPPED_PACKS,
    load_pack_bytes,
    load_pack_file,
    load_shipped_pack,
    pack_to_bytes,
    shipped_pack_path,
)
from spbe_desktop.core.packs.model import (
    LEVELS,
    RULES,
    SOURCES,
    Aspect,
    Calendar,
    Domain,
    ExternalSource,
    Freshness,
    Group,
    Indicator,
    Item,
    LevelBand,
    LevelFamily,
    LevelSpec,
    Pack,
    PackRef,
    PredicateBand,
    ScoringRule,
    Source,
    Stage,
)
from spbe_desktop.core.packs.parse import SCHEMAS, pack_hash, parse_pack

__all__ = [
    "LEVELS",
    "MAX_PACK_BYTES",
    "RULES",
    "SCHEMAS",
    "SHIPPED_PACKS",
    "SOURCES",
    "Aspect",
    "Calendar",
    "Domain",
    "ExternalSource",
    "Freshness",
    "Group",
    "Indicator",
    "Item",
    "LevelBand",
    "LevelFamily",
    "LevelSpec",
    "Pack",
    "PackRef",
    "PredicateBand",
    "ScoringRule",
    "Source",
    "Stage",
    "canonical_json",
    "load_pack_bytes",
    "load_pack_file",
    "load_shipped_pack",
    "pack_hash",
    "pack_to_bytes",
    "parse_pack",
    "shipped_pack_path",
]
