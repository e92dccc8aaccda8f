"""The CLI's words for people (issue 15, "Words"): statuses and roles in Bahasa Indonesia unless
SPBE_LANG is English, while ``--json`` keeps the contract's English values."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.integration.test_cli_items import INSTANSI, by_code, by_number, spbe, spbe_json
from tests.support.generate import make_pdf


def _init(tmp_path: Path, name: str, role: str, *extra: str) -> Path:
    spbe(
        "init",
        name,
        *("--role", role, "--instansi", INSTANSI, "--unit", "Diskominfo", "--officer", "Budi"),
        *extra,
        cwd=tmp_path,
    )
    return tmp_path / name


def _item_status(out: str, code: str) -> str:
    """The status column of one item's line in ``spbe items``."""
    line = next(x for x in out.splitlines() if x.strip().startswith(code))
    return re.split(r"\s{2,}", line.strip())[2]


def test_status_names_the_role_in_the_output_language(tmp_path: Path) -> None:
    koor = _init(tmp_path, "koor.spbe", "coordinator")
    opd = _init(tmp_path, "opd.spbe", "opd", "--framework", "spbe-2020")

    first = spbe("status", koor, cwd=tmp_path).splitlines()[0]
    assert "(koordinator)" in first and "coordinator" not in first
    assert "[SEMENTARA]" in spbe("status", koor, cwd=tmp_path)
    assert "(OPD)" in spbe("status", opd, cwd=tmp_path).splitlines()[0]

    english = spbe("status", koor, cwd=tmp_path, lang="en")
    assert "(coordinator)" in english.splitlines()[0]
    assert "[PROVISIONAL]" in english and "SEMENTARA]" not in english

    assert spbe_json("status", koor, cwd=tmp_path)["role"] == "coordinator"
    assert spbe_json("status", opd, cwd=tmp_path)["role"] == "opd"


def test_indicators_status_column_in_indonesian(tmp_path: Path) -> None:
    ws = _init(tmp_path, "opd.spbe", "opd", "--framework", "spbe-2020")
    spbe("assess", ws, "1", "--level", "2", "--status", "ready", cwd=tmp_path)
    spbe("assess", ws, "2", "--level", "1", "--status", "draft", cwd=tmp_path)
    spbe("assess", ws, "3", "--status", "na", cwd=tmp_path)

    lines = spbe("indicators", ws, cwd=tmp_path).splitlines()
    rows = {int(x.split(".")[0]): x for x in lines[1:] if x.strip()[:1].isdigit()}
    assert " siap " in rows[1]
    assert " draf " in rows[2]
    assert " tidak berlaku " in rows[3]
    assert " kosong " in rows[4]
    for word in (" ready ", " draft ", " na ", " empty "):
        assert not any(word in row for row in rows.values()), word
    # the columns still line up: every row's document count ends at the header's last column
    assert {len(row.rstrip()) for row in rows.values()} == {len(lines[0].rstrip())}

    english = spbe("indicators", ws, cwd=tmp_path, lang="en")
    assert " not applicable " in english and " ready " in english

    data = by_number(spbe_json("indicators", ws, cwd=tmp_path))
    assert [data[n]["status"] for n in (1, 2, 3, 4)] == ["ready", "draft", "na", "empty"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_items_statuses_in_the_output_language(tmp_path: Path, lang: str) -> None:
    ws = _init(tmp_path, "koor.spbe", "coordinator")
    pdf = make_pdf(tmp_path / "RPJMD.pdf", ["RPJMD memuat substansi RAN Pemdi"])
    spbe("attach", ws, "1", pdf, "--item", "I1-L1-01", cwd=tmp_path)
    spbe("attach", ws, "2", pdf, "--item", "I2-L1-01", cwd=tmp_path)
    spbe("verdict", ws, "I2-L1-01", "--revise", "wrong-document", cwd=tmp_path)

    one = spbe("items", ws, "1", cwd=tmp_path, lang=lang)
    two = spbe("items", ws, "2", cwd=tmp_path, lang=lang)
    words = {
        "id": ("terlampir", "terblokir", "revisi", "kosong"),
        "en": ("attached", "blocked", "revision", "empty"),
    }[lang]
    assert _item_status(one, "I1-L1-01") == words[0]
    assert _item_status(one, "I1-L2-01") == words[1]
    assert _item_status(two, "I2-L1-01") == words[2]
    if lang == "id":
        assert not re.search(r"\b(attached|blocked|empty|accepted)\b", one + two)

    items = by_code(spbe_json("items", ws, "1", cwd=tmp_path))
    assert items["I1-L1-01"]["status"] == "attached"
    assert items["I1-L2-01"]["status"] == "blocked"
    assert by_code(spbe_json("items", ws, "2", cwd=tmp_path))["I2-L1-01"]["status"] == "revision"
