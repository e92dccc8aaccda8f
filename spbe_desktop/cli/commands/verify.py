"""spbe verify: signature, hashes, Payload-Oxum and (with --trust) the pinned key."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import drive, dump_json, lang, say, t
from spbe_desktop.errors import message_for
from spbe_desktop.services.exchange import verify_bundle

HELP = "verifikasi paket bukti (verify bundles)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    p.add_argument("--trust", type=Path, metavar="WORKSPACE_OR_CARD")
    p.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    reports = [drive(verify_bundle(b, args.trust)) for b in args.bundles]
    if args.json:
        dump_json(
            [
                {
                    "file": str(r.path),
                    "ok": r.ok,
                    "signer_fingerprint": r.signer_fingerprint,
                    "signer_unit": r.signer_unit,
                    "claimed_unit": r.claimed_unit,
                    "trusted_comment": r.trusted_comment,
                    "info": r.info,
                    "findings": [
                        {
                            "code": f.code,
                            "severity": f.severity,
                            "item": f.item,
                            "params": f.params,
                            "message": message_for(f.code, f.params, lang()),
                        }
                        for f in r.result.findings
                    ],
                }
                for r in reports
            ]
        )
    else:
        for r in reports:
            if r.ok:
                seq = r.info.get("SPBE-Sequence", "?")
                fp = r.signer_fingerprint
                if r.signer_unit:
                    # Who signed, as the trust anchor registers the key: never only the claim.
                    say(
                        t(
                            f"SAH: {r.path.name} — ditandatangani oleh kunci {r.signer_unit}, "
                            f"urutan {seq}, sidik jari {fp}",
                            f"VALID: {r.path.name} — signed with the key of {r.signer_unit}, "
                            f"sequence {seq}, fingerprint {fp}",
                        )
                    )
                else:
                    claimed = r.claimed_unit or "?"
                    say(
                        t(
                            f"SAH: {r.path.name} — mengaku dari {claimed}, urutan {seq}, sidik "
                            f"jari {fp}",
                            f"VALID: {r.path.name} — claims to come from {claimed}, sequence "
                            f"{seq}, fingerprint {fp}",
                        )
                    )
            else:
                say(t(f"TIDAK SAH: {r.path.name}", f"INVALID: {r.path.name}"))
            for f in r.result.findings:
                mark = "✗" if f.severity == "error" else "·"
                say(f"  {mark} {message_for(f.code, {'file': r.path.name, **f.params}, lang())}")
    return 0 if all(r.ok for r in reports) else 1
