"""The workspace's connection object: sqlite3 for SQL, sqlite-utils for its table helpers.

sqlite-utils (with click, dateutil and pluggy behind it) takes about 100 ms to import, a third
of a CLI command's start: ``spbe status`` never needs it, since every read of the store is SQL.
So the store talks to this small :class:`Database` instead. It offers the part of
``sqlite_utils.Database`` the store uses (``conn``, ``execute``, ``executescript``,
``enable_wal``, ``close``) with the same transaction semantics, and builds the real
``sqlite_utils.Database`` on the same connection the first time a repository asks for
:meth:`Database.table` (``insert``, ``upsert``, ``update``) or a migration runs
(:meth:`Database.utils`). Writing commands pay the import, reading ones do not.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table

log = logging.getLogger(__name__)

_CONTROL = frozenset({"SAVEPOINT", "COMMIT", "RELEASE", "END", "BEGIN", "ROLLBACK"})


def _first_keyword(sql: str) -> str:
    """The statement's first keyword, upper-cased, after blanks and ``--``/``/* */`` comments."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            if end == -1:
                return ""
            i = end + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def sqlite_utils_module() -> Any:
    """``sqlite_utils.db``, imported once with numpy and pandas hidden.

    sqlite-utils imports numpy and pandas at import time, only to map their number types to
    column types, which the workspace never stores. When they are installed (matplotlib brings
    numpy) that would cost another 150 ms; they stay importable by whoever really needs them.
    """
    if "sqlite_utils.db" in sys.modules:
        return sys.modules["sqlite_utils.db"]
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import of it raises ImportError
    try:
        import sqlite_utils.db
    finally:
        for name in hidden:
            del sys.modules[name]
    return sqlite_utils.db


class Database:
    """One workspace connection (see the module docstring); one per thread, as sqlite3's."""

    __slots__ = ("_utils", "conn")

    def __init__(self, conn: sqlite3.Connection, *, trace: bool = False) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None
        # What sqlite_utils.Database does on construction: its helpers rely on it.
        conn.execute("PRAGMA recursive_triggers = on")
        if trace:
            conn.set_trace_callback(lambda sql: log.debug("SQL %s", sql))

    @property
    def utils(self) -> sqlite_utils.Database:
        """The ``sqlite_utils.Database`` on this connection (strict tables, no plugins)."""
        if self._utils is None:
            self._utils = sqlite_utils_module().Database(
                self.conn, execute_plugins=False, strict=True, recursive_triggers=False
            )
        return self._utils

    def table(self, name: str) -> Table:
        """sqlite-utils' helper for one table (``insert``, ``upsert``, ``update``, ``rows``)."""
        return self.utils.table(name)

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement, as ``sqlite_utils.Database.execute`` does: a write outside a
        transaction is committed at once (sqlite3 would leave its implicit transaction open,
        holding the write lock), and a failed statement leaves no transaction behind."""
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is None:
                cursor = self.conn.execute(sql)
            else:
                cursor = self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    def upsert(self, table: str, row: dict[str, Any], pk: tuple[str, ...]) -> None:
        """Insert ``row``, or update its columns where the ``pk`` columns match a row: what
        ``table(name).upsert(row, pk=pk)`` does, in one statement and without sqlite-utils, for
        the hot writes of reading-mostly commands (``spbe assess``, the app's autosave).
        Table and column names come from the store's code, never from input."""
        cols = list(row)
        names = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        keys = ", ".join(f'"{c}"' for c in pk)
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c not in pk)
        action = f"DO UPDATE SET {sets}" if sets else "DO NOTHING"
        self.execute(
            f'INSERT INTO "{table}" ({names}) VALUES ({marks}) ON CONFLICT ({keys}) {action}',
            [row[c] for c in cols],
        )

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.conn.executescript(sql)

    @property
    def journal_mode(self) -> str:
        return str(self.conn.execute("PRAGMA journal_mode").fetchone()[0])

    def enable_wal(self) -> None:
        """Write-ahead log mode; only outside a transaction (SQLite cannot switch inside one)."""
        if self.journal_mode != "wal":
            if self.conn.in_transaction:
                raise sqlite3.OperationalError("cannot change into wal mode within a transaction")
            self.conn.execute("PRAGMA journal_mode = wal")

    def close(self) -> None:
        self.conn.close()
