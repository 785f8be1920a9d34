#!/usr/bin/env bash
# The hand-written ffmpeg command that bench/story_bench.py compares our story export against:
# 3 clips of 6 s and 4 photos shown 3 s each, in the order clip photo clip photo clip photo photo,
# joined by 0.5 s crossfades (27 s in all), each framed 1080x1920 over a blurred copy of itself,
# the watermark overlaid, the clips' sound at their places under the song (fades), encoded
# libx264 veryfast crf 23 High yuv420p 30 fps, AAC 128k 48 kHz stereo, faststart.
# Each photo is decoded once and its framed frame repeated (loop), as one would write it by hand.
# usage: story_reference.sh FFMPEG OUTPUT WATERMARK.png WM_X WM_Y SONG CLIP1 CLIP2 CLIP3 PHOTO1 PHOTO2 PHOTO3 PHOTO4
set -euo pipefail
ff=$1 out=$2 wm=$3 wx=$4 wy=$5 song=$6 c1=$7 c2=$8 c3=$9 p1=${10} p2=${11} p3=${12} p4=${13}

frame() {  # input label → framed 1080x1920 over its blurred copy
  echo "[$1]split[$2a][$2b];[$2a]scale=270:480:force_original_aspect_ratio=increase,crop=270:480,boxblur=8:2,scale=1080:1920[$2bg];[$2b]scale=1080:1920:force_original_aspect_ratio=decrease,setsar=1[$2fg];[$2bg][$2fg]overlay=(W-w)/2:(H-h)/2,setsar=1,format=yuv420p"
}
g="[0:v]fps=30,trim=duration=6[c1];$(frame c1 c1)[s0];"
g+="[1:v]fps=30,trim=duration=6[c2];$(frame c2 c2)[s2];"
g+="[2:v]fps=30,trim=duration=6[c3];$(frame c3 c3)[s4];"
for pair in 3:1 4:3 5:5 6:6; do  # photo inputs 3..6 become shots 1, 3, 5, 6
  n=${pair%:*} i=${pair#*:}
  g+="$(frame $n:v p$i),loop=loop=89:size=1,setpts=N/30/TB[s$i];"
done
g+="[s0][s1]xfade=transition=fade:duration=0.5:offset=5.5[x1];"
g+="[x1][s2]xfade=transition=fade:duration=0.5:offset=8[x2];"
g+="[x2][s3]xfade=transition=fade:duration=0.5:offset=13.5[x3];"
g+="[x3][s4]xfade=transition=fade:duration=0.5:offset=16[x4];"
g+="[x4][s5]xfade=transition=fade:duration=0.5:offset=21.5[x5];"
g+="[x5][s6]xfade=transition=fade:duration=0.5:offset=24[x6];"
g+="[x6][7:v]overlay=$wx:$wy,format=yuv420p[v];"
# the clips' sound where their pictures are (0 s, 8 s, 16 s), under the song
g+="[0:a]atrim=0:6[a1];[1:a]atrim=0:6,adelay=8000:all=1[a2];[2:a]atrim=0:6,adelay=16000:all=1[a3];"
g+="[8:a]atrim=0:27,afade=t=in:d=1,afade=t=out:st=25.5:d=1.5[sa];"
g+="[a1][a2][a3][sa]amix=inputs=4:normalize=0:duration=longest,atrim=0:27,aresample=48000,aformat=channel_layouts=stereo[a]"

exec "$ff" -hide_banner -loglevel error -y -i "$c1" -i "$c2" -i "$c3" \
  -framerate 30 -i "$p1" -framerate 30 -i "$p2" -framerate 30 -i "$p3" -framerate 30 -i "$p4" \
  -i "$wm" -i "$song" -filter_complex "$g" \
  -map "[v]" -map "[a]" -c:v libx264 -preset veryfast -crf 23 -profile:v high -r 30 \
  -c:a aac -b:a 128k -movflags +faststart -t 27 "$out"
