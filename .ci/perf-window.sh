#!/usr/bin/env bash
# The first second, side by side (issue 16): the baseline Wails app
# (build/baseline: same Wails version and window options, one static page) and
# Qunzhu, each started RUNS times in turn under one Xvfb, measuring
#   window  start to the window being visible,
#   paint   start to the window holding a non-blank page (for Qunzhu the
#           skeleton in index.html, which paints before the bundle runs),
#   page    start to text on screen (Qunzhu's own page: shell and screen),
#   PSS     the app plus its WebKit processes, SETTLE s after the page;
# Qunzhu on an empty database and on the sample workspace (it opens on the
# dashboard), then once on the sample after visiting all its screens twice
# (PSS after each round and back on the dashboard). Prints the table with
# ratios to the baseline's medians and writes it to .out/perf-window.txt.
#
#   .ci/perf-window.sh [QUNZHU_BINARY] [BASELINE_BINARY]     (`make perf-window`)
#
# BIG_DB=PATH adds a row for a large database (issue 16: 1M members and 10M
# events; `go test ./backend/dashboard -run x -bench Dashboard1M10M -benchtime 1x`
# builds one as $TMPDIR/qunzhu-dashboard-bench-v4.db); the file is copied first.
#
# Goals: window <= 1.15x, paint <= 1.3x, PSS <= baseline + 50 MiB (empty),
# + 90 MiB (dashboard), + 150 MiB (after the tour). Goals are reported, not enforced:
# timings depend on the machine's load (the load average is in the table).
set -uo pipefail

BIN=$(realpath "${1:-build/bin/qunzhu}")
BASE=$(realpath "${2:-build/bin/baseline}")
RUNS=${RUNS:-3}
SETTLE=${SETTLE:-4}     # s from paint to the PSS reading
STEP=${STEP:-0.8}       # s on each screen during the tour
OUT=.out
REPORT=$OUT/perf-window.txt
TITLE="Qunzhu 群主"
BASE_TITLE="Wails baseline"
# The sidebar's items, in window coordinates: the first at (100, 90), 48 px apart.
NAV_X=100 NAV_Y=90 NAV_STEP=48 NAV_ITEMS=14

export LC_ALL=C.UTF-8
here=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source=window-probe.sh
source "$here/window-probe.sh"

tmp=$(mktemp -d)
xvfb_pid=
app_pid=
finish() {
	[[ -n $app_pid ]] && kill -KILL "$app_pid" 2>/dev/null
	[[ -n $xvfb_pid ]] && { kill -TERM "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; }
	rm -rf "$tmp"
}
fail() { printf 'perf-window: FAIL: %s\n' "$*" >&2; finish; exit 1; }
trap 'fail interrupted' INT TERM

for f in "$BIN" "$BASE"; do [[ -x $f ]] || fail "no binary at $f (make build, make baseline)"; done
mkdir -p "$OUT"
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache XDG_DATA_HOME=$tmp/share
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# The databases exist and are migrated before any timing: an empty one and the sample.
empty=$tmp/empty/qunzhu.db sample=$tmp/sample/qunzhu.db
"$BIN" --db "$empty" groups list >/dev/null 2>"$tmp/seed.log" || { cat "$tmp/seed.log"; fail "could not create the empty database"; }
"$BIN" --db "$sample" sample --members 5000 --months 6 >/dev/null 2>>"$tmp/seed.log" ||
	{ cat "$tmp/seed.log"; fail "could not fill the sample database"; }

big=
if [[ -n ${BIG_DB:-} ]]; then
	big=$tmp/big/qunzhu.db
	mkdir -p "$tmp/big" && cp "$BIG_DB" "$big" || fail "could not copy $BIG_DB"
	"$BIN" --db "$big" groups list >/dev/null 2>>"$tmp/seed.log" || { cat "$tmp/seed.log"; fail "could not open $BIG_DB"; }
fi

start_xvfb 1280x800 || fail "could not start Xvfb on :80-:89"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# launch TITLE CMD...: start the app, wait for its window and first paint.
# Sets app_pid, wid, t_window, t_paint, t_page (ms): page = text painted, the
# app's own page rather than index.html's skeleton.
launch() {
	local title=$1 t0 deadline
	shift
	t0=$(now_ms)
	NO_AT_BRIDGE=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 GDK_BACKEND=x11 "$@" >"$tmp/app.log" 2>&1 &
	app_pid=$!
	deadline=$((t0 + 20000))
	wid=
	until wid=$(xdotool search --onlyvisible --name "^${title}\$" 2>/dev/null | head -n 1) && [[ -n $wid ]]; do
		kill -0 "$app_pid" 2>/dev/null || { cat "$tmp/app.log"; fail "$title exited before its window"; }
		(($(now_ms) < deadline)) || fail "no window $title"
		sleep 0.02
	done
	t_window=$(($(now_ms) - t0))
	window_geometry "$wid"
	deadline=$(($(now_ms) + 20000))
	until import -window root "$tmp/probe.png" 2>/dev/null && painted "$tmp/probe.png" >/dev/null; do
		(($(now_ms) < deadline)) || fail "$title stayed blank"
		sleep 0.03
	done
	t_paint=$(($(now_ms) - t0))
	until painted "$tmp/probe.png" "$CONTENT_COLORS" >/dev/null; do
		(($(now_ms) < deadline)) || fail "$title showed no text"
		sleep 0.03
		import -window root "$tmp/probe.png" 2>/dev/null
	done
	t_page=$(($(now_ms) - t0))
}

# quit: SIGTERM and wait for the exit, the WebKit processes' too, so that the
# next run does not share the cores with a previous one's shutdown.
quit() {
	local kids p
	kids=$(pgrep -P "$app_pid" 2>/dev/null)
	kill -TERM "$app_pid" 2>/dev/null
	for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
	kill -KILL "$app_pid" 2>/dev/null
	wait "$app_pid" 2>/dev/null
	for p in $kids; do
		for _ in $(seq 30); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
	done
	app_pid=
}

# measure KIND TITLE CMD...: one run, appended to $tmp/KIND as "window paint pss".
measure() {
	local kind=$1 title=$2
	shift 2
	launch "$title" "$@"
	sleep "$SETTLE"
	echo "$t_window $t_paint $(pss_mib "$app_pid") $t_page" >>"$tmp/runs-$kind"
	printf 'perf-window: %-10s window %5d ms  paint %5d ms  PSS %4d MiB  page %5d ms\n' "$kind" $(tail -n 1 "$tmp/runs-$kind")
	quit
}

# own_pss_mib PID: the app process alone (Go, SQLite, GTK), without WebKit's.
own_pss_mib() { awk '/^Pss:/ { print int($2 / 1024) }' "/proc/$1/smaps_rollup"; }

# click the sidebar's item I (0-based) in the window.
nav() { xdotool mousemove --window "$wid" "$NAV_X" $((NAV_Y + $1 * NAV_STEP)) click 1; }

# tour: visit every screen, RUNS... twice, back on the dashboard each time; PSS after each round.
tour() {
	local round i
	launch "$TITLE" "$BIN" --db "$sample"
	sleep "$SETTLE"
	echo "$(pss_mib "$app_pid")" >"$tmp/tour"
	echo "$(own_pss_mib "$app_pid")" >"$tmp/tour-go"
	for round in 1 2; do
		for ((i = 1; i < NAV_ITEMS; i++)); do nav "$i"; sleep "$STEP"; done
		nav 0
		sleep "$SETTLE"
		pss_mib "$app_pid" >>"$tmp/tour"
		own_pss_mib "$app_pid" >>"$tmp/tour-go"
	done
	printf 'perf-window: tour       PSS start %s, after round 1 %s, after round 2 %s MiB\n' $(cat "$tmp/tour")
	quit
}

t_start=$(now_ms)
# Each round in another order, so none of the three always follows the same one.
runs=(baseline empty dashboard)
for ((r = 0; r < RUNS; r++)); do
	for ((k = 0; k < 3; k++)); do
		case ${runs[(r + k) % 3]} in
		baseline) measure baseline "$BASE_TITLE" "$BASE" ;;
		empty) measure empty "$TITLE" "$BIN" --db "$empty" ;;
		dashboard) measure dashboard "$TITLE" "$BIN" --db "$sample" ;;
		esac
	done
	[[ -n $big ]] && measure big "$TITLE" "$BIN" --db "$big"
done
tour
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# The table: min-max of each measure, the median's ratio to the baseline's median.
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
col() { awk -v c="$2" '{ print $c }' "$tmp/runs-$1"; }
range() { col "$1" "$2" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f-%.2f", lo / 1000, hi / 1000 }'; }
bw=$(col baseline 1 | median) bp=$(col baseline 2 | median) bm=$(col baseline 3 | median) bt=$(col baseline 4 | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%5.2fx", a / b }'; }
row() {
	local kind=$1 label=$2 w p m pg
	w=$(col "$kind" 1 | median) p=$(col "$kind" 2 | median) m=$(col "$kind" 3 | median) pg=$(col "$kind" 4 | median)
	printf '| %-26s | %-9s s | %s | %-9s s | %s | %-10s s | %s | %4d MiB | %+4d MiB |\n' "$label" \
		"$(range "$kind" 1)" "$(ratio "$w" "$bw")" "$(range "$kind" 2)" "$(ratio "$p" "$bp")" \
		"$(range "$kind" 4)" "$(ratio "$pg" "$bt")" "$m" $((m - bm))
}
read -r tour0 tour1 tour2 <<<"$(tr '\n' ' ' <"$tmp/tour")"
{
	echo "perf-window $(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS runs each, $(nproc) cores, load average $load_before -> $load_after"
	echo "medians' ratios to the baseline; paint = first non-blank frame (Qunzhu: index.html's skeleton),"
	echo "page = text on screen (Qunzhu's own page); PSS = app + WebKit processes ${SETTLE} s after the page"
	echo
	echo "| app                        | window      | ratio  | paint       | ratio  | page         | ratio  | PSS      | vs base  |"
	echo "|----------------------------|-------------|--------|-------------|--------|--------------|--------|----------|----------|"
	row baseline "Wails baseline (one page)"
	row empty "Qunzhu, empty database"
	row dashboard "Qunzhu, sample dashboard"
	[[ -n $big ]] && row big "Qunzhu, BIG_DB"
	printf '| %-26s | %-11s | %-6s | %-11s | %-6s | %-12s | %-6s | %4d MiB | %+4d MiB |\n' "Qunzhu, after 2 tours" "" "" "" "" "" "" "$tour2" $((tour2 - bm))
	echo
	echo "tour of all $NAV_ITEMS screens (sample): PSS ${tour0} MiB on the dashboard, ${tour1} MiB after round 1, ${tour2} MiB after round 2"
	echo "  of which the app process (Go, SQLite, GTK): $(tr '\n' ' ' <"$tmp/tour-go" | sed 's/ $//; s/ / -> /g') MiB"
	echo "goals: window <= 1.15x, paint <= 1.3x, PSS <= +50 MiB (empty), +90 MiB (dashboard), +150 MiB (after the tours)"
	echo "took $((($(now_ms) - t_start) / 1000)) s"
} | tee "$REPORT"
finish
