"""The evidence-item commands of a Pemdi 2026 workspace through the real ``spbe`` command (issue
14, point 8): items, attach --item, verdict, external, result, and what indicators, index and
status show from them. Every error is one sentence from the catalogue, never a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.generate import make_pdf

INSTANSI = "Pemerintah Kabupaten Aceh Tengah"
CODE = re.compile(r"^I\d{1,2}-L[1-5]-\d{2}$")


def spbe(*args: str | Path, cwd: Path, lang: str = "id", code: int = 0) -> str:
    """Run ``spbe``; check its exit status and that no traceback leaked; return stdout."""
    proc = subprocess.run(
        [sys.executable, "-m", "spbe_desktop.cli", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "SPBE_LANG": lang},
        timeout=180,
        check=False,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == code, proc.stdout + proc.stderr
    return proc.stdout if code == 0 else proc.stderr


def spbe_json(*args: str | Path, cwd: Path) -> Any:
    return json.loads(spbe(*args, "--json", cwd=cwd))


def one_sentence(err: str) -> str:
    """The error a user reads: one line, ``spbe: `` and a sentence ending in a full stop."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("spbe: ") and lines[0].endswith("."), err
    return lines[0]


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A coordinator workspace made with init's default framework."""
    spbe(
        "init",
        "koor.spbe",
        *("--role", "coordinator", "--instansi", INSTANSI, "--unit", "Diskominfo"),
        *("--officer", "Budi"),
        cwd=tmp_path,
    )
    return tmp_path / "koor.spbe"


def by_number(rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    return {r["number"]: r for r in rows}


def by_code(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["code"]: r for r in rows}


def test_init_makes_a_pemdi_workspace_unless_told_otherwise(ws: Path, tmp_path: Path) -> None:
    status = spbe_json("status", ws, cwd=tmp_path)
    assert status["framework"]["id"] == "pemdi-2026"
    assert status["framework"]["scoring"] == "items"
    spbe(
        "init",
        "lama.spbe",
        *("--role", "coordinator", "--instansi", INSTANSI, "--framework", "spbe-2020"),
        cwd=tmp_path,
    )
    old = spbe_json("status", "lama.spbe", cwd=tmp_path)
    assert (old["framework"]["id"], old["framework"]["scoring"]) == ("spbe-2020", "level")


def test_indicators_json_has_the_contract_keys_and_four_external(ws: Path, tmp_path: Path) -> None:
    rows = spbe_json("indicators", ws, cwd=tmp_path)
    assert len(rows) == 20
    for r in rows:
        assert {"number", "name", "weight", "source", "value", "assessor_value"} <= set(r)
        assert r["source"] in ("evidence", "external")
        assert r["value"] == 1.0 and r["assessor_value"] is None
    assert [r["number"] for r in rows if r["source"] == "external"] == [5, 6, 7, 18]
    assert sum(r["weight"] for r in rows) == pytest.approx(100)
    text = spbe("indicators", ws, cwd=tmp_path)
    assert re.search(r"Tata Kelola Data\s+1,00\s+-\s+indeks", text)
    assert re.search(r"Tata Kelola Pemdi\s+1,00\s+-\s+bukti", text)


def test_attach_accept_revise_and_the_values_they_make(ws: Path, tmp_path: Path) -> None:
    w = tmp_path
    rpjmd = make_pdf(w / "RPJMD 2025-2029.pdf", ["RPJMD memuat substansi RAN Pemdi"])
    renstra = make_pdf(w / "Renstra Diskominfo.pdf", ["RENSTRA DINAS KOMINFO 2025-2029"])
    out = spbe("attach", ws, "1", rpjmd, "--item", "i1-l1-01", cwd=w)
    assert "I1-L1-01" in out
    items = spbe_json("items", ws, "1", cwd=w)
    for r in items:
        assert {"code", "level", "name", "required", "status", "documents"} <= set(r)
        assert CODE.match(r["code"]) and r["status"] in (
            "empty",
            "attached",
            "accepted",
            "revision",
            "blocked",
        )
    first = by_code(items)["I1-L1-01"]
    assert (first["level"], first["required"], first["status"]) == (1, True, "attached")
    assert [d["file_name"] for d in first["documents"]] == ["RPJMD 2025-2029.pdf"]
    assert by_code(items)["I1-L2-01"]["status"] == "blocked"  # level 1 is not complete yet
    before = spbe_json("index", ws, cwd=w)

    # Every required level-1 item of indicator 1 accepted: the value fills level 1's band.
    required_l1 = [r["code"] for r in items if r["level"] == 1 and r["required"]]
    for item in required_l1:
        out = spbe("verdict", ws, item, "--accept", cwd=w)
        assert f"Dicatat: {item}" in out and "diterima" in out
    items = by_code(spbe_json("items", ws, "1", cwd=w))
    assert all(items[c]["status"] == "accepted" for c in required_l1)
    assert items["I1-L2-01"]["status"] == "empty"  # the gate is open now
    assert by_number(spbe_json("indicators", ws, cwd=w))[1]["value"] == 1.5
    after = spbe_json("index", ws, cwd=w)
    assert after["index_exact"] == pytest.approx(before["index_exact"] + 0.5 * 5 / 100)
    assert {i["number"]: i["value"] for i in after["indicators"]}[1] == 1.5

    # A wrong document goes back with the reason and the coordinator's note.
    spbe("attach", ws, "1", renstra, "--item", "I1-L2-01", cwd=w)
    out = spbe(
        "verdict",
        ws,
        "I1-L2-01",
        *("--revise", "wrong-document", "--note", "Perlu RKPD, bukan Renstra"),
        cwd=w,
    )
    assert "revisi (dokumen tidak sesuai)" in out and "Perlu RKPD, bukan Renstra" in out
    item = by_code(spbe_json("items", ws, "1", cwd=w))["I1-L2-01"]
    assert item["status"] == "revision"
    assert item["verdicts"][0]["reason"] == "wrong-document"
    text = spbe("items", ws, "1", cwd=w)
    assert "Tingkat 1 — 1 dari 1 butir wajib diterima" in text
    assert re.search(r"I1-L2-01\s+wajib\s+revisi\s+Dokumen perencanaan", text)
    assert "revisi: dokumen tidak sesuai — Perlu RKPD, bukan Renstra" in text
    assert "dokumen: #2 Renstra Diskominfo" in text
    english = spbe("items", ws, "1", cwd=w, lang="en")
    assert "Level 1 — 1 of 1 required items accepted" in english
    assert re.search(r"I1-L2-01\s+required\s+revision\s+", english)
    assert "revision: wrong document — Perlu RKPD, bukan Renstra" in english
    # The coordinator's own unit by name is the same unit as the default.
    own = spbe_json("items", ws, "1", "--unit", "Diskominfo", cwd=w)
    assert by_code(own)["I1-L2-01"]["status"] == "revision"


def test_an_item_above_an_incomplete_level_is_blocked_and_does_not_count(
    ws: Path, tmp_path: Path
) -> None:
    out = spbe("verdict", ws, "I2-L2-01", "--accept", cwd=tmp_path)
    assert "terblokir" in out
    items = by_code(spbe_json("items", ws, "2", cwd=tmp_path))
    assert items["I2-L2-01"]["status"] == "blocked"
    assert items["I2-L1-01"]["status"] == "empty"
    assert by_number(spbe_json("indicators", ws, cwd=tmp_path))[2]["value"] == 1.0
    assert spbe_json("index", ws, cwd=tmp_path)["index_exact"] == 1.0
    text = spbe("items", ws, "2", cwd=tmp_path)
    assert re.search(r"I2-L2-01\s+wajib\s+terblokir", text)
    assert "sudah diterima; dihitung setelah tingkat di bawahnya lengkap" in text
    assert "Butir terblokir tidak dihitung" in text


def test_external_scores_and_assessor_results(ws: Path, tmp_path: Path) -> None:
    w = tmp_path
    out = spbe("external", ws, "5", "--score", "60", "--date", "2026-05-01", cwd=w)
    assert "skor 60" in out and "nilai 3,40" in out
    rows = by_number(spbe_json("indicators", ws, cwd=w))
    assert rows[5]["value"] == 3.4
    spbe("external", ws, "18", "--value", "2,5", "--source", "SDI 2025", cwd=w)
    assert by_number(spbe_json("indicators", ws, cwd=w))[18]["value"] == 2.5

    err = one_sentence(spbe("external", ws, "1", "--score", "60", cwd=w, code=2))
    assert "Indikator 1 (Tata Kelola Pemdi) dinilai dari butir bukti dukung" in err
    err = one_sentence(spbe("external", ws, "5", "--score", "160", cwd=w, lang="en", code=1))
    assert "score must be from 0 to 100" in err

    assert "assessor" not in spbe_json("index", ws, cwd=w)
    out = spbe("result", ws, "1", "--value", "1.5", "--stage", "dokumen", cwd=w)
    assert "hasil asesor tahap dokumen 1,50" in out
    assert by_number(spbe_json("indicators", ws, cwd=w))[1]["assessor_value"] == 1.5
    index = spbe_json("index", ws, cwd=w)
    assessor = index["assessor"]
    assert {"index", "predicate", "aspects"} <= set(assessor)
    # The assessors' index: their 1.5 for indicator 1, the self-assessment values elsewhere.
    assert assessor["index_exact"] == pytest.approx(index["index_exact"] + 0.5 * 5 / 100)
    assert len(assessor["aspects"]) == 7
    text = spbe("index", ws, cwd=w)
    assert "Indeks hasil asesor eksternal: 1," in text
    err = one_sentence(spbe("result", ws, "1", "--value", "1.5", "--stage", "x", cwd=w, code=2))
    assert "dokumen, interviu atau visitasi" in err
    one_sentence(spbe("result", ws, "1", "--value", "7", cwd=w, code=2))


def test_index_json_contract_and_a_plan_of_item_codes(ws: Path, tmp_path: Path) -> None:
    w = tmp_path
    spbe("verdict", ws, "I1-L1-01", "--accept", cwd=w)
    data = spbe_json("index", ws, "--target", "2.0", cwd=w)
    assert {"index", "predicate", "aspects", "indicators", "plan"} <= set(data)
    assert [a["id"] for a in data["aspects"]] == [f"A{n}" for n in range(1, 8)]
    for a in data["aspects"]:
        assert {"id", "name", "index"} <= set(a)
    assert [i["number"] for i in data["indicators"]] == list(range(1, 21))
    assert all({"number", "value"} <= set(i) for i in data["indicators"])
    steps = data["plan"]
    items = [s["item"] for s in steps if s["kind"] == "item"]
    assert items and all(CODE.match(c) for c in items)
    assert "I1-L1-01" not in items  # already accepted
    assert data["plan_reaches_target"]
    assert max(s["index_after"] for s in steps) >= 2.0
    text = spbe("index", ws, "--target", "2.0", cwd=w)
    assert "Indeks Pemerintah Digital (penilaian mandiri): 1,03 (Kurang)" in text
    assert "Tata Kelola dan Manajemen" in text
    assert items[0] in text
    owner = steps[0]["owner"]
    assert re.search(rf"^  {re.escape(owner)}$", text, re.M)
    assert "Indeks setelah rencana: 2," in text
    status = spbe("status", ws, cwd=w)
    assert re.search(r"Tata Kelola dan Manajemen\s+1,25\s+1/20", status)
    assert "Indeks: 1,03 (Kurang)" in status
    out = spbe("assess", ws, "1", "--level", "3", cwd=w)
    assert "nilai Pemdi berasal dari butir yang diterima" in out


def test_bad_inputs_are_one_sentence(ws: Path, tmp_path: Path) -> None:
    w = tmp_path
    err = one_sentence(spbe("verdict", ws, "I9-L9-01", "--accept", cwd=w, code=1))
    assert "Butir bukti 'I9-L9-01' tidak ada dalam paket pemdi-2026" in err
    err = one_sentence(spbe("items", ws, "99", cwd=w, lang="en", code=1))
    assert "use a number from 1 to 20" in err
    err = one_sentence(spbe("verdict", ws, "I1-L1-01", "--revise", "salah", cwd=w, code=2))
    assert "wrong-document, not-uploaded atau other" in err
    err = one_sentence(
        spbe("verdict", ws, "I1-L1-01", "--revise", "other", cwd=w, lang="en", code=2)
    )
    assert "--note" in err
    err = one_sentence(
        spbe("verdict", ws, "I1-L1-01", "--accept", "--unit", "Dinas X", cwd=w, code=2)
    )
    assert "Dinas X" in err
    # --accept and --revise: exactly one (argparse, exit 2).
    spbe("verdict", ws, "I1-L1-01", cwd=w, code=2)
    spbe("verdict", ws, "I1-L1-01", "--accept", "--revise", "other", cwd=w, code=2)
    doc = make_pdf(w / "a.pdf", ["SURAT"])
    err = one_sentence(spbe("attach", ws, "2", doc, "--item", "I1-L1-01", cwd=w, code=2))
    assert "Butir I1-L1-01 milik indikator 1, bukan 2" in err

    spbe(
        "init",
        "opd.spbe",
        *("--role", "opd", "--instansi", INSTANSI, "--unit", "Dinas Kominfo"),
        cwd=w,
    )
    err = one_sentence(spbe("verdict", "opd.spbe", "I1-L1-01", "--accept", cwd=w, code=1))
    assert "memerlukan ruang kerja coordinator" in err
    one_sentence(spbe("external", "opd.spbe", "5", "--score", "60", cwd=w, code=1))
    one_sentence(spbe("result", "opd.spbe", "1", "--value", "1.5", cwd=w, code=1))


def test_note_is_written_shown_and_cleared(ws: Path, tmp_path: Path) -> None:
    out = spbe("note", ws, "i1-l1-01", "Lihat Bab IV, halaman 12", cwd=tmp_path)
    assert "I1-L1-01" in out and "Bab IV" in out
    assert by_code(spbe_json("items", ws, "1", cwd=tmp_path))["I1-L1-01"]["note"] == (
        "Lihat Bab IV, halaman 12"
    )
    assert "dikosongkan" in spbe("note", ws, "I1-L1-01", "", cwd=tmp_path)
    assert by_code(spbe_json("items", ws, "1", cwd=tmp_path))["I1-L1-01"]["note"] == ""
    err = one_sentence(spbe("note", ws, "I1-L9-01", "x", cwd=tmp_path, code=1))
    assert "I1-L9-01" in err
