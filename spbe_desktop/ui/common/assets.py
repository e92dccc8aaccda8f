"""Runtime assets (styles, translations, icons, help) via importlib.resources.

The one place that knows where shipped files live, frozen or not: PyInstaller collects
``spbe_desktop/ui/assets/**`` as data files, so ``importlib.resources`` finds them either way
(they stay beside the ``ui`` package, not in ``ui/common``).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_ROOT = resources.files("spbe_desktop.ui") / "assets"


def asset_path(*parts: str) -> Path:
    """Filesystem path of a shipped asset (may not exist)."""
    node = _ROOT
    for part in parts:
        node = node / part
    return Path(str(node))


def read_text(*parts: str) -> str:
    node = _ROOT
    for part in parts:
        node = node / part
    return node.read_text(encoding="utf-8")


def stylesheet() -> str:
    """All ``styles/*.qss`` files, in name order, as one style sheet."""
    folder = _ROOT / "styles"
    sheets = sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(".qss")),
        key=lambda entry: entry.name,
    )
    return "\n".join(entry.read_text(encoding="utf-8") for entry in sheets)


def help_markdown() -> str:
    """The user guide (Bahasa Indonesia), a copy of ``docs/user-guide.md``."""
    return read_text("help", "user-guide.md")


def translation_file(name: str) -> Path:
    """A compiled translation, e.g. ``spbe_desktop_en.qm``."""
    return asset_path("i18n", name)


def icon_path(name: str) -> str:
    return str(asset_path("icons", f"{name}.svg"))
