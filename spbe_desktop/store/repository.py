"""The contract between the workspace's unit of work and its repositories.

Each repository is a mixin class in its own module (``blobs``, ``documents``, ``answers``,
``opds``, ``exchange``, ``audit``, ``overview``, ``maintenance``) that knows its tables and
nothing else. :class:`~spbe_desktop.store.workspace_store.WorkspaceStore` is the unit of work
that composes them; :class:`Repository` declares the little of it a repository may use.
"""

from __future__ import annotations

import contextlib
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spbe_desktop.store.connection import Database

if TYPE_CHECKING:
    from spbe_desktop.core.packs import Pack


def nfc(text: str) -> str:
    """Text as stored: Unicode NFC, so a name typed on two systems compares equal."""
    return unicodedata.normalize("NFC", text)


class Repository:
    """Base of every repository mixin: what it may use of the unit of work.

    The connection (``db``), the workspace file (``path``), a write transaction (nested use is a
    savepoint), a read that turns SQLite errors into user messages, the audit append inside the
    caller's write transaction, and the workspace's pack. ``WorkspaceStore`` provides them; the
    declarations exist for the type checker only, so they never shadow the real methods.
    """

    path: Path
    db: Database

    if TYPE_CHECKING:

        def transaction(self) -> contextlib.AbstractContextManager[Database]: ...

        def reading(self) -> contextlib.AbstractContextManager[None]: ...

        def _audit(self, actor: str, action: str, entity: str, old: Any, new: Any) -> None: ...

        def pack(self) -> Pack: ...
