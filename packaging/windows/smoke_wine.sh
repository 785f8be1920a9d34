#!/usr/bin/env bash
# Smoke-test the Windows installer on Linux, in a fresh Wine prefix (Windows 10) under Xvfb, as a
# user gets it:                                        make package-windows-check
#
#   bash packaging/windows/smoke_wine.sh [dist/AnakGENIUS-Studio-VERSION-windows-x64-setup.exe]
#
#  1. the Windows-only code paths' tests (tests/test_windows.py) with the Windows CPython of the
#     build prefix: the Job Object, pid checks, CREATE_NO_WINDOW, reserved names
#  2. silent install (Indonesian), the Start-menu entries and the Apps entry in Indonesian
#  3. `anakgenius.exe --version` and `encoders` (the video chips, tried); the window opens (screenshot
#     in test-artifacts/)
#  4. a clip whose name is non-ASCII and starts with a dash opens and plays (QtMultimedia)
#  5. a frozen CLI export passes the same checks as on Linux (packaging/export_checks.sh)
#  6. the CLI killed mid-export (taskkill /F) leaves no ffmpeg running, and no partial file once
#     the app has started again
#  7. the portable zip's program runs
#  8. silent uninstall leaves nothing in Program Files, the Start menu or the registry
# Every Wine step has a timeout; Wine's crash dialog is off. Fails on any traceback or import error.
set -euo pipefail
START=$(date +%s)
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=wine.sh
source packaging/windows/wine.sh
VENV="${VENV:-.venv}"
VERSION="$("$VENV/bin/python" -c 'import app; print(app.__version__)' 2>/dev/null || python3 -c 'import app; print(app.__version__)')"
SETUP="${1:-dist/AnakGENIUS-Studio-$VERSION-windows-x64-setup.exe}"
ZIP="${SETUP%-setup.exe}-portable.zip"
[ -f "$SETUP" ] || die "no installer at $SETUP (run make package-windows first)"
SETUP="$(cd "$(dirname "$SETUP")" && pwd)/$(basename "$SETUP")"
PREFIX="$WIN_CACHE/prefix-smoke"
WORK="$PREFIX/drive_c/smoke"          # C:\smoke inside the prefix
ARTIFACTS="$ROOT/test-artifacts"
LOG="$WIN_CACHE/smoke-app.log"
COLD_LIMIT="${COLD_START_LIMIT:-30.0}"   # seconds to a visible window under Wine; over it: a failure
mkdir -p "$ARTIFACTS"
: >"$LOG"
XVFB_PID=""
cleanup() {
  wine_stop "$PREFIX"
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  [ "${SMOKE_KEEP:-0}" = 1 ] || rm -rf "$PREFIX"
}
trap cleanup EXIT
fail() { echo "WINDOWS SMOKE FAILED: $*" >&2; echo "--- output of the Windows programs ---" >&2; tail -n 60 "$LOG" >&2; exit 1; }
step() { log "$*"; }
# w TIMEOUT PROGRAM ARGS...: a Windows program in the smoke prefix; output to stdout and the log
w() { local limit="$1"; shift; wine_in "$PREFIX" "$limit" "$@" | tee -a "$LOG"; return "${PIPESTATUS[0]}"; }
ffmpeg_running() { ps -eo args= | grep -i 'ffmpeg-win' | grep -v grep || true; }

wine_system_deps

# --- 1. the Windows-only code paths, with the real Windows API (build prefix's Python) ---------
BUILD_PREFIX="$WIN_CACHE/prefix-build"
if [ -f "$BUILD_PREFIX/drive_c/py311/python.exe" ]; then
  step "tests/test_windows.py with the Windows CPython under Wine"
  out="$(cd "$ROOT" && ANAKGENIUS_HOME='C:\anakgenius-test-home' wine_in "$BUILD_PREFIX" 600 'C:\py311\python.exe' -m pytest \
    -q -rs -p no:cacheprovider -W ignore::pytest.PytestConfigWarning tests/test_windows.py | tr -d '\r')" \
    || { echo "$out" | tail -n 40 >&2; fail "tests/test_windows.py failed under Wine"; }
  echo "$out" | tail -n 1
  grep -qE '^[0-9]+ passed' <<<"$(echo "$out" | tail -n 1)" || fail "pytest under Wine: $out"
  grep -q "needs the Windows API" <<<"$out" && fail "Windows tests were skipped under Wine: $out"
  rm -rf "$BUILD_PREFIX/drive_c/anakgenius-test-home"
  wine_stop "$BUILD_PREFIX"
else
  die "no build prefix with the Windows CPython at $BUILD_PREFIX (run make package-windows first)"
fi

# --- a fresh prefix and a screen --------------------------------------------------------------
step "fresh Wine prefix $PREFIX"
t0=$(date +%s)
wine_new_prefix "$PREFIX"
mkdir -p "$WORK"
# Xvfb on a free display number
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
[ -e "/tmp/.X11-unix/X$display" ] || fail "Xvfb did not start"
export DISPLAY=":$display"
echo "prefix in $(( $(date +%s) - t0 )) s; Xvfb on $DISPLAY"

# --- 2. silent install ------------------------------------------------------------------------
step "silent install (Indonesian) of $(basename "$SETUP")"
t0=$(date +%s)
MODE="per-user"
w 600 "$(winpath "$SETUP")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LANG=indonesian '/LOG=C:\smoke\setup.log' \
  >/dev/null || true
wine_stop "$PREFIX"
find_app() { find "$PREFIX/drive_c" -path "$PREFIX/drive_c/smoke" -prune -o -name 'anakgenius.exe' -path '*AnakGENIUS Studio*' -print 2>/dev/null | head -n1; }
APP_EXE="$(find_app)"
if [ -z "$APP_EXE" ]; then
  # Wine 8 cannot do Inno Setup's per-user install ({autopf} does not expand without a real
  # per-user Programs folder); install for all users, as an administrator would with /ALLUSERS.
  echo "per-user install made nothing under Wine (known Wine 8 limit); installing with /ALLUSERS"
  tr -d '\r' <"$WORK/setup.log" 2>/dev/null | grep -iE "error|autopf|failed" | tail -n 5 || true
  MODE="all users (/ALLUSERS)"
  w 600 "$(winpath "$SETUP")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /LANG=indonesian \
    '/LOG=C:\smoke\setup.log' >/dev/null || fail "the installer exited with an error"
  wine_stop "$PREFIX"
  APP_EXE="$(find_app)"
fi
[ -n "$APP_EXE" ] || fail "the installer installed no anakgenius.exe"
APP_DIR="$(dirname "$APP_EXE")"
GUI_EXE="$APP_DIR/AnakGENIUS Studio.exe"
[ -f "$GUI_EXE" ] || fail "no 'AnakGENIUS Studio.exe' in $APP_DIR"
ls "$APP_DIR"/unins*.exe >/dev/null 2>&1 || fail "no uninstaller in $APP_DIR"
echo "installed ($MODE) in $(( $(date +%s) - t0 )) s into ${APP_DIR#"$PREFIX/drive_c/"}"
# The Start menu (Indonesian names) and the Apps entry.
MENU="$(find "$PREFIX/drive_c" -type d -path '*Start Menu/Programs/AnakGENIUS Studio' | head -n1)"
[ -n "$MENU" ] || fail "no Start-menu folder 'AnakGENIUS Studio'"
[ -f "$MENU/AnakGENIUS Studio.lnk" ] || fail "no Start-menu entry for the app: $(ls "$MENU")"
[ -f "$MENU/Hapus AnakGENIUS Studio.lnk" ] || fail "no Indonesian uninstall entry in the Start menu: $(ls "$MENU")"
# The Apps entry ("Settings > Apps"), read from the prefix's registry files (wineserver has
# written them: wine_stop above).
uninst_entry() {
  grep -h -A12 -F 'Uninstall\\{6F1C2E7A-4B1D-4E55-9A3B-2C8D0A61B7E4}_is1]' "$PREFIX/system.reg" "$PREFIX/user.reg" \
    2>/dev/null | sed -n 's/^"DisplayName"="\(.*\)"$/\1/p' | head -n1
}
shown="$(uninst_entry)"
[ "$shown" = "AnakGENIUS Studio (pembuat video)" ] || fail "the Apps entry is not named in Indonesian: '$shown'"
echo "Start menu: $(cd "$MENU" && ls | tr '\n' ';' | sed 's/;$//; s/;/; /g'); Apps entry: AnakGENIUS Studio (pembuat video)"

# --- 3. --version, and the window ---------------------------------------------------------------
EXE_W="$(winpath "$APP_EXE")"
version="$(w 120 "$EXE_W" --version | tr -d '\r')" || fail "--version"
[ "$version" = "AnakGENIUS Studio $VERSION" ] || fail "--version said: $version"
echo "version: $version"
# The video chips, tried by encoding with the Windows ffmpeg (#19): under Wine none works; the list
# must still come, every candidate with its reason, and exit 0.
enc="$(w 240 "$EXE_W" encoders | tr -d '\r')" || fail "anakgenius encoders exited with an error: $enc"
for name in h264_nvenc h264_qsv h264_amf h264_mf libx264; do
  grep -q "^$name " <<<"$enc" || fail "anakgenius encoders did not list $name: $enc"
done
echo "encoders:"; sed 's/^/  /' <<<"$enc"

FFMPEG="$(ls "$APP_DIR"/_internal/imageio_ffmpeg/binaries/ffmpeg-*.exe 2>/dev/null | head -n1)"
[ -f "$FFMPEG" ] || fail "the bundled ffmpeg is missing"
# A clip with sound whose name starts with a dash and has an accent and an emoji.
CLIP_NAME="-klip uji é 😀.mp4"
w 120 "$(winpath "$FFMPEG")" -hide_banner -loglevel error -f lavfi -i "testsrc2=size=1280x720:rate=30:duration=6" \
  -f lavfi -i "sine=frequency=440:duration=6" -c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -shortest \
  -- "C:\\smoke\\$CLIP_NAME" >/dev/null || fail "making the test clip with the bundled ffmpeg"
[ -s "$WORK/$CLIP_NAME" ] || fail "the bundled ffmpeg wrote no test clip"

step "the window (console program, smoke hook) and the clip"
t0="$(date +%s.%N)"
out="$(ANAKGENIUS_SMOKE_TEST=1 w 180 "$EXE_W" "C:\\smoke\\$CLIP_NAME" | tr -d '\r')" || fail "GUI with a clip exited with $?"
shown="$(awk '$1 == "SMOKE" && $2 == "visible" && $4 == "ok" {print $3}' <<<"$out")"
[ -n "$shown" ] || fail "the window was not shown: $(grep SMOKE <<<"$out")"
start_s="$(awk -v a="$t0" -v b="$shown" 'BEGIN {printf "%.1f", b - a}')"
grep -q '^SMOKE opened .* ok' <<<"$out" || fail "the GUI did not open the clip: $(grep SMOKE <<<"$out")"
grep -q '^SMOKE playable .* ok' <<<"$out" || fail "QtMultimedia did not play the clip: $(grep SMOKE <<<"$out")"
echo "GUI: window visible after ${start_s} s (first start, Wine), opened and played $CLIP_NAME"
awk -v t="$start_s" -v l="$COLD_LIMIT" 'BEGIN {exit !(t > l)}' && fail "start to a visible window took ${start_s} s"

step "the windowed program (Start-menu target) and a screenshot"
SHOT="$ARTIFACTS/windows-main-window.png"
rm -f "$SHOT"
# (output piped, never a plain file: under Wine a frozen Python given a file as stdout does not start)
( WINEPREFIX="$PREFIX" timeout -k 5 120 wine "$(winpath "$GUI_EXE")" "C:\\smoke\\$CLIP_NAME" 2>&1 | cat >>"$LOG" || true ) &
gui_job=$!
seen=""
for _ in $(seq 1 60); do
  # the main window (its title names the clip, then the app), of the windowed program's class
  windows_now="$(xwininfo -root -tree 2>/dev/null || true)"   # (not piped into grep -q: pipefail)
  if grep -qE '"[^"]*AnakGENIUS Studio[^"]*": \("anakgenius studio\.exe"' <<<"$windows_now"; then
    seen=1; break
  fi
  sleep 1
done
if [ -z "$seen" ]; then
  import -window root "$ARTIFACTS/windows-no-window.png" 2>/dev/null || true
  fail "AnakGENIUS Studio.exe showed no window within 60 s: $(grep -v 'has no name' <<<"$windows_now" | head -n 20)"
fi
sleep 10   # the clip's first frame, the filmstrip and the waveform
import -window root "$SHOT" 2>/dev/null || fail "screenshot failed"
# Wine 8's taskkill cannot find a process by image name (/IM): end the program's own process.
for pid in $(pgrep -f 'AnakGENIUS Studio\.exe' || true); do kill "$pid" 2>/dev/null || true; done
wait "$gui_job" 2>/dev/null || true
echo "AnakGENIUS Studio.exe: window shown; screenshot ${SHOT#"$ROOT/"}"

# --- 5. the frozen CLI export ---------------------------------------------------------------
step "frozen CLI export"
OUT_NAME="ekspor é 😀.mp4"
t0="$(date +%s.%N)"
# --layout follow: the face detector (onnxruntime's .pyd, the checksummed model) runs in the frozen
# app; the test picture has no face, so it says so and frames with Blur (#17)
w 300 "$EXE_W" export "C:\\smoke\\$CLIP_NAME" -o "C:\\smoke\\$OUT_NAME" --start 1 --end 5 --layout follow --preset tiktok \
  >/dev/null || fail "anakgenius export exited with an error"
grep -q "no face was found in" "$LOG" || fail "the follow-the-subject analysis did not run in the frozen app"
t1="$(date +%s.%N)"
[ -s "$WORK/$OUT_NAME" ] || fail "the export wrote no file"
info="$(w 120 "$EXE_W" probe "C:\\smoke\\$OUT_NAME")" || fail "anakgenius probe of the export"
# shellcheck source=../export_checks.sh
source "$ROOT/packaging/export_checks.sh"
checked="$(check_export "$info")" || exit 1
echo "CLI export: $checked, $(stat -c %s "$WORK/$OUT_NAME") bytes in $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s"
leftover="$(cd "$WORK" && find . -mindepth 1 ! -name "$CLIP_NAME" ! -name "$OUT_NAME" ! -name setup.log)"
[ -z "$leftover" ] || fail "files left in the working folder: $leftover"

# --- 6. killed mid-export -------------------------------------------------------------------
step "the app killed mid-export"
w 120 "$(winpath "$FFMPEG")" -hide_banner -loglevel error -f lavfi -i "testsrc2=size=1280x720:rate=30:duration=40" \
  -f lavfi -i "sine=frequency=440:duration=40" -c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -shortest \
  -- 'C:\smoke\panjang.mp4' >/dev/null || fail "making the long clip"
( WINEPREFIX="$PREFIX" timeout -k 5 300 wine "$EXE_W" export 'C:\smoke\panjang.mp4' -o 'C:\smoke\terputus.mp4' \
    --layout blur --preset tiktok 2>&1 | cat >>"$LOG" ) &
export_job=$!
# the export's temporary file: hidden, beside the target, named for its process and attempt
part_of() { find "$WORK" -maxdepth 1 -name '.terputus.*anakgenius-part' | head -n1; }
PART="$WORK/.terputus.*.anakgenius-part"
grown=""
for _ in $(seq 1 120); do
  found="$(part_of)"
  if [ -n "$found" ] && [ "$(stat -c %s "$found")" -gt 100000 ]; then grown=1; PART="$found"; break; fi
  sleep 0.5
done
[ -n "$grown" ] || fail "the long export did not start writing $PART"
[ -n "$(ffmpeg_running)" ] || fail "no ffmpeg running during the export"
# The export's own note of its Windows process id (app/files.py), then TerminateProcess (taskkill
# /F: what Task Manager's "End task" does; Wine 8's taskkill cannot find a process by name).
note="$(find "$PREFIX/drive_c/users" -path '*unfinished*' -name '*.json' | head -n1)"
[ -n "$note" ] || fail "the running export wrote no note of its process"
winpid="$(sed -n 's/.*"pid": *\([0-9]*\).*/\1/p' "$note")"
wine_in "$PREFIX" 60 taskkill /F /PID "$winpid" >/dev/null || fail "taskkill /F /PID $winpid"
wait "$export_job" 2>/dev/null || true
left=""
for _ in $(seq 1 20); do left="$(ffmpeg_running)"; [ -z "$left" ] && break; sleep 0.5; done
[ -z "$left" ] || fail "ffmpeg still runs after the app was killed: $left"
[ ! -e "$WORK/terputus.mp4" ] || fail "a killed export left terputus.mp4"
had_part=no; [ -e "$PART" ] && had_part=yes
w 120 "$EXE_W" probe 'C:\smoke\panjang.mp4' >/dev/null || fail "anakgenius probe after the kill"
[ ! -e "$PART" ] && [ -z "$(part_of)" ] || fail "the partial file $PART is still there after the next start"
echo "killed mid-export: no ffmpeg left running; partial file there after the kill: $had_part, removed at the next start"

# --- 7. the portable zip -----------------------------------------------------------------------
if [ -f "$ZIP" ]; then
  step "portable zip"
  rm -rf "$PREFIX/drive_c/portable" && mkdir -p "$PREFIX/drive_c/portable"
  unzip -q "$ZIP" -d "$PREFIX/drive_c/portable"
  pv="$(w 120 'C:\portable\AnakGENIUS Studio\anakgenius.exe' --version | tr -d '\r')" || fail "the portable anakgenius.exe"
  [ "$pv" = "AnakGENIUS Studio $VERSION" ] || fail "the portable --version said: $pv"
  rm -rf "$PREFIX/drive_c/portable"
  echo "portable zip: $pv"
fi

# Any import error, missing Qt plugin or traceback in the programs' output fails the test.
if grep -nE "Traceback|ModuleNotFoundError|ImportError|No module named|FileNotFoundError|assets folder is missing|Could not (find|load) the Qt platform plugin|No QtMultimedia backends|not a valid Qt plugin|UnicodeEncodeError|PYI-[0-9]+:ERROR" "$LOG"; then
  fail "errors in the Windows programs' output (above)"
fi

# --- 8. silent uninstall -----------------------------------------------------------------------
step "silent uninstall"
UNINS="$(ls "$APP_DIR"/unins*.exe | head -n1)"
w 300 "$(winpath "$UNINS")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART >/dev/null || fail "the uninstaller exited with an error"
WINEPREFIX="$PREFIX" timeout -k 5 120 wineserver -w || true   # the uninstaller runs on from a temp copy
[ ! -e "$APP_DIR" ] || fail "the uninstaller left ${APP_DIR#"$PREFIX/drive_c/"}: $(find "$APP_DIR" | head)"
for pf in "Program Files" "Program Files (x86)" "ProgramData" "users"; do
  # (the user's own settings and videos in AppData stay, as on Windows)
  left="$(find "$PREFIX/drive_c/$pf" -iname '*anakgenius*' ! -path '*/AppData/Local/AnakGENIUS*' \
    ! -path '*/AppData/Roaming/AnakGENIUS*' 2>/dev/null || true)"
  [ -z "$left" ] || fail "the uninstaller left: $(head -n 10 <<<"$left")"
done
[ ! -e "$MENU" ] || fail "the uninstaller left the Start-menu folder"
wine_stop "$PREFIX"
[ -z "$(uninst_entry)" ] || fail "the uninstaller left its Apps entry in the registry"
echo "uninstalled: no program files, Start-menu entries or Apps entry left"

echo "installer: $(( ($(stat -c %s "$SETUP") + 524288) / 1048576 )) MB $(basename "$SETUP")"
echo "== Windows smoke test in $(( $(date +%s) - START )) s"
echo "WINDOWS SMOKE OK"
