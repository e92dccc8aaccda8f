"""The coordinator at province scale: dashboard open, full-text search, indicator switch.

``measure_province(raw=False)`` calls the coordinator's services as the GUI does
(``services.coordinator.dashboard``, ``search_evidence``, ``consolidation``); ``raw=True``
answers the same questions with plain ``sqlite3`` on the same file, the floor the product's
layers add to. These are latencies inside a running program (the GUI calls them on every
click), so they are timed in-process; opening the workspace is part of the cold dashboard.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEARCHES = (
    "tim koordinasi",
    "arsitektur",
    "keamanan informasi",
    "satu data",
    "notulen rapat",
    "pusat data",
    "interoperabilitas",
    "peraturan gubernur",
    "Kominfo",
    "2024",
)
SWITCH_INDICATORS = ("I01", "I10", "I20", "I30", "I47")


def _timed(fn: Any, repeats: int) -> float:
    """Median seconds of ``repeats`` calls (the first call warms the caches)."""
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _summary(value: Any) -> Any:
    """A few numbers about what a call returned, for the notes (never the objects)."""
    if isinstance(value, list):
        return len(value)
    if isinstance(value, dict):
        return value
    out = {}
    for name in ("opds", "matrix", "claims", "evidence"):
        item = getattr(value, name, None)
        if item is not None:
            out[name] = len(item)
    index = getattr(value, "index", None)
    if index is not None and hasattr(index, "display"):
        out["index"] = float(index.display)
    return out or type(value).__name__


def measure_province(workspace: Path, *, raw: bool, repeats: int) -> dict[str, Any]:
    if raw:
        return _measure_raw(workspace, repeats)
    from spbe_desktop.store.workspace_store import WorkspaceStore

    fns = _coordinator_functions()
    start = time.perf_counter()
    store = WorkspaceStore.open(workspace)
    loaded = fns["dashboard"](store)
    dashboard = time.perf_counter() - start
    warm_dashboard = _timed(lambda: fns["dashboard"](store), repeats)
    searches = {}
    for term in SEARCHES:
        searches[term] = _timed(lambda t=term: fns["search"](store, t), repeats)
    hits = {term: len(fns["search"](store, term)) for term in SEARCHES}
    switches = {
        ind: _timed(lambda i=ind: fns["switch"](store, i), repeats) for ind in SWITCH_INDICATORS
    }
    switched = _summary(fns["switch"](store, SWITCH_INDICATORS[0]))
    store.close()
    return {
        "seconds": dashboard,
        "dashboard": dashboard,
        "dashboard_warm": warm_dashboard,
        "via": "services.coordinator.dashboard(), search_evidence(), consolidation()",
        "loaded": _summary(loaded),
        "search_worst": max(searches.values()),
        "search_median": statistics.median(searches.values()),
        "search_worst_term": max(searches, key=searches.__getitem__),
        "search_hits": hits,
        "switch_worst": max(switches.values()),
        "switch_median": statistics.median(switches.values()),
        "switched": switched,
    }


def _coordinator_functions() -> dict[str, Callable[..., Any]]:
    """The coordinator's dashboard, search and indicator-switch services, called on a store."""
    from spbe_desktop.services import coordinator

    # The services take the workspace path and open their own store (as each GUI job does),
    # so every timed call includes opening the workspace.
    return {
        "dashboard": lambda store: coordinator.dashboard(store.path),
        "search": lambda store, term: coordinator.search_evidence(
            store.path, coordinator.SearchQuery(term)
        ),
        "switch": lambda store, ind: coordinator.consolidation(store.path, ind),
    }


def _raw_dashboard(conn: sqlite3.Connection) -> tuple[list[Any], list[Any], list[Any]]:
    opds = conn.execute("SELECT * FROM opds").fetchall()
    answers = conn.execute("SELECT * FROM answers ORDER BY opd_id, indicator_id").fetchall()
    cells = conn.execute(
        "SELECT d.opd_id, l.indicator_id, COUNT(*) FROM documents d "
        "JOIN links l ON l.document_id = d.id GROUP BY d.opd_id, l.indicator_id"
    ).fetchall()
    return opds, answers, cells


def _measure_raw(workspace: Path, repeats: int) -> dict[str, Any]:
    start = time.perf_counter()
    conn = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    opds, answers, cells = _raw_dashboard(conn)
    dashboard = time.perf_counter() - start
    doc_select = (
        "SELECT d.*, b.size, b.mime, b.page_count FROM documents d "
        "JOIN blobs b ON b.sha256 = d.sha256 "
    )

    def search(term: str) -> int:
        match = " ".join(f'"{t}"*' for t in term.split())
        return len(
            conn.execute(
                doc_select + "WHERE d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts "
                "MATCH ?) ORDER BY d.id LIMIT 200",
                [match],
            ).fetchall()
        )

    def switch(ind: str) -> int:
        docs = conn.execute(
            doc_select + "WHERE d.id IN (SELECT document_id FROM links WHERE indicator_id = ?) "
            "ORDER BY d.id",
            [ind],
        ).fetchall()
        ans = conn.execute("SELECT * FROM answers WHERE indicator_id = ?", [ind]).fetchall()
        return len(docs) + len(ans)

    searches = {t: _timed(lambda t=t: search(t), repeats) for t in SEARCHES}
    switches = {i: _timed(lambda i=i: switch(i), repeats) for i in SWITCH_INDICATORS}
    warm = _timed(lambda: _raw_dashboard(conn), repeats)
    conn.close()
    return {
        "seconds": dashboard,
        "dashboard": dashboard,
        "dashboard_warm": warm,
        "loaded": {"opds": len(opds), "answers": len(answers), "cells": len(cells)},
        "search_worst": max(searches.values()),
        "search_median": statistics.median(searches.values()),
        "switch_worst": max(switches.values()),
        "switch_median": statistics.median(switches.values()),
    }
