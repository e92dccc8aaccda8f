"""Framework packs: the shipped packs load; a broken pack names the file and the field."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from spbe_desktop.core.packs import load_pack_file, load_shipped_pack, shipped_pack_path
from spbe_desktop.errors import PackError


def test_spbe_2020_structure_matches_the_regulation() -> None:
    pack = load_shipped_pack("spbe-2020")
    assert (len(pack.domains), len(pack.aspects), len(pack.indicators)) == (4, 8, 47)
    assert [d.weight for d in pack.domains] == [13, 25, Decimal("16.5"), Decimal("45.5")]
    assert pack.indicator("13").weight == Decimal("2.5")
    assert pack.indicator(32).levels[0].name == "Informasi"
    assert pack.indicator(1).levels[4].name == "Optimum"
    assert all(len(i.levels) == 5 and all(lv.evidence for lv in i.levels) for i in pack.indicators)
    assert not pack.provisional
    assert pack.content_hash.startswith("sha256:")


def test_pemdi_2026_is_provisional_with_aspects_on_top() -> None:
    pack = load_shipped_pack("pemdi-2026")
    assert pack.provisional
    assert pack.top_level == "aspect"
    assert len(pack.aspects) == 7
    assert len(pack.indicators) == 20
    assert sum(i.weight for i in pack.indicators) == 100


def _raw() -> dict[str, Any]:
    return json.loads(shipped_pack_path("spbe-2020").read_text(encoding="utf-8"))


def _mutate_weight(d: dict[str, Any]) -> None:
    d["domains"][0]["aspects"][0]["indicators"][0]["weight"] = 1.4


def _mutate_levels(d: dict[str, Any]) -> None:
    d["domains"][1]["aspects"][0]["indicators"][2]["levels"].pop()


def _mutate_duplicate(d: dict[str, Any]) -> None:
    d["domains"][0]["aspects"][0]["indicators"][1]["id"] = "I01"


def _mutate_band_gap(d: dict[str, Any]) -> None:
    d["predicates"] = [b for b in d["predicates"] if b["name"] != "Baik"]


def _mutate_band_end(d: dict[str, Any]) -> None:
    top = max(d["predicates"], key=lambda b: b["min"])
    top["max"] = 4.9


def _mutate_domain_weight(d: dict[str, Any]) -> None:
    d["domains"][3]["weight"] = 45


def _mutate_missing_name(d: dict[str, Any]) -> None:
    del d["domains"][2]["aspects"][0]["indicators"][0]["name"]


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (_mutate_weight, "$.domains[0].aspects[0].weight"),
        (_mutate_levels, "$.domains[1].aspects[0].indicators[2].levels"),
        (_mutate_duplicate, "$.domains[0].aspects[0].indicators[1].id"),
        (_mutate_band_gap, "$.predicates"),
        (_mutate_band_end, "$.predicates"),
        (_mutate_domain_weight, "$.domains[3].weight"),
        (_mutate_missing_name, "$.domains[2].aspects[0].indicators[0].name"),
    ],
    ids=[
        "indicator-weights",
        "four-levels",
        "duplicate-id",
        "band-gap",
        "band-end",
        "domain-weight",
        "missing-name",
    ],
)
def test_broken_pack_error_names_file_and_field(tmp_path: Path, mutate: Any, field: str) -> None:
    data = copy.deepcopy(_raw())
    mutate(data)
    path = tmp_path / "koreksi.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_pack_file(path)
    assert info.value.code == "pack.invalid"
    text = info.value.message("en")
    assert "koreksi.json" in text
    assert field in text


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00", b"[]", b"[" * 5000])
def test_unreadable_pack_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "rusak.json"
    path.write_bytes(content)
    with pytest.raises(PackError) as info:
        load_pack_file(path)
    assert "rusak.json" in info.value.message("id")


def test_corrected_pack_loads_from_file_with_its_own_hash(tmp_path: Path) -> None:
    data = _raw()
    data["version"] = "1.0.1"
    data["domains"][0]["aspects"][0]["indicators"][0]["explanation"] = "Penjelasan yang dikoreksi."
    path = tmp_path / "spbe-2020-koreksi.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    pack = load_pack_file(path)
    assert pack.version == "1.0.1"
    assert pack.content_hash != load_shipped_pack("spbe-2020").content_hash
    assert pack.indicator(1).explanation == "Penjelasan yang dikoreksi."


def test_workspace_switches_to_a_corrected_pack(opd_workspace: Path, tmp_path: Path) -> None:
    from spbe_desktop.services.workspace import load_corrected_pack, open_workspace

    data = _raw()
    data["version"] = "1.0.1"
    path = tmp_path / "koreksi.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with open_workspace(opd_workspace) as store:
        store.set_answer("I03", "Rina", level=3)
    load_corrected_pack(opd_workspace, path)
    with open_workspace(opd_workspace) as store:
        assert store.pack().version == "1.0.1"
        assert store.answers()["I03"].level == 3
        assert store.audit_entries(action_prefix="pack.")[0].new == store.pack().content_hash
