"""Measure a built spbe-desktop folder: its size and the time to a usable window.

Usage (build venv; build-linux.sh runs it after every build):

    packaging/.build-venv/bin/python packaging/measure.py dist/spbe-desktop [--runs 7]
        [--no-frozen-bare]

Start-up is wall-clock time from exec to exit of, each run in a fresh process, offscreen:

- app:         ``spbe-desktop --selftest``: builds the main window, creates and opens a
               throw-away workspace, shows an indicator, exits 0 (a usable window, and a bit more)
- app python:  the same --selftest run by the build venv's Python (not frozen): the cost of
               freezing is the difference
- bare frozen: a frozen bare PySide6 QWidget window (PyInstaller, built once into
               build/bare-window/ with the same build venv): the floor for any frozen Qt app
- bare python: the same bare window run by the build venv's Python (not frozen)
- cli:         ``spbe --version``

The runs alternate between the programs so disk-cache effects fall on all alike; the first
round is reported separately as "first" (closest to a cold start on this machine), the rest as
the median. HOME and the XDG folders point at a temporary directory, so nothing touches the
real user folders. Goals (issue "Packaging"): folder < 250 MB, app start < 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""
SIZE_GOAL_MB = 250
START_GOAL_S = 1.5

APP = "app (spbe-desktop --selftest)"
RUN_APP = "import sys; from spbe_desktop.ui.app import main; sys.exit(main())"
BARE_WINDOW = """\
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget()
w.resize(1000, 700)
w.setWindowTitle("bare")
w.show()
app.processEvents()
sys.exit(0)
"""


def folder_size(folder: Path) -> tuple[int, int]:
    """(apparent bytes, number of files) of everything under ``folder``."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def biggest(folder: Path, n: int = 8) -> list[tuple[int, str]]:
    sizes = [
        (p.stat().st_size, str(p.relative_to(folder)))
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    ]
    return sorted(sizes, reverse=True)[:n]


def build_frozen_bare(python: Path) -> Path | None:
    """Freeze the bare window once (build/bare-window/dist/bare/bare); None if that fails."""
    work = ROOT / "build" / "bare-window"
    exe = work / "dist" / "bare" / f"bare{EXE}"
    if exe.exists():
        return exe
    work.mkdir(parents=True, exist_ok=True)
    script = work / "bare.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    command = [
        str(python), "-m", "PyInstaller", str(script), "--onedir", "--noconfirm",
        "--log-level", "WARN", "--distpath", str(work / "dist"),
        "--workpath", str(work / "build"), "--specpath", str(work),
    ]  # fmt: skip
    done = subprocess.run(command, cwd=work, check=False, capture_output=True, text=True)
    if done.returncode != 0 or not exe.exists():
        sys.stderr.write(f"could not freeze the bare window:\n{done.stderr[-2000:]}\n")
        return None
    return exe


def timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, int, str]:
    """Wall-clock seconds, exit code and output tail of one run (exit -1: hung, killed)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command, env=env, cwd=cwd, capture_output=True, text=True, check=False, timeout=60
        )
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, -1, "no exit within 60 s (killed)"
    elapsed = time.perf_counter() - start
    return elapsed, done.returncode, (done.stdout + done.stderr)[-400:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the built folder, e.g. dist/spbe-desktop")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-frozen-bare", action="store_true")
    args = parser.parse_args()
    folder = args.folder.resolve()

    size, files = folder_size(folder)
    mb = size / 1e6
    print(f"platform      : {platform.platform()} / Python {platform.python_version()}")
    print(f"folder        : {folder}")
    print(
        f"size          : {mb:.1f} MB ({size / 2**20:.1f} MiB), {files} files "
        f"[goal < {SIZE_GOAL_MB} MB: {'OK' if mb < SIZE_GOAL_MB else 'OVER'}]"
    )
    for tarball in sorted(folder.parent.glob(f"{folder.name}-*.tar.gz")):
        print(f"tarball       : {tarball.name} {tarball.stat().st_size / 1e6:.1f} MB")
    print("largest files :")
    for nbytes, name in biggest(folder):
        print(f"  {nbytes / 1e6:7.1f} MB  {name}")

    with tempfile.TemporaryDirectory(prefix="spbe-measure-") as tmp:
        home = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "SPBE_"))}
        env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
        (home / "bare.py").write_text(BARE_WINDOW, encoding="utf-8")
        programs: dict[str, list[str]] = {
            APP: [str(folder / f"spbe-desktop{EXE}"), "--selftest"],
        }
        if not args.no_frozen_bare:
            bare = build_frozen_bare(Path(sys.executable))
            if bare is not None:
                programs["bare window, frozen"] = [str(bare)]
        programs["app, venv python (not frozen)"] = [sys.executable, "-c", RUN_APP, "--selftest"]
        programs["bare window, venv python"] = [sys.executable, str(home / "bare.py")]
        programs["cli (spbe --version)"] = [str(folder / f"spbe{EXE}"), "--version"]

        times: dict[str, list[float]] = {name: [] for name in programs}
        failures: dict[str, str] = {}
        for _ in range(max(args.runs, 2)):
            for name, command in programs.items():
                elapsed, code, tail = timed(command, env, home)
                if code != 0:
                    failures[name] = f"exit {code}: {tail.strip()}"
                    continue  # a failed or hung run is reported, not averaged in
                times[name].append(elapsed)

    print(f"start-up      : offscreen, {max(args.runs, 2)} runs each, alternating")
    app_median = None
    for name, values in times.items():
        if len(values) < 2:
            print(f"  {name:<32} FAILED ({failures.get(name, 'too few runs')})")
            continue
        median = statistics.median(values[1:])
        if name == APP:
            app_median = median
        flag = f"  FAILED ({failures[name]})" if name in failures else ""
        print(
            f"  {name:<32} first {values[0]:.2f} s, median {median:.2f} s, "
            f"min {min(values):.2f} s{flag}"
        )
    if APP in failures:
        print("WARNING       : at least one app run failed or hung; see FAILED above")
    if app_median is not None:
        verdict = "OK" if app_median < START_GOAL_S else "OVER"
        print(f"goal          : app median < {START_GOAL_S} s: {verdict}")
    else:
        print("goal          : app start not measured (the GUI --selftest failed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
