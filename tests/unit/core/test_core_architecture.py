"""The shipped architecture model: domains in SIA order, code lists whose codes and parents hold
together (top levels of RAB, RAL and RAA confirmed, the rest provisional), evidence targets that
are real items of the shipped packs, and the comparisons the findings rely on."""

from __future__ import annotations

import pytest

from spbe_desktop.core.architecture import (
    CODE_PATTERN,
    DOMAINS,
    RELATION_KINDS,
    load_model,
    normal_name,
    normal_url,
    parse_code_text,
    search_codes,
)
from spbe_desktop.core.packs.files import load_shipped_pack


def test_domains_fields_and_relations_are_consistent() -> None:
    model = load_model()
    assert tuple(d.domain for d in model.domains) == DOMAINS
    assert [d.sheet for d in model.domains] == [
        "03_ProsesBisnis",
        "04_Layanan",
        "05_Data",
        "06_Aplikasi",
        "07_Integrasi",
        "08_Infrastruktur",
        "09_Keamanan",
    ]
    for spec in model.domains:
        keys = [f.key for f in spec.fields]
        assert len(keys) == len(set(keys)), spec.domain
        assert len({f.label for f in spec.fields}) == len(keys), spec.domain
        assert not spec.code_list or spec.code_list in model.code_lists
        for f in spec.fields:
            assert (f.kind == "choice") == bool(f.choices), f.key
            assert f.kind != "code" or f.code_list in model.code_lists, f.key
    for rel in RELATION_KINDS.values():
        assert rel.from_domain in DOMAINS and rel.to_domain in DOMAINS


def test_code_lists_hold_together() -> None:
    model = load_model()
    for list_id, entries in model.code_lists.items():
        codes = {e.code for e in entries}
        assert len(codes) == len(entries), list_id
        for e in entries:
            assert CODE_PATTERN.match(e.code) and e.code.startswith(f"{list_id}."), e.code
            assert e.parent is None or e.parent in codes, e.code
    top = {lst: [e for e in model.code_lists[lst] if e.level == 1] for lst in ("RAB", "RAL", "RAA")}
    assert len(top["RAB"]) == 9 and [e.code for e in top["RAL"]] == ["RAL.01", "RAL.02"]
    assert [e.name for e in top["RAA"]] == ["Aplikasi Umum", "Aplikasi Khusus"]
    assert not any(e.provisional for entries in top.values() for e in entries)
    assert all(e.provisional for e in model.code_lists["RAK"])


@pytest.mark.parametrize("pack_id", ["pemdi-2026", "spbe-2020"])
def test_evidence_targets_are_items_or_indicators_of_the_pack(pack_id: str) -> None:
    pack = load_shipped_pack(pack_id)
    targets = load_model().evidence[pack_id]
    assert targets
    for ref, domains in targets.items():
        assert ref in pack.item_map or ref in pack.indicator_map, ref
        assert domains and set(domains) <= set(DOMAINS), ref


def test_search_and_comparisons() -> None:
    rab = load_model().code_lists["RAB"]
    assert [e.code for e in search_codes(rab, "Perikánan")] == ["RAB.02.06"]
    assert [e.code for e in search_codes(rab, "RAB.02.06 – Perikanan")] == ["RAB.02.06"]
    assert [e.code for e in search_codes(rab, "rab.09.0", limit=3)] == [
        "RAB.09.01",
        "RAB.09.02",
        "RAB.09.03",
    ]
    assert parse_code_text("raa.02 – Aplikasi Khusus") == "RAA.02"
    assert normal_url("HTTPS://www.Simpeg.go.id/") == normal_url("simpeg.go.id")
    assert normal_name("SP4N-LAPOR!") == normal_name("sp4n lapor")
