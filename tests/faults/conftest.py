"""Fixtures of the fault drills, the slow gate, and the recorder behind FAULTS.md.

* Drills marked ``slow`` are skipped unless the ``-m`` expression names ``slow``, so a plain
  ``pytest tests/faults`` (and the normal test run) stays fast.
* With ``SPBE_DRILLS_RESULTS=path.json`` the outcome, duration and recorded properties of every
  drill are written there at the end of the session; ``scripts/drills`` renders them into
  ``FAULTS.md``.
* The "world" fixtures build real workspaces and bundles once per session with the product's
  own services: an OPD with answers and documents, three exported bundles, a coordinator that
  trusts the OPD and already accepted one of them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import drills  # the folder is not a package (--import-mode=importlib)

RESULTS_ENV = "SPBE_DRILLS_RESULTS"
_GATE_REASON = "slow variant: run with -m slow (bash scripts/drills --slow)"
_HERE = Path(__file__).resolve().parent


# ================================================================================= the slow gate
def _slow_selected(config: pytest.Config) -> bool:
    """Does the ``-m`` expression name ``slow`` and select a drill marked slow?"""
    from _pytest.mark.expression import Expression

    markexpr = config.getoption("markexpr", "") or ""
    if "slow" not in markexpr:
        return False
    try:
        return bool(Expression.compile(markexpr).evaluate(lambda name, **kw: name == "slow"))
    except Exception:  # an expression pytest itself will reject
        return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _slow_selected(config):
        return
    skip = pytest.mark.skip(reason=_GATE_REASON)
    for item in items:
        if _is_drill(item) and item.get_closest_marker("slow") is not None:
            item.add_marker(skip)


def _is_drill(item: pytest.Item) -> bool:
    return Path(str(item.path)).resolve().parent == _HERE


# ================================================================================= the recorder
def _checks_of(item: pytest.Item) -> str:
    callspec = getattr(item, "callspec", None)
    if callspec is not None:
        for value in callspec.params.values():
            text = getattr(value, "checks", None)
            if text:
                return str(text)
    doc = getattr(getattr(item, "function", None), "__doc__", None) or ""
    return " ".join(doc.strip().split("\n\n")[0].split())


class _Recorder:
    def __init__(self, out: Path, config: pytest.Config) -> None:
        self.out = out
        self.config = config
        self.started = time.time()
        self.meta: dict[str, dict[str, Any]] = {}
        self.results: dict[str, dict[str, Any]] = {}
        self.collected: list[str] = []

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            if not _is_drill(item):
                continue
            self.collected.append(item.nodeid)
            self.meta[item.nodeid] = {
                "checks": _checks_of(item),
                "variant": "slow" if item.get_closest_marker("slow") else "default",
            }

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.nodeid not in self.meta:
            return
        rec = self.results.setdefault(
            report.nodeid, {"outcome": "passed", "duration_s": 0.0, "properties": {}}
        )
        rec["duration_s"] = round(rec["duration_s"] + report.duration, 2)
        for key, value in report.user_properties:
            rec["properties"][key] = value
        if hasattr(report, "wasxfail"):
            rec["outcome"] = "xfailed" if report.skipped else "xpassed"
            rec["message"] = str(report.wasxfail)
        elif report.skipped:
            rec["outcome"] = "skipped"
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
            rec["message"] = str(reason).removeprefix("Skipped: ")
            rec["gate"] = _GATE_REASON in str(reason)
        elif report.failed:
            rec["outcome"] = "failed" if report.when == "call" else "error"
            crash = getattr(report.longrepr, "reprcrash", None)
            text = crash.message if crash is not None else str(report.longrepr)
            rec["message"] = text.strip().splitlines()[0][:300] if text.strip() else "failed"

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        counts: dict[str, int] = {}
        for rec in self.results.values():
            counts[rec["outcome"]] = counts.get(rec["outcome"], 0) + 1
        args = [str(Path(a).resolve()) for a in self.config.args]
        data = {
            "variant": "slow" if _slow_selected(self.config) else "default",
            "markexpr": self.config.getoption("markexpr", "") or "",
            "finished": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "wall_s": round(time.time() - self.started, 1),
            "exitstatus": int(exitstatus),
            "counts": counts,
            "seed": _seed(),
            "complete": args == [str(_HERE)] and not self.config.getoption("keyword", ""),
            "collected": self.collected,
            "meta": self.meta,
            "results": self.results,
        }
        self.out.write_text(json.dumps(data, indent=1), encoding="utf-8")


def pytest_configure(config: pytest.Config) -> None:
    target = os.environ.get(RESULTS_ENV)
    if target and not config.pluginmanager.has_plugin("spbe-drills-recorder"):
        config.pluginmanager.register(_Recorder(Path(target), config), "spbe-drills-recorder")


# ================================================================================= randomness
def _seed() -> int:
    return drills.session_seed()


@pytest.fixture
def rng(request: pytest.FixtureRequest) -> random.Random:
    """A random generator seeded from the session seed and the test id (reproducible)."""
    return random.Random(f"{_seed()}:{request.node.nodeid}")


# ================================================================================= the world
@pytest.fixture(scope="session")
def session_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Session fixtures run before the per-test isolation of tests/conftest.py: isolate here."""
    with pytest.MonkeyPatch.context() as mp:
        root = tmp_path_factory.mktemp("session-user-dirs")
        for name in ("CONFIG", "DATA", "CACHE", "LOG"):
            mp.setenv(f"SPBE_{name}_DIR", str(root / name.lower()))
        mp.setenv("SPBE_LANG", "en")
        yield


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory, session_env: None) -> drills.World:
    """An OPD with answers and documents, its bundles, and a coordinator that trusts it."""
    return drills.build_world(tmp_path_factory.mktemp("world"))


# ================================================================================= small disks
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 16 MiB tmpfs mounted under tmp_path (needs root); unmounted at teardown."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("disk-full drills mount an 16 MiB tmpfs, which needs root")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.strip() or proc.returncode})")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False, capture_output=True)
