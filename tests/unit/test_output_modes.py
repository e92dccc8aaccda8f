"""What the app writes for others (reports, bundles, receipts, workbooks) is readable by them as
any program's new file is: the umask decides, not ``mkstemp``'s private 0600.

Each case runs in a child process started under a known umask, since the mode is read once at
import."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], umask: int, cwd: Path) -> None:
    subprocess.run(
        args,
        cwd=cwd,
        check=True,
        capture_output=True,
        preexec_fn=lambda: os.umask(umask),
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_atomic_output_follows_the_umask(tmp_path: Path, umask: int, expected: int) -> None:
    code = (
        "from pathlib import Path; from spbe_desktop.fileio import atomic_output\n"
        "with atomic_output(Path('out.bin')) as fh: fh.write(b'x')\n"
    )
    _run([sys.executable, "-c", code], umask, tmp_path)
    assert _mode(tmp_path / "out.bin") == expected


def test_a_report_from_the_cli_is_readable_by_others(tmp_path: Path) -> None:
    spbe = [sys.executable, "-m", "spbe_desktop.cli"]
    _run([*spbe, "init", "k.spbe", "--role", "coordinator", "--instansi", "Pemkot Ternate",
          "--unit", "Diskominfo"], 0o022, tmp_path)  # fmt: skip
    _run([*spbe, "report", "k.spbe", "--out", "laporan.docx"], 0o022, tmp_path)
    _run([*spbe, "architecture", "export", "k.spbe", "--out", "arsitektur.xlsx"], 0o022, tmp_path)
    assert _mode(tmp_path / "laporan.docx") == 0o644
    assert _mode(tmp_path / "arsitektur.xlsx") == 0o644
