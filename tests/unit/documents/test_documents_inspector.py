"""The kept worker: same answers as one-shot inspection, and it survives a hostile file."""

from __future__ import annotations

from pathlib import Path

import pytest

from spbe_desktop.documents import DocumentInspector, inspect_document
from spbe_desktop.errors import DocumentError
from tests.support.generate import make_docx, make_pdf, make_slow_pdf


def test_kept_worker_gives_the_same_results(tmp_path: Path) -> None:
    files = [
        make_pdf(tmp_path / f"sk{i}.pdf", [f"KEPUTUSAN NOMOR {i} TAHUN 2024"]) for i in range(3)
    ]
    files.append(make_docx(tmp_path / "notulen.docx", ["NOTULEN RAPAT REVIU"]))
    with DocumentInspector() as inspector:
        kept = [inspector.inspect(f) for f in files]
        pid = inspector._proc.pid if inspector._proc else None
        inspector.inspect(files[0])
        assert inspector._proc is not None
        assert inspector._proc.pid == pid  # one worker for all
    assert kept == [inspect_document(f) for f in files]
    assert "KEPUTUSAN NOMOR 2" in kept[2].text


def test_a_spinning_file_is_cut_off_and_the_next_gets_a_fresh_worker(tmp_path: Path) -> None:
    slow = make_slow_pdf(tmp_path / "lambat.pdf")
    good = make_pdf(tmp_path / "baik.pdf", ["LAPORAN REVIU"])
    with DocumentInspector(timeout_s=1.5) as inspector:
        assert inspector.inspect(slow).warnings == ("document.text_unreadable",)
        assert "LAPORAN REVIU" in inspector.inspect(good).text


def test_unreadable_path_is_an_error_not_a_dead_worker(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "baik.pdf", ["SURAT EDARAN"])
    with DocumentInspector() as inspector:
        with pytest.raises(DocumentError):
            inspector.inspect(tmp_path / "tidak-ada.pdf")
        assert "SURAT EDARAN" in inspector.inspect(good).text
