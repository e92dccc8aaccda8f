"""Import binds every bundle and part to the OPD whose registered key signed it, and takes a
document's type from its bytes, never from the OPD's document list (issue 12, points 2, 6, 11).

Real workspaces, real signed bundles (re-signed with a second OPD's real key, as an insider
could), real PDFs.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from spbe_desktop.bundles.bag import RESERVED_INFO, BagEntry, parse_bag_info, write_bag_zip
from spbe_desktop.core.progress import CancelToken, run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import (
    export_bundle,
    import_bundles,
    load_identity,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.workspace import assess, init_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore
from tests.support.generate import make_pdf

INSTANSI = "Pemerintah Provinsi Maluku Utara"
SPBE = "spbe-2020"  # these tests claim whole levels on SPBE 2020 indicators (I01...)


def _opd(path: Path, unit: str, docs: list[Path]) -> Path:
    init_workspace(
        path, role="opd", instansi=INSTANSI, unit=unit, officer="Petugas", framework=SPBE
    )
    assess(path, "I01", level=3, note=f"Klaim {unit}.", status="ready")
    run(attach_files(path, "I01", [AttachRequest(d) for d in docs]))
    return path


def _secret(path: Path) -> Any:
    return load_identity(path)


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
    info_changes: dict[str, str] | None = None,
    payload_changes: dict[str, bytes] | None = None,
    bag_count: tuple[int, int] | None = None,
) -> Path:
    payload, info, trusted = _bag(src)
    payload.update(payload_changes or {})
    info.update(info_changes or {})
    entries = [
        BagEntry(path=rel, size=len(data), sha256=None, open=lambda d=data: io.BytesIO(d))
        for rel, data in payload.items()
    ]
    run(
        write_bag_zip(
            out, entries, info, secret, trusted, cancel=CancelToken(), bag_count=bag_count
        )
    )
    return out


def _state(path: Path) -> list[Any]:
    """Everything a refusal must leave alone, table by table."""
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


@pytest.fixture
def round_(tmp_path: Path) -> dict[str, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    sk_a = make_pdf(docs / "SK Tim A.pdf", ["KEPUTUSAN KEPALA DINAS A\nNomor 1/2026"])
    sk_b = make_pdf(docs / "SK Tim B.pdf", ["KEPUTUSAN KEPALA BADAN B\nNomor 2/2026"])
    a = _opd(tmp_path / "a.spbe", "Dinas Kominfo", [sk_a])
    b = _opd(tmp_path / "b.spbe", "Bappeda", [sk_b])
    coord = tmp_path / "koor.spbe"
    init_workspace(
        coord, role="coordinator", instansi=INSTANSI, unit="Diskominfo", officer="K", framework=SPBE
    )
    for ws in (a, b):
        card = tmp_path / f"{ws.stem}.card"
        write_identity_card(ws, card)
        trust_card(coord, card)
    bundle_a = tmp_path / "a.zip"
    run(export_bundle(a, bundle_a))
    return {"a": a, "b": b, "coord": coord, "bundle_a": bundle_a, "tmp": tmp_path}


def _import(coord: Path, *files: Path) -> list[Any]:
    return list(run(import_bundles(coord, list(files))))


def test_insider_resigning_another_opds_bundle_is_refused_and_changes_nothing(
    round_: dict[str, Path],
) -> None:
    forged = _resign(round_["bundle_a"], round_["tmp"] / "forged.zip", _secret(round_["b"]))
    before = _state(round_["coord"])

    [outcome] = _import(round_["coord"], forged)

    assert (outcome.status, outcome.code) == ("refused", "import.unit_mismatch")
    assert outcome.params["signer"] == "Bappeda"
    assert outcome.params["claimed"] == "Dinas Kominfo"
    assert _state(round_["coord"]) == before
    # The genuine bundle still comes in afterwards, under its own OPD.
    [genuine] = _import(round_["coord"], round_["bundle_a"])
    assert (genuine.status, genuine.unit) == ("accepted", "Dinas Kominfo")


def test_an_opd_reusing_anothers_uuid_cannot_block_the_genuine_bundle(
    round_: dict[str, Path],
) -> None:
    """Bappeda signs A's content under its own name but A's UUID: it is Bappeda's claim, and
    the ledger, keyed by (OPD, UUID), still takes A's genuine bundle afterwards."""
    copied = _resign(
        round_["bundle_a"],
        round_["tmp"] / "copied.zip",
        _secret(round_["b"]),
        info_changes={"Organization-Unit": "Bappeda"},
    )
    [first] = _import(round_["coord"], copied)
    assert (first.status, first.unit) == ("accepted", "Bappeda")
    [genuine] = _import(round_["coord"], round_["bundle_a"])
    assert (genuine.status, genuine.unit) == ("accepted", "Dinas Kominfo")
    with WorkspaceStore.open(round_["coord"]) as store:
        owners = {o.name: len(store.ledger(o.id)) for o in store.opds()}
    assert owners == {"Bappeda": 1, "Dinas Kominfo": 1}


def test_parts_are_kept_per_opd_so_a_forged_part_cannot_block_the_genuine_set(
    round_: dict[str, Path],
) -> None:
    big = make_pdf(round_["tmp"] / "docs" / "Laporan.pdf", ["LAPORAN"], pad_to_bytes=2_500_000)
    run(attach_files(round_["a"], "I01", [AttachRequest(big)]))
    out = round_["tmp"] / "split" / "a.zip"
    out.parent.mkdir()
    summary = run(export_bundle(round_["a"], out, full=True, split_mb=1))
    assert len(summary.paths) >= 2
    _payload, info, _trusted = _bag(summary.paths[0])
    # Bappeda, under its own name, sends a "part 1 of N" with A's bundle UUID first.
    parts = len(summary.paths)
    forged = _resign(
        summary.paths[0],
        round_["tmp"] / "forged-part.zip",
        _secret(round_["b"]),
        info_changes={"Organization-Unit": "Bappeda"},
        bag_count=(1, parts),
    )
    [stored] = _import(round_["coord"], forged)
    assert stored.status == "part_stored"
    outcomes = _import(round_["coord"], *summary.paths)
    assert outcomes[-1].status == "accepted", outcomes
    assert outcomes[-1].unit == "Dinas Kominfo"
    with WorkspaceStore.open(round_["coord"]) as store:
        assert list(store.pending_parts()) == [
            (store.opd_by_name("Bappeda").id, info["SPBE-Bundle-UUID"])  # type: ignore[union-attr]
        ]


def test_the_last_part_refused_leaves_the_stored_parts_and_workspace_unchanged(
    round_: dict[str, Path],
) -> None:
    big = make_pdf(round_["tmp"] / "docs" / "Besar.pdf", ["LAPORAN"], pad_to_bytes=2_500_000)
    run(attach_files(round_["a"], "I01", [AttachRequest(big)]))
    out = round_["tmp"] / "split" / "a.zip"
    out.parent.mkdir()
    paths = run(export_bundle(round_["a"], out, full=True, split_mb=1)).paths
    _import(round_["coord"], *paths[:-1])
    # The last part, re-signed by A itself with an unlisted payload file: refused at apply time.
    last = _resign(
        paths[-1],
        round_["tmp"] / "last.zip",
        _secret(round_["a"]),
        payload_changes={"documents/extra.bin": b"x" * 100},
        bag_count=(len(paths), len(paths)),
    )
    before = _state(round_["coord"])
    [outcome] = _import(round_["coord"], last)
    assert (outcome.status, outcome.code) == ("refused", "import.unexpected_file")
    assert _state(round_["coord"]) == before
    [done] = _import(round_["coord"], paths[-1])
    assert done.status == "accepted"


def test_document_properties_come_from_the_bytes_not_the_document_list(
    round_: dict[str, Path],
) -> None:
    """An executable declared as a 3-page PDF named with a right-to-left override is stored as
    what it is, under a name that shows what it is."""
    payload, _info, _t = _bag(round_["bundle_a"])
    docs = json.loads(payload["documents.json"])
    exe = b"MZ\x90\x00" + bytes(range(256)) * 40
    import hashlib

    sha = hashlib.sha256(exe).hexdigest()
    docs["documents"].append(
        {
            **docs["documents"][0],
            "sha256": sha,
            "path": f"documents/{sha}.pdf",
            "carried": True,
            "file_name": "Laporan Audit\u202efdp.exe",
            "title": '=HYPERLINK("http://x")\x07',
            "mime": "application/pdf",
            "page_count": 3,
            "has_text_layer": True,
            "text_path": None,
            "warnings": [],
        }
    )
    forged = _resign(
        round_["bundle_a"],
        round_["tmp"] / "exe.zip",
        _secret(round_["a"]),
        payload_changes={
            "documents.json": json.dumps(docs).encode(),
            f"documents/{sha}.pdf": exe,
        },
    )
    [outcome] = _import(round_["coord"], forged)
    assert outcome.status == "accepted", outcome
    with WorkspaceStore.open(round_["coord"]) as store:
        opd = store.opd_by_name("Dinas Kominfo")
        assert opd is not None
        doc = store.find_document(opd.id, sha)
        assert doc is not None
        assert doc.mime != "application/pdf"
        assert doc.page_count is None
        assert "\u202e" not in doc.file_name
        assert doc.file_name.endswith("fdp.exe")  # shows what it is
        assert "\x07" not in doc.title
        genuine = [d for d in store.documents(opd.id) if d.sha256 != sha]
        assert [d.mime for d in genuine] == ["application/pdf"]
        assert genuine[0].page_count == 1


def test_the_ledger_records_the_tag_manifest_digest(round_: dict[str, Path]) -> None:
    _import(round_["coord"], round_["bundle_a"])
    with zipfile.ZipFile(round_["bundle_a"]) as zf:
        top = zf.namelist()[0].split("/", 1)[0]
        tagmanifest = zf.read(f"{top}/tagmanifest-sha256.txt")
    import hashlib

    with WorkspaceStore.open(round_["coord"]) as store:
        [entry] = store.ledger()
    assert entry.tag_digest == hashlib.sha256(tagmanifest).hexdigest()


def test_a_revoked_key_stays_refused_after_its_opd_pinned_a_new_one(
    round_: dict[str, Path],
) -> None:
    """Bappeda lost its laptop: the coordinator revoked the key and pinned a new one. A bundle
    signed with the old key is refused as revoked (not quarantined as unknown), by import and by
    verify against the coordinator workspace."""
    from spbe_desktop.services.exchange import revoke_opd, verify_bundle

    old_bundle = round_["tmp"] / "old-key.zip"
    run(export_bundle(round_["b"], old_bundle))
    revoke_opd(round_["coord"], "Bappeda")
    fresh = round_["tmp"] / "b-new.spbe"
    init_workspace(
        fresh, role="opd", instansi=INSTANSI, unit="Bappeda", officer="Baru", framework=SPBE
    )
    card = round_["tmp"] / "b-new.card"
    write_identity_card(fresh, card)
    trust_card(round_["coord"], card)

    [outcome] = _import(round_["coord"], old_bundle)
    assert (outcome.status, outcome.code) == ("refused", "import.revoked_key")
    report = run(verify_bundle(old_bundle, round_["coord"]))
    assert not report.ok
    assert [f.code for f in report.result.findings if f.severity == "error"] == [
        "verify.revoked_key"
    ]


def test_coordinator_status_counts_the_documents_its_opds_sent(round_: dict[str, Path]) -> None:
    from spbe_desktop.services.workspace import status_summary

    assert status_summary(round_["coord"])["documents"] == 0
    _import(round_["coord"], round_["bundle_a"])
    summary = status_summary(round_["coord"])
    assert summary["documents"] == 1
    assert summary["document_bytes"] > 0
