"""Per-user directories (platformdirs) with environment overrides; no Qt.

``SPBE_CONFIG_DIR``, ``SPBE_DATA_DIR``, ``SPBE_CACHE_DIR`` and ``SPBE_LOG_DIR`` override each
directory; the portable build sets them to folders beside the program (see
``packaging/pyinstaller/hooks/portable.py``), so nothing here knows about portable mode.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="spbe-desktop", appauthor=False)


def _resolve(env: str, default: str) -> Path:
    value = os.environ.get(env)
    path = Path(value) if value else Path(default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    return _resolve("SPBE_CONFIG_DIR", _DIRS.user_config_dir)


def data_dir() -> Path:
    """Where workspaces live by default (and the demo workspace)."""
    return _resolve("SPBE_DATA_DIR", _DIRS.user_data_dir)


def cache_dir() -> Path:
    return _resolve("SPBE_CACHE_DIR", _DIRS.user_cache_dir)


def log_dir() -> Path:
    return _resolve("SPBE_LOG_DIR", _DIRS.user_log_dir)


def use_single_root(root: Path) -> None:
    """Redirect every per-user directory under ``root`` (``--data-dir``, development mode)."""
    for name in ("config", "data", "cache", "log"):
        os.environ[f"SPBE_{name.upper()}_DIR"] = str(root / name)
