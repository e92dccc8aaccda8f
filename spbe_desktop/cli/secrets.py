"""The signing key's passphrase on the command line: one rule for every command that signs.

1. ``SPBE_PASSPHRASE`` set: it is used (scripts, CI).
2. The key has no passphrase: nothing is asked.
3. ``--passphrase`` given, or standard input is a terminal: asked with :func:`getpass.getpass`
   (never echoed, never in the shell history).
4. Otherwise (a script without the variable): nothing is asked and the command stops with
   ``exchange.passphrase_needed``, which names these ways.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from spbe_desktop.cli.output import t
from spbe_desktop.services.maintenance import key_protected

ENV = "SPBE_PASSPHRASE"


def add_passphrase_argument(p: argparse.ArgumentParser) -> None:
    """The ``--passphrase`` flag of a command that signs with the workspace's key."""
    p.add_argument(
        "--passphrase",
        action="store_true",
        help="ask for the signing key's passphrase (or set SPBE_PASSPHRASE); on a terminal it "
        "is asked anyway when the key is protected",
    )


def signing_passphrase(args: argparse.Namespace, workspace: Path) -> str | None:
    """The passphrase to unlock ``workspace``'s signing key, or None when none is needed or
    none can be asked (the service then refuses with ``exchange.passphrase_needed``)."""
    env = os.environ.get(ENV)
    if env is not None:
        return env
    if not key_protected(workspace):
        return None
    if not (getattr(args, "passphrase", False) or _interactive()):
        return None
    try:
        return getpass.getpass(t("Frasa sandi kunci tanda tangan: ", "Signing key passphrase: "))
    except EOFError:  # Ctrl-D, or a closed input
        return None


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # stdin closed
        return False
