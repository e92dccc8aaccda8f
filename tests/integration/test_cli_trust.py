"""`spbe trust`, `spbe kit`, `spbe init --kit` and `spbe status` as a coordinator and an OPD
type them: explicit key changes, the coordinator's own unit as an OPD, and the coordinator's
fingerprint shown to the OPD."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from spbe_desktop.cli import main

FINGERPRINT = r"\d{5}(?: \d{5}){5}"
OWN_UNIT = "Dinas Komunikasi dan Informatika"
INSTANSI = "Pemerintah Provinsi Maluku Utara"


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], cwd: Path) -> None:
        self.capsys = capsys
        self.cwd = cwd

    def __call__(self, *args: str | Path, code: int = 0) -> tuple[str, str]:
        self.capsys.readouterr()
        argv = [str(self.cwd / a) if isinstance(a, Path) else a for a in args]
        result = main(argv)
        out, err = self.capsys.readouterr()
        assert result == code, out + err
        assert "Traceback" not in err
        return out, err


@pytest.fixture
def spbe(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Cli:
    monkeypatch.setenv("SPBE_LANG", "id")
    return Cli(capsys, tmp_path)


def _fingerprint(text: str, label: str) -> str:
    found = re.search(rf"{label}[^\n]*?({FINGERPRINT})", text)
    assert found, text
    return found.group(1)


def _coordinator(spbe: Cli, unit: str = "Diskominfo") -> None:
    spbe(
        "init",
        Path("koor.spbe"),
        *("--role", "coordinator", "--instansi", INSTANSI, "--unit", unit, "--officer", "Budi"),
    )


def _opd_card(spbe: Cli, unit: str, name: str) -> str:
    spbe("init", Path(f"{name}.spbe"), "--role", "opd", "--instansi", INSTANSI, "--unit", unit)
    out, _ = spbe("identity", Path(f"{name}.spbe"), "--out", Path(f"{name}.card"))
    return _fingerprint(out, "Sidik jari")


def test_cli_trust_replacing_a_pinned_key_needs_replace(spbe: Cli) -> None:
    _coordinator(spbe)
    old = _opd_card(spbe, "Bappeda", "bappeda")
    new = _opd_card(spbe, "Bappeda", "bappeda-baru")
    spbe("trust", Path("koor.spbe"), Path("bappeda.card"))

    out, err = spbe("trust", Path("koor.spbe"), Path("bappeda-baru.card"), code=1)
    assert out == ""
    sentence = err.strip()
    assert sentence.count("\n") == 0 and sentence.startswith("spbe: 'Bappeda' sudah memiliki")
    assert old in sentence and new in sentence
    assert "lewat telepon" in sentence and sentence.endswith("tambahkan --replace.")
    # The genuine OPD's key is still the pinned one (pinning it again changes nothing).
    out, _ = spbe("trust", Path("koor.spbe"), Path("bappeda.card"))
    assert _fingerprint(out, "Sidik jari") == old

    out, _ = spbe("trust", Path("koor.spbe"), Path("bappeda-baru.card"), "--replace")
    assert _fingerprint(out, "Sidik jari") == new
    _, err = spbe("trust", Path("koor.spbe"), Path("bappeda.card"), code=1)
    assert "--replace" in err and old in err and new in err


def test_cli_trust_a_revoked_key_stays_revoked_without_unrevoke(spbe: Cli) -> None:
    _coordinator(spbe)
    fp = _opd_card(spbe, "Inspektorat", "inspektorat")
    spbe("trust", Path("koor.spbe"), Path("inspektorat.card"))
    spbe("trust", Path("koor.spbe"), "--revoke", "Inspektorat")

    _, err = spbe("trust", Path("koor.spbe"), Path("inspektorat.card"), code=1)
    assert err.strip() == (
        f"spbe: Kunci 'Inspektorat' dengan sidik jari {fp} sudah dicabut dan tetap dicabut; "
        "tambahkan --unrevoke hanya bila OPD memastikan lewat telepon bahwa kunci itu aman lagi."
    )
    _, err = spbe("trust", Path("koor.spbe"), Path("inspektorat.card"), "--replace", code=1)
    assert "--unrevoke" in err
    out, _ = spbe("trust", Path("koor.spbe"), Path("inspektorat.card"), "--unrevoke")
    assert out.startswith("Disematkan: Inspektorat")


def test_cli_coordinators_own_unit_gets_a_kit_a_workspace_and_a_pinned_key(
    spbe: Cli, tmp_path: Path
) -> None:
    _coordinator(spbe, unit=OWN_UNIT)
    own, _ = spbe("identity", Path("koor.spbe"), "--out", Path("koor.card"))
    coordinator_fp = _fingerprint(own, "Sidik jari")

    out, _ = spbe("kit", Path("koor.spbe"), "--unit", OWN_UNIT, "--out", Path("k.spbekit"))
    assert OWN_UNIT in out
    out, _ = spbe("init", Path("opd.spbe"), "--kit", Path("k.spbekit"), "--officer", "Rina")
    # The OPD sees whose key the kit pins, and is told to check it by phone.
    assert _fingerprint(out, "Sidik jari koordinator") == coordinator_fp
    assert "Cocokkan sidik jari ini dengan koordinator lewat telepon" in out
    status, _ = spbe("status", Path("opd.spbe"))
    assert f"Sidik jari koordinator: {coordinator_fp}" in status
    data, _ = spbe("status", Path("opd.spbe"), "--json")
    assert json.loads(data)["coordinator_fingerprint"] == coordinator_fp
    data, _ = spbe("status", Path("koor.spbe"), "--json")
    assert json.loads(data)["coordinator_fingerprint"] is None

    out, _ = spbe("identity", Path("opd.spbe"), "--out", Path("card"))
    opd_fp = _fingerprint(out, "Sidik jari")
    assert opd_fp != coordinator_fp
    out, _ = spbe("trust", Path("koor.spbe"), Path("card"))
    assert out.startswith(f"Disematkan: {OWN_UNIT}")
    spbe("assess", Path("opd.spbe"), "1", "--level", "3", "--status", "ready")
    spbe("export", Path("opd.spbe"), "--out", Path("b.spbebundle"))
    out, _ = spbe("import", Path("koor.spbe"), Path("b.spbebundle"))
    assert f"b.spbebundle: diterima dari {OWN_UNIT}" in out
    # The coordinator's own signing key is still not an OPD's.
    _, err = spbe("trust", Path("koor.spbe"), Path("koor.card"), code=1)
    assert "milik ruang kerja ini sendiri" in err
