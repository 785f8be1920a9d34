#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the app needs (Qt's libraries and PulseAudio's client for
# QtMultimedia), plus any packages named as arguments (packaging/build.sh adds its tools).
# Does nothing on macOS or when everything is already there.
set -euo pipefail
PACKAGES=("$@"

  python3 python3-venv make
  libpulse0 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0
)
# Tools only some tests use, on CI or with TEST_BROWSER=1: Chromium for the phone page's browser test
# (#18, tests/test_share_browser.py) and espeak-ng for synthetic Indonesian speech (#16, the speech
# add-on's tests and bench/speech_bench.py); not for every user's make run
if [ "${CI:-}" = "true" ] || [ "${TEST_BROWSER:-}" = "1" ]; then PACKAGES+=(chromium espeak-ng); fi
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
