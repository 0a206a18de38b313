#!/usr/bin/env bash
# Real-window smoke test: fill a fresh database with the sample workspace
# (`sample --members 5000 --months 6`) and one group more, start the
# production Linux binary on it under Xvfb, wait for the "Qunzhu 群主" window,
# check that the page painted something (the app opens on the dashboard once
# groups exist, so the screenshot shows it with the sample's data), close the
# app with SIGTERM and check that it exits 0, released the database and kept
# its data. Then it saves the dark theme and starts the window again: every
# frame from the window's first on must be dark (the saved theme is read before
# the window is created, so there is no white flash), and the settled page too.
# Then .ci/window-drag.sh drags planner items in the real window.
#
#   .ci/window-test.sh [BINARY]      (default build/bin/qunzhu; `make window-test`)
#
# Writes .out/window.png and .out/window-dark.png (the whole screen). The last line is
# "1 passed, 0 failed" or "0 passed, 1 failed".
set -uo pipefail

BIN=$(realpath "${1:-build/bin/qunzhu}")
TITLE="Qunzhu 群主"
OUT=.out
SHOT=$OUT/window.png
DARK_SHOT=$OUT/window-dark.png
WINDOW_TIMEOUT=20 # s, to the window appearing
PAINT_TIMEOUT=15  # s, from the window to a non-blank page
EXIT_TIMEOUT=5    # s, from SIGTERM to exit
DARK_MAX=0.3      # the dark theme's mean brightness (0-1) stays under this in every frame

export LC_ALL=C.UTF-8 # xdotool matches the UTF-8 title in the current locale
# shellcheck source=window-probe.sh
source "$(dirname "${BASH_SOURCE[0]}")/window-probe.sh" # now_ms start_xvfb window_geometry painted pss_mib

tmp=$(mktemp -d)
xvfb_pid=
app_pid=

log() { printf 'window-test: %s\n' "$*"; }

finish() {
	local ok=$1
	[[ -n $app_pid ]] && kill -KILL "$app_pid" 2>/dev/null
	[[ -n $xvfb_pid ]] && { kill -TERM "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; }
	rm -rf "$tmp"
	if ((ok)); then echo "1 passed, 0 failed"; exit 0; fi
	echo "0 passed, 1 failed"
	exit 1
}
fail() {
	log "FAIL: $*"
	if [[ -s $tmp/app.log ]]; then
		log "app output (last 20 lines):"
		tail -n 20 "$tmp/app.log" | sed 's/^/    /'
	fi
	finish 0
}
trap 'fail "interrupted"' INT TERM

# The mean brightness (0-1) of the screenshot $1 cropped to the window.
brightness() {
	convert "$1" -crop "${win_w}x${win_h}+${win_x}+${win_y}" +repage -colorspace Gray \
		-format '%[fx:mean]' info: 2>/dev/null
}
is_dark() { awk -v b="$1" -v m="$DARK_MAX" 'BEGIN { exit !(b != "" && b < m) }'; }

[[ -x $BIN ]] || fail "no binary at $BIN (run make build)"
for tool in Xvfb xdpyinfo xdotool import convert; do
	command -v "$tool" >/dev/null || fail "$tool is missing (run make deps)"
done
mkdir -p "$OUT"
rm -f "$SHOT" "$DARK_SHOT"

db=$tmp/data/qunzhu.db
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache XDG_DATA_HOME=$tmp/share
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# Some data first, so the window opens an existing database and we can check it survives.
t_seed=$(now_ms)
"$BIN" --db "$db" sample --members 5000 --months 6 >"$tmp/sample.json" 2>"$tmp/seed.log" ||
	{ cat "$tmp/sample.json" "$tmp/seed.log"; fail "could not fill the database with the sample workspace"; }
"$BIN" --db "$db" groups add --name "窗口测试群" --platform douyin --purpose core --capacity 500 \
	>>"$tmp/seed.log" 2>&1 || { cat "$tmp/seed.log"; fail "could not seed the database"; }
log "sample workspace and a group made in $(($(now_ms) - t_seed)) ms: $(tr -d '\n ' <"$tmp/sample.json")"

start_xvfb 1280x800 || fail "could not start Xvfb on :80-:89"
log "Xvfb on $DISPLAY"

t0=$(now_ms)
NO_AT_BRIDGE=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 GDK_BACKEND=x11 \
	"$BIN" --db "$db" >"$tmp/app.log" 2>&1 &
app_pid=$!

# Poll every 20 ms: `xdotool search --sync` sleeps 500 ms between tries, too coarse to time.
deadline=$((t0 + WINDOW_TIMEOUT * 1000))
wid=
until wid=$(xdotool search --onlyvisible --name "^${TITLE}\$" 2>/dev/null | head -n 1) && [[ -n $wid ]]; do
	kill -0 "$app_pid" 2>/dev/null || fail "the app exited before its window appeared"
	(($(now_ms) < deadline)) || break
	sleep 0.02
done
t_window=$(($(now_ms) - t0))
[[ -n $wid ]] || fail "no window named \"$TITLE\" within ${WINDOW_TIMEOUT}s"
kill -0 "$app_pid" 2>/dev/null || fail "the app exited"
log "window \"$TITLE\" (id $wid) appeared after ${t_window} ms"

window_geometry "$wid"
log "window geometry ${win_w}x${win_h}+${win_x}+${win_y}"
((win_w > 0 && win_h > 0)) || fail "the window has no size"

# Poll until the page has painted something, then let it settle and take the final shot.
deadline=$(($(now_ms) + PAINT_TIMEOUT * 1000))
stats=
while :; do
	if import -window root "$tmp/probe.png" 2>/dev/null && stats=$(painted "$tmp/probe.png"); then
		break
	fi
	kill -0 "$app_pid" 2>/dev/null || fail "the app exited while loading the page"
	(($(now_ms) < deadline)) || { cp "$tmp/probe.png" "$SHOT" 2>/dev/null; fail "the window stayed blank for ${PAINT_TIMEOUT}s (colours, stddev: ${stats:-none}); see $SHOT"; }
	sleep 0.05
done
t_paint=$(($(now_ms) - t0))
log "page painted after ${t_paint} ms"
# Then the app's own page (text), not only index.html's skeleton.
while ! stats=$(painted "$tmp/probe.png" "$CONTENT_COLORS"); do
	kill -0 "$app_pid" 2>/dev/null || fail "the app exited while loading the page"
	(($(now_ms) < deadline)) || { cp "$tmp/probe.png" "$SHOT" 2>/dev/null; fail "only the skeleton for ${PAINT_TIMEOUT}s (colours, stddev: ${stats:-none}); see $SHOT"; }
	sleep 0.05
	import -window root "$tmp/probe.png" 2>/dev/null
done
t_content=$(($(now_ms) - t0))
log "the app's page painted after ${t_content} ms"
sleep 1
import -window root "$SHOT" || fail "screenshot failed"
stats=$(painted "$SHOT" "$CONTENT_COLORS") || fail "the window shows no page (colours, stddev: $stats); see $SHOT"
log "screenshot $SHOT: $stats (unique colours, standard deviation; need >= $CONTENT_COLORS, >= $MIN_STDDEV)"
log "memory: $(pss_mib "$app_pid") MiB PSS (app + WebKit processes)"

# Close: SIGTERM goes through Wails' shutdown, so OnShutdown runs and main returns.
t_close=$(now_ms)
kill -TERM "$app_pid"
while kill -0 "$app_pid" 2>/dev/null && (($(now_ms) - t_close < EXIT_TIMEOUT * 1000)); do sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then
	fail "the app still runs ${EXIT_TIMEOUT}s after SIGTERM"
fi
wait "$app_pid"
code=$?
app_pid=
log "app exited with code $code after $(($(now_ms) - t_close)) ms"
((code == 0)) || fail "exit code $code, want 0"

# The database opens again (so the lock was released) and still holds the seeded group.
"$BIN" --db "$db" groups list --json >"$tmp/groups.json" 2>"$tmp/groups.err" ||
	{ cat "$tmp/groups.err"; fail "groups list failed on the database after the window closed"; }
grep -q '"窗口测试群"' "$tmp/groups.json" || { cat "$tmp/groups.json"; fail "the seeded group is gone"; }
log "database intact: groups list --json lists the seeded group"

log "start to window: ${t_window} ms; to painted page: ${t_paint} ms; to the app's page: ${t_content} ms"

# Dark theme, saved as Settings saves it; the window opens again on it.
sqlite3 "$db" "INSERT INTO settings(key, value) VALUES ('theme', 'dark')
	ON CONFLICT(key) DO UPDATE SET value = excluded.value" || fail "could not save the dark theme"
t0=$(now_ms)
NO_AT_BRIDGE=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 GDK_BACKEND=x11 \
	"$BIN" --db "$db" >"$tmp/app.log" 2>&1 &
app_pid=$!
deadline=$((t0 + WINDOW_TIMEOUT * 1000))
wid=
until wid=$(xdotool search --onlyvisible --name "^${TITLE}\$" 2>/dev/null | head -n 1) && [[ -n $wid ]]; do
	kill -0 "$app_pid" 2>/dev/null || fail "dark theme: the app exited before its window appeared"
	(($(now_ms) < deadline)) || fail "dark theme: no window within ${WINDOW_TIMEOUT}s"
	sleep 0.02
done
eval "$(xdotool getwindowgeometry --shell "$wid" | sed -n 's/^\(X\|Y\|WIDTH\|HEIGHT\)=\([0-9]*\)$/\1=\2/p')"
win_x=${X:-0} win_y=${Y:-0} win_w=${WIDTH:-0} win_h=${HEIGHT:-0}
# Every frame until the page has painted must be dark: a white one is the flash.
deadline=$(($(now_ms) + PAINT_TIMEOUT * 1000))
frames=0 first=
while :; do
	import -window root "$tmp/probe.png" 2>/dev/null || fail "dark theme: screenshot failed"
	b=$(brightness "$tmp/probe.png")
	frames=$((frames + 1)) first=${first:-$b}
	is_dark "$b" || { cp "$tmp/probe.png" "$DARK_SHOT"; fail "dark theme: frame $frames has brightness ${b:-?} (want < $DARK_MAX); see $DARK_SHOT"; }
	painted "$tmp/probe.png" >/dev/null && break
	kill -0 "$app_pid" 2>/dev/null || fail "dark theme: the app exited while loading the page"
	(($(now_ms) < deadline)) || fail "dark theme: the window stayed blank for ${PAINT_TIMEOUT}s"
done
log "dark theme: $frames frames up to the painted page, all dark (first frame brightness $first)"
sleep 1
import -window root "$DARK_SHOT" || fail "dark theme: screenshot failed"
b=$(brightness "$DARK_SHOT")
is_dark "$b" || fail "dark theme: the settled page has brightness $b (want < $DARK_MAX); see $DARK_SHOT"
stats=$(painted "$DARK_SHOT") || fail "dark theme: the window is blank ($stats); see $DARK_SHOT"
log "dark theme: screenshot $DARK_SHOT brightness $b; $stats"
kill -TERM "$app_pid"
wait "$app_pid"
code=$?
app_pid=
((code == 0)) || fail "dark theme: exit code $code, want 0"
# The planner dragged with the mouse in the real window (its own display and database).
bash "$(dirname "$0")/window-drag.sh" "$BIN" | sed 's/^/    /'
((PIPESTATUS[0] == 0)) || fail "the real-window drag test failed"
finish 1
