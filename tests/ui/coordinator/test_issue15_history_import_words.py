"""Issue 15, coordinator side: the history in sentences, the import report worded for the app's
users, a trust dialog that warns only when a key is really replaced, and one word for each
thing ("hasil pemeriksaan", "paket") in sentence-case titles.

Real workspaces: the SPBE 2020 round of ``conftest.py`` (OPD workspaces, generated PDFs,
signed bundles), imported with the services or through the window's import tab.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from spbe_desktop.services.exchange import (
    outcome_message,
    read_identity_card,
    register_opd,
)
from spbe_desktop.services.workspace import open_workspace
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.dialogs import FingerprintRequest
from spbe_desktop.ui.coordinator.history_models import HistoryColumn
from spbe_desktop.ui.coordinator.import_models import ReportColumn
from tests.ui.coordinator.test_trust_replace import new_bappeda


def _column(model: Any, column: int) -> list[str]:
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


# ---------------------------------------------------------------------------- history
def test_history_tells_each_change_in_a_sentence_with_names_and_titles(
    inline_window: Any, round_: Any
) -> None:
    w = inline_window(
        trust=("Bappeda", "Dinas Kesehatan"),
        files=(round_.opds["Bappeda"].bundles[0], round_.opds["Dinas Kesehatan"].bundles[0]),
    )
    with open_workspace(round_.coordinator) as store:  # an action no sentence knows yet
        store.audit("Budi", "survey.sent", "opd:Bappeda", None, {"opd_id": 3, "x": [1]})
    w.tabs.setCurrentWidget(w.history)
    model = w.history.model
    events = _column(model, HistoryColumn.EVENT)
    assert events[0] == "Tercatat perubahan jenis survey.sent pada Bappeda."
    assert "Dinas Kesehatan mengirim paket 0 dokumen baru (paket ke-1)." in events
    assert "Bappeda mengirim paket 2 dokumen baru (paket ke-1)." in events
    assert "Bappeda menambahkan dokumen “Masterplan TIK”." in events
    assert "Dokumen “Renstra Bappeda” ditautkan ke indikator 12." in events
    assert "Bappeda menjawab indikator 11 dengan tingkat 3." in events
    assert any(e.startswith("Kunci Dinas Kesehatan disematkan (sidik jari ") for e in events)
    assert events[-1] == "Ruang kerja dibuat."
    # No raw dumps anywhere: not in a cell, not in a tooltip.
    shown = [
        str(model.index(r, c).data(role) or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        for role in (0, 3)  # DisplayRole, ToolTipRole
    ]
    for raw in ("opd_id", "sha256", "{", "document:", "bundle:", "answer:"):
        assert not [s for s in shown if raw in s], raw
    assert w.history.count.text() == f"{model.rowCount()} catatan."


# ---------------------------------------------------------------------------- import report
def _tamper_document(bundle: Path, sha: str, out: Path) -> Path:
    """The same bundle with one document's bytes changed (same size): its hash no longer
    matches the signed manifest."""
    with zipfile.ZipFile(bundle) as zin:
        infos = zin.infolist()
        members = {i.filename: zin.read(i.filename) for i in infos}
    (name,) = [n for n in members if f"/documents/{sha}" in n]
    body = bytearray(members[name])
    body[len(body) // 2] ^= 0xFF
    members[name] = bytes(body)
    with zipfile.ZipFile(out, "w") as zout:
        for i in infos:
            zout.writestr(i, members[i.filename])
    return out


def test_import_report_names_documents_and_says_what_to_do_in_the_app(
    inline_window: Any, round_: Any
) -> None:
    w = inline_window(trust=("Bappeda",))
    masterplan = round_.root / "berkas" / "masterplan-tik.pdf"
    sha = hashlib.sha256(masterplan.read_bytes()).hexdigest()
    broken = _tamper_document(
        round_.opds["Bappeda"].bundles[0], sha, round_.root / "bappeda-rusak.zip"
    )
    unknown = round_.opds["Dinas Kesehatan"].bundles[0]  # its key was never pinned
    w.import_files([broken, unknown])
    report = w.import_tab.report_model
    rows = {
        report.index(r, ReportColumn.FILE).data(): (
            report.index(r, ReportColumn.RESULT).data(),
            report.index(r, ReportColumn.DETAIL).data(),
        )
        for r in range(report.rowCount())
    }
    result, detail = rows[broken.name]
    assert result == "Ditolak"
    assert "“Masterplan TIK”" in detail
    assert "documents/" not in detail and sha not in detail
    assert "bundel" not in detail.lower() and "paket" in detail
    result, detail = rows[unknown.name]
    assert result == "Karantina"
    assert "spbe trust" not in detail
    assert "Putuskan kepercayaan" in detail and "lewat telepon" in detail
    # The command line keeps its own words.
    quarantined = next(r.outcome for r in report.rows() if r.path == unknown)
    assert quarantined is not None
    assert "'spbe trust'" in outcome_message(quarantined, "id")


# ---------------------------------------------------------------------------- trust dialog
def _asked_requests(monkeypatch: pytest.MonkeyPatch) -> list[FingerprintRequest]:
    seen: list[FingerprintRequest] = []

    def confirm(_parent: Any, request: FingerprintRequest) -> str | None:
        seen.append(request)
        return None  # declined: nothing is pinned

    monkeypatch.setattr(prompts, "confirm_fingerprint", confirm)
    return seen


def test_first_key_of_a_registered_opd_is_a_plain_confirmation(
    inline_window: Any, round_: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    register_opd(round_.coordinator, "Dinas Kesehatan")  # registered, no key yet
    w = inline_window(trust=("Bappeda",))
    w.import_files([round_.opds["Dinas Kesehatan"].bundles[0]])
    seen = _asked_requests(monkeypatch)
    w.import_tab.trust_button.click()
    (request,) = seen
    fingerprint = read_identity_card(round_.opds["Dinas Kesehatan"].card).fingerprint
    assert request.default_name == "Dinas Kesehatan"
    assert request.fingerprint == fingerprint
    assert request.title == "Percayai kunci OPD?"
    assert request.warning == ""  # no key to replace, so no word of replacing one


def test_replacing_a_working_key_warns_with_both_fingerprints(
    inline_window: Any, round_: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = inline_window(trust=("Bappeda",))
    old = read_identity_card(round_.opds["Bappeda"].card).fingerprint
    card, bundle = new_bappeda(tmp_path)
    new = read_identity_card(card).fingerprint
    w.import_files([bundle])
    seen = _asked_requests(monkeypatch)
    w.import_tab.trust_button.click()
    (request,) = seen
    assert request.title == "Ganti kunci OPD?"
    assert request.fingerprint == new
    assert request.warning.startswith(
        f"Bappeda sudah memiliki kunci tersemat yang masih berlaku (sidik jari {old})."
    )
    assert "akan ditolak" in request.warning


# ---------------------------------------------------------------------------- words
def _texts(root: QWidget) -> list[str]:
    """Every text the coordinator window shows or announces, tabs and headers included."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        out += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            out.append(widget.text())
        if isinstance(widget, QLineEdit):
            out.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            out.append(widget.title())
        if isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            out += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            out += [str(model.headerData(c, 1) or "") for c in range(model.columnCount())]
    return [t for t in out if t]


#: Words that keep their capitals inside a title: acronyms and the framework's names.
_CAPITALISED = re.compile(r"^(?:[A-Z]{2,}|SPBE|Pemdi|%\d)\W*$")


def _sentence_case(title: str) -> bool:
    words = title.replace("&", "").split()
    return all(not w[:1].isupper() or _CAPITALISED.match(w) for w in words[1:])


def test_one_word_for_each_thing_and_sentence_case_titles(inline_window: Any, round_: Any) -> None:
    w = inline_window(trust=("Bappeda",), files=(round_.opds["Bappeda"].bundles[0],))
    for tab in range(w.tabs.count()):
        w.tabs.setCurrentIndex(tab)
    texts = _texts(w)
    assert len(texts) > 100
    for word in ("vonis", "bundel", "bundle"):
        assert not [t for t in texts if word in t.lower()], word
    assert any("Hasil pemeriksaan" in t for t in texts)
    titles = [g.title() for g in w.findChildren(QGroupBox)]
    titles += [w.tabs.tabText(i) for i in range(w.tabs.count())]
    titles += [lbl.text() for lbl in w.findChildren(QLabel) if lbl.objectName() == "sectionTitle"]
    assert len(titles) > 10
    assert [t for t in titles if not _sentence_case(t)] == []


def test_every_audited_action_has_its_own_sentence() -> None:
    """An action written to the audit log anywhere in the source is told by its own sentence,
    not by the generic one (a new action without a sentence fails here)."""
    import ast

    import spbe_desktop
    from spbe_desktop.services.history import _TELLERS

    action = re.compile(r"^[a-z]+\.[a-z_]+$")
    found: set[str] = set()
    for path in Path(spbe_desktop.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "func", None)
            if isinstance(node, ast.Call) and getattr(name, "attr", getattr(name, "id", "")) in (
                "_audit",
                "audit",
                "append_audit",
                "_put_state",
            ):
                found |= {
                    a.value
                    for a in node.args
                    if isinstance(a, ast.Constant)
                    and isinstance(a.value, str)
                    and action.match(a.value)
                }
    assert {"bundle.import", "result.remove", "calendar.set", "item.verdict"} <= found
    assert found - set(_TELLERS) == set()
