#!/usr/bin/env bash
# Install AnakGENIUS Studio from this unpacked folder (no internet needed).
#
#   ./install.sh                  for the current user (~/.local), no root needed
#   sudo ./install.sh --system    for every user of this computer (/opt, /usr/local/bin)
#   ./install.sh --uninstall      (add --system to remove a system-wide install)
#
# The folder can also be run where it is, without installing: ./anakgenius
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
MODE=user ACTION=install
for arg in "$@"; do
  case "$arg" in
    --system) MODE=system ;;
    --uninstall) ACTION=uninstall ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
if [ "$MODE" = system ]; then
  [ "$(id -u)" -eq 0 ] || { echo "install.sh --system needs root: sudo $0 $*" >&2; exit 1; }
  DEST=/opt/anakgenius-studio BIN=/usr/local/bin SHARE=/usr/share
else
  DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
  DEST="$DATA/anakgenius-studio/app" BIN="$HOME/.local/bin" SHARE="$DATA"
fi
DESKTOP="$SHARE/applications/anakgenius.desktop"
ICON="$SHARE/icons/hicolor/512x512/apps/anakgenius.png"

if [ "$ACTION" = uninstall ]; then
  rm -rf "$DEST"
  rm -f "$BIN/anakgenius" "$DESKTOP" "$ICON"
  echo "AnakGENIUS Studio removed from $DEST (your videos and settings are kept)."
  exit 0
fi

[ -x "$SRC/anakgenius" ] || { echo "install.sh: run it from the unpacked anakgenius folder" >&2; exit 1; }
if [ "$SRC" != "$DEST" ]; then
  rm -rf "$DEST.new"
  mkdir -p "$(dirname "$DEST")"
  cp -a "$SRC" "$DEST.new"
  rm -rf "$DEST"
  mv "$DEST.new" "$DEST"
fi
mkdir -p "$BIN" "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
ln -sfn "$DEST/anakgenius" "$BIN/anakgenius"
cp "$SRC/anakgenius.png" "$ICON"
sed "s|^Exec=.*|Exec=\"$DEST/anakgenius\" %f|" "$SRC/anakgenius.desktop" >"$DESKTOP"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(dirname "$DESKTOP")" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
echo "AnakGENIUS Studio installed in $DEST"
echo "Start it from the applications menu, or run: $BIN/anakgenius"
