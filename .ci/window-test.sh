#!/usr/bin/env bash
# Real-window smoke test: fill a fresh database with the sample workspace
# (`sample --members 5000 --months 6`) and one group more, start the
# production Linux binary on it under Xvfb, wait for the "Qunzhu 群主" window,
# check that the page painted something (the app opens on the dashboard once
# groups exist, so the screenshot shows it with the sample's data), close the
# app with SIGTERM and check that it exits 0, released the database and kept
# its data.
#
#   .ci/window-test.sh [BINARY]      (default build/bin/qunzhu; `make window-test`)
#
# Writes .out/window.png (the whole screen). The last line is
# "1 passed, 0 failed" or "0 passed, 1 failed".
set -uo pipefail

BIN=$(realpath "${1:-build/bin/qunzhu}")
TITLE="Qunzhu 群主"
OUT=.out
SHOT=$OUT/window.png
WINDOW_TIMEOUT=20 # s, to the window appearing
PAINT_TIMEOUT=15  # s, from the window to a non-blank page
EXIT_TIMEOUT=5    # s, from SIGTERM to exit

export LC_ALL=C.UTF-8 # xdotool matches the UTF-8 title in the current locale
# shellcheck source=window-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/window-lib.sh" # now_ms start_xvfb window_geometry painted pss_mib

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

[[ -x $BIN ]] || fail "no binary at $BIN (run make build)"
for tool in Xvfb xdpyinfo xdotool import convert; do
	command -v "$tool" >/dev/null || fail "$tool is missing (run make deps)"
done
mkdir -p "$OUT"
rm -f "$SHOT"

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

start_xvfb "$tmp/xvfb.log" || fail "could not start Xvfb on :90-:99"
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
finish 1
