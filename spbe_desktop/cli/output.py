"""Printing for the CLI: language choice, progress line, numbers in Indonesian format.

Everything printed passes through :func:`~spbe_desktop.core.text.clean_text`: a document title
from an old workspace or an OPD's bundle may hold terminal escape sequences, bidi overrides or
lone surrogates (which would crash the UTF-8 encoder of stdout).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Generator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from spbe_desktop.core.progress import Progress
from spbe_desktop.core.text import clean_text, xml_safe
from spbe_desktop.errors import UsageError, message_for

T = TypeVar("T")


def lang() -> str:
    return "en" if os.environ.get("SPBE_LANG", "id").lower().startswith("en") else "id"


def t(id_text: str, en_text: str) -> str:
    """Pick the text for the output language."""
    return en_text if lang() == "en" else id_text


def num(value: float | Decimal, places: int = 2) -> str:
    """2.47 -> "2,47" in Indonesian, "2.47" in English."""
    text = f"{float(value):.{places}f}"
    return text if lang() == "en" else text.replace(".", ",")


def plain(value: float | Decimal, places: int = 2) -> str:
    """A number without trailing zeros: 60 -> "60", 68.75 -> "68,75" (at most ``places``)."""
    text = num(value, places)
    sep = "." if lang() == "en" else ","
    return text.rstrip("0").rstrip(sep) if sep in text else text


def size(n: int) -> str:
    units = ["B", "KB", "MB", "GB"]
    value = float(n)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            return f"{num(value, 1 if unit != 'B' else 0)} {unit}"
        value /= 1024
    return str(n)


def error(text: str) -> None:
    sys.stderr.write(f"spbe: {clean_text(text, multiline=True)}\n")


def say(text: str = "") -> None:
    sys.stdout.write(clean_text(text, multiline=True) + "\n")


def dump_json(data: Any) -> None:
    # json escapes control characters itself; only lone surrogates would break the encoder.
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(xml_safe(text) + "\n")


def drive(job: Generator[Progress, None, T]) -> T:
    """Run a progress generator, showing a one-line progress on a terminal's stderr."""
    show = sys.stderr.isatty()
    last = 0.0
    while True:
        try:
            step = next(job)
        except StopIteration as stop:
            if show:
                sys.stderr.write("\r\033[K")
            return stop.value  # type: ignore[no-any-return]
        now = time.monotonic()
        if show and now - last > 0.2:
            last = now
            text = clean_text(message_for(step.message_code, step.params, lang()))
            sys.stderr.write(f"\r\033[K{int(step.fraction * 100):3d}% {text}"[:100])
            sys.stderr.flush()


# ---------------------------------------------------------------------------------- --out


def add_force_argument(p: argparse.ArgumentParser) -> None:
    """``--force``: the one rule of every command that writes ``--out``."""
    p.add_argument("--force", action="store_true", help="replace --out if it already exists")


def refuse_existing(*paths: Path, force: bool) -> None:
    """Refuse to replace an existing output unless ``--force`` was given (exit status 2)."""
    if force:
        return
    for path in paths:
        if path.exists() or path.is_symlink():
            raise UsageError("usage.out_exists", file=str(path))
