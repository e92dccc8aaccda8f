"""Secrets and messages of the real ``spbe`` command.

* ``spbe backup`` writes an owner-only copy (mode 0600) and says when the signing key inside has
  no passphrase.
* Commands that sign (``export``, ``receipt``, ``identity --out``) take ``--passphrase``, ask on a
  terminal (a real pseudo-terminal here, with ``getpass``), keep ``SPBE_PASSPHRASE``, and say how
  to give the passphrase when none can be asked.
* ``spbe verify --trust`` names the OPD the key is registered to: a bundle signed with Bappeda's
  key that claims to come from Dinas Kominfo is refused with that sentence, and a revoked key is
  called revoked.
* ``spbe indicators ws | head`` stays quiet when the reader has gone away.
* ``spbe check`` on a damaged workspace prints sentences, never raw codes.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spbe_desktop.cli import main
from tests.support.generate import make_pdf

PASSPHRASE = "kopi tubruk 7 sendok"
#: A message code as the catalogue falls back to it ("check.audit_chain", "verify.x (a=b)").
RAW_CODE = re.compile(r"\b[a-z]+\.[a-z_]+[a-z]\b(?!\.\w)")


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def init_opd(path: Path, unit: str, *, protected: bool = False) -> Path:
    args = ["init", str(path), "--role", "opd", "--instansi", "Pemprov Maluku Utara"]
    args += ["--unit", unit, "--officer", "Rina"]
    if protected:
        os.environ["SPBE_PASSPHRASE"] = PASSPHRASE
        try:
            assert main([*args, "--passphrase"]) == 0
        finally:
            del os.environ["SPBE_PASSPHRASE"]
    else:
        assert main(args) == 0
    return path


@pytest.fixture
def no_env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPBE_PASSPHRASE", raising=False)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual default: a file created without an explicit mode would be world-readable."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


# ================================================================================= backup


def test_backup_is_owner_only_and_warns_about_an_unprotected_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], umask_022: None, no_env_passphrase: None
) -> None:
    ws = init_opd(tmp_path / "opd.spbe", "Dinas Kominfo")
    capsys.readouterr()
    assert os.stat(ws).st_mode & 0o777 == 0o600
    out_file = tmp_path / "cadangan.spbe"
    code, out, _ = cli(capsys, "--lang", "id", "backup", ws, "--out", out_file)
    assert code == 0
    assert os.stat(out_file).st_mode & 0o777 == 0o600
    assert (
        "kunci privat di dalamnya tidak dilindungi frasa sandi; simpan cadangan di tempat aman"
        in out
    )
    # Nothing else was left beside it (no world-readable journal or partial copy).
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cadangan.spbe", "opd.spbe"]

    code, out, _ = cli(capsys, "--lang", "en", "backup", ws, "--out", tmp_path / "again.spbe")
    assert code == 0 and "not protected by a passphrase" in out


def test_backup_of_a_protected_key_says_nothing_about_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], umask_022: None, no_env_passphrase: None
) -> None:
    ws = init_opd(tmp_path / "opd.spbe", "Dinas Kominfo", protected=True)
    code, out, _ = cli(capsys, "backup", ws, "--out", tmp_path / "cadangan.spbe")
    assert code == 0
    assert os.stat(tmp_path / "cadangan.spbe").st_mode & 0o777 == 0o600
    assert "passphrase" not in out


# ================================================================================= passphrases


def _spbe_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SPBE_PASSPHRASE"}
    env["SPBE_LANG"] = "en"
    return env


def test_export_without_a_terminal_says_how_to_give_the_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_env_passphrase: None
) -> None:
    ws = init_opd(tmp_path / "opd.spbe", "Dinas Kominfo", protected=True)
    proc = subprocess.run(
        [sys.executable, "-m", "spbe_desktop.cli", "export", str(ws), "--out", "b.spbebundle"],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=_spbe_env(),
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1
    assert "--passphrase" in proc.stderr and "SPBE_PASSPHRASE" in proc.stderr
    assert not (tmp_path / "b.spbebundle").exists()
    # The option the message names exists.
    with pytest.raises(SystemExit) as help_exit:
        main(["export", "--help"])
    assert help_exit.value.code == 0
    assert "--passphrase" in capsys.readouterr().out
    # SPBE_PASSPHRASE still works where nothing can be asked.
    proc = subprocess.run(
        [sys.executable, "-m", "spbe_desktop.cli", "export", str(ws), "--out", "b.spbebundle"],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={**_spbe_env(), "SPBE_PASSPHRASE": PASSPHRASE},
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "b.spbebundle").exists()


def _run_on_a_terminal(args: list[str], cwd: Path, answer: str) -> tuple[int, str]:
    """Run ``spbe ARGS`` with a pseudo-terminal as its controlling terminal; type ``answer``
    when it asks for the passphrase. Returns the exit status and everything it printed."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child
        try:
            os.chdir(cwd)
            os.execve(
                sys.executable, [sys.executable, "-m", "spbe_desktop.cli", *args], _spbe_env()
            )
        finally:
            os._exit(127)
    seen = b""
    typed = False
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1.0)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
        if not typed and b"passphrase:" in seen.lower():
            os.write(fd, answer.encode() + b"\n")
            typed = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_export_asks_for_the_passphrase_on_a_terminal(
    tmp_path: Path, no_env_passphrase: None
) -> None:
    ws = init_opd(tmp_path / "opd.spbe", "Dinas Kominfo", protected=True)
    status, shown = _run_on_a_terminal(
        ["export", str(ws), "--out", "b.spbebundle"], tmp_path, PASSPHRASE
    )
    assert status == 0, shown
    assert "Signing key passphrase:" in shown
    assert PASSPHRASE not in shown  # not echoed
    assert "bundle written and verified" in shown
    assert (tmp_path / "b.spbebundle").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_identity_card_asks_on_a_terminal_and_refuses_a_wrong_passphrase(
    tmp_path: Path, no_env_passphrase: None
) -> None:
    ws = init_opd(tmp_path / "opd.spbe", "Dinas Kominfo", protected=True)
    status, shown = _run_on_a_terminal(
        ["identity", str(ws), "--out", "opd.card"], tmp_path, "salah"
    )
    assert status == 1 and "passphrase" in shown.lower() and "Traceback" not in shown
    assert not (tmp_path / "opd.card").exists()
    status, shown = _run_on_a_terminal(
        ["identity", str(ws), "--out", "opd.card"], tmp_path, PASSPHRASE
    )
    assert status == 0, shown
    assert (tmp_path / "opd.card").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_receipt_asks_for_the_coordinators_passphrase_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = tmp_path
    koor = w / "koor.spbe"
    monkeypatch.setenv("SPBE_PASSPHRASE", PASSPHRASE)
    args = ["init", str(koor), "--role", "coordinator", "--instansi", "Pemprov", "--passphrase"]
    assert main(args) == 0
    monkeypatch.delenv("SPBE_PASSPHRASE")
    opd = init_opd(w / "opd.spbe", "Dinas Kominfo")
    assert main(["identity", str(opd), "--out", str(w / "opd.card")]) == 0
    assert main(["trust", str(koor), str(w / "opd.card")]) == 0
    assert main(["export", str(opd), "--out", str(w / "b.spbebundle")]) == 0
    assert main(["import", str(koor), str(w / "b.spbebundle")]) == 0

    receipt = ["receipt", str(koor), "--unit", "Dinas Kominfo", "--out", "r.spbereceipt"]
    status, shown = _run_on_a_terminal([*receipt, "--passphrase"], w, PASSPHRASE)
    assert status == 0, shown
    assert "Signing key passphrase:" in shown and PASSPHRASE not in shown
    assert (w / "r.spbereceipt").exists()


# ================================================================================= verify


@pytest.fixture
def two_opds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_env_passphrase: None
) -> dict[str, Path]:
    """A coordinator that trusts Dinas Kominfo and Bappeda; Bappeda's workspace then claims to be
    Dinas Kominfo (its profile edited) and exports: a bundle signed with Bappeda's key that
    says it comes from Dinas Kominfo."""
    w = tmp_path
    koor = w / "koor.spbe"
    assert main(["init", str(koor), "--role", "coordinator", "--instansi", "Pemprov"]) == 0
    kominfo = init_opd(w / "kominfo.spbe", "Dinas Kominfo")
    bappeda = init_opd(w / "bappeda.spbe", "Bappeda")
    for ws, card in ((kominfo, w / "kominfo.card"), (bappeda, w / "bappeda.card")):
        assert main(["identity", str(ws), "--out", str(card)]) == 0
        assert main(["trust", str(koor), str(card)]) == 0
    pdf = make_pdf(w / "sk.pdf", ["SURAT KEPUTUSAN"])
    assert main(["attach", str(bappeda), "1", str(pdf)]) == 0
    assert main(["export", str(bappeda), "--out", str(w / "genuine.spbebundle")]) == 0
    db = sqlite3.connect(bappeda)
    try:
        db.execute("UPDATE profile SET unit = 'Dinas Kominfo'")
        db.commit()
    finally:
        db.close()
    assert main(["export", str(bappeda), "--out", str(w / "forged.spbebundle"), "--full"]) == 0
    capsys.readouterr()
    return {"koor": koor, "forged": w / "forged.spbebundle", "genuine": w / "genuine.spbebundle"}


def test_verify_names_the_signers_opd_and_refuses_a_false_claim(
    two_opds: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(capsys, "verify", two_opds["genuine"], "--trust", two_opds["koor"])
    assert code == 0
    assert "VALID: genuine.spbebundle — signed with the key of Bappeda" in out

    code, out, _ = cli(
        capsys, "--lang", "id", "verify", two_opds["forged"], "--trust", two_opds["koor"]
    )
    assert code == 1
    assert not re.search(r"^SAH:", out, re.MULTILINE)
    assert "TIDAK SAH: forged.spbebundle" in out
    assert "ditandatangani oleh kunci Bappeda, padahal mengaku dari Dinas Kominfo" in out.replace(
        "Ditandatangani", "ditandatangani"
    )

    code, out, _ = cli(capsys, "verify", two_opds["forged"], "--trust", two_opds["koor"], "--json")
    (report,) = json.loads(out)
    assert code == 1 and not report["ok"]
    assert report["signer_unit"] == "Bappeda" and report["claimed_unit"] == "Dinas Kominfo"
    assert [f["code"] for f in report["findings"]] == ["verify.unit_mismatch"]


def test_verify_calls_a_revoked_key_revoked(
    two_opds: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["trust", str(two_opds["koor"]), "--revoke", "Bappeda"]) == 0
    capsys.readouterr()
    code, out, _ = cli(
        capsys, "--lang", "id", "verify", two_opds["genuine"], "--trust", two_opds["koor"]
    )
    assert code == 1
    assert "dicabut" in out and "belum dipercaya" not in out
    code, out, _ = cli(
        capsys, "--lang", "en", "verify", two_opds["genuine"], "--trust", two_opds["koor"]
    )
    assert "revoked" in out and "not yet trusted" not in out


# ================================================================================= broken pipe


def test_output_to_a_reader_that_went_away_is_quiet(tmp_path: Path) -> None:
    ws = init_opd(tmp_path / "opd.spbe", "Dinas Kominfo")
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head -1` that has already exited
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "spbe_desktop.cli", "indicators", str(ws)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=_spbe_env(),
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert proc.stderr == ""
    assert proc.returncode == 1


# ================================================================================= check


def _damage(ws: Path) -> None:
    """Damage a copy of a workspace in the four ways ``spbe check`` looks for."""
    db = sqlite3.connect(ws)
    try:
        # A stored document's bytes changed behind the store's back (in blob_data, where every
        # document stored since m0010 is read from).
        changed = db.execute(
            "UPDATE blob_data SET data = zeroblob(length(data)) "
            "WHERE id = (SELECT min(id) FROM blob_data)"
        ).rowcount
        assert changed == 1
        # An audit entry edited after the fact (the append-only triggers dropped first).
        db.execute("DROP TRIGGER audit_no_update")
        db.execute("UPDATE audit SET actor = 'penyusup' WHERE seq = 2")
        # A link to a document that no longer exists.
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("INSERT INTO links (document_id, indicator_id, level) VALUES (999, 'I01', 1)")
        # An index that no longer matches its table.
        db.execute("PRAGMA writable_schema = ON")
        db.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX links_indicator ON links(level)' "
            "WHERE name = 'links_indicator'"
        )
        db.execute("PRAGMA writable_schema = OFF")
        db.commit()
    finally:
        db.close()


def test_check_of_a_damaged_workspace_prints_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = init_opd(tmp_path / "opd.spbe", "Dinas Kominfo")
    pdf = make_pdf(tmp_path / "sk.pdf", ["SURAT KEPUTUSAN"])
    assert main(["attach", str(ws), "1", str(pdf)]) == 0
    assert main(["assess", str(ws), "2", "--level", "3"]) == 0
    damaged = tmp_path / "rusak.spbe"
    shutil.copyfile(ws, damaged)
    _damage(damaged)
    capsys.readouterr()

    for lang, words in (
        ("en", ["audit log was altered", "no longer matches its hash", "integrity check"]),
        ("id", ["Log audit diubah", "tidak lagi cocok", "keutuhan SQLite"]),
    ):
        code, out, err = cli(capsys, "--lang", lang, "check", damaged)
        assert code == 1, err
        lines = [ln for ln in out.splitlines() if ln.strip().startswith("✗")]
        assert len(lines) >= 3, out
        for word in words:
            assert word in out, out
        for line in lines:
            assert not RAW_CODE.search(line), line
            assert line.rstrip().endswith("."), line
        assert "check." not in out
