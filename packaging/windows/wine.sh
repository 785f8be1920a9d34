# Sourced by packaging/windows/build_wine.sh and smoke_wine.sh: Wine on a Debian 12 host, set up
# so that nothing can hang CI (every Wine step has a timeout, the crash dialog is off, no
# Mono/Gecko download prompts) and nothing lands in the home folder (prefixes and downloads live
# under $WIN_CACHE, default build/windows/).
#
# Facts this relies on (Debian 12, Wine 8.0):
#  - Inno Setup's compiler and the installers it makes are 32-bit programs: wine32:i386 is needed.
#  - Windows Python dies at start when its stdout is a plain file: always pipe Wine's output.
#  - Wine does not pass QT_* variables to Windows programs: set them inside `cmd /c` (wine_cmd).
#  - Qt >= 6.10's Qt6Core.dll needs Windows 10's icuuc.dll, which Wine lacks: a stand-in
#    (icuuc_standin.c) goes into each prefix's system32, never into the app.

ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
WIN_CACHE="${WIN_CACHE:-$ROOT/build/windows}"
WINE_TIMEOUT="${WINE_TIMEOUT:-600}"   # seconds, the default limit of one Wine step
mkdir -p "$WIN_CACHE"
WIN_CACHE="$(cd "$WIN_CACHE" && pwd)"
export WINEARCH=win64 WINEDEBUG="${WINEDEBUG:--all}"
# No Mono / Gecko installer prompts (they would wait for a click forever under Xvfb).
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"

log() { echo "[$(date +%H:%M:%S)] $*"; }
die() { echo "windows: $*" >&2; exit 1; }

# Install Wine (64 and 32 bit), Xvfb and the tools the scripts use, on Debian/Ubuntu, when missing.
wine_system_deps() {
  local want=(wine wine64 wine32:i386 xvfb xauth x11-utils imagemagick gcc-mingw-w64-x86-64-win32 zip unzip
              procps "$@")
  command -v npm >/dev/null 2>&1 || want+=(npm)  # a machine may have Node's own npm (not Debian's)
  if command -v dpkg >/dev/null 2>&1 && ! dpkg --print-foreign-architectures | grep -qx i386; then
    log "adding the i386 architecture (Inno Setup's compiler is a 32-bit program)"
    dpkg --add-architecture i386
    rm -f /var/lib/apt/lists/lock 2>/dev/null || true
    apt-get update -qq
  fi
  bash "$ROOT/scripts/system-deps.sh" "${want[@]}"
}

# wine_in PREFIX TIMEOUT PROGRAM ARGS...: run a Windows program, output piped (never a plain file).
wine_in() {
  local prefix="$1" limit="$2"; shift 2
  WINEPREFIX="$prefix" timeout -k 10 "$limit" wine "$@" 2>&1 | cat
  return "${PIPESTATUS[0]}"
}

# wine_cmd PREFIX TIMEOUT "VAR=value ..." PROGRAM ARGS...: through cmd /c, so that environment
# variables Wine drops (QT_*) reach the program.
wine_cmd() {
  local prefix="$1" limit="$2" vars="$3"; shift 3
  local sets="" v
  for v in $vars; do sets+="set $v&& "; done
  WINEPREFIX="$prefix" timeout -k 10 "$limit" wine cmd /c "${sets}$*" 2>&1 | cat
  return "${PIPESTATUS[0]}"
}

# Stop every process of a prefix (and wait for its wineserver to go).
wine_stop() {
  WINEPREFIX="$1" timeout -k 5 30 wineserver -k 2>/dev/null || true
  WINEPREFIX="$1" timeout -k 5 30 wineserver -w 2>/dev/null || true
}

# A Windows path for a Linux path (Wine maps / to Z:).
winpath() { local p; p="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; echo "Z:${p//\//\\}"; }

# The icuuc.dll stand-in, built once into the cache.
icu_standin() {
  local dll="$WIN_CACHE/icuuc.dll" src="$ROOT/packaging/windows/icuuc_standin.c"
  if [ ! -f "$dll" ] || [ "$src" -nt "$dll" ]; then
    x86_64-w64-mingw32-gcc -O2 -Wall -Werror -shared -s -o "$dll" "$src" || die "building the icuuc.dll stand-in"
  fi
  echo "$dll"
}

# wine_new_prefix PREFIX: a fresh Windows 10 prefix, crash dialog off, icuuc stand-in in system32.
wine_new_prefix() {
  local prefix="$1"
  rm -rf "$prefix"
  mkdir -p "$(dirname "$prefix")"
  WINEPREFIX="$prefix" timeout -k 10 300 wineboot -i >/dev/null 2>&1 || die "wineboot failed for $prefix"
  WINEPREFIX="$prefix" timeout -k 10 60 wineserver -w || true
  WINEPREFIX="$prefix" timeout -k 10 120 winecfg -v win10 >/dev/null 2>&1 || die "winecfg -v win10 failed"
  # A crash must end the program, not open winedbg's dialog (under Xvfb nobody closes it).
  wine_in "$prefix" 60 reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f >/dev/null
  wine_in "$prefix" 60 reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Auto /t REG_SZ /d 1 /f >/dev/null
  wine_in "$prefix" 60 reg delete 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Debugger /f >/dev/null || true
  cp "$(icu_standin)" "$prefix/drive_c/windows/system32/icuuc.dll"
  WINEPREFIX="$prefix" timeout -k 10 60 wineserver -w || true
}
