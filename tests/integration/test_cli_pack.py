"""`spbe pack export` and `spbe pack import` as a coordinator uses them: the workbook round
trip gives back the same pack, a corrected workbook switches the workspace, and a workbook
with mistakes is refused naming the sheet, row and column of each."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from spbe_desktop.cli import main
from spbe_desktop.core.packs import (
    Pack,
    load_pack_bytes,
    load_pack_file,
    load_shipped_pack,
    pack_to_bytes,
)
from spbe_desktop.errors import PackError
from spbe_desktop.services.pack_sheets import export_pack_xlsx, import_pack_xlsx
from spbe_desktop.services.workspace import open_workspace

INSTANSI = "Pemerintah Kabupaten Aceh Tengah"


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
def spbe(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    return Cli(capsys, tmp_path)


@pytest.fixture
def pemdi_ws(spbe: Cli, tmp_path: Path) -> Path:
    spbe(
        "init",
        Path("koor.spbe"),
        *("--role", "coordinator", "--instansi", INSTANSI, "--unit", "Diskominfo"),
        *("--officer", "Budi", "--framework", "pemdi-2026"),
    )
    return tmp_path / "koor.spbe"


def _pack(ws: Path) -> Pack:
    with open_workspace(ws) as store:
        return store.pack()


def _cell(ws: openpyxl.worksheet.worksheet.Worksheet, header: str, row: int) -> str:
    col = [c.value for c in ws[1]].index(header) + 1
    return f"{openpyxl.utils.get_column_letter(col)}{row}"


def _row_of(ws: openpyxl.worksheet.worksheet.Worksheet, header: str, value: str) -> int:
    col = [c.value for c in ws[1]].index(header)
    return next(k for k, row in enumerate(ws.iter_rows(values_only=True), 1) if row[col] == value)


@pytest.mark.parametrize("pack_id", ["pemdi-2026", "spbe-2020"])
def test_workbook_round_trip_gives_back_an_equal_pack(tmp_path: Path, pack_id: str) -> None:
    pack = load_shipped_pack(pack_id)
    out = tmp_path / f"{pack_id}.xlsx"
    export_pack_xlsx(pack, out)
    wb = openpyxl.load_workbook(out)
    for sheet in ("indicators", "levels", "items", "bands", "calendar"):
        assert sheet in wb.sheetnames
    again = load_pack_bytes(import_pack_xlsx(out), source=out.name)
    assert again == pack
    assert again.content_hash == pack.content_hash


def test_schema_1_pack_survives_the_workbook(tmp_path: Path) -> None:
    data = json.loads(pack_to_bytes(load_shipped_pack("spbe-2020")))
    data.pop("schema"), data.pop("scoring"), data.pop("sources")
    for dom in data["domains"]:
        for asp in dom["aspects"]:
            for ind in asp["indicators"]:
                for lv in ind["levels"]:
                    lv["evidence"] = [i["name"] for i in lv.pop("items")]
    src = tmp_path / "lama.json"
    src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    old = load_pack_file(src)
    out = tmp_path / "lama.xlsx"
    export_pack_xlsx(old, out)
    again = load_pack_bytes(import_pack_xlsx(out), source=out.name)
    assert again.schema == 1
    assert again.indicators == old.indicators
    assert again.predicates == old.predicates


def test_export_then_corrected_import_switches_the_workspace(
    spbe: Cli, pemdi_ws: Path, tmp_path: Path
) -> None:
    before = _pack(pemdi_ws)
    out, _ = spbe("pack", "export", Path("koor.spbe"), "--out", Path("pemdi.xlsx"))
    assert "pemdi-2026" in out and "pemdi.xlsx" in out
    spbe("pack", "export", Path("koor.spbe"), "--out", Path("pemdi.xlsx"), code=2)

    path = tmp_path / "pemdi.xlsx"
    wb = openpyxl.load_workbook(path)
    meta = wb["pack"]
    meta[f"B{_row_of(meta, 'key', 'version')}"] = "0.2.1"
    stages = wb["calendar"]
    stages[_cell(stages, "start", _row_of(stages, "id", "mandiri"))] = "2026-08-04"
    items = wb["items"]
    row = _row_of(items, "code", "I9-L1-01")
    items[_cell(items, "provisional", row)] = "tidak"
    wb.save(path)

    out, _ = spbe("pack", "import", Path("koor.spbe"), Path("pemdi.xlsx"))
    assert "0.2.1" in out
    after = _pack(pemdi_ws)
    assert after.version == "0.2.1" and after.content_hash != before.content_hash
    assert after.calendar is not None and str(after.calendar.stages[0].start) == "2026-08-04"
    assert not after.item("I9-L1-01").provisional
    out, _ = spbe("indicators", Path("koor.spbe"), "--json")
    assert len(json.loads(out)) == 20


def test_workbook_with_mistakes_is_refused_naming_sheet_row_and_column(
    spbe: Cli, pemdi_ws: Path, tmp_path: Path
) -> None:
    spbe("pack", "export", Path("koor.spbe"), "--out", Path("pemdi.xlsx"))
    path = tmp_path / "pemdi.xlsx"
    wb = openpyxl.load_workbook(path)
    items = wb["items"]
    row = _row_of(items, "code", "I10-L1-01")
    items[_cell(items, "required", row)] = "mungkin"
    items[_cell(items, "max_age_months", row)] = "setahun"
    inds = wb["indicators"]
    ind_row = _row_of(inds, "id", "P19")
    inds[_cell(inds, "weight", ind_row)] = "sepuluh"
    wb.save(path)
    before = _pack(pemdi_ws).content_hash

    _, err = spbe("pack", "import", Path("koor.spbe"), Path("pemdi.xlsx"), code=1)
    assert "3 problem" in err
    assert f"sheet items, row {row}, column {_cell(items, 'required', row)[0]}" in err
    assert f"sheet items, row {row}, column {_cell(items, 'max_age_months', row)[0]}" in err
    assert f"sheet indicators, row {ind_row}, column {_cell(inds, 'weight', ind_row)[0]}" in err
    assert _pack(pemdi_ws).content_hash == before


def test_rule_broken_in_the_workbook_is_pointed_at_its_cell(tmp_path: Path) -> None:
    out = tmp_path / "pemdi.xlsx"
    export_pack_xlsx(load_shipped_pack("pemdi-2026"), out)
    wb = openpyxl.load_workbook(out)
    inds = wb["indicators"]
    row = _row_of(inds, "id", "P20")
    inds[_cell(inds, "weight", row)] = 14  # aspect 7 no longer adds up to 25
    items = wb["items"]
    items[_cell(items, "code", _row_of(items, "code", "I4-L1-02"))] = "I4-L1-01"
    wb.save(out)
    with pytest.raises(PackError) as info:
        import_pack_xlsx(out)
    assert info.value.code == "pack.sheet_invalid"
    text = info.value.message("id")
    # parse_pack stops at the first rule broken; it is named by sheet, row and column.
    assert "lembar items, baris" in text and "kolom A (code)" in text

    wb = openpyxl.load_workbook(out)
    items = wb["items"]
    items[_cell(items, "code", _row_of(items, "code", "I4-L1-01") + 1)] = "I4-L1-02"
    wb.save(out)
    with pytest.raises(PackError) as info:
        import_pack_xlsx(out)
    text = info.value.message("en")
    group_row = _row_of(wb["groups"], "id", "A7")
    assert f"sheet groups, row {group_row}, column E (weight)" in text


def test_missing_sheet_and_unreadable_file_are_clear(
    spbe: Cli, pemdi_ws: Path, tmp_path: Path
) -> None:
    spbe("pack", "export", Path("koor.spbe"), "--out", Path("pemdi.xlsx"))
    wb = openpyxl.load_workbook(tmp_path / "pemdi.xlsx")
    del wb["levels"]
    wb.save(tmp_path / "tanpa-levels.xlsx")
    _, err = spbe("pack", "import", Path("koor.spbe"), Path("tanpa-levels.xlsx"), code=1)
    assert "sheet levels: the sheet is missing" in err
    (tmp_path / "bukan.xlsx").write_text("bukan buku kerja", encoding="utf-8")
    _, err = spbe("pack", "import", Path("koor.spbe"), Path("bukan.xlsx"), code=1)
    assert "bukan.xlsx" in err
