#!/usr/bin/env bash
# Real-window file drop: a CSV dragged from another X client (.ci/dragsrc, a
# GTK drag source like a file manager) onto the Import screen of the
# production Linux binary under Xvfb. Passes when the window accepted the drop
# (the source was asked for the files), the app is still there (the sidebar
# unchanged: WebKit did not navigate away to the dropped file) and the Import
# screen moved on from its first step (its area changed); writes
# .out/window-filedrop.png. Look at it.
#
#   .ci/window-filedrop.sh [BINARY]      (default build/bin/qunzhu)
#
# NOT part of make window-test: it FAILS with Wails v2.15.0 on Linux. With
# DragAndDrop{EnableFileDrop: true, DisableWebViewDrop: true} (app/window.go)
# Wails' window.c calls gtk_drag_dest_unset on the webview and never sets a
# drag destination again, so GTK finds no drop target ("failed 1") and
# OnFileDrop never fires (wailsapp/wails#3563, item 2; fixes proposed in the
# unmerged PRs #5214 and #5243). With DisableWebViewDrop: false the drop is
# accepted but WebKit replaces the app's page with the dropped CSV
# (wailsapp/wails#3686) or nothing shows (both seen with this script). The
# file dialog button is another way in. Run this after a Wails upgrade or a
# change to the drop options.
set -uo pipefail
BIN=$(realpath "${1:-build/bin/qunzhu}")
cd "$(dirname "$0")/.."

SIZE=1280x1024
OUT=.out
SHOT=$OUT/window-filedrop.png

tmp=$(mktemp -d)
source .ci/window-lib.sh
src_pid=

log() { printf 'window-filedrop: %s\n' "$*"; }
finish() {
	[[ -n $src_pid ]] && { kill -TERM "$src_pid" 2>/dev/null; wait "$src_pid" 2>/dev/null; }
	stop_app
	stop_xvfb
	rm -rf "$tmp"
	if (($1)); then echo "1 passed, 0 failed"; exit 0; fi
	echo "0 passed, 1 failed"
	exit 1
}
fail() {
	log "FAIL: $*"
	finish 0
}
trap 'fail "interrupted"' INT TERM

for tool in Xvfb xdpyinfo xdotool import convert compare cc pkg-config; do
	command -v "$tool" >/dev/null || fail "$tool is missing (run make deps)"
done
[[ -x $BIN ]] || fail "no binary at $BIN (run make build)"
cc -o "$tmp/dragsrc" .ci/dragsrc/dragsrc.c $(pkg-config --cflags --libs gtk+-3.0) || fail "could not build the drag source"
mkdir -p "$OUT"
rm -f "$SHOT"

db=$tmp/qunzhu.db
printf '昵称,平台ID\n拖放小王,dy900001\n拖放小李,dy900002\n' >"$tmp/fans.csv"
"$BIN" --db "$db" groups add --name "拖放群" --platform douyin --purpose core --capacity 500 >"$tmp/seed.log" 2>&1 ||
	{ cat "$tmp/seed.log"; fail "could not seed the database"; }

start_xvfb "$SIZE" || fail "could not start Xvfb on :80-:89"
start_app "$BIN" "$db" "$SIZE" || fail "no window named \"$TITLE\""
settle "$tmp/shot.png" 60 || fail "the dashboard did not show"
nav import
settle "$tmp/before.png" || fail "the Import screen did not show"

# The source's window maps at 0,0 (no window manager), over the app's logo.
"$tmp/dragsrc" "$tmp/fans.csv" >"$tmp/src.log" 2>&1 &
src_pid=$!
for _ in $(seq 50); do xdotool search --name '^dragsrc$' >/dev/null 2>&1 && break; sleep 0.1; done
sleep 0.5
import -window root "$tmp/before.png"
drag 60 30 700 500
for _ in $(seq 50); do grep -q '^end' "$tmp/src.log" && break; sleep 0.1; done
sleep 2 # what the drop sets off (a preview, or WebKit opening the file) takes a moment
settle "$SHOT" || import -window root "$SHOT"
log "drag source said: $(tr '\n' ' ' <"$tmp/src.log")"
grep -q '^failed' "$tmp/src.log" && fail "the window accepted no drop (GtkDragResult $(sed -n 's/^failed //p' "$tmp/src.log"); 1 = no drop target); see $SHOT"
grep -q '^data-get' "$tmp/src.log" || fail "the window never asked for the dropped files; see $SHOT"
# area PNG: the pixels that differ from before.png in the area WxH+X+Y.
area() {
	convert "$tmp/before.png" -crop "$1" +repage "$tmp/a.png" && convert "$SHOT" -crop "$1" +repage "$tmp/b.png" &&
		compare -metric AE "$tmp/a.png" "$tmp/b.png" null: 2>&1
}
sidebar=$(area 180x600+10+70)
[[ $sidebar =~ ^[0-9]+$ ]] && ((sidebar < 100)) || fail "the app's page is gone after the drop (sidebar: $sidebar pixels changed); see $SHOT"
changed=$(area 1000x900+220+70)
[[ $changed =~ ^[0-9]+$ ]] && ((changed > 1000)) || fail "the Import screen did not change after the drop ($changed pixels); see $SHOT"
log "the Import screen changed after the drop ($changed pixels); see $SHOT"
finish 1
