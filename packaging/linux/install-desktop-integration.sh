#!/bin/sh
# Register this unpacked spbe-desktop folder with the current user's desktop (no root needed):
# menu entry, icon, the file types .spbe / .spbebundle / .spbekit / .spbereceipt, and a
# `spbe` command in ~/.local/bin.
#
#   ./install-desktop-integration.sh              # install (run again after moving the folder)
#   ./install-desktop-integration.sh --uninstall  # remove what install added
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=io.github.spbe_desktop.SpbeDesktop
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
TYPES="application/x-spbe-workspace application/x-spbe-bundle application/x-spbe-kit application/x-spbe-receipt"

have() { command -v "$1" >/dev/null 2>&1; }
refresh() {
  if have update-mime-database; then update-mime-database "$DATA/mime" || true; fi
  if have update-desktop-database; then update-desktop-database -q "$DATA/applications" || true; fi
  if have gtk-update-icon-cache; then
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/$APP_ID.xml" \
        "$DATA/metainfo/$APP_ID.metainfo.xml"
  find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
  if [ -L "$BIN/spbe" ] && [ "$(readlink "$BIN/spbe")" = "$HERE/spbe" ]; then rm -f "$BIN/spbe"; fi
  refresh
  echo "spbe-desktop: desktop integration removed"
  exit 0
fi

# shellcheck disable=SC1003 # the last pattern is one backslash
case "$HERE" in
  *'"'*|*'`'*|*'$'*|*'\'*)
    echo "spbe-desktop: move the folder to a path without \" \` \$ or \\ first" >&2; exit 1;;
esac

mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo" "$BIN"
sed -e "s|^Exec=spbe-desktop|Exec=\"$HERE/spbe-desktop\"|" \
    -e "s|^TryExec=spbe-desktop|TryExec=$HERE/spbe-desktop|" \
    "$HERE/share/applications/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$DATA/mime/packages/$APP_ID.xml"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
(cd "$HERE/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$DATA/$(dirname "$icon")"
  cp "$HERE/share/$icon" "$DATA/$icon"
done
ln -sfn "$HERE/spbe" "$BIN/spbe"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
  for t in $TYPES; do xdg-mime default "$APP_ID.desktop" "$t" 2>/dev/null || true; done
fi
echo "spbe-desktop: menu entry, icon and file types installed for $(id -un)"
echo "spbe-desktop: 'spbe' command linked in $BIN (add it to PATH if needed)"
