"""OPD → coordinator → receipt with evidence items, through the real `spbe` command (issue 14,
point 9): item links and notes in the bundle (checked with the independent `minisign` binary
and the `bagit` package), the coordinator's item verdicts in the receipt moving the OPD's
index, and a changed item link taking the returned item's verdict back."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import bagit

from spbe_desktop.services.items import set_item_note
from tests.support.generate import make_pdf

MINISIGN = shutil.which("minisign")
UNIT = "Bappeda"


def spbe(*args: str | Path, cwd: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "spbe_desktop.cli", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "SPBE_LANG": "en"},
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout


def _items(ws: str, indicator: str, cwd: Path, *unit: str) -> dict[str, dict[str, Any]]:
    rows = json.loads(spbe("items", ws, indicator, "--json", *unit, cwd=cwd))
    return {r["code"]: r for r in rows}


def _values(ws: str, cwd: Path) -> dict[int, float]:
    return {r["number"]: r["value"] for r in json.loads(spbe("indicators", ws, "--json", cwd=cwd))}


def _check_bundle(bundle: Path, dest: Path, public_key: str) -> Path:
    """bagit's validate on the bag and minisign -V on the tag manifest; the bag's folder."""
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(dest)
    (top,) = [p for p in dest.iterdir() if p.is_dir()]
    bagit.Bag(str(top)).validate()
    assert MINISIGN, "minisign must be installed (scripts/setup.sh installs it)"
    check = subprocess.run(
        [
            MINISIGN,
            "-Vm",
            str(top / "tagmanifest-sha256.txt"),
            "-P",
            public_key,
            "-x",
            str(top / "tagmanifest-sha256.txt.minisig"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    return top


def test_items_round_trip_through_the_cli(tmp_path: Path) -> None:
    w = tmp_path
    spbe(
        "init",
        "koor.spbe",
        "--role",
        "coordinator",
        "--instansi",
        "Pemerintah Kabupaten Halmahera Barat",
        "--unit",
        "Diskominfo",
        "--officer",
        "Budi",
        cwd=w,
    )
    spbe("kit", "koor.spbe", "--unit", UNIT, "--indicators", "1,2", "--out", "b.spbekit", cwd=w)
    spbe("init", "opd.spbe", "--kit", "b.spbekit", "--officer", "Sari", cwd=w)
    spbe("identity", "opd.spbe", "--out", "opd.card", cwd=w)
    spbe("trust", "koor.spbe", "opd.card", cwd=w)

    docs = {
        "I1-L1-01": ("1", make_pdf(w / "SK Tim Pemdi.pdf", ["KEPUTUSAN BUPATI TIM PEMDI"])),
        "I2-L1-01": ("2", make_pdf(w / "Katalog Layanan.pdf", ["KATALOG LAYANAN DIGITAL"])),
        "I2-L1-02": ("2", make_pdf(w / "Notulen.pdf", ["NOTULEN RAPAT KOORDINASI"])),
    }
    for code, (indicator, path) in docs.items():
        spbe("attach", "opd.spbe", indicator, path, "--item", code, cwd=w)
    set_item_note(w / "opd.spbe", "I1-L1-01", "SK ditetapkan 2025; lihat halaman 3.")
    assert _values("opd.spbe", w)[1] == 1.0

    spbe("export", "opd.spbe", "--out", "b1.spbebundle", cwd=w)
    public = spbe("identity", "opd.spbe", "--minisign", cwd=w).strip()
    top = _check_bundle(w / "b1.spbebundle", w / "b1", public)
    assert "SPBE-Format: spbe-desktop/bundle-2" in (top / "bag-info.txt").read_text()
    listed = json.loads((top / "data" / "documents.json").read_text(encoding="utf-8"))
    assert {d["file_name"]: d["items"] for d in listed["documents"]} == {
        "SK Tim Pemdi.pdf": ["I1-L1-01"],
        "Katalog Layanan.pdf": ["I2-L1-01"],
        "Notulen.pdf": ["I2-L1-02"],
    }
    notes = json.loads((top / "data" / "items.json").read_text(encoding="utf-8"))["notes"]
    assert [(n["code"], n["note"]) for n in notes] == [
        ("I1-L1-01", "SK ditetapkan 2025; lihat halaman 3.")
    ]

    assert "accepted" in spbe("import", "koor.spbe", "b1.spbebundle", cwd=w)
    seen = _items("koor.spbe", "2", w, "--unit", UNIT)
    assert [d["file_name"] for d in seen["I2-L1-02"]["documents"]] == ["Notulen.pdf"]
    assert [seen[c]["status"] for c in ("I2-L1-01", "I2-L1-02", "I2-L1-03")] == [
        "attached",
        "attached",
        "empty",
    ]
    assert _items("koor.spbe", "1", w, "--unit", UNIT)["I1-L1-01"]["note"] == (
        "SK ditetapkan 2025; lihat halaman 3."
    )

    spbe("verdict", "koor.spbe", "I1-L1-01", "--accept", "--unit", UNIT, cwd=w)
    spbe("verdict", "koor.spbe", "I2-L1-01", "--accept", "--unit", UNIT, cwd=w)
    spbe(
        "verdict",
        "koor.spbe",
        "I2-L1-02",
        "--revise",
        "wrong-document",
        "--note",
        "Ini notulen, bukan SOP layanan.",
        "--unit",
        UNIT,
        cwd=w,
    )
    spbe("receipt", "koor.spbe", "--unit", UNIT, "--out", "r1.spbereceipt", cwd=w)
    spbe("accept-receipt", "opd.spbe", "r1.spbereceipt", cwd=w)

    # The OPD sees the verdicts and its index moves: P01's one required level-1 item accepted
    # (1.0 -> 1.5), one of P02's two (1.0 -> 1.25).
    values = _values("opd.spbe", w)
    assert (values[1], values[2]) == (1.5, 1.25)
    mine = _items("opd.spbe", "2", w)
    assert (mine["I2-L1-01"]["status"], mine["I2-L1-02"]["status"]) == ("accepted", "revision")
    (returned,) = mine["I2-L1-02"]["verdicts"]
    assert (returned["reason"], returned["note"], returned["by"]) == (
        "wrong-document",
        "Ini notulen, bukan SOP layanan.",
        "Budi",
    )

    # Another document for the returned item: the delta's changed link takes that verdict back
    # at the coordinator; the accepted items keep theirs.
    sop = make_pdf(w / "SOP Layanan.pdf", ["STANDAR OPERASIONAL PROSEDUR LAYANAN"])
    spbe("attach", "opd.spbe", "2", sop, "--item", "I2-L1-02", cwd=w)
    assert "Delta bundle" in spbe("export", "opd.spbe", "--out", "b2.spbebundle", cwd=w)
    _check_bundle(w / "b2.spbebundle", w / "b2", public)
    out = spbe("import", "koor.spbe", "b2.spbebundle", cwd=w)
    assert "accepted" in out and "I2-L1-02" in out
    seen = _items("koor.spbe", "2", w, "--unit", UNIT)
    assert (seen["I2-L1-01"]["status"], seen["I2-L1-02"]["status"]) == ("accepted", "attached")
    assert seen["I2-L1-02"]["verdicts"] == []
    assert _items("koor.spbe", "1", w, "--unit", UNIT)["I1-L1-01"]["status"] == "accepted"

    assert "OK" in spbe("check", "koor.spbe", cwd=w)
    assert "OK" in spbe("check", "opd.spbe", cwd=w)
