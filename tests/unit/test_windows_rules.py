"""Windows' rules, simulated on any OS: names, long paths, files held open, the installer.

The OPD laptops run Windows 10 and 11; the developers' machines and most of CI do not. What
Windows would refuse is written down once (``tests/support/windows.py``, from Microsoft's
"Naming Files, Paths, and Namespaces"), independently of ``core.names``, and every name the
tool makes is checked against it, for arbitrary Unicode input.
"""

from __future__ import annotations

import ntpath
import os
import re
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from spbe_desktop import fileio
from spbe_desktop.core.names import (
    cut_units,
    name_key,
    safe_name,
    sidecar_name,
    slug,
    unique_name,
    utf16_units,
)
from spbe_desktop.errors import FileInUseError
from tests.support.windows import ntfs_same, windows_refuses

ROOT = Path(__file__).resolve().parents[2]

# Every code point, surrogates and unassigned ones included: names come from documents,
# bundles and typing, and a bundle's JSON can carry anything.
any_text = st.text(st.characters(codec=None, categories=None), max_size=300)
astral = st.text(st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF), min_size=1)


# ======================================================================================= names
@pytest.mark.parametrize(
    "raw",
    [
        "CON",
        "con.txt",
        "NUL.tar.gz",
        "Aux",
        "prn.",
        "COM0",
        "com9.pdf",
        "LPT1",
        "lpt9.docx",
        "COM¹",
        "lpt³.txt",
        "CON .txt",
        "conin$",
        "CONOUT$.log",
    ],
)
def test_device_names_get_a_prefix_whatever_their_extension(raw: str) -> None:
    name = safe_name(raw)
    assert windows_refuses(name) is None
    assert name.startswith("_")


@pytest.mark.parametrize("raw", ["CONSOLE", "COM10", "LPT", "NULL.pdf", "AUXILIARY", "prn-2026"])
def test_names_that_only_start_like_a_device_stay(raw: str) -> None:
    assert safe_name(raw) == raw


def test_names_are_measured_in_utf16_units() -> None:
    emoji = "😀" * 200  # 200 characters, 400 units
    assert utf16_units(emoji) == 400
    name = safe_name(emoji, 255)
    assert utf16_units(name) <= 254
    assert windows_refuses(name) is None
    assert cut_units("a😀b", 2) == "a"  # never half a surrogate pair


@given(any_text, st.integers(min_value=1, max_value=300))
def test_safe_name_is_always_legal_on_windows(text: str, limit: int) -> None:
    name = safe_name(text, limit)
    assert windows_refuses(name) is None, (text, name)
    assert utf16_units(name) <= max(limit, 1) or name.startswith("_")
    assert name.encode("utf-8")  # no lone surrogate reaches a file system


@given(st.lists(any_text, min_size=1, max_size=12))
def test_unique_names_never_collide_on_ntfs_or_by_case(texts: list[str]) -> None:
    taken: set[str] = set()
    names = [unique_name(safe_name(t, 90), taken) for t in texts]
    for i, a in enumerate(names):
        assert windows_refuses(a) is None, a
        for b in names[i + 1 :]:
            assert not ntfs_same(a, b), (a, b)
            assert a.casefold() != b.casefold(), (a, b)


@pytest.mark.parametrize(
    ("first", "second"),
    [("SK.pdf", "sk.PDF"), ("Fıle.pdf", "FILE.pdf"), ("KELVIN.txt", "\u212aelvin.txt")],
)
def test_unique_name_renames_names_a_case_insensitive_disk_would_merge(
    first: str, second: str
) -> None:
    taken: set[str] = set()
    assert unique_name(first, taken) == first
    renamed = unique_name(second, taken)
    assert renamed != second
    assert renamed.endswith(Path(second).suffix)
    assert name_key(renamed) != name_key(first)


def test_unique_name_stays_within_255_units() -> None:
    taken: set[str] = set()
    long = "a" * 251 + ".pdf"
    assert unique_name(long, taken) == long
    second = unique_name(long.upper(), taken)
    assert utf16_units(second) <= 255
    assert second.endswith(" (2).PDF")


@given(any_text.map(lambda t: safe_name(t, 255)), astral)
def test_sidecar_names_fit_and_keep_different_names_apart(name: str, other: str) -> None:
    side = sidecar_name(name, ".", ".lock")
    assert utf16_units(side) <= 255
    assert side == sidecar_name(name, ".", ".lock")  # found again later
    longer = safe_name(name + other, 255)
    assume(longer != name)
    assert sidecar_name(longer, ".", ".lock") != side


def test_slug_is_safe_inside_a_suggested_name() -> None:
    for raw in ("CON", "Dinas: Kominfo?", "😀" * 300, "..."):
        assert windows_refuses(f"kit-{slug(raw, 'opd')}.spbekit") is None


# ================================================================================= long paths
LONG_DIR = "C:\\Users\\Siti Nurhaliza\\Dokumen\\" + "\\".join(["Bukti dukung SPBE 2026"] * 10)


def test_long_absolute_paths_get_the_extended_prefix() -> None:
    assert len(LONG_DIR) > 260
    assert fileio.windows_long_path(LONG_DIR) == "\\\\?\\" + LONG_DIR


def test_the_prefixed_path_is_normalised_first() -> None:
    raw = LONG_DIR.replace("\\", "/") + "/sub/../laporan.pdf"
    out = fileio.windows_long_path(raw)
    assert out == "\\\\?\\" + LONG_DIR + "\\laporan.pdf"
    assert "/" not in out and ".." not in out


def test_unc_paths_use_the_unc_form() -> None:
    raw = "\\\\server\\bersama" + LONG_DIR[2:]
    assert fileio.windows_long_path(raw) == "\\\\?\\UNC\\server\\bersama" + LONG_DIR[2:]


@pytest.mark.parametrize(
    "raw",
    [
        "C:\\Users\\Siti Nurhaliza\\Dokumen\\laporan.docx",  # short
        "\\\\?\\" + LONG_DIR,  # already extended
        "\\\\.\\pipe\\spbe",  # a device path
        "Bukti\\" * 60,  # relative: there is no safe absolute form to give
    ],
)
def test_other_paths_stay_as_they_are(raw: str) -> None:
    assert fileio.windows_long_path(raw) == raw


def test_room_for_names_below_a_folder_counts() -> None:
    folder = "C:\\" + "d" * 200
    assert fileio.windows_long_path(folder) == folder
    assert fileio.windows_long_path(folder, room=60).startswith("\\\\?\\C:\\")


def test_length_is_counted_in_utf16_units() -> None:
    folder = "C:\\" + "😀" * 123  # 126 characters, 249 units
    assert fileio.windows_long_path(folder).startswith("\\\\?\\")


@given(st.lists(any_text.map(lambda t: safe_name(t, 60)), min_size=1, max_size=12))
def test_every_absolute_path_is_short_or_extended(parts: list[str]) -> None:
    path = "C:\\Users\\Siti Nurhaliza\\" + "\\".join(parts)
    out = fileio.windows_long_path(path)
    if out == path:
        assert utf16_units(path) < fileio.WINDOWS_PATH_LIMIT
    else:
        assert out == "\\\\?\\" + ntpath.normpath(path)


@pytest.mark.skipif(sys.platform == "win32", reason="the identity holds off Windows")
def test_long_path_changes_nothing_off_windows(tmp_path: Path) -> None:
    deep = tmp_path / ("x" * 200) / ("y" * 200)
    assert fileio.long_path(deep, room=255) is deep


def test_atomic_output_writes_a_name_of_250_characters(tmp_path: Path) -> None:
    # Its temporary name (".<name>.<random>.part") would be over 255: it is cut, with a hash.
    out = tmp_path / ("Laporan " * 30)[:246].strip().replace(" ", "_")
    out = out.with_name(out.name + ".pdf")
    assert len(out.name) > 240
    with fileio.atomic_output(out) as fh:
        fh.write(b"%PDF-1.7")
        [tmp] = fileio.temporaries(out)
        assert len(tmp.name) <= 255
    # Read back the way the app writes: a Windows without long paths enabled needs the prefix.
    assert fileio.long_path(out).read_bytes() == b"%PDF-1.7"
    assert fileio.temporaries(out) == []


# ======================================================================= a file held open
def sharing_violation(path: Path) -> PermissionError:
    """What os.replace raises on Windows while another program holds the file open.

    Windows is not available here, so it is built by hand: ERROR_SHARING_VIOLATION (32), which
    Python reports as errno 13. On POSIX the constructor drops ``winerror``; it is set again.
    """
    exc = PermissionError(13, "The process cannot access the file", str(path), 32)
    exc.winerror = 32
    return exc


def _held_open(monkeypatch: pytest.MonkeyPatch, times: int) -> list[tuple[str, str]]:
    """Make ``os.replace`` fail like Windows ``times`` times (-1: always), then work."""
    real = os.replace
    calls: list[tuple[str, str]] = []

    def fake(src: str | Path, dst: str | Path) -> None:
        calls.append((str(src), str(dst)))
        if times < 0 or len(calls) <= times:
            raise sharing_violation(Path(dst))
        real(src, dst)

    monkeypatch.setattr(fileio.os, "replace", fake)
    return calls


def test_replace_waits_for_a_program_that_lets_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, dst = tmp_path / "new.docx", tmp_path / "laporan.docx"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    calls = _held_open(monkeypatch, times=3)
    pauses: list[float] = []
    fileio.replace(src, dst, sleep=pauses.append)
    assert dst.read_bytes() == b"new"
    assert len(calls) == 4
    assert pauses == [0.05, 0.1, 0.2]


def test_replace_names_the_file_when_it_stays_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Siti Nurhaliza" / "Dokumen"
    folder.mkdir(parents=True)
    src, dst = folder / "new.docx", folder / "Laporan SPBE.docx"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    calls = _held_open(monkeypatch, times=-1)
    with pytest.raises(FileInUseError) as caught:
        fileio.replace(src, dst, patience_s=0.3)
    assert len(calls) > 2  # it did wait and retry
    assert caught.value.code == "file.in_use"
    assert caught.value.path == dst
    for lang, close in (("en", "close the program"), ("id", "tutup program")):
        text = caught.value.message(lang)
        assert "Laporan SPBE.docx" in text and str(folder) in text and close in text
    assert dst.read_bytes() == b"old" and src.exists()


def test_replace_names_the_program_when_windows_knows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, dst = tmp_path / "new.pdf", tmp_path / "rekap.pdf"
    src.write_bytes(b"new")
    _held_open(monkeypatch, times=-1)
    monkeypatch.setattr(
        fileio.winapi, "programs_using", lambda p: ["Adobe Acrobat"] if p == dst else []
    )
    with pytest.raises(FileInUseError) as caught:
        fileio.replace(src, dst, patience_s=0.0)
    assert caught.value.code == "file.in_use_by"
    assert "tutup Adobe Acrobat" in caught.value.message("id")


def test_a_posix_permission_error_is_not_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0

    def refuse(src: str | Path, dst: str | Path) -> None:
        nonlocal calls
        calls += 1
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(fileio.os, "replace", refuse)
    with pytest.raises(PermissionError):
        fileio.replace(tmp_path / "a", tmp_path / "b")
    assert calls == 1


def test_atomic_output_keeps_the_old_file_when_the_new_cannot_replace_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(b"old")
    _held_open(monkeypatch, times=-1)
    monkeypatch.setattr(fileio, "REPLACE_PATIENCE_S", 0.2)
    with pytest.raises(FileInUseError), fileio.atomic_output(out) as fh:
        fh.write(b"new")
    assert out.read_bytes() == b"old"
    assert fileio.temporaries(out) == []


def test_atomic_path_goes_through_the_same_replace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "salinan.spbe"
    calls = _held_open(monkeypatch, times=2)
    with fileio.atomic_path(out) as tmp:
        tmp.write_bytes(b"SQLite format 3\x00")
    assert out.read_bytes().startswith(b"SQLite")
    assert len(calls) == 3


# ================================================================= a user name like Windows'
@pytest.fixture
def siti_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A profile folder like ``C:\\Users\\Siti Nurhaliza``, with non-ASCII below it."""
    home = tmp_path / "Users" / "Siti Nurhaliza"
    (home / "Dokumen" / "Penilaian Mandiri – Dinas Kominfo Ñ 文書").mkdir(parents=True)
    for name in ("CONFIG", "DATA", "CACHE", "LOG"):
        folder = home / "AppData" / "Local" / "spbe-desktop" / name.lower()
        monkeypatch.setenv(f"SPBE_{name}_DIR", str(folder))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(var, raising=False)
    return home


def _platform_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    """No SPBE_*_DIR: the per-user folders come from platformdirs."""
    for name in ("CONFIG", "DATA", "CACHE", "LOG"):
        monkeypatch.delenv(f"SPBE_{name}_DIR", raising=False)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows asks the shell, not HOME: next test")
def test_per_user_folders_under_a_profile_with_spaces(
    siti_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spbe_desktop import paths

    _platform_defaults(monkeypatch)

    for folder in (paths.data_dir(), paths.config_dir(), paths.cache_dir(), paths.log_dir()):
        assert siti_home in folder.parents and folder.is_dir()


def test_windows_per_user_folders_under_such_a_profile(
    siti_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # platformdirs' Windows rules, with the folders taken from LOCALAPPDATA/APPDATA (what the
    # shell would answer on Windows): %LOCALAPPDATA%\spbe-desktop, no author level.
    import platformdirs.windows

    from spbe_desktop import paths

    _platform_defaults(monkeypatch)
    monkeypatch.setattr(
        platformdirs.windows, "get_win_folder", platformdirs.windows.get_win_folder_from_env_vars
    )
    dirs = platformdirs.windows.Windows(appname="spbe-desktop", appauthor=False)
    monkeypatch.setattr(paths, "_DIRS", dirs)
    data = paths.data_dir()
    assert data == siti_home / "AppData" / "Local" / "spbe-desktop"
    assert data.is_dir()


def test_workspace_documents_and_bundles_under_a_non_ascii_folder(siti_home: Path) -> None:
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.attach import AttachRequest, attach_files
    from spbe_desktop.services.exchange import export_bundle, verify_bundle
    from spbe_desktop.services.workspace import init_workspace
    from spbe_desktop.store.lock import hold_workspace
    from tests.support.generate import make_pdf

    folder = siti_home / "Dokumen" / "Penilaian Mandiri – Dinas Kominfo Ñ 文書"
    workspace = folder / "Dinas Kominfo – 2026 ✓.spbe"
    init_workspace(workspace, role="opd", instansi="Pemerintah Provinsi", unit="Kominfo")
    with hold_workspace(workspace) as hold:
        assert hold.held and hold.lock_file.exists()
        assert hold.lock_file.parent == folder.resolve()
        sk = make_pdf(folder / "SK Tim Koordinasi – Ñoño 文書.pdf", ["KEPUTUSAN KEPALA DINAS"])
        # The PDF is read by the worker child, which is handed this path.
        [result] = run(attach_files(workspace, "1", [AttachRequest(sk)]))
        assert result.kind == "Keputusan/SK", result
        bundle = folder / "Paket bukti – Kominfo Ñ.spbebundle"
        run(export_bundle(workspace, bundle))
        assert run(verify_bundle(bundle)).ok
    assert not hold.lock_file.exists()


# ==================================================================== installer and file types
ISS = ROOT / "packaging" / "windows" / "installer.iss"
FILE_TYPES = {
    ".spbe": "SpbeDesktop.Workspace",
    ".spbebundle": "SpbeDesktop.Bundle",
    ".spbekit": "SpbeDesktop.Kit",
    ".spbereceipt": "SpbeDesktop.Receipt",
}


def _section(text: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, name
    return [ln for ln in match.group(1).splitlines() if ln.strip() and not ln.startswith(";")]


def test_installer_needs_no_administrator() -> None:
    setup = _section(ISS.read_text(encoding="utf-8"), "Setup")
    assert "PrivilegesRequired=lowest" in setup
    assert "DefaultDirName={autopf}\\{#AppSlug}" in setup  # %LOCALAPPDATA%\Programs per user
    assert "ChangesAssociations=yes" in setup


def test_installer_registers_the_four_file_types_for_the_user() -> None:
    registry = _section(ISS.read_text(encoding="utf-8"), "Registry")
    # HKA is HKCU\Software\Classes in a per-user install; never HKLM/HKCR, which need admin.
    assert all(line.startswith("Root: HKA;") for line in registry)
    opens = '"""{app}\\{#ExeName}"" ""%1"""'
    for ext, prog_id in FILE_TYPES.items():
        assert any(f'Subkey: "Software\\Classes\\{ext}"' in ln and prog_id in ln for ln in registry)
        assert any(
            f'Subkey: "Software\\Classes\\{prog_id}\\shell\\open\\command"' in ln and opens in ln
            for ln in registry
        ), prog_id
