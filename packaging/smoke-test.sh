#!/usr/bin/env bash
# Smoke test of a BUILT spbe-desktop folder (not the source tree): does the frozen app work?
#
#   bash packaging/smoke-test.sh [FOLDER]                # default dist/spbe-desktop
#   bash packaging/smoke-test.sh --read-only [FOLDER]    # on a read-only copy of the folder
#
# What it runs, each step failing the script on error:
#   1. spbe --version                         matches the VERSION file the spec wrote
#   2. spbe init (OPD and coordinator), assess, attach a hand-made PDF (parsed in the frozen
#      document-worker child process: the suggested kind proves it ran) and a .txt,
#      export a signed bundle, spbe verify it, then trust + import + receipt + accept-receipt,
#      index, check; report/compile too when this build has those commands
#   3. spbe-desktop --selftest (QT_QPA_PLATFORM=offscreen): builds the main window, exits 0
#   4. the program folder is unchanged (file list, sizes, mtimes), and the data went only to the
#      temporary HOME's platformdirs folders
# HOME, XDG_* and SPBE_* point at / are cleared to a temporary folder for the whole run.
#
# --read-only: copies the folder, runs chmod -R a-w on the copy, and runs everything as an
# unprivileged user when started as root (root ignores write permissions), so a write into the
# program folder fails loudly. Needs only bash and coreutils (and setpriv for --read-only as root).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
READ_ONLY=0
if [ "${1:-}" = "--read-only" ]; then READ_ONLY=1; shift; fi
FOLDER="$(cd "${1:-$ROOT/dist/spbe-desktop}" && pwd)"

TMP="$(mktemp -d /tmp/spbe-smoke.XXXXXX)"
chmod 755 "$TMP"
cleanup() { chmod -R u+w "$TMP" 2>/dev/null || true; rm -rf "$TMP"; }
trap cleanup EXIT
PASS=0
ok() { PASS=$((PASS + 1)); printf '  ok   %s\n' "$*"; }
fail() { printf '  FAIL %s\n' "$*" >&2; exit 1; }

RUN_AS=()
if [ "$READ_ONLY" = 1 ]; then
  cp -a "$FOLDER" "$TMP/app"
  FOLDER="$TMP/app"
  chmod -R a-w "$FOLDER"
  if [ "$(id -u)" = 0 ]; then
    command -v setpriv >/dev/null || fail "--read-only as root needs setpriv (util-linux)"
    RUN_AS=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
  fi
fi
HOME_DIR="$TMP/home"
WORK="$TMP/work"
mkdir -p "$HOME_DIR" "$WORK"
if [ ${#RUN_AS[@]} -gt 0 ]; then chown -R 65534:65534 "$HOME_DIR" "$WORK"; fi

# A clean environment: nothing from the caller's SPBE_*/XDG_* settings or real home.
run() {
  env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" LANG=C.UTF-8 SPBE_LANG=en \
    QT_QPA_PLATFORM=offscreen "${RUN_AS[@]}" "$@"
}
SPBE="$FOLDER/spbe"
GUI="$FOLDER/spbe-desktop"
spbe() { (cd "$WORK" && run "$SPBE" "$@"); }

manifest() { (cd "$FOLDER" && find . -printf '%p %s %T@ %m\n' | LC_ALL=C sort); }
BEFORE="$(manifest)"

echo "smoke test of $FOLDER$([ "$READ_ONLY" = 1 ] && echo ' (read-only copy)')"
if [ ! -x "$SPBE" ] || [ ! -x "$GUI" ]; then fail "spbe and spbe-desktop must both be in $FOLDER"; fi

# 1. version
WANT="$(cut -d' ' -f2 "$FOLDER/VERSION")"
GOT="$(spbe --version)"
[ "$GOT" = "spbe $WANT" ] || fail "spbe --version said '$GOT', expected 'spbe $WANT'"
ok "spbe --version: $GOT"

# 2. CLI round trip
# A small text PDF written by hand (an official-looking decree; packaging/smoke/) and a note.
cp "$ROOT/packaging/smoke/sk-tim-koordinasi-spbe.pdf" "$WORK/SK Tim Koordinasi SPBE.pdf"
printf 'Catatan rapat koordinasi SPBE 2024.\n' >"$WORK/catatan.txt"
if [ ${#RUN_AS[@]} -gt 0 ]; then chown -R 65534:65534 "$WORK"; fi
HELP="$(spbe --help)"
has() { grep -qE "^ +$1 " <<<"$HELP" || grep -qE "[{,]$1[,}]" <<<"$HELP"; }

spbe init opd.spbe --role opd --instansi "Pemerintah Provinsi Maluku Utara" \
  --unit "Dinas Kominfo" --officer Rina >/dev/null
spbe init koor.spbe --role coordinator --instansi "Pemerintah Provinsi Maluku Utara" \
  --officer Budi >/dev/null
ok "spbe init (OPD and coordinator workspaces)"
spbe assess opd.spbe 10 --level 3 --note "SK Tim Koordinasi 2024" >/dev/null
ok "spbe assess"
OUT="$(spbe attach opd.spbe 10 "SK Tim Koordinasi SPBE.pdf" catatan.txt)"
grep -q "Keputusan/SK" <<<"$OUT" \
  || fail "attach did not read the PDF's text (document worker in the frozen build?): $OUT"
ok "spbe attach PDF + txt (PDF parsed by the frozen document worker)"
spbe export opd.spbe --out b1.spbebundle >/dev/null
[ -s "$WORK/b1.spbebundle" ] || fail "export wrote no bundle"
ok "spbe export -> b1.spbebundle ($(stat -c %s "$WORK/b1.spbebundle") bytes)"
spbe verify b1.spbebundle >/dev/null
ok "spbe verify b1.spbebundle"
spbe identity opd.spbe --out opd.card >/dev/null
spbe trust koor.spbe opd.card >/dev/null
spbe verify b1.spbebundle --trust koor.spbe >/dev/null
spbe import koor.spbe b1.spbebundle >/dev/null
ok "spbe identity/trust/verify --trust/import (coordinator)"
spbe receipt koor.spbe --unit "Dinas Kominfo" --out r1.spbereceipt >/dev/null
spbe accept-receipt opd.spbe r1.spbereceipt >/dev/null
ok "spbe receipt / accept-receipt"
spbe index koor.spbe >/dev/null
spbe check opd.spbe >/dev/null
spbe check koor.spbe >/dev/null
ok "spbe index / check"
# A tampered copy must be refused (exit 1), proving verify really checks.
cp "$WORK/b1.spbebundle" "$WORK/bad.spbebundle"
SIZE=$(stat -c %s "$WORK/bad.spbebundle")
printf '\x00\xff\x00\xff' | dd of="$WORK/bad.spbebundle" bs=1 seek=$((SIZE / 2)) conv=notrunc 2>/dev/null
if spbe verify bad.spbebundle >/dev/null 2>&1; then fail "a damaged bundle passed verify"; fi
ok "spbe verify refuses a damaged bundle"
if has report; then
  spbe report koor.spbe --out laporan.docx >/dev/null
  [ -s "$WORK/laporan.docx" ] || fail "report wrote nothing"
  ok "spbe report -> laporan.docx"
fi
if has compile; then
  spbe compile koor.spbe --out unggah >/dev/null
  ok "spbe compile -> unggah/"
fi

# 3. the GUI, offscreen
if ! GUI_OUT="$(cd "$WORK" && timeout 120 env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "${RUN_AS[@]}" "$GUI" --selftest 2>&1)"; then
  fail "spbe-desktop --selftest failed: $GUI_OUT"
fi
ok "spbe-desktop --selftest (offscreen) exit 0"

# 4. nothing written beside the program; the data is in the temporary HOME
[ "$(manifest)" = "$BEFORE" ] || {
  diff <(echo "$BEFORE") <(manifest) | head -20 >&2
  fail "the program folder changed while running"
}
ok "program folder unchanged"
[ ! -e "$FOLDER/spbe-data" ] || fail "spbe-data appeared beside the program without portable.txt"
FOUND="$(cd "$HOME_DIR" && find . -maxdepth 3 -path '*spbe-desktop*' | LC_ALL=C sort | tr '\n' ' ')"
ok "user data only under the temporary HOME: ${FOUND:-(none written)}"

echo "smoke test passed: $PASS checks"
