# Sourced by packaging/smoke_test.sh (needs its run, fail, $EXE, $FFMPEG, $WORK, $LOG): the speech add-on
# zip installed by the frozen CLI into the throw-away data folder, then `export --auto-captions id` on a
# clip of espeak-ng's Indonesian speech must write an .srt with the words (synthetic speech: it checks
# that the recogniser loads and hears, not how well).
speech_smoke() {
  local zip="$1" wav="$WORK/tmp/ucapan.wav" clip="$WORK/tmp/ucapan.mp4" out="$WORK/tmp/teks.mp4" t0 t1
  command -v espeak-ng >/dev/null || { echo "smoke: espeak-ng is needed for the speech step" >&2; return 1; }
  espeak-ng -v id -s 140 -w "$wav" "Selamat pagi anak-anak. Hari ini kita belajar di sekolah." || return 1
  run "$FFMPEG" -hide_banner -loglevel error -f lavfi -i "color=c=navy:s=320x240:r=25" -i "$wav" -shortest \
    -c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -- "$clip" || return 1
  t0="$(date +%s.%N)"
  run "$EXE" speech-model install "$zip" >/dev/null || { echo "smoke: speech-model install exited with $?" >&2; return 1; }
  t1="$(date +%s.%N)"
  run "$EXE" speech-model status >/dev/null || { echo "smoke: speech-model status exited with $?" >&2; return 1; }
  run "$EXE" export "$clip" -o "$out" --auto-captions id --srt-out >/dev/null \
    || { echo "smoke: export --auto-captions exited with $?" >&2; return 1; }
  grep -qi "selamat" "${out%.mp4}.srt" || { echo "smoke: no heard words in the .srt:" >&2; cat "${out%.mp4}.srt" >&2; return 1; }
  echo "speech add-on: installed $(basename "$zip") in $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s; heard: $(grep -v -- '-->' "${out%.mp4}.srt" | grep -v '^[0-9]*$' | tr '\n' ' ')"
  rm -rf "$WORK/home" && mkdir -p "$WORK/home"  # the installed add-on (300 MB) is not needed by later steps
}
