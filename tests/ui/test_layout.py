"""The GUI package's layout holds: ``common`` imports neither role's package, the two roles do
not import each other, and no module is over 600 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import spbe_desktop.ui

UI = Path(spbe_desktop.ui.__file__).parent


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("common", ("spbe_desktop.ui.opd", "spbe_desktop.ui.coordinator")),
        ("opd", ("spbe_desktop.ui.coordinator",)),
        ("coordinator", ("spbe_desktop.ui.opd",)),
    ],
)
def test_ui_packages_depend_only_downwards(package: str, forbidden: tuple[str, ...]) -> None:
    wrong = {
        f"{path.relative_to(UI)}: {name}"
        for path in sorted((UI / package).rglob("*.py"))
        for name in imports_of(path)
        if name.startswith(forbidden)
    }
    assert not wrong


def test_no_gui_module_is_over_600_lines() -> None:
    long = {
        str(p.relative_to(UI)): n
        for p in UI.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert not long


def test_every_prompt_that_opens_a_modal_dialog_is_guarded_in_the_tests() -> None:
    """The UI tests fail at once on an unexpected modal dialog (conftest); a new prompt must be
    on that list, or it could hang a test offscreen."""
    from tests.ui.conftest import MODAL_PROMPTS

    no_dialog = {"document_filter", "workspace_filter", "documents_folder", "show_failure"}
    # build the box; the caller opens it
    boxes = {"key_replace_box", "unrevoke_box", "close_while_busy_box"}
    answered = {"ask_close_while_busy"}  # answered "yes" by the conftest
    # opens its dialog only through ask_passphrase, which is guarded
    answered |= {"signing_passphrase"}
    source = (UI / "common" / "prompts.py").read_text(encoding="utf-8")
    public = {
        node.name
        for node in ast.parse(source).body
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
    }
    assert public - no_dialog - boxes - answered == set(MODAL_PROMPTS)
