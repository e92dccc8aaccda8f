"""Bundles written before evidence items (bundle format 1) still import (issue 14, point 9).

The fixtures in ``tests/fixtures/old_format`` were made with the code of commit 9a6cfd8 (see
the README there): a coordinator workspace with Bappeda's key pinned, Bappeda's workspace made
from the coordinator's kit, and Bappeda's first bundle. Today's code opens (and migrates) the
old workspaces, imports the old bundle, and the exchange goes on with today's formats.
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

from spbe_desktop.core.progress import run
from spbe_desktop.services.coordinator import consolidation
from spbe_desktop.services.exchange import (
    accept_receipt,
    export_bundle,
    import_bundles,
    issue_receipt,
    outcome_message,
    verify_bundle,
)
from spbe_desktop.services.items import item_rows
from spbe_desktop.services.workspace import assess, open_workspace

FIXTURES = Path(__file__).parents[2] / "fixtures" / "old_format"
UNIT = "Bappeda"


def _copy(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The fixtures, copied (and unzipped) into the test's own folder."""
    out = []
    for name in ("koordinator.spbe", "bappeda.spbe"):
        target = tmp_path / name
        with gzip.open(FIXTURES / f"{name}.gz", "rb") as src, target.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        out.append(target)
    bundle = tmp_path / "bappeda-1.spbebundle"
    shutil.copyfile(FIXTURES / bundle.name, bundle)
    return out[0], out[1], bundle


def test_the_fixtures_stay_small() -> None:
    assert sum(p.stat().st_size for p in FIXTURES.iterdir()) < 1024 * 1024


def test_an_old_bundle_imports_into_an_old_coordinator_workspace(tmp_path: Path) -> None:
    koor, _opd, bundle = _copy(tmp_path)
    with open_workspace(koor) as store:  # migrates
        (registered,) = store.opds()
        pack = store.pack()
    assert registered.name == UNIT
    assert list(tmp_path.glob("koordinator.spbe.before-migration-*.bak"))
    assert run(verify_bundle(bundle, trust=koor)).ok
    (outcome,) = run(import_bundles(koor, [bundle]))
    assert outcome.status == "accepted", outcome_message(outcome, "en")
    assert (outcome.unit, outcome.sequence, outcome.documents) == (UNIT, 1, 2)
    assert outcome.cleared_verdicts == ()

    # What the coordinator sees: Bappeda's answers and documents, as the OPD made them.
    first = consolidation(koor, "1")
    (claim,) = first.claims
    assert claim.answer is not None
    assert (claim.opd.name, claim.answer.level, claim.answer.status) == (UNIT, 2, "ready")
    assert claim.answer.justification == "Kebijakan internal SPBE ditetapkan dengan SK."
    (sk,) = [e.document for e in first.evidence]
    assert (sk.file_name, sk.kind, sk.number, sk.issued) == (
        "SK Tim SPBE.pdf",
        "Keputusan/SK",
        "12 Tahun 2025",
        "2025-02-10",
    )
    assert sk.links == (("I01", 2),)
    second = consolidation(koor, "2")
    assert [(c.answer.level, c.answer.status) for c in second.claims if c.answer] == [(3, "draft")]
    assert [e.document.title for e in second.evidence] == ["Notulen reviu kebijakan 2026"]
    # Nothing about items: the old bundle links none, and the old pack has none.
    for ind in pack.indicators[:3]:
        assert all(not r.documents for r in item_rows(koor, ind.id, unit=UNIT))
    with open_workspace(koor) as store:
        assert store.item_links(registered.id) == {}
        assert store.item_states(registered.id) == []
        assert all(d.items == () for d in store.documents(registered.id))
    # Imported once, the same bundle is a duplicate, as before.
    (again,) = run(import_bundles(koor, [bundle]))
    assert again.status == "duplicate"


def test_the_exchange_goes_on_with_todays_formats_after_an_old_bundle(tmp_path: Path) -> None:
    """Coordinator and OPD upgrade between two rounds: the receipt (format 2) is accepted by
    the old OPD workspace, and its next bundle (a format 2 delta) follows the old one."""
    koor, opd, bundle = _copy(tmp_path)
    run(import_bundles(koor, [bundle]))
    issue_receipt(koor, UNIT, tmp_path / "r1.spbereceipt")
    summary = accept_receipt(opd, tmp_path / "r1.spbereceipt")  # migrates the OPD workspace
    assert (summary.sequence, summary.documents, summary.item_verdicts) == (1, 2, {})

    assess(opd, "2", level=3, note="Reviu berkala dilaksanakan tiap tahun.", status="ready")
    delta = run(export_bundle(opd, tmp_path / "bappeda-2.spbebundle"))
    assert (delta.delta, delta.sequence, delta.documents, delta.indicators) == (True, 2, 0, 1)
    (outcome,) = run(import_bundles(koor, [tmp_path / "bappeda-2.spbebundle"]))
    assert outcome.status == "accepted", outcome_message(outcome, "en")
    (claim,) = consolidation(koor, "2").claims
    assert claim.answer is not None and claim.answer.status == "ready"
    assert len(consolidation(koor, "1").evidence) == 1  # the delta kept what the first sent
