"""The few Windows API calls the app makes, through ctypes: plain Python, no pywin32.

* A **Job Object** limits the document worker's memory (and CPU time) on Windows, where the
  POSIX ``RLIMIT_AS`` does not exist: the worker puts itself in a job with
  ``JOB_OBJECT_LIMIT_PROCESS_MEMORY`` (see :func:`limit_this_process`).
* **Process memory** (``GetProcessMemoryInfo``, or ``/proc`` on Linux) for the parent's memory
  watchdog, the fallback when a job cannot be set (:func:`process_memory`).
* The **Restart Manager** names the programs that hold a file open (:func:`programs_using`),
  so "close the program that has it open" can say which program.

Every call is made only when ``sys.platform == "win32"``; elsewhere the functions answer
"unknown" (False, None, []). The structures are declared with fixed-size integer types, not
``ctypes.wintypes``, so their layout can be checked on any 64-bit machine (the tests do:
``tests/unit/test_windows_rules.py``).
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

_DWORD = ctypes.c_uint32
_BOOL = ctypes.c_int32
_LARGE_INTEGER = ctypes.c_int64
_ULONGLONG = ctypes.c_uint64
_SIZE_T = ctypes.c_size_t
_ULONG_PTR = ctypes.c_size_t
_HANDLE = ctypes.c_void_p

# ------------------------------------------------------------------------------- Job Objects
#: JOBOBJECTINFOCLASS value for :class:`JobObjectExtendedLimitInformation`.
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9
JOB_OBJECT_LIMIT_PROCESS_TIME = 0x00000002
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
#: A crash ends the process at once instead of showing Windows Error Reporting's dialog (the
#: worker of the windowed app has nobody to answer it).
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400
#: FILETIME-style ticks per second (PerProcessUserTimeLimit is in 100 ns units).
_TICKS_PER_SECOND = 10_000_000


class JobObjectBasicLimitInformation(ctypes.Structure):
    """JOBOBJECT_BASIC_LIMIT_INFORMATION (64 bytes on x64)."""

    _fields_ = [
        ("PerProcessUserTimeLimit", _LARGE_INTEGER),
        ("PerJobUserTimeLimit", _LARGE_INTEGER),
        ("LimitFlags", _DWORD),
        ("MinimumWorkingSetSize", _SIZE_T),
        ("MaximumWorkingSetSize", _SIZE_T),
        ("ActiveProcessLimit", _DWORD),
        ("Affinity", _ULONG_PTR),
        ("PriorityClass", _DWORD),
        ("SchedulingClass", _DWORD),
    ]


class IoCounters(ctypes.Structure):
    """IO_COUNTERS (48 bytes)."""

    _fields_ = [
        ("ReadOperationCount", _ULONGLONG),
        ("WriteOperationCount", _ULONGLONG),
        ("OtherOperationCount", _ULONGLONG),
        ("ReadTransferCount", _ULONGLONG),
        ("WriteTransferCount", _ULONGLONG),
        ("OtherTransferCount", _ULONGLONG),
    ]


class JobObjectExtendedLimitInformation(ctypes.Structure):
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION (144 bytes on x64)."""

    _fields_ = [
        ("BasicLimitInformation", JobObjectBasicLimitInformation),
        ("IoInfo", IoCounters),
        ("ProcessMemoryLimit", _SIZE_T),
        ("JobMemoryLimit", _SIZE_T),
        ("PeakProcessMemoryUsed", _SIZE_T),
        ("PeakJobMemoryUsed", _SIZE_T),
    ]


def job_limits(memory_bytes: int, cpu_seconds: float | None) -> JobObjectExtendedLimitInformation:
    """The limits the document worker's job gets (built and checked on any platform).

    Args:
        memory_bytes: the most memory the process may commit; an allocation beyond it fails
            (Python raises MemoryError), as with ``RLIMIT_AS`` on POSIX.
        cpu_seconds: user-mode CPU time after which Windows ends the process; None for none.
    """
    info = JobObjectExtendedLimitInformation()
    flags = JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    if cpu_seconds is not None:
        flags |= JOB_OBJECT_LIMIT_PROCESS_TIME
        info.BasicLimitInformation.PerProcessUserTimeLimit = int(cpu_seconds * _TICKS_PER_SECOND)
    info.BasicLimitInformation.LimitFlags = flags
    info.ProcessMemoryLimit = memory_bytes
    return info


_job: int | None = None  # this process's job handle, kept open while the process lives
_in_job = False


def limit_this_process(memory_bytes: int, cpu_seconds: float | None) -> bool:
    """Put this process in a Job Object with :func:`job_limits`; call again to change them.

    Windows 8 and later allow a process that is already in a job (a CI runner, a terminal) to
    join a nested one, so this works wherever the app runs.

    Returns:
        True when the limits hold; False elsewhere than Windows or when a call failed (the
        parent's memory watchdog is then the only guard).
    """
    if sys.platform != "win32":
        return False
    global _job, _in_job
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateJobObjectW.restype = _HANDLE
    kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, ctypes.c_wchar_p]
    kernel32.SetInformationJobObject.restype = _BOOL
    kernel32.SetInformationJobObject.argtypes = [_HANDLE, ctypes.c_int, ctypes.c_void_p, _DWORD]
    kernel32.AssignProcessToJobObject.restype = _BOOL
    kernel32.AssignProcessToJobObject.argtypes = [_HANDLE, _HANDLE]
    kernel32.GetCurrentProcess.restype = _HANDLE
    kernel32.GetCurrentProcess.argtypes = []
    info = job_limits(memory_bytes, cpu_seconds)
    if _job is None:
        _job = kernel32.CreateJobObjectW(None, None)
        if not _job:
            log.warning("CreateJobObjectW failed: %s", ctypes.get_last_error())
            _job = None
            return False
    if not kernel32.SetInformationJobObject(
        _job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS, ctypes.byref(info), ctypes.sizeof(info)
    ):
        log.warning("SetInformationJobObject failed: %s", ctypes.get_last_error())
        return False
    if not _in_job:
        if not kernel32.AssignProcessToJobObject(_job, kernel32.GetCurrentProcess()):
            log.warning("AssignProcessToJobObject failed: %s", ctypes.get_last_error())
            return False
        _in_job = True
    return True


# ---------------------------------------------------------------------------- process memory
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000


class ProcessMemoryCountersEx(ctypes.Structure):
    """PROCESS_MEMORY_COUNTERS_EX (80 bytes on x64)."""

    _fields_ = [
        ("cb", _DWORD),
        ("PageFaultCount", _DWORD),
        ("PeakWorkingSetSize", _SIZE_T),
        ("WorkingSetSize", _SIZE_T),
        ("QuotaPeakPagedPoolUsage", _SIZE_T),
        ("QuotaPagedPoolUsage", _SIZE_T),
        ("QuotaPeakNonPagedPoolUsage", _SIZE_T),
        ("QuotaNonPagedPoolUsage", _SIZE_T),
        ("PagefileUsage", _SIZE_T),
        ("PeakPagefileUsage", _SIZE_T),
        ("PrivateUsage", _SIZE_T),
    ]


def process_memory(pid: int) -> int | None:
    """Memory a process uses, in bytes: committed private bytes on Windows (what a job
    limits), resident memory on Linux; None when it cannot be read (gone, other platforms)."""
    if sys.platform == "win32":
        return _windows_private_bytes(pid)
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            resident_pages = int(fh.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return resident_pages * os.sysconf("SC_PAGE_SIZE")


def _windows_private_bytes(pid: int) -> int | None:
    if sys.platform != "win32":
        return None
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    psapi = ctypes.WinDLL("psapi", use_last_error=True)
    kernel32.OpenProcess.restype = _HANDLE
    kernel32.OpenProcess.argtypes = [_DWORD, _BOOL, _DWORD]
    kernel32.CloseHandle.argtypes = [_HANDLE]
    psapi.GetProcessMemoryInfo.restype = _BOOL
    psapi.GetProcessMemoryInfo.argtypes = [_HANDLE, ctypes.c_void_p, _DWORD]
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid)
    if not handle:
        return None
    try:
        counters = ProcessMemoryCountersEx()
        counters.cb = ctypes.sizeof(counters)
        if not psapi.GetProcessMemoryInfo(handle, ctypes.byref(counters), counters.cb):
            return None
        return int(counters.PrivateUsage)
    finally:
        kernel32.CloseHandle(handle)


# --------------------------------------------------------------------------- Restart Manager
CCH_RM_SESSION_KEY = 32
CCH_RM_MAX_APP_NAME = 255
CCH_RM_MAX_SVC_NAME = 63
_ERROR_MORE_DATA = 234


class FileTime(ctypes.Structure):
    _fields_ = [("dwLowDateTime", _DWORD), ("dwHighDateTime", _DWORD)]


class RmUniqueProcess(ctypes.Structure):
    _fields_ = [("dwProcessId", _DWORD), ("ProcessStartTime", FileTime)]


class RmProcessInfo(ctypes.Structure):
    """RM_PROCESS_INFO (668 bytes); WCHAR arrays as 16-bit units, decoded by :func:`_wide`."""

    _fields_ = [
        ("Process", RmUniqueProcess),
        ("strAppName", ctypes.c_uint16 * (CCH_RM_MAX_APP_NAME + 1)),
        ("strServiceShortName", ctypes.c_uint16 * (CCH_RM_MAX_SVC_NAME + 1)),
        ("ApplicationType", ctypes.c_int32),
        ("AppStatus", ctypes.c_uint32),
        ("TSSessionId", _DWORD),
        ("bRestartable", _BOOL),
    ]


def _wide(units: ctypes.Array[ctypes.c_uint16]) -> str:
    """A NUL-terminated WCHAR array as a str."""
    data = bytes(memoryview(units).cast("B"))
    return data.decode("utf-16-le", "replace").split("\0", 1)[0]


def programs_using(path: Path) -> list[str]:
    """The names of the programs holding ``path`` open ("Adobe Acrobat Reader", ...).

    Asks Windows' Restart Manager, as Explorer does for "the file is open in ...". Empty when
    nobody is known to hold it, when the question fails, and on other platforms.
    """
    if sys.platform != "win32":
        return []
    try:
        return _restart_manager_list(str(path))
    except OSError as exc:  # the DLL is missing or refuses: the message stays generic
        log.info("Restart Manager could not be asked about %s: %r", path, exc)
        return []


def _restart_manager_list(path: str) -> list[str]:
    if sys.platform != "win32":
        return []
    rm = ctypes.WinDLL("rstrtmgr", use_last_error=True)
    session = _DWORD()
    key = ctypes.create_unicode_buffer(CCH_RM_SESSION_KEY + 1)
    if rm.RmStartSession(ctypes.byref(session), 0, key) != 0:
        return []
    try:
        files = (ctypes.c_wchar_p * 1)(path)
        if rm.RmRegisterResources(session, 1, files, 0, None, 0, None) != 0:
            return []
        needed, count, reasons = ctypes.c_uint(0), ctypes.c_uint(0), _DWORD(0)
        infos = (RmProcessInfo * 8)()
        for _ in range(3):
            count.value = len(infos)
            status = rm.RmGetList(
                session, ctypes.byref(needed), ctypes.byref(count), infos, ctypes.byref(reasons)
            )
            if status == _ERROR_MORE_DATA:
                infos = (RmProcessInfo * max(needed.value, 1))()
                continue
            if status != 0:
                return []
            names = [_wide(infos[i].strAppName) for i in range(count.value)]
            return sorted({n for n in names if n})
        return []
    finally:
        rm.RmEndSession(session)
