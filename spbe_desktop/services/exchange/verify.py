"""Verifying bundles on their own or against pinned keys (``spbe verify``)."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.bundles.keys import PublicIdentity
from spbe_desktop.core.models import (
    CheckResult,
    Finding,
)
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import BundleError, UsageError
from spbe_desktop.services.exchange.common import (
    verify_file,
)
from spbe_desktop.services.exchange.identity import (
    read_identity_card,
)
from spbe_desktop.store.database import is_workspace_file
from spbe_desktop.store.workspace_store import WorkspaceStore


# ---------------------------------------------------------------------------------- verify
@dataclass(frozen=True, slots=True)
class VerifyReport:
    path: Path
    result: CheckResult
    info: dict[str, str]
    signer_fingerprint: str | None
    trusted_comment: str | None

    @property
    def ok(self) -> bool:
        return self.result.ok


def _trust_lookup(trust: Path | None) -> Callable[[bytes], PublicIdentity | None] | None:
    if trust is None:
        return None
    if not trust.is_file():
        raise UsageError("exchange.trust_source", file=trust.name)
    keys: dict[bytes, PublicIdentity] = {}
    # Through SQLite, never open(): this process may hold connections to that workspace.
    if is_workspace_file(trust):
        with WorkspaceStore.open(trust) as store:
            for opd in store.opds():
                if opd.public_key and not opd.revoked_at:
                    pub = PublicIdentity.from_minisign(opd.public_key)
                    keys[pub.key_id] = pub
            if store.profile().coordinator_key:
                pub = PublicIdentity.from_minisign(store.profile().coordinator_key or "")
                keys[pub.key_id] = pub
    else:
        try:
            card = read_identity_card(trust)
        except BundleError as exc:
            raise UsageError("exchange.trust_source", file=trust.name) from exc
        keys[card.public.key_id] = card.public
    return keys.get


def verify_bundle(
    path: Path, trust: Path | None = None, cancel: CancelToken | None = None
) -> Generator[Progress, None, VerifyReport]:
    """Verify one bundle or part: signature, every hash, Payload-Oxum, and, with ``trust``,
    that the signer is pinned there. Invalid bundles are reports with findings."""
    cancel = cancel or CancelToken()
    lookup = _trust_lookup(trust)
    result = yield from verify_file(path, None, cancel, lookup)
    findings = list(result.result.findings)
    if trust is not None and result.signer is not None and lookup is not None:
        if lookup(result.signer.key_id) is None and not any(
            f.code == "bundle.untrusted_key" for f in findings
        ):
            findings.append(
                Finding(
                    "bundle.untrusted_key",
                    "error",
                    "",
                    {"fingerprint": result.signer.fingerprint()},
                )
            )
    elif trust is None:
        # Without a trust anchor an unknown key is only a note: the bundle is self-consistent.
        findings = [
            Finding(f.code, "info", f.item, f.params) if f.code == "bundle.untrusted_key" else f
            for f in findings
        ]
    return VerifyReport(
        path,
        CheckResult(tuple(findings), result.result.details),
        result.info,
        result.signer.fingerprint() if result.signer else None,
        result.trusted_comment,
    )
