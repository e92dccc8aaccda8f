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

from __future__ import annotations

from typing import TYPE_CHECKING

from spbe_desktop.core.lazy import lazy_exports

if TYPE_CHECKING:
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
    from spbe_desktop.services.exchange.receipts import (
        ReceiptSummary,
        accept_receipt,
        issue_receipt,
    )
    from spbe_desktop.services.exchange.verify import VerifyReport, verify_bundle

#: Where each public name lives: imported on first use (PEP 562), so a command that needs one
#: module (or only the message texts beside it) does not import them all at start-up.
_HOME: dict[str, str] = {
    "BUNDLE_SUFFIXES": "spbe_desktop.services.exchange.batch",
    "ImportLog": "spbe_desktop.services.exchange.batch",
    "expand_bundle_paths": "spbe_desktop.services.exchange.batch",
    "import_files": "spbe_desktop.services.exchange.batch",
    "ImportOutcome": "spbe_desktop.services.exchange.claims",
    "outcome_message": "spbe_desktop.services.exchange.claims",
    "BUNDLE_FORMAT": "spbe_desktop.services.exchange.common",
    "MAX_BUNDLE_BYTES": "spbe_desktop.services.exchange.common",
    "answer_digest": "spbe_desktop.services.exchange.common",
    "ExportEstimate": "spbe_desktop.services.exchange.export",
    "ExportSummary": "spbe_desktop.services.exchange.export",
    "estimate_export": "spbe_desktop.services.exchange.export",
    "export_bundle": "spbe_desktop.services.exchange.export",
    "IdentityCard": "spbe_desktop.services.exchange.identity",
    "KitInfo": "spbe_desktop.services.exchange.identity",
    "fingerprint": "spbe_desktop.services.exchange.identity",
    "init_from_kit": "spbe_desktop.services.exchange.identity",
    "issue_kit": "spbe_desktop.services.exchange.identity",
    "load_identity": "spbe_desktop.services.exchange.identity",
    "minisign_public_key": "spbe_desktop.services.exchange.identity",
    "public_identity": "spbe_desktop.services.exchange.identity",
    "read_identity_card": "spbe_desktop.services.exchange.identity",
    "read_kit": "spbe_desktop.services.exchange.identity",
    "register_opd": "spbe_desktop.services.exchange.identity",
    "revoke_opd": "spbe_desktop.services.exchange.identity",
    "trust_card": "spbe_desktop.services.exchange.identity",
    "trust_public_key": "spbe_desktop.services.exchange.identity",
    "write_identity_card": "spbe_desktop.services.exchange.identity",
    "import_bundles": "spbe_desktop.services.exchange.importer",
    "ReceiptSummary": "spbe_desktop.services.exchange.receipts",
    "accept_receipt": "spbe_desktop.services.exchange.receipts",
    "issue_receipt": "spbe_desktop.services.exchange.receipts",
    "VerifyReport": "spbe_desktop.services.exchange.verify",
    "verify_bundle": "spbe_desktop.services.exchange.verify",
}


__getattr__ = lazy_exports(__name__, _HOME)


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
