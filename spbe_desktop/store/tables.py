"""Names of the workspace's tables: the one place the repositories take them from.

Every SQL string in the repositories builds its table names from these constants, so a table is
found (and renamed) by grepping one name. Migrations do **not** use them: a shipped schema step
must create exactly what it created when it shipped, whatever these constants say later.
"""

from __future__ import annotations

T_PROFILE = "profile"
T_PACKS = "packs"
T_OPDS = "opds"
T_ANSWERS = "answers"
T_BLOBS = "blobs"
T_CHUNKS = "blob_chunks"
#: Where document bytes are written since m0010 (a rowid table); ``T_CHUNKS`` holds older ones.
T_DATA = "blob_data"
T_DOCS = "documents"
T_LINKS = "links"
T_FTS = "documents_fts"
T_AUDIT = "audit"
T_LEDGER = "ledger"
T_PARTS = "parts"
T_RECEIPTS = "receipts"
T_SETTINGS = "settings"
T_REVOKED = "revoked_keys"
T_ITEM_LINKS = "item_links"
T_ITEM_STATES = "item_states"
T_EXTERNAL = "external_scores"
T_RESULTS = "assessor_results"
T_CARRIED = "carried_documents"
T_ARCH_OBJECTS = "arch_objects"
T_ARCH_RELATIONS = "arch_relations"
T_ARCH_CODES = "arch_codes"
