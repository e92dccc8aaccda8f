"""Windows' naming rules, written down once for the tests (Microsoft's "Naming Files, Paths,
and Namespaces"), independently of ``spbe_desktop.core.names``, which they check."""

from __future__ import annotations

_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789¹²³"
}


def windows_refuses(name: str) -> str | None:
    """Why Windows would refuse ``name`` as one file or folder name; None if it accepts it."""
    if name in ("", ".", ".."):
        return "empty or a dot name"
    if any(ch in '<>:"/\\|?*' or ord(ch) < 32 for ch in name):
        return "a forbidden character"
    if name[-1] in " .":
        return "a trailing dot or space"
    if len(name.encode("utf-16-le", "surrogatepass")) // 2 > 255:
        return "over 255 UTF-16 units"
    if name.split(".", 1)[0].rstrip(" ").upper() in _DEVICES:
        return "a device name"
    return None


def ntfs_same(a: str, b: str) -> bool:
    """NTFS's name comparison: letter by letter through its upper-case table (no folding of
    ß to SS, no normalisation). Approximated with Python's simple one-to-one upper case."""

    def up(text: str) -> str:
        return "".join(ch.upper() if len(ch.upper()) == 1 else ch for ch in text)

    return up(a) == up(b)
