"""One rule for every command that writes --out: an existing file is refused unless --force
(issue 12, point 11), and an export with nothing new says so and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from spbe_desktop.cli import main
from tests.support.generate import make_pdf


def _cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    code = main(["--lang", "id", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def opd(tmp_path: Path) -> Path:
    ws = tmp_path / "opd.spbe"
    assert (
        main(["init", str(ws), "--role", "opd", "--instansi", "Pemprov", "--unit", "Bappeda"]) == 0
    )
    sk = make_pdf(tmp_path / "sk.pdf", ["KEPUTUSAN"])
    assert main(["attach", str(ws), "1", str(sk)]) == 0
    return ws


@pytest.mark.parametrize(
    ("command", "name"),
    [("export", "b.spbebundle"), ("report", "laporan.docx"), ("backup", "cadangan.spbe")],
)
def test_an_existing_out_is_refused_unless_force(
    opd: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, name: str
) -> None:
    out = tmp_path / name
    out.write_bytes(b"berkas lama milik pengguna")
    code, text = _cli(capsys, command, opd, "--out", out)
    assert code == 2
    assert "sudah ada" in text and "--force" in text
    assert out.read_bytes() == b"berkas lama milik pengguna"

    code, text = _cli(capsys, command, opd, "--out", out, "--force")
    assert code == 0, text
    assert out.read_bytes() != b"berkas lama milik pengguna"
