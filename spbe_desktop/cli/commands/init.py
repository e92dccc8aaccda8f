"""spbe init: create a workspace by hand, from a coordinator's evaluation kit, or as the new
period's workspace from last period's (``--from``)."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from spbe_desktop.cli import labels
from spbe_desktop.cli.output import drive, say, size, t
from spbe_desktop.errors import UsageError
from spbe_desktop.services import workspace as ws
from spbe_desktop.services.carry_forward import CarryForwardResult, carry_forward
from spbe_desktop.services.exchange import init_from_kit

HELP = "buat ruang kerja baru (create a workspace)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--role", choices=["opd", "coordinator"])
    p.add_argument("--instansi", help="e.g. 'Pemerintah Provinsi Maluku Utara'")
    p.add_argument("--unit", default="", help="OPD name, e.g. 'Dinas Kominfo'")
    p.add_argument("--officer", help="the officer's name (with --from: the old one's)")
    p.add_argument(
        "--framework",
        default="pemdi-2026",
        help="kerangka: pemdi-2026 (bawaan), spbe-2020 untuk siklus lama, atau path paket "
        "yang sudah dikoreksi (framework: pemdi-2026 by default, spbe-2020 for past cycles, "
        "or a path to a corrected pack file)",
    )
    p.add_argument(
        "--period", help="the period's year (default 2026; with --from: the old one + 1)"
    )
    p.add_argument("--kit", type=Path, help="evaluation kit from the coordinator")
    p.add_argument(
        "--from",
        dest="previous",
        type=Path,
        metavar="OLD",
        help="ruang kerja periode lalu: peran, nama, kunci dan dokumen yang masih berlaku "
        "dibawa (last period's workspace: role, names, key and still-valid documents come "
        "along)",
    )
    p.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help="with --from into another framework: a corrected indicator mapping (default: the "
        "one shipped, SPBE 2020 -> Pemdi 2026)",
    )
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
    if args.previous is not None:
        return _carry_forward(args)
    if args.mapping is not None:
        raise UsageError("usage.mapping_needs_from")
    if args.kit is not None:
        profile = init_from_kit(
            args.workspace, args.kit, officer=args.officer or "", passphrase=_passphrase(args)
        )
    else:
        if not args.role or not args.instansi:
            raise UsageError("usage.init_needs")
        profile = ws.init_workspace(
            args.workspace,
            role=args.role,
            instansi=args.instansi,
            unit=args.unit,
            officer=args.officer or "",
            framework=args.framework,
            period=args.period or "2026",
            passphrase=_passphrase(args),
        )
    say(t(f"Ruang kerja dibuat: {args.workspace}", f"Workspace created: {args.workspace}"))
    say(
        f"  {labels.role(profile.role)} · {profile.instansi} · {profile.unit} · "
        f"{t('periode', 'period')} {profile.period}"
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


# ------------------------------------------------------------------ --from: a new period
_TAKEN_FROM_OLD = {
    "role": "--role",
    "instansi": "--instansi",
    "unit": "--unit",
    "kit": "--kit",
    "passphrase": "--passphrase",
}


def _carry_forward(args: argparse.Namespace) -> int:
    for dest, option in _TAKEN_FROM_OLD.items():
        if getattr(args, dest):
            raise UsageError("usage.from_conflict", option=option)
    result = drive(
        carry_forward(
            args.workspace,
            args.previous,
            period=args.period,
            framework=args.framework,
            mapping=args.mapping,
            officer=args.officer,
        )
    )
    _summary(result)
    return 0


def _summary(r: CarryForwardResult) -> None:
    p = r.profile
    say(
        t(
            f"Ruang kerja periode baru dibuat: {r.workspace} (dari {r.previous}, periode "
            f"{r.previous_period})",
            f"New period's workspace created: {r.workspace} (from {r.previous}, period "
            f"{r.previous_period})",
        )
    )
    say(
        f"  {labels.role(p.role)} · {p.instansi} · {p.unit} · {t('periode', 'period')} "
        f"{p.period} · {r.framework}"
    )
    if p.role == "coordinator":
        say(
            t(
                f"  Kunci tanda tangan tetap sama (sidik jari {r.fingerprint}): OPD yang sudah "
                "menyematkannya menerima kit dan tanda terima periode baru tanpa cek ulang.",
                f"  The signing key stays the same (fingerprint {r.fingerprint}): OPDs that "
                "pinned it take the new period's kits and receipts without checking it again.",
            )
        )
    else:
        say(
            t(
                f"  Kunci tanda tangan tetap sama (sidik jari {r.fingerprint}): koordinator "
                "menerima paket bukti periode baru tanpa kartu identitas baru.",
                f"  The signing key stays the same (fingerprint {r.fingerprint}): the "
                "coordinator takes the new period's bundles without a new identity card.",
            )
        )
    if p.role == "coordinator" and (r.opds or r.revoked_keys):
        say(
            t(
                f"  OPD terdaftar dibawa: {r.opds} (kunci, kepercayaan), kunci dicabut: "
                f"{r.revoked_keys}",
                f"  Registered OPDs carried: {r.opds} (keys, trust), revoked keys: "
                f"{r.revoked_keys}",
            )
        )
    if r.assignments_dropped:
        say(
            t(
                "  Penugasan indikator tidak dibawa (kerangka lain); tugaskan lagi dengan kit "
                "baru.",
                "  Indicator assignments were not carried (another framework); assign again "
                "with new kits.",
            )
        )
    say(
        t(
            f"  Dokumen dibawa: {len(r.carried)} ({size(r.bytes)}), masing-masing sekali",
            f"  Documents carried: {len(r.carried)} ({size(r.bytes)}), each once",
        )
    )
    say(
        t(
            f"  Ditinggalkan karena masa berlakunya habis sebelum {r.period_starts}: "
            f"{len(r.expired)}",
            f"  Left behind, valid only until before {r.period_starts}: {len(r.expired)}",
        )
    )
    for e in r.expired:
        until = t("berlaku s.d.", "valid until")
        say(f"    - {e.title or e.file_name} ({until} {e.valid_until})")
    if r.same_framework:
        say(
            t(
                f"  Tautan dibuat ulang: {r.relinked_indicators} ke indikator, "
                f"{r.relinked_items} ke butir",
                f"  Links re-made: {r.relinked_indicators} to indicators, "
                f"{r.relinked_items} to items",
            )
        )
        for m in r.not_relinked:
            say(
                t(
                    f"    - #{m.document_id} {m.title}: {m.ref} tidak ada di kerangka baru",
                    f"    - #{m.document_id} {m.title}: {m.ref} is not in the new framework",
                )
            )
    elif r.mapping is None:
        say(
            t(
                "  Tidak ada pemetaan antara kedua kerangka: dokumen dibawa tanpa tautan.",
                "  No mapping between the two frameworks: documents carried without links.",
            )
        )
    else:
        _suggestions(r)
    if r.carried:
        say(
            t(
                '  Setiap dokumen yang dibawa ditandai "dari periode lalu — periksa"; tidak ada '
                "tingkat, catatan atau verdict yang dibawa: setiap butir menunggu penilaian baru.",
                '  Every carried document is marked "dari periode lalu — periksa" (from the '
                "previous period — check); no level, note or verdict was carried: every item "
                "waits for a new judgement.",
            )
        )


def _suggestions(r: CarryForwardResult) -> None:
    provisional = t(", SEMENTARA", ", PROVISIONAL") if r.mapping_provisional else ""
    say(
        t(
            f"  Saran tautan: {len(r.suggestions)} (pemetaan {r.mapping} dari {r.mapping_file}"
            f"{provisional}); tingkat tetap ditentukan kriteria kerangka baru",
            f"  Suggested links: {len(r.suggestions)} (mapping {r.mapping} from "
            f"{r.mapping_file}{provisional}); the level still comes from the new framework's "
            "criteria",
        )
    )
    by_doc: dict[int, list[str]] = {}
    titles: dict[int, str] = {}
    for s in r.suggestions:
        target = f"{s.indicator_number}" + (f" {s.item}" if s.item else "")
        olds = ", ".join(str(n) for n in s.from_numbers)
        notes = [t("sumber", "source") if s.basis == "source" else t("dugaan", "inferred")]
        if s.needs_update:
            notes.append(t("perlu versi baru", "needs a new version"))
        if s.context_only:
            notes.append(
                t(
                    "konteks saja: nilai dari indeks nasional",
                    "context only: value from a national index",
                )
            )
        by_doc.setdefault(s.document_id, []).append(f"{target} ← {olds} ({'; '.join(notes)})")
        titles[s.document_id] = s.title
    for doc_id, lines in by_doc.items():
        say(f"    #{doc_id} {titles[doc_id]}:")
        for line in lines:
            say(f"      → {t('indikator', 'indicator')} {line}")
    unlinked = [c for c in r.carried if c.how == "unlinked"]
    if unlinked:
        say(
            t(
                f"  Tanpa saran (indikator lamanya tidak dipetakan atau tanpa tautan): "
                f"{len(unlinked)}",
                f"  Without a suggestion (old indicators not mapped, or no links): {len(unlinked)}",
            )
        )
