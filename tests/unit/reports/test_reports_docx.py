"""The DOCX assessment report: structure, figures, every indicator, the document appendix."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import docx
import pytest

from spbe_desktop.core.index import merge_runs
from spbe_desktop.core.packs import load_shipped_pack
from spbe_desktop.core.progress import CancelToken, run
from spbe_desktop.errors import CancelledError
from spbe_desktop.reports import ReportError, render_docx
from spbe_desktop.reports.fmt import decimal_id
from spbe_desktop.services.reporting import build_report_model, write_report
from spbe_desktop.services.workspace import index_report, open_workspace

if TYPE_CHECKING:  # conftest is not importable at run time (importlib import mode)
    from conftest import Built

TODAY = dt.date(2026, 11, 29)


def headings(document: Any, level: int | None = None) -> list[str]:
    out = []
    for p in document.paragraphs:
        name = p.style.name
        if name.startswith("Heading") and (level is None or name == f"Heading {level}"):
            out.append(p.text)
    return out


def all_text(document: Any) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def table_after(document: Any, heading: str) -> Any:
    """The first table that follows the heading (or bold label) ``heading`` in the body."""
    body = document.element.body
    start = next(
        body.index(p._p)
        for p in document.paragraphs
        if p.text == heading and not p.style.name.startswith("TOC")
    )
    tables = sorted((body.index(t._tbl), k) for k, t in enumerate(document.tables))
    for position, k in tables:
        if position > start:
            return document.tables[k]
    raise AssertionError(f"no table after {heading!r}")


def rows(table: Any) -> Iterator[list[str]]:
    for row in table.rows:
        yield [cell.text for cell in row.cells]


@pytest.fixture(scope="module")
def opd_report(opd_built: Built, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    out = tmp_path_factory.mktemp("report") / "laporan.docx"
    run(write_report(opd_built.path, out, today=TODAY))
    return docx.Document(str(out)), out


def test_report_has_the_sections_in_word_heading_styles(opd_report: tuple[Any, Path]) -> None:
    document, _ = opd_report
    top = headings(document, 1)
    assert top[:2] == ["Ringkasan", "Rencana Peningkatan"]
    assert top[2:6] == [
        "Domain 1. Kebijakan Internal SPBE",
        "Domain 2. Tata Kelola SPBE",
        "Domain 3. Manajemen SPBE",
        "Domain 4. Layanan SPBE",
    ]
    assert top[-2:] == ["Kelengkapan Pengisian", "Lampiran. Daftar Dokumen"]
    assert "Aspek 1. Kebijakan Internal Tata Kelola SPBE" in headings(document, 2)


def test_report_has_one_section_for_every_indicator(
    opd_built: Built, opd_report: tuple[Any, Path]
) -> None:
    document, _ = opd_report
    with open_workspace(opd_built.path) as store:
        pack = store.pack()
    level3 = headings(document, 3)
    expected = [f"Indikator {i.number}. {i.name}" for i in pack.indicators]
    assert level3 == expected
    assert len(expected) == 47


def test_summary_states_the_index_with_a_decimal_comma(
    opd_built: Built, opd_report: tuple[Any, Path]
) -> None:
    document, _ = opd_report
    report = index_report(opd_built.path)
    shown = decimal_id(report.result.display)
    assert "," in shown
    text = all_text(document)
    assert f"Indeks SPBE: {shown}" in text
    assert f"Predikat {report.result.predicate}" in text
    assert "Target: 2,60 (Baik)" in text
    domains = list(rows(table_after(document, "Indeks per domain")))
    assert domains[0] == ["No", "Domain", "Bobot (%)", "Indeks"]
    assert [r[1] for r in domains[1:]] == [g.name for g in report.result.groups]
    assert [r[3] for r in domains[1:]] == [decimal_id(g.index) for g in report.result.groups]
    assert [r[2] for r in domains[1:]] == ["13", "25", "16,5", "45,5"]
    aspects = list(rows(table_after(document, "Indeks per aspek")))
    assert len(aspects) == 1 + 8


def test_summary_has_the_chart_as_a_png_with_a_caption(opd_report: tuple[Any, Path]) -> None:
    document, _ = opd_report
    assert len(document.inline_shapes) == 1
    images = [p for p in document.part.package.parts if p.content_type == "image/png"]
    assert len(images) == 1
    assert images[0].blob.startswith(b"\x89PNG")
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert any("1 = Kebijakan Internal SPBE" in c and "target 2,60" in c for c in captions)


def test_plan_lists_steps_with_owners(opd_built: Built, opd_report: tuple[Any, Path]) -> None:
    document, _ = opd_report
    plan = index_report(opd_built.path).plan
    steps = merge_runs(plan.steps)  # one row per run of raises on an indicator
    table = list(rows(table_after(document, "Rencana Peningkatan")))
    assert table[0][-1] == "Penanggung jawab"
    assert len(table) == 1 + len(steps)
    first = steps[0]
    assert table[1][1] == f"{first.number}. {first.name}"
    assert table[1][2] == f"{first.from_level} → {first.to_level}"
    assert table[1][5] == first.owner


def test_indicator_section_shows_level_justification_and_evidence(
    opd_report: tuple[Any, Path],
) -> None:
    document, _ = opd_report
    facts = dict(
        r for r in rows(table_after(document, "Indikator 1. Kebijakan Internal Arsitektur SPBE"))
    )
    assert facts["Tingkat"] == "3 — Terdefinisi"
    assert facts["Status"] == "Siap"
    assert facts["Penjelasan"] == "Pergub Arsitektur SPBE berlaku untuk seluruh OPD."
    assert "Kriteria tingkat 3" in facts
    text = all_text(document)
    assert "pergub-arsitektur.pdf" in text
    assert "12 Maret 2024" in text  # the regulation's date, read from its text
    assert "Belum diisi (dihitung tingkat 1)" in text
    assert "Tidak berlaku" in text


def test_opd_report_shows_the_coordinators_verdict(opd_report: tuple[Any, Path]) -> None:
    document, _ = opd_report
    facts = dict(rows(table_after(document, "Indikator 2. Kebijakan Internal Peta Rencana SPBE")))
    assert facts["Catatan koordinator"] == ("Perlu revisi: Lampirkan Peta Rencana yang ditetapkan.")
    first = dict(rows(table_after(document, "Indikator 1. Kebijakan Internal Arsitektur SPBE")))
    assert "Catatan koordinator" not in first


def test_appendix_lists_every_document_with_its_sha256(
    opd_built: Built, opd_report: tuple[Any, Path]
) -> None:
    document, _ = opd_report
    with open_workspace(opd_built.path) as store:
        docs = store.documents()
    table = list(rows(table_after(document, "Lampiran. Daftar Dokumen")))
    assert table[0][-1] == "SHA-256"
    assert [r[-1] for r in table[1:]] == [d.sha256 for d in docs]
    assert [r[0] for r in table[1:]] == [f"D{k}" for k in range(1, len(docs) + 1)]
    for d in docs:
        assert len(d.sha256) == 64


def test_report_uses_real_word_machinery(opd_report: tuple[Any, Path]) -> None:
    document, _ = opd_report
    body = document.element.body.xml
    assert 'TOC \\o "1-2"' in body
    footer = document.sections[0].footer._element.xml
    assert " PAGE " in footer
    assert " NUMPAGES " in footer
    styles = {t.style.name for t in document.tables}
    assert "Light Grid Accent 1" in styles
    assert document.sections[-1].page_width > document.sections[-1].page_height  # landscape
    settings = document.settings.element.xml
    assert "updateFields" in settings
    assert document.core_properties.language == "id-ID"


def test_cover_has_the_date_in_indonesian_and_the_pack(opd_report: tuple[Any, Path]) -> None:
    document, _ = opd_report
    text = all_text(document)
    assert "29 November 2026" in text
    pack = load_shipped_pack("spbe-2020")
    assert f"spbe-2020 {pack.version}" in text
    assert "Pemerintah Provinsi Maluku Utara" in text
    assert "PROVISIONAL" not in text


def test_pemdi_report_has_aspects_on_top_and_is_marked_provisional(
    pemdi_built: Built,
    tmp_path: Path,
) -> None:
    out = tmp_path / "pemdi.docx"
    summary = run(write_report(pemdi_built.path, out, today=TODAY))
    assert summary.provisional
    document = docx.Document(str(out))
    report = index_report(pemdi_built.path)
    pack = report.pack
    top = headings(document, 1)
    assert not any(h.startswith("Domain") for h in top)
    assert [h for h in top if h.startswith("Aspek")] == [
        f"Aspek {a.number}. {a.name}" for a in pack.aspects
    ]
    assert headings(document, 2).count("Indeks per aspek") == 1
    expected = [f"Indikator {i.number}. {i.name}" for i in pack.indicators]
    assert [h for h in headings(document, 2) if h.startswith("Indikator")] == expected
    text = all_text(document)
    assert "SEMENTARA (PROVISIONAL)" in text
    assert "PROVISIONAL" in document.sections[0].header.paragraphs[0].text
    assert f"Indeks Pemerintah Digital: {decimal_id(report.result.display)}" in text
    aspects = list(rows(table_after(document, "Indeks per aspek")))
    assert len(aspects) == 1 + len(pack.aspects)
    assert "kebijakan-pemdi.pdf" in text


def test_coordinator_report_shows_verdicts_per_opd_and_completeness(
    coordinator_built: tuple[Built, dict[str, int]],
    tmp_path: Path,
) -> None:
    built, _ = coordinator_built
    out = tmp_path / "koordinator.docx"
    run(write_report(built.path, out, today=TODAY))
    document = docx.Document(str(out))
    text = all_text(document)
    assert "Kelengkapan per OPD" in headings(document, 1)
    verdicts = [r for t in document.tables for r in rows(t) if r and r[0] == "Bappeda"]
    assert [
        "Bappeda",
        "3 — Terdefinisi",
        "Siap",
        "Perlu revisi",
        "Lampirkan Pergub yang sudah diundangkan",
    ] in verdicts
    assert any(
        r[0] == "BPKAD" and r[3] == "Diterima"
        for t in document.tables
        for r in rows(t)
        if len(r) == 5
    )
    completeness = {r[0]: r for r in rows(table_after(document, "Kelengkapan per OPD"))}
    assert completeness["Bappeda"][1:] == ["2 / 3", "1", "No. 2 (delta), 12 Oktober 2026"]
    assert completeness["BPKAD"][1:] == ["1 / 2", "1", "-"]
    evidence = list(rows(table_after(document, "Indikator 1. Kebijakan Internal Arsitektur SPBE")))
    assert evidence  # the facts table
    assert "Sumber" in text
    assert "Konsolidasi: mengikuti Bappeda." in text


def test_report_replaces_the_file_atomically(opd_built: Built, tmp_path: Path) -> None:
    out = tmp_path / "laporan.docx"
    out.write_bytes(b"old")
    run(write_report(opd_built.path, out, today=TODAY))
    assert out.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.docx"]


def test_report_into_a_missing_folder_fails_cleanly(opd_built: Built, tmp_path: Path) -> None:
    model = build_report_model(opd_built.path, today=TODAY)
    with pytest.raises(ReportError) as info:
        render_docx(model, tmp_path / "tidak-ada" / "laporan.docx")
    assert info.value.code == "report.io"
    assert "laporan.docx" in info.value.message("id")
    assert not (tmp_path / "tidak-ada").exists()


def test_report_cancelled_leaves_no_file(opd_built: Built, tmp_path: Path) -> None:
    cancel = CancelToken()
    job = write_report(opd_built.path, tmp_path / "laporan.docx", cancel, today=TODAY)
    next(job)
    cancel.cancel()
    with pytest.raises(CancelledError):
        run(job)
    assert list(tmp_path.iterdir()) == []


def test_report_refuses_to_overwrite_the_workspace(opd_built: Built) -> None:
    with pytest.raises(ReportError) as info:
        run(write_report(opd_built.path, opd_built.path))
    assert info.value.code == "report.same_as_workspace"
    assert hashlib.sha256(opd_built.path.read_bytes()).hexdigest()  # still readable
