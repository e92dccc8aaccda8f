"""A new period's workspace from last period's (issue 16, point 2), on real workspace files.

The same framework brings the documents along once each, by hash, with their metadata, re-links
them to the same items and indicators and marks them "dari periode lalu — periksa", never
carrying a judgement; SPBE 2020 → Pemdi 2026 suggests links through the shipped mapping of the
47 indicators onto the 20 (or a coordinator's corrected copy); expired documents stay behind
and are listed; the old workspace is only read; a cancel leaves nothing behind.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from spbe_desktop.core.packs import load_shipped_pack
from spbe_desktop.core.progress import CancelToken, run
from spbe_desktop.errors import CancelledError, PackError, StoreError, UsageError
from spbe_desktop.services import items
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.carry_forward import (
    TEMP_PREFIX,
    CarryForwardResult,
    carry_forward,
    check_carried,
)
from spbe_desktop.services.exchange import revoke_opd, trust_card, write_identity_card
from spbe_desktop.services.maintenance import check_workspace
from spbe_desktop.services.workspace import assess, init_workspace, open_workspace
from tests.support.generate import make_pdf

ROOT = Path(__file__).resolve().parents[3]
SHIPPED_MAPPING = ROOT / "spbe_desktop" / "packs" / "mapping-spbe2020-pemdi2026.json"
OLD_VERSION = ROOT / "tests" / "fixtures" / "old_workspace" / "opd-spbe2020.spbe.gz"
INSTANSI = "Pemerintah Kabupaten Halmahera Barat"

#: Part 2 of the reference (spbe-2020-ladder-and-mapping.md), the rows these tests use.
REFERENCE = {
    "I01": {"P01", "P15"},
    "I05": {"P14"},
    "I10": {"P04", "P01"},
    "I11": {"P01", "P15", "P14", "P13", "P18"},
    "I13": {"P01"},
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def attach(
    ws: Path, indicator: str | None, file: Path, item: str | None = None, **meta: Any
) -> int:
    (result,) = run(attach_files(ws, indicator, [AttachRequest(file, **meta)], item=item))
    return result.document_id


def new_period(new: Path, old: Path, **kwargs: Any) -> CarryForwardResult:
    return run(carry_forward(new, old, **kwargs))


def docs_by_sha(ws: Path) -> dict[str, Any]:
    with open_workspace(ws) as store:
        docs = store.documents()
        assert len({d.sha256 for d in docs}) == len(docs)  # every document once
        return {d.sha256: d for d in docs}


def leftovers(folder: Path) -> list[str]:
    """What a run may leave beside the workspaces: temporary folders, SQLite side files."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith(TEMP_PREFIX) or p.name.endswith(("-wal", "-shm", ".bak", ".part"))
    )


# ------------------------------------------------------------------------ same framework
@pytest.fixture
def pemdi_coordinator(tmp_path: Path) -> dict[str, Any]:
    """A Pemdi 2026 coordinator with its own evidence, judged, scored and noted; an OPD trusted,
    another revoked."""
    w = tmp_path
    ws = w / "koordinator-2026.spbe"
    init_workspace(
        ws,
        role="coordinator",
        instansi=INSTANSI,
        unit="Diskominfo",
        officer="Budi",
        framework="pemdi-2026",
        period="2026",
    )
    sk = make_pdf(w / "SK Tim Pemdi.pdf", ["KEPUTUSAN BUPATI TENTANG TIM KOORDINASI PEMDI"])
    renstra = make_pdf(w / "Renstra.pdf", ["RENCANA STRATEGIS DINAS KOMINFO 2025-2029"])
    audit = make_pdf(w / "Sertifikat Audit.pdf", ["SERTIFIKAT AUDIT KEAMANAN 2025"])
    edge = make_pdf(w / "Izin.pdf", ["IZIN PENYELENGGARAAN SAMPAI 1 JANUARI 2027"])
    meta = {
        "title": "SK Tim Koordinasi Pemdi",
        "kind": "Keputusan/SK",
        "number": "100.3.3/12/2025",
        "issued": "2025-03-01",
        "valid_until": "2029-12-31",
        "issuer": "Bupati Halmahera Barat",
    }
    sk_id = attach(ws, "4", sk, "I4-L1-01", **meta)
    assert attach(ws, "1", sk, "I1-L2-03") == sk_id  # the same bytes: one document, two items
    attach(ws, "13", renstra, title="Renstra Diskominfo", level=2)
    attach(ws, "9", audit, "I9-L1-01", title="Sertifikat audit", valid_until="2026-06-30")
    attach(ws, "14", edge, title="Izin penyelenggaraan", valid_until="2027-01-01")
    # Judgements of the old period, none of which may come along.
    items.judge_item(ws, "I4-L1-01", accept=True, note="Sesuai.")
    items.judge_item(ws, "I1-L2-03", accept=False, reason="wrong-document")
    items.set_item_note(ws, "I4-L1-01", "SK halaman 2.")
    items.record_external(ws, "5", score="68.75", source="SDI 2026")
    items.record_result(ws, "1", "2.0", stage="dokumen", note="Hasil asesor")
    assess(ws, "13", level=2, note="Renstra memuat aplikasi.")
    for unit in ("Bappeda", "Inspektorat"):
        opd = w / f"{unit}.spbe"
        init_workspace(opd, role="opd", instansi=INSTANSI, unit=unit, framework="pemdi-2026")
        write_identity_card(opd, w / f"{unit}.card")
        trust_card(ws, w / f"{unit}.card")
    revoke_opd(ws, "Inspektorat")
    return {"ws": ws, "sk": sk, "renstra": renstra, "audit": audit, "edge": edge, "meta": meta}


def test_same_framework_carries_documents_once_relinked_and_marked_never_judged(
    pemdi_coordinator: dict[str, Any], tmp_path: Path
) -> None:
    old = pemdi_coordinator["ws"]
    before = sha256(old)
    with open_workspace(old) as store:
        old_profile = store.profile()
        old_docs = {d.sha256: d for d in store.documents()}
        old_opds = store.opds()
    new = tmp_path / "koordinator-2027.spbe"

    result = new_period(new, old)

    assert sha256(old) == before  # only read
    assert leftovers(tmp_path) == []
    assert result.same_framework and result.framework.startswith("pemdi-2026 ")
    # Expired before 1 January 2027: left behind and listed; valid until that day: carried.
    audit_sha = sha256(pemdi_coordinator["audit"])
    assert [(e.title, e.valid_until, e.sha256) for e in result.expired] == [
        ("Sertifikat audit", "2026-06-30", audit_sha)
    ]
    assert result.period_starts == "2027-01-01"
    carried = docs_by_sha(new)
    assert set(carried) == set(old_docs) - {audit_sha}
    assert len(result.carried) == 3
    assert result.bytes == sum(old_docs[s].size for s in carried)
    # Metadata, bytes and what was read from them, as they were.
    fields = ("file_name", "title", "kind", "number", "issued", "valid_until", "issuer")
    fields += ("size", "mime", "page_count", "has_text_layer", "warnings")
    for sha, doc in carried.items():
        assert {f: getattr(doc, f) for f in fields} == {
            f: getattr(old_docs[sha], f) for f in fields
        }
    sk = carried[sha256(pemdi_coordinator["sk"])]
    assert sk.title == pemdi_coordinator["meta"]["title"]
    with open_workspace(new) as store:
        assert (
            b"".join(store.open_blob(sk.sha256).iter_chunks())
            == pemdi_coordinator["sk"].read_bytes()
        )
    # The same items and indicators, at the levels they had.
    for sha, doc in carried.items():
        assert doc.items == old_docs[sha].items
        assert doc.links == old_docs[sha].links
    assert sk.items == ("I1-L2-03", "I4-L1-01")
    assert carried[sha256(pemdi_coordinator["renstra"])].links == (("P13", 2),)
    assert (result.relinked_items, result.relinked_indicators) == (2, 4)
    assert result.suggestions == () and result.not_relinked == ()
    # Marked, unchecked; no verdict, note, level, score or assessor result came along.
    with open_workspace(new) as store:
        marks = store.carried_marks()
        assert {m.how for m in marks.values()} == {"relinked"}
        assert {(m.from_period, m.checked_at) for m in marks.values()} == {("2026", None)}
        assert set(marks) == {d.id for d in carried.values()}
        assert store.item_states() == []
        assert store.external_scores() == {}
        assert store.assessor_results() == []
        assert store.all_answers() == []
        new_profile = store.profile()
        new_opds = store.opds()
        revoked = store.revoked_keys()
    rows = {r.item.code: r for r in items.item_rows(new, "4")}
    assert str(rows["I4-L1-01"].status) == "attached"  # waiting for a new judgement
    (doc_json,) = next(r for r in items.items_json([rows["I4-L1-01"]]))["documents"]
    assert doc_json["carried"] == {
        "from_period": "2026",
        "from_framework": result.previous_framework,
        "how": "relinked",
        "checked_at": None,
    }
    # Same people, same key (so the OPDs' bundles need no re-trust), a new workspace and period.
    for f in ("role", "instansi", "unit", "officer", "key_id", "public_key", "target"):
        assert getattr(new_profile, f) == getattr(old_profile, f), f
    assert new_profile.period == "2027"
    assert new_profile.workspace_uuid != old_profile.workspace_uuid
    strip = ("id",)
    assert [{k: v for k, v in vars_(o).items() if k not in strip} for o in new_opds] == [
        {k: v for k, v in vars_(o).items() if k not in strip} for o in old_opds
    ]
    assert [r.opd_name for r in revoked] == ["Inspektorat"]
    assert (result.opds, result.revoked_keys) == (2, 1)
    assert run(check_workspace(new)).ok


def vars_(record: Any) -> dict[str, Any]:
    return {f: getattr(record, f) for f in record.__slots__}


def test_a_checked_document_shows_as_checked(
    pemdi_coordinator: dict[str, Any], tmp_path: Path
) -> None:
    new = tmp_path / "next.spbe"
    new_period(new, pemdi_coordinator["ws"])
    sk = docs_by_sha(new)[sha256(pemdi_coordinator["sk"])]
    check_carried(new, sk.id)
    (row,) = [r for r in items.item_rows(new, "4") if r.item.code == "I4-L1-01"]
    assert row.carried[sk.id].checked_at is not None
    assert row.carried[sk.id].checked_by == "Budi"


def test_the_old_workspace_is_read_while_the_app_holds_it(
    pemdi_coordinator: dict[str, Any], tmp_path: Path
) -> None:
    old = pemdi_coordinator["ws"]
    with open_workspace(old) as held:  # the app's own connection, as a window keeps it
        held.profile()
        result = new_period(tmp_path / "next.spbe", old)
        assess(old, "14", level=1)  # the app goes on writing afterwards
        assert held.answers()["P14"].level == 1
    assert len(result.carried) == 3


# ------------------------------------------------------------------------ SPBE 2020 → Pemdi
@pytest.fixture
def spbe_opd(tmp_path: Path) -> dict[str, Any]:
    """An SPBE 2020 OPD workspace of period 2026 with evidence on mapped indicators."""
    w = tmp_path
    ws = w / "bappeda-2026.spbe"
    init_workspace(
        ws, role="opd", instansi=INSTANSI, unit="Bappeda", officer="Sari", framework="spbe-2020"
    )
    files = {
        "perwal": make_pdf(w / "Perwal Arsitektur.pdf", ["PERATURAN BUPATI ARSITEKTUR SPBE"]),
        "sk_tim": make_pdf(w / "SK Tim SPBE.pdf", ["KEPUTUSAN BUPATI TIM KOORDINASI SPBE"]),
        "arsitektur": make_pdf(w / "Arsitektur.pdf", ["DOKUMEN ARSITEKTUR SPBE 2024-2028"]),
        "pusat_data": make_pdf(w / "Pusat Data.pdf", ["KEBIJAKAN LAYANAN PUSAT DATA"]),
        "foto": make_pdf(w / "Foto kegiatan.pdf", ["DOKUMENTASI"]),
        "audit": make_pdf(w / "Audit.pdf", ["LAPORAN AUDIT INFRASTRUKTUR 2024"]),
    }
    attach(ws, "1", files["perwal"], title="Perwal Arsitektur", level=2, valid_until="2030-01-01")
    attach(ws, "13", files["perwal"], level=3)
    attach(ws, "10", files["sk_tim"], title="SK Tim SPBE", level=2)
    attach(ws, "11", files["arsitektur"], title="Arsitektur", level=3)
    attach(ws, "5", files["pusat_data"], title="Pusat Data")
    attach(ws, None, files["foto"], title="Foto kegiatan")
    attach(ws, "29", files["audit"], title="Audit", valid_until="2025-12-31")
    assess(ws, "1", level=3, note="Perwal ditetapkan.")
    return {"ws": ws, **files}


def test_spbe_2020_into_pemdi_suggests_links_through_the_mapping(
    spbe_opd: dict[str, Any], tmp_path: Path
) -> None:
    old = spbe_opd["ws"]
    before = sha256(old)
    new = tmp_path / "bappeda-2027.spbe"

    result = new_period(new, old)

    assert sha256(old) == before and leftovers(tmp_path) == []
    assert not result.same_framework
    assert result.framework.startswith("pemdi-2026 ") and result.profile.period == "2027"
    assert result.mapping is not None and result.mapping.startswith("spbe2020-pemdi2026 ")
    assert result.mapping_provisional
    # Every valid document exactly once; the expired one left out and listed.
    with open_workspace(old) as store:
        valid = {d.sha256 for d in store.documents()} - {sha256(spbe_opd["audit"])}
    carried = docs_by_sha(new)
    assert set(carried) == valid
    assert [e.title for e in result.expired] == ["Audit"]
    # Links where the reference's rows lead, never at a level of their own.
    expected = {
        "perwal": REFERENCE["I01"] | REFERENCE["I13"],
        "sk_tim": REFERENCE["I10"],
        "arsitektur": REFERENCE["I11"],
        "pusat_data": REFERENCE["I05"],
        "foto": set(),
    }
    for name, targets in expected.items():
        doc = carried[sha256(spbe_opd[name])]
        assert {ind for ind, _ in doc.links} == targets, name
    sk_tim = carried[sha256(spbe_opd["sk_tim"])]
    # The one item the mapping names (SPBE 10's decree is Pemdi 4's level-1 item), at its level.
    assert sk_tim.items == ("I4-L1-01",)
    assert dict(sk_tim.links) == {"P04": 1, "P01": None}
    assert all(level is None for d in carried.values() for ind, level in d.links if ind != "P04")
    by_target = {(s.title, s.indicator_id): s for s in result.suggestions}
    perwal_p15 = by_target[("Perwal Arsitektur", "P15")]
    assert (perwal_p15.basis, perwal_p15.from_numbers) == ("inferred", (1,))
    perwal_p01 = by_target[("Perwal Arsitektur", "P01")]
    assert (perwal_p01.basis, perwal_p01.from_numbers, perwal_p01.needs_update) == (
        "source",
        (1, 13),
        True,
    )
    assert by_target[("Arsitektur", "P18")].context_only  # valued from a national index
    assert {s.title for s in result.suggestions} == {
        "Perwal Arsitektur",
        "SK Tim SPBE",
        "Arsitektur",
        "Pusat Data",
    }
    with open_workspace(new) as store:
        marks = store.carried_marks()
        assert store.item_states() == [] and store.all_answers() == []
    how = {carried[s].title: marks[carried[s].id].how for s in carried}
    assert how == {
        "Perwal Arsitektur": "suggested",
        "SK Tim SPBE": "suggested",
        "Arsitektur": "suggested",
        "Pusat Data": "suggested",
        "Foto kegiatan": "unlinked",
    }
    assert {m.from_framework for m in marks.values()} == {result.previous_framework}
    (row,) = [r for r in items.item_rows(new, "4") if r.item.code == "I4-L1-01"]
    assert str(row.status) == "attached"  # a suggestion, never accepted
    assert run(check_workspace(new)).ok


def test_a_corrected_mapping_file_is_followed(spbe_opd: dict[str, Any], tmp_path: Path) -> None:
    data = json.loads(SHIPPED_MAPPING.read_text(encoding="utf-8"))
    data["version"] = "0.1.0-koordinator"
    for row in data["map"]:
        if row["from"] == "I11":
            row["to"] = [{"indicator": "P14", "basis": "inferred", "item": "I14-L1-01"}]
        if row["from"] == "I10":
            row["to"] = [{"indicator": "P04", "basis": "source", "sources": ["kami"]}]
    corrected = tmp_path / "pemetaan-koreksi.json"
    corrected.write_text(json.dumps(data), encoding="utf-8")

    result = new_period(tmp_path / "bappeda-2027.spbe", spbe_opd["ws"], mapping=corrected)

    assert result.mapping == "spbe2020-pemdi2026 0.1.0-koordinator"
    assert result.mapping_file == "pemetaan-koreksi.json"
    carried = docs_by_sha(tmp_path / "bappeda-2027.spbe")
    arsitektur = carried[sha256(spbe_opd["arsitektur"])]
    assert (arsitektur.links, arsitektur.items) == ((("P14", 1),), ("I14-L1-01",))
    sk_tim = carried[sha256(spbe_opd["sk_tim"])]
    assert (sk_tim.links, sk_tim.items) == ((("P04", None),), ())
    (s,) = [s for s in result.suggestions if s.title == "SK Tim SPBE"]
    assert s.sources == ("kami",)


def _broken(tmp_path: Path, change: Any) -> Path:
    data = json.loads(SHIPPED_MAPPING.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "pemetaan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _set(path: list[Any], value: Any) -> Any:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value

    return change


@pytest.mark.parametrize(
    ("change", "field", "detail"),
    [
        (_set(["from"], "pemdi-2026"), "$.from", "the old workspace uses 'spbe-2020'"),
        (_set(["map", 0, "to", 0, "indicator"], "P21"), "$.map[0].to[0].indicator", "'P21'"),
        (_set(["map", 0, "to", 0, "item"], "I9-L1-01"), "$.map[0].to[0].item", "belongs to P09"),
        (_set(["map", 2, "to", 1, "basis"], "maybe"), "$.map[2].to[1].basis", "source"),
        (_set(["map", 3, "from"], "I48"), "$.map[3].from", "'I48'"),
        (_set(["map", 4, "from"], "I01"), "$.map[4].from", "mapped twice"),
        (_set(["map"], []), "$.map", "non-empty list"),
    ],
    ids=[
        "wrong-from",
        "unknown-target",
        "foreign-item",
        "basis",
        "unknown-source",
        "twice",
        "empty",
    ],
)
def test_a_bad_mapping_file_is_one_sentence_naming_file_and_field(
    spbe_opd: dict[str, Any], tmp_path: Path, change: Any, field: str, detail: str
) -> None:
    mapping = _broken(tmp_path, change)
    new = tmp_path / "bappeda-2027.spbe"
    with pytest.raises(PackError) as caught:
        new_period(new, spbe_opd["ws"], mapping=mapping)
    exc = caught.value
    assert exc.code == "pack.mapping_invalid"
    for lang in ("en", "id"):
        text = exc.message(lang)
        assert "pemetaan.json" in text and f"'{field}'" in text and detail in text, text
        assert text.count(". ") == 0 and text.endswith("."), text
    assert not new.exists() and leftovers(tmp_path) == []


def test_a_mapping_file_that_is_not_json_is_refused(
    spbe_opd: dict[str, Any], tmp_path: Path
) -> None:
    mapping = tmp_path / "pemetaan.json"
    mapping.write_text("{ tidak json", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        new_period(tmp_path / "new.spbe", spbe_opd["ws"], mapping=mapping)
    assert caught.value.code == "pack.mapping_unreadable"
    assert "pemetaan.json" in caught.value.message("en")


def test_the_shipped_mapping_is_the_reference_table() -> None:
    """47 rows, none empty; 99 pairs, 79 source and 20 inferred; provisional, with provenance."""
    from spbe_desktop.core.packs.mapping import load_mapping_file

    mapping = load_mapping_file(
        SHIPPED_MAPPING, load_shipped_pack("spbe-2020"), load_shipped_pack("pemdi-2026")
    )
    pairs = [t for row in mapping.rows.values() for t in row.targets]
    assert len(mapping.rows) == 47 and all(row.targets for row in mapping.rows.values())
    assert (len(pairs), sum(t.basis == "source" for t in pairs)) == (99, 79)
    assert mapping.provisional and "SEMENTARA" in mapping.provenance
    for old, targets in REFERENCE.items():
        assert {t.indicator_id for t in mapping.rows[old].targets} == targets
    assert [t.item for t in pairs if t.item] == ["I4-L1-01"]
    reached = {t.indicator_id for t in pairs}
    assert "P06" not in reached  # the reference: nothing feeds geospatial information


# ------------------------------------------------------------------------ an older version
def test_a_workspace_of_an_older_version_is_read_from_a_migrated_copy(tmp_path: Path) -> None:
    old = tmp_path / "opd-2026.spbe"
    old.write_bytes(gzip.decompress(OLD_VERSION.read_bytes()))
    conn = sqlite3.connect(old)  # plain SQLite: as the last connection it tidies its WAL away
    migrations_before = conn.execute("SELECT name FROM _sqlite_migrations").fetchall()
    with_docs = conn.execute("SELECT count(DISTINCT sha256) FROM documents").fetchone()[0]
    conn.close()
    before = sha256(old)

    result = new_period(tmp_path / "opd-2027.spbe", old)

    assert sha256(old) == before and leftovers(tmp_path) == []  # no backup, no migration
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT name FROM _sqlite_migrations").fetchall() == migrations_before
    conn.close()
    assert len(result.carried) == with_docs == 2
    assert result.suggestions and run(check_workspace(tmp_path / "opd-2027.spbe")).ok


# ------------------------------------------------------------------------ refusals, cancel
def test_cancel_midway_leaves_nothing(spbe_opd: dict[str, Any], tmp_path: Path) -> None:
    old = spbe_opd["ws"]
    big = make_pdf(tmp_path / "Besar.pdf", ["PINDAIAN"], pad_to_bytes=3 * 1024 * 1024)
    attach(old, "11", big)
    before = sha256(old)
    new = tmp_path / "bappeda-2027.spbe"
    token = CancelToken()
    job = carry_forward(new, old, cancel=token)
    with pytest.raises(CancelledError):
        while True:
            step = next(job)
            if step.message_code == "progress.carrying" and 0 < step.done < step.total:
                token.cancel()  # while copying the documents
    assert not new.exists() and leftovers(tmp_path) == []
    assert sha256(old) == before


def test_what_a_killed_run_left_is_removed_by_the_next(
    spbe_opd: dict[str, Any], tmp_path: Path
) -> None:
    dead = tmp_path / f"{TEMP_PREFIX}dead"
    dead.mkdir()
    (dead / "new.spbe").write_bytes(b"half a workspace")
    new_period(tmp_path / "bappeda-2027.spbe", spbe_opd["ws"])
    assert not dead.exists()


@pytest.mark.parametrize(
    ("period", "code"),
    [("2027/2028", "usage.period_year"), ("2025", "usage.period_before")],
)
def test_a_period_that_is_not_a_later_year_is_refused(
    spbe_opd: dict[str, Any], tmp_path: Path, period: str, code: str
) -> None:
    new = tmp_path / "new.spbe"
    with pytest.raises(UsageError) as caught:
        new_period(new, spbe_opd["ws"], period=period)
    assert caught.value.code == code
    assert not new.exists() and leftovers(tmp_path) == []


def test_an_explicit_period_and_framework(spbe_opd: dict[str, Any], tmp_path: Path) -> None:
    """The same year under the same framework (a workspace remade): nothing expires by it."""
    result = new_period(
        tmp_path / "again.spbe", spbe_opd["ws"], period="2026", framework="spbe-2020"
    )
    assert result.same_framework and result.profile.period == "2026"
    assert [e.title for e in result.expired] == ["Audit"]  # valid until 2025-12-31
    assert result.relinked_indicators == 5  # 1 and 13, 10, 11, 5


def test_an_existing_file_is_never_replaced(spbe_opd: dict[str, Any], tmp_path: Path) -> None:
    new = tmp_path / "exists.spbe"
    new.write_bytes(b"keep me")
    with pytest.raises(StoreError) as caught:
        new_period(new, spbe_opd["ws"])
    assert caught.value.code == "store.exists"
    assert new.read_bytes() == b"keep me"


def test_a_missing_old_workspace_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        new_period(tmp_path / "new.spbe", tmp_path / "none.spbe")
    assert caught.value.code == "store.not_found"
    assert not (tmp_path / "new.spbe").exists()
