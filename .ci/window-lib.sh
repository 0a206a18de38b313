# shellcheck shell=bash
# Shared by the scripts that drive the real window under Xvfb (window-drag.sh,
# screenshots.sh): a private X display, the app started on a database with its
# window placed at 0,0 and sized, a click on a sidebar entry, the boxes of a
# colour on screen, and everything stopped again. Source it; it sets
# xvfb_pid, app_pid, wid and DISPLAY, and uses $tmp (a scratch directory).
#
# The scripts click by position: the sidebar lists SECTIONS
# (frontend/src/components/shell/sections.ts) top to bottom, NAV_STEP px apart.

NAV_X=80      # px from the window's left edge to the sidebar's labels
NAV_FIRST=91  # px from the window's top to the middle of the first entry
NAV_STEP=48   # px between two entries
TITLE="Qunzhu 群主"

export LC_ALL=C.UTF-8 # xdotool matches the UTF-8 title in the current locale
xvfb_pid=
app_pid=
wid=

now_ms() { date +%s%3N; }

# start_xvfb WxH: a display in :80-:89 that no X server holds.
start_xvfb() {
	local n
	for n in 84 85 86 87 88 89 80 81 82 83; do
		[[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
		Xvfb ":$n" -screen 0 "${1}x24" -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
		xvfb_pid=$!
		export DISPLAY=":$n"
		for _ in $(seq 50); do
			kill -0 "$xvfb_pid" 2>/dev/null || break # lost the race for :$n
			xdpyinfo >/dev/null 2>&1 && sleep 0.2 && kill -0 "$xvfb_pid" 2>/dev/null && return 0
			sleep 0.1
		done
		kill -TERM "$xvfb_pid" 2>/dev/null
		wait "$xvfb_pid" 2>/dev/null
		xvfb_pid=
	done
	return 1
}

# start_app BIN DB WxH: the app on DB, its window at 0,0 and W×H; sets wid.
start_app() {
	local bin=$1 db=$2 size=$3 deadline
	export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache XDG_DATA_HOME=$tmp/share
	mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"
	unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
	NO_AT_BRIDGE=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 GDK_BACKEND=x11 "$bin" --db "$db" >"$tmp/app.log" 2>&1 &
	app_pid=$!
	deadline=$(($(now_ms) + 20000))
	until wid=$(xdotool search --onlyvisible --name "^${TITLE}\$" 2>/dev/null | head -n 1) && [[ -n $wid ]]; do
		kill -0 "$app_pid" 2>/dev/null || return 1
		(($(now_ms) < deadline)) || return 1
		sleep 0.05
	done
	xdotool windowmove "$wid" 0 0 windowsize "$wid" "${size%x*}" "${size#*x}"
}

# stop_app: SIGTERM (Wails' shutdown), then wait for the exit.
stop_app() {
	[[ -n $app_pid ]] || return 0
	kill -TERM "$app_pid" 2>/dev/null
	for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
	kill -KILL "$app_pid" 2>/dev/null
	wait "$app_pid" 2>/dev/null
	app_pid=
}

stop_xvfb() {
	[[ -n $xvfb_pid ]] || return 0
	kill -TERM "$xvfb_pid" 2>/dev/null
	wait "$xvfb_pid" 2>/dev/null
	xvfb_pid=
}

# nav SECTION: clicks the sidebar entry of SECTION.
nav() {
	local i=0 s
	for s in $(grep -o "SECTIONS = \[[^]]*\]" frontend/src/components/shell/sections.ts | grep -o "'[a-z]*'" | tr -d "'"); do
		if [[ $s == "$1" ]]; then
			xdotool mousemove "$NAV_X" $((NAV_FIRST + i * NAV_STEP)) click 1
			return 0
		fi
		i=$((i + 1))
	done
	echo "no section $1 in sections.ts" >&2
	return 1
}

# boxes PNG COLOUR: the boxes (WxH+X+Y, one a line, top to bottom) of the
# areas of exactly COLOUR in PNG larger than 20 px.
boxes() {
	convert "$1" -fill black -opaque "$2" -fill white +opaque black -negate \
		-define connected-components:verbose=true -define connected-components:area-threshold=20 \
		-connected-components 8 null: 2>/dev/null |
		awk 'NR > 1 && $NF == "srgb(255,255,255)" { print $2 }' | sort -t+ -k3,3n -k2,2n
}

# until_shot PNG SECONDS TEST...: screenshots into PNG until TEST (a command) succeeds.
until_shot() {
	local png=$1 deadline=$(($(now_ms) + $2 * 1000))
	shift 2
	while :; do
		import -window root "$png" 2>/dev/null && "$@" && return 0
		(($(now_ms) < deadline)) || return 1
		sleep 0.2
	done
}

# drag X0 Y0 X1 Y1 [KEY]: presses at X0,Y0, moves to X1,Y1 in 20 steps, lets
# go (with KEY held from the last step, e.g. ctrl).
drag() {
	local x0=$1 y0=$2 x1=$3 y1=$4 key=${5:-} i
	xdotool mousemove "$x0" "$y0" mousedown 1
	for i in $(seq 1 20); do
		xdotool mousemove $((x0 + (x1 - x0) * i / 20)) $((y0 + (y1 - y0) * i / 20))
		sleep 0.03
	done
	[[ -n $key ]] && xdotool keydown "$key" mousemove "$x1" $((y1 + 1))
	sleep 0.3
	xdotool mouseup 1
	[[ -n $key ]] && xdotool keyup "$key"
	return 0
}

# settle PNG [SECONDS]: screenshots into PNG until two in a row 0.4 s apart
# are the same (but for at most 64 pixels: a blinking text cursor) and the page right of the sidebar (x > 200, y > 56) shows
# more than a blank or loading page (over 40 colours): animations, spinners
# and screens still loading never settle. Default 30 s.
settle() {
	local png=$1 deadline=$(($(now_ms) + ${2:-30} * 1000)) prev=$tmp/settle-prev.png colours diff
	import -window root "$prev" 2>/dev/null
	while (($(now_ms) < deadline)); do
		sleep 0.4
		import -window root "$png" 2>/dev/null || continue
		diff=$(compare -metric AE "$prev" "$png" null: 2>&1)
		if [[ $diff =~ ^[0-9]+$ ]] && ((diff <= 64)); then
			colours=$(convert "$png" -crop +200+56 +repage -format '%k' info: 2>/dev/null)
			((${colours:-0} > 40)) && return 0
		fi
		cp "$png" "$prev"
	done
	return 1
}
