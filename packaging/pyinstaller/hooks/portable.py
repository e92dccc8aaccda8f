"""PyInstaller runtime hook: portable mode.

When a file named ``portable.txt`` sits beside the executable, every per-user folder moves beside
the program: ``SPBE_CONFIG_DIR``, ``SPBE_DATA_DIR``, ``SPBE_CACHE_DIR`` and ``SPBE_LOG_DIR`` are
set to ``spbe-data/{config,data,cache,log}`` next to the .exe, so the officer can carry the
program and the workspaces on one flash disk and leave nothing on the borrowed PC.
``spbe_desktop.paths`` only reads those variables; nothing else in the code knows about
portable mode (style guide 4.8).

Rules:
- A variable the user set explicitly is left alone.
- If the folder beside the program cannot be written (write-protected stick, read-only share),
  portable mode is skipped with one line on stderr and the normal per-user folders are used, so
  the app still starts instead of failing on its first mkdir.
- The hook runs before any application import, in every process of the frozen app (the GUI, the
  CLI and the document worker children, which inherit the variables anyway).
"""

import os
import sys
from pathlib import Path

MARKER = "portable.txt"
FOLDER = "spbe-data"
KINDS = ("config", "data", "cache", "log")


def _apply() -> None:
    if not getattr(sys, "frozen", False):
        return
    exe_dir = Path(sys.executable).resolve().parent
    if not (exe_dir / MARKER).is_file():
        return
    root = exe_dir / FOLDER
    try:
        root.mkdir(exist_ok=True)
        probe = root / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        if sys.stderr is not None:
            sys.stderr.write(
                f"spbe-desktop: portable.txt found but {root} is not writable ({exc}); "
                "using the per-user folders instead\n"
            )
        return
    os.environ.setdefault("SPBE_PORTABLE", "1")
    for kind in KINDS:
        os.environ.setdefault(f"SPBE_{kind.upper()}_DIR", str(root / kind))


_apply()
