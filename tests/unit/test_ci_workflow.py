"""The CI workflow stays valid: actionlint (and shellcheck on the scripts it runs) in every run.

actionlint comes with the test extras (``pyproject.toml``); it runs shellcheck on the ``run:``
steps when shellcheck is on PATH (``scripts/setup.sh`` installs it on Debian/Ubuntu). Without
either tool the check is skipped, saying why.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
SCRIPTS = [
    ROOT / ".github" / "scripts" / "minisign-windows.sh",
    ROOT / "scripts" / "setup.sh",
    ROOT / "scripts" / "test",
    ROOT / ".ci" / "run",
]


def _tool(name: str) -> str | None:
    """``name`` from this interpreter's scripts folder (the venv), else from PATH."""
    exe = ".exe" if sys.platform == "win32" else ""
    local = Path(sysconfig.get_path("scripts")) / f"{name}{exe}"
    return str(local) if local.exists() else shutil.which(name)


def test_workflow_passes_actionlint() -> None:
    actionlint = _tool("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed (pip install -e '.[test]')")
    proc = subprocess.run(
        [actionlint, "-no-color", str(WORKFLOW.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_scripts_the_workflow_runs_pass_shellcheck() -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is not installed (apt-get install shellcheck)")
    proc = subprocess.run(
        [shellcheck, "--severity=warning", *map(str, SCRIPTS)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_workflow_runs_the_readme_test_command_on_both_systems() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "bash scripts/test" in readme
    assert "run: bash scripts/test" in text
    assert "os: [ubuntu-latest, windows-latest]" in text
    assert 'python-version: "3.11"' in text
    assert "packaging\\windows\\build-windows.ps1" in text
