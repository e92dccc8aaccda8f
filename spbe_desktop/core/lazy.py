"""Names a package re-exports, imported on first use (PEP 562 ``__getattr__``).

A package's ``__init__`` that imported every submodule made each command pay for all of them
(reading the message catalogue used to import pypdf, python-docx and the whole exchange). With
this, ``from package import name`` still works and costs only the module that defines ``name``.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """The ``__getattr__`` for ``package``: ``homes`` maps each name to the module defining it;
    a name once loaded is kept in the package's namespace, so it is looked up only once."""

    def load(name: str) -> Any:
        module = homes.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return load
