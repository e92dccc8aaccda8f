"""The coordinator's own reference codes reach an OPD through the real commands (issue 19):
``spbe kit`` puts them in the signed kit, ``spbe init --kit`` gives them to the new OPD
workspace, whose ``spbe architecture export`` lists them in ``02_KodeReferensi`` (source
"koordinator") and whose ``spbe architecture import`` takes one as an application's code; a
code the coordinator adds later arrives with ``spbe receipt`` / ``spbe accept-receipt``."""

from __future__ import annotations

from pathlib import Path

import openpyxl  # type: ignore[import-untyped]

from spbe_desktop.services import architecture as arch
from tests.integration.test_cli_items import INSTANSI, spbe


def _codes(book: Path) -> dict[str, tuple[str, str]]:
    """``02_KodeReferensi``: code -> (name, source)."""
    sheet = openpyxl.load_workbook(book, read_only=True)["02_KodeReferensi"]
    rows = list(sheet.iter_rows(values_only=True))
    col = {h: i for i, h in enumerate(rows[0])}
    return {r[col["Kode"]]: (r[col["Nama"]], r[col["Sumber"]]) for r in rows[1:] if r[col["Kode"]]}


def test_the_coordinators_codes_reach_the_opd_by_kit_and_receipt(tmp_path: Path) -> None:
    w = tmp_path
    spbe(
        "init",
        "koor.spbe",
        *("--role", "coordinator", "--instansi", INSTANSI, "--unit", "Diskominfo"),
        *("--officer", "Budi"),
        cwd=w,
    )
    # The coordinator extends the application list (the app's code list dialog does this).
    arch.add_local_code(w / "koor.spbe", "RAA", "RAA.02.02.01", "Kepegawaian Daerah")
    spbe("kit", "koor.spbe", "--unit", "Bappeda", "--out", "bappeda.spbekit", cwd=w)
    spbe("init", "bappeda.spbe", "--kit", "bappeda.spbekit", "--officer", "Sari", cwd=w)

    spbe("architecture", "export", "bappeda.spbe", "--out", "b1.xlsx", cwd=w)
    codes = _codes(w / "b1.xlsx")
    assert codes["RAA.02.02.01"] == ("Kepegawaian Daerah", "koordinator")
    assert codes["RAA.02.02"][1] == "nasional"

    # The OPD's workbook takes the coordinator's code for its application; no finding calls
    # it unknown.
    wb = openpyxl.load_workbook(w / "b1.xlsx")
    apps = wb["06_Aplikasi"]
    headers = [c.value for c in apps[1]]
    row: list[object] = [None] * len(headers)
    row[headers.index("Nama")] = "SIMPEG Daerah"
    row[headers.index("Kode RAA")] = "RAA.02.02.01"
    apps.append(row)
    wb.save(w / "b1.xlsx")
    assert "1 objek baru" in spbe("architecture", "import", "bappeda.spbe", "b1.xlsx", cwd=w)
    spbe("architecture", "export", "bappeda.spbe", "--out", "b2.xlsx", cwd=w)
    sheet = openpyxl.load_workbook(w / "b2.xlsx", read_only=True)["06_Aplikasi"]
    (_head, got) = list(sheet.iter_rows(values_only=True))
    assert got[headers.index("Kode RAA")] == "RAA.02.02.01 – Kepegawaian Daerah"
    assert "unknown_code" not in spbe("architecture", "bappeda.spbe", "--json", cwd=w)

    # A code added after the kit arrives with the next receipt.
    spbe("identity", "bappeda.spbe", "--out", "bappeda.card", cwd=w)
    spbe("trust", "koor.spbe", "bappeda.card", cwd=w)
    spbe("export", "bappeda.spbe", "--out", "b1.spbebundle", cwd=w)
    spbe("import", "koor.spbe", "b1.spbebundle", cwd=w)
    assert "unknown_code" not in spbe("architecture", "koor.spbe", "--json", cwd=w)
    arch.add_local_code(w / "koor.spbe", "RAB", "RAB.02.06.01", "Perikanan Tangkap")
    spbe("receipt", "koor.spbe", "--unit", "Bappeda", "--out", "r1.spbereceipt", cwd=w)
    spbe("accept-receipt", "bappeda.spbe", "r1.spbereceipt", cwd=w)
    spbe("architecture", "export", "bappeda.spbe", "--out", "b3.xlsx", cwd=w)
    codes = _codes(w / "b3.xlsx")
    assert codes["RAB.02.06.01"] == ("Perikanan Tangkap", "koordinator")
    assert codes["RAA.02.02.01"] == ("Kepegawaian Daerah", "koordinator")
