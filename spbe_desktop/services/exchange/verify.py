"""Verifying bundles on their own or against pinned keys (``spbe verify``).

With a trust anchor (a workspace or an identity card) the report names the OPD the *key* is
registered to, never only the unit the bundle claims in its bag-info: a bundle signed with
Bappeda's key that claims to come from Dinas Kominfo is not valid (``verify.unit_mismatch``), and
a bundle signed with a revoked key is called revoked (``verify.revoked_key``), not "not yet
trusted".
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.bundles.keys import PublicIdentity, key_id_from_hex
from spbe_desktop.core.models import (
    CheckResult,
    Finding,
)
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.core.text import clean_text
from spbe_desktop.errors import BundleError, UsageError
from spbe_desktop.services.exchange.common import (
    verify_file,
)


# ---------------------------------------------------------------------------------- verify
@dataclass(frozen=True, slots=True)
class VerifyReport:
    path: Path
    result: CheckResult
    info: dict[str, str]
    signer_fingerprint: str | None
    trusted_comment: str | None
    #: The OPD the signing key is registered to in the trust anchor (None: no anchor, or a key
    #: the anchor does not name, such as the coordinator's key seen from an OPD workspace).
    signer_unit: str | None = None

    @property
    def ok(self) -> bool:
        return self.result.ok

    @property
    def claimed_unit(self) -> str:
        """The unit the bundle says it comes from (bag-info, unverified by itself)."""
        return self.info.get("Organization-Unit", "")


@dataclass(frozen=True, slots=True)
class _Registered:
    """What a trust anchor says about one key."""

    unit: str | None
    revoked: bool = False


@dataclass(frozen=True, slots=True)
class _Anchor:
    keys: dict[bytes, PublicIdentity]  # the keys that may sign (not revoked)
    registered: dict[bytes, _Registered]  # every key the anchor names, revoked ones too

    def lookup(self, key_id: bytes) -> PublicIdentity | None:
        return self.keys.get(key_id)


def _same_unit(a: str, b: str) -> bool:
    return clean_text(a).casefold() == clean_text(b).casefold()


def _trust_lookup(trust: Path | None) -> _Anchor | None:
    if trust is None:
        return None
    if not trust.is_file():
        raise UsageError("exchange.trust_source", file=trust.name)
    # Imported here: a verify without --trust (the common case) needs no workspace code, and
    # its start-up is a large part of verifying a small bundle (benchmarks, issue 18).
    from spbe_desktop.services.exchange.identity import read_identity_card
    from spbe_desktop.store.database import is_workspace_file
    from spbe_desktop.store.workspace_store import WorkspaceStore

    keys: dict[bytes, PublicIdentity] = {}
    registered: dict[bytes, _Registered] = {}
    # Through SQLite, never open(): this process may hold connections to that workspace.
    if is_workspace_file(trust):
        with WorkspaceStore.open(trust) as store:
            for opd in store.opds():
                if opd.public_key:
                    pub = PublicIdentity.from_minisign(opd.public_key)
                    registered[pub.key_id] = _Registered(opd.name, bool(opd.revoked_at))
                    if not opd.revoked_at:
                        keys[pub.key_id] = pub
            for gone in store.revoked_keys():  # revoked, maybe replaced by a new key since
                key_id = key_id_from_hex(gone.key_id)
                if key_id not in registered or not registered[key_id].revoked:
                    registered[key_id] = _Registered(gone.opd_name, True)
                    keys.pop(key_id, None)
            if store.profile().coordinator_key:
                pub = PublicIdentity.from_minisign(store.profile().coordinator_key or "")
                keys[pub.key_id] = pub
                registered.setdefault(pub.key_id, _Registered(None))
    else:
        try:
            card = read_identity_card(trust)
        except BundleError as exc:
            raise UsageError("exchange.trust_source", file=trust.name) from exc
        keys[card.public.key_id] = card.public
        registered[card.public.key_id] = _Registered(card.unit)
    return _Anchor(keys, registered)


def verify_bundle(
    path: Path, trust: Path | None = None, cancel: CancelToken | None = None
) -> Generator[Progress, None, VerifyReport]:
    """Verify one bundle or part: signature, every hash, Payload-Oxum, and, with ``trust``,
    that the signer is pinned there. Invalid bundles are reports with findings."""
    cancel = cancel or CancelToken()
    anchor = _trust_lookup(trust)
    result = yield from verify_file(path, None, cancel, anchor.lookup if anchor else None)
    findings = list(result.result.findings)
    signer_unit: str | None = None
    if anchor is not None and result.signer is not None:
        signer = result.signer
        known = anchor.registered.get(signer.key_id)
        signer_unit = known.unit if known is not None else None
        if known is not None and known.revoked:
            # The bag reader only knows "not in the lookup"; the anchor knows why.
            findings = [f for f in findings if f.code != "bundle.untrusted_key"]
            findings.append(
                Finding(
                    "verify.revoked_key",
                    "error",
                    "",
                    {"unit": known.unit or "?", "fingerprint": signer.fingerprint()},
                )
            )
        elif anchor.lookup(signer.key_id) is None:
            if not any(f.code == "bundle.untrusted_key" for f in findings):
                findings.append(
                    Finding(
                        "bundle.untrusted_key",
                        "error",
                        "",
                        {"key_id": signer.key_id_hex(), "fingerprint": signer.fingerprint()},
                    )
                )
        elif signer_unit is not None:
            claimed = result.info.get("Organization-Unit", "")
            if not _same_unit(claimed, signer_unit):
                findings.append(
                    Finding(
                        "verify.unit_mismatch",
                        "error",
                        "bag-info.txt",
                        {"signer": signer_unit, "claimed": clean_text(claimed) or "?"},
                    )
                )
    elif anchor is None:
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
        signer_unit,
    )
