#!/usr/bin/env bash
# Shared set-up for scripts/demo and scripts/test: a virtualenv in .venv with the package
# installed (editable), and the system libraries Qt and the tests need on a bare Debian/Ubuntu.
# Usage: source scripts/setup.sh [extras]   (extras e.g. "test,lint")
# On Windows it runs under Git Bash (as CI does): the venv's programs are then in Scripts\.
# Afterwards VENV_PY is the venv's Python and the venv's programs are first on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "$(uname -s)" in
  MINGW* | MSYS* | CYGWIN*) VENV_BIN="$ROOT/.venv/Scripts" EXE=".exe" ;;
  *) VENV_BIN="$ROOT/.venv/bin" EXE="" ;;
esac
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
command -v "$PY" >/dev/null 2>&1 || PY=python

# System packages: Qt's xcb/EGL runtime, minisign (independent signature checker for tests),
# and ShellCheck, which actionlint runs on the CI workflow's scripts.
SYSTEM_PACKAGES=(libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libglib2.0-0
  minisign zip unzip shellcheck)
install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; else
      echo "setup: please install these system packages: ${missing[*]}" >&2; return 0; fi
  fi
  echo "setup: installing system packages: ${missing[*]}" >&2
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "setup: could not install ${missing[*]}; some tests may be skipped" >&2
}
install_system_packages "${SYSTEM_PACKAGES[@]}"

if [ ! -x "$VENV_BIN/python$EXE" ]; then
  if ! "$PY" -m venv "$ROOT/.venv" 2>/dev/null; then
    # Debian/Ubuntu ship venv separately; add it when we may, else say what to install.
    rm -rf "$ROOT/.venv"
    install_system_packages python3-venv
    "$PY" -m venv "$ROOT/.venv" || {
      echo "setup: Python's venv module is missing; install python3-venv and run again" >&2
      exit 1
    }
  fi
fi
VENV_PY="$VENV_BIN/python$EXE"
EXTRAS="${1:-}"
SPEC="."
[ -n "$EXTRAS" ] && SPEC=".[$EXTRAS]"
# A relative spec from the root: Git Bash would not translate "/c/...[extras]" for Windows.
(cd "$ROOT" && "$VENV_PY" -m pip install -q --disable-pip-version-check -e "$SPEC")
export PATH="$VENV_BIN:$PATH"
