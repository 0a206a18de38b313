# shellcheck shell=bash
# Probes shared by window-test.sh and perf-window.sh, over window-lib.sh (Xvfb,
# the app, xdotool): the window's geometry, "has it painted", and the app's
# memory. Source it; window_geometry sets win_x/win_y/win_w/win_h.

MIN_COLORS=${MIN_COLORS:-8}     # a blank or single-colour page has 1-2 colours
MIN_STDDEV=${MIN_STDDEV:-0.01}  # and a standard deviation of ~0
# The app's own page has text (hundreds of anti-aliased colours); index.html's
# skeleton, which paints before the bundle, is plain boxes (~40 colours).
CONTENT_COLORS=${CONTENT_COLORS:-200}

# now_ms and start_xvfb WxH come from the xdotool drivers' helpers.
# shellcheck source=window-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/window-lib.sh"

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
