"""Running one measurement in a child process: wall time, peak memory, cache state.

Every operation, ours or a baseline, runs in its own child process and is timed from outside,
around the whole process: our side is the ``spbe`` command line (``python -m spbe_desktop.cli``)
exactly as an officer runs it, interpreter start-up and imports included, like ``zip`` or
``sha256sum`` on the baseline side. Its peak resident memory is read from the kernel:
``os.wait4`` returns the rusage of exactly that child, whose ``ru_maxrss`` is the largest
resident set of the child or of any descendant it waited for (the document-inspection worker,
``sha256sum`` under ``bash``...). On Linux that figure also keeps the high-water mark of the
process *before* its ``exec`` — a forked copy of this (large) harness — so each child is started
under GNU ``/usr/bin/time -f %M``, a small C program whose own forked child starts from a ~1 MiB
image, and its report is used. A Python child of the benchmark itself (``benchmarks.ops``,
``benchmarks.gui``) may report what it observed in one ``BENCH-RESULT {json}`` line (a GUI
stall, per-query latencies inside a running program); its duration is still the wall time.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULT_PREFIX = "BENCH-RESULT "
_DROP_CACHES = Path("/proc/sys/vm/drop_caches")
GNU_TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None


@dataclass
class Measurement:
    """One child run: its wall time from start to exit, peak RSS in MiB, what it printed and
    what it reported (a ``BENCH-RESULT`` line)."""

    seconds: float
    peak_mib: float
    stdout: str = ""
    result: dict[str, Any] = field(default_factory=dict)


class ChildFailedError(RuntimeError):
    pass


#: Programs the baselines run; the benchmark refuses to start without them.
TOOLS = ("bash", "zip", "unzip", "sha256sum", "find", "xargs", "cp", "sync")


def require_tools() -> None:
    """Fail at once, naming what is missing, rather than measuring half of the table."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    try:
        import bagit  # type: ignore[import-untyped]  # noqa: F401  (the verify baseline)
    except ImportError:
        missing.append("the bagit package (pip install -e '.[test]')")
    if missing:
        raise SystemExit(f"benchmarks/run needs: {', '.join(missing)}")


def can_drop_caches() -> bool:
    """Whether this process may drop the page cache (root on Linux, not in every container)."""
    if not _DROP_CACHES.exists():
        return False
    try:
        os.sync()
        _DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


class CacheControl:
    """Puts the page cache in a known state before every measurement, ours and baseline alike.

    ``cold``: ``sync`` and ``echo 3 > /proc/sys/vm/drop_caches`` when this process may (root,
    not in every container), else ``sync`` and ``posix_fadvise(DONTNEED)`` on every input file
    (which drops their clean pages: the same for the measured files, though not for Python's own
    libraries). ``hot``: every input is read once before the timer starts.
    """

    def __init__(self, want_cold: bool) -> None:
        self.drop_caches = want_cold and can_drop_caches()
        self.fadvise = want_cold and hasattr(os, "posix_fadvise")
        self.can_cold = self.drop_caches or self.fadvise
        #: kept for callers of the old single-mode API
        self.cold = self.can_cold

    @property
    def method(self) -> str:
        if self.drop_caches:
            return "`sync` and `echo 3 > /proc/sys/vm/drop_caches`"
        if self.fadvise:
            return "`sync` and `posix_fadvise(POSIX_FADV_DONTNEED)` on every input file"
        return "not possible here"

    @property
    def mode(self) -> str:
        return "cold and hot" if self.can_cold else "hot only"

    def prepare(self, inputs: list[Path], mode: str = "cold") -> None:
        os.sync()
        files = [
            f
            for path in inputs
            for f in (
                [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
            )
        ]
        if mode == "cold" and self.drop_caches:
            _DROP_CACHES.write_text("3\n")
            return
        if mode == "cold" and self.fadvise:
            for f in files:
                fd = os.open(f, os.O_RDONLY)
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)
            return
        for f in files:
            with f.open("rb") as fh:
                while fh.read(8 * 1024 * 1024):
                    pass


def python_cmd(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]


def spbe_cmd(*args: str) -> list[str]:
    """Our command line, as the installed ``spbe`` script runs it."""
    return python_cmd("spbe_desktop.cli", *args)


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (
        os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""
    )
    env.setdefault("SPBE_LANG", "en")
    if extra:
        env.update(extra)
    return env


def run_child(
    cmd: list[str],
    *,
    cache: CacheControl | None = None,
    inputs: list[Path] | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 3600.0,
    mode: str = "cold",
) -> Measurement:
    """Run ``cmd`` once and measure it (page cache ``mode`` "cold" or "hot" when ``cache`` is
    given); raises ChildFailedError on a non-zero exit."""
    if cache is not None:
        cache.prepare(inputs or [], mode)
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r", suffix=".rss") as rss,
    ):
        launch = [GNU_TIME, "-f", "%M", "-o", rss.name, *cmd] if GNU_TIME else cmd
        start = time.perf_counter()
        proc = subprocess.Popen(
            launch,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=child_env(env),
            cwd=str(cwd or ROOT),
            start_new_session=True,
        )
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        reported = rss.read().strip().splitlines()
    if proc.returncode != 0:
        raise ChildFailedError(
            f"{' '.join(cmd[:6])}... exited {proc.returncode}:\n{stderr[-3000:]}{stdout[-1000:]}"
        )
    result: dict[str, Any] = {}
    for line in stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            result = json.loads(line[len(RESULT_PREFIX) :])
    kib = usage.ru_maxrss  # Linux: KiB; overstated without GNU time (see above)
    if GNU_TIME and reported and reported[-1].strip().isdigit():
        kib = int(reported[-1].strip())
    return Measurement(seconds=wall, peak_mib=kib / 1024.0, stdout=stdout, result=result)


def run_shell(script: str, **kwargs: Any) -> Measurement:
    """Commands run by ``bash`` (``set -euo pipefail``), timed from outside."""
    return run_child(["bash", "-c", "set -euo pipefail\n" + script], **kwargs)


def emit(result: dict[str, Any]) -> None:
    """Child side: report the result to the parent."""
    print(RESULT_PREFIX + json.dumps(result), flush=True)


# ------------------------------------------------------------------------------- the machine
def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": ram,
        "disk": _disk(ROOT),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "tools": _tool_versions(),
    }


def _disk(path: Path) -> str:
    """The block device under ``path`` and what the kernel says of it (rotational or not)."""
    try:
        dev = os.stat(path).st_dev
        major, minor = os.major(dev), os.minor(dev)
        sys_dev = Path(f"/sys/dev/block/{major}:{minor}").resolve()
        block = sys_dev if (sys_dev / "queue").exists() else sys_dev.parent
        name = block.name
        rota = (block / "queue" / "rotational").read_text().strip()
        fs = ""
        for line in Path("/proc/mounts").read_text().splitlines():
            parts = line.split()
            if parts[1] == "/" and not fs:
                fs = parts[2]
        kind = "reports rotational" if rota == "1" else "reports non-rotational (SSD)"
        virt = (
            " (virtio disk of a VM: the host's storage is not visible)"
            if name.startswith("vd")
            else ""
        )
        return f"/dev/{name}, {fs}, {kind}{virt}"
    except (OSError, IndexError, ValueError):
        return "unknown"


def _tool_versions() -> str:
    versions = []
    for tool, args in (("zip", ["-v"]), ("unzip", ["-v"]), ("sha256sum", ["--version"])):
        exe = shutil.which(tool)
        if not exe:
            versions.append(f"{tool} missing")
            continue
        try:
            first = subprocess.run(
                [exe, *args], capture_output=True, text=True, timeout=10, check=False
            ).stdout.splitlines()
        except OSError:
            continue
        named = [ln for ln in first if re.search(r"\b(zip|unzip|sha256sum)\b.*\d", ln, re.I)]
        line = re.sub(r"\s+", " ", (named or first or [""])[0]).strip()
        line = re.sub(r"^This is ", "", line)
        versions.append(line.strip()[:60])
    import bagit  # type: ignore[import-untyped]
    import pypdf

    versions.append(f"bagit {bagit.VERSION}")
    versions.append(f"pypdf {pypdf.__version__}")
    return "; ".join(versions)
