"""Opening a workspace file: connection setup, version check, backup, migrations.

One :class:`~spbe_desktop.store.connection.Database` per thread: the GUI keeps one for quick
reads and each job opens its own with :func:`open_database`. WAL lets readers work while one
writer writes, and ``synchronous=FULL`` makes a committed transaction survive a power cut, not
only a killed process.

Only SQLite ever opens a workspace file that may be in use. On POSIX, closing *any* descriptor
of a file drops every ``fcntl`` lock the process holds on it, SQLite's included ("How To Corrupt
An SQLite Database File", section 2.2): another process then believes it is alone, checkpoints
and deletes the ``-wal``, and this process's next commits are lost. So the file's header is
read through SQLite (:func:`is_workspace_file`, and the first query of :func:`open_database`),
whose own file handling keeps those locks, never with ``open()``.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import logging
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

from spbe_desktop.core.names import sidecar_name
from spbe_desktop.errors import StoreError, WorkspaceBusyError
from spbe_desktop.store.connection import Database
from spbe_desktop.store.migrations import migrations

log = logging.getLogger(__name__)

#: How long a writer waits for another process's transaction before "workspace is busy".
BUSY_TIMEOUT_S = 10.0
PAGE_SIZE = 65536
WAL_SIZE_LIMIT = 64 * 1024 * 1024
#: Tables every workspace has from its first migration on: what tells one from any SQLite file.
WORKSPACE_TABLES = frozenset({"_sqlite_migrations", "profile"})


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
        # No open() of the file here (see the module docstring): SQLite itself says whether it
        # is a database, in _check_known's first query.
    try:
        conn = sqlite3.connect(str(path), timeout=busy_timeout)
    except sqlite3.DatabaseError as exc:
        raise _db_error(exc, name) from exc
    try:
        return _set_up(conn, path, create=create)
    except BaseException:
        conn.close()
        raise


def _set_up(conn: sqlite3.Connection, path: Path, *, create: bool, backup: bool = True) -> Database:
    """Pragmas, the version check, the pre-migration backup (unless ``backup`` is False: a
    private copy needs none) and the migrations of one connection; the caller closes it if this
    raises."""
    name = path.name
    try:
        db = Database(conn, trace=os.environ.get("SPBE_SQL_TRACE") == "1")
        db.execute("PRAGMA foreign_keys = ON")
        if create:
            # A workspace is mostly document bytes in 1 MiB chunks: 64 KiB pages store and read
            # them about 2.5x faster than the default 4 KiB (set before the first table exists).
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        else:
            _check_known(db, name)
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            _enable_wal(db, name)
        db.execute("PRAGMA synchronous = FULL")
        # After a big attach or import the WAL is checkpointed and cut back to this size, so the
        # workspace does not keep a second copy of the last large document on disk.
        db.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        pending = migrations.pending(db)
        if pending:
            if not create and backup:
                _backup_before_migration(path, db)
            with _translated(name):
                migrations.apply(db.utils)
    except sqlite3.DatabaseError as exc:
        raise _db_error(exc, name) from exc
    return db


def _enable_wal(db: Database, name: str) -> None:
    """Put the workspace in WAL mode, unless another program is writing to it right now.

    A workspace is in rollback-journal mode only while an import or attach runs alone
    (``BlobRepository.appending_journal``), and that writer sets WAL back when it ends. Changing
    the journal mode needs an exclusive lock and SQLite refuses it at once, without waiting,
    while that writer holds its lock: this connection then goes on in the current mode and
    waits for the writer's locks like any reader (``busy_timeout``), instead of failing.
    """
    try:
        db.enable_wal()
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" not in text and "busy" not in text:
            raise
        log.info("%s: another program is writing to it; WAL is set back when it ends", name)


def _check_known(db: Database, name: str) -> None:
    """Refuse a workspace that a newer version migrated: never touch what we don't understand."""
    try:
        tables = _table_names(db.conn)
    except sqlite3.DatabaseError as exc:
        if _not_a_database(exc):
            raise StoreError("store.not_a_workspace", file=name) from exc
        raise _db_error(exc, name) from exc
    if not tables >= WORKSPACE_TABLES:
        raise StoreError("store.not_a_workspace", file=name)
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    if applied - known:
        raise StoreError("store.newer_version", file=name)


def is_workspace_file(path: Path) -> bool:
    """Is ``path`` a workspace file (an SQLite database with the workspace's tables)?

    Asked through SQLite, never with ``open()``: safe while this process holds connections to
    the file (see the module docstring). Only reads; a missing file is not created, and the
    connection (``mode=rw``, so that as the last one to close it tidies away the ``-wal`` and
    ``-shm`` files as usual) writes nothing. A workspace made by a newer version is a workspace
    too (opening it says so).

    Raises:
        StoreError: the file is a database but cannot be read now (busy, damaged, unreadable).
    """
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(_existing_file_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.DatabaseError as exc:
        if _cannot_open(exc):
            return False
        raise _db_error(exc, path.name) from exc
    try:
        return _table_names(conn) >= WORKSPACE_TABLES
    except sqlite3.DatabaseError as exc:
        if _not_a_database(exc) or _cannot_open(exc):
            return False
        raise _db_error(exc, path.name) from exc
    finally:
        conn.close()


def _existing_file_uri(path: Path, mode: str = "rw") -> str:
    """``file:`` URI opening ``path`` only if it exists (``mode=rw`` never creates a file, and
    falls back to reading where the file cannot be written; ``mode=ro`` only reads)."""
    text = path.absolute().as_posix()
    if text.startswith("//"):  # Windows UNC path: an empty authority, then //server/share/...
        text = "//" + text
    elif not text.startswith("/"):  # Windows drive letter: file:/C:/...
        text = "/" + text
    return f"file:{urllib.parse.quote(text, safe='/:')}?mode={mode}"


@contextlib.contextmanager
def reading_database(path: Path, scratch: Path) -> Iterator[Database]:
    """A workspace opened only to be read, changing nothing in it: the previous period's
    workspace, which the app may hold open at the same time.

    The file is opened through SQLite with ``mode=ro`` and ``query_only``: no migration, no
    switch of journal mode, no backup beside it, no leftovers cleaned. A workspace made by an
    older version (migrations pending) cannot be read by today's queries as it is, so SQLite's
    online backup copies it into ``scratch`` (a private folder of the caller's) and the copy is
    migrated and read instead; the original stays as it was. Reading creates the ``-wal`` and
    ``-shm`` files SQLite needs when they are missing; those are tidied away afterwards the way
    :func:`is_workspace_file` does it (SQLite's last connection removes them), the file itself
    untouched.

    Yields:
        The database to read (the workspace's own, or the migrated copy's).

    Raises:
        StoreError: not found, not a workspace, from a newer version, damaged or unreadable.
    """
    name = path.name
    if not path.is_file():
        raise StoreError(
            "store.not_found" if not path.exists() else "store.not_a_workspace", file=name
        )
    side_files = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm"))
    try:
        conn = sqlite3.connect(_existing_file_uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.DatabaseError as exc:
        raise _db_error(exc, name) from exc
    copy: Database | None = None
    try:
        try:
            db = Database(conn)
            db.execute("PRAGMA query_only = ON")
            _check_known(db, name)
            pending = migrations.pending(db)
        except sqlite3.DatabaseError as exc:
            raise _db_error(exc, name) from exc
        if pending:
            copy = _migrated_copy(db, scratch / "previous.spbe", name)
            conn.close()
            yield copy
        else:
            yield db
    finally:
        if copy is not None:
            copy.close()
        conn.close()
        if not side_files:
            with contextlib.suppress(StoreError):
                is_workspace_file(path)


def _migrated_copy(db: Database, target: Path, name: str) -> Database:
    """Copy the workspace read through ``db`` into ``target`` (SQLite's online backup; owner-only
    from its first byte: it holds the signing key) and bring the copy's schema up to date."""
    try:
        target.touch(mode=0o600, exist_ok=False)
    except OSError as exc:
        raise _os_error(exc, target.name) from exc
    dest = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_S)
    try:
        with _translated(name):
            db.conn.backup(dest, pages=4096)
        migrated = _set_up(dest, target, create=False, backup=False)
        migrated.execute("PRAGMA query_only = ON")
    except BaseException:
        dest.close()
        raise
    return migrated


def _table_names(conn: sqlite3.Connection) -> set[str]:
    """The first read of a file: SQLite checks its header here ("file is not a database")."""
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _not_a_database(exc: sqlite3.DatabaseError) -> bool:
    """SQLITE_NOTADB: the file does not start with an SQLite header (or is encrypted)."""
    text = str(exc).lower()
    return "not a database" in text or "encrypted" in text


def _cannot_open(exc: sqlite3.DatabaseError) -> bool:
    """SQLITE_CANTOPEN: no permission to read it (or its folder), so not a workspace to us."""
    return "unable to open" in str(exc).lower()


def _backup_before_migration(path: Path, db: Database) -> Path:
    """Copy the workspace (SQLite online backup) before applying pending migrations."""
    applied = len(migrations.applied(db))
    target = path.with_name(sidecar_name(path.name, "", f".before-migration-{applied:04d}.bak"))
    # The copy holds the signing key: owner-only from its first byte, like the workspace. A
    # copy left by an earlier, interrupted attempt is replaced.
    target.unlink(missing_ok=True)
    target.touch(mode=0o600, exist_ok=False)
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
    if isinstance(exc, sqlite3.IntegrityError):
        # A UNIQUE, CHECK, FOREIGN KEY or NOT NULL rule refused the change: the data conflicts
        # with what the workspace holds, the disk is fine. Callers that know the cause (a
        # bundle's content, a user's input) turn this into their own sentence.
        if "append-only" in text:
            return StoreError("store.audit_append_only", file=name)
        return StoreError("store.constraint", file=name, detail=str(exc))
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
