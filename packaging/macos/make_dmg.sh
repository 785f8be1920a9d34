#!/usr/bin/env bash
# Make a drag-to-Applications .dmg from the PyInstaller .app (macOS only; needs hdiutil).
# UNTESTED here (only Linux can be built in this repo's CI); written from hdiutil(1).
#
#   bash packaging/macos/make_dmg.sh "dist/AnakGENIUS Studio.app" dist/AnakGENIUS-Studio-0.1.0-macos-arm64.dmg
#
# packaging/build.sh calls it on macOS. The .app is not signed or notarised: on first start
# Gatekeeper asks; right-click → Open (or System Settings → Privacy & Security → Open Anyway),
# or, for a lab, `xattr -dr com.apple.quarantine "/Applications/AnakGENIUS Studio.app"`.
# To sign: codesign --deep --force --options runtime --sign "Developer ID Application: …" APP,
# then notarise the .dmg with `xcrun notarytool submit … --wait` and `xcrun stapler staple`.
set -euo pipefail
APP="${1:?usage: make_dmg.sh APP DMG}"
DMG="${2:?usage: make_dmg.sh APP DMG}"
VOLNAME="AnakGENIUS Studio"
[ -d "$APP" ] || { echo "make_dmg.sh: no app at $APP" >&2; exit 1; }
command -v hdiutil >/dev/null 2>&1 || { echo "make_dmg.sh: hdiutil is macOS only" >&2; exit 1; }

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
# The window the user sees: the app, a link to /Applications to drag it onto, and a note.
ditto "$APP" "$STAGE/$(basename "$APP")"
ln -s /Applications "$STAGE/Applications"
cat >"$STAGE/READ ME.txt" <<'TXT'
AnakGENIUS Studio: drag "AnakGENIUS Studio" onto "Applications".
The first time, right-click the app in Applications and choose Open.

Seret "AnakGENIUS Studio" ke "Applications".
Pertama kali, klik kanan aplikasinya di Applications lalu pilih Open (Buka).
TXT

# Sanity check of the frozen CLI inside the bundle before packing it.
"$STAGE/$(basename "$APP")/Contents/MacOS/anakgenius" --version

rm -f "$DMG"
# UDZO: zlib-compressed, read-only; HFS+ mounts on every macOS the app supports.
hdiutil create -volname "$VOLNAME" -srcfolder "$STAGE" -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"
echo "made $DMG"
