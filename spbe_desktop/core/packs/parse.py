"""Validation of pack JSON (schema 1 and 2) into :class:`~spbe_desktop.core.packs.model.Pack`.

Every problem raises ``pack.invalid`` naming the file and the JSON path of the field
(``$.aspects[2].indicators[0].levels[1].items[3].code``), so that a coordinator, or the
spreadsheet import that maps paths back to cells, can point at it.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from decimal import Decimal
from typing import Any

from spbe_desktop.core.canonical import canonical_json
from spbe_desktop.core.packs.model import (
    LEVELS,
    RULES,
    SOURCES,
    Aspect,
    Calendar,
    Domain,
    ExternalSource,
    Freshness,
    Indicator,
    Item,
    LevelBand,
    LevelFamily,
    LevelSpec,
    Pack,
    PredicateBand,
    ScoringRule,
    Source,
    Stage,
)
from spbe_desktop.errors import PackError

SCHEMAS = (1, 2)
ITEM_CODE = re.compile(r"^I(\d{1,3})-L([1-5])-(\d{2})$")
REPO = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")
COMMIT = re.compile(r"^[0-9a-f]{7,40}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_AGE_MONTHS = 120


def pack_hash(data: dict[str, Any]) -> str:
    """SHA-256 of the pack's canonical JSON, as ``sha256:<hex>``."""
    return "sha256:" + hashlib.sha256(canonical_json(data)).hexdigest()


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

    def opt_lst(self, parent: dict[str, Any], key: str, field: str) -> list[Any]:
        value = parent.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f"{field}.{key}", "expected a list")
        return value

    def text(self, parent: dict[str, Any], key: str, field: str, required: bool = True) -> str:
        value = parent.get(key, None if required else "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{field}.{key}", "expected non-empty text")
        return value

    def texts(
        self, parent: dict[str, Any], key: str, field: str, allow_empty: bool = False
    ) -> tuple[str, ...]:
        value = parent.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(e, str) and (allow_empty or e.strip()) for e in value
        ):
            raise self.fail(f"{field}.{key}", "expected a list of texts")
        return tuple(value)

    def flag(self, parent: dict[str, Any], key: str, field: str, default: bool = False) -> bool:
        value = parent.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(f"{field}.{key}", "expected true or false")
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

    def day(self, parent: dict[str, Any], key: str, field: str) -> date:
        value = parent.get(key)
        if isinstance(value, str) and ISO_DATE.match(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(f"{field}.{key}", "expected a date written YYYY-MM-DD")


def parse_pack(data: Any, source: str = "<pack>") -> Pack:
    """Validate parsed pack JSON and build a :class:`Pack`.

    Rules of both schemas: ids unique; every indicator has exactly the five levels 1-5; weights
    of indicators add up to their aspect's weight, aspects to their domain's, and the top level
    to 100; predicate bands cover 1.0-5.0 without gap or overlap. Schema 2 adds: a scoring rule
    (``level`` or ``items``, the latter with value bands per level covering 1-5); item codes
    ``I<number>-L<level>-<nn>`` unique in the pack; every level of an evidence indicator has at
    least one required item; an external indicator names its index and score range and has no
    required item; calendar dates in order; sources named as ``owner/repo``.

    Raises:
        PackError: ``pack.invalid`` naming the file and the field.
    """
    return _Parser(source).pack(data)


class _Parser:
    def __init__(self, source: str) -> None:
        self.r = _Reader(source)
        self.seen_ids: set[str] = set()
        self.numbers: set[int] = set()
        self.codes: set[str] = set()
        self.families: dict[str, LevelFamily] = {}
        self.schema = 1
        self.indicators: list[Indicator] = []

    def claim(self, ident: str, field: str) -> str:
        if ident in self.seen_ids:
            raise self.r.fail(field, f"id {ident!r} is used twice")
        self.seen_ids.add(ident)
        return ident

    # ------------------------------------------------------------------------------ the pack
    def pack(self, data: Any) -> Pack:
        r = self.r
        root = r.obj(data, "$")
        schema = root.get("schema", 1)
        if isinstance(schema, bool) or schema not in SCHEMAS:
            raise r.fail("$.schema", f"expected one of {', '.join(map(str, SCHEMAS))}")
        self.schema = schema
        pack_id = r.text(root, "id", "$")
        version = r.text(root, "version", "$")
        title = r.text(root, "title", "$")
        index_name = r.text(root, "index_name", "$")
        provenance = r.text(root, "provenance", "$")
        provisional = r.flag(root, "provisional", "$")
        self.level_families(root)
        scoring = self.scoring(root)

        domains: list[Domain] = []
        aspects: list[Aspect] = []
        top_total = Decimal(0)
        if "domains" in root:
            top_level = "domain"
            for k, d_raw in enumerate(r.lst(root, "domains", "$")):
                dom, dom_aspects = self.domain(d_raw, f"$.domains[{k}]")
                domains.append(dom)
                aspects.extend(dom_aspects)
                top_total += dom.weight
        else:
            top_level = "aspect"
            for k, a_raw in enumerate(r.lst(root, "aspects", "$")):
                asp = self.aspect(a_raw, f"$.aspects[{k}]", None)
                aspects.append(asp)
                top_total += asp.weight
        if top_total != Decimal(100):
            raise r.fail(f"$.{top_level}s", f"top-level weights add up to {top_total}, not 100")

        plain = _plain(root)
        return Pack(
            id=pack_id,
            version=version,
            title=title,
            index_name=index_name,
            provenance=provenance,
            provisional=provisional,
            content_hash=pack_hash(plain),
            domains=tuple(domains),
            aspects=tuple(aspects),
            indicators=tuple(sorted(self.indicators, key=lambda i: i.number)),
            predicates=self.predicates(root),
            top_level=top_level,
            raw=plain,
            schema=schema,
            scoring=scoring,
            level_families=tuple(self.families.values()),
            calendar=self.calendar(root),
            sources=self.sources(root),
        )

    def level_families(self, root: dict[str, Any]) -> None:
        r = self.r
        families = r.obj(root.get("level_families"), "$.level_families")
        if not families:
            raise r.fail("$.level_families", "expected at least one level family")
        for fam_id, fam in families.items():
            field = f"$.level_families.{fam_id}"
            fam_obj = r.obj(fam, field)
            names = r.obj(fam_obj.get("levels"), f"{field}.levels")
            if sorted(names) != [str(n) for n in LEVELS]:
                raise r.fail(f"{field}.levels", "needs names for levels 1 to 5")
            self.families[fam_id] = LevelFamily(
                id=fam_id,
                name=r.text(fam_obj, "name", field, required=False),
                names=tuple(r.text(names, str(n), f"{field}.levels") for n in LEVELS),
                note=r.text(fam_obj, "note", field, required=False),
                provisional=r.flag(fam_obj, "provisional", field),
            )

    def scoring(self, root: dict[str, Any]) -> ScoringRule:
        r = self.r
        if "scoring" not in root:
            if self.schema >= 2:
                raise r.fail("$.scoring", "a schema 2 pack needs a scoring rule")
            return ScoringRule()
        field = "$.scoring"
        sc = r.obj(root["scoring"], field)
        rule = r.text(sc, "rule", field)
        if rule not in RULES:
            raise r.fail(f"{field}.rule", f"expected one of: {', '.join(RULES)}")
        bands: list[LevelBand] = []
        if rule == "items":
            edge = Decimal(1)
            raw_bands = r.lst(sc, "level_bands", field)
            if len(raw_bands) != len(LEVELS):
                raise r.fail(f"{field}.level_bands", "needs exactly one band per level 1 to 5")
            for k, b_raw in enumerate(raw_bands):
                bfield = f"{field}.level_bands[{k}]"
                b = r.obj(b_raw, bfield)
                if r.integer(b, "level", bfield) != k + 1:
                    raise r.fail(f"{bfield}.level", f"expected level {k + 1}")
                low, high = r.number(b, "min", bfield), r.number(b, "max", bfield)
                if low != edge:
                    raise r.fail(f"{bfield}.min", f"expected {edge} (bands follow each other)")
                if high <= low:
                    raise r.fail(f"{bfield}.max", "must be greater than min")
                bands.append(LevelBand(k + 1, low, high))
                edge = high
            if edge != Decimal(5):
                raise r.fail(f"{field}.level_bands[4].max", "the last band must end at 5")
        elif "level_bands" in sc:
            raise r.fail(f"{field}.level_bands", "only the items rule has level bands")
        return ScoringRule(
            rule=rule,
            bands=tuple(bands),
            note=r.text(sc, "note", field, required=False),
            provisional=r.flag(sc, "provisional", field),
        )

    def predicates(self, root: dict[str, Any]) -> tuple[PredicateBand, ...]:
        r = self.r
        bands: list[PredicateBand] = []
        for k, b_raw in enumerate(r.lst(root, "predicates", "$")):
            field = f"$.predicates[{k}]"
            b = r.obj(b_raw, field)
            bands.append(
                PredicateBand(
                    r.text(b, "name", field),
                    r.number(b, "min", field),
                    r.number(b, "max", field),
                    r.flag(b, "provisional", field),
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
        return tuple(bands)

    def calendar(self, root: dict[str, Any]) -> Calendar | None:
        r = self.r
        if "calendar" not in root:
            return None
        field = "$.calendar"
        cal = r.obj(root["calendar"], field)
        stages: list[Stage] = []
        ids: set[str] = set()
        for k, s_raw in enumerate(r.lst(cal, "stages", field)):
            sfield = f"{field}.stages[{k}]"
            s = r.obj(s_raw, sfield)
            stage_id = r.text(s, "id", sfield)
            if stage_id in ids:
                raise r.fail(f"{sfield}.id", f"stage {stage_id!r} is listed twice")
            ids.add(stage_id)
            start, end = r.day(s, "start", sfield), r.day(s, "end", sfield)
            if end < start:
                raise r.fail(f"{sfield}.end", "the stage ends before it starts")
            stages.append(
                Stage(
                    stage_id,
                    r.text(s, "name", sfield),
                    start,
                    end,
                    r.text(s, "note", sfield, required=False),
                    r.flag(s, "provisional", sfield),
                )
            )
        return Calendar(
            cycle=r.text(cal, "cycle", field),
            stages=tuple(stages),
            note=r.text(cal, "note", field, required=False),
            provisional=r.flag(cal, "provisional", field),
        )

    def sources(self, root: dict[str, Any]) -> tuple[Source, ...]:
        r = self.r
        out: list[Source] = []
        for k, s_raw in enumerate(r.opt_lst(root, "sources", "$")):
            field = f"$.sources[{k}]"
            s = r.obj(s_raw, field)
            repo = r.text(s, "repo", field)
            if not REPO.match(repo):
                raise r.fail(f"{field}.repo", "expected a repository named owner/name")
            commit = r.text(s, "commit", field, required=False)
            if commit and not COMMIT.match(commit):
                raise r.fail(f"{field}.commit", "expected a commit id (7-40 hex digits)")
            out.append(Source(repo, r.text(s, "path", field), r.text(s, "used_for", field), commit))
        return tuple(out)

    # ---------------------------------------------------------------------- the structure
    def domain(self, d_raw: Any, field: str) -> tuple[Domain, list[Aspect]]:
        r = self.r
        d = r.obj(d_raw, field)
        d_id = self.claim(r.text(d, "id", field), f"{field}.id")
        d_weight = r.number(d, "weight", field)
        aspects = [
            self.aspect(a_raw, f"{field}.aspects[{j}]", d_id)
            for j, a_raw in enumerate(r.lst(d, "aspects", field))
        ]
        a_total = sum((a.weight for a in aspects), Decimal(0))
        if a_total != d_weight:
            raise r.fail(
                f"{field}.weight",
                f"domain {d_id} weighs {d_weight} but its aspects add up to {a_total}",
            )
        dom = Domain(
            d_id,
            r.integer(d, "number", field),
            r.text(d, "name", field),
            d_weight,
            tuple(a.id for a in aspects),
        )
        return dom, aspects

    def aspect(self, a_raw: Any, field: str, domain_id: str | None) -> Aspect:
        r = self.r
        a = r.obj(a_raw, field)
        a_id = self.claim(r.text(a, "id", field), f"{field}.id")
        a_weight = r.number(a, "weight", field)
        ind_ids: list[str] = []
        total = Decimal(0)
        for k, i_raw in enumerate(r.lst(a, "indicators", field)):
            ind = self.indicator(i_raw, f"{field}.indicators[{k}]", a_id, domain_id)
            self.indicators.append(ind)
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

    def indicator(self, i_raw: Any, field: str, aspect_id: str, domain_id: str | None) -> Indicator:
        r = self.r
        i = r.obj(i_raw, field)
        i_id = self.claim(r.text(i, "id", field), f"{field}.id")
        number = r.integer(i, "number", field)
        if number in self.numbers:
            raise r.fail(f"{field}.number", f"indicator number {number} is used twice")
        self.numbers.add(number)
        weight = r.number(i, "weight", field)
        if weight <= 0:
            raise r.fail(f"{field}.weight", "must be greater than zero")
        family = r.text(i, "family", field)
        if family not in self.families:
            raise r.fail(f"{field}.family", f"unknown level family {family!r}")
        source = i.get("source", "evidence")
        if source not in SOURCES:
            raise r.fail(f"{field}.source", f"expected one of: {', '.join(SOURCES)}")
        external = self.external(i, field) if source == "external" else None
        if external is None and "external" in i:
            raise r.fail(f"{field}.external", "only an indicator with source 'external' has one")
        levels_raw = r.lst(i, "levels", field)
        if len(levels_raw) != len(LEVELS):
            raise r.fail(f"{field}.levels", f"needs exactly 5 levels, found {len(levels_raw)}")
        levels = tuple(
            self.level(l_raw, f"{field}.levels[{k}]", k + 1, i_id, number, family, source)
            for k, l_raw in enumerate(levels_raw)
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
            levels=levels,
            aspect_id=aspect_id,
            domain_id=domain_id,
            default_owner=r.text(i, "default_owner", field, required=False),
            audit_window_years=window,
            official_name=r.text(i, "official_name", field, required=False),
            source=source,
            external=external,
            provisional=r.flag(i, "provisional", field),
        )

    def external(self, i: dict[str, Any], field: str) -> ExternalSource:
        r = self.r
        efield = f"{field}.external"
        e = r.obj(i.get("external"), efield)
        low, high = r.number(e, "score_min", efield), r.number(e, "score_max", efield)
        if high <= low:
            raise r.fail(f"{efield}.score_max", "must be greater than score_min")
        default = r.number(e, "default_value", efield)
        if not Decimal(1) <= default <= Decimal(5):
            raise r.fail(f"{efield}.default_value", "must be from 1 to 5")
        return ExternalSource(
            index=r.text(e, "index", efield),
            owner=r.text(e, "owner", efield, required=False),
            score_min=low,
            score_max=high,
            default_value=default,
            note=r.text(e, "note", efield, required=False),
            provisional=r.flag(e, "provisional", efield),
        )

    def level(
        self,
        l_raw: Any,
        field: str,
        n: int,
        ind_id: str,
        number: int,
        family: str,
        source: str,
    ) -> LevelSpec:
        r = self.r
        lv = r.obj(l_raw, field)
        found = r.integer(lv, "level", field)
        if found != n:
            raise r.fail(f"{field}.level", f"expected level {n}, found {found}")
        items = tuple(
            self.item(it, f"{field}.items[{k}]", ind_id, number, n)
            for k, it in enumerate(r.opt_lst(lv, "items", field))
        )
        if source == "external" and any(it.required for it in items):
            raise r.fail(
                f"{field}.items",
                "an external indicator takes its value from the index: its items are optional",
            )
        if self.schema >= 2 and source == "evidence" and not any(it.required for it in items):
            raise r.fail(f"{field}.items", "each level needs at least one required item")
        if "evidence" in lv or not items:
            # Schema 1 accepted empty texts here; keep loading such packs.
            evidence = r.texts(lv, "evidence", field, allow_empty=True) if "evidence" in lv else ()
        else:
            evidence = tuple(it.name for it in items)
        return LevelSpec(
            n,
            self.families[family].names[n - 1],
            r.text(lv, "criteria", field),
            evidence,
            items,
            r.flag(lv, "provisional", field),
        )

    def item(self, raw: Any, field: str, ind_id: str, number: int, level: int) -> Item:
        r = self.r
        it = r.obj(raw, field)
        code = r.text(it, "code", field)
        m = ITEM_CODE.match(code)
        if not m or int(m.group(1)) != number or int(m.group(2)) != level:
            raise r.fail(
                f"{field}.code", f"expected I{number}-L{level}-<nn> (two digits), not {code!r}"
            )
        if code in self.codes:
            raise r.fail(f"{field}.code", f"item code {code} is used twice")
        self.codes.add(code)
        required = it.get("required")
        if not isinstance(required, bool):
            raise r.fail(f"{field}.required", "expected true or false")
        freshness = None
        if "freshness" in it:
            ffield = f"{field}.freshness"
            f = r.obj(it["freshness"], ffield)
            months = r.integer(f, "max_age_months", ffield)
            if not 1 <= months <= MAX_AGE_MONTHS:
                raise r.fail(f"{ffield}.max_age_months", f"expected 1 to {MAX_AGE_MONTHS} months")
            freshness = Freshness(
                months, r.text(f, "rule", ffield), r.flag(f, "provisional", ffield)
            )
        return Item(
            code=code,
            indicator_id=ind_id,
            level=level,
            name=r.text(it, "name", field),
            shows=r.text(it, "shows", field),
            required=required,
            freshness=freshness,
            not_this=r.texts(it, "not_this", field),
            provisional=r.flag(it, "provisional", field),
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
