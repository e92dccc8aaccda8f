"""Bundles and receipts carry evidence items (issue 14, points 7 and 9): the OPD's item links
and notes travel to the coordinator, the coordinator's item verdicts come back in the receipt
and move the OPD's index, and a changed set of documents takes an item's verdict back.

Real Pemdi 2026 workspaces made from a coordinator's kit, real signed bundles and receipts,
generated PDFs.
"""

from __future__ import annotations

import functools
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from spbe_desktop.bundles.bag import RESERVED_INFO, BagEntry, parse_bag_info, write_bag_zip
from spbe_desktop.bundles.envelope import write_signed_json
from spbe_desktop.core.progress import CancelToken, run
from spbe_desktop.errors import BundleError
from spbe_desktop.services import items
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import (
    BUNDLE_FORMAT,
    accept_receipt,
    export_bundle,
    import_bundles,
    issue_receipt,
    load_identity,
    outcome_message,
)
from spbe_desktop.services.workspace import indicators_json
from tests.support.generate import make_pdf
from tests.support.pair import make_pair

INSTANSI = "Pemerintah Kabupaten Halmahera Barat"
UNIT = "Bappeda"


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    """A Pemdi 2026 coordinator and an OPD workspace made from its kit, the OPD's key pinned."""
    pair = make_pair(
        tmp_path, instansi=INSTANSI, unit=UNIT, indicators=["1", "2", "3"], officer="Sari"
    )
    return pair.coordinator, pair.opd.workspace


def _attach(opd: Path, indicator: str, item: str | None, path: Path, text: str) -> None:
    make_pdf(path, [text])
    run(attach_files(opd, indicator, [AttachRequest(path)], item=item))


def _rows(ws: Path, indicator: str, unit: str | None = None) -> dict[str, items.ItemRow]:
    return {r.item.code: r for r in items.item_rows(ws, indicator, unit=unit)}


def _value(ws: Path, number: int) -> float:
    return float(next(r["value"] for r in indicators_json(ws) if r["number"] == number))


def _export_import(opd: Path, koor: Path, out: Path) -> Any:
    summary = run(export_bundle(opd, out))
    assert not summary.nothing_changed
    (outcome,) = run(import_bundles(koor, [out]))
    assert outcome.status == "accepted", outcome_message(outcome, "en")
    return outcome


def _bag(path: Path) -> tuple[dict[str, bytes], dict[str, str], str]:
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        top = names[0].split("/", 1)[0]
        payload = {
            n[len(f"{top}/data/") :]: zf.read(n)
            for n in names
            if n.startswith(f"{top}/data/") and not n.endswith("/")
        }
        info = parse_bag_info(zf.read(f"{top}/bag-info.txt"))
        sig = zf.read(f"{top}/tagmanifest-sha256.txt.minisig").decode().splitlines()
    info = {k: v for k, v in info.items() if k not in RESERVED_INFO}
    return payload, info, sig[2].removeprefix("trusted comment: ")


def _resign(
    src: Path,
    out: Path,
    secret: Any,
    *,
    info: dict[str, str] | None = None,
    payload: dict[str, bytes | None] | None = None,
) -> Path:
    """The bundle signed again with the OPD's own key after a change: what a bundle written by
    another program (or a newer version) would be."""
    files, bag_info, trusted = _bag(src)
    for name, data in (payload or {}).items():
        if data is None:
            files.pop(name)
        else:
            files[name] = data
    bag_info.update(info or {})
    entries = [
        BagEntry(path=rel, size=len(data), sha256=None, open=functools.partial(io.BytesIO, data))
        for rel, data in files.items()
    ]
    run(write_bag_zip(out, entries, bag_info, secret, trusted, cancel=CancelToken()))
    return out


def _state(path: Path) -> list[Any]:
    """Every table a refusal must leave alone."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%fts%' "
                "ORDER BY name"
            )
        ]
        return [(t, conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()) for t in tables]
    finally:
        conn.close()


def test_item_links_notes_and_verdicts_make_the_round_trip(tmp_path: Path) -> None:
    koor, opd = _pair(tmp_path)
    # The OPD offers one document per item and writes the portal note for one of them.
    _attach(opd, "1", "I1-L1-01", tmp_path / "SK Tim Pemdi.pdf", "KEPUTUSAN BUPATI TIM PEMDI")
    _attach(opd, "2", "I2-L1-01", tmp_path / "Katalog Layanan.pdf", "KATALOG LAYANAN DIGITAL")
    _attach(opd, "2", "I2-L1-02", tmp_path / "Notulen.pdf", "NOTULEN RAPAT")
    items.set_item_note(opd, "I1-L1-01", "SK ditetapkan 2025, halaman 3.")
    assert (_value(opd, 1), _value(opd, 2)) == (1.0, 1.0)

    _export_import(opd, koor, tmp_path / "b1.spbebundle")
    # The coordinator sees what the OPD offered, for that OPD only.
    seen = _rows(koor, "1", UNIT)["I1-L1-01"]
    assert [d.file_name for d in seen.documents] == ["SK Tim Pemdi.pdf"]
    assert (str(seen.status), seen.note) == ("attached", "SK ditetapkan 2025, halaman 3.")
    two = _rows(koor, "2", UNIT)
    assert [d.file_name for d in two["I2-L1-02"].documents] == ["Notulen.pdf"]
    assert str(two["I2-L1-03"].status) == "empty"

    # Judged: two accepted, one returned because it is the wrong document.
    items.judge_item(koor, "I1-L1-01", accept=True, unit=UNIT)
    items.judge_item(koor, "I2-L1-01", accept=True, unit=UNIT)
    items.judge_item(
        koor,
        "I2-L1-02",
        accept=False,
        reason="wrong-document",
        note="Ini notulen, bukan SOP layanan.",
        unit=UNIT,
    )
    issue_receipt(koor, UNIT, tmp_path / "r1.spbereceipt")
    summary = accept_receipt(opd, tmp_path / "r1.spbereceipt")
    assert sorted(summary.item_verdicts) == ["I1-L1-01", "I2-L1-01", "I2-L1-02"]

    # The OPD sees the verdicts on its own items, and its index moves with them.
    mine = _rows(opd, "2")
    assert str(mine["I2-L1-01"].status) == "accepted"
    returned = mine["I2-L1-02"]
    assert str(returned.status) == "revision"
    (state,) = returned.states
    assert (state.reason, state.verdict_note, state.verdict_by) == (
        "wrong-document",
        "Ini notulen, bukan SOP layanan.",
        "Budi",
    )
    assert str(_rows(opd, "1")["I1-L1-01"].status) == "accepted"
    # P01 has one required level-1 item: accepted, the indicator stands at 1.5; P02 has two
    # required level-1 items, one accepted: 1.25.
    assert (_value(opd, 1), _value(opd, 2)) == (1.5, 1.25)

    # The OPD answers the revision with another document for the item: the delta carries the
    # changed link, and the coordinator takes back that item's verdict only.
    _attach(opd, "2", "I2-L1-02", tmp_path / "SOP Layanan.pdf", "SOP PELAYANAN DIGITAL")
    outcome = _export_import(opd, koor, tmp_path / "b2.spbebundle")
    assert outcome.cleared_verdicts == ("I2-L1-02",)
    assert "I2-L1-02" in outcome_message(outcome, "en")
    two = _rows(koor, "2", UNIT)
    assert str(two["I2-L1-02"].status) == "attached"
    assert sorted(d.file_name for d in two["I2-L1-02"].documents) == [
        "Notulen.pdf",
        "SOP Layanan.pdf",
    ]
    assert str(two["I2-L1-01"].status) == "accepted"
    assert str(_rows(koor, "1", UNIT)["I1-L1-01"].status) == "accepted"

    # The next receipt takes the returned verdict back at the OPD too; the accepted stay.
    issue_receipt(koor, UNIT, tmp_path / "r2.spbereceipt")
    accept_receipt(opd, tmp_path / "r2.spbereceipt")
    mine = _rows(opd, "2")
    assert (str(mine["I2-L1-01"].status), str(mine["I2-L1-02"].status)) == (
        "accepted",
        "attached",
    )
    assert (_value(opd, 1), _value(opd, 2)) == (1.5, 1.25)


def test_a_changed_note_or_a_removed_item_link_is_a_change(tmp_path: Path) -> None:
    koor, opd = _pair(tmp_path)
    _attach(opd, "1", "I1-L1-01", tmp_path / "SK.pdf", "KEPUTUSAN")
    items.set_item_note(opd, "I1-L1-01", "Catatan pertama.")
    _export_import(opd, koor, tmp_path / "b1.spbebundle")
    items.judge_item(koor, "I1-L1-01", accept=True, unit=UNIT)
    issue_receipt(koor, UNIT, tmp_path / "r1.spbereceipt")
    accept_receipt(opd, tmp_path / "r1.spbereceipt")
    # Accepting the receipt (which recorded an item verdict) is not itself a change to send.
    assert run(export_bundle(opd, tmp_path / "none.spbebundle")).nothing_changed

    # Only the note changes: a delta, and the verdict stays (the documents did not change).
    items.set_item_note(opd, "I1-L1-01", "Catatan diperbarui.")
    outcome = _export_import(opd, koor, tmp_path / "b2.spbebundle")
    assert outcome.cleared_verdicts == ()
    row = _rows(koor, "1", UNIT)["I1-L1-01"]
    assert (row.note, str(row.status)) == ("Catatan diperbarui.", "accepted")

    # The note emptied and the document taken off the item (it stays on the indicator): the
    # coordinator follows, and the item, without its document, loses its verdict.
    items.set_item_note(opd, "I1-L1-01", "")
    from spbe_desktop.store.workspace_store import WorkspaceStore

    with WorkspaceStore.open(opd) as store:
        (doc,) = store.documents()
        store.unlink_item(doc.id, "I1-L1-01", "Sari")
    outcome = _export_import(opd, koor, tmp_path / "b3.spbebundle")
    assert outcome.cleared_verdicts == ("I1-L1-01",)
    row = _rows(koor, "1", UNIT)["I1-L1-01"]
    assert (row.note, str(row.status), row.documents) == ("", "empty", ())
    with WorkspaceStore.open(koor) as store:
        opd_id = store.opd_by_name(UNIT).id  # type: ignore[union-attr]
        (held,) = store.documents(opd_id)
        assert held.items == () and [i for i, _lv in held.links] == ["P01"]


def test_the_bundle_names_its_format_and_carries_the_items(tmp_path: Path) -> None:
    _koor, opd = _pair(tmp_path)
    _attach(opd, "1", "I1-L1-01", tmp_path / "SK.pdf", "KEPUTUSAN")
    items.set_item_note(opd, "I1-L1-01", "Halaman 3.")
    run(export_bundle(opd, tmp_path / "b.spbebundle"))
    files, info, _ = _bag(tmp_path / "b.spbebundle")
    assert info["SPBE-Format"] == BUNDLE_FORMAT == "spbe-desktop/bundle-2"
    assert json.loads(files["workspace.json"])["format"] == BUNDLE_FORMAT
    (doc,) = json.loads(files["documents.json"])["documents"]
    assert doc["items"] == ["I1-L1-01"]
    (note,) = json.loads(files["items.json"])["notes"]
    assert (note["code"], note["note"]) == ("I1-L1-01", "Halaman 3.")


@pytest.mark.parametrize(
    ("where", "edit", "needle"),
    [
        (
            "documents.json",
            lambda d: [{**x, "items": ["I1-L9-01"]} for x in d["documents"]],
            "item I1-L9-01",
        ),
        (
            "documents.json",
            lambda d: [{**x, "items": ["I5-L1-01"]} for x in d["documents"]],
            "without a link to P05",
        ),
        ("items.json", lambda d: [{"code": "X-99", "note": "?"}], "item X-99"),
        ("items.json", None, "items.json"),
    ],
    ids=["unknown-code", "item-of-another-indicator", "unknown-note-code", "no-items-json"],
)
def test_item_codes_are_checked_against_the_pack(
    tmp_path: Path, where: str, edit: Any, needle: str
) -> None:
    """The pack hashes match, so a code the pack lacks means a bundle this program did not
    write: refused naming the code, nothing changed."""
    koor, opd = _pair(tmp_path)
    _attach(opd, "1", "I1-L1-01", tmp_path / "SK.pdf", "KEPUTUSAN")
    run(export_bundle(opd, tmp_path / "b.spbebundle"))
    files, _, _ = _bag(tmp_path / "b.spbebundle")
    if edit is None:
        change: dict[str, bytes | None] = {where: None}
    else:
        doc = json.loads(files[where])
        key = "documents" if where == "documents.json" else "notes"
        change = {where: json.dumps({**doc, key: edit(doc)}).encode()}
    bad = _resign(
        tmp_path / "b.spbebundle", tmp_path / "bad.spbebundle", load_identity(opd), payload=change
    )
    before = _state(koor)
    (outcome,) = run(import_bundles(koor, [bad]))
    assert (outcome.status, outcome.code) == ("refused", "import.bad_content")
    assert needle in outcome.params["detail"]
    assert needle in outcome_message(outcome, "en")
    assert _state(koor) == before


def test_a_bundle_in_a_newer_format_is_refused_naming_it(tmp_path: Path) -> None:
    koor, opd = _pair(tmp_path)
    run(export_bundle(opd, tmp_path / "b.spbebundle"))
    newer = _resign(
        tmp_path / "b.spbebundle",
        tmp_path / "newer.spbebundle",
        load_identity(opd),
        info={"SPBE-Format": "spbe-desktop/bundle-3"},
    )
    before = _state(koor)
    (outcome,) = run(import_bundles(koor, [newer]))
    assert (outcome.status, outcome.code) == ("refused", "import.newer_format")
    text = outcome_message(outcome, "en")
    assert "spbe-desktop/bundle-3" in text and "update spbe-desktop" in text
    assert _state(koor) == before


def _receipt(koor: Path, out: Path, **changes: Any) -> Path:
    """The coordinator's own receipt with its payload changed, signed with its key."""
    issue_receipt(koor, UNIT, out)
    payload = json.loads(out.read_text(encoding="utf-8"))["payload"]
    for key, value in changes.items():
        if value is None:
            payload.pop(key)
        else:
            payload[key] = value
    write_signed_json(out, "receipt", payload, load_identity(koor), "spbe-receipt test")
    return out


def test_a_receipt_without_items_is_still_accepted(tmp_path: Path) -> None:
    """A receipt from a coordinator on the previous version (no format, no items) is
    accepted; it leaves the OPD's item verdicts as they were."""
    koor, opd = _pair(tmp_path)
    _attach(opd, "1", "I1-L1-01", tmp_path / "SK.pdf", "KEPUTUSAN")
    _export_import(opd, koor, tmp_path / "b1.spbebundle")
    items.judge_item(koor, "I1-L1-01", accept=True, unit=UNIT)
    issue_receipt(koor, UNIT, tmp_path / "r1.spbereceipt")
    accept_receipt(opd, tmp_path / "r1.spbereceipt")
    old = _receipt(koor, tmp_path / "old.spbereceipt", format=None, items=None)
    summary = accept_receipt(opd, old)
    assert summary.item_verdicts == {}
    assert str(_rows(opd, "1")["I1-L1-01"].status) == "accepted"
    assert _value(opd, 1) == 1.5


@pytest.mark.parametrize(
    ("changes", "code", "needle"),
    [
        (
            {"items": {"I1-L9-01": {"verdict": "accepted"}}},
            "exchange.receipt_bad_content",
            "item I1-L9-01",
        ),
        (
            {"items": {"I1-L1-01": {"verdict": "revision", "reason": "lost"}}},
            "exchange.receipt_bad_content",
            "reason of I1-L1-01",
        ),
        ({"format": "spbe-desktop/receipt-9"}, "exchange.receipt_newer_format", "receipt-9"),
    ],
    ids=["unknown-code", "unknown-reason", "newer-format"],
)
def test_a_receipt_the_program_did_not_write_changes_nothing(
    tmp_path: Path, changes: dict[str, Any], code: str, needle: str
) -> None:
    koor, opd = _pair(tmp_path)
    _attach(opd, "1", "I1-L1-01", tmp_path / "SK.pdf", "KEPUTUSAN")
    _export_import(opd, koor, tmp_path / "b1.spbebundle")
    bad = _receipt(koor, tmp_path / "bad.spbereceipt", **changes)
    before = _state(opd)
    with pytest.raises(BundleError) as refused:
        accept_receipt(opd, bad)
    assert refused.value.code == code
    assert needle in str(refused.value.params)
    assert _state(opd) == before


def test_dashboard_counts_an_indicator_with_evidence_as_answered_under_the_items_rule(
    tmp_path: Path,
) -> None:
    """No level is claimed in Pemdi 2026: the OPD's completeness counts the indicators it sent
    evidence for (the dashboard said "0 dari 3" for every OPD)."""
    from spbe_desktop.services.coordinator import dashboard

    koor, opd = _pair(tmp_path)
    _attach(opd, "1", "I1-L1-01", tmp_path / "sk.pdf", "KEPUTUSAN BUPATI")
    _attach(opd, "2", "I2-L1-01", tmp_path / "katalog.pdf", "KATALOG LAYANAN")
    _export_import(opd, koor, tmp_path / "b.zip")
    (row,) = dashboard(koor).opds
    assert (row.answered, row.assigned) == (2, 3)
    assert dashboard(koor).indicator_completeness["P01"] == (1, 1)
