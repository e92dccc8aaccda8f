"""A framework pack as a spreadsheet and back, so coordinators can correct provisional facts.

The workbook has one sheet per kind of fact: ``pack`` (title, version, scoring rule, calendar
header), ``groups`` (domains and aspects), ``families`` (level names), ``indicators``,
``levels``, ``items``, ``bands`` (predicate bands and the scoring rule's value bands),
``calendar`` and ``sources``; ``petunjuk`` explains the columns and is ignored on import.
Import reads the cells, reports every problem by sheet, row and column, builds schema-2 pack
JSON and validates it with :func:`~spbe_desktop.core.packs.parse_pack`, whose complaints are
mapped back to cells. Exporting a schema-2 pack and importing the workbook gives the same pack
(same content hash). Plain Python; openpyxl only here.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from spbe_desktop.core.packs import Pack, load_pack_bytes, parse_pack
from spbe_desktop.errors import PackError
from spbe_desktop.services.pack_sheets.build import _build, _point_at_cell
from spbe_desktop.services.pack_sheets.layout import SHEETS
from spbe_desktop.services.pack_sheets.reader import _Problems, _read_workbook, _Reader, _Row, _rows
from spbe_desktop.services.pack_sheets.writer import export_pack_xlsx
from spbe_desktop.services.workspace import load_corrected_pack
from spbe_desktop.store.workspace_store import WorkspaceStore

__all__ = ["export_pack_xlsx", "export_workspace_pack", "import_pack_xlsx", "import_workspace_pack"]


def import_pack_xlsx(path: Path) -> bytes:
    """Read an edited pack workbook and return the validated pack as JSON bytes.

    Raises:
        PackError: ``pack.sheet_unreadable`` when the file is not a readable workbook;
            ``pack.sheet_invalid`` naming the sheet, row and column of every problem found.
    """
    problems = _Problems(path.name)
    sheets = _read_workbook(path)
    rows: dict[str, list[_Row]] = {}
    for name, headers in SHEETS.items():
        rows[name] = _rows(sheets, name, headers, problems)
    problems.raise_if_any()  # a missing sheet or column would make every later step noisy
    reader = _Reader(problems)
    data = _build(rows, reader)
    problems.raise_if_any()
    try:
        parse_pack(data, source=path.name)
    except PackError as exc:
        if exc.code != "pack.invalid":
            raise
        _point_at_cell(exc, reader, problems)
        problems.raise_if_any()
        raise  # pragma: no cover - _point_at_cell always adds a problem
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def export_workspace_pack(workspace: Path, out: Path) -> Pack:
    """Write the workspace's framework pack as a workbook (``spbe pack export``)."""
    with WorkspaceStore.open(workspace) as store:
        pack = store.pack()
    export_pack_xlsx(pack, out)
    return pack


def import_workspace_pack(workspace: Path, xlsx: Path) -> Pack:
    """Validate an edited workbook and switch the workspace to the pack it holds.

    Answers are kept by indicator id (see :func:`~spbe_desktop.services.workspace.
    load_corrected_pack`). Nothing changes when the workbook has a problem.

    Raises:
        PackError: the workbook is unreadable or invalid (sheet, row and column named).
    """
    raw = import_pack_xlsx(xlsx)
    load_pack_bytes(raw, source=xlsx.name)
    with tempfile.TemporaryDirectory(prefix="spbe-pack-") as tmp:
        json_file = Path(tmp) / f"{xlsx.stem}.json"
        json_file.write_bytes(raw)
        return load_corrected_pack(workspace, json_file)
