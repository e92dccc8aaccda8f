"""How the store package is built: repositories that do not collide, table names from one place,
migrations that import no live store code, and no import circle among the store's modules."""

from __future__ import annotations

import ast
import hashlib
import re
from pathlib import Path

import pytest

from spbe_desktop.store import tables
from spbe_desktop.store.migrations import _m0003_text_digest
from spbe_desktop.store.repository import Repository
from spbe_desktop.store.workspace_store import WorkspaceStore

STORE = Path(__file__).parents[3] / "spbe_desktop" / "store"
TABLES = {v for k, v in vars(tables).items() if k.startswith("T_")}
_SQL_TABLE = re.compile(r"\b(?:FROM|INTO|UPDATE|JOIN|TABLE)\s+([A-Za-z_]\w*)", re.IGNORECASE)


def _own_names(cls: type) -> set[str]:
    return {n for n in vars(cls) if not (n.startswith("__") and n.endswith("__"))}


def test_repositories_define_disjoint_names() -> None:
    """Mixins share one namespace: a name defined twice would silently shadow the other."""
    repos = [c for c in WorkspaceStore.__mro__[1:] if c not in (Repository, object)]
    assert len(repos) >= 8
    seen: dict[str, str] = {}
    for cls in [WorkspaceStore, *repos]:
        for name in _own_names(cls) - {"_abc_impl"}:
            assert name not in seen, f"{cls.__name__}.{name} also in {seen[name]}"
            seen[name] = cls.__name__


def _string_parts(tree: ast.AST) -> list[str]:
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


@pytest.mark.parametrize(
    "module",
    sorted(p.name for p in STORE.glob("*.py") if p.name not in ("migrations.py", "tables.py")),
)
def test_sql_names_tables_only_through_the_constants(module: str) -> None:
    tree = ast.parse((STORE / module).read_text(encoding="utf-8"))
    typed = [
        (match, text)
        for text in _string_parts(tree)
        for match in _SQL_TABLE.findall(text)
        if match in TABLES
    ]
    assert typed == []
    literal_tables = [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "table"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert literal_tables == []


def test_migrations_import_no_live_store_code() -> None:
    tree = ast.parse((STORE / "migrations.py").read_text(encoding="utf-8"))
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not {m for m in imported if m and m.startswith("spbe_desktop")}


def test_m0003_digest_is_frozen() -> None:
    """The copy in the migration computes what m0003 computed when it shipped."""
    text = "  KEPUTUSAN Gubernur\n Maluku   Utara tentang Tim Koordinasi SPBE  "
    folded = "keputusan gubernur maluku utara tentang tim koordinasi spbe"
    assert _m0003_text_digest(text) == hashlib.sha256(folded.encode()).hexdigest()
    assert _m0003_text_digest("terlalu pendek") is None


def test_no_import_circle_inside_the_store() -> None:
    grimp = pytest.importorskip("grimp")
    # Imports under TYPE_CHECKING do not run (leftovers names WorkspaceStore only for types).
    graph = grimp.build_graph("spbe_desktop", exclude_type_checking_imports=True)
    modules = sorted(m for m in graph.modules if m.startswith("spbe_desktop.store"))
    circles = [
        (a, b)
        for i, a in enumerate(modules)
        for b in modules[i + 1 :]
        if graph.chain_exists(a, b) and graph.chain_exists(b, a)
    ]
    assert circles == []


def test_names_other_modules_import_stay_importable() -> None:
    from spbe_desktop.store.workspace_store import (  # noqa: F401
        CHUNK,
        GENESIS,
        BlobReader,
        NewProfile,
        RoundOverview,
        StoredBlob,
        audit_hash,
        nfc,
        now_iso,
        text_digest,
        write_transaction,
    )
