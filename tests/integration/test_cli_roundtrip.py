"""The whole OPD → coordinator round trip through the real `spbe` command, checked with the
independent `minisign` binary and the `bagit` package."""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import bagit
import pytest

from tests.support.generate import make_docx, make_pdf, official_text

MINISIGN = shutil.which("minisign")


def spbe(*args: str | Path, cwd: Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SPBE_LANG": "en"}
    proc = subprocess.run(
        [sys.executable, "-m", "spbe_desktop.cli", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    if ok:
        assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    return proc


@pytest.fixture
def docs(tmp_path: Path) -> dict[str, Path]:
    lines = official_text(
        kind="Keputusan/SK",
        number="45",
        year=2024,
        title="PEMBENTUKAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
        place="Sofifi",
        date=datetime.date(2024, 3, 12),
        issuer="GUBERNUR MALUKU UTARA",
    )
    return {
        "sk": make_pdf(tmp_path / "SK Tim Koordinasi SPBE.pdf", ["\n".join(lines)]),
        "notulen": make_docx(
            tmp_path / "notulen-reviu.docx", ["NOTULEN RAPAT REVIU", "Reviu kebijakan."]
        ),
        "new": make_pdf(
            tmp_path / "laporan-reviu-2026.pdf", ["LAPORAN REVIU 2026"], pad_to_bytes=2_000_000
        ),
    }


def _unzip(bundle: Path, dest: Path) -> Path:
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(dest)
    (top,) = [p for p in dest.iterdir() if p.is_dir()]
    return top


def test_round_trip_full_then_delta(tmp_path: Path, docs: dict[str, Path]) -> None:
    w = tmp_path
    spbe(
        "init",
        "opd.spbe",
        "--role",
        "opd",
        "--instansi",
        "Pemerintah Provinsi Maluku Utara",
        "--unit",
        "Dinas Kominfo",
        "--officer",
        "Rina",
        *("--framework", "spbe-2020"),  # the verdicts below are SPBE 2020's, on I10
        cwd=w,
    )
    spbe(
        "init",
        "koor.spbe",
        "--role",
        "coordinator",
        "--instansi",
        "Pemerintah Provinsi Maluku Utara",
        "--officer",
        "Budi",
        *("--framework", "spbe-2020"),
        cwd=w,
    )
    spbe("assess", "opd.spbe", "10", "--level", "3", "--note", "SK Tim Koordinasi 2024", cwd=w)
    out = spbe("attach", "opd.spbe", "10", docs["sk"], docs["notulen"], cwd=w).stdout
    assert "Keputusan/SK" in out  # kind suggested from the decree's text

    spbe("export", "opd.spbe", "--out", "b1.spbebundle", cwd=w)
    # Independent checkers: minisign -V on the tag manifest, bagit's validate on the bag.
    top = _unzip(w / "b1.spbebundle", w / "unzipped")
    bag = bagit.Bag(str(top))
    bag.validate()
    assert bag.info["SPBE-Sequence"] == "1"
    assert MINISIGN, "minisign must be installed (scripts/setup.sh installs it)"
    pub = spbe("identity", "opd.spbe", "--minisign", cwd=w).stdout.strip()
    check = subprocess.run(
        [
            MINISIGN,
            "-Vm",
            str(top / "tagmanifest-sha256.txt"),
            "-P",
            pub,
            "-x",
            str(top / "tagmanifest-sha256.txt.minisig"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    assert "unit=Dinas Kominfo period=2026 seq=1" in check.stdout

    # The coordinator refuses it before trusting the OPD, then pins the card and imports.
    refused = spbe("import", "koor.spbe", "b1.spbebundle", cwd=w, ok=False)
    assert refused.returncode == 1
    assert "not in the OPD register" in refused.stdout
    spbe("identity", "opd.spbe", "--out", "opd.card", cwd=w)
    assert "Fingerprint" in spbe("trust", "koor.spbe", "opd.card", cwd=w).stdout
    spbe("verify", "b1.spbebundle", "--trust", "koor.spbe", cwd=w)
    assert "accepted" in spbe("import", "koor.spbe", "b1.spbebundle", cwd=w).stdout
    assert "already imported" in spbe("import", "koor.spbe", "b1.spbebundle", cwd=w).stdout

    # Verdict and receipt back to the OPD.
    from spbe_desktop.store.workspace_store import WorkspaceStore

    with WorkspaceStore.open(w / "koor.spbe") as store:
        opd = store.opd_by_name("Dinas Kominfo")
        assert opd is not None
        store.set_verdict(opd.id, "I10", "perlu_revisi", "Lampirkan notulen reviu terbaru", "Budi")
    spbe("receipt", "koor.spbe", "--unit", "Dinas Kominfo", "--out", "r1.spbereceipt", cwd=w)
    accepted = spbe("accept-receipt", "opd.spbe", "r1.spbereceipt", cwd=w).stdout
    assert "needs revision" in accepted and "Lampirkan notulen" in accepted
    shown = json.loads(spbe("indicators", "opd.spbe", "--json", cwd=w).stdout)
    assert [r["verdict"] for r in shown if r["number"] == 10] == ["perlu_revisi"]

    # A small change: one new 2 MB document → the delta carries only it.
    spbe("attach", "opd.spbe", "10", docs["new"], cwd=w)
    out = spbe("export", "opd.spbe", "--out", "b2.spbebundle", cwd=w).stdout
    assert "Delta bundle" in out and "1 documents" in out
    size = (w / "b2.spbebundle").stat().st_size
    assert size < 2.1 * 1024 * 1024
    with zipfile.ZipFile(w / "b2.spbebundle") as zf:
        carried = [n for n in zf.namelist() if "/data/documents/" in n]
    assert len(carried) == 1
    spbe("import", "koor.spbe", "b2.spbebundle", cwd=w)

    # The coordinator now holds the complete state: all three documents and the answer.
    with WorkspaceStore.open(w / "koor.spbe") as store:
        opd = store.opd_by_name("Dinas Kominfo")
        assert opd is not None
        held = store.documents(opd.id)
        assert sorted(d.file_name for d in held) == sorted(p.name for p in docs.values())
        assert all(("I10", None) in d.links for d in held)
        assert store.answers(opd.id)["I10"].level == 3
    assert "OK" in spbe("check", "koor.spbe", cwd=w).stdout
    assert "OK" in spbe("check", "opd.spbe", cwd=w).stdout


def test_kit_sets_up_an_opd_in_one_step(tmp_path: Path) -> None:
    w = tmp_path
    spbe(
        "init", "koor.spbe", "--role", "coordinator", "--instansi", "Pemerintah Kota Ternate", cwd=w
    )
    out = spbe(
        "kit",
        "koor.spbe",
        "--unit",
        "Bappeda",
        "--indicators",
        "11,12,13",
        "--out",
        "bappeda.spbekit",
        cwd=w,
    ).stdout
    assert "3 indicators assigned" in out
    spbe("init", "bappeda.spbe", "--kit", "bappeda.spbekit", "--officer", "Sari", cwd=w)
    status = json.loads(spbe("status", "bappeda.spbe", "--json", cwd=w).stdout)
    assert status["unit"] == "Bappeda" and status["instansi"] == "Pemerintah Kota Ternate"
    assert sum(g["total"] for g in status["groups"]) == 3
    # A tampered kit is refused with one sentence.
    kit = (w / "bappeda.spbekit").read_text(encoding="utf-8").replace("Bappeda", "Bappedaa")
    (w / "evil.spbekit").write_text(kit, encoding="utf-8")
    bad = spbe("init", "x.spbe", "--kit", "evil.spbekit", cwd=w, ok=False)
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert not (w / "x.spbe").exists()


def test_split_parts_imported_out_of_order(tmp_path: Path) -> None:
    w = tmp_path
    spbe("init", "opd.spbe", "--role", "opd", "--instansi", "Pemprov", "--unit", "BPKAD", cwd=w)
    spbe("init", "koor.spbe", "--role", "coordinator", "--instansi", "Pemprov", cwd=w)
    files = [make_pdf(w / f"dok{i}.pdf", [f"LAPORAN {i}"], pad_to_bytes=700_000) for i in range(4)]
    spbe("attach", "opd.spbe", "13", *files, cwd=w)
    spbe("export", "opd.spbe", "--out", "b.spbebundle", "--split-mb", "1", cwd=w)
    parts = sorted(w.glob("b.part*-of-*.spbebundle"))
    assert len(parts) >= 3
    spbe("verify", *parts, cwd=w)  # each part verifies on its own
    spbe("identity", "opd.spbe", "--out", "opd.card", cwd=w)
    spbe("trust", "koor.spbe", "opd.card", cwd=w)
    first = spbe("import", "koor.spbe", parts[-1], cwd=w).stdout
    assert "still missing" in first
    rest = spbe("import", "koor.spbe", *reversed(parts[:-1]), cwd=w).stdout
    assert "accepted" in rest
    from spbe_desktop.store.workspace_store import WorkspaceStore

    with WorkspaceStore.open(w / "koor.spbe") as store:
        opd = store.opd_by_name("BPKAD")
        assert opd is not None
        assert len(store.documents(opd.id)) == 4
        assert store.pending_parts() == {}


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: d / "missing.pdf", "does not exist"),
        (lambda d: d, "is a folder"),
        (lambda d: (d / "empty.pdf").write_bytes(b"") or d / "empty.pdf", "is empty"),
    ],
    ids=["missing", "directory", "empty"],
)
def test_attach_bad_input_is_one_sentence_and_stores_nothing(
    tmp_path: Path, make, needle: str
) -> None:  # type: ignore[no-untyped-def]
    spbe(
        "init",
        "opd.spbe",
        "--role",
        "opd",
        "--instansi",
        "Pemprov",
        "--unit",
        "Dinas",
        cwd=tmp_path,
    )
    good = make_pdf(tmp_path / "ok.pdf", ["ok"])
    bad = make(tmp_path)
    proc = spbe("attach", "opd.spbe", "1", good, bad, cwd=tmp_path, ok=False)
    assert proc.returncode == 1
    assert needle in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    status = json.loads(spbe("status", "opd.spbe", "--json", cwd=tmp_path).stdout)
    assert status["documents"] == 0


def test_attach_over_the_size_limit(tmp_path: Path) -> None:
    spbe(
        "init",
        "opd.spbe",
        "--role",
        "opd",
        "--instansi",
        "Pemprov",
        "--unit",
        "Dinas",
        cwd=tmp_path,
    )
    big = make_pdf(tmp_path / "besar.pdf", ["x"], pad_to_bytes=3 * 1024 * 1024)
    env_proc = subprocess.run(
        [sys.executable, "-m", "spbe_desktop.cli", "attach", "opd.spbe", "1", str(big)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SPBE_LANG": "en", "SPBE_MAX_DOCUMENT_MB": "2"},
    )
    assert env_proc.returncode == 1
    assert "over the limit of 2 MB" in env_proc.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    spbe(
        "init",
        "opd.spbe",
        "--role",
        "opd",
        "--instansi",
        "Pemprov",
        "--unit",
        "Dinas",
        cwd=tmp_path,
    )
    assert spbe("assess", "opd.spbe", "3", "--level", "7", cwd=tmp_path, ok=False).returncode == 2
    assert spbe("frobnicate", cwd=tmp_path, ok=False).returncode == 2
    proc = spbe("assess", "opd.spbe", "99", "--level", "2", cwd=tmp_path, ok=False)
    # New workspaces are Pemdi 2026: 20 indicators.
    assert proc.returncode == 1 and "use a number from 1 to 20" in proc.stderr


def test_index_json_and_plan(tmp_path: Path) -> None:
    w = tmp_path
    spbe(
        "init",
        "ws.spbe",
        "--role",
        "opd",
        "--instansi",
        "Pemerintah Provinsi Maluku Utara",
        "--unit",
        "Dinas Kominfo",
        *("--framework", "spbe-2020"),  # whole levels and the SPBE 2020 weights below
        cwd=w,
    )
    for ind, level in [("1", "3"), ("11", "2"), ("32", "4"), ("42", "3")]:
        spbe("assess", "ws.spbe", ind, "--level", level, cwd=w)
    data = json.loads(spbe("index", "ws.spbe", "--json", "--target", "2.6", cwd=w).stdout)
    # 1 + (2*1.3 + 1*2.5 + 3*2.75 + 2*3) / 100 = 1.1935
    assert data["index_exact"] == pytest.approx(1.1935)
    assert data["predicate"] == "Kurang"
    assert [d["id"] for d in data["domains"]] == ["D1", "D2", "D3", "D4"]
    assert data["plan_reaches_target"]
    assert data["plan"][-1]["index_after"] >= 2.6
    text = spbe("index", "ws.spbe", "--target", "2.6", cwd=w).stdout
    assert "short of the target 2.60" in text
