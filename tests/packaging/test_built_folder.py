"""The frozen spbe-desktop folder works as shipped: CLI, GUI, worker, read-only, portable.

Every test here skips unless SPBE_BUILT_DIR points at a built folder. Run after a build
(packaging/build-linux.sh):

    SPBE_BUILT_DIR=dist/spbe-desktop .venv/bin/python -m pytest -m packaging tests/packaging

The normal test run collects these tests and skips them. The shell version of the same checks,
for build machines without the dev venv, is packaging/smoke-test.sh.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

import spbe_desktop

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.spbe_desktop.SpbeDesktop"
EXTENSIONS = (".spbe", ".spbebundle", ".spbekit", ".spbereceipt")
SIZE_GOAL_BYTES = 250_000_000
EXE = ".exe" if sys.platform == "win32" else ""
NOBODY = 65534


@dataclass(frozen=True)
class Built:
    """A built folder and how to run its two programs."""

    folder: Path
    home: Path
    as_nobody: bool = False

    @property
    def spbe(self) -> Path:
        return self.folder / f"spbe{EXE}"

    @property
    def gui(self) -> Path:
        return self.folder / f"spbe-desktop{EXE}"

    def env(self) -> dict[str, str]:
        """A clean environment: temporary HOME, no SPBE_*/XDG_* from the caller, offscreen."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SPBE_", "XDG_", "QT_"))}
        env.update(
            HOME=str(self.home),
            USERPROFILE=str(self.home),
            LOCALAPPDATA=str(self.home / "AppData" / "Local"),
            APPDATA=str(self.home / "AppData" / "Roaming"),
            QT_QPA_PLATFORM="offscreen",
            SPBE_LANG="en",
        )
        return env

    def run(
        self,
        program: Path,
        *args: str | Path,
        cwd: Path,
        ok: bool = True,
        timeout: float = 180,
    ) -> subprocess.CompletedProcess[str]:
        command = [str(program), *map(str, args)]
        if self.as_nobody:
            setpriv = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
            command = [*setpriv, "--", *command]
        proc = subprocess.run(
            command,
            cwd=cwd,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if ok:
            assert proc.returncode == 0, (
                f"{command}: exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
            )
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc


def _built_folder() -> Path:
    value = os.environ.get("SPBE_BUILT_DIR")
    if not value:
        pytest.skip(
            "SPBE_BUILT_DIR is not set (point it at a built folder, e.g. dist/spbe-desktop)"
        )
    folder = Path(value).resolve()
    if not (folder / f"spbe{EXE}").is_file() or not (folder / f"spbe-desktop{EXE}").is_file():
        pytest.fail(f"SPBE_BUILT_DIR={value} holds no spbe and spbe-desktop programs")
    return folder


@pytest.fixture(scope="session")
def built_folder() -> Path:
    return _built_folder()


@pytest.fixture
def built(built_folder: Path, tmp_path: Path) -> Built:
    home = tmp_path / "home"
    home.mkdir()
    return Built(folder=built_folder, home=home)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(
        ROOT / "packaging" / "smoke" / "sk-tim-koordinasi-spbe.pdf",
        work / "SK Tim Koordinasi SPBE.pdf",
    )
    (work / "catatan.txt").write_text("Catatan rapat koordinasi SPBE 2024.\n", encoding="utf-8")
    return work


def manifest(folder: Path) -> list[tuple[str, int, int, int]]:
    """Every path under ``folder`` with size, mtime and mode: to prove nothing was written."""
    rows = []
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        rows.append((str(path.relative_to(folder)), st.st_size, st.st_mtime_ns, st.st_mode))
    return rows


@pytest.fixture
def copy_built(built_folder: Path, tmp_path: Path) -> Callable[[], Path]:
    """Copy the built folder (for tests that add portable.txt or change permissions)."""

    def make() -> Path:
        target = tmp_path / "app"
        shutil.copytree(built_folder, target, symlinks=True)
        return target

    return make


def chown_tree(paths: Sequence[Path], uid: int) -> None:
    for top in paths:
        for path in [top, *top.rglob("*")]:
            os.chown(path, uid, uid, follow_symlinks=False)


def _round_trip(built: Built, work: Path) -> None:
    spbe = built.spbe
    instansi = "Pemerintah Provinsi Maluku Utara"
    init = ["init", "opd.spbe", "--role", "opd", "--instansi", instansi, "--unit", "Dinas Kominfo"]
    built.run(spbe, *init, cwd=work)
    docs = ["SK Tim Koordinasi SPBE.pdf", "catatan.txt"]
    out = built.run(spbe, "attach", "opd.spbe", "10", *docs, cwd=work).stdout
    # The kind is suggested from the PDF's text, which only the document worker child reads.
    assert "Keputusan/SK" in out
    built.run(spbe, "export", "opd.spbe", "--out", "b1.spbebundle", cwd=work)
    built.run(spbe, "verify", "b1.spbebundle", cwd=work)


def test_version_matches_source(built: Built, tmp_path: Path) -> None:
    out = built.run(built.spbe, "--version", cwd=tmp_path).stdout.strip()
    assert out == f"spbe {spbe_desktop.__version__}"
    assert (built.folder / "VERSION").read_text().split() == [
        "spbe-desktop",
        spbe_desktop.__version__,
    ]


def test_cli_round_trip_and_tamper(built: Built, workdir: Path) -> None:
    _round_trip(built, workdir)
    bad = workdir / "bad.spbebundle"
    data = bytearray((workdir / "b1.spbebundle").read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(bytes(data))
    refused = built.run(built.spbe, "verify", bad.name, cwd=workdir, ok=False)
    assert refused.returncode == 1


def test_gui_selftest(built: Built, tmp_path: Path) -> None:
    proc = built.run(built.gui, "--selftest", cwd=tmp_path, timeout=120)
    assert "selftest ok" in proc.stdout


def test_gui_executable_dispatches_document_worker(built: Built, workdir: Path) -> None:
    # documents.inspect runs sys.executable --spbe-document-worker; for the GUI that is
    # spbe-desktop itself, which must answer with JSON and never open a window.
    pdf = workdir / "SK Tim Koordinasi SPBE.pdf"
    proc = built.run(built.gui, "--spbe-document-worker", "--", pdf, cwd=workdir)
    info = json.loads(proc.stdout)
    assert "KEPUTUSAN" in json.dumps(info)


def test_entry_scripts_use_the_worker_flag(built_folder: Path) -> None:
    from spbe_desktop.documents.inspect import FROZEN_WORKER_FLAG

    for name in ("entry_gui.py", "entry_cli.py"):
        text = (ROOT / "packaging" / "pyinstaller" / name).read_text(encoding="utf-8")
        assert f'FROZEN_WORKER_FLAG = "{FROZEN_WORKER_FLAG}"' in text, name


def test_data_only_in_user_folders(built: Built, workdir: Path) -> None:
    before = manifest(built.folder)
    _round_trip(built, workdir)
    built.run(built.gui, "--selftest", cwd=workdir, timeout=120)
    assert manifest(built.folder) == before, "the program folder changed while running"
    assert not (built.folder / "spbe-data").exists()
    written = {p.name for p in built.home.rglob("spbe-desktop")}
    assert written, "nothing reached the platformdirs folders under HOME"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_install(built_folder: Path) -> None:
    # Root ignores write permissions, so as root the programs run as "nobody" (setpriv); the
    # folders live in a fresh world-readable temp dir (pytest's tmp_path is private to root).
    as_nobody = os.geteuid() == 0
    if as_nobody and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot test write protection")
    base = Path(tempfile.mkdtemp(prefix="spbe-read-only-"))
    base.chmod(0o755)
    app, home, work = base / "app", base / "home", base / "work"
    try:
        shutil.copytree(built_folder, app, symlinks=True)
        home.mkdir()
        work.mkdir()
        shutil.copyfile(
            ROOT / "packaging" / "smoke" / "sk-tim-koordinasi-spbe.pdf",
            work / "SK Tim Koordinasi SPBE.pdf",
        )
        (work / "catatan.txt").write_text("Catatan.\n", encoding="utf-8")
        if as_nobody:
            chown_tree([home, work], NOBODY)
        _set_writable(app, writable=False)
        ro = Built(folder=app, home=home, as_nobody=as_nobody)
        before = manifest(app)
        _round_trip(ro, work)
        ro.run(ro.gui, "--selftest", cwd=work, timeout=120)
        assert manifest(app) == before
        assert any(home.rglob("spbe-desktop")), "no data in the user folders"
    finally:
        _set_writable(base, writable=True)
        shutil.rmtree(base, ignore_errors=True)


def _set_writable(top: Path, *, writable: bool) -> None:
    write = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    for path in [top, *top.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        path.chmod(mode | stat.S_IWUSR if writable else mode & ~write)


def test_portable_mode_keeps_data_beside_program(
    copy_built: Callable[[], Path], tmp_path: Path
) -> None:
    app = copy_built()
    shutil.copyfile(ROOT / "packaging" / "portable.txt", app / "portable.txt")
    home = tmp_path / "portable-home"
    home.mkdir()
    portable = Built(folder=app, home=home)
    portable.run(portable.gui, "--selftest", cwd=tmp_path, timeout=120)
    data = app / "spbe-data"
    assert sorted(p.name for p in data.iterdir()) >= ["cache", "config", "data", "log"]
    assert any(data.rglob("*.ini")) or any(data.rglob("*.log")), list(data.rglob("*"))
    assert not list(home.rglob("spbe-desktop")), "portable mode wrote to the user folders"


def test_size_and_trimmed_qt(built_folder: Path) -> None:
    files = [p for p in built_folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    assert total < SIZE_GOAL_BYTES, f"{total / 1e6:.1f} MB"
    names = {p.name for p in files}
    for unwanted in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard", "Qt63D"):
        assert not [n for n in names if unwanted in n], unwanted
    for qm in (p for p in files if p.suffix == ".qm" and "translations" in p.parts):
        assert re.search(r"_(en|id)(_[A-Za-z]+)?\.qm$", qm.name), qm
    assert f"spbe{EXE}" in names and f"spbe-desktop{EXE}" in names


def test_metadata_agrees_with_project(built_folder: Path) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "spbe-desktop" in pyproject["project"]["gui-scripts"]
    linux = ROOT / "packaging" / "linux"
    meta = ET.parse(linux / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    newest = meta.find("releases/release")
    assert newest is not None and newest.get("version") == spbe_desktop.__version__
    desktop = (linux / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in desktop
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(linux / f"{APP_ID}.mime.xml").getroot()
    globs = {g.get("pattern") for g in mime.iterfind("m:mime-type/m:glob", ns)}
    types = {t.get("type") for t in mime.iterfind("m:mime-type", ns)}
    assert globs == {f"*{ext}" for ext in EXTENSIONS}
    assert all(t in desktop for t in types)
    iss = (ROOT / "packaging" / "windows" / "installer.iss").read_text(encoding="utf-8")
    for ext in EXTENSIONS:
        assert f'Subkey: "Software\\Classes\\{ext}"' in iss, ext
