"""Shared by export, verify, import and receipts: format constants and small helpers."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Generator, Mapping
from pathlib import Path
from typing import Any

from spbe_desktop.bundles import bag as bagfmt
from spbe_desktop.bundles.keys import PublicIdentity
from spbe_desktop.core.canonical import canonical_json
from spbe_desktop.core.models import Answer
from spbe_desktop.core.progress import CancelToken, Progress

#: The bundle format this version writes (``workspace.json`` and bag-info ``SPBE-Format``).
#: Format 2 adds evidence items: each document's item codes and the OPD's item notes
#: (``items.json``).
BUNDLE_FORMAT = "spbe-desktop/bundle-2"
#: Format 1: written before evidence items; its bag-info names no format.
BUNDLE_FORMAT_1 = "spbe-desktop/bundle-1"
#: Every format the importer reads.
READABLE_BUNDLE_FORMATS = (BUNDLE_FORMAT_1, BUNDLE_FORMAT)
#: The receipt format this version writes (in the signed payload). Format 2 adds the verdicts
#: per evidence item; a receipt without a format is format 1 (verdicts per indicator only).
RECEIPT_FORMAT = "spbe-desktop/receipt-2"
RECEIPT_FORMAT_1 = "spbe-desktop/receipt-1"
READABLE_RECEIPT_FORMATS = (RECEIPT_FORMAT_1, RECEIPT_FORMAT)
#: Largest total payload a bundle may declare (guards the importer's disk).
MAX_BUNDLE_BYTES = 64 * 1024**3
ANSWERS_JSON = "answers.json"
DOCUMENTS_JSON = "documents.json"
ITEMS_JSON = "items.json"
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
    written: Mapping[str, tuple[str, int]] | None = None,
    hash_payload: bool = True,
) -> Generator[Progress, None, bagfmt.BagVerification]:
    """Verify a bundle file (``written``: payload hashes computed while this process wrote it,
    taken instead of reading those files again; ``hash_payload=False``: all but the payload's
    content, for a caller that hashes it while storing; see :func:`bagfmt.read_bag_zip`)."""
    job = bagfmt.read_bag_zip(
        path,
        max_total_bytes=MAX_BUNDLE_BYTES,
        expected_public=expected,
        lookup_public=lookup,
        cancel=cancel,
        written=written,
        hash_payload=hash_payload,
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
