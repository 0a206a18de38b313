#!/usr/bin/env bash
# Draws build/appicon.png (1024x1024: a rounded square with an indigo gradient
# around the UI's primary colour #4f5bd5 (frontend/src/theme.ts) and 群 in
# white, like the logo in the app's header) and build/windows/icon.ico from it.
# Needs imagemagick and fonts-wqy-microhei (`make deps`).
set -euo pipefail
font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
out=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

convert -size 1024x1024 -define gradient:angle=135 gradient:'#7480EA-#3E48B3' "$tmp/grad.png"
convert -size 1024x1024 xc:none -fill white -draw 'roundrectangle 72,72 951,951 210,210' "$tmp/mask.png"
convert "$tmp/grad.png" "$tmp/mask.png" -alpha off -compose CopyOpacity -composite PNG32:"$tmp/tile.png"
convert -size 1024x1024 xc:none -fill 'rgba(0,0,0,0.35)' \
	-draw 'roundrectangle 72,88 951,967 210,210' -blur 0x18 PNG32:"$tmp/shadow.png"
convert -size 1024x1024 xc:none -font "$font" -pointsize 560 -gravity center \
	-fill 'rgba(20,24,90,0.35)' -annotate +0+22 '群' -blur 0x10 PNG32:"$tmp/glyphshadow.png"
convert -size 1024x1024 xc:none -font "$font" -pointsize 560 -gravity center \
	-fill white -annotate +0+10 '群' PNG32:"$tmp/glyph.png"
convert "$tmp/shadow.png" "$tmp/tile.png" -composite "$tmp/glyphshadow.png" -composite \
	"$tmp/glyph.png" -composite -strip PNG32:"$out/appicon.png"
mkdir -p "$out/windows"
convert "$out/appicon.png" -define icon:auto-resize=256,128,64,48,32,24,16 "$out/windows/icon.ico"
echo "wrote $out/appicon.png and $out/windows/icon.ico"
