"""Test-wide set-up: headless Qt, isolated per-user directories, shared factories."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any Qt import: tests run headless unless a developer exports another platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test ever reads or writes the developer's real settings or data."""
    root = tmp_path_factory.mktemp("user-dirs")
    for name in ("CONFIG", "DATA", "CACHE", "LOG"):
        monkeypatch.setenv(f"SPBE_{name}_DIR", str(root / name.lower()))
    monkeypatch.setenv("SPBE_LANG", "en")


@pytest.fixture
def opd_workspace(tmp_path: Path) -> Path:
    """A fresh OPD workspace file on disk (real SQLite, migrations applied).

    Pinned to SPBE 2020 (new workspaces default to Pemdi 2026): the tests that use it speak
    of claimed levels 1-5, indicator ids like I07 and the SPBE index.
    """
    from spbe_desktop.services.workspace import init_workspace

    path = tmp_path / "opd.spbe"
    init_workspace(
        path,
        role="opd",
        instansi="Pemerintah Provinsi Maluku Utara",
        unit="Dinas Kominfo",
        officer="Rina",
        framework="spbe-2020",
    )
    return path


@pytest.fixture
def coordinator_workspace(tmp_path: Path) -> Path:
    """A fresh coordinator workspace, pinned to SPBE 2020 like ``opd_workspace``."""
    from spbe_desktop.services.workspace import init_workspace

    path = tmp_path / "koordinator.spbe"
    init_workspace(
        path,
        role="coordinator",
        instansi="Pemerintah Provinsi Maluku Utara",
        unit="Diskominfo",
        officer="Budi",
        framework="spbe-2020",
    )
    return path
