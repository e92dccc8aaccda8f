#!/usr/bin/env bash
# Build the Linux release of spbe-desktop: a one-folder PyInstaller build and its tarball.
#
#   bash packaging/build-linux.sh            # venv + build + tarball + figures
#   SKIP_FIGURES=1 bash packaging/build-linux.sh
#   PYTHON=/path/to/python3.11 bash packaging/build-linux.sh
#
# Steps:
#   1. packaging/.build-venv: a venv of its own (never the dev .venv) with the pinned
#      packaging/requirements-build.txt, then the project itself (non-editable, --no-deps).
#   2. PyInstaller with packaging/pyinstaller/spbe_desktop.spec -> dist/spbe-desktop/
#      (spbe-desktop GUI + spbe CLI sharing _internal/).
#   3. Desktop integration files (share/, install-desktop-integration.sh) into the folder.
#   4. dist/spbe-desktop-<version>-linux-x86_64.tar.gz (+ .sha256), reproducible file order,
#      owner and mtimes.
#   5. Figures: folder size and the time to a usable window (packaging/measure.py), written to
#      dist/spbe-desktop-<version>-linux-x86_64.figures.txt.
# The smoke test is separate: bash packaging/smoke-test.sh dist/spbe-desktop
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
VENV="$ROOT/packaging/.build-venv"
VPY="$VENV/bin/python"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
APP_ID="io.github.spbe_desktop.SpbeDesktop"
START=$(date +%s)

say() { printf '\n== %s\n' "$*"; }

say "build venv ($VENV)"
if [ ! -x "$VPY" ]; then
  "$PY" -m venv "$VENV"
fi
"$VPY" -c 'import sys; assert sys.version_info[:2] >= (3, 11), sys.version' \
  || { echo "build-linux: Python 3.11+ needed (set PYTHON=...)" >&2; exit 1; }
"$VPY" -m pip install -q --disable-pip-version-check -r packaging/requirements-build.txt
# Translations: the .qm files are committed under spbe_desktop/ui/assets/i18n (see
# scripts/build_translations.py); the build ships them as they are and never runs lupdate,
# which would rewrite the .ts sources. It only warns when a .qm looks older than its .ts.
for ts in resources/i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="spbe_desktop/ui/assets/i18n/$(basename "${ts%.ts}").qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    echo "build-linux: WARNING $qm is missing or older than $ts;" \
      "run scripts/build_translations.py and commit the result" >&2
  fi
done
# The project: a fresh non-editable install, so the build freezes exactly this tree.
# --no-deps: the runtime deps are pinned above (without the PySide6 meta-package, see there).
"$VPY" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation \
  --force-reinstall "$ROOT"

VERSION="$(cd / && "$VPY" -c 'import spbe_desktop; print(spbe_desktop.__version__)')"
NAME="spbe-desktop"
OUT="$DIST/$NAME"
BASE="$NAME-$VERSION-linux-x86_64"
echo "version $VERSION"

say "PyInstaller"
rm -rf "$OUT"
# Run from / so the source tree is not on sys.path: the frozen code is the venv's install.
(cd / && "$VENV/bin/pyinstaller" "$ROOT/packaging/pyinstaller/spbe_desktop.spec" \
  --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK")

say "strip symbol tables"
# 49 MB of the folder are symbol tables (17 MB in libpython alone); the dynamic symbols stay, so
# nothing that links or dlopens them changes. Not under *.libs/: the libraries auditwheel grafted
# into wheels (numpy's OpenBLAS, Pillow's codecs) were rewritten by patchelf, and stripping them
# breaks numpy's import (found by the smoke test's `spbe report`). PyInstaller's own strip=True
# cannot leave them out, hence this step.
find "$OUT" -type f \( -name '*.so' -o -name '*.so.*' \) -not -path '*.libs/*' -print0 \
  | xargs -0 strip --strip-unneeded

say "desktop integration files"
SHARE="$OUT/share"
install -Dm644 "packaging/linux/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -Dm644 "packaging/linux/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "packaging/linux/$APP_ID.mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
install -Dm644 resources/app-icon/spbe.svg "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  install -Dm644 "resources/app-icon/spbe-$size.png" \
    "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -m755 packaging/linux/install-desktop-integration.sh "$OUT/"
install -m644 packaging/linux/README-linux.txt "$OUT/README.txt"
"$VPY" -m pip freeze --all --exclude-editable >"$OUT/_internal/BUILD-REQUIREMENTS.txt"

say "tarball"
EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}"
TARBALL="$DIST/$BASE.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH" \
  -C "$DIST" -cf - "$NAME" | gzip -n -6 >"$TARBALL"
(cd "$DIST" && sha256sum "$BASE.tar.gz" >"$BASE.tar.gz.sha256")
ls -l "$TARBALL"

if [ -z "${SKIP_FIGURES:-}" ]; then
  say "figures (size, time to a usable window)"
  "$VPY" packaging/measure.py "$OUT" | tee "$DIST/$BASE.figures.txt"
fi

say "done in $(($(date +%s) - START)) s"
echo "folder : $OUT"
echo "tarball: $TARBALL"
echo "next   : bash packaging/smoke-test.sh $OUT"
