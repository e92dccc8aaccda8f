"""Where the benchmarks meet parts of the product that are still being written.

Each probe says whether the part exists; rows whose part is missing are reported as
"not yet measured" rather than guessed.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from benchmarks.harness import ROOT


def _module(name: str) -> Any | None:
    try:
        if importlib.util.find_spec(name) is None:
            return None
    except ModuleNotFoundError:
        return None
    try:
        return importlib.import_module(name)
    except Exception:
        return None


# ------------------------------------------------------------------------------ compile
def compile_function() -> Callable[..., Any] | None:
    """``services.reporting.compile_evidence`` (workspace, out_dir) -> progress generator."""
    mod = _module("spbe_desktop.services.reporting")
    fn = getattr(mod, "compile_evidence", None) if mod else None
    return fn if callable(fn) else None


def call_compile(workspace: Path, out_dir: Path) -> Any:
    """Compile the evidence of ``workspace`` into ``out_dir``; returns the summary."""
    fn = compile_function()
    if fn is None:
        raise RuntimeError("services.reporting.compile_evidence does not exist yet")
    result = fn(workspace, out_dir)
    if isinstance(result, Generator):
        from spbe_desktop.core.progress import run

        result = run(result)
    return result


# ------------------------------------------------------------------------------ coordinator
def coordinator_functions() -> tuple[dict[str, Callable[..., Any]], str]:
    """The coordinator's dashboard, search and indicator-switch functions, and where they are
    from: ``services.coordinator`` when it exists, else the store's own queries."""
    from benchmarks.province import store_dashboard, store_search, store_switch

    mod = _module("spbe_desktop.services.coordinator")
    fns = {"dashboard": store_dashboard, "search": store_search, "switch": store_switch}
    via = "store queries (no coordinator service yet)"
    if mod is not None:
        found = []
        if callable(getattr(mod, "dashboard", None)):
            fns["dashboard"] = mod.dashboard
            found.append("dashboard()")
        if callable(getattr(mod, "search_evidence", None)):
            fns["search"] = mod.search_evidence
            found.append("search_evidence()")
        if callable(getattr(mod, "consolidation", None)):
            fns["switch"] = mod.consolidation
            found.append("consolidation()")
        if found:
            via = "services.coordinator." + ", ".join(found)
    return fns, via


# ------------------------------------------------------------------------------ GUI
def selftest_available() -> bool:
    """``python -m spbe_desktop --selftest`` exists: a __main__ and the flag somewhere."""
    main = ROOT / "spbe_desktop" / "__main__.py"
    if not main.exists():
        return False
    sources = [main, *sorted((ROOT / "spbe_desktop" / "ui").rglob("*.py"))]
    return any("--selftest" in p.read_text(encoding="utf-8", errors="replace") for p in sources)


def jobrunner_available() -> bool:
    mod = _module("spbe_desktop.ui.jobs")
    return mod is not None and hasattr(mod, "JobRunner")
