"""A round of real OPD evidence for the coordinator window tests, built with the services.

Three OPDs answer and attach generated PDFs, write identity cards and export signed bundles:
Bappeda (one bundle, plus a byte copy for the duplicate case and a tampered copy whose
signature no longer matches), Inspektorat (shares one audit report with BPKAD and adds a
re-saved copy with the same text), BPKAD (exported in 1 MB parts) and Dinas Kesehatan, whose
card is never pinned (its bundle lands in quarantine).
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import export_bundle, write_identity_card
from spbe_desktop.services.workspace import assess, init_workspace
from tests.support.generate import make_pdf

INSTANSI = "Pemerintah Provinsi Maluku Utara"
SPBE = "spbe-2020"  # the round claims levels 1-5 on SPBE 2020 indicators (11, 29, 33...)
AUDIT_TEXT = (
    "LAPORAN HASIL AUDIT INFRASTRUKTUR SPBE TAHUN 2025\nPEMERINTAH PROVINSI MALUKU UTARA\n"
    "Nomor: 700/45/LHA/2025"
)


@dataclass
class OpdSource:
    unit: str
    workspace: Path
    card: Path
    bundles: list[Path] = field(default_factory=list)


@dataclass
class Round:
    root: Path
    coordinator: Path
    opds: dict[str, OpdSource]
    duplicate: Path
    tampered: Path

    def drop(self) -> list[Path]:
        """Everything at once, parts out of order, the bad and the copied bundle included."""
        parts = self.opds["BPKAD"].bundles
        return [
            self.tampered,
            *reversed(parts[1:]),
            *self.opds["Bappeda"].bundles,
            self.opds["Inspektorat"].bundles[0],
            parts[0],
            self.duplicate,
            self.opds["Dinas Kesehatan"].bundles[0],
        ]


def _opd(
    root: Path,
    unit: str,
    answers: dict[str, tuple[int, str]],
    docs: dict[str, list[tuple[Path, str, str]]],
) -> OpdSource:
    ws = root / f"{unit.lower().replace(' ', '-')}.spbe"
    init_workspace(
        ws, role="opd", instansi=INSTANSI, unit=unit, officer=f"Petugas {unit}", framework=SPBE
    )
    for indicator, (level, note) in answers.items():
        assess(ws, indicator, level=level, note=note, status="ready")
    for indicator, files in docs.items():
        requests = [AttachRequest(p, title=t, kind=k) for p, k, t in files]
        run(attach_files(ws, indicator, requests))
    card = root / f"{ws.stem}.card"
    write_identity_card(ws, card)
    return OpdSource(unit, ws, card)


def tamper_signature(bundle: Path, out: Path) -> Path:
    """Change bag-info.txt and re-hash it in the tag manifest: every hash still matches, but
    the signature over the tag manifest no longer does."""
    with zipfile.ZipFile(bundle) as zin, zipfile.ZipFile(out, "w") as zout:
        members = {i.filename: zin.read(i.filename) for i in zin.infolist()}
        infos = zin.infolist()
    top = infos[0].filename.split("/")[0]
    info_name, tag_name = f"{top}/bag-info.txt", f"{top}/tagmanifest-sha256.txt"
    old_info = members[info_name]
    new_info = old_info.replace(b"Petugas Bappeda", b"Petugas Palsu")
    assert new_info != old_info
    members[info_name] = new_info
    members[tag_name] = members[tag_name].replace(
        hashlib.sha256(old_info).hexdigest().encode(), hashlib.sha256(new_info).hexdigest().encode()
    )
    with zipfile.ZipFile(out, "w") as zout:
        for i in infos:
            zout.writestr(i, members[i.filename])
    return out


def build_round(root: Path) -> Round:
    files = root / "berkas"
    files.mkdir()
    koor = root / "koordinator.spbe"
    init_workspace(
        koor,
        role="coordinator",
        instansi=INSTANSI,
        unit="Diskominfo",
        officer="Budi",
        framework=SPBE,
    )
    masterplan = make_pdf(
        files / "masterplan-tik.pdf",
        ["RENCANA INDUK TEKNOLOGI INFORMASI DAN KOMUNIKASI\nPROVINSI MALUKU UTARA 2025-2029"],
        title="Masterplan TIK",
    )
    renstra = make_pdf(files / "renstra.pdf", ["RENCANA STRATEGIS BAPPEDA 2025-2029"])
    audit = make_pdf(files / "lha-audit-2025.pdf", [AUDIT_TEXT])
    rescan = make_pdf(files / "lha-audit-2025-salinan.pdf", [AUDIT_TEXT], title="Salinan LHA")
    dpa = [
        make_pdf(
            files / f"dpa-{k}.pdf", [f"DOKUMEN PELAKSANAAN ANGGARAN {k}"], pad_to_bytes=700_000
        )
        for k in range(3)
    ]
    opds = {
        "Bappeda": _opd(
            root,
            "Bappeda",
            {"11": (3, "Arsitektur SPBE ditetapkan Pergub 12/2024"), "12": (2, "Peta rencana")},
            {
                "11": [(masterplan, "Laporan", "Masterplan TIK")],
                "12": [(renstra, "Laporan", "Renstra Bappeda")],
            },
        ),
        "Inspektorat": _opd(
            root,
            "Inspektorat",
            {"29": (3, "Audit internal sesuai pedoman"), "30": (2, "Audit aplikasi sebagian")},
            {
                "29": [
                    (audit, "Laporan", "LHA Audit Infrastruktur 2025"),
                    (rescan, "Laporan", "LHA Audit Infrastruktur 2025 (pindai ulang)"),
                ]
            },
        ),
        "BPKAD": _opd(
            root,
            "BPKAD",
            {"33": (3, "Penganggaran elektronik"), "29": (4, "Auditor bersertifikat")},
            {
                "33": [(p, "Laporan", f"DPA {k}") for k, p in enumerate(dpa)],
                "29": [(audit, "Laporan", "LHA Audit Infrastruktur 2025")],
            },
        ),
        "Dinas Kesehatan": _opd(
            root,
            "Dinas Kesehatan",
            {"45": (2, "Layanan publik sektor kesehatan")},
            {},
        ),
    }
    out = root / "kiriman"
    out.mkdir()
    for name, src in opds.items():
        target = out / f"{src.workspace.stem}.zip"
        split = 1 if name == "BPKAD" else None
        summary = run(export_bundle(src.workspace, target, split_mb=split))
        src.bundles = list(summary.paths)
    assert len(opds["BPKAD"].bundles) >= 3
    duplicate = out / "bappeda-salinan.zip"
    shutil.copyfile(opds["Bappeda"].bundles[0], duplicate)
    tampered = tamper_signature(opds["Bappeda"].bundles[0], out / "bappeda-ubahan.zip")
    return Round(root, koor, opds, duplicate, tampered)


@pytest.fixture(scope="session")
def _round_template(tmp_path_factory: pytest.TempPathFactory) -> Round:
    return build_round(tmp_path_factory.mktemp("round-template"))


@pytest.fixture
def round_(_round_template: Round, tmp_path: Path) -> Round:
    """A fresh copy of the round (the coordinator workspace is written to by each test)."""
    root = tmp_path / "round"
    shutil.copytree(_round_template.root, root)

    def moved(p: Path) -> Path:
        return root / p.relative_to(_round_template.root)

    return Round(
        root,
        moved(_round_template.coordinator),
        {
            n: OpdSource(s.unit, moved(s.workspace), moved(s.card), [moved(b) for b in s.bundles])
            for n, s in _round_template.opds.items()
        },
        moved(_round_template.duplicate),
        moved(_round_template.tampered),
    )


@pytest.fixture
def inline_window(
    gui_lang: None, qtbot: QtBot, round_: Round, inline_runner: Any
) -> Callable[..., Any]:
    """Factory: the window over ``round_`` with the synchronous job runner, after pinning the
    given OPDs' cards and importing the given files with the services.

    The runner comes from a fixture so it outlives the window: a runner dropped together with
    a shown window at teardown crashes a later test's event loop.
    """
    from spbe_desktop.services.exchange import import_bundles, trust_card
    from spbe_desktop.ui.coordinator import CoordinatorWindow

    def make(trust: tuple[str, ...] = (), files: tuple[Path, ...] = ()) -> Any:
        for name in trust:
            trust_card(round_.coordinator, round_.opds[name].card)
        if files:
            run(import_bundles(round_.coordinator, list(files)))
        window = CoordinatorWindow(round_.coordinator, inline_runner)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        assert window.overview is not None  # the inline runner loads it in the constructor
        return window

    return make
