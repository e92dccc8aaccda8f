"""The document worker's memory limit on Windows: the Job Object's layout and the watchdog.

Windows itself is not available here. What can be checked anywhere is checked: the ctypes
structures have the sizes and offsets of the Windows x64 headers, the limits put into them are
the intended ones, and the parent's watchdog (the fallback when Windows refuses the job) really
kills a child that allocates, here a real Python process on Linux.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest

from spbe_desktop import winapi
from spbe_desktop.documents import child, watchdog
from spbe_desktop.documents.inspect import inspect_document
from tests.support.generate import make_pdf

x64 = pytest.mark.skipif(ctypes.sizeof(ctypes.c_void_p) != 8, reason="x64 layouts")
MIB = 1024 * 1024


@x64
@pytest.mark.parametrize(
    ("structure", "size"),
    [
        (winapi.JobObjectBasicLimitInformation, 64),
        (winapi.IoCounters, 48),
        (winapi.JobObjectExtendedLimitInformation, 144),
        (winapi.ProcessMemoryCountersEx, 80),
        (winapi.RmUniqueProcess, 12),
        (winapi.RmProcessInfo, 668),
    ],
)
def test_structures_have_the_windows_x64_sizes(
    structure: type[ctypes.Structure], size: int
) -> None:
    assert ctypes.sizeof(structure) == size


@x64
def test_extended_limit_fields_sit_where_windows_reads_them() -> None:
    basic = winapi.JobObjectBasicLimitInformation
    ext = winapi.JobObjectExtendedLimitInformation
    assert (basic.LimitFlags.offset, basic.MinimumWorkingSetSize.offset) == (16, 24)
    assert (basic.Affinity.offset, basic.PriorityClass.offset) == (48, 56)
    assert (ext.IoInfo.offset, ext.ProcessMemoryLimit.offset, ext.JobMemoryLimit.offset) == (
        64,
        112,
        120,
    )
    assert winapi.ProcessMemoryCountersEx.PrivateUsage.offset == 72


def test_job_limits_cap_memory_and_cpu_and_silence_crash_dialogs() -> None:
    info = winapi.job_limits(768 * MIB, 31)
    flags = info.BasicLimitInformation.LimitFlags
    assert flags & winapi.JOB_OBJECT_LIMIT_PROCESS_MEMORY
    assert flags & winapi.JOB_OBJECT_LIMIT_PROCESS_TIME
    assert flags & winapi.JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    assert info.ProcessMemoryLimit == 768 * MIB
    assert info.BasicLimitInformation.PerProcessUserTimeLimit == 31 * 10_000_000  # 100 ns ticks
    serving = winapi.job_limits(768 * MIB, None)  # the kept worker raises its budget per file
    assert not serving.BasicLimitInformation.LimitFlags & winapi.JOB_OBJECT_LIMIT_PROCESS_TIME


def test_restart_manager_names_are_decoded_from_utf16() -> None:
    info = winapi.RmProcessInfo()
    text = "Adobe Acrobat – Ñ 😀"
    raw = text.encode("utf-16-le")
    for i in range(len(raw) // 2):
        info.strAppName[i] = int.from_bytes(raw[2 * i : 2 * i + 2], "little")
    assert winapi._wide(info.strAppName) == text


@pytest.mark.skipif(sys.platform == "win32", reason="the Windows calls themselves")
def test_the_windows_calls_answer_unknown_elsewhere(tmp_path: Path) -> None:
    assert winapi.limit_this_process(100 * MIB, 1) is False
    assert winapi.programs_using(tmp_path) == []


# ================================================================================ the watchdog
# A child that takes ~400 MiB, touching every page (so it is resident), then waits.
HOG = "import sys, time; block = b'x' * (400 * 1024 * 1024); sys.stdout.write('ok'); time.sleep(60)"
# The interpreter itself: a venv's python.exe on Windows is a launcher that runs the real one as
# its child, and the watchdog would watch the launcher.
PYTHON = getattr(sys, "_base_executable", None) or sys.executable


def _memory_readable() -> bool:
    return winapi.process_memory(os.getpid()) is not None


needs_memory = pytest.mark.skipif(not _memory_readable(), reason="no /proc to read memory from")


@needs_memory
def test_watchdog_kills_a_child_that_takes_too_much_memory() -> None:
    proc = subprocess.Popen([PYTHON, "-c", HOG], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        with watchdog.MemoryWatchdog(proc, 150 * MIB, interval_s=0.05) as guard:
            proc.wait(timeout=60)
        assert guard.tripped
        assert guard.peak > 150 * MIB
        assert proc.returncode != 0
    finally:
        proc.kill()
        proc.wait()


@needs_memory
def test_watchdog_leaves_a_modest_child_alone() -> None:
    proc = subprocess.Popen(
        [PYTHON, "-c", "print('ok')"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    with watchdog.MemoryWatchdog(proc, 500 * MIB, interval_s=0.01) as guard:
        out, _ = proc.communicate(timeout=60)
    assert not guard.tripped
    assert proc.returncode == 0 and out.strip() == b"ok"


def test_watchdog_is_on_only_where_the_worker_may_lack_a_limit() -> None:
    assert watchdog.WATCH_MEMORY is (sys.platform == "win32")


@needs_memory
@pytest.mark.parametrize("kept", [False, True], ids=["one-shot", "kept-worker"])
def test_inspection_with_the_watchdog_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kept: bool
) -> None:
    # As on Windows: the parent watches the worker; a normal PDF still reads normally.
    monkeypatch.setattr(watchdog, "WATCH_MEMORY", True)
    started: list[watchdog.MemoryWatchdog] = []
    real_watch = watchdog.watch

    def spy(proc: subprocess.Popen[bytes], limit: int) -> watchdog.MemoryWatchdog | None:
        guard = real_watch(proc, limit)
        assert guard is not None
        started.append(guard)
        return guard

    monkeypatch.setattr(watchdog, "watch", spy)
    pdf = make_pdf(tmp_path / "SK Kepala Dinas.pdf", ["KEPUTUSAN KEPALA DINAS\nNomor 1/2026"])
    if kept:
        with child.DocumentInspector(memory_mb=512) as inspector:
            info = inspector.inspect(pdf)
    else:
        info = inspect_document(pdf, memory_mb=512)
    assert "KEPUTUSAN" in info.text
    assert [g.limit_bytes for g in started] == [512 * MIB]
    assert not started[0].tripped
