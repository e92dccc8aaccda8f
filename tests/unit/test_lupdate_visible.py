"""Every GUI text is one pyside6-lupdate can find, so English mode can translate it (issue 15).

pyside6-lupdate reads literal calls only. Three ways of writing a text kept it out of the
catalogue, and the GUI then showed Bahasa Indonesia in English mode: a literal passed to a helper
that calls ``translate`` with its parameter (``_tr("Catatan untuk koordinator")``), a literal text
with the context in a variable (``translate(_CTX, "Indeks instansi")``), and a numerus
``QCoreApplication.translate(ctx, "… %n …", "", n)``, which lupdate records without its plural
forms so that Qt finds no English for it (``self.tr(text, "", n)`` is recorded as numerus).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "spbe_desktop" / "ui"
TRANSLATING = {"tr", "translate"}


def _name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _literal(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _text_arg(call: ast.Call) -> ast.AST | None:
    """The source text of a tr()/translate() call."""
    if _name(call) == "translate":
        return call.args[1] if len(call.args) > 1 else None
    return call.args[0] if call.args else None


def _wrappers(tree: ast.Module) -> set[str]:
    """Functions that hand one of their parameters to tr()/translate() as the text."""
    found = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef) or fn.name in TRANSLATING:
            continue
        params = {a.arg for a in fn.args.args}
        for node in ast.walk(fn):
            if isinstance(node, ast.Call) and _name(node) in TRANSLATING:
                text = _text_arg(node)
                walked = ast.walk(text) if text is not None else iter(())
                if {n.id for n in walked if isinstance(n, ast.Name)} & params:
                    found.add(fn.name)
    return found


def _sources() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(UI.rglob("*.py"))]


def _calls(tree: ast.Module) -> Iterator[ast.Call]:
    return (n for n in ast.walk(tree) if isinstance(n, ast.Call))


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(UI.parent.parent)}:{getattr(node, 'lineno', 0)}"


def test_no_literal_text_goes_through_a_helper() -> None:
    sources = _sources()
    wrappers: set[str] = set()
    for _path, tree in sources:
        wrappers |= _wrappers(tree)
    hidden = [
        f"{_where(path, call)} {_name(call)}({arg.value!r})"  # type: ignore[attr-defined]
        for path, tree in sources
        for call in _calls(tree)
        if _name(call) in wrappers
        for arg in call.args
        # A key ("ready", "perlu_revisi") is looked up; a sentence is a text lupdate must see.
        if _literal(arg) and " " in arg.value  # type: ignore[attr-defined]
    ]
    assert hidden == []


def test_a_literal_text_has_a_literal_context() -> None:
    hidden = [
        _where(path, call)
        for path, tree in _sources()
        for call in _calls(tree)
        if _name(call) == "translate" and _literal(_text_arg(call)) and not _literal(call.args[0])
    ]
    assert hidden == []


def test_no_numerus_through_qcoreapplication_translate() -> None:
    hidden = [
        _where(path, call)
        for path, tree in _sources()
        for call in _calls(tree)
        if _name(call) == "translate" and (len(call.args) > 3 or call.keywords)
    ]
    assert hidden == []


CHECKS = {
    "helper": test_no_literal_text_goes_through_a_helper,
    "context": test_a_literal_text_has_a_literal_context,
    "numerus": test_no_numerus_through_qcoreapplication_translate,
}


@pytest.mark.parametrize(
    ("code", "caught_by"),
    [
        (
            "def _tr(text):\n    return QCoreApplication.translate('Page', text)\n"
            "x = _tr('Catatan untuk koordinator')\n",
            "helper",
        ),
        ("x = QCoreApplication.translate(_CTX, 'Indeks instansi')\n", "context"),
        ("x = QCoreApplication.translate('c', '%n hari lagi', '', n)\n", "numerus"),
        ("x = self.tr('%n hari lagi', '', n)\ny = status_text('ready')\n", None),
    ],
)
def test_each_check_finds_what_it_is_for(
    code: str, caught_by: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checks above, run on a file written the way one of them forbids (or none)."""
    folder = tmp_path / "spbe_desktop" / "ui"
    folder.mkdir(parents=True)
    (folder / "bad.py").write_text(code, encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "UI", folder)
    failing = set()
    for name, check in CHECKS.items():
        try:
            check()
        except AssertionError:
            failing.add(name)
    assert failing == ({caught_by} if caught_by else set())
