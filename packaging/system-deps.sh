#!/usr/bin/env bash
# Debian/Ubuntu packages the frozen build needs on top of scripts/system-deps.sh:
# binutils (strip, objdump: PyInstaller reads shared-library dependencies with them),
# coreutils' timeout and gzip/tar for the archive. Nothing to do elsewhere or when all are there.
set -euo pipefail
PACKAGES=(binutils coreutils tar gzip findutils)
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages for packaging: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
