#!/usr/bin/env bash
# Smoke-test the frozen Linux build (dist/anakgenius), as a user would get it: a clean environment
# (env -i: only PATH, HOME and TMPDIR, all in a temp folder), Qt offscreen, run from a folder that
# is neither the source tree nor the build folder, nothing from the build venv.
#
#   bash packaging/smoke_test.sh [dist/anakgenius | dist/anakgenius-VERSION-linux-ARCH.tar.gz]
#
# Given the .tar.gz (what users download), it unpacks it into a temp folder and tests that, and
# also runs its install.sh for a throw-away user.
#
# 1. `anakgenius --version`
# 2. cold start of the GUI to a visible window (ANAKGENIUS_SMOKE_TEST=1 hook in ui/editor/start.py), 3 runs
# 3. the GUI opens a clip generated with the bundled ffmpeg and QtMultimedia plays it
# 4. `anakgenius export` (headless, frozen CLI) writes a 1080×1920 H.264 file with AAC audio
# 5. fails on any import error, missing asset or Qt plugin, traceback, or leftover file
# 6. optional (#16): with SMOKE_SPEECH_ADDON=dist/anakgenius-speech-VERSION-PLATFORM.zip (or that zip in
#    dist/ and SMOKE_SPEECH=1), the frozen `speech-model install` installs it and `export --auto-captions id`
#    writes captions heard from espeak-ng speech (packaging/speech_smoke.sh)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TARGET="${1:-$HERE/../dist/anakgenius}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/anakgenius-smoke.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/tmp" "$WORK/cwd" "$WORK/unpacked"
TARBALL=""
if [ -f "$TARGET" ]; then
  TARBALL="$(cd "$(dirname "$TARGET")" && pwd)/$(basename "$TARGET")"
  tar -C "$WORK/unpacked" -xzf "$TARBALL"
  DIST="$WORK/unpacked/anakgenius"
else
  DIST="$(cd "$TARGET" && pwd)"
fi
EXE="$DIST/anakgenius"
COLD_TARGET="${COLD_START_TARGET:-3.0}"   # seconds; over it: a warning
COLD_LIMIT="${COLD_START_LIMIT:-10.0}"    # seconds; over it: a failure (something is badly wrong)
[ -x "$EXE" ] || { echo "smoke: no frozen app at $EXE (run packaging/build.sh first)" >&2; exit 1; }
cd "$WORK/cwd"   # a working directory that has nothing of ours in it
LOG="$WORK/stderr.log"
: >"$LOG"
fail() { echo "SMOKE FAILED: $*" >&2; echo "--- stderr of the frozen app ---" >&2; tail -n 60 "$LOG" >&2; exit 1; }
run() {  # [NAME=VALUE...] COMMAND...: in a clean environment (env -i), stderr appended to $LOG
  timeout -k 5 "${SMOKE_TIMEOUT:-180}" env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$WORK/home" TMPDIR="$WORK/tmp" LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen "$@" 2>>"$LOG"
}

echo "== smoke test of ${TARBALL:-$DIST}"
version="$(run "$EXE" --version)" || fail "--version"
echo "version: $version"

FFMPEG="$(ls "$DIST"/_internal/imageio_ffmpeg/binaries/ffmpeg-* 2>/dev/null | grep -v '\.md$' | head -n1)"
[ -x "$FFMPEG" ] || fail "the bundled ffmpeg is missing or not executable"
# A landscape phone-like clip with sound; a name with a space, an accent and a leading dash.
CLIP="$WORK/cwd/-klip uji é.mp4"
run "$FFMPEG" -hide_banner -loglevel error -f lavfi -i "testsrc2=size=1280x720:rate=30:duration=6" \
  -f lavfi -i "sine=frequency=440:duration=6" -c:v libx264 -preset ultrafast -pix_fmt yuv420p \
  -c:a aac -shortest -- "$CLIP" || fail "generating the test clip with the bundled ffmpeg"

# Cold start to a visible window: wall time from launch to the hook's "visible" line. With
# SMOKE_DROP_CACHES=1 (root) the first run starts with the page cache dropped: a true cold start.
if [ "${SMOKE_DROP_CACHES:-0}" = 1 ] && [ -w /proc/sys/vm/drop_caches ]; then
  sync && echo 3 >/proc/sys/vm/drop_caches && echo "page cache dropped before the first start"
fi
cold=()
for i in 1 2 3; do
  t0="$(date +%s.%N)"
  out="$(run ANAKGENIUS_SMOKE_TEST=1 "$EXE")" || fail "GUI start (run $i) exited with $?"
  shown="$(awk '$1 == "SMOKE" && $2 == "visible" && $4 == "ok" {print $3}' <<<"$out")"
  [ -n "$shown" ] || fail "the window was not shown (run $i): $out"
  cold+=("$(awk -v a="$t0" -v b="$shown" 'BEGIN {printf "%.2f", b - a}')")
done
first="${cold[0]}"
best="$(printf '%s\n' "${cold[@]}" | sort -n | head -n1)"
echo "cold start to visible window: first ${first} s, runs: ${cold[*]} s (target < ${COLD_TARGET} s)"
awk -v t="$first" -v l="$COLD_LIMIT" 'BEGIN {exit !(t > l)}' && fail "cold start ${first} s is over ${COLD_LIMIT} s"
awk -v t="$first" -v l="$COLD_TARGET" 'BEGIN {exit !(t > l)}' && echo "WARNING: cold start over the ${COLD_TARGET} s target"

# The GUI opens the clip and QtMultimedia (its FFmpeg plugin) plays it.
out="$(run ANAKGENIUS_SMOKE_TEST=1 "$EXE" "$CLIP")" || fail "GUI with a clip exited with $?: $out"
grep -q '^SMOKE opened .* ok' <<<"$out" || fail "the GUI did not open the clip: $out"
grep -q '^SMOKE playable .* ok' <<<"$out" || fail "QtMultimedia did not load the clip: $out"
echo "GUI: opened and played the clip"

# Headless export through the frozen CLI.
OUT="$WORK/cwd/export é.mp4"
t0="$(date +%s.%N)"
# --layout follow: the face detector (onnxruntime, the checksummed model) runs in the frozen app; the
# test picture has no face, so the export says so on stderr and frames the clip with Blur (#17)
run "$EXE" export "$CLIP" -o "$OUT" --start 1 --end 5 --layout follow --preset tiktok >/dev/null \
  || fail "anakgenius export exited with $?"
grep -q "no face was found in" "$LOG" || fail "the follow-the-subject analysis did not run in the frozen app"
t1="$(date +%s.%N)"
[ -s "$OUT" ] || fail "the export wrote no file"
info="$(run "$EXE" probe "$OUT")" || fail "anakgenius probe of the export"
# shellcheck source=export_checks.sh
source "$HERE/export_checks.sh"
checked="$(check_export "$info")" || exit 1
echo "CLI export: $checked, $(stat -c %s "$OUT") bytes in $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s"

# Optional: the speech add-on (libraries + model from a USB stick) installed and heard in the frozen app.
SPEECH_ZIP="${SMOKE_SPEECH_ADDON:-}"
if [ -z "$SPEECH_ZIP" ] && [ "${SMOKE_SPEECH:-0}" = 1 ]; then
  SPEECH_ZIP="$(ls "$HERE"/../dist/anakgenius-speech-"${version##* }"-linux-"$(uname -m)".zip 2>/dev/null | head -n1 || true)"
  [ -n "$SPEECH_ZIP" ] || fail "SMOKE_SPEECH=1 but no speech add-on zip in dist/ (make speech-addon)"
fi
if [ -n "$SPEECH_ZIP" ]; then
  # shellcheck source=speech_smoke.sh
  source "$HERE/speech_smoke.sh"
  speech_smoke "$SPEECH_ZIP" || fail "the speech add-on step"
fi

# Nothing half-written or temporary left beside the output.
leftover="$(find "$WORK/cwd" -mindepth 1 ! -name "$(basename "$CLIP")" ! -name "$(basename "$OUT")")"
[ -z "$leftover" ] || fail "files left in the working folder: $leftover"

# Any import error, missing asset, missing Qt plugin or traceback in the app's stderr fails the test.
if grep -nE "Traceback|ModuleNotFoundError|ImportError|No module named|FileNotFoundError|assets folder is missing|cannot open shared object|Could not (find|load) the Qt platform plugin|No QtMultimedia backends|Failed to load|not a valid Qt plugin|Segmentation fault" "$LOG"; then
  fail "errors in the frozen app's output (above)"
fi

# The tarball's install.sh, for a throw-away user: the installed command must run.
if [ -n "$TARBALL" ]; then
  run "$DIST/install.sh" >/dev/null || fail "install.sh exited with $?"
  [ -f "$WORK/home/.local/share/applications/anakgenius.desktop" ] || fail "install.sh made no menu entry"
  installed="$(run "$WORK/home/.local/bin/anakgenius" --version)" || fail "the installed anakgenius does not run"
  run "$DIST/install.sh" --uninstall >/dev/null || fail "install.sh --uninstall exited with $?"
  [ ! -e "$WORK/home/.local/bin/anakgenius" ] || fail "install.sh --uninstall left the command behind"
  echo "install.sh: installed ($installed) and uninstalled for a throw-away user"
fi

unpacked="$(du -sb "$DIST" | cut -f1)"
echo "unpacked size: $(( (unpacked + 524288) / 1048576 )) MB (budget 495 MB)"
if [ -n "$TARBALL" ]; then
  echo "compressed size: $(( ($(stat -c %s "$TARBALL") + 524288) / 1048576 )) MB $(basename "$TARBALL") (budget 200 MB)"
fi
echo "SMOKE OK"
