"""Trust rules and kits on real workspaces, real keys and real cards.

Replacing an OPD's working key and trusting a revoked key again need the coordinator's explicit
word; the coordinator's own unit is an OPD like any other; an OPD sees (and can pin) the
coordinator's fingerprint before a kit creates its workspace.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from spbe_desktop.core.models import SELF_OPD, SELF_OPD_NAME
from spbe_desktop.core.progress import run
from spbe_desktop.errors import BundleError
from spbe_desktop.services.exchange import (
    export_bundle,
    fingerprint,
    import_bundles,
    init_from_kit,
    issue_kit,
    read_identity_card,
    read_kit,
    revoke_opd,
    trust_card,
    trust_public_key,
    write_identity_card,
)
from spbe_desktop.services.workspace import (
    assess,
    coordinator_fingerprint,
    init_workspace,
    open_workspace,
    status_summary,
)
from spbe_desktop.store.migrations import migrations

INSTANSI = "Pemerintah Provinsi Maluku Utara"
SPBE = "spbe-2020"  # these tests claim whole levels on SPBE 2020 indicators (I01...)
OWN_UNIT = "Dinas Komunikasi dan Informatika"
FINGERPRINT = re.compile(r"\d{5}( \d{5}){5}")


def _card(root: Path, unit: str, name: str) -> Path:
    ws = root / f"{name}.spbe"
    init_workspace(
        ws, role="opd", instansi=INSTANSI, unit=unit, officer=f"Petugas {name}", framework=SPBE
    )
    card = root / f"{name}.card"
    write_identity_card(ws, card)
    return card


def _coordinator(root: Path, unit: str = "Diskominfo") -> Path:
    koor = root / "koordinator.spbe"
    init_workspace(
        koor, role="coordinator", instansi=INSTANSI, unit=unit, officer="Budi", framework=SPBE
    )
    return koor


def _register(koor: Path) -> dict[str, tuple[str | None, str | None]]:
    with open_workspace(koor) as store:
        return {o.name: (o.fingerprint, o.revoked_at) for o in store.opds()}


def test_a_different_key_for_a_pinned_opd_needs_replace(tmp_path: Path) -> None:
    koor = _coordinator(tmp_path)
    genuine = _card(tmp_path, "Bappeda", "bappeda")
    other = _card(tmp_path, "Bappeda", "bappeda-baru")
    old_fp = read_identity_card(genuine).fingerprint
    new_fp = read_identity_card(other).fingerprint
    trust_card(koor, genuine)

    with pytest.raises(BundleError) as refused:
        trust_card(koor, other)
    assert refused.value.code == "exchange.key_replace_needed"
    assert refused.value.params == {"name": "Bappeda", "old": old_fp, "new": new_fp}
    text = refused.value.message("id")
    assert old_fp in text and new_fp in text and "--replace" in text
    assert _register(koor) == {"Bappeda": (old_fp, None)}  # nothing changed

    # The quarantine's trust decision follows the same rule.
    other_key = read_identity_card(other).public.minisign_line()
    with pytest.raises(BundleError) as again:
        trust_public_key(koor, "Bappeda", other_key)
    assert again.value.code == "exchange.key_replace_needed"
    assert _register(koor) == {"Bappeda": (old_fp, None)}

    opd, fp = trust_card(koor, other, replace=True)
    assert (opd.name, fp) == ("Bappeda", new_fp)
    assert _register(koor) == {"Bappeda": (new_fp, None)}
    # The same card again is no change: no flag needed.
    assert trust_card(koor, other)[1] == new_fp


def test_a_revoked_key_stays_revoked_until_unrevoked(tmp_path: Path) -> None:
    koor = _coordinator(tmp_path)
    card = _card(tmp_path, "Inspektorat", "inspektorat")
    fp = read_identity_card(card).fingerprint
    trust_card(koor, card)
    revoke_opd(koor, "Inspektorat")

    for attempt in (
        lambda: trust_card(koor, card),
        lambda: trust_card(koor, card, replace=True),
        lambda: trust_public_key(
            koor, "Inspektorat", read_identity_card(card).public.minisign_line()
        ),
    ):
        with pytest.raises(BundleError) as refused:
            attempt()
        assert refused.value.code == "exchange.key_revoked"
        assert refused.value.params == {"name": "Inspektorat", "fingerprint": fp}
        assert "--unrevoke" in refused.value.message("en")
        (_, revoked_at) = _register(koor)["Inspektorat"]
        assert revoked_at is not None

    opd, _ = trust_card(koor, card, unrevoke=True)
    assert opd.revoked_at is None
    assert _register(koor) == {"Inspektorat": (fp, None)}


def test_a_revoked_key_is_remembered_after_the_opd_pins_a_new_one(tmp_path: Path) -> None:
    """Revoke (the laptop was stolen), pin the OPD's new card: the old key stays revoked, under
    any name, although the register no longer shows it."""
    koor = _coordinator(tmp_path)
    stolen = _card(tmp_path, "BPKAD", "bpkad")
    fresh = _card(tmp_path, "BPKAD", "bpkad-baru")
    trust_card(koor, stolen)
    revoke_opd(koor, "BPKAD")
    # Replacing a revoked key is the expected recovery: no --replace needed.
    trust_card(koor, fresh)
    assert _register(koor)["BPKAD"] == (read_identity_card(fresh).fingerprint, None)

    with pytest.raises(BundleError) as as_other:
        trust_card(koor, stolen, name="Badan Lain")
    assert as_other.value.code == "exchange.key_revoked"
    assert as_other.value.params["name"] == "BPKAD"
    with pytest.raises(BundleError) as back:
        trust_card(koor, stolen, replace=True)
    assert back.value.code == "exchange.key_revoked"
    assert set(_register(koor)) == {"BPKAD"}


def test_the_coordinators_own_unit_is_an_opd(tmp_path: Path) -> None:
    """Diskominfo coordinates and supplies evidence: its officers get a kit, a workspace and a
    pinned key like any OPD, and that key is not the coordinator's."""
    koor = _coordinator(tmp_path, unit=OWN_UNIT)
    kit = tmp_path / "kominfo.spbekit"
    issue_kit(koor, OWN_UNIT, kit, indicators=["1", "2"])
    opd_ws = tmp_path / "kominfo-opd.spbe"
    profile = init_from_kit(opd_ws, kit, officer="Rina")
    assert (profile.unit, profile.assigned) == (OWN_UNIT, ("I01", "I02"))
    card = tmp_path / "kominfo.card"
    write_identity_card(opd_ws, card)
    opd, fp = trust_card(koor, card)
    assert opd.name == OWN_UNIT and opd.id != SELF_OPD

    assess(opd_ws, "1", level=3, note="Kebijakan internal ditetapkan", status="ready")
    run(export_bundle(opd_ws, tmp_path / "b.zip"))
    (outcome,) = run(import_bundles(koor, [tmp_path / "b.zip"]))
    assert (outcome.status, outcome.unit) == ("accepted", OWN_UNIT)
    with open_workspace(koor) as store:
        assert store.answers(opd.id)["I01"].level == 3
        assert store.answers(SELF_OPD) == {}  # the consolidation is untouched
        assert fingerprint(store.profile()) != fp
    own = tmp_path / "koordinator.card"
    write_identity_card(koor, own)
    with pytest.raises(BundleError) as refused:
        trust_card(koor, own)
    assert refused.value.code == "exchange.card_is_self"


def _rewind_to_before_m0004(path: Path, unit: str) -> None:
    """Make a workspace what the code before migration m0004 left: row 0 named after the unit,
    no memory of revoked keys, m0004 not applied (later steps stay: they are independent)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("DROP TABLE revoked_keys")
            conn.execute("UPDATE opds SET name = ? WHERE id = 0", [unit])
            conn.execute(
                "DELETE FROM _sqlite_migrations WHERE name = ?",
                ["m0004_register_own_unit_and_revoked_keys"],
            )
    finally:
        conn.close()


def test_a_workspace_from_before_m0004_keeps_its_opds_and_answers(tmp_path: Path) -> None:
    koor = _coordinator(tmp_path, unit=OWN_UNIT)
    bappeda = _card(tmp_path, "Bappeda", "bappeda")
    inspektorat = _card(tmp_path, "Inspektorat", "inspektorat")
    trust_card(koor, bappeda)
    trust_card(koor, inspektorat)
    bappeda_ws = tmp_path / "bappeda.spbe"
    assess(bappeda_ws, "11", level=3, note="Arsitektur SPBE ditetapkan", status="ready")
    run(export_bundle(tmp_path / "bappeda.spbe", tmp_path / "bappeda.zip"))
    assert [o.status for o in run(import_bundles(koor, [tmp_path / "bappeda.zip"]))] == ["accepted"]
    revoke_opd(koor, "Inspektorat")
    assess(koor, "1", level=4, note="Konsolidasi")
    with open_workspace(koor) as store:
        before_opds = store.opds()
        before_answers = store.all_answers()
        before_ledger = store.ledger()
    assert {a.opd_id for a in before_answers} == {SELF_OPD, before_opds[0].id}
    _rewind_to_before_m0004(koor, OWN_UNIT)
    with sqlite3.connect(koor) as conn:
        assert conn.execute("SELECT name FROM opds WHERE id = 0").fetchone() == (OWN_UNIT,)

    with open_workspace(koor) as store:  # migrates
        assert store.opds() == before_opds
        assert store.all_answers() == before_answers
        assert store.ledger() == before_ledger
    assert list(tmp_path.glob("koordinator.spbe.before-migration-*.bak"))
    with sqlite3.connect(koor) as conn:
        assert conn.execute("SELECT name FROM opds WHERE id = 0").fetchone() == (SELF_OPD_NAME,)
        applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    assert {m.name for m in migrations._migrations} == applied
    # The revocation made before the migration is remembered, also once Inspektorat pinned
    # its new key...
    trust_card(koor, _card(tmp_path, "Inspektorat", "inspektorat-baru"))
    with pytest.raises(BundleError) as refused:
        trust_card(koor, inspektorat, name="Inspektorat Daerah")
    assert refused.value.code == "exchange.key_revoked"
    # ...and the coordinator's own unit can now be issued a kit and pinned.
    issue_kit(koor, OWN_UNIT, tmp_path / "kominfo.spbekit")
    opd_ws = tmp_path / "kominfo-opd.spbe"
    init_from_kit(opd_ws, tmp_path / "kominfo.spbekit")
    card = tmp_path / "kominfo.card"
    write_identity_card(opd_ws, card)
    assert trust_card(koor, card)[0].name == OWN_UNIT


def test_new_workspaces_keep_row_0_out_of_the_register(tmp_path: Path) -> None:
    koor = _coordinator(tmp_path, unit=OWN_UNIT)
    with sqlite3.connect(koor) as conn:
        assert conn.execute("SELECT name FROM opds WHERE id = 0").fetchone() == (SELF_OPD_NAME,)
    with open_workspace(koor) as store:
        assert store.opds() == []
        assert store.opd_by_name(SELF_OPD_NAME) is None


def test_the_opd_sees_the_coordinators_fingerprint_and_can_hold_the_kit_to_it(
    tmp_path: Path,
) -> None:
    koor = _coordinator(tmp_path)
    kit = tmp_path / "bappeda.spbekit"
    issue_kit(koor, "Bappeda", kit, indicators=["11", "12", "13"])
    with open_workspace(koor) as store:
        expected = fingerprint(store.profile())
    assert FINGERPRINT.fullmatch(expected)

    info = read_kit(kit)
    assert (info.unit, info.instansi, info.coordinator_unit) == ("Bappeda", INSTANSI, "Diskominfo")
    assert (info.coordinator_fingerprint, info.assigned) == (expected, 3)

    # A kit whose key is not the one the officer confirmed creates nothing.
    (tmp_path / "rogue").mkdir()
    rogue = _coordinator(tmp_path / "rogue")
    rogue_kit = tmp_path / "rogue.spbekit"
    issue_kit(rogue, "Bappeda", rogue_kit)
    target = tmp_path / "bappeda.spbe"
    with pytest.raises(BundleError) as refused:
        init_from_kit(target, rogue_kit, coordinator_fingerprint=expected)
    assert refused.value.code == "exchange.kit_changed"
    assert not target.exists()

    profile = init_from_kit(target, kit, coordinator_fingerprint=expected)
    assert coordinator_fingerprint(profile) == expected
    assert status_summary(target)["coordinator_fingerprint"] == expected
    assert status_summary(koor)["coordinator_fingerprint"] is None


@pytest.mark.parametrize(
    ("framework", "indicators", "target"),
    [(None, 20, "2.5"), ("spbe-2020", 47, "2.6")],
    ids=["default-pemdi-2026", "spbe-2020"],
)
def test_a_kit_carries_the_coordinators_pack(
    tmp_path: Path, framework: str | None, indicators: int, target: str
) -> None:
    """A new coordinator workspace is Pemdi 2026 unless told otherwise, and the OPD workspace
    made from its kit has the same pack (and that pack's usual target), whatever init's default."""
    koor = tmp_path / "koordinator.spbe"
    extra = {} if framework is None else {"framework": framework}
    init_workspace(koor, role="coordinator", instansi=INSTANSI, officer="Budi", **extra)
    kit = tmp_path / "bappeda.spbekit"
    issue_kit(koor, "Bappeda", kit)
    opd_ws = tmp_path / "bappeda.spbe"
    profile = init_from_kit(opd_ws, kit, officer="Sitti")

    expected = framework or "pemdi-2026"
    with open_workspace(koor) as store:
        koor_pack = store.pack()
    with open_workspace(opd_ws) as store:
        opd_pack = store.pack()
    assert (koor_pack.id, opd_pack.id) == (expected, expected)
    assert opd_pack.content_hash == koor_pack.content_hash
    assert len(opd_pack.indicators) == indicators
    assert status_summary(opd_ws)["framework"]["id"] == expected
    assert profile.target == target
