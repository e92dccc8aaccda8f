"""Shared by export, verify, import and receipts: format constants and small helpers."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from spbe_desktop.bundles import bag as bagfmt
from spbe_desktop.bundles.keys import PublicIdentity
from spbe_desktop.core.models import Answer
from spbe_desktop.core.packs import canonical_json
from spbe_desktop.core.progress import CancelToken, Progress

BUNDLE_FORMAT = "spbe-desktop/bundle-1"
#: Largest total payload a bundle may declare (guards the importer's disk).
MAX_BUNDLE_BYTES = 64 * 1024**3
ANSWERS_JSON = "answers.json"
DOCUMENTS_JSON = "documents.json"
WORKSPACE_JSON = "workspace.json"
DOC_DIR = "documents/"
TEXT_DIR = "texts/"


def relabel(
    job: Generator[Progress, None, Any], code: str, name: str
) -> Generator[Progress, None, Any]:
    """Pass a sub-job's progress on under this operation's message code and file name."""
    while True:
        try:
            step = next(job)
        except StopIteration as stop:
            return stop.value
        yield Progress(step.done, step.total, code, {"name": name})


def verify_file(
    path: Path,
    expected: PublicIdentity | None,
    cancel: CancelToken,
    lookup: Callable[[bytes], PublicIdentity | None] | None = None,
) -> Generator[Progress, None, bagfmt.BagVerification]:
    job = bagfmt.read_bag_zip(
        path,
        max_total_bytes=MAX_BUNDLE_BYTES,
        expected_public=expected,
        lookup_public=lookup,
        cancel=cancel,
    )
    result: bagfmt.BagVerification = yield from relabel(job, "progress.verifying", path.name)
    return result


def answer_digest(a: Answer) -> str:
    return hashlib.sha256(
        canonical_json([a.indicator_id, a.level, a.justification, a.status])
    ).hexdigest()


SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def comment_value(text: str) -> str:
    """A value safe inside a one-line trusted comment."""
    return re.sub(r"[\r\n\t]+", " ", text).replace("=", "-")[:200]
