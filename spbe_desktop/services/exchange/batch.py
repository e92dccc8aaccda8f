"""Importing dropped files one by one, with a log the GUI reads even after a cancel.

Each file is its own :func:`~spbe_desktop.services.exchange.importer.import_bundles` call (its
own store and transaction), so after a cancel the files before it stay imported and the one
being read is left untouched.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.services.exchange.claims import ImportOutcome
from spbe_desktop.services.exchange.importer import import_bundles

#: File suffixes taken from a dropped folder (bundles and their parts).
BUNDLE_SUFFIXES = (".zip", ".spbebundle")
#: Progress units per file of an import (the bar moves smoothly within a file).
_UNITS_PER_FILE = 1000


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
    outcomes: list[ImportOutcome] = field(default_factory=list)


def import_files(
    workspace: Path,
    paths: Sequence[Path],
    cancel: CancelToken,
    log: ImportLog,
) -> Generator[Progress, None, list[ImportOutcome]]:
    """Import files one by one, recording each outcome in ``log`` as soon as it is known.

    Yields:
        Progress over all files, moving within each file.
    """
    files = expand_bundle_paths(paths)
    log.planned.extend(files)
    total = len(files) * _UNITS_PER_FILE
    for k, path in enumerate(files):
        cancel.raise_if_cancelled()
        base = k * _UNITS_PER_FILE
        yield Progress(base, total, "progress.verifying", {"name": path.name})
        job = import_bundles(workspace, [path], cancel)
        while True:
            try:
                step = next(job)
            except StopIteration as stop:
                outcomes: list[ImportOutcome] = stop.value
                break
            inner = int(step.fraction * _UNITS_PER_FILE)
            yield Progress(base + inner, total, step.message_code, step.params)
        log.outcomes.extend(outcomes)
    yield Progress(total, total, "progress.importing", {"name": ""})
    return list(log.outcomes)
