"""Content types every layer agrees on: what runs when opened and must never be laid out.

Shared by ``documents`` (which detects types from bytes) and ``reports`` (which lays documents
out for assessors); they are independent siblings, so the rule lives here, below both.
"""

from __future__ import annotations

from pathlib import PurePath

HTML = "text/html"
SVG = "image/svg+xml"
EXECUTABLE = "application/x-executable"

#: Content that runs when opened (programs, scripts, web pages, SVG with scripts).
ACTIVE_MIMES = frozenset({HTML, SVG, EXECUTABLE})

#: Names Windows runs (or opens in a scripting host) on a double-click, whatever the bytes.
RUNNABLE_SUFFIXES = frozenset(
    {
        ".exe", ".com", ".scr", ".pif", ".bat", ".cmd", ".ps1", ".psm1", ".vbs", ".vbe",
        ".js", ".jse", ".wsf", ".wsh", ".hta", ".msi", ".msp", ".lnk", ".url", ".reg",
        ".jar", ".dll", ".cpl", ".sys", ".html", ".htm", ".xhtml", ".shtml", ".svg",
        ".mht", ".mhtml", ".application", ".appref-ms", ".sh", ".py", ".desktop",
    }
)  # fmt: skip


def is_active_mime(mime: str) -> bool:
    """Content of this type runs when opened: a program, a script, a web page."""
    return mime in ACTIVE_MIMES


def is_runnable(mime: str, file_name: str) -> bool:
    """Would opening this document run something, by its content or by its name?"""
    return is_active_mime(mime) or PurePath(file_name).suffix.lower() in RUNNABLE_SUFFIXES
