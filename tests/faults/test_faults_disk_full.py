"""Disk-full drills on an 16 MiB tmpfs (needs root: ``mount -t tmpfs -o size=16m``).

Attach a 24 MiB document to a workspace on the small disk, import a 24 MiB bundle into a
coordinator workspace on it, export a 24 MiB bundle onto it. Each goes through the ``spbe``
command: exit 1 with one sentence that says the disk is full, no traceback; the workspace is
byte-for-byte what it was, passes ``spbe check``, and takes the next change; no partial or
temporary bundle is left on the small disk.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from drills import (
    assess,
    attach,
    child_env,
    content_fingerprint,
    copy_workspace,
    export,
    import_ok,
    make_coordinator,
    make_opd,
    small_documents,
    spbe_command,
)

BIG = 24 * 1024 * 1024
DISK_FULL = re.compile(r"disk is full|no space left", re.IGNORECASE)


@dataclass
class DiskWorld:
    opd: Path  # answers, small documents, one small export done, then a 24 MiB document
    first_bundle: Path  # the small export (sequence 1)
    big_bundle: Path  # the export carrying the 24 MiB document (sequence 2)
    big_document: Path  # a 24 MiB PDF (its padding does not compress)
    small_document: Path
    card: Path


@pytest.fixture(scope="session")
def disk_world(tmp_path_factory: pytest.TempPathFactory, session_env: None) -> DiskWorld:
    from spbe_desktop.services.exchange import write_identity_card
    from tests.support.generate import make_pdf

    root = tmp_path_factory.mktemp("disk-world")
    docs = small_documents(root / "docs")
    opd = make_opd(root / "opd.spbe")
    assess(opd, "I01", level=3, note="Tim SPBE ditetapkan.")
    attach(opd, "I01", docs[0])
    first = root / "first.zip"
    export(opd, first)
    big = make_pdf(root / "Laporan Besar.pdf", ["LAPORAN BESAR"], pad_to_bytes=BIG)
    attach(opd, "I02", big)
    big_bundle = root / "big.zip"
    export(opd, big_bundle)
    card = root / "opd.card"
    write_identity_card(opd, card)
    return DiskWorld(
        opd,
        first,
        big_bundle,
        make_pdf(root / "Laporan Lain.pdf", ["LAPORAN LAIN"], pad_to_bytes=BIG),
        docs[1],
        card,
    )


def spbe(base: Path, *args: Any) -> subprocess.CompletedProcess[str]:
    env = child_env(base)
    return subprocess.run(
        [*spbe_command(), *map(str, args)],
        cwd=base / "cwd",
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def assert_one_sentence_disk_full(proc: subprocess.CompletedProcess[str]) -> str:
    text = proc.stdout + proc.stderr
    lines = [line for line in text.splitlines() if line.strip()]
    assert proc.returncode == 1, text
    assert "Traceback" not in text
    assert len(lines) == 1, lines
    assert DISK_FULL.search(lines[0]), lines[0]
    return lines[0]


def assert_checks(base: Path, workspace: Path) -> None:
    proc = spbe(base, "check", workspace)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_attach_larger_than_the_disk(
    small_disk: Path, disk_world: DiskWorld, tmp_path: Path, record_property: Any
) -> None:
    """Attaching a 24 MiB document to a workspace on an 16 MiB disk fails with "disk is full",
    changes nothing, and the workspace then takes a new answer and a small document."""
    base = tmp_path / "child"
    workspace = make_opd(small_disk / "opd.spbe")
    assess(workspace, "I01", level=3, note="Sudah ada sebelum disk penuh.")
    attach(workspace, "I01", disk_world.small_document)
    before = content_fingerprint(workspace)

    line = assert_one_sentence_disk_full(
        spbe(base, "attach", workspace, "I02", disk_world.big_document)
    )
    record_property("message", line)
    assert content_fingerprint(workspace) == before
    assert_checks(base, workspace)
    assert sorted(p.name for p in small_disk.iterdir()) == ["opd.spbe"]
    assert spbe(base, "assess", workspace, "I03", "--level", "2").returncode == 0
    assert spbe(base, "attach", workspace, "I03", disk_world.small_document).returncode == 0
    assert_checks(base, workspace)


def test_import_larger_than_the_disk(
    small_disk: Path, disk_world: DiskWorld, tmp_path: Path, record_property: Any
) -> None:
    """Importing a 24 MiB bundle into a coordinator workspace on an 16 MiB disk fails with
    "disk is full", changes nothing (the earlier accepted bundle included), and the workspace
    then takes a new change."""
    from spbe_desktop.services.exchange import trust_card

    base = tmp_path / "child"
    workspace = make_coordinator(small_disk / "koordinator.spbe")
    trust_card(workspace, disk_world.card)
    import_ok(workspace, disk_world.first_bundle)
    before = content_fingerprint(workspace)

    line = assert_one_sentence_disk_full(spbe(base, "import", workspace, disk_world.big_bundle))
    record_property("message", line)
    assert content_fingerprint(workspace) == before
    assert_checks(base, workspace)
    assert sorted(p.name for p in small_disk.iterdir()) == ["koordinator.spbe"]
    assert spbe(base, "assess", workspace, "I05", "--level", "3").returncode == 0
    assert_checks(base, workspace)


def test_export_larger_than_the_disk(
    small_disk: Path, disk_world: DiskWorld, tmp_path: Path, record_property: Any
) -> None:
    """Exporting a 24 MiB bundle onto an 16 MiB disk fails with "no space left", leaves no
    partial or temporary file there, does not advance the export sequence, and the next export
    to a roomier place succeeds."""
    base = tmp_path / "child"
    workspace = copy_workspace(disk_world.opd, tmp_path / "opd.spbe")
    before = content_fingerprint(workspace)

    line = assert_one_sentence_disk_full(
        spbe(base, "export", workspace, "--out", small_disk / "bundel.zip")
    )
    record_property("message", line)
    assert list(small_disk.iterdir()) == []
    assert content_fingerprint(workspace) == before
    assert_checks(base, workspace)
    again = spbe(base, "export", workspace, "--out", tmp_path / "bundel.zip")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "sequence 3" in again.stdout
