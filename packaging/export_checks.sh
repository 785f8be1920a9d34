# Sourced by packaging/smoke_test.sh (Linux) and packaging/windows/smoke_wine.sh (Windows under
# Wine): the conformance checks of a frozen `anakgenius export … --start 1 --end 5 --preset
# tiktok`, read from `anakgenius probe` of the exported file, the same on every system.
#
#   check_export "$probe_json"   -> prints "1080x1920 h264 + aac, 4.0 s"; calls fail() otherwise
check_export() {
  local info="${1//$'\r'/}" w h vc ac audio dur
  field() { sed -n "s/^ *\"$1\": *\"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}$/\1/p" <<<"$info" | head -n1; }
  w="$(field width)"; h="$(field height)"; vc="$(field video_codec)"; ac="$(field audio_codec)"
  audio="$(field has_audio)"; dur="$(field duration)"
  [ "$w" = 1080 ] && [ "$h" = 1920 ] || fail "export is ${w}x${h}, not 1080x1920"
  [ "$vc" = h264 ] || fail "export video codec is $vc, not h264"
  [ "$audio" = true ] && [ "$ac" = aac ] || fail "export has no AAC audio (has_audio=$audio codec=$ac)"
  awk -v d="$dur" 'BEGIN {exit !(d > 3.8 && d < 4.3)}' || fail "export lasts $dur s, not 4 s"
  echo "${w}x${h} $vc + $ac, ${dur} s"
}
