"""The validated pack as frozen dataclasses, and the pack's rules as pure functions of its data.

Schema 1 knew domains, aspects, indicators with five levels (criteria and a list of evidence
texts) and predicate bands. Schema 2 adds, without renaming anything: evidence items per level
(:class:`Item`), where an indicator's value comes from (:class:`ExternalSource`), the scoring rule
(:class:`ScoringRule`), named level families, the stage calendar, the sources the pack was drawn
from, and a ``provisional`` flag on every fact a coordinator may have to correct.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from spbe_desktop.errors import PackError

LEVELS = (1, 2, 3, 4, 5)
SOURCES = ("evidence", "external")
RULES = ("level", "items")
_ONE = Decimal(1)
_FIVE = Decimal(5)


@dataclass(frozen=True, slots=True)
class Freshness:
    """How old the document may be: ``max_age_months`` counted as ``rule`` says."""

    max_age_months: int
    rule: str
    provisional: bool = False


@dataclass(frozen=True, slots=True)
class Item:
    """One evidence item (butir) of one level: what to upload and what the assessors check.

    ``code`` is ``I<indicator number>-L<level>-<nn>``. Only ``required`` items count in the
    items rule; optional ones are supporting material. ``not_this`` holds documents assessors
    have refused for this item.
    """

    code: str
    indicator_id: str
    level: int
    name: str
    shows: str
    required: bool
    freshness: Freshness | None = None
    not_this: tuple[str, ...] = ()
    provisional: bool = False


@dataclass(frozen=True, slots=True)
class LevelSpec:
    """What one level 1-5 means for one indicator and which documents prove it.

    ``evidence`` is the schema-1 list of texts; in a schema-2 pack it is the items' names.
    """

    level: int
    name: str
    criteria: str
    evidence: tuple[str, ...]
    items: tuple[Item, ...] = ()
    provisional: bool = False

    @property
    def required_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.required)


@dataclass(frozen=True, slots=True)
class ExternalSource:
    """A national index that gives an indicator its value (nothing is uploaded for it).

    The score runs from ``score_min`` to ``score_max`` and maps linearly onto the values 1-5:
    value = 1 + 4 x (score - score_min) / (score_max - score_min); with 0-100 that is the
    observed 1 + 4 x score / 100. Until a score is known the value is ``default_value``.
    """

    index: str
    owner: str
    score_min: Decimal
    score_max: Decimal
    default_value: Decimal
    note: str = ""
    provisional: bool = False

    def value(self, score: Decimal | None) -> Decimal:
        """The indicator value for ``score`` (``None``: no score yet).

        Raises:
            PackError: ``pack.score_range`` when the score is outside the index's range.
        """
        if score is None:
            return self.default_value
        if not self.score_min <= score <= self.score_max:
            raise PackError(
                "pack.score_range",
                index=self.index,
                low=self.score_min,
                high=self.score_max,
                score=score,
            )
        return _ONE + 4 * (score - self.score_min) / (self.score_max - self.score_min)


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
    official_name: str = ""
    source: str = "evidence"
    external: ExternalSource | None = None
    provisional: bool = False

    def level(self, n: int) -> LevelSpec:
        return self.levels[n - 1]

    @property
    def items(self) -> tuple[Item, ...]:
        """All items of all levels, level 1 first."""
        return tuple(i for lv in self.levels for i in lv.items)

    @property
    def full_name(self) -> str:
        """The official name ("Tingkat Kematangan ...") where the pack gives one."""
        return self.official_name or self.name


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
    provisional: bool = False


@dataclass(frozen=True, slots=True)
class LevelFamily:
    """Names of the levels 1-5 shared by a set of indicators."""

    id: str
    name: str
    names: tuple[str, ...]  # level 1 first
    note: str = ""
    provisional: bool = False


@dataclass(frozen=True, slots=True)
class LevelBand:
    """Under the items rule, the values level ``level``'s required items fill: min to max."""

    level: int
    minimum: Decimal
    maximum: Decimal


@dataclass(frozen=True, slots=True)
class ScoringRule:
    """How accepted items become an indicator value.

    ``level``: the value is the number of consecutive complete levels (whole levels, at least
    1), as in SPBE 2020. ``items``: let L be the first level whose required items are not all
    accepted; the value is ``min(L) + (max(L) - min(L)) x accepted / required`` of L's required
    items; all five complete gives ``max(5)``. In both, an item above the first incomplete level
    never counts (the portal rejects it while a lower level is open).
    """

    rule: str = "level"
    bands: tuple[LevelBand, ...] = ()
    note: str = ""
    provisional: bool = False

    def first_incomplete_level(self, indicator: Indicator, accepted: Collection[str]) -> int | None:
        """The lowest level with a required item not accepted; ``None`` if all are.

        A level without required items (a schema-1 pack) is never complete.
        """
        for lv in indicator.levels:
            required = lv.required_items
            if not required or any(i.code not in accepted for i in required):
                return lv.level
        return None

    def counted(self, indicator: Indicator, accepted: Collection[str]) -> frozenset[str]:
        """The accepted required items that count: those up to the first incomplete level."""
        top = self.first_incomplete_level(indicator, accepted) or LEVELS[-1]
        return frozenset(
            i.code for lv in indicator.levels[:top] for i in lv.required_items if i.code in accepted
        )

    def blocked(self, indicator: Indicator, accepted: Collection[str]) -> frozenset[str]:
        """Items above the first incomplete level (shown as blocked, never as credit)."""
        top = self.first_incomplete_level(indicator, accepted)
        if top is None:
            return frozenset()
        return frozenset(i.code for lv in indicator.levels[top:] for i in lv.items)

    def indicator_value(
        self,
        indicator: Indicator,
        accepted: Collection[str],
        score: Decimal | None = None,
    ) -> Decimal:
        """The indicator's value from its accepted item codes (or its external score).

        Args:
            indicator: an indicator of the pack this rule belongs to.
            accepted: codes of the items the assessors accepted; others are ignored.
            score: for an external indicator, the national index score (``None``: not known).
        """
        if indicator.external is not None:
            return indicator.external.value(score)
        top = self.first_incomplete_level(indicator, accepted)
        if self.rule == "level":
            return Decimal(LEVELS[-1] if top is None else max(1, top - 1))
        if top is None:
            return self.bands[-1].maximum
        band = self.bands[top - 1]
        required = indicator.level(top).required_items
        if not required:
            return band.minimum
        done = sum(1 for i in required if i.code in accepted)
        return band.minimum + (band.maximum - band.minimum) * done / len(required)


@dataclass(frozen=True, slots=True)
class Stage:
    """One stage of the evaluation calendar (both dates included)."""

    id: str
    name: str
    start: date
    end: date
    note: str = ""
    provisional: bool = False


@dataclass(frozen=True, slots=True)
class Calendar:
    cycle: str
    stages: tuple[Stage, ...]
    note: str = ""
    provisional: bool = False


@dataclass(frozen=True, slots=True)
class Source:
    """A public source the pack was drawn from: repository, path, optional commit, what for."""

    repo: str
    path: str
    used_for: str
    commit: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    """A top-level group used for the summary: a domain (SPBE) or an aspect (Pemdi)."""

    id: str
    number: int
    name: str
    weight: Decimal
    indicator_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PackRef:
    """What every workspace and bundle records about the pack it was made with."""

    id: str
    version: str
    content_hash: str


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
    schema: int = 1
    scoring: ScoringRule = field(default_factory=ScoringRule)
    level_families: tuple[LevelFamily, ...] = ()
    calendar: Calendar | None = None
    sources: tuple[Source, ...] = ()

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

    @property
    def item_map(self) -> dict[str, Item]:
        """Every item of the pack by code."""
        return {i.code: i for ind in self.indicators for i in ind.items}

    def item(self, code: str) -> Item:
        """Find an item by code (case and surrounding blanks ignored); PackError if none."""
        key = code.strip().upper()
        found = self.item_map.get(key)
        if found is None:
            example = next((i.code for ind in self.indicators for i in ind.items), "I1-L1-01")
            raise PackError("pack.no_item", item=code.strip(), pack_id=self.id, example=example)
        return found

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
