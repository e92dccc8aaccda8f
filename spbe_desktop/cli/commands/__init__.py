"""The CLI commands, in the order ``spbe --help`` lists them.

Command modules are imported only when needed (:func:`load`): each pulls in the services it
uses (reports, openpyxl, the exchange), and ``spbe status`` should not pay for ``spbe pack``.
"""

import importlib
from types import ModuleType

#: command name -> module name under ``spbe_desktop.cli.commands``
COMMANDS: dict[str, str] = {
    "init": "init",
    "kit": "kit",
    "pack": "pack",
    "status": "status",
    "indicators": "indicators",
    "items": "items",
    "assess": "assess",
    "attach": "attach",
    "verdict": "verdict",
    "external": "external",
    "result": "result",
    "note": "note",
    "identity": "identity",
    "trust": "trust",
    "export": "export",
    "verify": "verify",
    "import": "import_",
    "receipt": "receipt",
    "accept-receipt": "accept_receipt",
    "index": "index",
    "report": "report",
    "compile": "compile",
    "csv": "csv_export",
    "architecture": "architecture",
    "check": "check",
    "backup": "backup",
}


def load(name: str) -> ModuleType:
    """The module of command ``name`` (``HELP``, ``add_arguments``, ``run``)."""
    return importlib.import_module(f"spbe_desktop.cli.commands.{COMMANDS[name]}")
