"""`spbe init NEW --from OLD` through the real command (issue 16, point 2): the summary a user
reads, wrong input refused with one sentence, a SIGKILL at any point leaving no new workspace
and the old one byte for byte as it was, and next period's bundles importing without re-trust
because the carried workspaces keep their keys.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from spbe_desktop.core.progress import run
from spbe_desktop.services import items
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.carry_forward import TEMP_PREFIX
from spbe_desktop.services.exchange import (
    export_bundle,
    import_bundles,
    init_from_kit,
    issue_kit,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.maintenance import check_workspace
from spbe_desktop.services.workspace import init_workspace
from tests.support.generate import make_pdf

INSTANSI = "Pemerintah Kabupaten Halmahera Barat"


def spbe(*args: str | Path, cwd: Path, expect: int = 0) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "spbe_desktop.cli", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "SPBE_LANG": "en"},
        timeout=300,
        check=False,
    )
    assert proc.returncode == expect, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def attach(
    ws: Path, indicator: str | None, file: Path, item: str | None = None, **meta: Any
) -> None:
    run(attach_files(ws, indicator, [AttachRequest(file, **meta)], item=item))


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))


@pytest.fixture
def pemdi_opd(tmp_path: Path) -> Path:
    ws = tmp_path / "bappeda-2026.spbe"
    init_workspace(
        ws, role="opd", instansi=INSTANSI, unit="Bappeda", officer="Sari", framework="pemdi-2026"
    )
    sk = make_pdf(tmp_path / "SK Tim Pemdi.pdf", ["KEPUTUSAN BUPATI TIM KOORDINASI PEMDI"])
    attach(ws, "4", sk, "I4-L1-01", title="SK Tim Koordinasi Pemdi", valid_until="2028-12-31")
    notulen = make_pdf(tmp_path / "Notulen.pdf", ["NOTULEN RAPAT KOLABORASI"])
    attach(ws, "4", notulen, "I4-L1-03", title="Notulen kolaborasi")
    old = make_pdf(tmp_path / "SE lama.pdf", ["SURAT EDARAN YANG SUDAH TIDAK BERLAKU"])
    attach(ws, "1", old, title="Surat edaran lama", valid_until="2026-06-30")
    return ws


def test_the_summary_says_what_came_along_what_stayed_and_what_to_check(
    pemdi_opd: Path, tmp_path: Path
) -> None:
    out = spbe("init", "bappeda-2027.spbe", "--from", pemdi_opd.name, cwd=tmp_path).stdout
    assert "New period's workspace created: bappeda-2027.spbe" in out
    assert "OPD · Pemerintah Kabupaten Halmahera Barat · Bappeda · period 2027 · pemdi-2026" in out
    assert "The signing key stays the same" in out
    assert "Documents carried: 2 (" in out and "KB), each once" in out
    assert "Left behind, valid only until before 2027-01-01: 1" in out
    assert "- Surat edaran lama (valid until 2026-06-30)" in out
    assert "Links re-made: 2 to indicators, 2 to items" in out
    assert '"dari periode lalu — periksa"' in out
    shown = spbe("items", "bappeda-2027.spbe", "4", cwd=tmp_path).stdout
    assert "SK Tim Koordinasi Pemdi — from the previous period (2026) — check it" in shown
    rows = json.loads(spbe("items", "bappeda-2027.spbe", "4", "--json", cwd=tmp_path).stdout)
    statuses = {r["code"]: r["status"] for r in rows if r["documents"]}
    assert statuses == {"I4-L1-01": "attached", "I4-L1-03": "attached"}


def test_spbe_2020_into_pemdi_prints_the_suggestions(tmp_path: Path) -> None:
    old = tmp_path / "dinas-2026.spbe"
    init_workspace(old, role="opd", instansi=INSTANSI, unit="Dinas Kominfo", framework="spbe-2020")
    arsitektur = make_pdf(tmp_path / "Arsitektur.pdf", ["DOKUMEN ARSITEKTUR SPBE"])
    attach(old, "11", arsitektur, title="Arsitektur SPBE", level=3)
    before = sha256(old)

    out = spbe("init", "dinas-2027.spbe", "--from", old.name, cwd=tmp_path).stdout

    assert sha256(old) == before
    assert "Suggested links: 5 (mapping spbe2020-pemdi2026 0.1.0" in out
    assert "PROVISIONAL); the level still comes from the new framework's criteria" in out
    assert "#1 Arsitektur SPBE:" in out
    for line in (
        "→ indicator 1 ← 11 (source; needs a new version)",
        "→ indicator 15 ← 11 (source)",
        "→ indicator 18 ← 11 (source; context only: value from a national index)",
    ):
        assert line in out


def test_a_bad_mapping_file_is_one_sentence_naming_file_and_field(
    pemdi_opd: Path, tmp_path: Path
) -> None:
    old = tmp_path / "dinas-2026.spbe"
    init_workspace(old, role="opd", instansi=INSTANSI, unit="Dinas Kominfo", framework="spbe-2020")
    bad = tmp_path / "pemetaan.json"
    bad.write_text(
        json.dumps(
            {
                "schema": 1,
                "id": "koreksi",
                "version": "1",
                "from": "spbe-2020",
                "to": "pemdi-2026",
                "map": [{"from": "I01", "to": [{"indicator": "P01", "basis": "kira-kira"}]}],
            }
        ),
        encoding="utf-8",
    )
    proc = spbe(
        "init", "new.spbe", "--from", old.name, "--mapping", bad.name, cwd=tmp_path, expect=1
    )
    (line,) = proc.stderr.splitlines()
    assert line == (
        "spbe: The indicator mapping pemetaan.json is invalid at '$.map[0].to[0].basis': "
        "expected one of source, inferred; correct the file or use the mapping shipped with "
        "the program."
    )
    assert not (tmp_path / "new.spbe").exists() and temporaries(tmp_path) == []


@pytest.mark.parametrize(
    ("args", "option"),
    [(["--from", "x.spbe", "--role", "opd"], "--role"), (["--mapping", "m.json"], None)],
    ids=["role-with-from", "mapping-without-from"],
)
def test_options_that_do_not_go_together_are_refused(
    tmp_path: Path, args: list[str], option: str | None
) -> None:
    proc = spbe("init", "new.spbe", *args, cwd=tmp_path, expect=2)
    assert (option or "--from") in proc.stderr and len(proc.stderr.splitlines()) == 1


# ------------------------------------------------------------------------------ kills
CHILD = r"""
import os, signal, sys
from pathlib import Path
from spbe_desktop.services import carry_forward as cf

new, old, where = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]


def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


if where == "rename":  # the new workspace is complete, closed, not yet in place
    cf.replace_file = die
job = cf.carry_forward(new, old)
while True:
    try:
        step = next(job)
    except StopIteration:
        break
    if where == "opening":
        die()
    if where == "copying" and step.done >= 2 * 1024 * 1024:
        die()  # halfway through the 4 MiB document's chunks, its transaction open
print("DONE")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX's")
@pytest.mark.parametrize("where", ["opening", "copying", "rename"])
def test_a_kill_leaves_no_new_workspace_and_the_old_one_unchanged(
    pemdi_opd: Path, tmp_path: Path, where: str
) -> None:
    big = make_pdf(tmp_path / "Pindaian.pdf", ["PINDAIAN"], pad_to_bytes=4 * 1024 * 1024)
    attach(pemdi_opd, "1", big, "I1-L1-01", title="Pindaian draf RPJMD")
    before = sha256(pemdi_opd)
    new = tmp_path / "bappeda-2027.spbe"

    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(new), str(pemdi_opd), where],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert proc.returncode == -9 and "DONE" not in proc.stdout, proc.stdout + proc.stderr
    assert not new.exists()
    assert sha256(pemdi_opd) == before
    assert len(temporaries(tmp_path)) == 1  # hidden, and removed by the next run
    assert run(check_workspace(pemdi_opd)).ok
    spbe("init", new.name, "--from", pemdi_opd.name, cwd=tmp_path)
    assert temporaries(tmp_path) == []
    assert run(check_workspace(new)).ok
    (row,) = [r for r in items.item_rows(new, "1") if r.item.code == "I1-L1-01"]
    assert [d.title for d in row.documents] == ["Pindaian draf RPJMD"]


# ------------------------------------------------------------------ next period's bundles
def test_next_periods_bundles_import_without_re_trust(tmp_path: Path) -> None:
    w = tmp_path
    koor, opd = w / "koordinator-2026.spbe", w / "bappeda-2026.spbe"
    init_workspace(koor, role="coordinator", instansi=INSTANSI, unit="Diskominfo", officer="Budi")
    issue_kit(koor, "Bappeda", w / "bappeda.spbekit", indicators=["1", "4"])
    init_from_kit(opd, w / "bappeda.spbekit", officer="Sari")
    write_identity_card(opd, w / "bappeda.card")
    trust_card(koor, w / "bappeda.card")
    sk = make_pdf(w / "SK Tim Pemdi.pdf", ["KEPUTUSAN BUPATI TIM KOORDINASI PEMDI"])
    attach(opd, "4", sk, "I4-L1-01", title="SK Tim Koordinasi Pemdi")
    run(export_bundle(opd, w / "b2026.spbebundle"))
    (outcome,) = run(import_bundles(koor, [w / "b2026.spbebundle"]))
    assert outcome.status == "accepted"
    items.judge_item(koor, "I4-L1-01", accept=True, unit="Bappeda")

    spbe("init", "koordinator-2027.spbe", "--from", koor.name, cwd=w)
    spbe("init", "bappeda-2027.spbe", "--from", opd.name, cwd=w)
    # The OPD's documents come back in its own bundle, not through the coordinator's carry.
    koor_rows = json.loads(spbe("items", "koordinator-2027.spbe", "4", "--json", cwd=w).stdout)
    assert all(r["documents"] == [] for r in koor_rows)

    spbe("export", "bappeda-2027.spbe", "--out", "b2027.spbebundle", cwd=w)
    out = spbe("import", "koordinator-2027.spbe", "b2027.spbebundle", cwd=w).stdout
    assert "accepted" in out
    rows = {
        r["code"]: r
        for r in json.loads(
            spbe("items", "koordinator-2027.spbe", "4", "--json", "--unit", "Bappeda", cwd=w).stdout
        )
    }
    # Last period's verdict did not come along: the item waits for this period's judgement.
    assert rows["I4-L1-01"]["status"] == "attached" and rows["I4-L1-01"]["verdicts"] == []
    assert [d["title"] for d in rows["I4-L1-01"]["documents"]] == ["SK Tim Koordinasi Pemdi"]
