"""Mappings between two frameworks' indicators: where last period's evidence may go now.

A mapping is data, like a pack: a JSON file naming, for each indicator of the old framework
(``from``, e.g. SPBE 2020's ``I11``), the indicators of the new one (``to``, e.g. Pemdi 2026's
``P01``) that its documents can feed, each with its basis (``source``: a practitioner source
names it, with the sources' tags; ``inferred``: reasoned) and, rarely, the one evidence item it
fits. The shipped one, ``packs/mapping-spbe2020-pemdi2026.json``, is provisional; a coordinator
corrects a copy and hands it over (``spbe init NEW --from OLD --mapping FILE``).

A mapping only ever *suggests*: a carried document is linked to the target indicator (and item,
where one is named) for a person to check; the level always comes from the new framework's own
criteria. Every problem raises ``pack.mapping_invalid`` naming the file and the JSON path of the
field, as pack validation does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from spbe_desktop.core.packs.model import Pack
from spbe_desktop.errors import PackError

MAPPING_SCHEMAS = (1,)
BASES = ("source", "inferred")
#: Largest mapping file accepted (the shipped one is about 18 KB).
MAX_MAPPING_BYTES = 1024 * 1024
#: Shipped mappings by (from pack id, to pack id).
SHIPPED_MAPPINGS = {("spbe-2020", "pemdi-2026"): "mapping-spbe2020-pemdi2026.json"}


@dataclass(frozen=True, slots=True)
class MappingTarget:
    """One indicator of the new framework an old indicator's documents can feed."""

    indicator_id: str
    basis: str  # "source" | "inferred"
    sources: tuple[str, ...] = ()  # tags of the sources that name it
    item: str | None = None  # the one item it fits, when the mapping names one


@dataclass(frozen=True, slots=True)
class MappingRow:
    from_id: str
    targets: tuple[MappingTarget, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class PackMapping:
    """A validated mapping from the indicators of pack ``from_pack`` onto those of ``to_pack``."""

    id: str
    version: str
    from_pack: str
    to_pack: str
    provisional: bool
    provenance: str
    rules: tuple[str, ...]
    update: frozenset[str]  # new indicators whose old evidence usually needs a new version
    rows: dict[str, MappingRow]
    source: str  # the file it came from (for messages)

    @property
    def label(self) -> str:
        return f"{self.id} {self.version}"

    def targets(self, from_ids: Iterable[str]) -> list[tuple[MappingTarget, tuple[str, ...]]]:
        """The targets of several old indicators, each once, with the old ids that lead to it
        (in the order of the old ids, then of each row's targets). A target reached from
        several rows is ``source`` if any of them says so, with every row's source tags."""
        found: dict[tuple[str, str | None], tuple[MappingTarget, list[str]]] = {}
        for old in dict.fromkeys(from_ids):
            row = self.rows.get(old)
            if row is None:
                continue
            for target in row.targets:
                key = (target.indicator_id, target.item)
                if key not in found:
                    found[key] = (target, [old])
                    continue
                seen, olds = found[key]
                olds.append(old)
                found[key] = (
                    MappingTarget(
                        target.indicator_id,
                        "source" if "source" in (seen.basis, target.basis) else seen.basis,
                        tuple(dict.fromkeys(seen.sources + target.sources)),
                        target.item,
                    ),
                    olds,
                )
        return [(target, tuple(olds)) for target, olds in found.values()]


def shipped_mapping_path(from_pack: str, to_pack: str) -> Path | None:
    """The mapping shipped for this pair of frameworks, or None."""
    name = SHIPPED_MAPPINGS.get((from_pack, to_pack))
    if name is None:
        return None
    return Path(str(resources.files("spbe_desktop") / "packs" / name))


def load_mapping_file(path: Path, old: Pack, new: Pack) -> PackMapping:
    """Read a mapping file and check it against the two packs it connects.

    Raises:
        PackError: ``pack.mapping_unreadable`` (missing, too large, not UTF-8 JSON) or
            ``pack.mapping_invalid`` naming the file and the field.
    """
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_MAPPING_BYTES:
            raise PackError(
                "pack.mapping_unreadable", file=name, detail=f"{size} bytes is too large"
            )
        data = json.loads(path.read_bytes().decode("utf-8"))
    except PackError:
        raise
    except (OSError, ValueError, RecursionError) as exc:  # ValueError: bad UTF-8 or JSON
        detail = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
        raise PackError("pack.mapping_unreadable", file=name, detail=detail) from exc
    return parse_mapping(data, source=name, old=old, new=new)


def parse_mapping(data: Any, *, source: str, old: Pack, new: Pack) -> PackMapping:
    """Validate mapping JSON against the old and the new pack.

    Raises:
        PackError: ``pack.mapping_invalid`` with the file and the JSON path of the field.
    """
    r = _Reader(source)
    top = r.obj(data, "$")
    schema = top.get("schema")
    if isinstance(schema, bool) or schema not in MAPPING_SCHEMAS:
        raise r.fail("$.schema", f"expected one of {', '.join(map(str, MAPPING_SCHEMAS))}")
    from_pack = r.text(top, "from", "$")
    if from_pack != old.id:
        raise r.fail("$.from", f"is '{from_pack}', but the old workspace uses '{old.id}'")
    to_pack = r.text(top, "to", "$")
    if to_pack != new.id:
        raise r.fail("$.to", f"is '{to_pack}', but the new workspace uses '{new.id}'")
    provisional = top.get("provisional", False)
    if not isinstance(provisional, bool):
        raise r.fail("$.provisional", "expected true or false")
    rules = top.get("rules", [])
    if not isinstance(rules, list) or not all(isinstance(x, str) for x in rules):
        raise r.fail("$.rules", "expected a list of texts")
    update = top.get("update", [])
    if not isinstance(update, list):
        raise r.fail("$.update", "expected a list of indicator ids")
    for k, ref in enumerate(update):
        r.indicator(new, ref, f"$.update[{k}]")
    entries = top.get("map")
    if not isinstance(entries, list) or not entries:
        raise r.fail("$.map", "expected a non-empty list")
    rows: dict[str, MappingRow] = {}
    for k, entry in enumerate(entries):
        row = r.row(entry, f"$.map[{k}]", old, new)
        if row.from_id in rows:
            raise r.fail(f"$.map[{k}].from", f"'{row.from_id}' is mapped twice")
        rows[row.from_id] = row
    return PackMapping(
        id=r.text(top, "id", "$"),
        version=r.text(top, "version", "$"),
        from_pack=from_pack,
        to_pack=to_pack,
        provisional=provisional,
        provenance=r.text(top, "provenance", "$", required=False),
        rules=tuple(rules),
        update=frozenset(update),
        rows=rows,
        source=source,
    )


class _Reader:
    """Typed field access that reports the JSON path of whatever is wrong."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, field: str, detail: str) -> PackError:
        return PackError("pack.mapping_invalid", file=self.source, field=field, detail=detail)

    def obj(self, value: Any, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, "expected an object")
        return value

    def text(self, parent: dict[str, Any], key: str, field: str, required: bool = True) -> str:
        value = parent.get(key, None if required else "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{field}.{key}", "expected non-empty text")
        return value

    def indicator(self, pack: Pack, ref: Any, field: str) -> str:
        if not isinstance(ref, str) or ref not in pack.indicator_map:
            shown = ref if isinstance(ref, str) else json.dumps(ref)
            raise self.fail(field, f"'{shown}' is not an indicator id of {pack.id} {pack.version}")
        return ref

    def row(self, value: Any, field: str, old: Pack, new: Pack) -> MappingRow:
        entry = self.obj(value, field)
        from_id = self.indicator(old, entry.get("from"), f"{field}.from")
        targets = entry.get("to")
        if not isinstance(targets, list) or not targets:
            raise self.fail(f"{field}.to", "expected a non-empty list")
        out = [self.target(t, f"{field}.to[{k}]", new) for k, t in enumerate(targets)]
        seen = [(t.indicator_id, t.item) for t in out]
        if len(set(seen)) != len(seen):
            raise self.fail(f"{field}.to", "names the same target twice")
        return MappingRow(from_id, tuple(out), self.text(entry, "reason", field, required=False))

    def target(self, value: Any, field: str, new: Pack) -> MappingTarget:
        entry = self.obj(value, field)
        indicator = self.indicator(new, entry.get("indicator"), f"{field}.indicator")
        basis = entry.get("basis")
        if basis not in BASES:
            raise self.fail(f"{field}.basis", f"expected one of {', '.join(BASES)}")
        sources = entry.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(s, str) and s for s in sources):
            raise self.fail(f"{field}.sources", "expected a list of source tags")
        item = entry.get("item")
        if item is not None:
            found = new.item_map.get(item) if isinstance(item, str) else None
            if found is None:
                raise self.fail(f"{field}.item", f"'{item}' is not an item of {new.id}")
            if found.indicator_id != indicator:
                raise self.fail(
                    f"{field}.item", f"'{item}' belongs to {found.indicator_id}, not {indicator}"
                )
        return MappingTarget(indicator, str(basis), tuple(sources), item)
