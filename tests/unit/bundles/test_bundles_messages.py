"""Every code the bundles package raises or reports has English and Indonesian text, and every
placeholder in that text is filled by the params given where the code is raised."""

from __future__ import annotations

import ast
import functools
import re
import string
from collections import defaultdict
from pathlib import Path

import pytest

import spbe_desktop.bundles as package
from spbe_desktop.bundles.messages import MESSAGES
from spbe_desktop.errors import known_codes, message_for

SOURCE = Path(package.__file__).parent
CODE_RE = re.compile(r"^(zip|json|bundle|signature|key|envelope)\.[a-z0-9_]+$")


@functools.cache
def _call_sites() -> dict[str, list[set[str]]]:
    """code -> the keyword sets of each BundleError(...) / _finding(...) / Progress(...)."""
    sites: dict[str, list[set[str]]] = defaultdict(list)
    for file in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in ("BundleError", "_finding"):
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    keys = {kw.arg for kw in node.keywords if kw.arg}
                    if name == "_finding":
                        keys.add("item")
                    sites[first.value].append(keys)
            elif name == "Progress" and len(node.args) >= 3:
                code = node.args[2]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    params = node.args[3] if len(node.args) > 3 else None
                    keys = set()
                    if isinstance(params, ast.Dict):
                        keys = {k.value for k in params.keys if isinstance(k, ast.Constant)}
                    sites[code.value].append(keys)
    return sites


def _literal_codes() -> set[str]:
    found = set()
    for file in SOURCE.rglob("*.py"):
        if file.name == "messages.py":
            continue
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and CODE_RE.match(node.value):
                found.add(node.value)
    return found


def test_every_code_in_the_source_has_both_languages() -> None:
    used = _literal_codes()
    assert len(used) > 40
    missing = used - known_codes()
    assert not missing
    for code in used:
        assert set(MESSAGES[code]) >= {"en", "id"}


def test_no_message_without_a_use() -> None:
    assert set(MESSAGES) - _literal_codes() == set()


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_placeholders_are_filled_where_raised(code: str) -> None:
    sites = _call_sites()[code]
    assert sites, f"{code} is never raised or reported directly"
    for lang in ("en", "id"):
        template = MESSAGES[code][lang]
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        for keys in sites:
            assert fields <= keys, (code, lang, fields - keys)
        rendered = message_for(code, dict.fromkeys(fields, "X"), lang)
        assert "{" not in rendered
        assert rendered.endswith("."), rendered
        # one sentence: no full stop before the end except inside placeholders
        assert rendered[:-1].count(". ") == 0, rendered


def test_indonesian_is_not_a_copy_of_english() -> None:
    for code, texts in MESSAGES.items():
        assert texts["en"] != texts["id"], code
