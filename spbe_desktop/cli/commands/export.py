"""spbe export: write a signed bundle (full, delta or split), verify it, summarise."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from spbe_desktop.cli.output import add_force_argument, drive, refuse_existing, say, size, t
from spbe_desktop.cli.secrets import add_passphrase_argument, signing_passphrase
from spbe_desktop.services import presend
from spbe_desktop.services.exchange import export_bundle

HELP = "ekspor paket bukti bertanda tangan (export a signed bundle)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--out", type=Path, required=True, metavar="BUNDLE")
    p.add_argument("--full", action="store_true", help="carry everything, not only changes")
    p.add_argument("--split-mb", type=int, metavar="N", help="write parts of at most N MB")
    add_passphrase_argument(p)
    add_force_argument(p)


def run(args: argparse.Namespace) -> int:
    refuse_existing(args.out, force=args.force)
    passphrase = signing_passphrase(args, args.workspace)
    s = drive(
        export_bundle(
            args.workspace,
            args.out,
            full=args.full,
            split_mb=args.split_mb,
            passphrase=passphrase,
        )
    )
    if s.nothing_changed:
        say(
            t(
                "Tidak ada perubahan sejak tanda terima terakhir; tidak ada paket yang ditulis "
                "(pakai --full bila koordinator meminta paket lengkap).",
                "No changes since the last receipt; no bundle was written (use --full if the "
                "coordinator asks for a complete bundle).",
            )
        )
        return 0
    kind = t("delta", "delta") if s.delta else t("penuh", "full")
    say(
        t(
            f"Paket {kind} ditulis dan diverifikasi:",
            f"{kind.capitalize()} bundle written and verified:",
        )
    )
    for p in s.paths:
        say(f"  {p} ({size(p.stat().st_size)})")
    for name, nbytes in s.oversized:
        say(
            t(
                f"  ! {name} ({size(nbytes)}) lebih besar dari ukuran bagian {args.split_mb} MB; "
                "ia menjadi bagian tersendiri yang lebih besar.",
                f"  ! {name} ({size(nbytes)}) is larger than the {args.split_mb} MB part size; "
                "it makes a larger part of its own.",
            )
        )
    say(
        t(
            f"  {s.documents} dokumen, {s.indicators} jawaban indikator, urutan {s.sequence}",
            f"  {s.documents} documents, {s.indicators} indicator answers, sequence {s.sequence}",
        )
    )
    say(
        t(f"  Sidik jari penanda tangan: {s.fingerprint}", f"  Signer fingerprint: {s.fingerprint}")
    )
    if s.read_back:
        say(
            t(
                "  Diperiksa dengan membaca ulang dari perangkat (media lepas-pasang).",
                "  Verified by reading it back from the device (removable medium).",
            )
        )
    else:
        say(
            t(
                "  Diperiksa dengan sidik isi yang dihitung saat menulis.",
                "  Verified with the hashes computed while writing.",
            )
        )
    _warn_before_sending(args.workspace)
    return 0


def _warn_before_sending(workspace: Path) -> None:
    """One line on stderr with what the app's export dialog lists before sending (counts)."""
    counts = presend.presend_check(workspace).counts()
    words = {
        presend.DRAFT: t("isian draf", "draft answers"),
        presend.EMPTY: t("indikator kosong", "empty indicators"),
        presend.UNASSIGNED: t("indikator di luar tugas unit", "indicators not assigned"),
        presend.UNREADABLE: t("berkas tak dapat dibuka", "files that cannot be opened"),
        presend.SCANNED: t("pindaian tanpa teks", "scans without text"),
        presend.LARGE: t(
            f"berkas lebih dari {presend.LARGE_FILE_MB} MB",
            f"files over {presend.LARGE_FILE_MB} MB",
        ),
    }
    found = [f"{n} {words[k]}" for k, n in counts.items() if k in words]
    if found:
        head = t("Perlu diperhatikan", "Worth a look")
        sys.stderr.write(f"{head}: {', '.join(found)}.\n")
