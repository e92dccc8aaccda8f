"""Opening a workspace file: connection setup, version check, backup, migrations.

One :class:`sqlite_utils.Database` per thread: the GUI keeps one for quick reads and each job
opens its own with :func:`open_database`. WAL lets readers work while one writer writes, and
``synchronous=FULL`` makes a committed transaction survive a power cut, not only a killed process.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from spbe_desktop.errors import StoreError, WorkspaceBusyError
from spbe_desktop.store.migrations import migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a writer waits for another process's transaction before "workspace is busy".
BUSY_TIMEOUT_S = 10.0
PAGE_SIZE = 65536
WAL_SIZE_LIMIT = 64 * 1024 * 1024


def _tracer(sql: str, params: object) -> None:
    log.debug("SQL %s %r", sql, params)


def open_database(
    path: Path, *, create: bool = False, busy_timeout: float = BUSY_TIMEOUT_S
) -> Database:
    """Open (or create) a workspace file and bring its schema up to date.

    Args:
        path: the ``.spbe`` file.
        create: make a new file; refuse if one exists.
        busy_timeout: seconds to wait for another writer.

    Raises:
        StoreError: not found, not a workspace, from a newer version, damaged, or read-only.
    """
    name = path.name
    if create:
        if path.exists():
            raise StoreError("store.exists", file=name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Created by us with user-only permissions: the file holds the private key.
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except OSError as exc:
            raise _os_error(exc, name) from exc
    else:
        if not path.exists():
            raise StoreError("store.not_found", file=name)
        if path.is_dir():
            raise StoreError("store.not_a_workspace", file=name)
        try:
            with path.open("rb") as fh:
                head = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise _os_error(exc, name) from exc
        if head != SQLITE_HEADER:
            raise StoreError("store.not_a_workspace", file=name)
    try:
        conn = sqlite3.connect(str(path), timeout=busy_timeout)
        db = Database(conn, execute_plugins=False, strict=True)
        if os.environ.get("SPBE_SQL_TRACE") == "1":
            db._tracer = _tracer  # the documented tracer hook, set after construction
        db.execute("PRAGMA foreign_keys = ON")
        if create:
            # A workspace is mostly document bytes in 1 MiB chunks: 64 KiB pages store and read
            # them about 2.5x faster than the default 4 KiB (set before the first table exists).
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        else:
            _check_known(db, name)
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.enable_wal()
        db.execute("PRAGMA synchronous = FULL")
        # After a big attach or import the WAL is checkpointed and cut back to this size, so the
        # workspace does not keep a second copy of the last large document on disk.
        db.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        pending = migrations.pending(db)
        if pending:
            if not create:
                _backup_before_migration(path, db)
            with _translated(name):
                migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise _db_error(exc, name) from exc
    return db


def _check_known(db: Database, name: str) -> None:
    """Refuse a workspace that a newer version migrated: never touch what we don't understand."""
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError("store.not_a_workspace", file=name) from exc
    if "_sqlite_migrations" not in tables or "profile" not in tables:
        raise StoreError("store.not_a_workspace", file=name)
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    if applied - known:
        raise StoreError("store.newer_version", file=name)


def _backup_before_migration(path: Path, db: Database) -> Path:
    """Copy the workspace (SQLite online backup) before applying pending migrations."""
    applied = len(migrations.applied(db))
    target = path.with_name(f"{path.name}.before-migration-{applied:04d}.bak")
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    log.info("backed up %s to %s before migrating", path, target)
    return target


@contextlib.contextmanager
def _translated(name: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.DatabaseError as exc:
        raise _db_error(exc, name) from exc


def _db_error(exc: sqlite3.DatabaseError, name: str) -> StoreError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return WorkspaceBusyError("store.busy", file=name)
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError("store.disk_full", file=name)
    if "readonly" in text or "read-only" in text:
        return StoreError("store.read_only", file=name)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError("store.corrupt", file=name, detail=str(exc))
    return StoreError("store.io", file=name, detail=str(exc))


def _os_error(exc: OSError, name: str) -> StoreError:
    if exc.errno == errno.ENOSPC:
        return StoreError("store.disk_full", file=name)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StoreError("store.read_only", file=name)
    return StoreError("store.io", file=name, detail=exc.strerror or str(exc))


@contextlib.contextmanager
def write_transaction(db: Database, name: str) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: take the write lock up front (waiting up to the busy
    timeout) so two processes never deadlock upgrading read locks; roll back on any error.

    Nested use (a store method called inside a bigger change) becomes a savepoint, so the outer
    transaction still commits or rolls back as one.
    """
    if db.conn.in_transaction:
        savepoint = f"nested_{id(db):x}_{_next_savepoint()}"
        db.conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                db.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        db.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.DatabaseError as exc:
        raise _db_error(exc, name) from exc
    try:
        yield db
        db.conn.execute("COMMIT")
    except BaseException as exc:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError):
            raise _db_error(exc, name) from exc
        if isinstance(exc, OSError):
            raise _os_error(exc, name) from exc
        raise


_savepoints = itertools.count()


def _next_savepoint() -> int:
    return next(_savepoints)


def translate_errors(name: str) -> contextlib.AbstractContextManager[None]:
    """Turn sqlite3 errors raised in a block into StoreError with a user message."""
    return _translated(name)
