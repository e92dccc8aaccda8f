"""Keys, identity cards, trust (pinning and revoking OPD keys) and evaluation kits."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spbe_desktop.bundles.envelope import read_signed_json, write_signed_json
from spbe_desktop.bundles.keys import PublicIdentity, SecretIdentity, load_secret
from spbe_desktop.core.clock import now_iso
from spbe_desktop.core.models import (
    OpdRecord,
    Profile,
    RevokedKey,
)
from spbe_desktop.core.packs import load_pack_bytes, pack_to_bytes
from spbe_desktop.core.text import clean_text
from spbe_desktop.errors import BundleError, SpbeError, UsageError
from spbe_desktop.services.exchange.common import comment_value
from spbe_desktop.services.workspace import _actor_name, _owns, _require_role, init_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore


# ---------------------------------------------------------------------------------- keys
def _passphrase(passphrase: str | None) -> str | None:
    return passphrase if passphrase is not None else os.environ.get("SPBE_PASSPHRASE")


def load_identity(workspace: Path, passphrase: str | None = None) -> SecretIdentity:
    """The workspace's signing key (the passphrase is needed only if it is protected).

    Raises:
        BundleError: ``exchange.passphrase_needed`` or a wrong passphrase.
    """
    with WorkspaceStore.open(workspace) as store:
        return _load_identity(store, passphrase)


def _load_identity(store: WorkspaceStore, passphrase: str | None = None) -> SecretIdentity:
    prof = store.profile()
    pw = _passphrase(passphrase) if prof.key_protected else None
    if prof.key_protected and pw is None:
        raise BundleError("exchange.passphrase_needed")
    return load_secret(store.secret_key(), public_identity(prof).key_id, pw)


def public_identity(profile: Profile) -> PublicIdentity:
    return PublicIdentity.from_minisign(profile.public_key)


def fingerprint(profile: Profile) -> str:
    return public_identity(profile).fingerprint()


def minisign_public_key(workspace: Path) -> str:
    with WorkspaceStore.open(workspace) as store:
        return public_identity(store.profile()).minisign_file()


# ---------------------------------------------------------------------------------- cards
@dataclass(frozen=True, slots=True)
class IdentityCard:
    unit: str
    instansi: str
    officer: str
    role: str
    public: PublicIdentity

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint()


def write_identity_card(workspace: Path, out: Path, passphrase: str | None = None) -> IdentityCard:
    """Write the workspace's identity card (self-signed: proves possession of the key)."""
    with WorkspaceStore.open(workspace) as store:
        prof = store.profile()
        secret = _load_identity(store, passphrase)
    pub = secret.public
    payload = {
        "unit": prof.unit,
        "instansi": prof.instansi,
        "officer": prof.officer,
        "role": prof.role,
        "public_key": pub.minisign_line(),
        "key_id": pub.key_id_hex(),
        "fingerprint": pub.fingerprint(),
        "created": now_iso(),
    }
    write_signed_json(
        out, "identity", payload, secret, f"spbe-identity unit={comment_value(prof.unit)}"
    )
    return IdentityCard(prof.unit, prof.instansi, prof.officer, prof.role, pub)


def read_identity_card(path: Path) -> IdentityCard:
    payload, signer = read_signed_json(path, "identity")
    try:
        declared = PublicIdentity.from_minisign(str(payload["public_key"]))
        card = IdentityCard(
            str(payload["unit"]),
            str(payload["instansi"]),
            str(payload.get("officer", "")),
            str(payload.get("role", "opd")),
            signer,
        )
    except (KeyError, TypeError, SpbeError) as exc:
        raise BundleError("exchange.not_identity_card", file=path.name) from exc
    if declared.minisign_line() != signer.minisign_line():
        raise BundleError("exchange.not_identity_card", file=path.name)
    return card


def trust_card(
    workspace: Path,
    card_path: Path,
    name: str | None = None,
    *,
    replace: bool = False,
    unrevoke: bool = False,
) -> tuple[OpdRecord, str]:
    """Pin an OPD's identity card in the coordinator's register; returns (OPD, fingerprint).

    Args:
        name: register the key under this OPD name (default: the card's unit).
        replace: the coordinator confirmed by phone that the OPD's key changed; without it a
            card with another key for an OPD that has a working key is refused.
        unrevoke: the coordinator explicitly trusts a revoked key again; without it a revoked
            key is refused.

    Raises:
        BundleError: ``exchange.key_replace_needed`` (params ``name``, ``old``, ``new``) or
            ``exchange.key_revoked`` (params ``name``, ``fingerprint``): the change needs the
            coordinator's explicit word; also a bad card, the own key or a key of another OPD.
    """
    card = read_identity_card(card_path)
    return _pin(workspace, name or card.unit, card.public, replace=replace, unrevoke=unrevoke)


def trust_public_key(
    workspace: Path,
    name: str,
    public_key: str,
    *,
    replace: bool = False,
    unrevoke: bool = False,
) -> tuple[OpdRecord, str]:
    """Pin a key seen in a quarantined bundle, after the coordinator confirmed its fingerprint
    with the OPD by phone (the GUI's explicit trust decision); returns (OPD, fingerprint).

    ``replace`` and ``unrevoke`` and the errors are those of :func:`trust_card`.
    """
    pub = PublicIdentity.from_minisign(public_key)
    return _pin(workspace, name, pub, replace=replace, unrevoke=unrevoke)


def _pin(
    workspace: Path, name: str, pub: PublicIdentity, *, replace: bool, unrevoke: bool
) -> tuple[OpdRecord, str]:
    """The one set of trust rules for cards and quarantined keys (see :func:`trust_card`)."""
    key_id, new_fp = pub.key_id_hex(), pub.fingerprint()
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        if key_id == store.profile().key_id:
            raise BundleError("exchange.card_is_self")
        holder = store.opd_by_key(key_id)
        revoked = store.revoked_key(key_id)
        if (revoked is not None or (holder is not None and holder.revoked_at)) and not unrevoke:
            raise BundleError(
                "exchange.key_revoked",
                name=revoked.opd_name if revoked is not None else name,
                fingerprint=new_fp,
            )
        if holder is not None and holder.name.casefold() != name.casefold():
            raise BundleError("exchange.key_in_use", name=holder.name)
        current = store.opd_by_name(name)
        if (
            current is not None
            and current.key_id
            and current.key_id != key_id
            and not current.revoked_at
            and not replace
        ):
            raise BundleError(
                "exchange.key_replace_needed",
                name=current.name,
                old=current.fingerprint or "",
                new=new_fp,
            )
        with store.transaction():
            if revoked is not None:
                store.forget_revoked_key(key_id)
            opd = store.upsert_opd(
                _actor_name(store),
                name,
                key_id=key_id,
                public_key=pub.minisign_line(),
                fingerprint=new_fp,
                trusted_at=now_iso(),
                revoked_at=None,
            )
    return opd, new_fp


def revoke_opd(workspace: Path, name: str) -> OpdRecord:
    """Revoke an OPD's key: its bundles are refused, and the key stays revoked even after the
    OPD pins a new one (until the coordinator explicitly trusts it again)."""
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        opd = store.opd_by_name(name)
        if opd is None:
            raise UsageError("exchange.unknown_opd", name=name)
        at = now_iso()
        with store.transaction():
            if opd.key_id:
                store.remember_revoked_key(
                    RevokedKey(opd.key_id, opd.fingerprint or "", opd.name, at)
                )
            return store.upsert_opd(_actor_name(store), name, revoked_at=at)


def register_opd(
    workspace: Path, name: str, contact: str = "", assigned: Sequence[str] | None = None
) -> OpdRecord:
    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        fields: dict[str, Any] = {"contact": contact}
        if assigned is not None:
            fields["assigned"] = tuple(store.pack().indicator(i).id for i in assigned)
        return store.upsert_opd(_actor_name(store), name, **fields)


# ---------------------------------------------------------------------------------- kits


def issue_kit(
    workspace: Path,
    unit: str,
    out: Path,
    indicators: Sequence[str] | None = None,
    passphrase: str | None = None,
) -> dict[str, Any]:
    """Write a signed evaluation kit for one OPD (pack, period, coordinator key, assignment,
    and the reference codes the coordinator added to the architecture code lists)."""
    from spbe_desktop.services.architecture_exchange import CODES_KEY, codes_part  # lazily

    with WorkspaceStore.open(workspace) as store:
        _require_role(store, "coordinator")
        pack = store.pack()
        if indicators:
            assigned = [pack.indicator(i).id for i in indicators]
        else:
            opd = store.opd_by_name(unit)
            assigned = (
                list(opd.assigned)
                if opd and opd.assigned
                else [i.id for i in pack.indicators if _owns(unit, i.default_owner)]
            )
        prof = store.profile()
        secret = _load_identity(store, passphrase)
        payload = {
            "kit_uuid": str(uuid.uuid4()),
            "instansi": prof.instansi,
            "unit": unit,
            "period": prof.period,
            "pack": json.loads(pack_to_bytes(pack)),
            "pack_hash": pack.content_hash,
            "assigned": assigned,
            "coordinator": {
                "unit": prof.unit,
                "public_key": prof.public_key,
                "fingerprint": fingerprint(prof),
            },
            "issued": now_iso(),
            CODES_KEY: codes_part(store),  # signed with the rest (issue 19)
        }
        write_signed_json(
            out,
            "kit",
            payload,
            secret,
            f"spbe-kit unit={comment_value(unit)} period={comment_value(prof.period)}",
        )
        store.upsert_opd(_actor_name(store), unit, assigned=tuple(assigned))
    return payload


@dataclass(frozen=True, slots=True)
class KitInfo:
    """What an OPD officer checks before setting up from a kit: above all, whose key it pins."""

    unit: str
    instansi: str
    period: str
    coordinator_unit: str
    coordinator_fingerprint: str
    assigned: int  # indicators assigned to the unit (0 = all of the pack)


def read_kit(kit: Path) -> KitInfo:
    """Verify a kit's signature and say who issued it (the GUI shows the fingerprint).

    Raises:
        BundleError: not a kit, a bad signature, or a kit not signed by the key it carries.
    """
    payload, signer, _pack = _verified_kit(kit)
    try:
        return KitInfo(  # shown to the officer: outside text, cleaned
            unit=clean_text(payload["unit"]),
            instansi=clean_text(payload["instansi"]),
            period=clean_text(payload["period"]),
            coordinator_unit=clean_text(payload["coordinator"].get("unit", "")),
            coordinator_fingerprint=signer.fingerprint(),
            assigned=len(payload.get("assigned") or ()),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise BundleError("import.bad_content", file=kit.name, detail=str(exc)) from exc


def _verified_kit(kit: Path) -> tuple[dict[str, Any], PublicIdentity, bytes]:
    """(payload, coordinator key, pack JSON) of a kit signed by the coordinator key it carries."""
    payload, signer = read_signed_json(kit, "kit")
    try:
        pack_json = json.dumps(payload["pack"], ensure_ascii=False).encode("utf-8")
        coordinator = PublicIdentity.from_minisign(payload["coordinator"]["public_key"])
    except (KeyError, TypeError, AttributeError) as exc:
        raise BundleError("import.bad_content", file=kit.name, detail=str(exc)) from exc
    if coordinator.minisign_line() != signer.minisign_line():
        raise BundleError("envelope.signature_invalid", file=kit.name, reason="signature.wrong_key")
    return payload, signer, pack_json


def init_from_kit(
    workspace: Path,
    kit: Path,
    officer: str = "",
    passphrase: str | None = None,
    *,
    coordinator_fingerprint: str | None = None,
) -> Profile:
    """Set up an OPD workspace in one step from the coordinator's evaluation kit (its
    architecture reference codes become the workspace's codes of source "koordinator"; a kit
    without them, from an older version, sets up a workspace without any).

    Args:
        coordinator_fingerprint: the fingerprint the officer confirmed with the coordinator
            (the GUI's confirm step); the kit is refused if its key has another one.
    """
    # The architecture exchange (with the code lists behind it) is imported only where a kit is
    # made or read: `spbe verify` and the trust commands start faster without it.
    from spbe_desktop.services.architecture_exchange import (
        CODES_KEY,
        apply_codes_part,
        parse_codes_part,
    )

    payload, signer, pack_json = _verified_kit(kit)
    if coordinator_fingerprint is not None and signer.fingerprint() != coordinator_fingerprint:
        raise BundleError("exchange.kit_changed", file=kit.name)
    try:  # checked before anything is made
        codes = parse_codes_part(payload.get(CODES_KEY))
        coordinator_unit = clean_text(payload["coordinator"].get("unit", ""), max_length=200)
    except (ValueError, AttributeError) as exc:
        raise BundleError("import.bad_content", file=kit.name, detail=str(exc)) from exc
    try:
        pack = load_pack_bytes(pack_json, source=kit.name)
        assigned = tuple(pack.indicator(i).id for i in payload.get("assigned") or ())
        profile = init_workspace(
            workspace,
            role="opd",
            instansi=str(payload["instansi"]),
            unit=str(payload["unit"]),
            officer=officer,
            period=str(payload["period"]),
            passphrase=_passphrase(passphrase),
            framework=pack.id,  # the kit's pack decides the default target, not init's default
            pack_json=pack_json,
            coordinator_key=signer.minisign_line(),
            assigned=assigned or None,
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise BundleError("import.bad_content", file=kit.name, detail=str(exc)) from exc
    if codes:
        with WorkspaceStore.open(workspace) as store, store.transaction():
            apply_codes_part(store, codes, _actor_name(store), coordinator_unit)
    return profile
