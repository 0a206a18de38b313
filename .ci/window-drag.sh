#!/usr/bin/env bash
# Real-window drag test: the planner's week dragged with the mouse (xdotool)
# in the production Linux binary under Xvfb, checked in the database. The
# window turns the webview's own drop off (DisableWebViewDrop, for Wails'
# OnFileDrop), so HTML5 drag and drop never lands there; the planner drags
# with pointer events, and this is the test that sees the difference.
#
#   .ci/window-drag.sh [BINARY]      (default build/bin/qunzhu; run by window-test.sh)
#
# A fresh database with one group and the weekly SOP applied from this
# week's Monday (vote Mon 20:00, Q&A Wed 20:00 for 30 min, preview Fri
# 19:30, …); the planner opened from the sidebar; then:
#   1. move: the Monday vote dragged to Tuesday 12:00;
#   2. copy: the vote dragged with Ctrl held to Thursday 10:00 (a new item,
#      the vote stays on Tuesday);
#   3. resize: the Wednesday Q&A's lower edge dragged down an hour (90 min).
# Items are found on screen by their blue left border (#2080f0, WeekGrid.vue).
# Writes .out/window-drag.png (the window after the three). The last line is
# "1 passed, 0 failed" or "0 passed, 1 failed".
set -uo pipefail
BIN=$(realpath "${1:-build/bin/qunzhu}")
cd "$(dirname "$0")/.."

SIZE=1280x1024 # tall enough for the week grid's 06:00-21:30 without scrolling the page
HOUR=36        # px per hour in the week grid (WeekGrid.vue)
BLUE='#2080f0' # a "useful" item's left border
OUT=.out
SHOT=$OUT/window-drag.png
GROUP="拖动测试群"

tmp=$(mktemp -d)
source .ci/window-lib.sh

log() { printf 'window-drag: %s\n' "$*"; }
finish() {
	stop_app
	stop_xvfb
	rm -rf "$tmp"
	if (($1)); then echo "1 passed, 0 failed"; exit 0; fi
	echo "0 passed, 1 failed"
	exit 1
}
fail() {
	log "FAIL: $*"
	[[ -s $tmp/app.log ]] && tail -n 20 "$tmp/app.log" | sed 's/^/    /'
	import -window root "$SHOT" 2>/dev/null && log "screen now: $SHOT"
	finish 0
}
trap 'fail "interrupted"' INT TERM

for tool in Xvfb xdpyinfo xdotool import convert sqlite3; do
	command -v "$tool" >/dev/null || fail "$tool is missing (run make deps)"
done
[[ -x $BIN ]] || fail "no binary at $BIN (run make build)"
mkdir -p "$OUT"
rm -f "$SHOT"

db=$tmp/qunzhu.db
today=$(date +%F)
monday=$(date -d "$today -$(( ($(date -d "$today" +%u) + 6) % 7 )) days" +%F)
day() { date -d "$monday +$1 days" +%F; } # the week's day n (0 = Monday)
sql() { sqlite3 "$db" "$1"; }

"$BIN" --db "$db" groups add --name "$GROUP" --platform douyin --purpose core --capacity 500 >"$tmp/seed.log" 2>&1 &&
	"$BIN" --db "$db" planner apply --group "$GROUP" --template weekly_sop --start "$monday" --weeks 1 >>"$tmp/seed.log" 2>&1 ||
	{ cat "$tmp/seed.log"; fail "could not seed the database"; }
vote=$(sql "SELECT id FROM planner_items WHERE starts_at = '$(day 0)T20:00'")
qa=$(sql "SELECT id FROM planner_items WHERE starts_at = '$(day 2)T20:00'")
[[ -n $vote && -n $qa ]] || fail "the weekly SOP has no Monday or Wednesday 20:00 item: $(sql 'SELECT starts_at FROM planner_items')"
log "week of $monday: vote #$vote on Monday 20:00, Q&A #$qa on Wednesday 20:00 ($(sql "SELECT minutes FROM planner_items WHERE id = $qa") min)"

start_xvfb "$SIZE" || fail "could not start Xvfb on :80-:89"
start_app "$BIN" "$db" "$SIZE" || fail "no window named \"$TITLE\""
log "window $wid on $DISPLAY"

# The four blue items of the week (Mon, Wed, Fri, Sun 20:10), clicking the
# sidebar again while the app is still loading.
week_shown() { mapfile -t blue < <(boxes "$tmp/week.png" "$BLUE" | grep '^3x'); ((${#blue[@]} >= 4)); }
for _ in $(seq 10); do
	nav planner
	until_shot "$tmp/week.png" 3 week_shown && break
done
week_shown || { cp "$tmp/week.png" "$SHOT"; fail "the planner's week with the SOP's items did not show (blue borders: ${blue[*]:-none})"; }
# WxH+X+Y, sorted by Y then X: pick by X.
read -r mon_x mon_y < <(printf '%s\n' "${blue[@]}" | awk -F'[x+]' '{ print $3, $4 }' | sort -n | head -n 1)
read -r fri_x < <(printf '%s\n' "${blue[@]}" | awk -F'[x+]' '{ print $3 }' | sort -n | sed -n 3p)
read -r wed_x wed_y wed_h < <(printf '%s\n' "${blue[@]}" | awk -F'[x+]' '{ print $3, $4, $2 }' | sort -n | sed -n 2p)
col=$(((fri_x - mon_x) / 4))
log "Monday item at $mon_x,$mon_y; Wednesday's at $wed_x,$wed_y (${wed_h} px); day columns $col px apart"

# wait_sql QUERY WANT: the database answers WANT within 5 s.
wait_sql() {
	local got
	for _ in $(seq 50); do
		got=$(sql "$1")
		[[ $got == "$2" ]] && return 0
		sleep 0.1
	done
	fail "$1: got \"$got\", want \"$2\""
}

# 1. Move: grabbed 4 px into the item, dropped 8 hours up and one day right.
x=$((mon_x + 20)) y=$((mon_y + 4))
drag "$x" "$y" $((x + col)) $((y - 8 * HOUR))
wait_sql "SELECT starts_at FROM planner_items WHERE id = $vote" "$(day 1)T12:00"
log "move: the vote is on $(day 1)T12:00"

# 2. Copy: the vote, now on Tuesday 12:00, dragged with Ctrl to Thursday 10:00.
x=$((x + col)) y=$((y - 8 * HOUR))
drag "$x" "$y" $((x + 2 * col)) $((y - 2 * HOUR)) ctrl
wait_sql "SELECT count(*) FROM planner_items WHERE starts_at = '$(day 3)T10:00'" 1
wait_sql "SELECT starts_at FROM planner_items WHERE id = $vote" "$(day 1)T12:00"
log "copy: a new item on $(day 3)T10:00, the vote still on $(day 1)T12:00"

# 3. Resize: the Q&A's lower edge (the last pixel row of its border) an hour down.
x=$((wed_x + 30)) y=$((wed_y + wed_h - 1))
drag "$x" "$y" "$x" $((y + HOUR))
wait_sql "SELECT minutes FROM planner_items WHERE id = $qa" 90
log "resize: the Q&A lasts 90 min"

xdotool mousemove 5 $((${SIZE#*x} - 5)) # no tooltip over the week
sleep 0.5
import -window root "$SHOT" || fail "screenshot failed"
log "screenshot $SHOT"
finish 1
