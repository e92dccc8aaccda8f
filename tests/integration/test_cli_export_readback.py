"""`spbe export` says how it verified the bundle: read back from the device on a removable
medium (forced here with SPBE_VERIFY_READ_BACK=1), else with the hashes computed while writing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.generate import make_pdf

SPBE = [sys.executable, "-m", "spbe_desktop.cli"]


def _spbe(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [*SPBE, *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "SPBE_LANG": "en", **(env or {})},
    )
    return done.stdout


@pytest.mark.parametrize(
    ("force", "said"),
    [
        ("1", "Verified by reading it back from the device (removable medium)."),
        ("0", "Verified with the hashes computed while writing."),
    ],
)
def test_export_says_how_it_verified(tmp_path: Path, force: str, said: str) -> None:
    ws = tmp_path / "bappeda.spbe"
    _spbe("init", str(ws), "--role", "opd", "--instansi", "Pemkot Ternate", "--unit", "Bappeda")
    pdf = make_pdf(tmp_path / "sk.pdf", ["KEPUTUSAN WALI KOTA TERNATE"])
    _spbe("attach", str(ws), "1", str(pdf))
    out = _spbe(
        "export", str(ws), "--out", str(tmp_path / "b.zip"), env={"SPBE_VERIFY_READ_BACK": force}
    )
    assert said in out
