#!/usr/bin/env bash
# The speech add-on in the packaged Windows app, under Wine (#16): the portable zip unpacked in a fresh
# prefix, the frozen `anakgenius.exe speech-model install` installs the Windows add-on zip, and
# `export --auto-captions id --srt-out` on a clip of espeak-ng's Indonesian speech must write the words.
#
#   bash packaging/speech_smoke_wine.sh [dist/AnakGENIUS-Studio-VERSION-windows-x64-portable.zip]
#                                       [dist/anakgenius-speech-VERSION-windows-x64.zip]
# (after make package-windows and make speech-addon-windows; not part of CI: heavy)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# shellcheck source=windows/wine.sh
source packaging/windows/wine.sh
VENV="${VENV:-.venv}"
VERSION="$("$VENV/bin/python" -c 'import app; print(app.__version__)')"
PORTABLE="${1:-dist/AnakGENIUS-Studio-$VERSION-windows-x64-portable.zip}"
ADDON="${2:-dist/anakgenius-speech-$VERSION-windows-x64.zip}"
[ -f "$PORTABLE" ] || die "no portable app at $PORTABLE (make package-windows)"
[ -f "$ADDON" ] || die "no Windows speech add-on at $ADDON (make speech-addon-windows)"
PREFIX="$WIN_CACHE/prefix-speech"
trap 'wine_stop "$PREFIX"; [ "${SMOKE_KEEP:-0}" = 1 ] || rm -rf "$PREFIX"' EXIT
wine_system_deps
wine_new_prefix "$PREFIX"
# Wine 8.0 has no bcryptprimitives.dll (ProcessPrng, which tokenizers' Rust code calls; every Windows 10/11
# has it): a stand-in in this throw-away prefix only, never in the add-on.
SYS32="$PREFIX/drive_c/windows/system32"
if [ ! -e "$SYS32/bcryptprimitives.dll" ]; then
  x86_64-w64-mingw32-gcc -O2 -Wall -Werror -shared -s -o "$SYS32/bcryptprimitives.dll" \
    packaging/speech_bcryptprimitives_standin.c -ladvapi32 || die "building the bcryptprimitives.dll stand-in"
fi
mkdir -p "$PREFIX/drive_c/app" "$PREFIX/drive_c/speech"
unzip -q "$PORTABLE" -d "$PREFIX/drive_c/app"
EXE="$(find "$PREFIX/drive_c/app" -name anakgenius.exe | head -n1)"
[ -n "$EXE" ] || die "no anakgenius.exe in $PORTABLE"
espeak-ng -v id -s 140 -w "$PREFIX/drive_c/speech/ucapan.wav" "Selamat pagi anak-anak. Hari ini kita belajar di sekolah."
"$VENV/bin/python" -c "import subprocess, sys; from app.ffmpeg import ffmpeg_exe; subprocess.run([ffmpeg_exe(), '-v', 'error',
  '-f', 'lavfi', '-i', 'color=c=navy:s=320x240:r=25', '-i', sys.argv[1], '-shortest', '-c:v', 'libx264', '-pix_fmt', 'yuv420p',
  '-c:a', 'aac', sys.argv[2]], check=True)" "$PREFIX/drive_c/speech/ucapan.wav" "$PREFIX/drive_c/speech/ucapan.mp4"
export ANAKGENIUS_HOME='C:\speech\home'
# Wine 8.0 lacks GetNumaNodeProcessorMaskEx, which ctranslate2's Intel OpenMP (libiomp5md.dll) calls to map
# the processors unless affinity is off ("OMP: Error #179"); Windows has it. Test prefix only.
export KMP_AFFINITY="${KMP_AFFINITY:-disabled}"
t0="$(date +%s)"
out="$(wine_in "$PREFIX" 900 "$(winpath "$EXE")" speech-model install "$(winpath "$ADDON")" | tr -d '\r')" \
  || { echo "$out" | tail -n 30 >&2; die "speech-model install under Wine failed"; }
echo "$out" | tail -n 1
log "installed in $(( $(date +%s) - t0 )) s"
t0="$(date +%s)"
out="$(wine_in "$PREFIX" 900 "$(winpath "$EXE")" export 'C:\speech\ucapan.mp4' -o 'C:\speech\teks.mp4' --auto-captions id \
  --srt-out | tr -d '\r')" || { echo "$out" | tail -n 30 >&2; die "export --auto-captions under Wine failed"; }
log "export --auto-captions in $(( $(date +%s) - t0 )) s"
SRT="$PREFIX/drive_c/speech/teks.srt"
[ -f "$SRT" ] && grep -qi selamat "$SRT" || { echo "$out" | tail -n 30 >&2; die "no heard words in teks.srt"; }
echo "heard under Wine: $(grep -v -- '-->' "$SRT" | grep -v '^[0-9]*$' | tr -d '\r' | tr '\n' ' ')"
echo "WINDOWS SPEECH ADD-ON OK"
