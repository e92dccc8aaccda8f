"""Turning a workbook's rows into schema-2 pack JSON, each complaint traced to its cell."""

from __future__ import annotations

from typing import Any

from spbe_desktop.errors import PackError
from spbe_desktop.services.pack_sheets.layout import _CODE, PACK_KEYS, SHEETS
from spbe_desktop.services.pack_sheets.reader import _Problems, _Reader, _Row


def _build(rows: dict[str, list[_Row]], r: _Reader) -> dict[str, Any]:
    meta = {r.text(row, "key", required=False).strip(): row for row in rows["pack"]}
    for key in PACK_KEYS:
        if key not in meta:
            r.p.add("pack", None, None, f"the key {key} is missing", f"kunci {key} tidak ada")
    if any(key not in meta for key in PACK_KEYS):
        return {}

    def mtext(key: str, required: bool = True) -> str:
        r.note(f"$.{_META_PATH.get(key, key)}", meta[key], "value")
        return r.text(meta[key], "value", required)

    data: dict[str, Any] = {}
    r.note("$.schema", meta["schema"], "value")
    data["schema"] = r.whole(meta["schema"], "value")
    for key in ("id", "version", "title", "index_name"):
        data[key] = mtext(key)
    r.note("$.provisional", meta["provisional"], "value")
    data["provisional"] = r.flag(meta["provisional"], "value")
    data["provenance"] = mtext("provenance")
    sources = [_source(row, k, r) for k, row in enumerate(rows["sources"])]
    if sources:
        data["sources"] = sources
    data["level_families"] = _families(rows["families"], r)
    data["scoring"] = _scoring(meta, rows["bands"], r, mtext)
    data["predicates"] = _predicates(rows["bands"], r)
    calendar = _calendar(meta, rows["calendar"], r, mtext)
    if calendar is not None:
        data["calendar"] = calendar
    data.update(_structure(rows, r))
    return data


_META_PATH = {
    "scoring_rule": "scoring.rule",
    "scoring_note": "scoring.note",
    "calendar_cycle": "calendar.cycle",
    "calendar_note": "calendar.note",
}


def _source(row: _Row, k: int, r: _Reader) -> dict[str, Any]:
    base = f"$.sources[{k}]"
    r.note(base, row)
    for key in SHEETS["sources"]:
        r.note(f"{base}.{key}", row, key)
    out: dict[str, Any] = {"repo": r.text(row, "repo"), "path": r.text(row, "path")}
    commit = r.text(row, "commit", required=False).strip()
    if commit:
        out["commit"] = commit
    out["used_for"] = r.text(row, "used_for")
    return out


def _families(rows: list[_Row], r: _Reader) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for row in rows:
        fid = r.text(row, "id").strip()
        base = f"$.level_families.{fid}"
        r.note(base, row)
        r.note(f"{base}.levels", row, "level_1")
        fam: dict[str, Any] = {
            "name": r.text(row, "name", required=False),
            "levels": {str(n): r.text(row, f"level_{n}") for n in range(1, 6)},
        }
        note = r.text(row, "note", required=False)
        if note:
            fam["note"] = note
        fam["provisional"] = r.flag(row, "provisional")
        if fid in out:
            r.p.add(row.sheet, row.number, row.columns["id"], "listed twice", "tercantum dua kali")
        out[fid] = fam
    return out


def _scoring(meta: dict[str, _Row], bands: list[_Row], r: _Reader, mtext: Any) -> dict[str, Any]:
    rule = mtext("scoring_rule").strip()
    out: dict[str, Any] = {"rule": rule}
    note = mtext("scoring_note", required=False)
    if note:
        out["note"] = note
    r.note("$.scoring.provisional", meta["scoring_provisional"], "value")
    out["provisional"] = r.flag(meta["scoring_provisional"], "value")
    level_rows = [row for row in bands if _kind(row, r) == "scoring"]
    if level_rows or rule == "items":
        r.note("$.scoring.level_bands", level_rows[0] if level_rows else meta["scoring_rule"])
        level_bands = []
        for k, row in enumerate(level_rows):
            base = f"$.scoring.level_bands[{k}]"
            r.note(base, row)
            for key, col in (("level", "level"), ("min", "min"), ("max", "max")):
                r.note(f"{base}.{key}", row, col)
            level_bands.append(
                {
                    "level": r.whole(row, "level"),
                    "min": r.number(row, "min"),
                    "max": r.number(row, "max"),
                }
            )
        out["level_bands"] = level_bands
    return out


def _kind(row: _Row, r: _Reader) -> str:
    kind = r.text(row, "kind").strip()
    if kind not in ("predicate", "scoring"):
        r.p.add(
            row.sheet,
            row.number,
            row.columns["kind"],
            "expected predicate or scoring",
            "harus predicate atau scoring",
            "kind",
        )
    return kind


def _predicates(bands: list[_Row], r: _Reader) -> list[dict[str, Any]]:
    out = []
    rows = [row for row in bands if row.values.get("kind") == "predicate"]
    if rows:
        r.note("$.predicates", rows[0])
    for k, row in enumerate(rows):
        base = f"$.predicates[{k}]"
        r.note(base, row)
        for key in ("name", "min", "max", "provisional"):
            r.note(f"{base}.{key}", row, key)
        out.append(
            {
                "name": r.text(row, "name"),
                "min": r.number(row, "min"),
                "max": r.number(row, "max"),
                "provisional": r.flag(row, "provisional"),
            }
        )
    return out


def _calendar(
    meta: dict[str, _Row], rows: list[_Row], r: _Reader, mtext: Any
) -> dict[str, Any] | None:
    cycle = mtext("calendar_cycle", required=False)
    if not rows and not cycle.strip():
        return None
    r.note("$.calendar", meta["calendar_cycle"], "value")
    out: dict[str, Any] = {"cycle": cycle}
    note = mtext("calendar_note", required=False)
    if note:
        out["note"] = note
    r.note("$.calendar.provisional", meta["calendar_provisional"], "value")
    out["provisional"] = r.flag(meta["calendar_provisional"], "value")
    stages = []
    for k, row in enumerate(rows):
        base = f"$.calendar.stages[{k}]"
        r.note(base, row)
        for key in SHEETS["calendar"]:
            r.note(f"{base}.{key}", row, key)
        stage: dict[str, Any] = {
            "id": r.text(row, "id"),
            "name": r.text(row, "name"),
            "start": r.day(row, "start"),
            "end": r.day(row, "end"),
        }
        stage_note = r.text(row, "note", required=False)
        if stage_note:
            stage["note"] = stage_note
        stage["provisional"] = r.flag(row, "provisional")
        stages.append(stage)
    out["stages"] = stages
    return out


def _structure(rows: dict[str, list[_Row]], r: _Reader) -> dict[str, Any]:
    """Domains/aspects with their indicators, levels and items, in sheet order."""
    domains: dict[str, dict[str, Any]] = {}
    aspects: dict[str, dict[str, Any]] = {}
    aspect_rows: dict[str, _Row] = {}
    domain_rows: dict[str, _Row] = {}
    aspect_domain: dict[str, str] = {}
    for row in rows["groups"]:
        kind = r.text(row, "kind").strip()
        gid = r.text(row, "id").strip()
        obj = {
            "id": gid,
            "number": r.whole(row, "number"),
            "name": r.text(row, "name"),
            "weight": r.number(row, "weight"),
        }
        if kind == "domain":
            domains[gid] = {**obj, "aspects": []}
            domain_rows[gid] = row
        elif kind == "aspect":
            aspects[gid] = {**obj, "indicators": []}
            aspect_rows[gid] = row
            aspect_domain[gid] = r.text(row, "domain", required=False).strip()
        else:
            r.p.add(
                row.sheet,
                row.number,
                row.columns["kind"],
                "expected domain or aspect",
                "harus domain atau aspect",
                "kind",
            )

    by_number: dict[int, dict[str, Any]] = {}
    by_id: dict[str, dict[str, Any]] = {}
    ind_rows: dict[str, _Row] = {}
    for row in rows["indicators"]:
        ind = _indicator(row, r)
        aspect_id = r.text(row, "aspect").strip()
        if aspect_id not in aspects:
            r.p.add(
                row.sheet,
                row.number,
                row.columns["aspect"],
                f"no aspect {aspect_id!r} in the sheet groups",
                f"aspek {aspect_id!r} tidak ada di lembar groups",
                "aspect",
            )
            continue
        aspects[aspect_id]["indicators"].append(ind)
        by_id[ind["id"]] = ind
        ind_rows[ind["id"]] = row
        if isinstance(ind["number"], int):
            by_number[ind["number"]] = ind

    level_rows: dict[tuple[str, int], _Row] = {}
    for row in rows["levels"]:
        ind_id = r.text(row, "indicator").strip()
        n = r.whole(row, "level")
        if ind_id not in by_id:
            r.p.add(
                row.sheet,
                row.number,
                row.columns["indicator"],
                f"no indicator {ind_id!r} in the sheet indicators",
                f"indikator {ind_id!r} tidak ada di lembar indicators",
                "indicator",
            )
            continue
        if n is None:
            continue
        if (ind_id, n) in level_rows or not 1 <= n <= 5:
            r.p.add(
                row.sheet,
                row.number,
                row.columns["level"],
                "each indicator needs the levels 1 to 5 once each",
                "setiap indikator butuh tingkat 1 sampai 5, masing-masing sekali",
                "level",
            )
            continue
        level_rows[(ind_id, n)] = row
        lv: dict[str, Any] = {
            "level": n,
            "criteria": r.text(row, "criteria"),
            "provisional": r.flag(row, "provisional"),
            "items": [],
        }
        evidence = r.lines(row, "evidence")
        if evidence:
            lv["evidence"] = evidence
        by_id[ind_id]["levels"].append(lv)
    for ind_id, ind in by_id.items():
        ind["levels"].sort(key=lambda lv: lv["level"])
        if [lv["level"] for lv in ind["levels"]] != [1, 2, 3, 4, 5]:
            r.p.add(
                "levels",
                None,
                None,
                f"indicator {ind_id} needs one row for each level 1 to 5",
                f"indikator {ind_id} butuh satu baris untuk setiap tingkat 1 sampai 5",
            )

    item_rows: list[tuple[_Row, dict[str, Any], str, int]] = []
    for row in rows["items"]:
        code = r.text(row, "code").strip()
        if not code:
            continue  # already reported as empty
        m = _CODE.match(code)
        target = by_number.get(int(m.group(1))) if m else None
        if m is None or target is None or len(target["levels"]) != 5:
            if m is None or target is None:
                r.p.add(
                    row.sheet,
                    row.number,
                    row.columns["code"],
                    "expected a code I<number>-L<level>-<nn> of an indicator in the sheet "
                    "indicators",
                    "harus kode I<nomor>-L<tingkat>-<nn> dari indikator di lembar indicators",
                    "code",
                )
            continue
        item = _item(row, code, r)
        level = int(m.group(2))
        target["levels"][level - 1]["items"].append(item)
        item_rows.append((row, item, target["id"], level))

    # JSON paths, as parse_pack will name them, for pointing its complaints at cells.
    top: list[dict[str, Any]]
    if domains:
        for aid, asp in aspects.items():
            dom = domains.get(aspect_domain[aid])
            if dom is None:
                row = aspect_rows[aid]
                r.p.add(
                    row.sheet,
                    row.number,
                    row.columns["domain"],
                    f"no domain {aspect_domain[aid]!r} in the sheet groups",
                    f"domain {aspect_domain[aid]!r} tidak ada di lembar groups",
                    "domain",
                )
                continue
            dom["aspects"].append(asp)
        top = list(domains.values())
        key = "domains"
        for d_k, dom in enumerate(top):
            drow = domain_rows[dom["id"]]
            r.note(f"$.domains[{d_k}]", drow)
            for col in ("id", "number", "name", "weight"):
                r.note(f"$.domains[{d_k}].{col}", drow, col)
            r.note(f"$.domains[{d_k}].aspects", drow, "id")
            for a_k, asp in enumerate(dom["aspects"]):
                _note_aspect(r, f"$.domains[{d_k}].aspects[{a_k}]", asp, aspect_rows, ind_rows)
    else:
        top = list(aspects.values())
        key = "aspects"
        for a_k, asp in enumerate(top):
            _note_aspect(r, f"$.aspects[{a_k}]", asp, aspect_rows, ind_rows)
    r.origin.setdefault(f"$.{key}", ("groups", None, None, ""))
    _note_levels_and_items(r, level_rows, item_rows)
    return {key: top}


_IND_COLUMNS = {
    "id": "id",
    "number": "number",
    "name": "name",
    "official_name": "official_name",
    "weight": "weight",
    "family": "family",
    "source": "source",
    "explanation": "explanation",
    "default_owner": "default_owner",
    "audit_window_years": "audit_window_years",
    "provisional": "provisional",
    "external": "external_index",
    "external.index": "external_index",
    "external.owner": "external_owner",
    "external.score_min": "score_min",
    "external.score_max": "score_max",
    "external.default_value": "default_value",
    "external.note": "external_note",
    "external.provisional": "external_provisional",
    "levels": "id",
}


def _note_aspect(
    r: _Reader,
    base: str,
    asp: dict[str, Any],
    aspect_rows: dict[str, _Row],
    ind_rows: dict[str, _Row],
) -> None:
    row = aspect_rows[asp["id"]]
    r.note(base, row)
    for key in ("id", "number", "name", "weight"):
        r.note(f"{base}.{key}", row, key)
    r.note(f"{base}.indicators", row, "id")
    for i_k, ind in enumerate(asp["indicators"]):
        ibase = f"{base}.indicators[{i_k}]"
        irow = ind_rows[ind["id"]]
        r.note(ibase, irow)
        for key, col in _IND_COLUMNS.items():
            r.note(f"{ibase}.{key}", irow, col)
        for l_k, lv in enumerate(ind["levels"]):
            r.origin[f"#level:{ind['id']}:{lv['level']}"] = (
                "",
                None,
                None,
                f"{ibase}.levels[{l_k}]",
            )
            for m_k, item in enumerate(lv["items"]):
                r.origin[f"#item:{id(item)}"] = (
                    "",
                    None,
                    None,
                    f"{ibase}.levels[{l_k}].items[{m_k}]",
                )


def _note_levels_and_items(
    r: _Reader,
    level_rows: dict[tuple[str, int], _Row],
    item_rows: list[tuple[_Row, dict[str, Any], str, int]],
) -> None:
    for (ind_id, n), row in level_rows.items():
        marker = r.origin.get(f"#level:{ind_id}:{n}")
        if marker is None:
            continue
        base = marker[3]
        r.note(base, row)
        for key in ("level", "criteria", "evidence", "provisional"):
            r.note(f"{base}.{key}", row, key)
        r.note(f"{base}.items", row, "level")
    for row, item, _ind_id, _level in item_rows:
        marker = r.origin.get(f"#item:{id(item)}")
        if marker is None:
            continue
        base = marker[3]
        r.note(base, row)
        for key in ("code", "name", "shows", "required", "not_this", "provisional"):
            r.note(f"{base}.{key}", row, key)
        r.note(f"{base}.freshness", row, "max_age_months")
        r.note(f"{base}.freshness.max_age_months", row, "max_age_months")
        r.note(f"{base}.freshness.rule", row, "freshness_rule")
        r.note(f"{base}.freshness.provisional", row, "freshness_provisional")


def _indicator(row: _Row, r: _Reader) -> dict[str, Any]:
    ind: dict[str, Any] = {
        "id": r.text(row, "id").strip(),
        "number": r.whole(row, "number"),
        "name": r.text(row, "name"),
    }
    official = r.text(row, "official_name", required=False)
    if official:
        ind["official_name"] = official
    ind["weight"] = r.number(row, "weight")
    ind["family"] = r.text(row, "family").strip()
    source = r.text(row, "source").strip()
    ind["source"] = source
    if source == "external" or r.text(row, "external_index", required=False).strip():
        ext: dict[str, Any] = {"index": r.text(row, "external_index")}
        owner = r.text(row, "external_owner", required=False)
        if owner:
            ext["owner"] = owner
        ext["score_min"] = r.number(row, "score_min")
        ext["score_max"] = r.number(row, "score_max")
        ext["default_value"] = r.number(row, "default_value")
        ext_note = r.text(row, "external_note", required=False)
        if ext_note:
            ext["note"] = ext_note
        ext["provisional"] = r.flag(row, "external_provisional")
        ind["external"] = ext
    ind["explanation"] = r.text(row, "explanation")
    ind["default_owner"] = r.text(row, "default_owner", required=False)
    window = r.whole(row, "audit_window_years", required=False)
    if window is not None:
        ind["audit_window_years"] = window
    ind["provisional"] = r.flag(row, "provisional")
    ind["levels"] = []
    return ind


def _item(row: _Row, code: str, r: _Reader) -> dict[str, Any]:
    item: dict[str, Any] = {
        "code": code,
        "name": r.text(row, "name"),
        "shows": r.text(row, "shows"),
        "required": r.flag(row, "required"),
    }
    months = r.whole(row, "max_age_months", required=False)
    if months is not None:
        item["freshness"] = {
            "max_age_months": months,
            "rule": r.text(row, "freshness_rule"),
            "provisional": r.flag(row, "freshness_provisional"),
        }
    item["not_this"] = r.lines(row, "not_this")
    item["provisional"] = r.flag(row, "provisional")
    return item


def _point_at_cell(exc: PackError, r: _Reader, problems: _Problems) -> None:
    """Turn parse_pack's JSON path into the sheet, row and column it came from."""
    path = str(exc.params.get("field", "$"))
    detail = str(exc.params.get("detail", ""))
    probe = path
    while probe:
        where = r.origin.get(probe)
        if where is not None and where[0]:
            sheet, row, col, header = where
            problems.add(sheet, row, col, detail, f"aturan paket: {detail}", header)
            return
        probe = _parent(probe)
    problems.add("pack", None, None, f"{path}: {detail}", f"{path}: {detail}")


def _parent(path: str) -> str:
    if path.endswith("]"):
        return path[: path.rindex("[")]
    if "." in path:
        return path[: path.rindex(".")]
    return ""
