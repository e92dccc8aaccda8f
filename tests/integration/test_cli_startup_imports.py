"""What `spbe status` and `spbe assess` import: the CLI start-up goal (issue 18) kept by
structure, not by a timed assert. The time itself is measured in benchmarks/ (``cli`` rows).

Each run is a real ``spbe`` process on a real workspace; the modules it loaded are read back
from the process itself, so a new eager import anywhere on the path fails here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

#: Heavy modules a reading command never needs (about 100 ms for sqlite-utils alone, with
#: click, dateutil and pluggy behind it), and the parts of the app it does not use.
NOT_FOR_READING = (
    "sqlite_utils",
    "click",
    "dateutil",
    "pluggy",
    "spbe_desktop.core.architecture",
    "spbe_desktop.reports",
    "spbe_desktop.documents.inspect",
    "cryptography",
    "pypdf",
    "docx",
)

_PROBE = """
import json, sys
from spbe_desktop.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:  # argparse's --version and --help
    code = exc.code or 0
sys.stdout.flush()
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(code)
"""


def _loaded(*argv: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stderr.splitlines() if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def _heavy(loaded: set[str]) -> list[str]:
    return sorted(m for m in loaded for h in NOT_FOR_READING if m == h or m.startswith(h + "."))


@pytest.mark.parametrize("framework", ["pemdi-2026", "spbe-2020"])
def test_status_imports_nothing_heavy(tmp_path: Path, framework: str) -> None:
    from spbe_desktop.services.workspace import init_workspace

    ws = tmp_path / "ws.spbe"
    init_workspace(
        ws, role="opd", instansi="Prov", unit="Bappeda", officer="Sari", framework=framework
    )
    assert _heavy(_loaded("status", str(ws))) == []


def test_assess_writes_without_the_heavy_modules(opd_workspace: Path) -> None:
    loaded = _loaded("assess", str(opd_workspace), "I01", "--level", "2")
    assert _heavy(loaded) == []
    # ...and the answer was really saved by that process.
    from spbe_desktop.services.workspace import status_summary

    assert any(g["answered"] for g in status_summary(opd_workspace)["groups"])


def test_version_imports_no_command() -> None:
    # It used to import all 26 command modules with their services: over a second.
    loaded = _loaded("--version")
    assert not [m for m in loaded if m.startswith(("spbe_desktop.services", "spbe_desktop.store"))]
    assert _heavy(loaded) == []
