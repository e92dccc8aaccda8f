"""No import circle inside ``spbe_desktop``: every group of modules that import each other,
directly or through others, is a bug waiting for a half-initialised module.

The graph is grimp's (import-linter builds it the same way). Importing ``a.b.c`` also runs the
package ``a.b`` first, so an import of a module counts as an import of its parent packages too
(from outside them). Imports under ``TYPE_CHECKING`` never run and are left out.
"""

from __future__ import annotations

import pytest

grimp = pytest.importorskip("grimp")


def _graph() -> dict[str, set[str]]:
    graph = grimp.build_graph("spbe_desktop", exclude_type_checking_imports=True)
    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        targets: set[str] = set()
        for imported in graph.find_modules_directly_imported_by(module):
            targets.add(imported)
            parts = imported.split(".")
            for k in range(2, len(parts)):
                package = ".".join(parts[:k])
                if module != package and not module.startswith(package + "."):
                    targets.add(package)
        edges[module] = targets
    return edges


def _circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_search_finds_a_circle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(edges) == [["a", "b", "c"]]


def test_no_import_circle_inside_the_package() -> None:
    edges = _graph()
    assert len(edges) > 100
    assert _circles(edges) == []
