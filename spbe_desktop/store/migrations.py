"""Schema steps of the workspace file. The schema changes only here, one function per step.

Functions are never edited after a release; a change is a new step. Tables are STRICT.
"""

from __future__ import annotations

import hashlib
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True, slots=True)
class Step:
    """One registered schema step (or, from :meth:`Steps.applied`, one applied one)."""

    name: str
    fn: Callable[[Any], None] | None = None


class Steps:
    """The workspace's schema steps, applied by sqlite-utils' ``Migrations``.

    Which steps are applied is read here with plain SQL from sqlite-utils' own record
    (``_sqlite_migrations``), so opening an up-to-date workspace never imports sqlite-utils
    (see ``store.connection``); ``Migrations`` is built only when a step has to run. The steps
    receive an ``sqlite_utils.Database``. Like the steps, this file imports nothing of the live
    store: a shipped step must never change because the store's code did.
    """

    set_name = "spbe_desktop"
    table = "_sqlite_migrations"

    def __init__(self) -> None:
        self._migrations: list[Step] = []

    def __call__(self) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
        def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            if any(step.name == fn.__name__ for step in self._migrations):
                raise ValueError(f"schema step {fn.__name__} is registered twice")
            self._migrations.append(Step(fn.__name__, fn))
            return fn

        return register

    def applied(self, db: Any) -> list[Step]:
        """The applied steps, in the order they were applied (reads only)."""
        conn: sqlite3.Connection = db.conn
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [self.table]
        ).fetchone()
        if exists is None:
            return []
        rows = conn.execute(
            f"SELECT name FROM [{self.table}] WHERE migration_set = ? ORDER BY rowid",
            [self.set_name],
        )
        return [Step(str(row[0])) for row in rows]

    def pending(self, db: Any) -> list[Step]:
        done = {step.name for step in self.applied(db)}
        return [step for step in self._migrations if step.name not in done]

    def apply(self, db: Database, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply the pending steps, each in its own transaction with its record (sqlite-utils).

        ``db`` is an ``sqlite_utils.Database`` (the store passes ``Database.utils``, which
        imported sqlite-utils already; tests build older workspaces with ``stop_before``).
        """
        from sqlite_utils.migrations import Migrations

        runner = Migrations(self.set_name)
        for step in self._migrations:
            assert step.fn is not None
            runner(name=step.name)(step.fn)
        runner.apply(db, stop_before=stop_before)


migrations = Steps()


@migrations()
def m0001_create_workspace(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            workspace_uuid TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('opd', 'coordinator')),
            instansi TEXT NOT NULL,
            unit TEXT NOT NULL,
            officer TEXT NOT NULL,
            period TEXT NOT NULL,
            pack_hash TEXT NOT NULL REFERENCES packs(pack_hash),
            key_id TEXT NOT NULL,
            public_key TEXT NOT NULL,
            secret_key BLOB NOT NULL,
            key_protected INTEGER NOT NULL DEFAULT 0,
            coordinator_key TEXT,
            assigned TEXT,
            target TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE packs (
            pack_hash TEXT PRIMARY KEY,
            pack_id TEXT NOT NULL,
            version TEXT NOT NULL,
            content BLOB NOT NULL
        ) STRICT;

        -- OPDs known to a coordinator; id 0 is the workspace itself (the OPD in an OPD
        -- workspace, the instansi's consolidated answers in a coordinator workspace).
        CREATE TABLE opds (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            contact TEXT NOT NULL DEFAULT '',
            key_id TEXT,
            public_key TEXT,
            fingerprint TEXT,
            trusted_at TEXT,
            revoked_at TEXT,
            assigned TEXT,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX opds_key ON opds(key_id) WHERE key_id IS NOT NULL;

        CREATE TABLE answers (
            opd_id INTEGER NOT NULL REFERENCES opds(id),
            indicator_id TEXT NOT NULL,
            level INTEGER CHECK (level IS NULL OR level BETWEEN 1 AND 5),
            justification TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('empty', 'draft', 'ready', 'na')),
            verdict TEXT CHECK (verdict IS NULL OR verdict IN ('diterima', 'perlu_revisi',
                'ditolak')),
            verdict_comment TEXT NOT NULL DEFAULT '',
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (opd_id, indicator_id)
        ) STRICT;

        CREATE TABLE blobs (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            mime TEXT NOT NULL,
            page_count INTEGER,
            has_text_layer INTEGER NOT NULL DEFAULT 1,
            text TEXT NOT NULL DEFAULT '',
            metadata TEXT NOT NULL DEFAULT '{}',
            warnings TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE blob_chunks (
            blob_id INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (blob_id, seq)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            opd_id INTEGER NOT NULL REFERENCES opds(id),
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            file_name TEXT NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            issued TEXT,
            valid_until TEXT,
            issuer TEXT NOT NULL DEFAULT '',
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL,
            UNIQUE (opd_id, sha256)
        ) STRICT;
        CREATE INDEX documents_sha ON documents(sha256);

        CREATE TABLE links (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            indicator_id TEXT NOT NULL,
            level INTEGER CHECK (level IS NULL OR level BETWEEN 1 AND 5),
            PRIMARY KEY (document_id, indicator_id)
        ) STRICT;
        CREATE INDEX links_indicator ON links(indicator_id);

        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, number, file_name, text, tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            old TEXT,
            new TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        ) STRICT;
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

        -- Bundles the coordinator accepted, per OPD (the replay / rollback ledger), and on the
        -- OPD side the bundles it exported.
        CREATE TABLE ledger (
            bundle_uuid TEXT PRIMARY KEY,
            opd_id INTEGER NOT NULL REFERENCES opds(id),
            sequence INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('full', 'delta')),
            tag_digest TEXT NOT NULL,
            base_receipt TEXT NOT NULL DEFAULT '',
            documents INTEGER NOT NULL,
            bytes INTEGER NOT NULL,
            at TEXT NOT NULL,
            UNIQUE (opd_id, sequence)
        ) STRICT;

        -- Parts of split bundles that arrived before the last one.
        CREATE TABLE parts (
            bundle_uuid TEXT NOT NULL,
            part INTEGER NOT NULL,
            count INTEGER NOT NULL,
            blob_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            file_name TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (bundle_uuid, part)
        ) STRICT;

        -- Receipts the OPD accepted: what the coordinator holds (for deltas).
        CREATE TABLE receipts (
            receipt_uuid TEXT PRIMARY KEY,
            sequence INTEGER NOT NULL,
            held_hashes TEXT NOT NULL,
            answers_digest TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        """
    )


@migrations()
def m0002_add_audit_indexes(db: Database) -> None:
    """History views filter the audit log by action and entity."""
    db.executescript(
        """
        CREATE INDEX audit_action ON audit(action);
        CREATE INDEX audit_entity ON audit(entity);
        """
    )


@migrations()
def m0003_add_text_digest(db: Database) -> None:
    """Near-identical documents (same extracted text, other bytes) are flagged by this digest."""
    db.execute("ALTER TABLE blobs ADD COLUMN text_digest TEXT")
    db.execute("CREATE INDEX blobs_text_digest ON blobs(text_digest)")
    rows = db.execute("SELECT id, text FROM blobs").fetchall()
    for blob_id, text in rows:
        db.execute(
            "UPDATE blobs SET text_digest = ? WHERE id = ?", [_m0003_text_digest(text), blob_id]
        )


def _m0003_text_digest(text: str) -> str | None:
    """``store.blobs.text_digest`` frozen as m0003 shipped it.

    A migration must compute what it computed when it shipped, whatever the live store does
    later, and importing live store code from here made an import circle (``database`` ->
    ``migrations`` -> the store -> ``database``). If the live function changes, new rows get
    the new digest and old rows need a new migration step; this copy never changes.
    """
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    if len(folded) < 40:
        return None
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@migrations()
def m0004_register_own_unit_and_revoked_keys(db: Database) -> None:
    """Two changes to the OPD register.

    Row 0 of ``opds`` is the workspace itself, not an OPD, yet it carried the workspace's unit
    (or instansi) under ``opds.name UNIQUE``, so a coordinator could not register its own unit
    (Diskominfo coordinates and also supplies evidence) as an OPD: it gets a reserved name that
    starts with a control character no typed name has.

    ``opds.revoked_at`` only describes an OPD's current key; a revoked key replaced by a new one
    was forgotten and could be pinned again without a word: ``revoked_keys`` keeps them.
    """
    # One statement at a time: executescript() would commit the migration's transaction.
    db.execute("UPDATE opds SET name = ? WHERE id = 0", ["\x1f(ruang kerja ini)"])
    db.execute(
        """
        CREATE TABLE revoked_keys (
            key_id TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            opd_name TEXT NOT NULL,
            revoked_at TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        INSERT INTO revoked_keys (key_id, fingerprint, opd_name, revoked_at)
            SELECT key_id, coalesce(fingerprint, ''), name, revoked_at FROM opds
            WHERE id != 0 AND key_id IS NOT NULL AND revoked_at IS NOT NULL
        """
    )


@migrations()
def m0005_ledger_and_parts_per_opd(db: Database) -> None:
    """Key the import ledger and stored parts by (OPD, bundle UUID), not the UUID alone.

    A trusted OPD could otherwise re-sign another OPD's bundle under the same UUID and block the
    genuine one for good. Parts stored before this step do not know their OPD (``opd_id`` NULL);
    they are adopted by the OPD whose signed parts complete the bundle, and every part is
    re-verified against that OPD's key before anything is applied.
    """
    # One statement at a time, not executescript(): that would COMMIT the transaction the
    # migration runs in, and a kill halfway would leave half a schema.
    script = """
        CREATE TABLE ledger_v2 (
            bundle_uuid TEXT NOT NULL,
            opd_id INTEGER NOT NULL REFERENCES opds(id),
            sequence INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('full', 'delta')),
            tag_digest TEXT NOT NULL,
            base_receipt TEXT NOT NULL DEFAULT '',
            documents INTEGER NOT NULL,
            bytes INTEGER NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (opd_id, bundle_uuid),
            UNIQUE (opd_id, sequence)
        ) STRICT;
        INSERT INTO ledger_v2 (bundle_uuid, opd_id, sequence, kind, tag_digest, base_receipt,
                               documents, bytes, at)
            SELECT bundle_uuid, opd_id, sequence, kind, tag_digest, base_receipt, documents,
                   bytes, at FROM ledger;
        DROP TABLE ledger;
        ALTER TABLE ledger_v2 RENAME TO ledger;

        CREATE TABLE parts_v2 (
            opd_id INTEGER REFERENCES opds(id),
            bundle_uuid TEXT NOT NULL,
            part INTEGER NOT NULL,
            count INTEGER NOT NULL,
            blob_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            file_name TEXT NOT NULL,
            at TEXT NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX parts_key ON parts_v2(IFNULL(opd_id, -1), bundle_uuid, part);
        INSERT INTO parts_v2 (opd_id, bundle_uuid, part, count, blob_sha256, file_name, at)
            SELECT NULL, bundle_uuid, part, count, blob_sha256, file_name, at FROM parts;
        DROP TABLE parts;
        ALTER TABLE parts_v2 RENAME TO parts;
        """
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m0006_evidence_items(db: Database) -> None:
    """The Pemdi 2026 item model: per-item links, notes and verdicts, external scores, results.

    The items themselves are part of the pack stored in ``packs``. Nothing existing changes: a
    workspace keeps its answers, documents and links, and the new tables start empty.

    - ``item_links``: a document offered for an evidence item (its indicator link stays in
      ``links``, at the item's level); ``since_verdict`` marks a link made after the unit's
      last verdict on the item, so an item returned for revision and given a new document
      waits for a new judgement.
    - ``item_states``: per (OPD, item) the note for the portal and the coordinator's verdict:
      accepted, or revision for a reason (wrong document, not uploaded, blocked by a lower
      level, other) with a note.
    - ``external_scores``: an indicator whose value comes from a national index: the score and
      the value it gives (or the value alone), its source and when it was measured.
    - ``assessor_results``: the external assessors' value per indicator and stage, with a note;
      the latest row per indicator is their current result.
    """
    script = """
        CREATE TABLE item_links (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            item_code TEXT NOT NULL,
            since_verdict INTEGER NOT NULL DEFAULT 1 CHECK (since_verdict IN (0, 1)),
            PRIMARY KEY (document_id, item_code)
        ) STRICT;
        CREATE INDEX item_links_code ON item_links(item_code);

        CREATE TABLE item_states (
            opd_id INTEGER NOT NULL REFERENCES opds(id),
            item_code TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            verdict TEXT CHECK (verdict IS NULL OR verdict IN ('accepted', 'revision')),
            reason TEXT CHECK (reason IS NULL OR reason IN
                ('wrong-document', 'not-uploaded', 'blocked', 'other')),
            verdict_note TEXT NOT NULL DEFAULT '',
            verdict_by TEXT NOT NULL DEFAULT '',
            verdict_at TEXT,
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (opd_id, item_code)
        ) STRICT;

        CREATE TABLE external_scores (
            indicator_id TEXT PRIMARY KEY,
            score TEXT,
            value TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            measured_on TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE assessor_results (
            id INTEGER PRIMARY KEY,
            indicator_id TEXT NOT NULL,
            stage TEXT NOT NULL CHECK (stage IN ('dokumen', 'interviu', 'visitasi')),
            value TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX assessor_results_indicator ON assessor_results(indicator_id, id);
        """
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m0007_carried_documents(db: Database) -> None:
    """Documents a new period's workspace took over from the previous period's one.

    ``spbe init NEW --from OLD`` brings last period's documents along once, by hash, with their
    links re-made (same framework) or suggested through a mapping (another framework). None of
    that is a judgement: each such document carries this mark, shown as "dari periode lalu —
    periksa", until a person has looked at it (``checked_at``). The period and the framework
    (pack id and version) it came from say where it came from; ``how`` says what was done with
    its links: ``relinked`` to the same indicators and items, ``suggested`` through a mapping,
    or ``unlinked`` (no mapping between the two frameworks).
    """
    db.execute(
        """
        CREATE TABLE carried_documents (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            from_period TEXT NOT NULL,
            from_framework TEXT NOT NULL,
            how TEXT NOT NULL CHECK (how IN ('relinked', 'suggested', 'unlinked')),
            checked_by TEXT NOT NULL DEFAULT '',
            checked_at TEXT
        ) STRICT
        """
    )


@migrations()
def m0008_architecture_inventory(db: Database) -> None:
    """The architecture inventory (issue 19): what each unit runs, for SIAP Digital.

    Nothing existing changes; the new tables start empty.

    - ``arch_objects``: one row per object of a unit (``opd_id``; 0 is the workspace itself) in
      one of the seven domains, with its name, national reference code, the domain's fields
      (JSON object of text values), its SIAP Digital status (id there, date entered, the
      screenshot as one of the unit's documents) and the coordinator's remark. ``uid`` names
      the object across workspaces (bundles and receipts), unique per unit.
    - ``arch_relations``: typed links between two objects of the same unit (layanan to proses
      bisnis and aplikasi, aplikasi to data and infrastruktur, integrasi to its applications);
      they go with either object.
    - ``arch_codes``: reference codes a workspace added below the national lists.
    """
    script = """
        CREATE TABLE arch_objects (
            id INTEGER PRIMARY KEY,
            opd_id INTEGER NOT NULL REFERENCES opds(id),
            uid TEXT NOT NULL,
            domain TEXT NOT NULL CHECK (domain IN ('proses_bisnis', 'layanan', 'data',
                'aplikasi', 'integrasi', 'infrastruktur', 'keamanan')),
            name TEXT NOT NULL,
            ref_code TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL DEFAULT '{}',
            siap_status TEXT NOT NULL DEFAULT 'belum'
                CHECK (siap_status IN ('belum', 'draf', 'terinput', 'perlu_revisi')),
            siap_id TEXT NOT NULL DEFAULT '',
            siap_date TEXT,
            siap_screenshot INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            siap_by TEXT NOT NULL DEFAULT '',
            remark TEXT NOT NULL DEFAULT '',
            remark_by TEXT NOT NULL DEFAULT '',
            remark_at TEXT,
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (opd_id, uid)
        ) STRICT;
        CREATE INDEX arch_objects_domain ON arch_objects(opd_id, domain);
        CREATE INDEX arch_objects_screenshot ON arch_objects(siap_screenshot);

        CREATE TABLE arch_relations (
            kind TEXT NOT NULL CHECK (kind IN ('layanan_proses_bisnis', 'layanan_aplikasi',
                'aplikasi_data', 'aplikasi_infrastruktur', 'integrasi_sumber',
                'integrasi_tujuan')),
            from_id INTEGER NOT NULL REFERENCES arch_objects(id) ON DELETE CASCADE,
            to_id INTEGER NOT NULL REFERENCES arch_objects(id) ON DELETE CASCADE,
            PRIMARY KEY (kind, from_id, to_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX arch_relations_to ON arch_relations(to_id);

        CREATE TABLE arch_codes (
            code TEXT PRIMARY KEY,
            list_id TEXT NOT NULL,
            name TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL
        ) STRICT
        """
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m0009_architecture_code_sources(db: Database) -> None:
    """Reference codes keep where they came from (issue 19): ``source`` "lokal" for the codes a
    workspace added itself (every existing row), "koordinator" for the codes an OPD's workspace
    took from the coordinator's kit and receipts. The two sets stay apart, so the same code may
    be in both (the key becomes source and code); a receipt replaces the coordinator's set
    without touching the OPD's own.
    """
    script = """
        CREATE TABLE arch_codes_new (
            source TEXT NOT NULL DEFAULT 'lokal' CHECK (source IN ('lokal', 'koordinator')),
            code TEXT NOT NULL,
            list_id TEXT NOT NULL,
            name TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (source, code)
        ) STRICT;
        INSERT INTO arch_codes_new (source, code, list_id, name, added_by, added_at)
            SELECT 'lokal', code, list_id, name, added_by, added_at FROM arch_codes;
        DROP TABLE arch_codes;
        ALTER TABLE arch_codes_new RENAME TO arch_codes
        """
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m0010_rowid_blob_chunks(db: Database) -> None:
    """New documents' bytes go into ``blob_data``, a rowid table, instead of ``blob_chunks``.

    ``blob_chunks`` is WITHOUT ROWID, a layout SQLite's documentation advises only for small
    rows; 1 MiB rows go into a rowid table much faster (measured: 256 MiB in a rollback journal,
    about 1.2 s into the old table against 0.7 s into this one). The old chunks are not copied:
    a copy would double a multi-GB workspace's size on disk and take minutes at its first
    opening. Old blobs stay readable where they are; a blob's chunks are all in one table or the
    other (``BlobReader`` looks at ``blob_data`` first).
    """
    db.execute(
        """
        CREATE TABLE blob_data (
            id INTEGER PRIMARY KEY,
            blob_id INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            UNIQUE (blob_id, seq)
        ) STRICT
        """
    )
