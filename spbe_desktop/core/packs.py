"""Framework packs: the evaluation framework as versioned, validated data.

A pack is a JSON file (shipped ones live in ``spbe_desktop/packs``). This module parses and
validates it into frozen dataclasses. It never knows a framework by code: SPBE 2020 and Pemdi
2026 differ only in their data (Pemdi has aspects at the top, SPBE has domains holding aspects).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from spbe_desktop.errors import PackError, register_messages

register_messages(
    {
        "pack.unreadable": {
            "en": "The framework pack {file} cannot be read ({detail}); choose another file.",
            "id": "Paket kerangka {file} tidak dapat dibaca ({detail}); pilih berkas lain.",
        },
        "pack.invalid": {
            "en": "The framework pack {file} is invalid at '{field}': {detail}; correct the file "
            "or ask the coordinator for a corrected pack.",
            "id": "Paket kerangka {file} tidak valid pada '{field}': {detail}; perbaiki berkas "
            "atau minta paket yang sudah diperbaiki kepada koordinator.",
        },
        "pack.unknown": {
            "en": "There is no framework pack named '{pack_id}'; use one of: {known}.",
            "id": "Tidak ada paket kerangka bernama '{pack_id}'; gunakan salah satu dari: {known}.",
        },
    }
)

#: Largest pack file accepted (packs are small; this stops a hostile file early).
MAX_PACK_BYTES = 4 * 1024 * 1024
LEVELS = (1, 2, 3, 4, 5)
SHIPPED_PACKS = ("spbe-2020", "pemdi-2026")


@dataclass(frozen=True, slots=True)
class LevelSpec:
    """What one level 1-5 means for one indicator and which documents prove it."""

    level: int
    name: str
    criteria: str
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    number: int
    name: str
    weight: Decimal
    family: str
    explanation: str
    levels: tuple[LevelSpec, ...]
    aspect_id: str
    domain_id: str | None
    default_owner: str
    audit_window_years: int | None

    def level(self, n: int) -> LevelSpec:
        return self.levels[n - 1]


@dataclass(frozen=True, slots=True)
class Aspect:
    id: str
    number: int
    name: str
    weight: Decimal
    indicator_ids: tuple[str, ...]
    domain_id: str | None


@dataclass(frozen=True, slots=True)
class Domain:
    id: str
    number: int
    name: str
    weight: Decimal
    aspect_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PredicateBand:
    """A predicate that holds for ``minimum <= index < maximum`` (the top band includes 5.0)."""

    name: str
    minimum: Decimal
    maximum: Decimal


@dataclass(frozen=True, slots=True)
class Group:
    """A top-level group used for the summary: a domain (SPBE) or an aspect (Pemdi)."""

    id: str
    number: int
    name: str
    weight: Decimal
    indicator_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Pack:
    """A validated framework pack."""

    id: str
    version: str
    title: str
    index_name: str
    provenance: str
    provisional: bool
    content_hash: str
    domains: tuple[Domain, ...]
    aspects: tuple[Aspect, ...]
    indicators: tuple[Indicator, ...]
    predicates: tuple[PredicateBand, ...]
    top_level: str  # "domain" or "aspect"
    raw: dict[str, Any]

    @property
    def indicator_map(self) -> dict[str, Indicator]:
        return {i.id: i for i in self.indicators}

    def indicator(self, ref: str | int) -> Indicator:
        """Find an indicator by id ("I07", "7") or number; raise PackError if there is none."""
        key = str(ref).strip()
        for ind in self.indicators:
            if key in (ind.id, str(ind.number)) or key.lower() == ind.id.lower():
                return ind
        raise PackError(
            "pack.no_indicator",
            indicator=key,
            pack_id=self.id,
            count=len(self.indicators),
        )

    def groups(self) -> tuple[Group, ...]:
        """The top-level groups: domains for SPBE 2020, aspects for Pemdi 2026."""
        if self.top_level == "domain":
            amap = {a.id: a for a in self.aspects}
            return tuple(
                Group(
                    d.id,
                    d.number,
                    d.name,
                    d.weight,
                    tuple(i for a in d.aspect_ids for i in amap[a].indicator_ids),
                )
                for d in self.domains
            )
        return tuple(Group(a.id, a.number, a.name, a.weight, a.indicator_ids) for a in self.aspects)

    @property
    def ref(self) -> PackRef:
        return PackRef(self.id, self.version, self.content_hash)


@dataclass(frozen=True, slots=True)
class PackRef:
    """What every workspace and bundle records about the pack it was made with."""

    id: str
    version: str
    content_hash: str


register_messages(
    {
        "pack.no_indicator": {
            "en": "Indicator '{indicator}' is not in pack {pack_id}; use a number from 1 to "
            "{count}.",
            "id": "Indikator '{indicator}' tidak ada dalam paket {pack_id}; gunakan nomor 1 "
            "sampai {count}.",
        }
    }
)


def canonical_json(data: Any) -> bytes:
    """The canonical serialisation used for hashes: sorted keys, no spaces, UTF-8."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def pack_hash(data: dict[str, Any]) -> str:
    """SHA-256 of the pack's canonical JSON, as ``sha256:<hex>``."""
    return "sha256:" + hashlib.sha256(canonical_json(data)).hexdigest()


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


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


class _Reader:
    """Typed field access that reports the JSON path of whatever is wrong."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, field: str, detail: str) -> PackError:
        return PackError("pack.invalid", file=self.source, field=field, detail=detail)

    def obj(self, value: Any, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, "expected an object")
        return value

    def lst(self, parent: dict[str, Any], key: str, field: str) -> list[Any]:
        value = parent.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(f"{field}.{key}", "expected a non-empty list")
        return value

    def text(self, parent: dict[str, Any], key: str, field: str, required: bool = True) -> str:
        value = parent.get(key, None if required else "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{field}.{key}", "expected non-empty text")
        return value

    def number(self, parent: dict[str, Any], key: str, field: str) -> Decimal:
        value = parent.get(key)
        if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
            raise self.fail(f"{field}.{key}", "expected a number")
        dec = Decimal(str(value))
        if not dec.is_finite():
            raise self.fail(f"{field}.{key}", "expected a finite number")
        return dec

    def integer(self, parent: dict[str, Any], key: str, field: str) -> int:
        value = parent.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{field}.{key}", "expected a whole number")
        return value


def parse_pack(data: Any, source: str = "<pack>") -> Pack:
    """Validate parsed pack JSON and build a :class:`Pack`.

    Rules: ids unique; every indicator has exactly the five levels 1-5; weights of indicators add
    up to their aspect's weight, aspects to their domain's, and the top level to 100; predicate
    bands cover 1.0-5.0 without gap or overlap.

    Raises:
        PackError: ``pack.invalid`` naming the file and the field.
    """
    r = _Reader(source)
    root = r.obj(data, "$")
    pack_id = r.text(root, "id", "$")
    version = r.text(root, "version", "$")
    title = r.text(root, "title", "$")
    index_name = r.text(root, "index_name", "$")
    provenance = r.text(root, "provenance", "$")
    provisional = root.get("provisional", False)
    if not isinstance(provisional, bool):
        raise r.fail("$.provisional", "expected true or false")
    families = r.obj(root.get("level_families"), "$.level_families")
    family_names: dict[str, dict[int, str]] = {}
    for fam_id, fam in families.items():
        fam_obj = r.obj(fam, f"$.level_families.{fam_id}")
        names = r.obj(fam_obj.get("levels"), f"$.level_families.{fam_id}.levels")
        if sorted(names) != [str(n) for n in LEVELS]:
            raise r.fail(f"$.level_families.{fam_id}.levels", "needs names for levels 1 to 5")
        family_names[fam_id] = {
            n: r.text(names, str(n), f"$.level_families.{fam_id}.levels") for n in LEVELS
        }

    seen_ids: set[str] = set()

    def claim(ident: str, field: str) -> str:
        if ident in seen_ids:
            raise r.fail(field, f"id {ident!r} is used twice")
        seen_ids.add(ident)
        return ident

    domains: list[Domain] = []
    aspects: list[Aspect] = []
    indicators: list[Indicator] = []
    numbers: set[int] = set()

    def parse_aspect(a_raw: Any, field: str, domain_id: str | None) -> Aspect:
        a = r.obj(a_raw, field)
        a_id = claim(r.text(a, "id", field), f"{field}.id")
        a_weight = r.number(a, "weight", field)
        ind_ids: list[str] = []
        total = Decimal(0)
        for k, i_raw in enumerate(r.lst(a, "indicators", field)):
            ifield = f"{field}.indicators[{k}]"
            ind = parse_indicator(i_raw, ifield, a_id, domain_id)
            indicators.append(ind)
            ind_ids.append(ind.id)
            total += ind.weight
        if total != a_weight:
            raise r.fail(
                f"{field}.weight",
                f"aspect {a_id} weighs {a_weight} but its indicators add up to {total}",
            )
        return Aspect(
            a_id,
            r.integer(a, "number", field),
            r.text(a, "name", field),
            a_weight,
            tuple(ind_ids),
            domain_id,
        )

    def parse_indicator(i_raw: Any, field: str, aspect_id: str, domain_id: str | None) -> Indicator:
        i = r.obj(i_raw, field)
        i_id = claim(r.text(i, "id", field), f"{field}.id")
        number = r.integer(i, "number", field)
        if number in numbers:
            raise r.fail(f"{field}.number", f"indicator number {number} is used twice")
        numbers.add(number)
        weight = r.number(i, "weight", field)
        if weight <= 0:
            raise r.fail(f"{field}.weight", "must be greater than zero")
        family = r.text(i, "family", field)
        if family not in family_names:
            raise r.fail(f"{field}.family", f"unknown level family {family!r}")
        levels_raw = r.lst(i, "levels", field)
        if len(levels_raw) != len(LEVELS):
            raise r.fail(f"{field}.levels", f"needs exactly 5 levels, found {len(levels_raw)}")
        levels: list[LevelSpec] = []
        for k, l_raw in enumerate(levels_raw):
            lfield = f"{field}.levels[{k}]"
            lv = r.obj(l_raw, lfield)
            n = r.integer(lv, "level", lfield)
            if n != k + 1:
                raise r.fail(f"{lfield}.level", f"expected level {k + 1}, found {n}")
            evidence = lv.get("evidence", [])
            if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
                raise r.fail(f"{lfield}.evidence", "expected a list of texts")
            levels.append(
                LevelSpec(
                    n, family_names[family][n], r.text(lv, "criteria", lfield), tuple(evidence)
                )
            )
        window = i.get("audit_window_years")
        if window is not None and (isinstance(window, bool) or not isinstance(window, int)):
            raise r.fail(f"{field}.audit_window_years", "expected a whole number of years")
        return Indicator(
            id=i_id,
            number=number,
            name=r.text(i, "name", field),
            weight=weight,
            family=family,
            explanation=r.text(i, "explanation", field),
            levels=tuple(levels),
            aspect_id=aspect_id,
            domain_id=domain_id,
            default_owner=r.text(i, "default_owner", field, required=False),
            audit_window_years=window,
        )

    top_total = Decimal(0)
    if "domains" in root:
        top_level = "domain"
        for k, d_raw in enumerate(r.lst(root, "domains", "$")):
            field = f"$.domains[{k}]"
            d = r.obj(d_raw, field)
            d_id = claim(r.text(d, "id", field), f"{field}.id")
            d_weight = r.number(d, "weight", field)
            a_ids: list[str] = []
            a_total = Decimal(0)
            for j, a_raw in enumerate(r.lst(d, "aspects", field)):
                asp = parse_aspect(a_raw, f"{field}.aspects[{j}]", d_id)
                aspects.append(asp)
                a_ids.append(asp.id)
                a_total += asp.weight
            if a_total != d_weight:
                raise r.fail(
                    f"{field}.weight",
                    f"domain {d_id} weighs {d_weight} but its aspects add up to {a_total}",
                )
            domains.append(
                Domain(
                    d_id,
                    r.integer(d, "number", field),
                    r.text(d, "name", field),
                    d_weight,
                    tuple(a_ids),
                )
            )
            top_total += d_weight
    else:
        top_level = "aspect"
        for k, a_raw in enumerate(r.lst(root, "aspects", "$")):
            asp = parse_aspect(a_raw, f"$.aspects[{k}]", None)
            aspects.append(asp)
            top_total += asp.weight
    if top_total != Decimal(100):
        raise r.fail("$." + top_level + "s", f"top-level weights add up to {top_total}, not 100")

    bands: list[PredicateBand] = []
    for k, b_raw in enumerate(r.lst(root, "predicates", "$")):
        field = f"$.predicates[{k}]"
        b = r.obj(b_raw, field)
        bands.append(
            PredicateBand(
                r.text(b, "name", field), r.number(b, "min", field), r.number(b, "max", field)
            )
        )
    bands.sort(key=lambda b: b.minimum)
    edge = Decimal(1)
    for k, band in enumerate(bands):
        if band.minimum != edge:
            raise r.fail(
                "$.predicates",
                f"bands must cover 1.0 to 5.0 without gap or overlap; {band.name} starts at "
                f"{band.minimum}, expected {edge}",
            )
        if band.maximum <= band.minimum:
            raise r.fail(f"$.predicates[{k}]", f"band {band.name} is empty")
        edge = band.maximum
    if edge != Decimal(5):
        raise r.fail("$.predicates", f"bands end at {edge}, expected 5.0")

    indicators.sort(key=lambda i: i.number)
    return Pack(
        id=pack_id,
        version=version,
        title=title,
        index_name=index_name,
        provenance=provenance,
        provisional=provisional,
        content_hash=pack_hash(_plain(root)),
        domains=tuple(domains),
        aspects=tuple(aspects),
        indicators=tuple(indicators),
        predicates=tuple(bands),
        top_level=top_level,
        raw=_plain(root),
    )


def _plain(value: Any) -> Any:
    """Decimals back to JSON numbers so the hash is over plain JSON (ints stay ints)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return float(value)
    return value


def pack_to_bytes(pack: Pack) -> bytes:
    """The pack as the JSON a kit carries (loads back to the same content hash)."""
    return json.dumps(pack.raw, ensure_ascii=False, indent=1).encode("utf-8")
