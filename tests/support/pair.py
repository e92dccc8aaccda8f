"""A coordinator and the OPD workspaces made from its kits, each OPD's key trusted: the set-up
every exchange test starts from, done with the services as a user's two laptops would.

``make_pair`` is the one-OPD case; ``make_coordinator`` and ``join_opd`` build any number of
OPDs (``join_opd`` once per unit). Qt-free, so non-UI tests can use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.services.coordinator import set_stage_calendar
from spbe_desktop.services.exchange import (
    init_from_kit,
    issue_kit,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.workspace import init_workspace

__all__ = ["Opd", "Pair", "join_opd", "make_coordinator", "make_pair"]


@dataclass(frozen=True)
class Opd:
    """An OPD workspace made from the coordinator's kit, and the files that made it."""

    unit: str
    officer: str
    workspace: Path
    kit: Path
    card: Path


@dataclass(frozen=True)
class Pair:
    """The coordinator's workspace and one OPD's."""

    coordinator: Path
    opd: Opd


def make_coordinator(
    path: Path,
    *,
    instansi: str,
    unit: str = "Diskominfo",
    officer: str = "Budi",
    framework: str = "pemdi-2026",
    stages: Mapping[str, dt.date] | None = None,
) -> Path:
    """A new coordinator workspace at ``path``; ``stages`` sets the stage calendar (before any
    kit is issued)."""
    init_workspace(
        path,
        role="coordinator",
        instansi=instansi,
        unit=unit,
        officer=officer,
        framework=framework,
    )
    if stages:
        set_stage_calendar(path, stages)
    return path


def join_opd(
    coordinator: Path,
    unit: str,
    workspace: Path,
    *,
    indicators: Sequence[str],
    officer: str,
    kit: Path | None = None,
    card: Path | None = None,
) -> Opd:
    """Issue ``unit``'s kit, make its workspace at ``workspace`` from it, and have the
    coordinator trust its identity card. The kit and the card are written next to the
    workspace (``.spbekit``, ``.card``) unless named."""
    kit = kit or workspace.with_suffix(".spbekit")
    card = card or workspace.with_suffix(".card")
    issue_kit(coordinator, unit, kit, indicators=list(indicators))
    init_from_kit(workspace, kit, officer=officer)
    write_identity_card(workspace, card)
    trust_card(coordinator, card)
    return Opd(unit, officer, workspace, kit, card)


def make_pair(
    folder: Path,
    *,
    instansi: str,
    unit: str,
    indicators: Sequence[str],
    officer: str,
    coordinator_officer: str = "Budi",
    coordinator_name: str = "koordinator.spbe",
    opd_name: str | None = None,
    kit: Path | None = None,
    card: Path | None = None,
    stages: Mapping[str, dt.date] | None = None,
) -> Pair:
    """A coordinator (Diskominfo) at ``folder / coordinator_name`` and ``unit``'s workspace at
    ``folder / opd_name`` (the unit's name in lower case, ``.spbe``, when None)."""
    koor = make_coordinator(
        folder / coordinator_name, instansi=instansi, officer=coordinator_officer, stages=stages
    )
    workspace = folder / (opd_name or f"{unit.lower()}.spbe")
    return Pair(
        koor,
        join_opd(koor, unit, workspace, indicators=indicators, officer=officer, kit=kit, card=card),
    )
