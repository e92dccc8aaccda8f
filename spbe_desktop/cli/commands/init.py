"""spbe init: create a workspace by hand or from a coordinator's evaluation kit."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from spbe_desktop.cli.output import say, t
from spbe_desktop.services import workspace as ws
from spbe_desktop.services.exchange import init_from_kit

HELP = "buat ruang kerja baru (create a workspace)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--role", choices=["opd", "coordinator"])
    p.add_argument("--instansi", help="e.g. 'Pemerintah Provinsi Maluku Utara'")
    p.add_argument("--unit", default="", help="OPD name, e.g. 'Dinas Kominfo'")
    p.add_argument("--officer", default="", help="the officer's name")
    p.add_argument(
        "--framework",
        default="pemdi-2026",
        help="kerangka: pemdi-2026 (bawaan), spbe-2020 untuk siklus lama, atau path paket "
        "yang sudah dikoreksi (framework: pemdi-2026 by default, spbe-2020 for past cycles, "
        "or a path to a corrected pack file)",
    )
    p.add_argument("--period", default="2026")
    p.add_argument("--kit", type=Path, help="evaluation kit from the coordinator")
    p.add_argument(
        "--passphrase",
        action="store_true",
        help="protect the signing key with a passphrase (asked; or SPBE_PASSPHRASE)",
    )


def _passphrase(args: argparse.Namespace) -> str | None:
    if not args.passphrase:
        return None
    env = os.environ.get("SPBE_PASSPHRASE")
    return env if env is not None else getpass.getpass(t("Frasa sandi: ", "Passphrase: "))


def run(args: argparse.Namespace) -> int:
    if args.kit is not None:
        profile = init_from_kit(
            args.workspace, args.kit, officer=args.officer, passphrase=_passphrase(args)
        )
    else:
        if not args.role or not args.instansi:
            from spbe_desktop.errors import UsageError

            raise UsageError("usage.init_needs")
        profile = ws.init_workspace(
            args.workspace,
            role=args.role,
            instansi=args.instansi,
            unit=args.unit,
            officer=args.officer,
            framework=args.framework,
            period=args.period,
            passphrase=_passphrase(args),
        )
    say(t(f"Ruang kerja dibuat: {args.workspace}", f"Workspace created: {args.workspace}"))
    say(
        f"  {profile.role} · {profile.instansi} · {profile.unit} · {t('periode', 'period')} "
        f"{profile.period}"
    )
    fp = ws.coordinator_fingerprint(profile)
    if fp:
        say(t(f"  Sidik jari koordinator: {fp}", f"  Coordinator fingerprint: {fp}"))
        say(
            t(
                "  Cocokkan sidik jari ini dengan koordinator lewat telepon sebelum melanjutkan; "
                "bila berbeda, hapus ruang kerja ini dan minta kit yang benar.",
                "  Confirm this fingerprint with the coordinator by phone before going on; if it "
                "differs, delete this workspace and ask for the right kit.",
            )
        )
    return 0
