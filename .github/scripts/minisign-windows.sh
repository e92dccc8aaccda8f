#!/usr/bin/env bash
# CI on Windows (Git Bash): put the official minisign 0.11 build on PATH for later steps.
# The tests check every signature with minisign as well, and Windows has no package of it
# here. The download is pinned by its SHA-256.
set -euo pipefail
URL="https://github.com/jedisct1/minisign/releases/download/0.11/minisign-0.11-win64.zip"
SHA256="b9c31c2c3034f81f0e5f5d92cbcc20e67a9671b6e5455661588638848dc58031"
cd "$RUNNER_TEMP"
curl -fsSL --retry 3 -o minisign.zip "$URL"
actual="$(sha256sum minisign.zip | cut -d ' ' -f 1)"
if [ "$actual" != "$SHA256" ]; then
  echo "minisign.zip has SHA-256 $actual, expected $SHA256" >&2
  exit 1
fi
rm -rf minisign && unzip -q minisign.zip -d minisign
exe="$(find "$PWD/minisign" -name minisign.exe | head -n 1)"
if [ -z "$exe" ]; then
  echo "no minisign.exe in minisign.zip" >&2
  exit 1
fi
cygpath -w "$(dirname "$exe")" >>"$GITHUB_PATH"
"$exe" -v
