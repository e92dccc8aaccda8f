"""Attach: what the user typed is kept for a document stored before; the workspace itself is
never taken as a document (opening it outside SQLite would drop this process's locks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from spbe_desktop.core.progress import run
from spbe_desktop.errors import DocumentError
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.workspace import init_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore
from tests.support.generate import make_pdf


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    path = tmp_path / "opd.spbe"
    init_workspace(
        path, role="opd", instansi="Pemprov", unit="Bappeda", officer="S", framework="spbe-2020"
    )
    return path


def test_a_title_given_again_for_a_stored_document_replaces_the_old_one(
    ws: Path, tmp_path: Path
) -> None:
    sk = make_pdf(tmp_path / "sk.pdf", ["KEPUTUSAN KEPALA BAPPEDA\nNomor 3/2026"])
    [first] = run(attach_files(ws, "I01", [AttachRequest(sk)]))
    [again] = run(attach_files(ws, "I02", [AttachRequest(sk, title="SK Tim Arsitektur")]))
    assert again.was_stored_before
    assert again.title == "SK Tim Arsitektur"
    with WorkspaceStore.open(ws) as store:
        doc = store.document(first.document_id)
        assert doc.title == "SK Tim Arsitektur"
        assert {i for i, _lv in doc.links} == {"I01", "I02"}
        [entry] = store.audit_entries(action_prefix="document.update")
        assert entry.new == {"title": "SK Tim Arsitektur"}
    # Attaching it again without a title keeps the title the user gave.
    [third] = run(attach_files(ws, "I03", [AttachRequest(sk)]))
    assert third.title == "SK Tim Arsitektur"


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_the_workspace_itself_is_refused_as_a_document(ws: Path, suffix: str) -> None:
    with WorkspaceStore.open(ws):  # -wal exists while a connection is open
        target = Path(str(ws) + suffix)
        assert target.exists()
        with pytest.raises(DocumentError) as info:
            run(attach_files(ws, "I01", [AttachRequest(target)]))
    assert info.value.code == "attach.is_workspace"
    assert "ruang kerja" in info.value.message("id")
