"""spbe verify: signature, hashes, Payload-Oxum and (with --trust) the pinned key."""

from __future__ import annotations

import argparse
from pathlib import Path

from spbe_desktop.cli.output import drive, dump_json, lang, say, t
from spbe_desktop.errors import message_for
from spbe_desktop.services.exchange import verify_bundle

HELP = "verifikasi bundel (verify bundles)"


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
                say(
                    t(
                        f"SAH: {r.path.name} — {r.info.get('Organization-Unit', '?')}, urutan "
                        f"{r.info.get('SPBE-Sequence', '?')}, sidik jari {r.signer_fingerprint}",
                        f"VALID: {r.path.name} — {r.info.get('Organization-Unit', '?')}, sequence "
                        f"{r.info.get('SPBE-Sequence', '?')}, fingerprint {r.signer_fingerprint}",
                    )
                )
            else:
                say(t(f"TIDAK SAH: {r.path.name}", f"INVALID: {r.path.name}"))
            for f in r.result.findings:
                mark = "✗" if f.severity == "error" else "·"
                say(f"  {mark} {message_for(f.code, {'file': r.path.name, **f.params}, lang())}")
    return 0 if all(r.ok for r in reports) else 1
