#!/usr/bin/env bash
# The README's screenshots, from the real window: the production Linux binary
# under Xvfb at 1280×800, in zh-CN, on a fresh sample workspace (`qunzhu
# sample`, the demo data up to today), driven with xdotool. Each screen is
# taken once it has settled (two identical frames, more than a blank page).
#
#   .ci/screenshots.sh [BINARY]      (default build/bin/qunzhu; `make screenshots`)
#
# Writes build/screenshots/{dashboard,members,planner,invitations,lottery-live}.png
# (pngquant-compressed when pngquant is installed). Clicks go by position
# (the sidebar by SECTIONS, the rest as laid out at 1280×800 in zh-CN): look at
# the pictures after a layout change.
set -uo pipefail
BIN=$(realpath "${1:-build/bin/qunzhu}")
cd "$(dirname "$0")/.."

SIZE=1280x800
OUT=build/screenshots

tmp=$(mktemp -d)
source .ci/window-lib.sh

log() { printf 'screenshots: %s\n' "$*"; }
finish() {
	stop_app
	stop_xvfb
	rm -rf "$tmp"
	exit "$1"
}
fail() {
	log "FAIL: $*"
	[[ -s $tmp/app.log ]] && tail -n 20 "$tmp/app.log" | sed 's/^/    /'
	finish 1
}
trap 'fail "interrupted"' INT TERM

for tool in Xvfb xdpyinfo xdotool import convert compare sqlite3; do
	command -v "$tool" >/dev/null || fail "$tool is missing (run make deps)"
done
[[ -x $BIN ]] || fail "no binary at $BIN (run make build)"
mkdir -p "$OUT"

# The sample workspace in Chinese (its texts follow the system language) and
# the app's language saved as zh-CN. The file's name is what the header shows.
db=$tmp/data/qunzhu.db
mkdir -p "$tmp/data"
LC_ALL=zh_CN.UTF-8 "$BIN" --db "$db" sample >"$tmp/sample.json" 2>"$tmp/sample.log" ||
	{ cat "$tmp/sample.log"; fail "could not make the sample workspace"; }
sqlite3 "$db" "INSERT OR REPLACE INTO settings (key, value) VALUES ('language', 'zh-CN')" || fail "could not set the language"
log "sample workspace: $(tr -d '\n ' <"$tmp/sample.json")"

start_xvfb "$SIZE" || fail "could not start Xvfb on :80-:89"
start_app "$BIN" "$db" "$SIZE" || fail "no window named \"$TITLE\""
log "window $wid on $DISPLAY"

away() { xdotool mousemove 1275 795; } # no hover or tooltip in the picture

# shot NAME: the settled screen as $OUT/NAME.png.
shot() {
	away
	settle "$tmp/shot.png" || fail "$1: the screen did not settle (see $tmp/shot.png)"
	save "$1"
}
save() {
	cp "$tmp/shot.png" "$OUT/$1.png"
	if command -v pngquant >/dev/null; then
		pngquant --force --skip-if-larger --quality 70-95 --output "$OUT/$1.png" "$OUT/$1.png" 2>/dev/null
	fi
	log "$OUT/$1.png ($(stat -c %s "$OUT/$1.png") bytes)"
}
click() { xdotool mousemove "$1" "$2" click 1; }

# The app opens on the dashboard (the sample has groups).
settle "$tmp/shot.png" 60 || fail "the dashboard did not show"
shot dashboard

nav members
shot members

# The planner: the core group's week, scrolled to the evening.
nav planner
settle "$tmp/shot.png" || fail "planner did not show"
click 328 220 # the group select
sleep 0.5
click 300 364 # its third option: 小鱼铁粉核心群
settle "$tmp/shot.png" || fail "the group's week did not show"
xdotool mousemove 600 600 click 5 click 5 click 5
shot planner

# Invitations: the send queue of the sample's batch.
nav invites
settle "$tmp/shot.png" || fail "invitations did not show"
click 397 169 # the 发送队列 tab
shot invitations

# The lottery's live draw, two winners settled, the third rolling.
nav lottery
settle "$tmp/shot.png" || fail "lottery did not show"
click 315 218 # the sample's draw
settle "$tmp/shot.png" || fail "the draw did not show"
click 871 568 # 直播开奖屏
settle "$tmp/shot.png" || fail "the live draw did not show"
for _ in 1 2; do
	xdotool key Return
	settle "$tmp/shot.png" || fail "a winner did not settle"
done
xdotool key Return
sleep 0.8
import -window root "$tmp/shot.png" || fail "screenshot failed"
save lottery-live

finish 0
