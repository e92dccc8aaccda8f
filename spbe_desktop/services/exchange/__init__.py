"""Moving work between OPD and coordinator: identity cards, trust, kits, bundles, receipts.

The bundle format itself (BagIt in a ZIP, minisign signature, hostile-ZIP defences) lives in
``spbe_desktop.bundles``; this package decides *what* goes in and what an import does with it.
An import is verified completely before the first write, and then applied in one transaction:
the coordinator's workspace holds either the whole bundle or none of it.

Modules: ``identity`` (keys, cards, trust, kits), ``export``, ``verify``, ``importer``,
``batch`` (dropped files imported one by one), ``receipts``; ``common`` holds the format
constants they share. The names below are the package's public API, used by the CLI, the GUI
and the tests.
"""

from spbe_desktop.services.exchange.batch import (
    BUNDLE_SUFFIXES,
    ImportLog,
    expand_bundle_paths,
    import_files,
)
from spbe_desktop.services.exchange.claims import ImportOutcome, outcome_message
from spbe_desktop.services.exchange.common import BUNDLE_FORMAT, MAX_BUNDLE_BYTES, answer_digest
from spbe_desktop.services.exchange.export import (
    ExportEstimate,
    ExportSummary,
    estimate_export,
    export_bundle,
)
from spbe_desktop.services.exchange.identity import (
    IdentityCard,
    KitInfo,
    fingerprint,
    init_from_kit,
    issue_kit,
    load_identity,
    minisign_public_key,
    public_identity,
    read_identity_card,
    read_kit,
    register_opd,
    revoke_opd,
    trust_card,
    trust_public_key,
    write_identity_card,
)
from spbe_desktop.services.exchange.importer import import_bundles
from spbe_desktop.services.exchange.receipts import ReceiptSummary, accept_receipt, issue_receipt
from spbe_desktop.services.exchange.verify import VerifyReport, verify_bundle

__all__ = [
    "BUNDLE_FORMAT",
    "BUNDLE_SUFFIXES",
    "MAX_BUNDLE_BYTES",
    "ExportEstimate",
    "ExportSummary",
    "IdentityCard",
    "ImportLog",
    "ImportOutcome",
    "KitInfo",
    "ReceiptSummary",
    "VerifyReport",
    "accept_receipt",
    "answer_digest",
    "estimate_export",
    "expand_bundle_paths",
    "export_bundle",
    "fingerprint",
    "import_bundles",
    "import_files",
    "init_from_kit",
    "issue_kit",
    "issue_receipt",
    "load_identity",
    "minisign_public_key",
    "outcome_message",
    "public_identity",
    "read_identity_card",
    "read_kit",
    "register_opd",
    "revoke_opd",
    "trust_card",
    "trust_public_key",
    "verify_bundle",
    "write_identity_card",
]
