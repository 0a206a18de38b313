# Helpers shared by window-test.sh and perf-window.sh (source it; window-lib.sh is
# the xdotool drivers' one): Xvfb, the window's geometry, "has it painted", and the app's memory. Source it; it sets
# xvfb_pid and DISPLAY (start_xvfb) and win_x/win_y/win_w/win_h (window_geometry).

MIN_COLORS=${MIN_COLORS:-8}     # a blank or single-colour page has 1-2 colours
MIN_STDDEV=${MIN_STDDEV:-0.01}  # and a standard deviation of ~0
# The app's own page has text (hundreds of anti-aliased colours); index.html's
# skeleton, which paints before the bundle, is plain boxes (~40 colours).
CONTENT_COLORS=${CONTENT_COLORS:-200}

now_ms() { date +%s%3N; }

# start_xvfb LOG: a display number in :90-:99 that no X server holds.
start_xvfb() {
	local n log=$1
	for n in 94 95 96 97 98 99 90 91 92 93; do
		[[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
		Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$log" 2>&1 &
		xvfb_pid=$!
		export DISPLAY=":$n"
		for _ in $(seq 50); do
			kill -0 "$xvfb_pid" 2>/dev/null || break # lost the race for :$n
			# Answering, and still ours (not another server that took :$n first).
			xdpyinfo >/dev/null 2>&1 && sleep 0.2 && kill -0 "$xvfb_pid" 2>/dev/null && return 0
			sleep 0.1
		done
		kill -TERM "$xvfb_pid" 2>/dev/null
		wait "$xvfb_pid" 2>/dev/null
		xvfb_pid=
	done
	return 1
}

# window_geometry WID: sets win_x, win_y, win_w, win_h.
window_geometry() {
	local X Y WIDTH HEIGHT
	eval "$(xdotool getwindowgeometry --shell "$1" | sed -n 's/^\(X\|Y\|WIDTH\|HEIGHT\)=\([0-9]*\)$/\1=\2/p')"
	win_x=${X:-0} win_y=${Y:-0} win_w=${WIDTH:-0} win_h=${HEIGHT:-0}
}

# painted FILE [COLOURS]: is the screenshot (cropped to the window) more than a
# blank page, with at least COLOURS colours (default MIN_COLORS)? Prints
# "colours stddev" and succeeds when both are over the thresholds.
painted() {
	local stats c=${2:-$MIN_COLORS}
	stats=$(convert "$1" -crop "${win_w}x${win_h}+${win_x}+${win_y}" +repage \
		-format '%k %[fx:standard_deviation]' info: 2>/dev/null) || return 1
	echo "$stats"
	awk -v s="$stats" -v c="$c" -v d="$MIN_STDDEV" \
		'BEGIN { split(s, a, " "); exit !(a[1] >= c && a[2] >= d) }'
}

# pss_mib PID: proportional set size of the app and its WebKit helper processes, in MiB.
pss_mib() {
	local pids=$1 kids p total=0 kb
	kids=$(pgrep -P "$1" 2>/dev/null)
	for p in $kids; do pids="$pids $p $(pgrep -P "$p" 2>/dev/null)"; done
	for p in $pids; do
		kb=$(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null) || continue
		total=$((total + ${kb:-0}))
	done
	echo $((total / 1024))
}
