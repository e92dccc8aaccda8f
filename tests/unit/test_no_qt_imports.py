"""Everything outside ``spbe_desktop.ui`` imports and runs with PySide6 made unimportable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import spbe_desktop

BLOCKER = """
import importlib, sys
class _Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is blocked in this test: ' + name)
        return None
sys.meta_path.insert(0, _Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
print('ok', len(sys.argv) - 1)
"""


def _non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(spbe_desktop.__path__, "spbe_desktop."):
        if info.name.startswith("spbe_desktop.ui") or info.name == "spbe_desktop.__main__":
            continue
        if info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return names


def test_every_non_ui_module_imports_without_qt() -> None:
    modules = _non_ui_modules()
    assert "spbe_desktop.services.workspace" in modules
    out = subprocess.run(
        [sys.executable, "-c", BLOCKER, *modules],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == f"ok {len(modules)}"
