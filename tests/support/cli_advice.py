"""What command-line advice looks like in a user's text: a ``spbe`` command (``spbe init``,
``'spbe trust'``), an ``--option`` or an ``SPBE_…`` environment variable.

The app's texts must never contain it (issue 15): an app user is told which menu or button to
use. The command names come from the CLI itself, so ``penilaian-2026.spbe`` or "ekspor spbe"
(the program's name) are not mistaken for advice.
"""

from __future__ import annotations

import re

from spbe_desktop.cli.commands import COMMANDS

_NAMES = "|".join(sorted((re.escape(name) for name in COMMANDS), key=len, reverse=True))
CLI_ADVICE = re.compile(rf"\bspbe (?:{_NAMES})\b|(?<![\w-])--[a-z]|\bSPBE_[A-Z]")
