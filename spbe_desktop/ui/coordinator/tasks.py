"""Job functions of the coordinator window: compositions of service calls for worker threads.

Everything here runs off the GUI thread: it must not touch widgets, opens its own
``WorkspaceStore`` per call and returns frozen dataclasses (never a store or a row iterator).
Only ``services`` are called; no SQL.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from spbe_desktop.core.models import AuditEntry, DocumentRecord, Profile
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services import exchange
from spbe_desktop.services.workspace import open_workspace

#: File suffixes taken from a dropped folder (bundles and their parts).
BUNDLE_SUFFIXES = (".zip", ".spbebundle")
#: Progress units per file of an import (the bar moves smoothly within a file).
_UNITS_PER_FILE = 1000


@dataclass(frozen=True, slots=True)
class Overview:
    """What the dashboard and the set-up tab show, read in one go."""

    dashboard: coord.Dashboard
    assignments: dict[str, list[str]]  # indicator id -> OPD names (saved or default owners)
    profile: Profile


def load_overview(workspace: Path, target: Decimal | None) -> Overview:
    with open_workspace(workspace) as store:
        return Overview(
            coord.dashboard(store, target), coord.default_assignments(store), store.profile()
        )


def load_consolidation(workspace: Path, indicator: str) -> coord.Consolidation:
    with open_workspace(workspace) as store:
        return coord.consolidation(store, indicator)


def decide(workspace: Path, indicator: str, level: int | None, note: str) -> None:
    with open_workspace(workspace) as store:
        coord.decide(store, indicator, level, note)


def set_verdict(
    workspace: Path, opd: str, indicator: str, verdict: str | None, comment: str
) -> None:
    with open_workspace(workspace) as store:
        coord.set_verdict(store, opd, indicator, verdict, comment)


def what_if(
    workspace: Path, target: Decimal | None, locked: Sequence[str], impossible: Sequence[str]
) -> coord.WhatIf:
    with open_workspace(workspace) as store:
        return coord.what_if(store, target, locked=locked, impossible=impossible)


@dataclass(frozen=True, slots=True)
class SearchQuery:
    text: str
    opd: str | None = None
    indicator: str | None = None
    kind: str | None = None
    issued_from: str | None = None
    issued_to: str | None = None


def search(workspace: Path, query: SearchQuery) -> list[DocumentRecord]:
    with open_workspace(workspace) as store:
        return coord.search_evidence(
            store,
            query.text,
            opd=query.opd,
            indicator=query.indicator,
            kind=query.kind,
            issued_from=query.issued_from,
            issued_to=query.issued_to,
        )


def history(workspace: Path, action: str, entity: str) -> list[AuditEntry]:
    with open_workspace(workspace) as store:
        return coord.history(store, action=action, entity=entity)


def save_assignments(workspace: Path, plan: Mapping[str, tuple[str, list[str]]]) -> int:
    """Write each OPD's indicators: ``plan`` is name -> (contact, indicator ids)."""
    for name, (contact, indicators) in plan.items():
        exchange.register_opd(workspace, name, contact, indicators)
    return len(plan)


def expand_bundle_paths(paths: Sequence[Path]) -> list[Path]:
    """Dropped items as files: a folder stands for the bundles directly inside it."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in BUNDLE_SUFFIXES))
        else:
            out.append(path)
    return out


@dataclass(slots=True)
class ImportLog:
    """Filled by :func:`import_files` as it goes, read by the GUI after the job ended.

    A cancelled generator cannot return its partial result, so the window reads what was
    already done from here. Lists are only appended to on the worker thread and read once the
    job's ``finished`` arrived, so no lock is needed.
    """

    planned: list[Path] = field(default_factory=list)
    outcomes: list[exchange.ImportOutcome] = field(default_factory=list)


def import_files(
    workspace: Path,
    paths: Sequence[Path],
    cancel: CancelToken,
    log: ImportLog,
) -> Generator[Progress, None, list[exchange.ImportOutcome]]:
    """Import files one by one, recording each outcome in ``log`` as soon as it is known.

    Every file is its own transaction, so after a cancel the files before it stay imported and
    the one being read is left untouched.
    """
    files = expand_bundle_paths(paths)
    log.planned.extend(files)
    total = len(files) * _UNITS_PER_FILE
    for k, path in enumerate(files):
        cancel.raise_if_cancelled()
        base = k * _UNITS_PER_FILE
        yield Progress(base, total, "progress.verifying", {"name": path.name})
        job = exchange.import_bundles(workspace, [path], cancel)
        while True:
            try:
                step = next(job)
            except StopIteration as stop:
                outcomes: list[exchange.ImportOutcome] = stop.value
                break
            inner = int(step.fraction * _UNITS_PER_FILE)
            yield Progress(base + inner, total, step.message_code, step.params)
        log.outcomes.extend(outcomes)
    yield Progress(total, total, "progress.importing", {"name": ""})
    return list(log.outcomes)
